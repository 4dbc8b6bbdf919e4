#pragma once
// Markdown (CommonMark + GFM tables, strikethrough, autolinks) via cmark-gfm.
// Raw HTML in content is never passed through: it is dropped (cmark's safe
// mode), and unsafe link schemes (javascript:, vbscript:, data: except images)
// are removed.

#include <string>
#include <string_view>

namespace gongkai::gen {

// Bodies that exceed MarkdownLimits (markdown/cost_guard.hpp: size, and the
// shapes that are super-linear in Debian's cmark-gfm) are not parsed: they
// are published as escaped plain paragraphs, and their text is returned as is.

// HTML fragment, safe to insert into a page unescaped. Thread-safe.
std::string markdown_to_html(std::string_view markdown);
// Plain text for search, feeds' summaries and descriptions: no markup,
// paragraphs separated by '\n'. Thread-safe.
std::string markdown_to_text(std::string_view markdown);

}  // namespace gongkai::gen
