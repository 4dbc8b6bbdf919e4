#include "markdown/markdown.hpp"
#include "outputs/plain_markdown.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

using namespace gongkai::gen;

TEST_CASE("plain paragraphs skip the parser and give what markdown_to_text gives") {
    for (std::string_view body : {"", "居民反映，电梯停运三天。", "第一段\n第二行\n\n\n第二段。2025-06-13 办结",
                                  "电话0471-6901234（工作日）", "100%满意!", "\n\n前后空行\n\n"}) {
        CAPTURE(body);
        const auto plain = plain_paragraphs_text(body);
        REQUIRE(plain.has_value());
        CHECK(*plain == markdown_to_text(body));
    }
    for (std::string_view body : {"**物业**", "- 列表", "1. 第一", "# 标题", "见 www.example.com", "  缩进",
                                  "行尾两个空格  \n下一行", "a\\*b", "<b>x</b>", "x\r\ny", "甲|乙", "mail@x.cn",
                                  "\xEF\xBB\xBF正文", "===", "第一行\n---"}) {
        CAPTURE(body);
        CHECK_FALSE(plain_paragraphs_text(body).has_value());
        CHECK(body_text(body) == markdown_to_text(body));
    }
}

TEST_CASE("body_text equals markdown_to_text on random mixes of text and markup") {
    const std::vector<std::string> pieces = {"物业", "电梯", "，", "。", " ", "  ", "\n", "\n\n", "-", "+", "*", "_",
                                             "#", "1.", "2)", "www.", "http://x.cn", "@", "[a](b)", "`", "~~",
                                             "|", "&amp;", "\\", "\t", ">", "<", "=", "ab", "42", "!", "　", "(", ")"};
    uint32_t seed = 99;
    size_t fast = 0;
    for (int n = 0; n < 4000; ++n) {
        std::string body;
        const int length = 1 + n % 12;
        for (int k = 0; k < length; ++k) {
            seed = seed * 1103515245u + 12345u;
            // Mostly text, so that the fast path is taken often.
            const size_t pick = (seed >> 16) % (pieces.size() * 3);
            body += pieces[pick < pieces.size() ? pick : pick % 2];
        }
        CAPTURE(body);
        const auto plain = plain_paragraphs_text(body);
        if (plain) ++fast;
        CHECK(body_text(body) == markdown_to_text(body));
        if (plain) CHECK(*plain == markdown_to_text(body));
    }
    CHECK(fast > 400);
}
