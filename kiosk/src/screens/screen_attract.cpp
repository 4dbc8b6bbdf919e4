#include "screens/screens.hpp"
#include "screens/strings.hpp"

namespace gongkai::kiosk {

void compose_attract(Composer& c, const ScreenContext& ctx) {
    const Metrics& m = c.metrics();
    if (!ctx.attract || ctx.attract->slides.empty()) return;
    const AttractView& a = *ctx.attract;
    const Slide& s = a.slides[a.index % a.slides.size()];
    bool urgent = s.kind == SlideKind::urgent_notice;
    float band = 200 * m.u;
    c.fill(Rect{0, 0, m.width, band}, urgent ? Colour::urgent : Colour::accent);
    c.label(Rect{m.margin, 0, m.content_width(), band}, s.heading, m.title_px * 3 / 2,
            TextStyle{FaceId::bold, urgent ? Colour::on_urgent : Colour::on_accent}, 1);
    float y = band + 60 * m.u;
    y = c.text(m.margin * 2, y, m.width - 4 * m.margin, s.title, m.title_px * 3 / 2, TextStyle{FaceId::bold, Colour::text});
    y += 30 * m.u;
    if (!s.text.empty()) y = c.text(m.margin * 2, y, m.width - 4 * m.margin, s.text, m.title_px, TextStyle{FaceId::regular, Colour::muted});
    if (!s.figures.empty()) compose_figures(c, y + 20 * m.u, s.figures);

    float bottom = m.height - 60 * m.u - m.button;
    float pw = 260 * m.u;
    c.label(Rect{m.margin, bottom, m.content_width() - pw - 20 * m.u, m.button}, ui::attract_touch, m.title_px,
            TextStyle{FaceId::bold, Colour::accent}, 0);
    c.button(Rect{m.width - m.margin - pw, bottom, pw, m.button}, a.paused ? ui::attract_resume : ui::attract_pause,
             Action{ActionKind::attract_pause, {}, 0}, Colour::surface, Colour::text);
    // Position dots: which slide of how many.
    float dot = 20 * m.u, dgap = 16 * m.u;
    float total = float(a.slides.size()) * (dot + dgap) - dgap;
    float dx = (m.width - total) / 2;
    for (size_t i = 0; i < a.slides.size(); ++i)
        c.fill(Rect{dx + float(i) * (dot + dgap), bottom - 50 * m.u, dot, dot},
               i == a.index % a.slides.size() ? Colour::accent : Colour::track);
}

void compose_updating(Composer& c, const ScreenContext& ctx) {
    const Metrics& m = c.metrics();
    float y = m.height * 0.38f;
    c.label(Rect{0, y, m.width, c.line_height(m.title_px * 3 / 2)}, ui::updating_title, m.title_px * 3 / 2,
            TextStyle{FaceId::bold, Colour::text}, 1);
    y += c.line_height(m.title_px * 3 / 2) + 30 * m.u;
    c.text(m.margin * 3, y, m.width - 6 * m.margin, ui::updating_body, m.body_px, TextStyle{FaceId::regular, Colour::muted});
    c.label(Rect{m.margin, m.height - m.footer_height, m.content_width(), m.footer_height}, display_now(ctx.now),
            m.small_px, TextStyle{FaceId::regular, Colour::muted}, 2);
}

}  // namespace gongkai::kiosk
