#include "outputs/search_tokens.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <stdexcept>

namespace gongkai::gen {

namespace {

bool is_cjk(UChar32 c) {
    return (c >= 0x3040 && c <= 0x30FF)      // hiragana, katakana
           || (c >= 0x3400 && c <= 0x4DBF)   // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)   // CJK unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)   // hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
           || (c >= 0x20000 && c <= 0x3FFFF);  // extensions B and later
}

bool is_word(UChar32 c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
           || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7)  // Latin
           || (c >= 0x0370 && c <= 0x03FF)                                 // Greek
           || (c >= 0x0400 && c <= 0x04FF)                                 // Cyrillic
           || (c >= 0x1820 && c <= 0x18AA);                                // Mongolian letters
}

const icu::Normalizer2& normalizer(bool case_fold) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        case_fold ? icu::Normalizer2::getNFKCCasefoldInstance(status) : icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status) || !n) throw std::runtime_error("ICU NFKC normaliser unavailable");
    return *n;
}

std::string normalized_utf8(std::string_view text, bool case_fold) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString src = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
    icu::UnicodeString dst = normalizer(case_fold).normalize(src, status);
    if (U_FAILURE(status)) return std::string(text);
    std::string out;
    dst.toUTF8String(out);
    return out;
}

void append_code_point(std::string& out, UChar32 c) {
    char buf[4];
    int32_t len = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), len, 4, c, error);
    if (!error) out.append(buf, size_t(len));
}

}  // namespace

std::string normalize_nfkc(std::string_view text) { return normalized_utf8(text, false); }

void tokenize(std::string_view raw, Unigrams unigrams, std::vector<std::string>& out) {
    const std::string text = normalized_utf8(raw, true);
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = int32_t(text.size());
    UChar32 previous_cjk = -1;  // the CJK character just before, for bigrams
    std::string word;
    size_t word_chars = 0;
    bool word_is_digits = false;
    auto flush_word = [&] {
        if (!word.empty()) out.push_back(std::move(word));
        word.clear();
        word_chars = 0;
    };
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (is_cjk(c)) {
            flush_word();
            if (previous_cjk >= 0) {
                std::string pair;
                append_code_point(pair, previous_cjk);
                append_code_point(pair, c);
                out.push_back(std::move(pair));
            }
            if (unigrams == Unigrams::include) {
                std::string single;
                append_code_point(single, c);
                out.push_back(std::move(single));
            }
            previous_cjk = c;
        } else if (is_word(c)) {
            previous_cjk = -1;
            const bool digit = c >= '0' && c <= '9';
            if (digit != word_is_digits) flush_word();
            word_is_digits = digit;
            if (word_chars < kMaxWordChars) append_code_point(word, c);
            ++word_chars;
        } else {
            previous_cjk = -1;
            flush_word();
        }
    }
    flush_word();
}

uint32_t token_hash(std::string_view token) {
    uint32_t h = 2166136261u;
    for (char c : token) {
        h ^= static_cast<uint8_t>(c);
        h *= 16777619u;
    }
    return h;
}

}  // namespace gongkai::gen
