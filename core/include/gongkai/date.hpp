#pragma once
// Civil dates and local date-times. All times in gongkai are local to the
// site's time zone (site.yaml `time_zone`, Asia/Shanghai by default, which has
// no daylight saving), so a local date-time plus one fixed UTC offset is
// enough to print RFC 3339 / iCalendar stamps.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

// A calendar day, stored as days since 1970-01-01 (proleptic Gregorian).
class Date {
public:
    constexpr Date() = default;
    static constexpr Date from_days(int32_t days) { Date d; d.days_ = days; return d; }
    // REQUIRES: a valid civil date (month 1..12, day within the month).
    static Date from_ymd(int year, unsigned month, unsigned day);
    // Strict "YYYY-MM-DD"; nullopt for anything else, including 2025-02-30.
    static std::optional<Date> parse(std::string_view iso);

    int32_t days() const { return days_; }
    int year() const;
    unsigned month() const;
    unsigned day() const;
    // ISO weekday: 1 = Monday ... 7 = Sunday.
    unsigned weekday() const;
    std::string iso() const;  // "YYYY-MM-DD"

    Date operator+(int32_t n) const { return from_days(days_ + n); }
    Date operator-(int32_t n) const { return from_days(days_ - n); }
    int32_t operator-(Date other) const { return days_ - other.days_; }
    auto operator<=>(const Date&) const = default;

private:
    int32_t days_ = 0;
};

// A local wall-clock time, minute precision.
struct DateTime {
    Date date;
    int32_t minute_of_day = 0;  // 0..1439

    // Accepts "YYYY-MM-DD", "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM" and the
    // same with ":SS" (seconds are dropped). A bare date means 00:00.
    static std::optional<DateTime> parse(std::string_view text);
    static DateTime start_of(Date d) { return DateTime{d, 0}; }
    // The inverse of minutes_since_epoch(). Floor division, so minutes
    // before 1970 land on the right day at the right minute.
    static DateTime from_minutes_since_epoch(int64_t minutes);

    int64_t minutes_since_epoch() const { return int64_t(date.days()) * 1440 + minute_of_day; }
    // Seconds since the Unix epoch, given the site's UTC offset in minutes.
    int64_t unix_seconds(int utc_offset_minutes) const;
    // "YYYY-MM-DDTHH:MM:00+08:00"
    std::string rfc3339(int utc_offset_minutes) const;
    // "YYYY-MM-DD HH:MM", for people.
    std::string display() const;
    // "HH:MM", the time of day alone.
    std::string hhmm() const;

    auto operator<=>(const DateTime&) const = default;
};

// "+08:00", "-05:30": a UTC offset as RFC 3339 writes it.
std::string utc_offset_text(int utc_offset_minutes);

}  // namespace gongkai
