#include "markdown/cost_guard.hpp"

namespace gongkai::gen {

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

bool exceeds_markdown_limits(std::string_view md, const MarkdownLimits& limits) {
    if (md.size() > limits.max_bytes) return true;
    std::size_t brackets = 0;
    std::size_t pipes_in_line = 0;
    std::size_t autolinks_in_word = 0;
    for (std::size_t i = 0; i < md.size(); ++i) {
        const char c = md[i];
        // Bytes of Chinese text (>= 0x80) can start none of the shapes below.
        if (static_cast<unsigned char>(c) >= 0x80) continue;
        if (c == '\n') pipes_in_line = 0;
        if (is_ascii_space(c)) autolinks_in_word = 0;
        if (c == '[' && ++brackets > limits.max_open_brackets) return true;
        if (c == '|' && ++pipes_in_line > limits.max_pipes_per_line) return true;
        const bool autolink_start =
            c == '@' || (c == 'w' && i + 4 <= md.size() && md[i + 1] == 'w' && md[i + 2] == 'w' && md[i + 3] == '.');
        if (autolink_start && ++autolinks_in_word > limits.max_autolink_starts_per_word) return true;
    }
    return false;
}

}  // namespace gongkai::gen
