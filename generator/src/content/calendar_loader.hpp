#pragma once
// calendar/*.yaml: one year's statutory holidays and make-up working days.

#include "gongkai/diagnostics.hpp"
#include "gongkai/records.hpp"

#include <string>
#include <string_view>

namespace gongkai::gen {

// Parses normalised calendar text and appends its days and its Origin to
// `calendar`. Entries are dates or inclusive ranges "A..B"; every day must
// fall in the file's `year`, and make-up working days must be weekend days.
void load_calendar(std::string_view text, const std::string& shown, CalendarData& calendar,
                   Diagnostics& diags);

}  // namespace gongkai::gen
