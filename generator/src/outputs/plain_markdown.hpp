#pragma once
// The plain text of a record body for search, cheaply. Most bodies are
// paragraphs of Chinese prose without any Markdown syntax; for them the
// text that markdown_to_text() would produce is computed directly (a
// cmark parse costs about 1 s per 100,000 case bodies, and the search index
// and its doc store each need the text of every body).

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::gen {

// markdown_to_text(markdown) when `markdown` contains nothing Markdown could
// interpret (no markup characters, no line that could start a block, no
// autolink, no leading or trailing spaces on a line); nullopt otherwise.
// Thread-safe.
std::optional<std::string> plain_paragraphs_text(std::string_view markdown);

// plain_paragraphs_text() if it applies, else markdown_to_text(). Equal to
// markdown_to_text(markdown) for every input. Thread-safe.
std::string body_text(std::string_view markdown);

}  // namespace gongkai::gen
