#include "content/text_file.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>

namespace gongkai::gen {

void normalise_text(std::string& text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    // Most files have no CR at all; skip the rewrite for them.
    if (text.find('\r') == std::string::npos) return;
    size_t out = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            text[out++] = '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            text[out++] = text[i];
        }
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

}  // namespace

int first_invalid_utf8_line(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    const auto* start = p;
    while (p < end) {
        // ASCII runs are common even in Chinese files (CSV punctuation, YAML keys).
        if (end - p >= 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const size_t n = utf8_sequence_length(p, end);
        if (n == 0) {
            const auto offset = static_cast<std::ptrdiff_t>(p - start);
            return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
        }
        p += n;
    }
    return 0;
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
