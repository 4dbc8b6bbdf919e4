#include "content/csv_reader.hpp"

#include <algorithm>

namespace gongkai::gen {

bool CsvReader::fail(int line, std::string message) {
    error_line_ = line;
    error_message_ = std::move(message);
    pos_ = text_.size();
    return false;
}

bool CsvReader::read_quoted(std::string& cell) {
    const int quote_line = line_;
    ++pos_;  // opening quote
    for (;;) {
        const size_t quote = text_.find('"', pos_);
        if (quote == std::string_view::npos)
            return fail(quote_line, "quoted cell is not closed (expected a closing '\"')");
        const std::string_view part = text_.substr(pos_, quote - pos_);
        cell.append(part);
        line_ += static_cast<int>(std::count(part.begin(), part.end(), '\n'));
        if (quote + 1 < text_.size() && text_[quote + 1] == '"') {
            cell.push_back('"');
            pos_ = quote + 2;
            continue;
        }
        pos_ = quote + 1;
        break;
    }
    if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n')
        return fail(line_, "unexpected text after a closing quote (expected ',' or the end of the line)");
    return true;
}

void CsvReader::read_plain(std::string& cell) {
    size_t end = pos_;
    while (end < text_.size() && text_[end] != ',' && text_[end] != '\n') ++end;
    cell.assign(text_.substr(pos_, end - pos_));
    pos_ = end;
}

bool CsvReader::next(CsvRow& row) {
    row.cells.clear();
    row.cell_lines.clear();
    while (pos_ < text_.size() && text_[pos_] == '\n') {
        ++pos_;
        ++line_;
    }
    if (pos_ >= text_.size()) return false;
    row.line = line_;
    const size_t start = pos_;
    for (;;) {
        row.cell_lines.push_back(line_);
        std::string& cell = row.cells.emplace_back();
        if (pos_ < text_.size() && text_[pos_] == '"') {
            if (!read_quoted(cell)) return false;
        } else {
            read_plain(cell);
        }
        if (pos_ < text_.size() && text_[pos_] == ',') {
            ++pos_;
            continue;
        }
        row.raw = text_.substr(start, pos_ - start);
        if (pos_ < text_.size()) {  // the '\n' ending the row
            ++pos_;
            ++line_;
        }
        return true;
    }
}

}  // namespace gongkai::gen
