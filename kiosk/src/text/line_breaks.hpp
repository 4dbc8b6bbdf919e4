#pragma once
// Where a line may break in Chinese (and mixed) text: ICU's line
// BreakIterator (UAX #14) for the zh locale, tightened by kinsoku rules so
// closing punctuation never starts a line and opening brackets never end one.

#include <cstddef>
#include <string_view>
#include <vector>

namespace gongkai::kiosk {

// Indices (in code points) where a new line may start, ascending, excluding
// 0 and including text.size().
std::vector<size_t> break_opportunities(std::u32string_view text);

// Kinsoku: characters that must not start a line (，。、）》” ...).
bool forbidden_at_line_start(char32_t c);
// Characters that must not end a line (（《“ ...).
bool forbidden_at_line_end(char32_t c);

}  // namespace gongkai::kiosk
