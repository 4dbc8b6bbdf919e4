// The home dashboard: key figures, urgent notices, projects in progress and
// charts. It shows the build's date and site-wide figures, so it is rendered
// on every build (fingerprint 0).
#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"
#include "site/planners.hpp"
#include "site/record_data.hpp"
#include "site/svg.hpp"

#include <algorithm>

namespace gongkai::gen::site {

namespace {

constexpr size_t kHomeProjects = 6;
constexpr size_t kHomeCases = 8;

// The last 12 months up to the build date, oldest first.
std::vector<Period> last_twelve_months(Date today) {
    std::vector<Period> out;
    int y = today.year(), m = int(today.month());
    for (int k = 0; k < 12; ++k) {
        out.insert(out.begin(), Period{y, m});
        if (--m == 0) { m = 12; --y; }
    }
    return out;
}

void add_monthly_chart(const Shared& s, Data& d) {
    std::vector<BarGroup> groups;
    Data table = Data::list();
    for (const Period& p : last_twelve_months(s.ctx.now.date)) {
        const CaseFigures& f = s.ctx.stats.figures("", p);
        groups.push_back({std::to_string(p.month), {f.received, f.resolved}});
        table.push(Data::map().set("label", std::to_string(p.year) + "年" + std::to_string(p.month) + "月")
                       .set("received", f.received).set("resolved", f.resolved));
    }
    d.set("monthly_svg", column_chart_svg("chart-monthly", "近12个月受理与化解案件数",
                                          "每月受理和化解的案件数量，数据见下方表格。",
                                          {{"受理", "s1"}, {"化解", "s2"}}, groups));
    d.set("monthly_table", std::move(table));
}

void add_category_chart(const Shared& s, const CaseFigures& year, Data& d) {
    std::vector<BarGroup> rows;
    Data table = Data::list();
    for (const Category& c : s.site().config.case_categories) {
        auto it = year.by_category.find(c.id);
        const int n = it == year.by_category.end() ? 0 : it->second;
        rows.push_back({c.label, {n}});
        table.push(Data::map().set("label", c.label).set("count", n));
    }
    d.set("category_svg", bar_chart_svg("chart-category", "本年度各类案件数", "按类别统计的本年度受理案件数，数据见下方表格。", rows));
    d.set("category_table", std::move(table));
}

Data home_data(const Shared& s, const std::string& path) {
    const RenderContext& ctx = s.ctx;
    Data d = page_layer(s, path, s.site().config.title, kHome);
    show_updated(s, d);
    const int year = ctx.now.date.year();
    const CaseFigures& fy = ctx.stats.figures("", Period{year, 0});
    Data figures = figures_data(fy);
    figures.set("overdue_open", ctx.stats.figures("", Period::all()).overdue_open);
    d.set("year", year).set("figures", std::move(figures));

    Data urgent = Data::list();
    for (size_t i : ctx.index.notices_active)
        if (ctx.site.notices[i].priority == Priority::urgent) urgent.push(notice_row(s, i));
    d.set("has_urgent", urgent.size() > 0).set("urgent", std::move(urgent)).set("active_notices", ctx.index.notices_active.size());
    Data notices = Data::list();
    for (size_t k = 0; k < ctx.index.notices_active.size() && k < 5; ++k) notices.push(notice_row(s, ctx.index.notices_active[k]));
    d.set("has_notices", notices.size() > 0).set("notices", std::move(notices));

    Money investment;
    size_t in_progress = 0;
    Data projects = Data::list();
    for (size_t i : ctx.index.projects) {
        const Project& p = ctx.site.projects[i];
        investment.fen += p.budget.fen;
        if (p.status != ProjectStatus::in_progress) continue;
        ++in_progress;
        if (projects.size() < kHomeProjects) projects.push(project_row(s, i));
    }
    d.set("has_projects", projects.size() > 0).set("projects", std::move(projects)).set("projects_in_progress", in_progress);
    d.set("investment", investment.display_wan()).set("project_count", ctx.site.projects.size());

    Data cases = Data::list();
    for (size_t k = 0; k < ctx.index.cases.size() && k < kHomeCases; ++k) cases.push(Data::ref(case_row(s, ctx.index.cases[k])));
    d.set("has_cases", cases.size() > 0).set("cases", std::move(cases));
    add_monthly_chart(s, d);
    add_category_chart(s, fy, d);
    return d;
}

}  // namespace

void plan_home(const SharedPtr& shared, OutputPlan& plan) {
    add_page(plan, shared, urls::home(), 0, "home", home_data);
}

}  // namespace gongkai::gen::site
