#pragma once
// The 2025 and 2026 holiday facts from PRODUCT.md ("Holiday facts"), shared by
// the calendar, deadline and statistics tests.

#include <utility>
#include <vector>

#include "gongkai/calendar.hpp"

namespace gongkai::testing {

inline Date ymd(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }

inline CalendarData china_2025_2026() {
    CalendarData data;
    const std::vector<std::pair<Date, Date>> holiday_ranges = {
        {ymd(2025, 1, 1), ymd(2025, 1, 1)},   {ymd(2025, 1, 28), ymd(2025, 2, 4)},
        {ymd(2025, 4, 4), ymd(2025, 4, 6)},   {ymd(2025, 5, 1), ymd(2025, 5, 5)},
        {ymd(2025, 5, 31), ymd(2025, 6, 2)},  {ymd(2025, 10, 1), ymd(2025, 10, 8)},
        {ymd(2026, 1, 1), ymd(2026, 1, 3)},   {ymd(2026, 2, 15), ymd(2026, 2, 23)},
        {ymd(2026, 4, 4), ymd(2026, 4, 6)},   {ymd(2026, 5, 1), ymd(2026, 5, 5)},
        {ymd(2026, 6, 19), ymd(2026, 6, 21)}, {ymd(2026, 9, 25), ymd(2026, 9, 27)},
        {ymd(2026, 10, 1), ymd(2026, 10, 7)},
    };
    for (const auto& [first, last] : holiday_ranges)
        for (Date d = first; d <= last; d = d + 1) data.holidays.push_back(d);
    data.makeup_workdays = {ymd(2025, 1, 26),  ymd(2025, 2, 8),  ymd(2025, 4, 27), ymd(2025, 9, 28),
                            ymd(2025, 10, 11), ymd(2026, 1, 4),  ymd(2026, 2, 14), ymd(2026, 2, 28),
                            ymd(2026, 5, 9),   ymd(2026, 9, 20), ymd(2026, 10, 10)};
    return data;
}

}  // namespace gongkai::testing
