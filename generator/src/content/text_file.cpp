#include "content/text_file.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>

namespace gongkai::gen {

void normalise_text(std::string& text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    size_t cr = text.find('\r');
    if (cr == std::string::npos) return;  // the common case: nothing to rewrite
    // Copy the runs between CRs down over the removed bytes.
    size_t out = cr;
    while (cr != std::string::npos) {
        text[out++] = '\n';
        size_t next = cr + 1;
        if (next < text.size() && text[next] == '\n') ++next;
        cr = text.find('\r', next);
        const size_t end = cr == std::string::npos ? text.size() : cr;
        std::memmove(text.data() + out, text.data() + next, end - next);
        out += end - next;
    }
    text.resize(out);
}

namespace {

// Length of the valid UTF-8 sequence starting at `p`, or 0 when invalid.
size_t utf8_sequence_length(const unsigned char* p, const unsigned char* end) {
    const unsigned char c = p[0];
    if (c < 0x80) return 1;
    auto cont = [&](size_t i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
        if (c == 0xED && p[1] > 0x9F) return 0;  // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if (c == 0xF0 && p[1] < 0x90) return 0;  // overlong
        if (c == 0xF4 && p[1] > 0x8F) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}

const unsigned char* first_invalid_utf8(const unsigned char* p, const unsigned char* end) {
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            // ASCII runs are common even in Chinese files (CSV punctuation, YAML keys).
            uint64_t word;
            while (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ULL) == 0)) p += 8;
            while (p < end && *p < 0x80) ++p;
            continue;
        }
        // Fast path for the three-byte sequences of CJK text: E1..EC and EE..EF
        // lead bytes have no overlong or surrogate forms to rule out.
        if (((c >= 0xE1 && c <= 0xEC) || c >= 0xEE) && c <= 0xEF && end - p >= 3 &&
            (((p[1] & 0xC0) << 8) | (p[2] & 0xC0)) == 0x8080) {
            p += 3;
            continue;
        }
        const size_t n = utf8_sequence_length(p, end);
        if (n == 0) return p;
        p += n;
    }
    return nullptr;
}

}  // namespace

int first_invalid_utf8_line(std::string_view text) {
    const auto* start = reinterpret_cast<const unsigned char*>(text.data());
    const auto* bad = first_invalid_utf8(start, start + text.size());
    if (bad == nullptr) return 0;
    const auto offset = static_cast<std::ptrdiff_t>(bad - start);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

std::optional<std::string> read_text_file(const std::filesystem::path& path, const std::string& shown,
                                          Diagnostics& diags) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error(shown, 0, "", "cannot read the file");
        return std::nullopt;
    }
    std::string text;
    in.seekg(0, std::ios::end);
    const auto size = in.tellg();
    in.seekg(0, std::ios::beg);
    if (size > 0) {
        text.resize(static_cast<size_t>(size));
        in.read(text.data(), size);
        text.resize(static_cast<size_t>(in.gcount()));
    }
    if (in.bad()) {
        diags.error(shown, 0, "", "cannot read the file");
        return std::nullopt;
    }
    normalise_text(text);
    if (const int line = first_invalid_utf8_line(text); line > 0) {
        diags.error(shown, line, "",
                    "text is not valid UTF-8 (expected UTF-8; re-save GBK/GB18030 exports as UTF-8)");
        return std::nullopt;
    }
    return text;
}

}  // namespace gongkai::gen
