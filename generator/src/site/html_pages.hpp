#pragma once
// The HTML pages of the default theme and its static assets.

#include "page_graph/output_plan.hpp"

#include <vector>

namespace gongkai::gen {

struct DatasetSchema;

// Home, case/project/notice/unit/content pages, paginated lists, notice print
// pages (with QR code), search page, 404. Plans nothing when ctx.theme is null.
void plan_html_pages(const RenderContext& ctx, OutputPlan& plan);
// Everything under the theme's static/ folder, copied to static/.
void plan_theme_assets(const RenderContext& ctx, OutputPlan& plan);
// data/index.html: the open-data downloads and their documented columns.
// Separate from plan_html_pages so the site part does not link the outputs
// part: the builder passes open_data_schema() (outputs/outputs.hpp).
// REQUIRES: `schema` outlives rendering.
void plan_open_data_page(const RenderContext& ctx, const std::vector<DatasetSchema>& schema, OutputPlan& plan);

}  // namespace gongkai::gen
