#include "screens/view_models.hpp"

#include "screens/strings.hpp"

#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"

#include <algorithm>
#include <cstdio>

namespace gongkai::kiosk {
namespace {

std::string s(std::string_view v) { return std::string(v); }

std::string count(int64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    int k = 0;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it, ++k) {
        if (k && k % 3 == 0) out.insert(out.begin(), ',');
        out.insert(out.begin(), *it);
    }
    return out;
}

std::string label_of(const std::vector<Category>& cats, const std::string& id) {
    for (const auto& c : cats)
        if (c.id == id) return c.label;
    return id;
}

std::string unit_name(const std::vector<Unit>& units, const std::string& id) {
    for (const auto& u : units)
        if (u.id == id) return u.name;
    return id;
}

std::string validity(const NoticeSummary& n) {
    std::string out = display_date_time(n.valid_from) + " 起";
    if (n.valid_until) {
        out += "，至" + display_end(*n.valid_until) + "止";
    } else {
        out += "，" + s(ui::until_further);
    }
    return out;
}

ListRow notice_row(const NoticeSummary& n, const std::vector<Category>& cats) {
    ListRow r;
    r.id = n.id;
    r.title = n.title;
    r.detail = label_of(cats, n.category) + " · " + validity(n);
    r.urgent = n.priority == Priority::urgent;
    if (r.urgent) r.badge = s(label(Priority::urgent));
    return r;
}

ListRow project_row(const ProjectSummary& p, const std::vector<Category>& cats) {
    ListRow r;
    r.id = p.id;
    r.title = p.title;
    r.detail = label_of(cats, p.category) + " · " + s(ui::budget) + " " + p.budget.display_wan() + s(ui::unit_yuan);
    r.badge = s(label(p.status));
    r.progress = p.progress;
    return r;
}

std::vector<Figure> case_figures(const CaseFigures& f) {
    return {{s(ui::fig_received), count(f.received), s(ui::unit_cases)},
            {s(ui::fig_resolved), count(f.resolved), s(ui::unit_cases)},
            {s(ui::fig_resolution_rate), display_percent(f.resolution_rate), ""},
            {s(ui::fig_on_time_rate), display_percent(f.on_time_rate), ""}};
}

std::string year_label(int year) { return std::to_string(year) + "年"; }

}  // namespace

std::string display_now(DateTime now) {
    return display_date(now.date) + " " + s(weekday_label(now.date.weekday())) + " " + now.hhmm();
}

std::string data_as_of(const SnapshotMeta& meta) {
    return s(ui::data_as_of) + display_date_time(meta.generated_local);
}

HomeModel home_model(const SnapshotReader& snap, DateTime now) {
    HomeModel m;
    m.centre_name = snap.meta().kiosk.centre_name.empty() ? snap.meta().site_title : snap.meta().kiosk.centre_name;
    m.date_line = display_now(now);
    CaseFigures year = snap.figures("", Period{now.date.year(), 0});
    m.figures = case_figures(year);
    for (auto& f : m.figures) f.label = year_label(now.date.year()) + f.label;
    auto projects = snap.projects();
    m.figures.push_back({s(ui::fig_projects), count(int64_t(projects.size())), s(ui::unit_items)});
    m.figures.push_back({s(ui::fig_investment), snap.total_budget().display_wan(), s(ui::unit_yuan)});
    auto active = snap.notices(NoticeState::active, now);
    m.figures.push_back({s(ui::fig_active_notices), count(int64_t(active.size())), s(ui::unit_items)});
    auto cats = snap.categories("notices");
    for (const auto& n : active)
        if (n.priority == Priority::urgent) m.ticker.push_back(notice_row(n, cats));
    return m;
}

NoticeListModel notice_list_model(const SnapshotReader& snap, DateTime now) {
    NoticeListModel m;
    auto cats = snap.categories("notices");
    auto active = snap.notices(NoticeState::active, now);
    // Urgent ones lead whatever their category; then one section per category
    // in site.yaml order.
    Section urgent{s(label(Priority::urgent)) + " · " + s(ui::notices_active), {}};
    for (const auto& n : active)
        if (n.priority == Priority::urgent) urgent.rows.push_back(notice_row(n, cats));
    if (!urgent.rows.empty()) m.sections.push_back(std::move(urgent));
    std::vector<std::string> order;
    for (const auto& c : cats) order.push_back(c.id);
    for (const auto& n : active)
        if (std::find(order.begin(), order.end(), n.category) == order.end()) order.push_back(n.category);
    for (const auto& cat : order) {
        Section sec{label_of(cats, cat) + " · " + s(ui::notices_active), {}};
        for (const auto& n : active)
            if (n.category == cat && n.priority != Priority::urgent) sec.rows.push_back(notice_row(n, cats));
        if (!sec.rows.empty()) m.sections.push_back(std::move(sec));
    }
    Section upcoming{s(ui::notices_upcoming), {}};
    for (const auto& n : snap.notices(NoticeState::upcoming, now)) upcoming.rows.push_back(notice_row(n, cats));
    if (!upcoming.rows.empty()) m.sections.push_back(std::move(upcoming));
    Section expired{s(ui::notices_expired), {}};
    for (const auto& n : snap.notices(NoticeState::expired, now)) {
        if (expired.rows.size() >= 10) break;
        expired.rows.push_back(notice_row(n, cats));
    }
    if (!expired.rows.empty()) m.sections.push_back(std::move(expired));
    return m;
}

std::optional<NoticeDetailModel> notice_detail_model(const SnapshotReader& snap, const std::string& id,
                                                     DateTime now) {
    auto n = snap.notice(id);
    if (!n) return std::nullopt;
    NoticeDetailModel m;
    m.id = n->id;
    m.title = n->title;
    m.urgent = n->priority == Priority::urgent;
    m.badge = s(label(notice_state(*n, now)));
    if (m.urgent) m.badge = s(label(Priority::urgent)) + " · " + m.badge;
    NoticeSummary sum{n->id, n->title, n->category, n->priority, n->valid_from, n->valid_until};
    auto units = snap.units();
    std::string audience;
    for (const auto& u : n->units) audience += (audience.empty() ? "" : "、") + unit_name(units, u);
    m.fields = {{s(ui::category), label_of(snap.categories("notices"), n->category)},
                {s(ui::valid_period), validity(sum)},
                {s(ui::audience), audience.empty() ? s(ui::whole_site) : audience}};
    if (!n->contact.empty()) m.fields.push_back({s(ui::contact), n->contact});
    m.body_markdown = n->body;
    m.qr_url = urls::absolute(snap.meta().base_url, urls::notice_page(n->id));
    return m;
}

CasesModel cases_model(const SnapshotReader& snap, DateTime now) {
    CasesModel m;
    int year = now.date.year();
    m.period_label = year_label(year);
    CaseFigures f = snap.figures("", Period{year, 0});
    m.figures = case_figures(f);
    m.figures.push_back({s(ui::fig_overdue), count(f.overdue_open), s(ui::unit_cases)});
    for (const auto& dc : snap.deadline_classes()) {
        auto it = f.by_level.find(dc.id);
        int n = it == f.by_level.end() ? 0 : it->second;
        m.by_level.push_back(ListRow{dc.id, dc.label, count(n) + s(ui::unit_cases), dc.promise, false, -1});
    }
    for (const auto& c : snap.categories("cases")) {
        auto it = f.by_category.find(c.id);
        int n = it == f.by_category.end() ? 0 : it->second;
        m.by_category.push_back(ListRow{c.id, c.label, count(n) + s(ui::unit_cases), "", false, -1});
    }
    return m;
}

CaseListModel case_list_model(const SnapshotReader& snap, const std::string& category, const std::string& level,
                              int page, int page_size) {
    CaseListModel m;
    auto cats = snap.categories("cases");
    m.heading = s(ui::cases_all);
    if (!category.empty()) m.heading = label_of(cats, category);
    for (const auto& dc : snap.deadline_classes())
        if (!level.empty() && dc.id == level) m.heading = dc.label;
    CaseFilter filter{"", category, level};
    m.total = snap.case_count(filter);
    m.pages = std::max<int>(1, int((m.total + page_size - 1) / page_size));
    m.page = std::clamp(page, 0, m.pages - 1);
    auto units = snap.units();
    for (const auto& c : snap.cases(filter, int64_t(m.page) * page_size, page_size)) {
        ListRow r;
        r.id = c.id;
        r.title = c.title;
        r.detail = c.received.iso() + " · " + unit_name(units, c.unit) + " · " + label_of(cats, c.category);
        r.badge = s(label(c.status));
        r.urgent = c.verdict == Verdict::overdue;
        m.rows.push_back(std::move(r));
    }
    return m;
}

std::optional<CaseDetailModel> case_detail_model(const SnapshotReader& snap, const std::string& id) {
    auto d = snap.case_detail(id);
    if (!d) return std::nullopt;
    const Case& c = d->record;
    CaseDetailModel m;
    m.id = c.id;
    m.title = c.title;
    m.badge = s(label(c.status));
    std::string level = c.level, promise;
    for (const auto& dc : snap.deadline_classes())
        if (dc.id == c.level) {
            level = dc.label;
            promise = dc.promise;
        }
    m.fields = {{s(ui::unit), unit_name(snap.units(), c.unit)},
                {s(ui::category), label_of(snap.categories("cases"), c.category)},
                {s(ui::channel), s(label(c.channel))},
                {s(ui::level), promise.empty() ? level : level + "（" + promise + "）"},
                {s(ui::received), display_date(c.received)},
                {s(ui::deadline), display_date(d->timing.deadline)}};
    if (c.responded) m.fields.push_back({s(ui::responded), display_date(*c.responded)});
    if (c.closed) m.fields.push_back({s(ui::closed), display_date(*c.closed)});
    m.fields.push_back({s(ui::verdict), s(label(d->timing.verdict))});
    m.fields.push_back({s(ui::satisfaction), s(label(c.satisfaction))});
    if (c.amount_recovered) m.fields.push_back({s(ui::recovered), c.amount_recovered->display_yuan() + s(ui::unit_yuan)});
    for (const auto& t : c.timeline) m.timeline.push_back({t.date.iso() + " " + t.step, t.note});
    m.body_markdown = c.body;
    m.qr_url = urls::absolute(snap.meta().base_url, urls::case_page(c.id));
    return m;
}

ProjectListModel project_list_model(const SnapshotReader& snap) {
    ProjectListModel m;
    auto cats = snap.categories("projects");
    for (const auto& p : snap.projects()) m.rows.push_back(project_row(p, cats));
    return m;
}

std::optional<ProjectDetailModel> project_detail_model(const SnapshotReader& snap, const std::string& id) {
    auto p = snap.project(id);
    if (!p) return std::nullopt;
    ProjectDetailModel m;
    m.id = p->id;
    m.title = p->title;
    m.badge = s(label(p->status));
    m.progress = p->progress;
    auto units = snap.units();
    std::string where;
    for (const auto& u : p->units) where += (where.empty() ? "" : "、") + unit_name(units, u);
    m.fields = {{s(ui::unit), where},
                {s(ui::category), label_of(snap.categories("projects"), p->category)},
                {s(ui::budget), p->budget.display_yuan() + s(ui::unit_yuan)}};
    if (p->spent) m.fields.push_back({s(ui::spent), p->spent->display_yuan() + s(ui::unit_yuan)});
    if (p->beneficiaries) m.fields.push_back({s(ui::beneficiaries), count(*p->beneficiaries) + s(ui::unit_people)});
    if (p->start) m.fields.push_back({s(ui::start), display_date(*p->start)});
    if (p->planned_end) m.fields.push_back({s(ui::planned_end), display_date(*p->planned_end)});
    if (p->completed) m.fields.push_back({s(ui::completed), display_date(*p->completed)});
    for (const auto& f : p->funding) {
        double share = p->budget.fen > 0 ? double(f.amount.fen) * 100.0 / double(p->budget.fen) : 0.0;
        char pct[16];
        std::snprintf(pct, sizeof pct, "%.1f%%", share);
        m.funding.push_back({f.source, f.amount.display_wan() + s(ui::unit_yuan) + "（" + pct + "）"});
    }
    for (const auto& ms : p->milestones)
        m.milestones.push_back({ms.date.iso() + " " + ms.title, s(ms.done ? ui::done : ui::not_done)});
    for (const auto& q : p->quantities) m.quantities.push_back({q.item, count(q.count) + q.unit});
    m.body_markdown = p->body;
    m.qr_url = urls::absolute(snap.meta().base_url, urls::project_page(p->id));
    return m;
}

UnitsModel units_model(const SnapshotReader& snap) {
    UnitsModel m;
    auto units = snap.units();
    for (const auto& u : units) {
        if (u.kind != UnitKind::community && u.kind != UnitKind::village) continue;
        m.rows.push_back(ListRow{u.id, u.name, unit_name(units, u.parent) + " · " + s(label(u.kind)), "", false, -1});
    }
    return m;
}

std::optional<UnitModel> unit_model(const SnapshotReader& snap, const std::string& id, DateTime now) {
    auto units = snap.units();
    auto it = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.id == id; });
    if (it == units.end()) return std::nullopt;
    UnitModel m;
    m.id = it->id;
    m.name = it->name;
    m.kind = s(label(it->kind));
    m.figures = case_figures(snap.figures(id, Period{now.date.year(), 0}));
    for (auto& f : m.figures) f.label = year_label(now.date.year()) + f.label;
    auto ncats = snap.categories("notices");
    for (const auto& n : snap.notices(NoticeState::active, now, id)) m.notices.push_back(notice_row(n, ncats));
    auto pcats = snap.categories("projects");
    for (const auto& p : snap.projects(id)) m.projects.push_back(project_row(p, pcats));
    m.qr_url = urls::absolute(snap.meta().base_url, urls::unit_page(id));
    return m;
}

AboutModel about_model(const SnapshotReader& snap) {
    AboutModel m;
    const KioskConfig& k = snap.meta().kiosk;
    m.centre_name = k.centre_name.empty() ? snap.meta().site_title : k.centre_name;
    m.address = k.address;
    m.opening_hours = k.opening_hours;
    m.services = k.services;
    for (const auto& c : snap.contacts()) m.contacts.push_back({c.name, c.number});
    for (const auto& p : snap.pages())
        if (p.id == "about") m.body_markdown = p.body;
    return m;
}

std::vector<Slide> attract_slides(const SnapshotReader& snap, DateTime now) {
    std::vector<Slide> out;
    auto cats = snap.categories("notices");
    for (const auto& n : snap.notices(NoticeState::active, now)) {
        if (n.priority != Priority::urgent) continue;
        Slide sl;
        sl.kind = SlideKind::urgent_notice;
        sl.id = n.id;
        sl.heading = s(ui::urgent_ticker);
        sl.title = n.title;
        sl.text = notice_row(n, cats).detail;
        out.push_back(std::move(sl));
    }
    Slide figures;
    figures.kind = SlideKind::key_figures;
    figures.heading = year_label(now.date.year()) + s(ui::tile_cases);
    figures.title = home_model(snap, now).centre_name;
    figures.figures = case_figures(snap.figures("", Period{now.date.year(), 0}));
    out.push_back(std::move(figures));
    auto pcats = snap.categories("projects");
    for (const auto& p : snap.projects("", ProjectStatus::completed)) {
        Slide sl;
        sl.kind = SlideKind::completed_project;
        sl.id = p.id;
        sl.heading = s(ui::completed_project);
        sl.title = p.title;
        sl.text = project_row(p, pcats).detail;
        out.push_back(std::move(sl));
    }
    return out;
}

bool route_exists(const SnapshotReader& snap, const Route& r) {
    switch (r.screen) {
    case ScreenId::notice: return snap.notice(r.item).has_value();
    case ScreenId::case_detail: return snap.case_detail(r.item).has_value();
    case ScreenId::project: return snap.project(r.item).has_value();
    case ScreenId::unit: {
        auto units = snap.units();
        return std::any_of(units.begin(), units.end(), [&](const Unit& u) { return u.id == r.item; });
    }
    default: return true;
    }
}

}  // namespace gongkai::kiosk
