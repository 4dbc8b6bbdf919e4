#pragma once
// The case fields shared by Markdown cases and CSV register rows.

#include "content/fields.hpp"
#include "gongkai/records.hpp"

#include <array>
#include <string_view>

namespace gongkai::gen {

// Field names a CSV register may use as columns, in the documented order.
inline constexpr std::array<std::string_view, 13> case_csv_columns{
    "id",     "title",  "unit",         "category",         "channel", "level",  "received",
    "responded", "closed", "status", "satisfaction", "amount_recovered", "summary"};

// Reads every field except `timeline` and the body into `c`.
void read_case_fields(Fields& f, Case& c);

}  // namespace gongkai::gen
