#pragma once
// NFKC (optionally with case folding) as a stream of code points, without
// building a normalised copy of the text. Chinese text is almost entirely
// characters NFKC leaves alone (ASCII, CJK ideographs, common punctuation)
// or maps to one known character (full-width forms); those are handled
// here, and ICU is asked only about the runs in between. Index builds call
// this for every character of every record, so the fast path matters
// (100,000 cases are ~150 MB of text).

#include "gongkai/utf8.hpp"

#include <cstdint>
#include <string>
#include <string_view>

namespace gongkai::gen {

enum class CaseFold { no, yes };

// ICU's NFKC or NFKC_Casefold of `text`, appended to `out` (UTF-8).
// Thread-safe.
void normalize_with_icu(std::string_view text, CaseFold fold, std::string& out);

namespace normalize_detail {

// The normalised form of `c` when it is one of the characters handled
// without ICU, else -1. Every such character is a starter that NFKC maps to
// at most one starter and that never composes with the character before it,
// so text between them normalises independently (tested exhaustively
// against ICU).
inline int32_t fast_form(char32_t c, CaseFold fold) {
    if (c < 0x80) return fold == CaseFold::yes && c >= 'A' && c <= 'Z' ? int32_t(c + 32) : int32_t(c);
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) return int32_t(c);
    if (c >= 0xFF01 && c <= 0xFF5E) return fast_form(c - 0xFEE0, fold);  // full-width ASCII
    switch (c) {
    case 0x3000: return ' ';  // ideographic space
    case 0x00B7:              // ·
    case 0x2014:              // —
    case 0x2018: case 0x2019: case 0x201C: case 0x201D:  // ‘ ’ “ ”
    case 0x3001: case 0x3002:                            // 、 。
    case 0x300A: case 0x300B: case 0x300C: case 0x300D: case 0x300E: case 0x300F: case 0x3010: case 0x3011:
        return int32_t(c);
    default: return -1;
    }
}

}  // namespace normalize_detail

// Calls emit(c, source) for each code point c of NFKC(text) (NFKC_Casefold
// with CaseFold::yes), in order. `source` is c's UTF-8 bytes in `text` when
// c is a character of the text left unchanged, else empty (so a caller
// building a string can copy unchanged runs at once). `scratch` is reused
// between calls to avoid allocating. Thread-safe as long as each thread has
// its own scratch.
template <class Emit>
void for_each_normalized(std::string_view text, CaseFold fold, std::string& scratch, Emit&& emit) {
    using namespace normalize_detail;
    auto slow = [&](size_t begin, size_t end) {
        scratch.clear();
        normalize_with_icu(text.substr(begin, end - begin), fold, scratch);
        for (size_t k = 0; k < scratch.size();) emit(utf8::next(scratch, k), std::string_view());
    };
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        // The character c at [start, i) and its fast form f (or -1).
        size_t start = i;
        char32_t c = utf8::next(text, i);
        int32_t f = fast_form(c, fold);
        for (;;) {
            if (i >= n) {
                if (f >= 0) emit(char32_t(f), char32_t(f) == c ? std::string_view(text.data() + start, n - start) : std::string_view());
                else slow(start, n);
                return;
            }
            // Look ahead: a combining mark after c could compose with it.
            const size_t next_start = i;
            const char32_t d = utf8::next(text, i);
            const int32_t g = fast_form(d, fold);
            if (f >= 0 && g >= 0) {
                emit(char32_t(f), char32_t(f) == c ? std::string_view(text.data() + start, next_start - start)
                                                    : std::string_view());
                start = next_start;
                c = d;
                f = g;
                continue;
            }
            // ICU sees the run from c up to the next fast character whole.
            size_t end = g >= 0 ? next_start : i;
            while (end < n) {
                size_t j = end;
                if (fast_form(utf8::next(text, j), fold) >= 0) break;
                end = j;
            }
            slow(start, end);
            i = end;
            break;
        }
    }
}

}  // namespace gongkai::gen
