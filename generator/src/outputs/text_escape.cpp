#include "outputs/text_escape.hpp"

#include <cstdio>

namespace gongkai::gen {

void append_xml_escaped(std::string& out, std::string_view text) {
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') break;
            out += c;
        }
    }
}

std::string xml_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_xml_escaped(out, text);
    return out;
}

void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    // Copies runs of bytes that need no escape at once: open data and the
    // search doc store pass hundreds of megabytes through here.
    size_t run = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(text, run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        }
        }
    }
    out.append(text, run, text.size() - run);
    out += '"';
}

void append_csv_cell(std::string& out, std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += text;
        return;
    }
    out += '"';
    for (size_t run = 0;;) {
        const size_t quote = text.find('"', run);
        if (quote == std::string_view::npos) {
            out.append(text, run, text.size() - run);
            break;
        }
        out.append(text, run, quote + 1 - run);
        out += '"';  // doubled
        run = quote + 1;
    }
    out += '"';
}

}  // namespace gongkai::gen
