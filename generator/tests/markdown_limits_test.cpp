#include "markdown/cost_guard.hpp"
#include "markdown/markdown.hpp"

#include <doctest/doctest.h>

#include <string>

using gongkai::gen::exceeds_markdown_limits;
using gongkai::gen::MarkdownLimits;

namespace {

std::string repeat(const std::string& unit, size_t times) {
    std::string out;
    for (size_t i = 0; i < times; ++i) out += unit;
    return out;
}

}  // namespace

TEST_CASE("ordinary bodies are within the limits") {
    CHECK_FALSE(exceeds_markdown_limits(""));
    CHECK_FALSE(exceeds_markdown_limits("联系 www.example.gov.cn 或 a@b.cn，详见[公告](https://x.cn)。"));
    CHECK_FALSE(exceeds_markdown_limits("| 项 | 数 |\n|---|---|\n" + repeat("| 充电桩 | 78 |\n", 2000)));
    CHECK_FALSE(exceeds_markdown_limits(repeat("见[链接](https://x.cn)。", 1000)));
}

TEST_CASE("each super-linear shape is caught") {
    const MarkdownLimits limits;
    CHECK(exceeds_markdown_limits(std::string(limits.max_bytes + 1, 'a')));
    CHECK(exceeds_markdown_limits(repeat("![[]()", limits.max_open_brackets)));
    CHECK(exceeds_markdown_limits(repeat("a|", limits.max_pipes_per_line + 1)));
    CHECK(exceeds_markdown_limits(repeat("www.a_", limits.max_autolink_starts_per_word + 1)));
    CHECK(exceeds_markdown_limits(repeat("a@b.", limits.max_autolink_starts_per_word + 1)));
    // The same autolink starts spread over separate words are fine.
    CHECK_FALSE(exceeds_markdown_limits(repeat("www.a_ ", limits.max_autolink_starts_per_word + 1)));
}

TEST_CASE("a body over the limits is published as escaped text") {
    const std::string md = repeat("www.a_", 100) + "\n\n<script>x</script> **b**";
    const std::string html = gongkai::gen::markdown_to_html(md);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<p>&lt;script&gt;x&lt;/script&gt; **b**</p>") != std::string::npos);
    CHECK(gongkai::gen::markdown_to_text(md) == md);
}
