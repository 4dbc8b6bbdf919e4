#include "content/csv_reader.hpp"

#include <algorithm>
#include <cstring>

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
    // memchr over the rest of the physical line beats a byte loop on long summaries.
    if (line_end_ < pos_ || line_end_ == std::string_view::npos) {
        line_end_ = text_.find('\n', pos_);
        if (line_end_ == std::string_view::npos) line_end_ = text_.size();
    }
    const void* comma = std::memchr(text_.data() + pos_, ',', line_end_ - pos_);
    const size_t end = comma != nullptr ? static_cast<size_t>(static_cast<const char*>(comma) - text_.data())
                                        : line_end_;
    cell.assign(text_.substr(pos_, end - pos_));
    pos_ = end;
}

bool CsvReader::next(CsvRow& row) {
    row.cell_lines.clear();
    while (pos_ < text_.size() && text_[pos_] == '\n') {
        ++pos_;
        ++line_;
    }
    if (pos_ >= text_.size()) return false;
    row.line = line_;
    const size_t start = pos_;
    size_t count = 0;
    for (;;) {
        row.cell_lines.push_back(line_);
        // Reuse the cells' buffers from the previous row.
        if (count == row.cells.size()) row.cells.emplace_back();
        std::string& cell = row.cells[count++];
        cell.clear();
        if (pos_ < text_.size() && text_[pos_] == '"') {
            if (!read_quoted(cell)) return false;
        } else {
            read_plain(cell);
        }
        if (pos_ < text_.size() && text_[pos_] == ',') {
            ++pos_;
            continue;
        }
        row.cells.resize(count);
        row.raw = text_.substr(start, pos_ - start);
        if (pos_ < text_.size()) {  // the '\n' ending the row
            ++pos_;
            ++line_;
        }
        return true;
    }
}

}  // namespace gongkai::gen
