// The CSV half of case_loader.hpp: a register exported from a case system.
#include "content/case_fields.hpp"
#include "content/case_loader.hpp"
#include "content/csv_reader.hpp"
#include "gongkai/hash.hpp"

namespace gongkai::gen {

namespace {

constexpr int no_column = -1;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// Which column holds each of case_csv_columns, from the header row.
struct ColumnMap {
    std::array<int, case_csv_columns.size()> column{};
    size_t width = 0;

    int of(std::string_view key) const {
        for (size_t i = 0; i < case_csv_columns.size(); ++i)
            if (case_csv_columns[i] == key) return column[i];
        return no_column;
    }
};

std::string column_list() {
    std::string out;
    for (const auto name : case_csv_columns) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

std::optional<ColumnMap> read_header(const CsvRow& header, const std::string& shown, Diagnostics& diags) {
    ColumnMap map;
    map.column.fill(no_column);
    map.width = header.cells.size();
    bool ok = true;
    for (size_t col = 0; col < header.cells.size(); ++col) {
        const std::string_view name = trim(header.cells[col]);
        const std::string field = std::string(name);
        if (name == "timeline") {
            diags.error(shown, header.line, field,
                        "a CSV register cannot hold a timeline (write the case as a .md file instead)");
            ok = false;
            continue;
        }
        size_t index = 0;
        while (index < case_csv_columns.size() && case_csv_columns[index] != name) ++index;
        if (index == case_csv_columns.size()) {
            diags.error(shown, header.line, field,
                        "unknown column '" + field + "' (expected column names: " + column_list() + ")");
            ok = false;
        } else if (map.column[index] != no_column) {
            diags.error(shown, header.line, field, "column '" + field + "' appears more than once");
            ok = false;
        } else {
            map.column[index] = static_cast<int>(col);
        }
    }
    for (const auto required : {"id", "title", "unit", "category", "channel", "level", "received", "status"}) {
        if (map.of(required) == no_column) {
            diags.error(shown, header.line, required, std::string("required column '") + required +
                                                          "' is missing from the header row");
            ok = false;
        }
    }
    if (!ok) return std::nullopt;
    return map;
}

class CsvFields : public Fields {
public:
    CsvFields(const ColumnMap& columns, const CsvRow& row, const std::string& shown, Diagnostics& diags)
        : Fields(shown, diags), columns_(columns), row_(row) {}

    std::optional<std::string_view> scalar(std::string_view key) override {
        const int col = columns_.of(key);
        if (col == no_column) return std::nullopt;
        const std::string_view cell = trim(row_.cells[static_cast<size_t>(col)]);
        if (cell.empty()) return std::nullopt;
        return cell;
    }

    int line_of(std::string_view key) const override {
        const int col = columns_.of(key);
        return col == no_column ? row_.line : row_.cell_lines[static_cast<size_t>(col)];
    }

    // Only cells that start below the row's first line need their own entry.
    void record_lines(Origin& origin) const {
        for (size_t i = 0; i < case_csv_columns.size(); ++i) {
            const int col = columns_.column[i];
            if (col == no_column) continue;
            const int line = row_.cell_lines[static_cast<size_t>(col)];
            if (line != row_.line) origin.field_lines.emplace_back(case_csv_columns[i], line);
        }
    }

private:
    const ColumnMap& columns_;
    const CsvRow& row_;
};

}  // namespace

void load_case_csv(std::string_view text, const std::string& shown, std::vector<Case>& out, Diagnostics& diags) {
    CsvReader reader(text);
    CsvRow row;
    if (!reader.next(row)) {
        if (reader.failed())
            diags.error(shown, reader.error_line(), "", reader.error_message());
        else
            diags.error(shown, 1, "", "the register is empty (expected a header row naming the columns)");
        return;
    }
    const auto columns = read_header(row, shown, diags);
    if (!columns) return;
    const uint64_t header_hash = hash64(row.raw);
    const int summary_column = columns->of("summary");

    while (reader.next(row)) {
        if (row.cells.size() != columns->width) {
            diags.error(shown, row.line, "",
                        "row has " + std::to_string(row.cells.size()) + " cells but the header has " +
                            std::to_string(columns->width) + " (check commas and quotes)");
            continue;
        }
        Case c;
        c.origin.file = shown;
        c.origin.line = row.line;
        c.origin.body_line = row.line;
        CsvFields f(*columns, row, shown, diags);
        read_case_fields(f, c);
        f.record_lines(c.origin);
        if (summary_column != no_column) {
            auto& summary = row.cells[static_cast<size_t>(summary_column)];
            c.origin.body_line = row.cell_lines[static_cast<size_t>(summary_column)];
            c.body = std::move(summary);
        }
        c.content_hash = hash_combine(header_hash, hash64(row.raw));
        out.push_back(std::move(c));
    }
    if (reader.failed()) diags.error(shown, reader.error_line(), "", reader.error_message());
}

}  // namespace gongkai::gen
