// Hostile Markdown must never yield script, event handlers or script URLs.
#include "markdown/cost_guard.hpp"
#include "markdown/markdown.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

using gongkai::gen::markdown_to_html;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// True when the HTML has an element attribute starting with "on" (onerror=,
// onclick=...): scans tags only, so text that mentions "onerror" is fine.
bool has_event_attribute(const std::string& html) {
    bool in_tag = false;
    for (size_t i = 0; i < html.size(); ++i) {
        if (html[i] == '<') in_tag = html.compare(i, 4, "<!--") != 0;
        else if (html[i] == '>') in_tag = false;
        else if (in_tag && std::isspace(static_cast<unsigned char>(html[i])) && i + 3 < html.size() &&
                 std::tolower(static_cast<unsigned char>(html[i + 1])) == 'o' &&
                 std::tolower(static_cast<unsigned char>(html[i + 2])) == 'n')
            return true;
    }
    return false;
}

void check_safe(const std::string& markdown) {
    CAPTURE(markdown);
    const std::string html = lower(markdown_to_html(markdown));
    CAPTURE(html);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<iframe") == std::string::npos);
    CHECK(html.find("<style") == std::string::npos);
    // The words may appear as text; never as a URL in an attribute.
    CHECK(html.find("=\"javascript:") == std::string::npos);
    CHECK(html.find("=\"vbscript:") == std::string::npos);
    CHECK(html.find("href=\"data:") == std::string::npos);
    CHECK_FALSE(has_event_attribute(html));
}

std::string repeat(std::string_view unit, size_t times) {
    std::string out;
    out.reserve(unit.size() * times);
    for (size_t i = 0; i < times; ++i) out += unit;
    return out;
}

}  // namespace

TEST_CASE("raw HTML blocks and inline HTML are dropped") {
    check_safe("<script>alert(1)</script>");
    check_safe("<div onclick=\"alert(1)\">x</div>");
    check_safe("text <img src=x onerror=alert(1)> more");
    check_safe("<iframe src=\"https://evil.example\"></iframe>");
    check_safe("<style>body{display:none}</style>");
    check_safe("<svg onload=alert(1)>");
    check_safe("<a href=\"javascript:alert(1)\">x</a>");
    CHECK(markdown_to_html("<script>alert(1)</script>").find("raw HTML omitted") != std::string::npos);
}

TEST_CASE("dangerous link and image URLs are removed") {
    check_safe("[x](javascript:alert(1))");
    check_safe("[x](JaVaScRiPt:alert(1))");
    check_safe("[x](vbscript:msgbox)");
    check_safe("[x](data:text/html;base64,PHNjcmlwdD4=)");
    check_safe("![x](javascript:alert(1))");
    check_safe("[x][r]\n\n[r]: javascript:alert(1)");
    check_safe("<javascript:alert(1)>");
    check_safe("www.example.com/javascript:alert(1) and javascript:alert(1)");
    const std::string html = markdown_to_html("[x](javascript:alert(1))");
    CHECK(html.find("<a href=\"\">x</a>") != std::string::npos);
}

TEST_CASE("HTML inside table cells and emphasis is dropped, the rest renders") {
    const std::string md = "| 项目 | 说明 |\n|---|---|\n| <b onmouseover=alert(1)>x</b> | ~~旧~~ **新** |\n";
    check_safe(md);
    const std::string html = markdown_to_html(md);
    CHECK(html.find("<table>") != std::string::npos);
    CHECK(html.find("<th>项目</th>") != std::string::npos);
    CHECK(html.find("<del>旧</del>") != std::string::npos);
    CHECK(html.find("<strong>新</strong>") != std::string::npos);
}

TEST_CASE("ordinary Markdown renders") {
    CHECK(markdown_to_html("# 标题\n\n正文") == "<h1>标题</h1>\n<p>正文</p>\n");
    CHECK(markdown_to_html("见 https://example.gov.cn/a").find("<a href=\"https://example.gov.cn/a\">") !=
          std::string::npos);
    CHECK(markdown_to_html("a & b < c").find("a &amp; b &lt; c") != std::string::npos);
}

TEST_CASE("over-long input is published as escaped text, not parsed") {
    std::string md(gongkai::gen::MarkdownLimits{}.max_bytes + 10, 'a');
    md += "\n\n<script>alert(1)</script> **b**";
    const std::string html = markdown_to_html(md);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;") != std::string::npos);
    CHECK(html.find("**b**") != std::string::npos);
}

// How long these take is measured by bench/markdown_bench.cpp, not here:
// tests assert behaviour. The shapes known to be super-linear in Debian's
// cmark-gfm must be caught by the guard; the others must still render.
TEST_CASE("pathological input: slow shapes are guarded, the rest render safely") {
    const size_t n = gongkai::gen::MarkdownLimits{}.max_bytes - 16;
    const std::string guarded[] = {
        repeat("![[]()", n / 6),                          // CVE-2023-22486 shape
        repeat("a|", n / 4) + "\n" + repeat("-|", n / 4),  // a very wide table
        repeat("www.a_", n / 6),                          // autolink extension scanning
        std::string(n / 2, '[') + std::string(n / 2, ']'),  // nested brackets
    };
    for (const std::string& md : guarded) {
        CAPTURE(md.substr(0, 8));
        CHECK(gongkai::gen::exceeds_markdown_limits(md));
        const std::string html = markdown_to_html(md);
        CHECK(html.find("<script") == std::string::npos);
    }
    const std::string rendered[] = {
        std::string(n, '>'),                              // nested block quotes
        std::string(n, '*'),                              // emphasis delimiters
        std::string(n / 4, '*') + std::string(n / 4, 'a') + std::string(n / 4, '_'),
        "a|b\n-|-\n" + repeat("x|y\n", n / 4),            // a very long table
        repeat("~~a", n / 3),                             // strikethrough delimiters
        repeat("- ", n / 2),                              // deeply nested list items
    };
    for (const std::string& md : rendered) {
        CAPTURE(md.substr(0, 8));
        CHECK_FALSE(gongkai::gen::exceeds_markdown_limits(md));
        CHECK_FALSE(markdown_to_html(md).empty());
    }
}
