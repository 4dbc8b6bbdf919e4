#pragma once
// Escaping for the machine-readable formats we write by appending to strings
// (streaming keeps 100,000-record files from becoming one giant tree).
// Input is UTF-8 that the loader has already validated.

#include <string>
#include <string_view>

namespace gongkai::gen {

// &, <, >, " and ' as entities; control characters other than tab and
// newline are dropped (XML 1.0 cannot carry them).
void append_xml_escaped(std::string& out, std::string_view text);
std::string xml_escaped(std::string_view text);

// A JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);

// One RFC 4180 cell: quoted when it holds a comma, quote, CR or LF (quotes
// doubled), otherwise as is.
void append_csv_cell(std::string& out, std::string_view text);

}  // namespace gongkai::gen
