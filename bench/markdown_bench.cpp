// Times cmark-gfm (through our guard) on pathological Markdown shapes just
// under the size cap, and on an ordinary case story. Not run by CI.
// Usage: gongkai-markdown-bench

#include "markdown/cost_guard.hpp"
#include "markdown/markdown.hpp"

#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

namespace {

std::string repeat(const std::string& unit, size_t times) {
    std::string out;
    for (size_t i = 0; i < times; ++i) out += unit;
    return out;
}

}  // namespace

int main() {
    const size_t n = gongkai::gen::MarkdownLimits{}.max_bytes - 16;
    const std::vector<std::pair<const char*, std::string>> inputs = {
        {"ordinary story", repeat("居民反映小区楼道照明损坏，网格员当天上门查看。\n\n", 20)},
        {"nested quotes", std::string(n, '>')},
        {"nested brackets", std::string(n / 2, '[') + std::string(n / 2, ']')},
        {"emphasis", std::string(n, '*')},
        {"![[]() (CVE-2023-22486)", repeat("![[]()", n / 6)},
        {"wide table", repeat("a|", n / 4) + "\n" + repeat("-|", n / 4)},
        {"long table", "a|b\n-|-\n" + repeat("x|y\n", n / 4)},
        {"strikethrough", repeat("~~a", n / 3)},
        {"autolink scan", repeat("www.a_", n / 6)},
        {"nested lists", repeat("- ", n / 2)},
    };
    for (const auto& [name, md] : inputs) {
        auto start = std::chrono::steady_clock::now();
        std::string html = gongkai::gen::markdown_to_html(md);
        double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("%-26s %8zu bytes  %9.2f ms  %s\n", name, md.size(), ms,
                    gongkai::gen::exceeds_markdown_limits(md) ? "(guarded: published as plain text)" : "");
    }
}
