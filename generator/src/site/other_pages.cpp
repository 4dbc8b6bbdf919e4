// Content pages, the search page and the 404 page.
#include "gongkai/urls.hpp"
#include "markdown/markdown.hpp"
#include "site/planners.hpp"

namespace gongkai::gen::site {

void plan_other_pages(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    for (size_t i = 0; i < ctx.site.pages.size(); ++i) {
        const Page& p = ctx.site.pages[i];
        Fingerprint fp(ctx, "content");
        fp.add(p.content_hash);
        add_page(plan, shared, urls::content_page(p.id), fp.value(), "content", [i](const Shared& s, const std::string& path) {
            const Page& p = s.site().pages[i];
            Data d = page_layer(s, path, p.title, "page:" + p.id);
            d.set("body_html", markdown_to_html(p.body));
            return d;
        });
    }
    add_page(plan, shared, "search/index.html", Fingerprint(ctx, "search").value(), "search",
             [](const Shared& s, const std::string& path) { return page_layer(s, path, "搜索", kSearch); });
    // Served for any missing path at any depth, so its links are absolute.
    add_page(plan, shared, "404.html", Fingerprint(ctx, "404").value(), "not_found",
             [](const Shared& s, const std::string& path) {
                 Data d = page_layer(s, path, "页面不存在", "");
                 d.set("root", s.site().config.base_url);
                 return d;
             });
}

}  // namespace gongkai::gen::site
