// The unit tree and one page per unit: its figures, child units, notices,
// projects and recent cases.
#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"
#include "site/planners.hpp"
#include "site/record_data.hpp"

#include <algorithm>

namespace gongkai::gen::site {

namespace {

constexpr size_t kRecentCases = 10;

const std::vector<size_t>& list_or_empty(const std::map<std::string, std::vector<size_t>>& m, const std::string& key) {
    static const std::vector<size_t> none;
    auto it = m.find(key);
    return it == m.end() ? none : it->second;
}

const std::vector<std::string>& children_of(const SiteIndex& ix, const std::string& id) {
    static const std::vector<std::string> none;
    auto it = ix.unit_children.find(id);
    return it == ix.unit_children.end() ? none : it->second;
}

Data tree_node(const Shared& s, const Unit& u) {
    Data node = Data::map();
    node.set("name", u.name).set("kind", label(u.kind)).set("href", urls::unit_page(u.id));
    Data children = Data::list();
    for (const std::string& child : children_of(s.ctx.index, u.id))
        if (const Unit* c = s.site().config.find_unit(child)) children.push(tree_node(s, *c));
    node.set("has_children", children.size() > 0).set("children", std::move(children));
    return node;
}

// Active and upcoming notices addressed to the unit (the index keeps all states).
std::vector<size_t> current_notices(const RenderContext& ctx, const std::string& unit) {
    const std::vector<size_t>& mine = list_or_empty(ctx.index.notices_by_unit, unit);
    std::vector<size_t> out;
    for (const auto* list : {&ctx.index.notices_active, &ctx.index.notices_upcoming})
        for (size_t i : *list)
            if (std::find(mine.begin(), mine.end(), i) != mine.end()) out.push_back(i);
    return out;
}

void plan_tree(const SharedPtr& shared, OutputPlan& plan) {
    Fingerprint fp(shared->ctx, "unit-tree");
    add_page(plan, shared, urls::paged(urls::units_dir, 1), fp.value(), "unit_list",
             [](const Shared& s, const std::string& path) {
                 Data d = page_layer(s, path, "辖区单位", kUnits);
                 Data roots = Data::list();
                 for (const Unit& u : s.site().config.units)
                     if (u.parent.empty()) roots.push(tree_node(s, u));
                 d.set("children", std::move(roots));
                 return d;
             });
}

}  // namespace

void plan_unit_pages(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    plan_tree(shared, plan);
    const Period this_year{ctx.now.date.year(), 0};
    for (const Unit& unit : ctx.site.config.units) {
        const std::vector<size_t>& cases = list_or_empty(ctx.index.cases_by_unit, unit.id);
        const std::vector<size_t>& projects = list_or_empty(ctx.index.projects_by_unit, unit.id);
        auto notices = std::make_shared<const std::vector<size_t>>(current_notices(ctx, unit.id));
        const size_t recent = std::min(cases.size(), kRecentCases);
        Fingerprint fp(ctx, "unit");
        fp.add(unit.id).add(uint64_t(this_year.year));
        fp.add(figures_hash(ctx.stats.figures(unit.id, Period::all())));
        fp.add(figures_hash(ctx.stats.figures(unit.id, this_year)));
        for (size_t k = 0; k < recent; ++k) add_case(fp, *shared, cases[k]);
        fp.add("projects");
        for (size_t i : projects) add_project(fp, *shared, i);
        fp.add("notices");
        for (size_t i : *notices) add_notice(fp, *shared, i);
        add_page(plan, shared, urls::unit_page(unit.id), fp.value(), "unit",
                 [id = unit.id, notices, this_year, recent](const Shared& s, const std::string& path) {
                     const RenderContext& c = s.ctx;
                     const Unit& u = *s.site().config.find_unit(id);
                     Data d = page_layer(s, path, u.name, kUnits);
                     d.set("name", u.name).set("kind", label(u.kind)).set("year", this_year.year);
                     Data ancestors = Data::list();
                     const std::vector<std::string>& up = c.index.unit_ancestors.count(id) ? c.index.unit_ancestors.at(id)
                                                                                          : std::vector<std::string>{};
                     for (auto a = up.rbegin(); a != up.rend(); ++a)
                         ancestors.push(Data::map().set("name", s.unit_name(*a)).set("href", urls::unit_page(*a)));
                     d.set("has_ancestors", ancestors.size() > 0).set("ancestors", std::move(ancestors));
                     Data children = Data::list();
                     for (const std::string& child : children_of(c.index, id))
                         children.push(Data::map().set("name", s.unit_name(child)).set("href", urls::unit_page(child)));
                     d.set("has_children", children.size() > 0).set("children", std::move(children));
                     d.set("figures", figures_data(c.stats.figures(id, Period::all())));
                     d.set("figures_year", figures_data(c.stats.figures(id, this_year)));
                     Data notice_rows = Data::list();
                     for (size_t i : *notices) notice_rows.push(notice_row(s, i));
                     d.set("has_notices", notice_rows.size() > 0).set("notices", std::move(notice_rows)).set("notices_href", urls::notices_by_unit_page(id));
                     Data project_rows = Data::list();
                     for (size_t i : list_or_empty(c.index.projects_by_unit, id)) project_rows.push(project_row(s, i));
                     d.set("has_projects", project_rows.size() > 0).set("projects", std::move(project_rows));
                     const std::vector<size_t>& cases = list_or_empty(c.index.cases_by_unit, id);
                     Data case_rows = Data::list();
                     for (size_t k = 0; k < recent; ++k) case_rows.push(Data::ref(case_row(s, cases[k])));
                     d.set("has_cases", case_rows.size() > 0).set("cases", std::move(case_rows)).set("case_count", cases.size());
                     d.set("cases_href", urls::paged(cases.size() == c.index.cases.size()
                                                         ? std::string(urls::cases_dir)
                                                         : urls::cases_by_unit_dir(id),
                                                     1));
                     return d;
                 });
    }
}

}  // namespace gongkai::gen::site
