// notices/feed.json (JSON Feed 1.1, https://jsonfeed.org/version/1.1).

#include "gongkai/urls.hpp"
#include "markdown/markdown.hpp"
#include "outputs/feeds_internal.hpp"

#include <nlohmann/json.hpp>

namespace gongkai::gen {

std::string render_json_feed(const RenderContext& ctx, const std::vector<size_t>& notices) {
    using nlohmann::json;
    const SiteConfig& cfg = ctx.site.config;
    const int offset = cfg.utc_offset_minutes;
    json items = json::array();
    for (size_t i : notices) {
        const Notice& n = ctx.site.notices[i];
        const std::string page = urls::absolute(cfg.base_url, urls::notice_page(n.id));
        json item = {{"id", page},
                     {"url", page},
                     {"title", n.title},
                     {"content_html", markdown_to_html(n.body)},
                     {"content_text", markdown_to_text(n.body)},
                     {"date_published", n.published.rfc3339(offset)},
                     {"tags", json::array({std::string(cfg.notice_category_label(n.category))})}};
        // Validity and priority have no JSON Feed field; extensions start with '_'.
        json extension = {{"category", n.category},
                          {"priority", std::string(id_of(n.priority))},
                          {"valid_from", n.valid_from.rfc3339(offset)},
                          {"units", n.units}};
        if (n.valid_until) extension["valid_until"] = n.valid_until->rfc3339(offset);
        if (!n.contact.empty()) extension["contact"] = n.contact;
        item["_gongkai"] = extension;
        items.push_back(std::move(item));
    }
    json feed = {{"version", "https://jsonfeed.org/version/1.1"},
                 {"title", feed_title(cfg)},
                 {"home_page_url", urls::absolute(cfg.base_url, urls::paged(urls::notices_dir, 1))},
                 {"feed_url", urls::absolute(cfg.base_url, "notices/feed.json")},
                 {"language", cfg.language},
                 {"authors", json::array({{{"name", cfg.title}, {"url", cfg.base_url}}})},
                 {"items", items}};
    if (!cfg.description.empty()) feed["description"] = cfg.description;
    return feed.dump(2) + "\n";
}

}  // namespace gongkai::gen
