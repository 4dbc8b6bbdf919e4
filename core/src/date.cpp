#include "gongkai/date.hpp"

#include <chrono>
#include <cstdio>

namespace gongkai {

namespace {

// Date has members named year/month/day, so the chrono types are always qualified.
namespace chr = std::chrono;
using chr::sys_days;
using chr::year_month_day;

year_month_day civil(Date d) { return year_month_day{sys_days{chr::days{d.days()}}}; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly `width` ASCII digits at `pos`; nullopt if any is not a digit.
std::optional<int> read_digits(std::string_view s, size_t pos, size_t width) {
    if (pos + width > s.size()) return std::nullopt;
    int value = 0;
    for (size_t i = pos; i < pos + width; ++i) {
        if (!is_digit(s[i])) return std::nullopt;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

}  // namespace

Date Date::from_ymd(int y, unsigned m, unsigned d) {
    const sys_days sd{chr::year{y} / chr::month{m} / chr::day{d}};
    return from_days(static_cast<int32_t>(sd.time_since_epoch().count()));
}

std::optional<Date> Date::parse(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    const auto y = read_digits(iso, 0, 4);
    const auto m = read_digits(iso, 5, 2);
    const auto d = read_digits(iso, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    const year_month_day ymd{chr::year{*y}, chr::month{unsigned(*m)}, chr::day{unsigned(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return from_days(static_cast<int32_t>(sys_days{ymd}.time_since_epoch().count()));
}

int Date::year() const { return int(civil(*this).year()); }
unsigned Date::month() const { return unsigned(civil(*this).month()); }
unsigned Date::day() const { return unsigned(civil(*this).day()); }

unsigned Date::weekday() const { return std::chrono::weekday{sys_days{chr::days{days_}}}.iso_encoding(); }

std::string Date::iso() const {
    const auto ymd = civil(*this);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()),
                  unsigned(ymd.day()));
    return buf;
}

std::optional<DateTime> DateTime::parse(std::string_view text) {
    const auto date = Date::parse(text.substr(0, 10));
    if (!date) return std::nullopt;
    if (text.size() == 10) return DateTime::start_of(*date);
    // "YYYY-MM-DD HH:MM" (16) or "YYYY-MM-DD HH:MM:SS" (19).
    if (text.size() != 16 && text.size() != 19) return std::nullopt;
    if ((text[10] != ' ' && text[10] != 'T') || text[13] != ':') return std::nullopt;
    const auto hh = read_digits(text, 11, 2);
    const auto mm = read_digits(text, 14, 2);
    if (!hh || !mm || *hh > 23 || *mm > 59) return std::nullopt;
    if (text.size() == 19) {
        const auto ss = read_digits(text, 17, 2);
        if (text[16] != ':' || !ss || *ss > 59) return std::nullopt;
    }
    return DateTime{*date, *hh * 60 + *mm};
}

DateTime DateTime::from_minutes_since_epoch(int64_t minutes) {
    int64_t days = minutes / 1440;
    int64_t minute = minutes % 1440;
    if (minute < 0) {
        minute += 1440;
        --days;
    }
    return DateTime{Date::from_days(int32_t(days)), int32_t(minute)};
}

int64_t DateTime::unix_seconds(int utc_offset_minutes) const {
    return (minutes_since_epoch() - utc_offset_minutes) * 60;
}

std::string DateTime::hhmm() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minute_of_day / 60, minute_of_day % 60);
    return buf;
}

std::string utc_offset_text(int utc_offset_minutes) {
    const char sign = utc_offset_minutes < 0 ? '-' : '+';
    const int offset = utc_offset_minutes < 0 ? -utc_offset_minutes : utc_offset_minutes;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, offset / 60, offset % 60);
    return buf;
}

std::string DateTime::rfc3339(int utc_offset_minutes) const {
    return date.iso() + "T" + hhmm() + ":00" + utc_offset_text(utc_offset_minutes);
}

std::string DateTime::display() const { return date.iso() + " " + hhmm(); }

}  // namespace gongkai
