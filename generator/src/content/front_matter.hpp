#pragma once
// Splitting a Markdown file into its YAML front matter and its body.

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::gen {

struct FrontMatter {
    std::string_view yaml;  // between the two `---` lines (views into the input)
    std::string_view body;  // everything after the closing `---` line
    int yaml_line = 0;      // file line of the first YAML line (2)
    int body_line = 0;      // file line of the first body line
};

struct FrontMatterError {
    int line = 0;
    std::string message;
};

// REQUIRES: `text` is normalised (LF line ends, no BOM; see text_file.hpp).
// The first line must be `---` and a later line `---` closes the header;
// trailing spaces on either line are allowed. On failure returns the line
// and a message saying what was expected.
std::optional<FrontMatter> split_front_matter(std::string_view text, FrontMatterError& error);

}  // namespace gongkai::gen
