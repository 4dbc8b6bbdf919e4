#include "markdown/markdown.hpp"

#include <doctest/doctest.h>

using gongkai::gen::markdown_to_text;

TEST_CASE("markdown_to_text drops markup and keeps words") {
    CHECK(markdown_to_text("# 停水通知\n\n因管道**维修**，[详情](https://a.example)。") == "停水通知\n因管道维修，详情。");
    CHECK(markdown_to_text("第一行\n第二行") == "第一行 第二行");
    CHECK(markdown_to_text("- 甲\n- 乙") == "甲\n乙");
    CHECK(markdown_to_text("") == "");
}

TEST_CASE("markdown_to_text never includes raw HTML") {
    CHECK(markdown_to_text("<script>alert(1)</script>\n\n正文") == "正文");
    CHECK(markdown_to_text("a <b>b</b> c") == "a b c");
}

TEST_CASE("markdown_to_text flattens tables cell by cell") {
    CHECK(markdown_to_text("| 项 | 数 |\n|---|---|\n| 充电桩 | 78 |") == "项 数\n充电桩 78");
}
