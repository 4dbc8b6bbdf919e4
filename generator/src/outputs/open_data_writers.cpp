#include "outputs/open_data_writers.hpp"

#include "outputs/text_escape.hpp"

#include <stdexcept>

namespace gongkai::gen {

const DatasetSchema& dataset_schema(std::string_view name) {
    for (const DatasetSchema& d : open_data_schema())
        if (d.name == name) return d;
    throw std::logic_error("unknown open-data dataset: " + std::string(name));
}

void append_csv_header(std::string& out, const DatasetSchema& schema) {
    for (size_t i = 0; i < schema.fields.size(); ++i) {
        if (i) out += ',';
        append_csv_cell(out, schema.fields[i].name);
    }
    out += "\r\n";
}

void append_csv_row(std::string& out, const Row& row) {
    for (size_t i = 0; i < row.size(); ++i) {
        if (i) out += ',';
        const Cell& c = row[i];
        if (c.kind != Cell::Kind::list) {
            append_csv_cell(out, c.text);
            continue;
        }
        std::string joined;
        for (size_t k = 0; k < c.items.size(); ++k) {
            if (k) joined += ';';
            joined += c.items[k];
        }
        append_csv_cell(out, joined);
    }
    out += "\r\n";
}

void append_json_members(std::string& out, const DatasetSchema& schema, const Row& row, size_t first_field) {
    for (size_t i = first_field; i < row.size(); ++i) {
        if (i > first_field) out += ',';
        append_json_string(out, schema.fields[i].name);
        out += ':';
        const Cell& c = row[i];
        switch (c.kind) {
        case Cell::Kind::null: out += "null"; break;
        case Cell::Kind::string: append_json_string(out, c.text); break;
        case Cell::Kind::number:
        case Cell::Kind::boolean: out += c.text; break;
        case Cell::Kind::list:
            out += '[';
            for (size_t k = 0; k < c.items.size(); ++k) {
                if (k) out += ',';
                append_json_string(out, c.items[k]);
            }
            out += ']';
            break;
        }
    }
}

}  // namespace gongkai::gen
