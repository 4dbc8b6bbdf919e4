#include "gongkai/calendar.hpp"

namespace gongkai {

WorkingCalendar::WorkingCalendar(const CalendarData& data) {
    for (Date d : data.holidays) holidays_.insert(d.days());
    for (Date d : data.makeup_workdays) makeup_.insert(d.days());
}

bool WorkingCalendar::is_working_day(Date d) const {
    // A date listed as both is a data error caught by validation; the make-up
    // entry wins because it is the more specific announcement.
    if (makeup_.count(d.days())) return true;
    if (holidays_.count(d.days())) return false;
    return d.weekday() <= 5;
}

Date WorkingCalendar::add_working_days(Date from, int n) const {
    Date d = from;
    for (int left = n; left > 0;) {
        d = d + 1;
        if (is_working_day(d)) --left;
    }
    return d;
}

int WorkingCalendar::working_days_between(Date from, Date to) const {
    int count = 0;
    for (Date d = from + 1; d <= to; d = d + 1)
        if (is_working_day(d)) ++count;
    return count;
}

}  // namespace gongkai
