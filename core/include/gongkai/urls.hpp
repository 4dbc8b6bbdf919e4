#pragma once
// The site's URL scheme, in one place, shared by the generator (links, files)
// and the kiosk (QR codes). Paths are relative to the site root and never
// start with '/'; pages are plain .html files so any static server (or
// file://) serves them.

#include <string>
#include <string_view>

namespace gongkai::urls {

std::string home();                                   // "index.html"
std::string case_page(std::string_view id);           // "case/ID.html"
std::string project_page(std::string_view id);        // "project/ID.html"
std::string notice_page(std::string_view id);         // "notice/ID.html"
std::string notice_print_page(std::string_view id);   // "notice/ID.print.html"
std::string unit_page(std::string_view id);           // "unit/ID.html"
std::string content_page(std::string_view id);        // "pages/ID.html"
// Paginated lists: page 1 is "DIR/index.html", page n is "DIR/n.html".
std::string paged(std::string_view dir, int page);
// List directories.
inline constexpr std::string_view cases_dir = "cases";
inline constexpr std::string_view projects_dir = "projects";
inline constexpr std::string_view notices_dir = "notices";
inline constexpr std::string_view units_dir = "units";
std::string cases_by_category_dir(std::string_view category);  // "cases/category/ID"
std::string cases_by_unit_dir(std::string_view unit);          // "cases/unit/ID"
std::string cases_by_year_dir(int year);                       // "cases/2025"
std::string cases_by_month_dir(int year, int month);           // "cases/2025/06"
std::string notices_archive_dir();                             // "notices/archive"
std::string notices_by_unit_page(std::string_view unit);       // "notices/unit/ID.html"

// base_url (ending in '/') + path.
std::string absolute(std::string_view base_url, std::string_view path);
// "../" repeated for the depth of `path` ("case/x.html" -> "../"), "" at the root.
std::string root_prefix(std::string_view path);

}  // namespace gongkai::urls
