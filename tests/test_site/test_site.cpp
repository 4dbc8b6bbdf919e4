#include "test_site.hpp"

#include "gongkai/calendar.hpp"

namespace gongkai::test_site {

Date day(std::string_view iso) { return Date::parse(iso).value(); }
DateTime at(std::string_view text) { return DateTime::parse(text).value(); }

Derived derive(const Site& site, Date today) {
    const WorkingCalendar calendar(site.calendar);
    Derived d;
    d.timings.reserve(site.cases.size());
    for (const Case& c : site.cases) d.timings.push_back(compute_timing(c, site.config, calendar, today));
    d.stats = Statistics::compute(site, d.timings);
    return d;
}

}  // namespace gongkai::test_site
