#include "gongkai/hash.hpp"
#include "page_graph/site_index.hpp"
#include "outputs/feeds_internal.hpp"
#include "outputs/outputs.hpp"

#include <algorithm>
#include <memory>

namespace gongkai::gen {

std::string site_host(std::string_view base_url) {
    if (size_t scheme = base_url.find("://"); scheme != std::string_view::npos) base_url.remove_prefix(scheme + 3);
    return std::string(base_url.substr(0, base_url.find_first_of("/:")));
}

std::string feed_title(const SiteConfig& cfg) { return cfg.title + " · 通知公告"; }

void plan_feeds(const RenderContext& ctx, OutputPlan& plan) {
    const std::vector<size_t>& all = ctx.index.notices_by_published;
    auto selected = std::make_shared<const std::vector<size_t>>(all.begin(), all.begin() + std::min(all.size(), kFeedSize));

    uint64_t fp = hash_combine(ctx.global_fingerprint, hash64("notice-feeds"));
    for (size_t i : *selected) fp = hash_combine(fp, ctx.site.notices[i].content_hash);
    // An empty feed is stamped with the build time instead of a notice's.
    if (selected->empty()) fp = hash_combine(fp, static_cast<uint64_t>(ctx.now.minutes_since_epoch()));

    const RenderContext* c = &ctx;
    plan.push_back({"notices/feed.atom", hash_combine(fp, 1), [c, selected] { return render_atom_feed(*c, *selected); }});
    plan.push_back({"notices/feed.json", hash_combine(fp, 2), [c, selected] { return render_json_feed(*c, *selected); }});
    plan.push_back({"notices/notices.ics", hash_combine(fp, 3), [c, selected] { return render_ical_feed(*c, *selected); }});
}

}  // namespace gongkai::gen
