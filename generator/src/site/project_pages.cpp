// The project list (with progress) and one page per project.
#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"
#include "markdown/markdown.hpp"
#include "site/planners.hpp"
#include "site/record_data.hpp"
#include "site/svg.hpp"

#include <algorithm>

namespace gongkai::gen::site {

namespace {

std::string percent_of(const Money& part, const Money& whole) {
    if (whole.fen <= 0) return "—";
    return display_percent(double(part.fen) / double(whole.fen));
}

Data project_detail(const Shared& s, size_t i) {
    const Project& p = s.site().projects[i];
    Data d = project_row(s, i);
    Data units = Data::list();
    for (const std::string& u : p.units)
        units.push(Data::map().set("name", s.unit_name(u)).set("href", urls::unit_page(u)));
    d.set("unit_links", std::move(units));
    Data funding = Data::list();
    std::vector<BarGroup> shares;
    for (size_t k = 0; k < p.funding.size(); ++k) {
        const Funding& f = p.funding[k];
        funding.push(Data::map().set("source", f.source).set("amount", yuan(f.amount))
                         .set("share", percent_of(f.amount, p.budget)).set("swatch", "p" + std::to_string(k % 6)));
        shares.push_back({f.source, {f.amount.fen}});
    }
    d.set("has_funding", funding.size() > 0).set("funding", std::move(funding));
    d.set("funding_svg", p.funding.empty() ? std::string() : share_bar_svg("funding", "资金来源构成", shares));
    d.set("spent", p.spent ? yuan(*p.spent) : std::string("—"));
    d.set("spent_share", p.spent ? percent_of(*p.spent, p.budget) : std::string("—"));
    d.set("beneficiaries", p.beneficiaries ? std::to_string(*p.beneficiaries) + " 人" : std::string("—"));
    d.set("start", p.start ? display_date(*p.start) : std::string("—"));
    d.set("planned_end", p.planned_end ? display_date(*p.planned_end) : std::string("—"));
    d.set("completed", p.completed ? display_date(*p.completed) : std::string());
    Data milestones = Data::list();
    for (const Milestone& m : p.milestones)
        milestones.push(Data::map().set("date", display_date(m.date)).set("date_iso", m.date.iso())
                            .set("title", m.title).set("done", m.done));
    d.set("has_milestones", milestones.size() > 0).set("milestones", std::move(milestones));
    Data quantities = Data::list();
    for (const Quantity& q : p.quantities)
        quantities.push(Data::map().set("item", q.item).set("count", q.count).set("unit", q.unit));
    d.set("has_quantities", quantities.size() > 0).set("quantities", std::move(quantities));
    d.set("body_html", markdown_to_html(p.body));
    return d;
}

}  // namespace

void plan_project_pages(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    const std::vector<size_t>& all = ctx.index.projects;
    const int pages = page_count(all.size());
    for (int page = 1; page <= pages; ++page) {
        const size_t begin = size_t(page - 1) * kListPageSize;
        const size_t end = std::min(all.size(), begin + kListPageSize);
        Fingerprint fp(ctx, "project-list");
        fp.add(uint64_t(page)).add(uint64_t(pages));
        for (size_t k = begin; k < end; ++k) add_project(fp, *shared, all[k]);
        add_page(plan, shared, urls::paged(urls::projects_dir, page), fp.value(), "project_list",
                 [page, pages, begin, end](const Shared& s, const std::string& path) {
                     Data d = page_layer(s, path, page > 1 ? "民生项目（第" + std::to_string(page) + "页）" : "民生项目", kProjects);
                     Data rows = Data::list();
                     for (size_t k = begin; k < end; ++k) rows.push(project_row(s, s.ctx.index.projects[k]));
                     d.set("projects", std::move(rows)).set("count", s.ctx.index.projects.size());
                     d.set("pagination", pagination(urls::projects_dir, page, pages));
                     return d;
                 });
    }
    for (size_t i : all) {
        Fingerprint fp(ctx, "project");
        add_project(fp, *shared, i);
        add_page(plan, shared, urls::project_page(ctx.site.projects[i].id), fp.value(), "project",
                 [i](const Shared& s, const std::string& path) {
                     Data d = page_layer(s, path, s.site().projects[i].title, kProjects);
                     d.set("project", project_detail(s, i));
                     return d;
                 });
    }
}

}  // namespace gongkai::gen::site
