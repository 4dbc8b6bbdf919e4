#pragma once
// The parts of a Markdown content file every loader needs: the front matter
// as a YAML map, the body, and where each came from.

#include "content/yaml_fields.hpp"
#include "gongkai/records.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::gen {

struct MarkdownDoc {
    YAML::Node front_matter;  // a map (empty when the header is empty)
    int yaml_line = 0;        // file line of the first front matter line
    std::string_view body;    // view into the text given to parse_markdown_doc
    Origin origin;            // file, line 1, body_line; field_lines filled by YamlFields
};

// Splits and parses `text` (normalised). Problems are reported against
// `shown`; nullopt when there is no usable front matter.
std::optional<MarkdownDoc> parse_markdown_doc(std::string_view text, const std::string& shown,
                                              Diagnostics& diags);

}  // namespace gongkai::gen
