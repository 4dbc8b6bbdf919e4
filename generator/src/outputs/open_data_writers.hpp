#pragma once
// CSV and JSON text for open-data rows, appended to a string.

#include "outputs/open_data_rows.hpp"
#include "outputs/outputs.hpp"

#include <string>
#include <string_view>

namespace gongkai::gen {

// Excel only reads a CSV file as UTF-8 when it starts with a byte-order mark;
// without it Chinese text opens as mojibake on Chinese Windows (GBK default).
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The dataset of that name. REQUIRES: `name` is in open_data_schema().
const DatasetSchema& dataset_schema(std::string_view name);

// Header line of field names, CRLF-terminated (RFC 4180).
void append_csv_header(std::string& out, const DatasetSchema& schema);
// One record, CRLF-terminated. Lists are joined with ';', null is empty.
void append_csv_row(std::string& out, const Row& row);
// `"name":value` pairs for fields [first_field, end), comma-separated,
// without braces. REQUIRES: row.size() == schema.fields.size().
void append_json_members(std::string& out, const DatasetSchema& schema, const Row& row, size_t first_field = 0);

}  // namespace gongkai::gen
