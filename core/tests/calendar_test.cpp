#include "gongkai/calendar.hpp"

#include <doctest/doctest.h>

#include "china_holidays.hpp"

using gongkai::Date;
using gongkai::WorkingCalendar;
using gongkai::testing::china_2025_2026;
using gongkai::testing::ymd;

TEST_CASE("weekdays, holidays and make-up days") {
    const WorkingCalendar cal(china_2025_2026());
    CHECK(cal.is_working_day(ymd(2025, 6, 13)));        // Friday
    CHECK_FALSE(cal.is_working_day(ymd(2025, 6, 14)));  // Saturday
    CHECK_FALSE(cal.is_working_day(ymd(2025, 6, 15)));  // Sunday
    CHECK_FALSE(cal.is_working_day(ymd(2025, 6, 2)));   // Monday, Dragon Boat holiday
    CHECK_FALSE(cal.is_working_day(ymd(2025, 10, 8)));  // Wednesday, National Day holiday
    CHECK(cal.is_working_day(ymd(2025, 10, 11)));       // Saturday, make-up day
    CHECK(cal.is_working_day(ymd(2025, 1, 26)));        // Sunday, make-up day
    CHECK(cal.is_working_day(ymd(2026, 2, 28)));        // Saturday, make-up day
    CHECK_FALSE(cal.is_working_day(ymd(2026, 2, 23)));  // Monday, Spring Festival

    const WorkingCalendar plain;
    CHECK(plain.is_working_day(ymd(2025, 10, 1)));
    CHECK_FALSE(plain.is_working_day(ymd(2025, 10, 11)));
}

TEST_CASE("add_working_days never counts the starting day") {
    const WorkingCalendar cal(china_2025_2026());
    CHECK(cal.add_working_days(ymd(2025, 6, 13), 0) == ymd(2025, 6, 13));
    CHECK(cal.add_working_days(ymd(2025, 6, 13), 1) == ymd(2025, 6, 16));
    // Received on a Saturday: Monday is the first working day after it.
    CHECK(cal.add_working_days(ymd(2025, 6, 14), 1) == ymd(2025, 6, 16));
    CHECK(cal.add_working_days(ymd(2025, 9, 30), 1) == ymd(2025, 10, 9));
    CHECK(cal.add_working_days(ymd(2025, 9, 30), 3) == ymd(2025, 10, 11));
}

TEST_CASE("working_days_between counts (from, to]") {
    const WorkingCalendar cal(china_2025_2026());
    CHECK(cal.working_days_between(ymd(2025, 6, 13), ymd(2025, 6, 13)) == 0);
    CHECK(cal.working_days_between(ymd(2025, 6, 13), ymd(2025, 6, 12)) == 0);
    CHECK(cal.working_days_between(ymd(2025, 6, 13), ymd(2025, 6, 15)) == 0);
    CHECK(cal.working_days_between(ymd(2025, 6, 13), ymd(2025, 6, 18)) == 3);
    CHECK(cal.working_days_between(ymd(2025, 9, 30), ymd(2025, 10, 12)) == 3);  // 10-09, 10-10, 10-11
    // The two functions agree.
    for (int n = 0; n <= 15; ++n) {
        const Date from = ymd(2026, 2, 10);
        CHECK(cal.working_days_between(from, cal.add_working_days(from, n)) == n);
    }
}
