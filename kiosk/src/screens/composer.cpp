#include "screens/composer.hpp"

#include "gongkai/utf8.hpp"

#include <algorithm>

namespace gongkai::kiosk {

float Composer::baseline(float top, int px) const {
    const Font& f = fonts_.regular ? *fonts_.regular : fonts_.get(FaceId::regular);
    float asc = f.ascender(px), desc = f.descender(px);
    return top + (line_height(px) - (asc - desc)) / 2 + asc;
}

float Composer::text(float x, float top, float w, const std::vector<StyledRun>& runs, int px) {
    float lh = line_height(px);
    float y = top;
    for (const Line& line : wrap(runs, fonts_, px, w)) {
        for (const LineRun& r : line.runs) {
            TextOp op;
            op.x = x + r.x;
            op.baseline = baseline(y, px);
            op.px = px;
            op.text = r.text;
            op.style = r.style;
            op.bounds = Rect{x + r.x, y, r.width, lh};
            layer_.ops.push_back(std::move(op));
        }
        y += lh;
    }
    return y;
}

float Composer::text(float x, float top, float w, std::string_view utf8, int px, TextStyle style) {
    return text(x, top, w, std::vector<StyledRun>{StyledRun{utf8::to_u32(utf8), style}}, px);
}

float Composer::text_height(std::string_view utf8, int px, float w, FaceId face) const {
    return float(wrap(utf8::to_u32(utf8), TextStyle{face, Colour::text}, fonts_, px, w).size()) * line_height(px);
}

void Composer::label(Rect box, std::string_view utf8, int px, TextStyle style, int align) {
    std::u32string t = elide(utf8::to_u32(utf8), style.face, fonts_, px, box.w);
    float width = measure(t, style.face, fonts_, px);
    float x = align == 0 ? box.x : align == 1 ? box.x + (box.w - width) / 2 : box.right() - width;
    float top = box.y + (box.h - line_height(px)) / 2;
    TextOp op;
    op.x = x;
    op.baseline = baseline(top, px);
    op.px = px;
    op.text = std::move(t);
    op.style = style;
    op.bounds = Rect{x, top, width, line_height(px)};
    layer_.ops.push_back(std::move(op));
}

// Built in place: moving a temporary DrawOp into the vector makes GCC 12 at
// -O2 warn that the inactive TextOp string "may be used uninitialized". The
// FillOp is braced because clang 14 has no parenthesised aggregate init.
void Composer::fill(Rect r, Colour c) { layer_.ops.emplace_back(std::in_place_type<FillOp>, FillOp{r, c, false}); }
void Composer::outline(Rect r, Colour c) { layer_.ops.emplace_back(std::in_place_type<FillOp>, FillOp{r, c, true}); }
void Composer::hit(Rect r, Action a, std::string label) { layer_.hits.push_back(HitTarget{r, std::move(a), std::move(label)}); }

void Composer::button(Rect r, std::string_view text, Action a, Colour bg, Colour fg) {
    fill(r, bg);
    outline(r, Colour::border);
    label(Rect{r.x + 8 * m_.u, r.y, r.w - 16 * m_.u, r.h}, text, m_.body_px, TextStyle{FaceId::bold, fg}, 1);
    hit(r, std::move(a), std::string(text));
}

void Composer::qr(Rect square, const std::string& url) {
    auto matrix = make_qr(url);
    if (!matrix) return;
    layer_.ops.push_back(QrOp{square, std::make_shared<const QrMatrix>(std::move(*matrix))});
}

void Composer::progress(Rect r, int percent) {
    fill(r, Colour::track);
    float p = float(std::clamp(percent, 0, 100)) / 100.0f;
    if (p > 0) fill(Rect{r.x, r.y, r.w * p, r.h}, Colour::good);
}

float Composer::table(float x, float top, float w, const Block& b) {
    size_t cols = 0;
    for (const auto& row : b.rows) cols = std::max(cols, row.size());
    if (cols == 0) return top;
    float pad = 12 * m_.u;
    float cw = w / float(cols);
    float y = top;
    int px = m_.small_px;
    for (size_t r = 0; r < b.rows.size(); ++r) {
        float h = line_height(px);
        for (const auto& cell : b.rows[r])
            h = std::max(h, float(wrap(cell.runs, fonts_, px, cw - 2 * pad).size()) * line_height(px));
        h += 2 * pad;
        if (r == 0) fill(Rect{x, y, w, h}, Colour::surface_alt);
        for (size_t c = 0; c < b.rows[r].size(); ++c) {
            outline(Rect{x + float(c) * cw, y, cw, h}, Colour::border);
            text(x + float(c) * cw + pad, y + pad, cw - 2 * pad, b.rows[r][c].runs, px);
        }
        y += h;
    }
    return y;
}

float Composer::markdown(float x, float top, float w, const std::vector<Block>& blocks) {
    float y = top;
    float gap = 14 * m_.u;
    for (const Block& b : blocks) {
        switch (b.kind) {
        case BlockKind::heading: {
            int px = b.level <= 2 ? m_.title_px * 5 / 6 : m_.body_px;
            y = text(x, y + gap, w, b.runs, px);
            break;
        }
        case BlockKind::paragraph: y = text(x, y, w, b.runs, m_.body_px); break;
        case BlockKind::quote: {
            float bottom = text(x + 30 * m_.u, y, w - 30 * m_.u, b.runs, m_.body_px);
            fill(Rect{x, y, 8 * m_.u, bottom - y}, Colour::border);
            y = bottom;
            break;
        }
        case BlockKind::list_item: {
            float indent = (60 + 40 * float(b.level)) * m_.u;
            if (!b.marker.empty())
                label(Rect{x + indent - 60 * m_.u, y, 55 * m_.u, line_height(m_.body_px)}, b.marker, m_.body_px,
                      TextStyle{}, 2);
            y = text(x + indent + 10 * m_.u, y, w - indent - 10 * m_.u, b.runs, m_.body_px);
            break;
        }
        case BlockKind::table: y = table(x, y, w, b); break;
        case BlockKind::rule:
            fill(Rect{x, y + gap, w, 2 * m_.u}, Colour::border);
            y += 2 * gap;
            break;
        }
        y += gap;
    }
    return y;
}

}  // namespace gongkai::kiosk
