#include "gongkai/utf8.hpp"

#include <doctest/doctest.h>

using namespace gongkai;

TEST_CASE("UTF-8 decodes one code point per character") {
    CHECK(utf8::to_u32("") == U"");
    CHECK(utf8::to_u32("a矛盾€😀") == U"a矛盾€😀");
    const std::string_view text = "入冬";
    size_t i = 0;
    CHECK(utf8::next(text, i) == U'入');
    CHECK(i == 3);
    CHECK(utf8::next(text, i) == U'冬');
    CHECK(i == 6);
}

TEST_CASE("invalid UTF-8 becomes U+FFFD and decoding moves on") {
    CHECK(utf8::to_u32("a\x80z") == U"a\uFFFDz");                  // stray trail byte
    CHECK(utf8::to_u32("\xC0\xAFz") == U"\uFFFD\uFFFDz");          // overlong
    CHECK(utf8::to_u32("\xED\xA0\x80z") == U"\uFFFD\uFFFD\uFFFDz");  // surrogate
    CHECK(utf8::to_u32("\xF4\x90\x80\x80") == U"\uFFFD\uFFFD\uFFFD\uFFFD");  // above U+10FFFF
    CHECK(utf8::to_u32("z\xE4\xB8") == U"z\uFFFD");                // truncated at the end
    CHECK(utf8::to_u32("\xE4\xB8z") == U"\uFFFDz");                // truncated before ASCII
    CHECK(utf8::to_u32("\xFF") == U"\uFFFD");
}

TEST_CASE("UTF-8 encoding round-trips every scalar value") {
    for (char32_t c = 0; c <= 0x10FFFF; c += (c < 0x800 ? 1 : 97)) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        std::string bytes;
        utf8::append(bytes, c);
        size_t i = 0;
        CHECK(utf8::next(bytes, i) == c);
        CHECK(i == bytes.size());
    }
    std::string out;
    utf8::append(out, char32_t(0xD800));
    utf8::append(out, char32_t(0x110000));
    CHECK(out == "\xEF\xBF\xBD\xEF\xBF\xBD");
}
