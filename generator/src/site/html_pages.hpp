#pragma once
// The HTML pages of the default theme and its static assets.

#include "model/output_plan.hpp"

namespace gongkai::gen {

// Home, case/project/notice/unit/content pages, paginated lists, notice print
// pages (with QR code), search page, 404.
void plan_html_pages(const RenderContext& ctx, OutputPlan& plan);
// Everything under the theme's static/ folder, copied to static/.
void plan_theme_assets(const RenderContext& ctx, OutputPlan& plan);

}  // namespace gongkai::gen
