#include "gongkai/urls.hpp"

#include <cstdio>

namespace gongkai::urls {

namespace {

std::string join(std::string_view a, std::string_view b) {
    std::string out(a);
    out += '/';
    out += b;
    return out;
}

std::string html(std::string_view dir, std::string_view id) { return join(dir, id) + ".html"; }

}  // namespace

std::string home() { return "index.html"; }
std::string case_page(std::string_view id) { return html("case", id); }
std::string project_page(std::string_view id) { return html("project", id); }
std::string notice_page(std::string_view id) { return html("notice", id); }
std::string notice_print_page(std::string_view id) { return join("notice", id) + ".print.html"; }
std::string unit_page(std::string_view id) { return html("unit", id); }
std::string content_page(std::string_view id) { return html("pages", id); }

std::string paged(std::string_view dir, int page) {
    if (page <= 1) return join(dir, "index.html");
    return html(dir, std::to_string(page));
}

std::string cases_by_category_dir(std::string_view category) { return join("cases/category", category); }
std::string cases_by_unit_dir(std::string_view unit) { return join("cases/unit", unit); }
std::string cases_by_year_dir(int year) { return join(cases_dir, std::to_string(year)); }

std::string cases_by_month_dir(int year, int month) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", month);
    return join(cases_by_year_dir(year), buf);
}

std::string notices_archive_dir() { return join(notices_dir, "archive"); }
std::string notices_by_unit_page(std::string_view unit) { return html("notices/unit", unit); }

std::string absolute(std::string_view base_url, std::string_view path) {
    std::string out(base_url);
    if (out.empty() || out.back() != '/') out += '/';
    out += path;
    return out;
}

std::string root_prefix(std::string_view path) {
    std::string out;
    for (char c : path)
        if (c == '/') out += "../";
    return out;
}

}  // namespace gongkai::urls
