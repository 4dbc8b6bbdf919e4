#include "gongkai/date.hpp"

#include <doctest/doctest.h>

using gongkai::Date;
using gongkai::DateTime;
using gongkai::utc_offset_text;

TEST_CASE("Date::parse accepts valid civil dates and round-trips") {
    const auto d = Date::parse("2025-06-13");
    REQUIRE(d);
    CHECK(d->year() == 2025);
    CHECK(d->month() == 6);
    CHECK(d->day() == 13);
    CHECK(d->weekday() == 5);  // Friday
    CHECK(d->iso() == "2025-06-13");
    CHECK(Date::parse("1970-01-01")->days() == 0);
    CHECK(Date::parse("1969-12-31")->days() == -1);
    CHECK(Date::parse("1970-01-01")->weekday() == 4);  // Thursday
    CHECK(Date::parse("2025-06-15")->weekday() == 7);  // Sunday
}

TEST_CASE("Date::parse knows leap years") {
    CHECK(Date::parse("2024-02-29"));
    CHECK(Date::parse("2000-02-29"));
    CHECK_FALSE(Date::parse("2025-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
    CHECK(Date::parse("2024-03-01")->days() - Date::parse("2024-02-28")->days() == 2);
    CHECK(Date::parse("2025-03-01")->days() - Date::parse("2025-02-28")->days() == 1);
}

TEST_CASE("Date::parse rejects anything that is not strict YYYY-MM-DD") {
    for (const char* bad : {"", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-06-00",
                            "2025-6-13", "2025-06-1", "25-06-13", "2025/06/13", "2025-06-13 ", " 2025-06-13",
                            "2025-06-13x", "20250613", "2025-0a-13", "+025-06-13", "2025-06-+1"}) {
        CAPTURE(bad);
        CHECK_FALSE(Date::parse(bad));
    }
}

TEST_CASE("Date arithmetic and ordering") {
    const Date d = Date::from_ymd(2025, 12, 31);
    CHECK((d + 1).iso() == "2026-01-01");
    CHECK((d - 365).iso() == "2024-12-31");
    CHECK(Date::from_ymd(2026, 1, 1) - d == 1);
    CHECK(d < d + 1);
}

TEST_CASE("DateTime::parse forms") {
    CHECK(DateTime::parse("2025-06-20") == DateTime{Date::from_ymd(2025, 6, 20), 0});
    CHECK(DateTime::parse("2025-06-20 08:30") == DateTime{Date::from_ymd(2025, 6, 20), 510});
    CHECK(DateTime::parse("2025-06-20T18:00") == DateTime{Date::from_ymd(2025, 6, 20), 1080});
    CHECK(DateTime::parse("2025-06-20 23:59:59") == DateTime{Date::from_ymd(2025, 6, 20), 1439});
    for (const char* bad : {"2025-06-20 24:00", "2025-06-20 12:60", "2025-06-20 8:30", "2025-06-20_08:30",
                            "2025-06-20 08:30:60", "2025-06-20 08:30:5", "2025-02-30 08:00",
                            "2025-06-20 08-30", "2025-06-20 "}) {
        CAPTURE(bad);
        CHECK_FALSE(DateTime::parse(bad));
    }
}

TEST_CASE("DateTime formatting") {
    const DateTime t{Date::from_ymd(2025, 6, 18), 9 * 60 + 5};
    CHECK(t.display() == "2025-06-18 09:05");
    CHECK(t.rfc3339(480) == "2025-06-18T09:05:00+08:00");
    CHECK(t.rfc3339(-330) == "2025-06-18T09:05:00-05:30");
    CHECK(t.rfc3339(0) == "2025-06-18T09:05:00+00:00");
    // 2025-06-18T01:05:00Z
    CHECK(t.unix_seconds(480) == 1750208700);
    CHECK(DateTime::start_of(Date::from_ymd(1970, 1, 1)).unix_seconds(480) == -8 * 3600);
    CHECK(t.hhmm() == "09:05");
    CHECK(DateTime{Date::from_ymd(2025, 6, 18), 23 * 60 + 59}.hhmm() == "23:59");
    CHECK(utc_offset_text(480) == "+08:00");
    CHECK(utc_offset_text(-330) == "-05:30");
    CHECK(utc_offset_text(0) == "+00:00");
}

TEST_CASE("DateTime from minutes since the epoch floors, before 1970 too") {
    CHECK(DateTime::from_minutes_since_epoch(0) == DateTime{Date::from_ymd(1970, 1, 1), 0});
    CHECK(DateTime::from_minutes_since_epoch(-1) == DateTime{Date::from_ymd(1969, 12, 31), 1439});
    CHECK(DateTime::from_minutes_since_epoch(-1440) == DateTime{Date::from_ymd(1969, 12, 31), 0});
    CHECK(DateTime::from_minutes_since_epoch(-1441) == DateTime{Date::from_ymd(1969, 12, 30), 1439});
    for (const char* text : {"2025-06-18 09:05", "1969-07-20 20:17", "1900-01-01 00:00", "2100-12-31 23:59"}) {
        CAPTURE(text);
        const DateTime t = *DateTime::parse(text);
        CHECK(DateTime::from_minutes_since_epoch(t.minutes_since_epoch()) == t);
    }
}
