#pragma once
// The three notice feeds share one selection: the newest notices by
// publication time.

#include "page_graph/output_plan.hpp"

#include <string>
#include <vector>

namespace gongkai::gen {

inline constexpr size_t kFeedSize = 50;

// `notices` index ctx.site.notices, newest published first.
std::string render_atom_feed(const RenderContext& ctx, const std::vector<size_t>& notices);
std::string render_json_feed(const RenderContext& ctx, const std::vector<size_t>& notices);
std::string render_ical_feed(const RenderContext& ctx, const std::vector<size_t>& notices);

// Host part of the site's base_url ("gongkai.example.gov.cn"), for UIDs.
std::string site_host(std::string_view base_url);

// Feed title shared by all three: "<site title> · 通知公告".
std::string feed_title(const SiteConfig& cfg);

}  // namespace gongkai::gen
