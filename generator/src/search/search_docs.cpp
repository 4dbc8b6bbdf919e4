#include "search/search_docs.hpp"

#include "gongkai/hash.hpp"
#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"
#include "outputs/plain_markdown.hpp"
#include "page_graph/site_index.hpp"

namespace gongkai::gen {

namespace {

std::string unit_name(const SiteConfig& cfg, std::string_view id) {
    const Unit* u = cfg.find_unit(id);
    return u ? u->name : std::string(id);
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (const std::string& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += sep;
        out += p;
    }
    return out;
}

SearchDoc case_doc(const RenderContext& ctx, const Case& c) {
    const SiteConfig& cfg = ctx.site.config;
    std::vector<std::string> lines = {
        join({c.id, unit_name(cfg, c.unit), std::string(cfg.case_category_label(c.category)),
              std::string(label(c.status))}, " · "),
        body_text(c.body)};
    for (const TimelineEntry& e : c.timeline) lines.push_back(e.step + " " + e.note);
    return {DocKind::case_record, c.title, urls::case_page(c.id), join(lines, "\n"), c.content_hash};
}

SearchDoc project_doc(const RenderContext& ctx, const Project& p) {
    const SiteConfig& cfg = ctx.site.config;
    std::vector<std::string> units;
    for (const std::string& u : p.units) units.push_back(unit_name(cfg, u));
    std::vector<std::string> lines = {
        join({p.id, join(units, "、"), std::string(cfg.project_category_label(p.category)),
              std::string(label(p.status))}, " · "),
        body_text(p.body)};
    for (const Quantity& q : p.quantities) lines.push_back(q.item + " " + std::to_string(q.count) + q.unit);
    for (const Milestone& m : p.milestones) lines.push_back(m.title);
    for (const Funding& f : p.funding) lines.push_back(f.source);
    return {DocKind::project, p.title, urls::project_page(p.id), join(lines, "\n"), p.content_hash};
}

SearchDoc notice_doc(const RenderContext& ctx, const Notice& n) {
    const SiteConfig& cfg = ctx.site.config;
    std::vector<std::string> units;
    for (const std::string& u : n.units) units.push_back(unit_name(cfg, u));
    std::vector<std::string> lines = {
        join({std::string(cfg.notice_category_label(n.category)), join(units, "、"), n.valid_from.display()}, " · "),
        body_text(n.body)};
    return {DocKind::notice, n.title, urls::notice_page(n.id), join(lines, "\n"), n.content_hash};
}

SearchDoc unit_doc(const RenderContext& ctx, const Unit& u) {
    const SiteConfig& cfg = ctx.site.config;
    std::string text = join({std::string(label(u.kind)), u.parent.empty() ? "" : unit_name(cfg, u.parent)}, " · ");
    // Units come from site.yaml (in the global fingerprint); this hash only
    // has to tell units apart within a doc-store chunk.
    return {DocKind::unit, u.name, urls::unit_page(u.id), std::move(text), hash64(u.id + '\n' + u.name)};
}

SearchDoc page_doc(const Page& p) {
    return {DocKind::page, p.title, urls::content_page(p.id), body_text(p.body), p.content_hash};
}

std::vector<DocRef> reversed(const std::vector<size_t>& display_order, DocKind kind) {
    std::vector<DocRef> docs;
    docs.reserve(display_order.size());
    for (auto it = display_order.rbegin(); it != display_order.rend(); ++it) docs.push_back({kind, *it});
    return docs;
}

}  // namespace

std::string_view kind_id(DocKind k) {
    switch (k) {
    case DocKind::case_record: return "case";
    case DocKind::project: return "project";
    case DocKind::notice: return "notice";
    case DocKind::unit: return "unit";
    case DocKind::page: return "page";
    }
    return "page";
}

std::string_view kind_label(DocKind k) {
    switch (k) {
    case DocKind::case_record: return "矛盾纠纷";
    case DocKind::project: return "民生项目";
    case DocKind::notice: return "通知公告";
    case DocKind::unit: return "单位";
    case DocKind::page: return "页面";
    }
    return "页面";
}

std::vector<SearchSet> search_sets(const RenderContext& ctx) {
    std::vector<SearchSet> sets;
    // Display order reversed: document numbers grow with newer records.
    std::vector<DocRef> pages;
    for (size_t i = 0; i < ctx.site.pages.size(); ++i) pages.push_back({DocKind::page, i});
    for (size_t i = 0; i < ctx.site.config.units.size(); ++i) pages.push_back({DocKind::unit, i});
    sets.push_back({"pages", {pages.rbegin(), pages.rend()}});
    sets.push_back({"notices", reversed(ctx.index.notices_by_published, DocKind::notice)});
    sets.push_back({"projects", reversed(ctx.index.projects, DocKind::project)});
    sets.push_back({"cases", reversed(ctx.index.cases, DocKind::case_record)});
    return sets;
}

SearchDoc make_search_doc(const RenderContext& ctx, DocRef ref) {
    const Site& site = ctx.site;
    switch (ref.kind) {
    case DocKind::case_record: return case_doc(ctx, site.cases[ref.index]);
    case DocKind::project: return project_doc(ctx, site.projects[ref.index]);
    case DocKind::notice: return notice_doc(ctx, site.notices[ref.index]);
    case DocKind::unit: return unit_doc(ctx, site.config.units[ref.index]);
    case DocKind::page: return page_doc(site.pages[ref.index]);
    }
    return {};
}

}  // namespace gongkai::gen
