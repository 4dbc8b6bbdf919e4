#include "content/front_matter.hpp"
#include "content/text_file.hpp"

#include <doctest/doctest.h>

using namespace gongkai::gen;

TEST_CASE("front matter is split from the body and the body's first line is remembered") {
    FrontMatterError error;
    const auto fm = split_front_matter("---\nid: a\ntitle: b\n---\nBody line\nmore\n", error);
    REQUIRE(fm);
    CHECK(fm->yaml == "id: a\ntitle: b\n");
    CHECK(fm->yaml_line == 2);
    CHECK(fm->body == "Body line\nmore\n");
    CHECK(fm->body_line == 5);
}

TEST_CASE("a file with a BOM and CRLF line ends splits the same once normalised") {
    std::string text = "\xEF\xBB\xBF---\r\nid: a\r\n---\r\n正文\r\n";
    normalise_text(text);
    FrontMatterError error;
    const auto fm = split_front_matter(text, error);
    REQUIRE(fm);
    CHECK(fm->yaml == "id: a\n");
    CHECK(fm->body == "正文\n");
    CHECK(fm->body_line == 4);
}

TEST_CASE("fences may carry trailing spaces; an empty header and an empty body are fine") {
    FrontMatterError error;
    const auto fm = split_front_matter("---  \n---\t\n", error);
    REQUIRE(fm);
    CHECK(fm->yaml.empty());
    CHECK(fm->body.empty());
    CHECK(fm->body_line == 3);

    const auto no_newline = split_front_matter("---\nid: a\n---", error);
    REQUIRE(no_newline);
    CHECK(no_newline->body.empty());
}

TEST_CASE("a missing opening or closing fence is an error on line 1") {
    FrontMatterError error;
    CHECK_FALSE(split_front_matter("id: a\n---\n", error));
    CHECK(error.line == 1);
    CHECK(error.message == "expected front matter: the first line must be '---'");

    CHECK_FALSE(split_front_matter("---\nid: a\nbody\n", error));
    CHECK(error.message == "front matter is not closed (expected a second '---' line)");

    CHECK_FALSE(split_front_matter("---", error));
    CHECK(error.message == "front matter is not closed (expected a second '---' line)");

    CHECK_FALSE(split_front_matter("", error));
    CHECK_FALSE(split_front_matter("----\nid: a\n---\n", error));
}
