#pragma once
// HTML escaping shared by the template engine and the Markdown fallback.
// (XML outputs use append_xml_escaped in outputs/, which also drops the
// control characters XML 1.0 forbids.)

#include <string>
#include <string_view>

namespace gongkai::gen {

// Escapes & < > " ' so the text is safe in element content and in quoted
// attribute values.
void append_html_escaped(std::string& out, std::string_view text);
std::string html_escape(std::string_view text);

}  // namespace gongkai::gen
