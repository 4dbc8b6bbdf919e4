#pragma once
// iCalendar (RFC 5545) text rules: TEXT value escaping and content-line
// folding.

#include <string>
#include <string_view>

namespace gongkai::gen {

// Backslash, ';' and ',' escaped with '\', newlines as "\n" (section 3.3.11).
std::string ical_escape_text(std::string_view text);

// Appends `line` followed by CRLF, folded so no physical line exceeds 75
// octets (section 3.1): continuation lines start with one space. A fold
// never splits a UTF-8 sequence, so every physical line stays valid UTF-8.
void append_ical_line(std::string& out, std::string_view line);

}  // namespace gongkai::gen
