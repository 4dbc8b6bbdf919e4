// Paged case lists: all cases, and per category, unit, year and month, each
// with the published figures for its scope.
#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"
#include "site/planners.hpp"
#include "site/record_data.hpp"

#include <algorithm>

namespace gongkai::gen::site {

namespace {

struct ListScope {
    std::string dir;
    std::string title;
    const std::vector<size_t>* cases = nullptr;
    const CaseFigures* figures = nullptr;  // null when there are no published figures for the scope
    std::string unit_id;                   // set for unit lists: link back to the unit page
};

// Links to the other case lists, shown on every list page.
Data filter_links(const RenderContext& ctx) {
    Data d = Data::map();
    Data categories = Data::list();
    for (const Category& cat : ctx.site.config.case_categories)
        if (ctx.index.cases_by_category.count(cat.id))
            categories.push(Data::map().set("label", cat.label).set("href", urls::paged(urls::cases_by_category_dir(cat.id), 1)));
    Data years = Data::list();
    for (auto it = ctx.index.cases_by_year.rbegin(); it != ctx.index.cases_by_year.rend(); ++it) {
        const int year = it->first;
        Data months = Data::list();
        for (auto m = ctx.index.cases_by_month.lower_bound({year, 0});
             m != ctx.index.cases_by_month.end() && m->first.first == year; ++m)
            months.push(Data::map().set("label", std::to_string(m->first.second) + "月")
                            .set("href", urls::paged(urls::cases_by_month_dir(year, m->first.second), 1)));
        years.push(Data::map().set("label", std::to_string(year) + "年")
                       .set("href", urls::paged(urls::cases_by_year_dir(year), 1))
                       .set("months", std::move(months)));
    }
    d.set("categories", std::move(categories)).set("years", std::move(years));
    return d;
}

uint64_t filter_hash(const RenderContext& ctx) {
    uint64_t h = hash64("case-filters");
    for (const auto& [id, list] : ctx.index.cases_by_category) h = hash_combine(h, hash64(id));
    for (const auto& [ym, list] : ctx.index.cases_by_month) h = hash_combine(h, uint64_t(ym.first * 100 + ym.second));
    return h;
}

void plan_list(const SharedPtr& shared, OutputPlan& plan, const ListScope& scope,
               const std::shared_ptr<const Data>& filters, uint64_t filters_fp) {
    const RenderContext& ctx = shared->ctx;
    const std::vector<size_t>& cases = *scope.cases;
    const int pages = page_count(cases.size());
    for (int page = 1; page <= pages; ++page) {
        const size_t begin = size_t(page - 1) * kListPageSize;
        const size_t end = std::min(cases.size(), begin + kListPageSize);
        Fingerprint fp(ctx, "case-list");
        fp.add(scope.dir).add(scope.title).add(uint64_t(page)).add(uint64_t(pages)).add(uint64_t(cases.size()));
        fp.add(filters_fp).add(scope.figures ? figures_hash(*scope.figures) : 0);
        for (size_t k = begin; k < end; ++k) add_case(fp, *shared, cases[k]);
        add_page(plan, shared, urls::paged(scope.dir, page), fp.value(), "case_list",
                 [scope, page, pages, begin, end, filters](const Shared& s, const std::string& path) {
                     const std::string title = page > 1 ? scope.title + "（第" + std::to_string(page) + "页）" : scope.title;
                     Data d = page_layer(s, path, title, kCases);
                     d.set("heading", scope.title).set("count", scope.cases->size());
                     d.set("figures", scope.figures ? figures_data(*scope.figures) : Data());
                     d.set("has_figures", scope.figures != nullptr);
                     d.set("unit_href", scope.unit_id.empty() ? std::string() : urls::unit_page(scope.unit_id));
                     Data rows = Data::list();
                     for (size_t k = begin; k < end; ++k) rows.push(Data::ref(case_row(s, (*scope.cases)[k])));
                     d.set("has_cases", rows.size() > 0).set("cases", std::move(rows));
                     d.set("pagination", pagination(scope.dir, page, pages));
                     d.set("filters", Data::ref(*filters));
                     return d;
                 });
    }
}

}  // namespace

void plan_case_lists(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    const SiteIndex& ix = ctx.index;
    auto filters = std::make_shared<const Data>(filter_links(ctx));
    const uint64_t filters_fp = filter_hash(ctx);
    plan_list(shared, plan, {std::string(urls::cases_dir), "全部案件", &ix.cases, &ctx.stats.figures("", Period::all()), ""},
              filters, filters_fp);
    for (const auto& [category, cases] : ix.cases_by_category)
        plan_list(shared, plan,
                  {urls::cases_by_category_dir(category),
                   "案件：" + std::string(ctx.site.config.case_category_label(category)), &cases, nullptr, ""},
                  filters, filters_fp);
    for (const auto& [unit, cases] : ix.cases_by_unit)
        // A unit holding every case (the district at the root) would repeat
        // the main list page for page; its links point at the main list.
        if (cases.size() != ix.cases.size())
        plan_list(shared, plan,
                  {urls::cases_by_unit_dir(unit), std::string(shared->unit_name(unit)) + "的案件", &cases,
                   &ctx.stats.figures(unit, Period::all()), unit},
                  filters, filters_fp);
    for (const auto& [year, cases] : ix.cases_by_year)
        plan_list(shared, plan,
                  {urls::cases_by_year_dir(year), std::to_string(year) + "年案件", &cases,
                   &ctx.stats.figures("", Period{year, 0}), ""},
                  filters, filters_fp);
    for (const auto& [ym, cases] : ix.cases_by_month)
        plan_list(shared, plan,
                  {urls::cases_by_month_dir(ym.first, ym.second),
                   std::to_string(ym.first) + "年" + std::to_string(ym.second) + "月案件", &cases,
                   &ctx.stats.figures("", Period{ym.first, ym.second}), ""},
                  filters, filters_fp);
}

int page_count(size_t count) { return count == 0 ? 1 : int((count + kListPageSize - 1) / kListPageSize); }

}  // namespace gongkai::gen::site
