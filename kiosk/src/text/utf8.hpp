#pragma once
// UTF-8 <-> UTF-32 for layout. Invalid bytes become U+FFFD rather than
// failing: content was validated by the generator, so this only guards.

#include <string>
#include <string_view>

namespace gongkai::kiosk {

std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);

}  // namespace gongkai::kiosk
