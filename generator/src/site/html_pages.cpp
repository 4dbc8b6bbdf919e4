#include "site/html_pages.hpp"

#include "site/planners.hpp"
#include "site/theme.hpp"

namespace gongkai::gen {

void plan_html_pages(const RenderContext& ctx, OutputPlan& plan) {
    if (!ctx.theme) return;
    auto shared = std::make_shared<const site::Shared>(ctx);
    site::plan_home(shared, plan);
    site::plan_case_lists(shared, plan);
    site::plan_case_pages(shared, plan);
    site::plan_project_pages(shared, plan);
    site::plan_notice_pages(shared, plan);
    site::plan_unit_pages(shared, plan);
    site::plan_other_pages(shared, plan);
}

void plan_theme_assets(const RenderContext& ctx, OutputPlan& plan) {
    if (!ctx.theme) return;
    const Theme* theme = ctx.theme;
    for (size_t i = 0; i < theme->static_files().size(); ++i) {
        const StaticFile& f = theme->static_files()[i];
        plan.push_back(PlannedFile{"static/" + f.path, hash_combine(hash64("static"), hash64(f.bytes)),
                                   [theme, i]() { return theme->static_files()[i].bytes; }});
    }
}

}  // namespace gongkai::gen
