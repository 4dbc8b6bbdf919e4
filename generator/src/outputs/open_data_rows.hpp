#pragma once
// Records flattened to rows of typed cells, in the field order of
// open_data_schema(), so the CSV and JSON writers share one definition.

#include "page_graph/output_plan.hpp"

#include <string>
#include <vector>

namespace gongkai::gen {

struct Cell {
    enum class Kind { null, string, number, boolean, list };
    Kind kind = Kind::null;
    std::string text;                // string, number ("1200000.50") or boolean ("true")
    std::vector<std::string> items;  // list
};
using Row = std::vector<Cell>;

// `i` indexes ctx.site.cases (and ctx.timings).
Row case_row(const RenderContext& ctx, size_t i);
std::vector<Row> case_timeline_rows(const Case& c);
// `i` indexes ctx.site.projects.
Row project_row(const RenderContext& ctx, size_t i);
std::vector<Row> project_funding_rows(const Project& p);
std::vector<Row> project_milestone_rows(const Project& p);
std::vector<Row> project_quantity_rows(const Project& p);
// `i` indexes ctx.site.notices; `state` is as of ctx.now.
Row notice_row(const RenderContext& ctx, size_t i);
Row unit_row(const RenderContext& ctx, const Unit& u);

}  // namespace gongkai::gen
