#pragma once
// Recognises Markdown that would make cmark-gfm slow. Debian's cmark-gfm
// (0.29.0.gfm.6) predates the fixes for several super-linear inputs
// (CVE-2023-22483..22486, CVE-2023-24824, CVE-2023-26485 and friends).
// Measured with the release library on the build machine:
//   "www.a_" x 4000 as one word (24 KB): 455 ms; x 16000: 12 s
//   "![[]()" x 16000 (96 KB): 790 ms
//   a table header 16000 columns wide: 1.6 s
// while every ordinary shape (quotes, lists, emphasis, long tables, 40,000
// links) stays under 60 ms at 256 KB. Bodies this guard rejects are
// published as escaped plain paragraphs, so nothing is lost or unsafe.

#include <cstddef>
#include <string_view>

namespace gongkai::gen {

struct MarkdownLimits {
    std::size_t max_bytes = 256 * 1024;      // ~85,000 Chinese characters
    std::size_t max_open_brackets = 8192;    // '[' in the whole body (~55 ms worst case)
    std::size_t max_pipes_per_line = 128;    // table columns
    std::size_t max_autolink_starts_per_word = 32;  // "www." or '@' between two spaces
};

// True when parsing `markdown` could take super-linear time.
bool exceeds_markdown_limits(std::string_view markdown, const MarkdownLimits& limits = {});

}  // namespace gongkai::gen
