#include "screens/screens.hpp"
#include "screens/strings.hpp"

namespace gongkai::kiosk {

float compose_cases(Composer& c, const ScreenContext& ctx) {
    CasesModel model = cases_model(*ctx.snapshot, ctx.now);
    const Metrics& m = c.metrics();
    // The list button leads: it is what most visitors want.
    float y = 20 * m.u;
    c.button(Rect{m.margin, y, m.content_width(), m.button}, ui::cases_all,
             Action{ActionKind::go, Route{ScreenId::case_list, "", 0}, 0});
    y += m.button + 10 * m.u;
    y = compose_section_heading(c, y, model.period_label + std::string(ui::figures));
    y = compose_figures(c, y, model.figures);
    y = compose_section_heading(c, y, ui::cases_by_level);
    auto levels = model.by_level;
    for (auto& r : levels) {
        std::string count = r.detail;
        r.detail = r.badge;  // the promise, under the label
        r.badge = count;
        r.id = case_filter_item("l", r.id);
    }
    y = compose_rows(c, y, levels, ScreenId::case_list);
    y = compose_section_heading(c, y, ui::cases_by_category);
    auto cats = model.by_category;
    for (auto& r : cats) {
        r.badge = r.detail;
        r.detail.clear();
        r.id = case_filter_item("c", r.id);
    }
    return compose_rows(c, y, cats, ScreenId::case_list);
}

float compose_case_list(Composer& c, const ScreenContext& ctx, const Route& r) {
    const Metrics& m = c.metrics();
    std::string category, level;
    if (r.item.rfind("c:", 0) == 0) category = r.item.substr(2);
    if (r.item.rfind("l:", 0) == 0) level = r.item.substr(2);
    CaseListModel model = case_list_model(*ctx.snapshot, category, level, r.page, ctx.case_page_size);
    std::string heading = model.heading + "（" + std::to_string(model.total) + std::string(ui::unit_cases) + "）";
    float y = compose_section_heading(c, 0, heading);
    y = compose_rows(c, y, model.rows, ScreenId::case_detail);
    float bw = 260 * m.u;
    if (model.page > 0)
        c.button(Rect{m.margin, y, bw, m.button}, ui::page_prev, Action{ActionKind::page_prev, {}, 0});
    if (model.page + 1 < model.pages)
        c.button(Rect{m.width - m.margin - bw, y, bw, m.button}, ui::page_next, Action{ActionKind::page_next, {}, 0});
    std::string pos = "第 " + std::to_string(model.page + 1) + " / " + std::to_string(model.pages) + " 页";
    c.label(Rect{m.margin + bw, y, m.content_width() - 2 * bw, m.button}, pos, m.small_px,
            TextStyle{FaceId::regular, Colour::muted}, 1);
    return y + m.button;
}

float compose_case(Composer& c, const ScreenContext& ctx, const std::string& id) {
    const Metrics& m = c.metrics();
    auto model = case_detail_model(*ctx.snapshot, id);
    if (!model) return 0;
    float y = compose_title(c, 0, model->title, model->badge, Priority::normal);
    y = compose_fields_with_qr(c, y, model->fields, model->qr_url);
    if (!model->timeline.empty()) {
        y = compose_section_heading(c, y, ui::timeline);
        float lw = 300 * m.u;
        for (const Field& t : model->timeline) {
            c.fill(Rect{m.margin + 8 * m.u, y + 14 * m.u, 16 * m.u, 16 * m.u}, Colour::accent);
            c.text(m.margin + 40 * m.u, y, lw, t.label, m.small_px, TextStyle{FaceId::bold, Colour::text});
            float b = c.text(m.margin + 40 * m.u + lw, y, m.content_width() - 40 * m.u - lw, t.value, m.body_px);
            y = std::max(b, y + c.line_height(m.small_px) * 2) + 8 * m.u;
        }
    }
    y = compose_section_heading(c, y, ui::outcome);
    return c.markdown(m.margin, y, m.content_width(), markdown_blocks(model->body_markdown));
}

}  // namespace gongkai::kiosk
