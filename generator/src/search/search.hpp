#pragma once
// The static search index read by themes/default/static/search.js.

#include "page_graph/output_plan.hpp"

namespace gongkai::gen {

// search/index.json, search/SET/shard-NNN.json, search/docs/SET-NNNN.json.
void plan_search_index(const RenderContext& ctx, OutputPlan& plan);

}  // namespace gongkai::gen
