#pragma once
// The "13715" deadline rules applied to one case.

#include "gongkai/calendar.hpp"
#include "gongkai/records.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace gongkai {

enum class Verdict {
    on_time,  // responded on or before the deadline
    late,     // responded after the deadline
    pending,  // no response yet, deadline not passed as of today
    overdue,  // no response yet and the deadline has passed as of today
};
std::string_view id_of(Verdict);

struct CaseTiming {
    Date deadline;
    Verdict verdict = Verdict::pending;
    // The first substantive answer: `responded`, or `closed` when a register
    // only recorded the closing date.
    std::optional<Date> effective_response;
    std::optional<int> working_days_to_response;
    std::optional<int> working_days_to_close;
    bool open() const { return verdict == Verdict::pending || verdict == Verdict::overdue; }
};

// REQUIRES: c.level names a class in `cfg` (validation guarantees it); an
// unknown level is treated as 0 working days.
CaseTiming compute_timing(const Case& c, const SiteConfig& cfg, const WorkingCalendar& cal, Date today);
// compute_timing for every case of `site`, on the site's own calendar:
// timings[i] is for site.cases[i].
std::vector<CaseTiming> compute_timings(const Site& site, Date today);

// True when the case counts as open (status received or in_progress).
bool is_open_status(CaseStatus s);

}  // namespace gongkai
