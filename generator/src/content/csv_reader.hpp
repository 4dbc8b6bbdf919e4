#pragma once
// An RFC 4180 reader for case registers exported from spreadsheets: quoted
// cells may hold commas, doubled quotes and line breaks. Rows are read one at
// a time so a 100,000-row register is not held twice.

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

struct CsvRow {
    std::vector<std::string> cells;
    std::vector<int> cell_lines;  // file line where each cell starts
    int line = 0;                 // file line where the row starts
    std::string_view raw;         // the row's source text, without its final line end
};

class CsvReader {
public:
    // REQUIRES: `text` is normalised (LF line ends, no BOM) and outlives the reader.
    explicit CsvReader(std::string_view text) : text_(text) {}

    // Reads the next row into `row` (its buffers are reused). Blank lines are
    // skipped. Returns false at the end of the text or on a syntax error;
    // then failed() tells which, and error_line()/error_message() say why.
    bool next(CsvRow& row);

    bool failed() const { return !error_message_.empty(); }
    int error_line() const { return error_line_; }
    const std::string& error_message() const { return error_message_; }

private:
    bool read_quoted(std::string& cell);
    void read_plain(std::string& cell);
    bool fail(int line, std::string message);

    std::string_view text_;
    size_t pos_ = 0;
    size_t line_end_ = std::string_view::npos;  // end of the physical line pos_ is on, once known
    int line_ = 1;
    int error_line_ = 0;
    std::string error_message_;
};

}  // namespace gongkai::gen
