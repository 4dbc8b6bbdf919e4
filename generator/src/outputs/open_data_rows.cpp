#include "outputs/open_data_rows.hpp"

#include "gongkai/urls.hpp"

namespace gongkai::gen {

namespace {

Cell str(std::string_view s) { return Cell{Cell::Kind::string, std::string(s), {}}; }
Cell null() { return Cell{}; }
Cell number(int64_t n) { return Cell{Cell::Kind::number, std::to_string(n), {}}; }
Cell boolean(bool b) { return Cell{Cell::Kind::boolean, b ? "true" : "false", {}}; }
Cell list(std::vector<std::string> items) { return Cell{Cell::Kind::list, {}, std::move(items)}; }
Cell money(const Money& m) { return Cell{Cell::Kind::number, m.plain_yuan(), {}}; }
Cell opt_money(const std::optional<Money>& m) { return m ? money(*m) : null(); }
Cell opt_date(const std::optional<Date>& d) { return d ? str(d->iso()) : null(); }
Cell opt_int(const std::optional<int>& n) { return n ? number(*n) : null(); }
Cell opt_text(std::string_view s) { return s.empty() ? null() : str(s); }

std::string unit_name(const SiteConfig& cfg, std::string_view id) {
    const Unit* u = cfg.find_unit(id);
    return u ? u->name : std::string(id);
}

std::string level_label(const SiteConfig& cfg, std::string_view id) {
    const DeadlineClass* d = cfg.find_deadline_class(id);
    return d ? d->label : std::string(id);
}

}  // namespace

Row case_row(const RenderContext& ctx, size_t i) {
    const Case& c = ctx.site.cases[i];
    const CaseTiming& t = ctx.timings[i];
    const SiteConfig& cfg = ctx.site.config;
    return {
        str(c.id),
        str(c.title),
        str(c.unit),
        str(unit_name(cfg, c.unit)),
        str(c.category),
        str(cfg.case_category_label(c.category)),
        str(id_of(c.channel)),
        str(c.level),
        str(level_label(cfg, c.level)),
        str(c.received.iso()),
        opt_date(c.responded),
        opt_date(c.closed),
        str(id_of(c.status)),
        str(id_of(c.satisfaction)),
        opt_money(c.amount_recovered),
        str(t.deadline.iso()),
        str(id_of(t.verdict)),
        opt_int(t.working_days_to_response),
        opt_int(t.working_days_to_close),
        str(urls::absolute(cfg.base_url, urls::case_page(c.id))),
        opt_text(c.body),
    };
}

std::vector<Row> case_timeline_rows(const Case& c) {
    std::vector<Row> rows;
    for (const TimelineEntry& e : c.timeline) rows.push_back({str(c.id), str(e.date.iso()), str(e.step), opt_text(e.note)});
    return rows;
}

Row project_row(const RenderContext& ctx, size_t i) {
    const Project& p = ctx.site.projects[i];
    const SiteConfig& cfg = ctx.site.config;
    std::vector<std::string> names;
    for (const std::string& u : p.units) names.push_back(unit_name(cfg, u));
    return {
        str(p.id),
        str(p.title),
        list(p.units),
        list(std::move(names)),
        str(p.category),
        str(cfg.project_category_label(p.category)),
        str(id_of(p.status)),
        money(p.budget),
        opt_money(p.spent),
        p.beneficiaries ? number(*p.beneficiaries) : null(),
        opt_date(p.start),
        opt_date(p.planned_end),
        opt_date(p.completed),
        number(p.progress),
        str(urls::absolute(cfg.base_url, urls::project_page(p.id))),
        opt_text(p.body),
    };
}

std::vector<Row> project_funding_rows(const Project& p) {
    std::vector<Row> rows;
    for (const Funding& f : p.funding) rows.push_back({str(p.id), str(f.source), money(f.amount)});
    return rows;
}

std::vector<Row> project_milestone_rows(const Project& p) {
    std::vector<Row> rows;
    for (const Milestone& m : p.milestones) rows.push_back({str(p.id), str(m.date.iso()), str(m.title), boolean(m.done)});
    return rows;
}

std::vector<Row> project_quantity_rows(const Project& p) {
    std::vector<Row> rows;
    for (const Quantity& q : p.quantities) rows.push_back({str(p.id), str(q.item), number(q.count), str(q.unit)});
    return rows;
}

Row notice_row(const RenderContext& ctx, size_t i) {
    const Notice& n = ctx.site.notices[i];
    const SiteConfig& cfg = ctx.site.config;
    const int offset = cfg.utc_offset_minutes;
    return {
        str(n.id),
        str(n.title),
        str(n.category),
        str(cfg.notice_category_label(n.category)),
        list(n.units),
        str(n.published.rfc3339(offset)),
        str(n.valid_from.rfc3339(offset)),
        n.valid_until ? str(n.valid_until->rfc3339(offset)) : null(),
        str(id_of(n.priority)),
        opt_text(n.contact),
        str(id_of(notice_state(n, ctx.now))),
        str(urls::absolute(cfg.base_url, urls::notice_page(n.id))),
        opt_text(n.body),
    };
}

Row unit_row(const RenderContext& ctx, const Unit& u) {
    return {
        str(u.id),
        str(u.name),
        str(id_of(u.kind)),
        opt_text(u.parent),
        number(u.depth),
        str(urls::absolute(ctx.site.config.base_url, urls::unit_page(u.id))),
    };
}

}  // namespace gongkai::gen
