#pragma once
// Working days: Monday-Friday, minus statutory holidays, plus make-up working
// days (调休上班).

#include "gongkai/date.hpp"
#include "gongkai/records.hpp"

#include <unordered_set>

namespace gongkai {

class WorkingCalendar {
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const CalendarData& data);

    bool is_working_day(Date d) const;
    // The Nth working day after `from`; `from` itself never counts.
    // REQUIRES: n >= 0. n == 0 returns `from`.
    Date add_working_days(Date from, int n) const;
    // Working days in (from, to]: 0 when to <= from.
    int working_days_between(Date from, Date to) const;

private:
    std::unordered_set<int32_t> holidays_;
    std::unordered_set<int32_t> makeup_;
};

}  // namespace gongkai
