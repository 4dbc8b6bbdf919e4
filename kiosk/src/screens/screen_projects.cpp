#include "screens/screens.hpp"
#include "screens/strings.hpp"

namespace gongkai::kiosk {

float compose_projects(Composer& c, const ScreenContext& ctx) {
    ProjectListModel model = project_list_model(*ctx.snapshot);
    return compose_rows(c, 20 * c.metrics().u, model.rows, ScreenId::project);
}

float compose_project(Composer& c, const ScreenContext& ctx, const std::string& id) {
    const Metrics& m = c.metrics();
    auto model = project_detail_model(*ctx.snapshot, id);
    if (!model) return 0;
    float y = compose_title(c, 0, model->title, model->badge, Priority::normal);
    std::string pct = std::string(ui::progress) + " " + std::to_string(model->progress) + "%";
    c.label(Rect{m.margin, y, 260 * m.u, c.line_height(m.body_px)}, pct, m.body_px, TextStyle{FaceId::bold, Colour::good}, 0);
    c.progress(Rect{m.margin + 270 * m.u, y + c.line_height(m.body_px) / 2 - 14 * m.u, m.content_width() - 270 * m.u, 28 * m.u},
               model->progress);
    y += c.line_height(m.body_px) + 20 * m.u;
    y = compose_fields_with_qr(c, y, model->fields, model->qr_url);
    auto field_rows = [&](std::string_view heading, const std::vector<Field>& rows) {
        if (rows.empty()) return;
        y = compose_section_heading(c, y, heading);
        for (const Field& f : rows) {
            float half = m.content_width() * 0.6f;
            float b1 = c.text(m.margin, y, half - 20 * m.u, f.label, m.body_px);
            float b2 = c.text(m.margin + half, y, m.content_width() - half, f.value, m.body_px,
                              TextStyle{FaceId::bold, Colour::text});
            y = std::max(b1, b2) + 6 * m.u;
        }
    };
    field_rows(ui::funding, model->funding);
    field_rows(ui::quantities, model->quantities);
    field_rows(ui::milestones, model->milestones);
    y += 10 * m.u;
    return c.markdown(m.margin, y, m.content_width(), markdown_blocks(model->body_markdown));
}

float compose_units(Composer& c, const ScreenContext& ctx) {
    UnitsModel model = units_model(*ctx.snapshot);
    float y = compose_section_heading(c, 0, ui::choose_unit);
    return compose_rows(c, y, model.rows, ScreenId::unit);
}

float compose_unit(Composer& c, const ScreenContext& ctx, const std::string& id) {
    auto model = unit_model(*ctx.snapshot, id, ctx.now);
    if (!model) return 0;
    float y = compose_title(c, 0, model->name, model->kind, Priority::normal);
    y = compose_fields_with_qr(c, y, {}, model->qr_url);
    y = compose_figures(c, y, model->figures);
    if (!model->notices.empty()) {
        y = compose_section_heading(c, y, ui::unit_notices);
        y = compose_rows(c, y, model->notices, ScreenId::notice);
    }
    if (!model->projects.empty()) {
        y = compose_section_heading(c, y, ui::unit_projects);
        y = compose_rows(c, y, model->projects, ScreenId::project);
    }
    return y;
}

float compose_about(Composer& c, const ScreenContext& ctx) {
    const Metrics& m = c.metrics();
    AboutModel model = about_model(*ctx.snapshot);
    float y = compose_title(c, 0, model.centre_name, "", Priority::normal);
    std::vector<Field> fields;
    if (!model.address.empty()) fields.push_back({std::string(ui::address), model.address});
    if (!model.opening_hours.empty()) fields.push_back({std::string(ui::opening_hours), model.opening_hours});
    y = compose_fields_with_qr(c, y, fields, "");
    if (!model.services.empty()) {
        y = compose_section_heading(c, y, ui::services);
        for (const auto& s : model.services)
            y = c.text(m.margin + 20 * m.u, y, m.content_width() - 20 * m.u, "• " + s, m.body_px);
    }
    if (!model.contacts.empty()) {
        y = compose_section_heading(c, y, ui::contacts);
        y = compose_fields_with_qr(c, y, model.contacts, "");
    }
    if (!model.body_markdown.empty()) y = c.markdown(m.margin, y + 10 * m.u, m.content_width(), markdown_blocks(model.body_markdown));
    return y;
}

}  // namespace gongkai::kiosk
