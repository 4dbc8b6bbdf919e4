#include "screens/screens.hpp"
#include "screens/strings.hpp"

namespace gongkai::kiosk {

float compose_home(Composer& c, const ScreenContext& ctx) {
    const Metrics& m = c.metrics();
    HomeModel model = home_model(*ctx.snapshot, ctx.now);
    float y = 24 * m.u;
    y = c.text(m.margin, y, m.content_width(), model.centre_name, m.title_px * 6 / 5, TextStyle{FaceId::bold, Colour::text});
    y = c.text(m.margin, y, m.content_width(), model.date_line, m.body_px, TextStyle{FaceId::regular, Colour::muted});
    y += 16 * m.u;

    if (!model.ticker.empty()) {
        const ListRow& n = model.ticker[ctx.ticker_index % model.ticker.size()];
        float pad = 20 * m.u;
        float lw = 200 * m.u;
        float th = c.text_height(n.title, m.body_px, m.content_width() - lw - 2 * pad, FaceId::bold);
        Rect box{m.margin, y, m.content_width(), std::max(m.button, th + 2 * pad)};
        c.fill(box, Colour::urgent);
        c.label(Rect{box.x + pad, box.y, lw, std::min(box.h, m.button)}, ui::urgent_ticker, m.body_px,
                TextStyle{FaceId::bold, Colour::on_urgent}, 0);
        c.text(box.x + pad + lw, box.y + pad, box.w - lw - 2 * pad, n.title, m.body_px,
               TextStyle{FaceId::bold, Colour::on_urgent});
        c.hit(box, Action{ActionKind::go, Route{ScreenId::notice, n.id, 0}, 0}, n.title);
        y = box.bottom() + 20 * m.u;
    }

    struct Tile {
        std::string_view label;
        ScreenId target;
    };
    const Tile tiles[] = {{ui::tile_notices, ScreenId::notices}, {ui::tile_cases, ScreenId::cases},
                          {ui::tile_projects, ScreenId::projects}, {ui::tile_units, ScreenId::units},
                          {ui::tile_about, ScreenId::about}};
    int cols = m.orientation == Orientation::landscape ? 5 : 2;
    float gap = 20 * m.u;
    float tw = (m.content_width() - gap * float(cols - 1)) / float(cols);
    float th = (m.orientation == Orientation::landscape ? 200 : 220) * m.u;
    for (size_t i = 0; i < std::size(tiles); ++i) {
        float x = m.margin + float(i % size_t(cols)) * (tw + gap);
        float top = y + float(i / size_t(cols)) * (th + gap);
        c.button(Rect{x, top, tw, th}, tiles[i].label, Action{ActionKind::go, Route{tiles[i].target, "", 0}, 0});
    }
    y += float((std::size(tiles) + size_t(cols) - 1) / size_t(cols)) * (th + gap);
    y = compose_section_heading(c, y, ui::key_figures);
    return compose_figures(c, y, model.figures);
}

}  // namespace gongkai::kiosk
