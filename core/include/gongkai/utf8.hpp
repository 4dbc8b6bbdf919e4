#pragma once
// UTF-8 decoding and encoding, shared by the kiosk's text layout and the
// generator's search normaliser. ICU's macros do the work; they are
// header-only, so no ICU type or symbol appears in our API. Content is
// validated when it is loaded (text_file.hpp), so the replacement rules
// below only guard against hostile or damaged input.

#include <unicode/utf8.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace gongkai::utf8 {

inline constexpr char32_t kReplacement = U'\uFFFD';

// Decodes the character at text[i] and advances i past it. An ill-formed
// sequence (stray trail byte, overlong form, surrogate, above U+10FFFF,
// truncated) gives U+FFFD and advances past its longest valid-looking prefix,
// at least one byte (Unicode's recommended practice, as ICU does).
// REQUIRES: i < text.size().
inline char32_t next(std::string_view text, size_t& i) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, text.size(), c);
    return c < 0 ? kReplacement : char32_t(c);
}

// Appends the UTF-8 bytes of `c`; a surrogate or a value above U+10FFFF
// appends U+FFFD instead.
inline void append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c);
        return;
    }
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = kReplacement;
    uint8_t buf[U8_MAX_LENGTH];
    size_t n = 0;
    U8_APPEND_UNSAFE(buf, n, c);
    out.append(reinterpret_cast<const char*>(buf), n);
}

// A whole string, for text layout (one code point per element).
std::u32string to_u32(std::string_view text);

}  // namespace gongkai::utf8
