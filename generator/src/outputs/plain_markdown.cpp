#include "outputs/plain_markdown.hpp"

#include "markdown/cost_guard.hpp"
#include "markdown/markdown.hpp"

#include <array>

namespace gongkai::gen {

namespace {

// Bytes with a meaning somewhere in CommonMark + the GFM extensions we
// enable (tables, strikethrough, autolinks); also control characters, which
// cmark may trim or replace.
constexpr std::array<bool, 256> kMarkupBytes = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 0x20; ++c) table[c] = true;
    for (unsigned char c : std::string_view("\\`*_[]<>&|~:@")) table[c] = true;
    return table;
}();

bool is_markup_byte(char c) { return kMarkupBytes[static_cast<unsigned char>(c)]; }

bool lower_equals(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (size_t i = 0; i < s.size(); ++i)
        if ((s[i] >= 'A' && s[i] <= 'Z' ? char(s[i] + 32) : s[i]) != lower[i]) return false;
    return true;
}

// True when cmark reads `line` (non-empty, inside or starting a paragraph)
// as literal text: it cannot open a block and holds no inline syntax.
bool is_plain_line(std::string_view line) {
    if (line.front() == ' ' || line.back() == ' ') return false;  // indentation, hard breaks
    switch (line.front()) {
    case '-': case '+': case '=': case '#':  // list items, setext underlines, headings, breaks
        return false;
    default: break;
    }
    size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits > 0 && digits < line.size() && (line[digits] == '.' || line[digits] == ')')) return false;
    for (size_t i = 0; i < line.size(); ++i) {
        if (is_markup_byte(line[i])) return false;
        if (line[i] == '.' && i >= 3 && lower_equals(line.substr(i - 3, 3), "www")) return false;  // autolink
    }
    return true;
}

}  // namespace

std::optional<std::string> plain_paragraphs_text(std::string_view markdown) {
    // Over the cost guard markdown_to_text returns the source unchanged;
    // cmark skips a leading byte-order mark.
    if (markdown.size() > MarkdownLimits{}.max_bytes || markdown.starts_with("\xEF\xBB\xBF")) return std::nullopt;
    std::string out;
    out.reserve(markdown.size());
    bool in_paragraph = false;
    for (size_t pos = 0; pos <= markdown.size();) {
        size_t end = markdown.find('\n', pos);
        if (end == std::string_view::npos) end = markdown.size();
        const std::string_view line = markdown.substr(pos, end - pos);
        pos = end + 1;
        if (line.empty()) {  // a blank line ends the paragraph
            if (in_paragraph) out += '\n';
            in_paragraph = false;
            continue;
        }
        if (!is_plain_line(line)) return std::nullopt;
        if (in_paragraph) out += ' ';  // a soft line break
        out += line;
        in_paragraph = true;
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

std::string body_text(std::string_view markdown) {
    if (std::optional<std::string> plain = plain_paragraphs_text(markdown)) return std::move(*plain);
    return markdown_to_text(markdown);
}

}  // namespace gongkai::gen
