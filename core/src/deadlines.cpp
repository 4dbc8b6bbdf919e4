#include "gongkai/deadlines.hpp"

namespace gongkai {

std::string_view id_of(Verdict v) {
    switch (v) {
        case Verdict::on_time:
            return "on_time";
        case Verdict::late:
            return "late";
        case Verdict::pending:
            return "pending";
        case Verdict::overdue:
            return "overdue";
    }
    return {};
}

std::vector<CaseTiming> compute_timings(const Site& site, Date today) {
    const WorkingCalendar calendar(site.calendar);
    std::vector<CaseTiming> timings;
    timings.reserve(site.cases.size());
    for (const Case& c : site.cases) timings.push_back(compute_timing(c, site.config, calendar, today));
    return timings;
}

bool is_open_status(CaseStatus s) { return s == CaseStatus::received || s == CaseStatus::in_progress; }

CaseTiming compute_timing(const Case& c, const SiteConfig& cfg, const WorkingCalendar& cal, Date today) {
    const DeadlineClass* level = cfg.find_deadline_class(c.level);
    const int n = level ? level->working_days : 0;

    CaseTiming t;
    t.deadline = cal.add_working_days(c.received, n);
    t.effective_response = c.responded ? c.responded : c.closed;
    if (t.effective_response) {
        t.verdict = *t.effective_response <= t.deadline ? Verdict::on_time : Verdict::late;
        t.working_days_to_response = cal.working_days_between(c.received, *t.effective_response);
    } else {
        t.verdict = today > t.deadline ? Verdict::overdue : Verdict::pending;
    }
    if (c.closed) t.working_days_to_close = cal.working_days_between(c.received, *c.closed);
    return t;
}

}  // namespace gongkai
