#include "screens/screens.hpp"

#include "screens/strings.hpp"
#include "gongkai/utf8.hpp"

namespace gongkai::kiosk {
namespace {

std::string_view title_of(const Route& r) {
    switch (r.screen) {
    case ScreenId::home: return ui::home;
    case ScreenId::notices:
    case ScreenId::notice: return ui::tile_notices;
    case ScreenId::cases:
    case ScreenId::case_list:
    case ScreenId::case_detail: return ui::tile_cases;
    case ScreenId::projects:
    case ScreenId::project: return ui::tile_projects;
    case ScreenId::units:
    case ScreenId::unit: return ui::tile_units;
    case ScreenId::about: return ui::tile_about;
    case ScreenId::attract:
    case ScreenId::updating: return "";
    }
    return "";
}

}  // namespace

std::string case_filter_item(std::string_view kind, std::string_view id) {
    return std::string(kind) + ":" + std::string(id);
}

void compose_chrome(Composer& c, const ScreenContext& ctx, std::string_view title, bool show_back) {
    const Metrics& m = ctx.metrics;
    c.fill(Rect{0, 0, m.width, m.bar_height}, Colour::accent);
    float bw = 170 * m.u, gap = 16 * m.u, top = (m.bar_height - m.button) / 2;
    float x = m.margin;
    if (show_back) {
        c.button(Rect{x, top, bw, m.button}, ui::back, Action{ActionKind::back, {}, 0}, Colour::surface, Colour::text);
    }
    x += bw + gap;
    c.button(Rect{x, top, bw, m.button}, ui::home, Action{ActionKind::home, {}, 0}, Colour::surface, Colour::text);
    x += bw + gap;
    float tw = 170 * m.u;
    float right = m.width - m.margin;
    bool large = m.text_size == TextSize::large;
    c.button(Rect{right - tw, top, tw, m.button}, large ? ui::normal_text : ui::large_text,
             Action{ActionKind::toggle_large_text, {}, 0}, Colour::surface, Colour::text);
    c.button(Rect{right - 2 * tw - gap, top, tw, m.button}, ui::high_contrast,
             Action{ActionKind::toggle_contrast, {}, 0}, Colour::surface, Colour::text);
    float title_right = right - 2 * tw - 2 * gap;
    // Portrait bars are narrow: a long title steps down a size before eliding.
    int title_px = m.title_px;
    for (int px : {m.body_px, m.small_px})
        if (measure(utf8::to_u32(title), FaceId::bold, c.fonts(), title_px) > title_right - x) title_px = px;
    c.label(Rect{x, 0, title_right - x, m.bar_height}, title, title_px, TextStyle{FaceId::bold, Colour::on_accent}, 1);

    float fy = m.height - m.footer_height;
    c.fill(Rect{0, fy, m.width, m.footer_height}, Colour::surface_alt);
    // The clock at the right is time-only: the date is on the home screen and
    // both labels must fit a portrait footer in large text.
    const std::string hhmm = ctx.now.hhmm();
    float clock_w = measure(utf8::to_u32(hhmm), FaceId::regular, c.fonts(), m.small_px) + 10 * m.u;
    c.label(Rect{m.width - m.margin - clock_w, fy, clock_w, m.footer_height}, hhmm, m.small_px,
            TextStyle{FaceId::regular, Colour::muted}, 2);
    if (ctx.snapshot) {
        float x0 = m.margin + 110 * m.u;  // the corner left free for the staff gesture
        c.label(Rect{x0, fy, m.width - m.margin - clock_w - x0 - 20 * m.u, m.footer_height},
                data_as_of(ctx.snapshot->meta()), m.small_px, TextStyle{FaceId::regular, Colour::muted}, 0);
    }
}

Scene build_scene(const Route& route, const ScreenContext& ctx) {
    Scene scene;
    const Metrics& m = ctx.metrics;
    Composer fixed(*ctx.fonts, ctx.metrics, scene.fixed);
    Composer body(*ctx.fonts, ctx.metrics, scene.body);
    if (route.screen == ScreenId::updating || !ctx.snapshot) {
        fixed.fill(Rect{0, 0, m.width, m.height}, Colour::background);
        compose_updating(fixed, ctx);
        return scene;
    }
    if (route.screen == ScreenId::attract) {
        fixed.fill(Rect{0, 0, m.width, m.height}, Colour::background);
        compose_attract(fixed, ctx);
        return scene;
    }
    fixed.fill(Rect{0, 0, m.width, m.height}, Colour::background);
    compose_chrome(fixed, ctx, title_of(route), route.screen != ScreenId::home);
    scene.viewport = Rect{0, m.bar_height, m.width, m.height - m.bar_height - m.footer_height};
    float h = 0;
    switch (route.screen) {
    case ScreenId::home: h = compose_home(body, ctx); break;
    case ScreenId::notices: h = compose_notices(body, ctx); break;
    case ScreenId::notice: h = compose_notice(body, ctx, route.item); break;
    case ScreenId::cases: h = compose_cases(body, ctx); break;
    case ScreenId::case_list: h = compose_case_list(body, ctx, route); break;
    case ScreenId::case_detail: h = compose_case(body, ctx, route.item); break;
    case ScreenId::projects: h = compose_projects(body, ctx); break;
    case ScreenId::project: h = compose_project(body, ctx, route.item); break;
    case ScreenId::units: h = compose_units(body, ctx); break;
    case ScreenId::unit: h = compose_unit(body, ctx, route.item); break;
    case ScreenId::about: h = compose_about(body, ctx); break;
    case ScreenId::attract:
    case ScreenId::updating: break;
    }
    scene.body_height = h + m.margin;
    return scene;
}

float compose_section_heading(Composer& c, float y, std::string_view text) {
    const Metrics& m = c.metrics();
    y += 20 * m.u;
    c.fill(Rect{m.margin, y + 8 * m.u, 10 * m.u, c.line_height(m.title_px) - 16 * m.u}, Colour::accent);
    return c.text(m.margin + 26 * m.u, y, m.content_width() - 26 * m.u, text, m.title_px * 5 / 6,
                  TextStyle{FaceId::bold, Colour::text}) + 10 * m.u;
}

float compose_title(Composer& c, float y, std::string_view title, std::string_view badge,
                    Priority priority) {
    const Metrics& m = c.metrics();
    const bool urgent = priority == Priority::urgent;
    y += 24 * m.u;
    if (!badge.empty()) {
        float bw = 320 * m.u;
        Rect r{m.margin, y, bw, c.line_height(m.small_px) + 8 * m.u};
        c.fill(r, urgent ? Colour::urgent : Colour::surface_alt);
        c.label(Rect{r.x + 12 * m.u, r.y, r.w - 24 * m.u, r.h}, badge, m.small_px,
                TextStyle{FaceId::bold, urgent ? Colour::on_urgent : Colour::text}, 0);
        y = r.bottom() + 12 * m.u;
    }
    return c.text(m.margin, y, m.content_width(), title, m.title_px, TextStyle{FaceId::bold, Colour::text}) + 12 * m.u;
}

float compose_rows(Composer& c, float y, const std::vector<ListRow>& rows, ScreenId target) {
    const Metrics& m = c.metrics();
    float pad = 20 * m.u;
    float badge_w = 190 * m.u;
    float text_w = m.content_width() - 2 * pad - badge_w;
    for (const ListRow& r : rows) {
        float top = y;
        float inner = c.text_height(r.title, m.body_px, text_w, FaceId::bold) +
                      (r.detail.empty() ? 0 : c.text_height(r.detail, m.small_px, text_w)) +
                      (r.progress >= 0 ? 34 * m.u : 0);
        float h = std::max(m.button, inner + 2 * pad);
        Rect box{m.margin, top, m.content_width(), h};
        c.fill(box, Colour::surface);
        c.outline(box, Colour::border);
        if (r.urgent) c.fill(Rect{box.x, box.y, 10 * m.u, box.h}, Colour::urgent);
        float ty = c.text(box.x + pad, top + pad, text_w, r.title, m.body_px, TextStyle{FaceId::bold, Colour::text});
        if (!r.detail.empty()) ty = c.text(box.x + pad, ty, text_w, r.detail, m.small_px, TextStyle{FaceId::regular, Colour::muted});
        if (r.progress >= 0) c.progress(Rect{box.x + pad, ty + 8 * m.u, text_w, 18 * m.u}, r.progress);
        if (!r.badge.empty()) {
            std::string badge = r.badge;
            if (r.progress >= 0) badge.append(" ").append(std::to_string(r.progress)).append("%");
            c.label(Rect{box.right() - pad - badge_w, top, badge_w, std::min(h, m.button)}, badge, m.small_px,
                    TextStyle{FaceId::bold, r.urgent ? Colour::urgent : Colour::muted}, 2);
        }
        if (target != ScreenId::home) c.hit(box, Action{ActionKind::go, Route{target, r.id, 0}, 0}, r.title);
        y += h + 14 * m.u;
    }
    return y;
}

float compose_figures(Composer& c, float y, const std::vector<Figure>& figures) {
    const Metrics& m = c.metrics();
    int cols = m.orientation == Orientation::landscape ? 4 : 2;
    float gap = 20 * m.u;
    float w = (m.content_width() - gap * float(cols - 1)) / float(cols);
    float h = c.line_height(m.small_px) + c.line_height(m.figure_px) + 30 * m.u;
    for (size_t i = 0; i < figures.size(); ++i) {
        float x = m.margin + float(i % size_t(cols)) * (w + gap);
        float top = y + float(i / size_t(cols)) * (h + gap);
        Rect box{x, top, w, h};
        c.fill(box, Colour::surface);
        c.outline(box, Colour::border);
        c.label(Rect{x + 20 * m.u, top + 12 * m.u, w - 40 * m.u, c.line_height(m.small_px)}, figures[i].label,
                m.small_px, TextStyle{FaceId::regular, Colour::muted}, 0);
        std::string value = figures[i].value + figures[i].unit;
        c.label(Rect{x + 20 * m.u, top + 12 * m.u + c.line_height(m.small_px), w - 40 * m.u, c.line_height(m.figure_px)},
                value, m.figure_px, TextStyle{FaceId::bold, Colour::accent}, 0);
    }
    size_t rows_n = (figures.size() + size_t(cols) - 1) / size_t(cols);
    return y + float(rows_n) * (h + gap);
}

float compose_fields_with_qr(Composer& c, float y, const std::vector<Field>& fields, const std::string& qr_url) {
    const Metrics& m = c.metrics();
    float qr_side = 300 * m.u;
    float gap = 30 * m.u;
    float fields_w = m.content_width() - (qr_url.empty() ? 0 : qr_side + gap);
    float label_w = 190 * m.u;
    float fy = y;
    for (const Field& f : fields) {
        float label_bottom =
            c.text(m.margin, fy, label_w - 10 * m.u, f.label, m.small_px, TextStyle{FaceId::regular, Colour::muted});
        float bottom = c.text(m.margin + label_w, fy, fields_w - label_w, f.value, m.body_px);
        fy = std::max(bottom, label_bottom) + 6 * m.u;
    }
    float qy = y;
    if (!qr_url.empty()) {
        float qx = m.width - m.margin - qr_side;
        c.fill(Rect{qx, qy, qr_side, qr_side}, Colour::surface);
        c.qr(Rect{qx, qy, qr_side, qr_side}, qr_url);
        qy = c.text(qx, qy + qr_side + 4 * m.u, qr_side, ui::scan_qr, m.small_px, TextStyle{FaceId::regular, Colour::muted});
    }
    return std::max(fy, qy) + 10 * m.u;
}

}  // namespace gongkai::kiosk
