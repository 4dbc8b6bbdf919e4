#pragma once
// Template data for records and figures, shared by the pages that show them,
// with the matching fingerprint contributions. Whatever a *_data function
// shows that is not in the record's content_hash (a verdict that depends on
// the build date, a notice's state) is added by the matching *_fingerprint.

#include "site/page_kit.hpp"

#include <optional>
#include <string>

namespace gongkai::gen::site {

std::string yuan(const Money& m);                      // "1,560,000 元"
std::string format_days(std::optional<double> days);  // "2.5" / "—" (working days)
// "2025年6月20日 08:00", or the bare date at midnight. Ends are shown with
// display_end (gongkai/labels.hpp).
std::string display_start(const DateTime& t);

// One row of a case list: href, id, title, unit, category, received, status, verdict.
// Returns a reference to a cached row: wrap it in Data::ref() to show it.
const Data& case_row(const Shared& s, size_t case_index);
void add_case(Fingerprint& fp, const Shared& s, size_t case_index);

// Summary of a notice for lists: href, title, category, dates, urgent, state.
Data notice_row(const Shared& s, size_t notice_index);
void add_notice(Fingerprint& fp, const Shared& s, size_t notice_index);

// Summary of a project for lists: href, title, status, progress, budget.
Data project_row(const Shared& s, size_t project_index);
void add_project(Fingerprint& fp, const Shared& s, size_t project_index);

// Key figures of a scope, ready to print.
Data figures_data(const CaseFigures& f);
uint64_t figures_hash(const CaseFigures& f);

// Links to pages 1..pages of a list in `dir`, for the pagination partial.
Data pagination(std::string_view dir, int page, int pages);

}  // namespace gongkai::gen::site
