#include "content/csv_reader.hpp"

#include <doctest/doctest.h>

#include <vector>

using namespace gongkai::gen;

namespace {

std::vector<CsvRow> read_all(CsvReader& reader) {
    std::vector<CsvRow> rows;
    CsvRow row;
    while (reader.next(row)) rows.push_back(row);
    return rows;
}

}  // namespace

TEST_CASE("plain rows and empty cells") {
    CsvReader reader("a,b,c\n1,,3\n,,\n");
    const auto rows = read_all(reader);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].cells == std::vector<std::string>{"1", "", "3"});
    CHECK(rows[2].cells == std::vector<std::string>{"", "", ""});
    CHECK(rows[1].line == 2);
    CHECK(rows[1].raw == "1,,3");
    CHECK_FALSE(reader.failed());
}

TEST_CASE("quoted cells hold commas, doubled quotes and line breaks; lines are tracked") {
    const std::string text =
        "id,summary,x\n"
        "A,\"one, two\",\"say \"\"hi\"\"\"\n"
        "B,\"line 1\nline 2\nline 3\",end\n"
        "C,after,\"\"\n";
    CsvReader reader(text);
    const auto rows = read_all(reader);
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].cells == std::vector<std::string>{"A", "one, two", "say \"hi\""});
    CHECK(rows[2].cells == std::vector<std::string>{"B", "line 1\nline 2\nline 3", "end"});
    CHECK(rows[2].line == 3);
    CHECK(rows[2].cell_lines == std::vector<int>{3, 3, 5});
    CHECK(rows[2].raw == "B,\"line 1\nline 2\nline 3\",end");
    CHECK(rows[3].line == 6);
    CHECK(rows[3].cells == std::vector<std::string>{"C", "after", ""});
}

TEST_CASE("blank lines are skipped but counted, and a last row without a newline is read") {
    CsvReader reader("h\n\n\nx\ny");
    const auto rows = read_all(reader);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].line == 4);
    CHECK(rows[2].cells == std::vector<std::string>{"y"});
    CHECK(rows[2].line == 5);
}

TEST_CASE("a trailing comma makes an empty last cell") {
    CsvReader reader("a,\n");
    CsvRow row;
    REQUIRE(reader.next(row));
    CHECK(row.cells == std::vector<std::string>{"a", ""});
}

TEST_CASE("an unclosed quote is reported at the line where it opened") {
    CsvReader reader("h\nok\n\"never\nclosed\n");
    const auto rows = read_all(reader);
    CHECK(rows.size() == 2);
    REQUIRE(reader.failed());
    CHECK(reader.error_line() == 3);
    CHECK(reader.error_message() == "quoted cell is not closed (expected a closing '\"')");
}

TEST_CASE("text after a closing quote is an error") {
    CsvReader reader("\"a\"b,c\n");
    CsvRow row;
    CHECK_FALSE(reader.next(row));
    REQUIRE(reader.failed());
    CHECK(reader.error_line() == 1);
    CHECK(reader.error_message() == "unexpected text after a closing quote (expected ',' or the end of the line)");
}

TEST_CASE("a quote inside an unquoted cell is kept as it is") {
    CsvReader reader("5\" screen,x\n");
    CsvRow row;
    REQUIRE(reader.next(row));
    CHECK(row.cells[0] == "5\" screen");
}

TEST_CASE("empty input has no rows and no error") {
    CsvReader reader("");
    CsvRow row;
    CHECK_FALSE(reader.next(row));
    CHECK_FALSE(reader.failed());
}
