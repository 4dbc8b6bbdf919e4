#include "content/text_file.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace gongkai;
using namespace gongkai::gen;

TEST_CASE("normalise_text drops a BOM and turns CRLF and lone CR into LF") {
    std::string text = "\xEF\xBB\xBFline1\r\nline2\rline3\n";
    normalise_text(text);
    CHECK(text == "line1\nline2\nline3\n");

    std::string plain = "no changes\n";
    normalise_text(plain);
    CHECK(plain == "no changes\n");
}

TEST_CASE("a BOM in the middle of the text is kept") {
    std::string text = "a\xEF\xBB\xBF";
    normalise_text(text);
    CHECK(text == "a\xEF\xBB\xBF");
}

TEST_CASE("first_invalid_utf8_line finds the line of the first bad byte") {
    CHECK(first_invalid_utf8_line("") == 0);
    CHECK(first_invalid_utf8_line("纯中文内容，没有问题。\nascii only line that is long enough\n") == 0);
    CHECK(first_invalid_utf8_line("emoji \xF0\x9F\x98\x80 ok") == 0);
    // GBK bytes for 电梯 on line 3.
    CHECK(first_invalid_utf8_line("a\nb\n\xB5\xE7\xCC\xDD\n") == 3);
    CHECK(first_invalid_utf8_line("overlong \xC0\xAF") == 1);
    CHECK(first_invalid_utf8_line("overlong three \xE0\x80\xAF") == 1);
    CHECK(first_invalid_utf8_line("surrogate \xED\xA0\x80") == 1);
    CHECK(first_invalid_utf8_line("too high \xF4\x90\x80\x80") == 1);
    CHECK(first_invalid_utf8_line("truncated at end \xE4\xB8") == 1);
    CHECK(first_invalid_utf8_line("12345678\n12345678\n\x80") == 3);
}

TEST_CASE("read_text_file normalises and reports invalid UTF-8 with file and line") {
    const auto dir = std::filesystem::temp_directory_path() / "gongkai_text_file_test";
    std::filesystem::create_directories(dir);
    {
        std::ofstream(dir / "good.md", std::ios::binary) << "\xEF\xBB\xBF---\r\ntitle: 好\r\n---\r\n";
        std::ofstream(dir / "bad.csv", std::ios::binary) << "id\r\n\xB5\xE7\r\n";
    }
    Diagnostics diags;
    const auto good = read_text_file(dir / "good.md", "content/good.md", diags);
    REQUIRE(good);
    CHECK(*good == "---\ntitle: 好\n---\n");
    CHECK(diags.ok());

    CHECK_FALSE(read_text_file(dir / "bad.csv", "content/bad.csv", diags));
    REQUIRE(diags.count() == 1);
    CHECK(format(diags.items()[0]) ==
          "content/bad.csv:2: text is not valid UTF-8 (expected UTF-8; re-save GBK/GB18030 exports as UTF-8)");

    CHECK_FALSE(read_text_file(dir / "missing.md", "content/missing.md", diags));
    CHECK(format(diags.items().back()) == "content/missing.md: cannot read the file");
    std::filesystem::remove_all(dir);
}
