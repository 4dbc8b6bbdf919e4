#include "outputs/ical_text.hpp"

namespace gongkai::gen {

std::string ical_escape_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\n': out += "\\n"; break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

void append_ical_line(std::string& out, std::string_view line) {
    constexpr size_t kMaxOctets = 75;
    size_t budget = kMaxOctets;  // the first line has no leading space
    while (line.size() > budget) {
        size_t cut = budget;
        while (cut > 0 && is_continuation_byte(line[cut])) --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        budget = kMaxOctets - 1;
    }
    out.append(line);
    out += "\r\n";
}

}  // namespace gongkai::gen
