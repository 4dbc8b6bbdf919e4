#include "test_site.hpp"

namespace gongkai::test_site {

Date day(std::string_view iso) { return Date::parse(iso).value(); }
DateTime at(std::string_view text) { return DateTime::parse(text).value(); }

Derived derive(const Site& site, Date today) {
    Derived d;
    d.timings = compute_timings(site, today);
    d.stats = Statistics::compute(site, d.timings);
    return d;
}

}  // namespace gongkai::test_site
