#include "site/record_data.hpp"

#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

namespace gongkai::gen::site {

std::string yuan(const Money& m) { return m.display_yuan() + " 元"; }

std::string format_days(std::optional<double> days) {
    if (!days) return "—";
    char buf[32];
    if (*days == double(int64_t(*days)))
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(*days));
    else
        std::snprintf(buf, sizeof buf, "%.1f", *days);
    return buf;
}

std::string display_start(const DateTime& t) {
    return t.minute_of_day == 0 ? display_date(t.date) : display_date_time(t);
}

namespace {

Data build_case_row(const Shared& s, size_t i) {
    const Case& c = s.site().cases[i];
    const CaseTiming& t = s.ctx.timings[i];
    Data row = Data::map(12);
    row.set("href", urls::case_page(c.id)).set("id", c.id).set("title", c.title);
    row.set("unit", s.unit_name(c.unit));
    row.set("category", s.site().config.case_category_label(c.category));
    row.set("received", display_date(c.received)).set("received_iso", c.received.iso());
    row.set("status", label(c.status)).set("status_id", id_of(c.status));
    row.set("verdict", label(t.verdict)).set("verdict_id", id_of(t.verdict));
    return row;
}

}  // namespace

const Data& case_row(const Shared& s, size_t i) {
    std::call_once(s.case_row_once[i], [&] { s.case_rows[i] = build_case_row(s, i); });
    return s.case_rows[i];
}

void add_case(Fingerprint& fp, const Shared& s, size_t i) {
    fp.add(s.site().cases[i].content_hash).add(uint64_t(s.ctx.timings[i].verdict));
}

Data notice_row(const Shared& s, size_t i) {
    const Notice& n = s.site().notices[i];
    const NoticeState state = notice_state(n, s.ctx.now);
    Data row = Data::map();
    row.set("href", urls::notice_page(n.id)).set("id", n.id).set("title", n.title);
    row.set("category", s.site().config.notice_category_label(n.category)).set("category_id", n.category);
    row.set("urgent", n.priority == Priority::urgent).set("priority", label(n.priority));
    row.set("published", display_start(n.published));
    row.set("valid_from", display_start(n.valid_from));
    row.set("valid_until", n.valid_until ? display_end(*n.valid_until) : std::string());
    row.set("state", label(state)).set("state_id", std::string(id_of(state)));
    return row;
}

void add_notice(Fingerprint& fp, const Shared& s, size_t i) {
    fp.add(s.site().notices[i].content_hash).add(uint64_t(notice_state(s.site().notices[i], s.ctx.now)));
}

Data project_row(const Shared& s, size_t i) {
    const Project& p = s.site().projects[i];
    Data row = Data::map();
    row.set("href", urls::project_page(p.id)).set("id", p.id).set("title", p.title);
    row.set("category", s.site().config.project_category_label(p.category));
    row.set("status", label(p.status)).set("status_id", id_of(p.status));
    row.set("progress", p.progress).set("budget", yuan(p.budget)).set("budget_wan", p.budget.display_wan());
    std::string units;
    for (const std::string& u : p.units) units += std::string(units.empty() ? "" : "、") + std::string(s.unit_name(u));
    row.set("units", units);
    return row;
}

void add_project(Fingerprint& fp, const Shared& s, size_t i) { fp.add(s.site().projects[i].content_hash); }

Data figures_data(const CaseFigures& f) {
    Data d = Data::map();
    d.set("received", f.received).set("resolved", f.resolved).set("closed", f.closed).set("open", f.open);
    d.set("overdue_open", f.overdue_open).set("has_overdue", f.overdue_open > 0);
    d.set("resolution_rate", display_percent(f.resolution_rate)).set("on_time_rate", display_percent(f.on_time_rate));
    d.set("median_response", format_days(f.median_working_days_to_response));
    d.set("median_close", format_days(f.median_working_days_to_close));
    d.set("amount_recovered", f.amount_recovered.fen > 0 ? yuan(f.amount_recovered) : std::string());
    return d;
}

uint64_t figures_hash(const CaseFigures& f) {
    uint64_t h = hash64("figures");
    for (int v : {f.received, f.resolved, f.closed, f.responded, f.on_time, f.overdue_open, f.open})
        h = hash_combine(h, uint64_t(v));
    for (const auto& o : {f.resolution_rate, f.on_time_rate, f.median_working_days_to_response,
                          f.median_working_days_to_close})
        h = hash_combine(h, hash64(o ? std::to_string(*o) : "-"));
    return hash_combine(h, uint64_t(f.amount_recovered.fen));
}

Data pagination(std::string_view dir, int page, int pages) {
    Data d = Data::map();
    d.set("show", pages > 1).set("page", page).set("pages", pages);
    d.set("prev", page > 1 ? urls::paged(dir, page - 1) : std::string());
    d.set("next", page < pages ? urls::paged(dir, page + 1) : std::string());
    // Every page number would be thousands of links on big lists: show the
    // first, the last, and a window around the current page.
    std::set<int> shown{1, pages};
    for (int p = std::max(1, page - 2); p <= std::min(pages, page + 2); ++p) shown.insert(p);
    Data links = Data::list();
    int last_shown = 0;
    for (int p : shown) {
        if (last_shown && p > last_shown + 1) links.push(Data::map().set("gap", true));
        links.push(Data::map().set("gap", false).set("number", p).set("href", urls::paged(dir, p)).set("current", p == page));
        last_shown = p;
    }
    d.set("links", std::move(links));
    return d;
}

}  // namespace gongkai::gen::site
