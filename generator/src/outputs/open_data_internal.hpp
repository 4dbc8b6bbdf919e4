#pragma once
// Pieces of plan_open_data that live in their own files.

#include "page_graph/output_plan.hpp"

#include <cstdint>
#include <string>

namespace gongkai::gen {

// data/schema.json: a Frictionless Data Package describing every CSV table,
// with the site's category ids filled in as allowed values.
std::string render_open_data_package(const SiteConfig& cfg);

// data/open311/requests.json and data/open311/services.json (GeoReport v2).
// `cases_fingerprint` covers every case and its verdict.
void plan_open311(const RenderContext& ctx, OutputPlan& plan, uint64_t cases_fingerprint);

// Fingerprint of everything a case table shows: each case's content and its
// build-date-dependent verdict.
uint64_t cases_fingerprint(const RenderContext& ctx);

}  // namespace gongkai::gen
