#include "app/painter.hpp"

#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/Graphics/View.hpp>

#include <cmath>

namespace gongkai::kiosk {
namespace {

sf::Color to_sf(Rgba c) { return sf::Color(c.r, c.g, c.b, c.a); }

void quad(sf::VertexArray& va, float x, float y, float w, float h, sf::Color col, sf::Vector2f t0 = {},
          sf::Vector2f t1 = {}) {
    sf::Vertex a({x, y}, col, t0), b({x + w, y}, col, {t1.x, t0.y}), c({x + w, y + h}, col, t1),
        d({x, y + h}, col, {t0.x, t1.y});
    va.append(a);
    va.append(b);
    va.append(c);
    va.append(a);
    va.append(c);
    va.append(d);
}

}  // namespace

void Painter::build(const Layer& layer, Contrast contrast, Batch& out) {
    out.fills.clear();
    out.glyphs.clear();
    std::vector<const TextOp*> texts;
    std::vector<const QrOp*> qrs;
    for (const DrawOp& op : layer.ops) {
        if (const auto* f = std::get_if<FillOp>(&op)) {
            sf::Color col = to_sf(colour(f->colour, contrast));
            const Rect& r = f->rect;
            if (!f->outline) {
                quad(out.fills, r.x, r.y, r.w, r.h, col);
            } else {
                float t = 2;
                quad(out.fills, r.x, r.y, r.w, t, col);
                quad(out.fills, r.x, r.bottom() - t, r.w, t, col);
                quad(out.fills, r.x, r.y, t, r.h, col);
                quad(out.fills, r.right() - t, r.y, t, r.h, col);
            }
        } else if (const auto* t = std::get_if<TextOp>(&op)) {
            texts.push_back(t);
        } else if (const auto* q = std::get_if<QrOp>(&op)) {
            qrs.push_back(q);
        }
    }
    for (const QrOp* q : qrs) {
        // Always dark on white with a quiet zone: phones must scan it in
        // either contrast mode.
        quad(out.fills, q->rect.x, q->rect.y, q->rect.w, q->rect.h, sf::Color::White);
        int n = q->matrix->size + 8;
        float cell = std::floor(q->rect.w / float(n));
        float off = (q->rect.w - cell * float(q->matrix->size)) / 2;
        for (int y = 0; y < q->matrix->size; ++y)
            for (int x = 0; x < q->matrix->size; ++x)
                if (q->matrix->dark(x, y))
                    quad(out.fills, std::round(q->rect.x + off) + cell * float(x), std::round(q->rect.y + off) + cell * float(y),
                         cell, cell, sf::Color::Black);
    }
    for (const TextOp* t : texts) {
        sf::Color col = to_sf(colour(t->style.colour, contrast));
        float pen = t->x;
        for (char32_t c : t->text) {
            const AtlasGlyph& g = atlas_.get(t->style.face, t->px, c);
            if (g.page >= 0) {
                if (out.glyphs.size() <= size_t(g.page)) out.glyphs.resize(size_t(g.page) + 1, sf::VertexArray(sf::Triangles));
                float x = std::round(pen + g.left), y = std::round(t->baseline - g.top);
                quad(out.glyphs[size_t(g.page)], x, y, float(g.rect.width), float(g.rect.height), col,
                     {float(g.rect.left), float(g.rect.top)},
                     {float(g.rect.left + g.rect.width), float(g.rect.top + g.rect.height)});
            }
            pen += g.advance;
        }
    }
}

void Painter::prepare(const Scene& scene, Contrast contrast) {
    build(scene.fixed, contrast, fixed_);
    build(scene.body, contrast, body_);
    build(scene.overlay, contrast, overlay_);
    viewport_ = scene.viewport;
    body_height_ = scene.body_height;
    has_body_ = !scene.body.ops.empty();
    has_overlay_ = !scene.overlay.ops.empty();
}

void Painter::draw(sf::RenderTarget& t, const Batch& b) const {
    t.draw(b.fills);
    for (size_t i = 0; i < b.glyphs.size(); ++i) {
        sf::RenderStates st;
        st.texture = &atlas_.page(int(i));
        t.draw(b.glyphs[i], st);
    }
}

void Painter::paint(sf::RenderTarget& target, float scroll) const {
    sf::View full = target.getDefaultView();
    target.setView(full);
    draw(target, fixed_);
    if (has_body_ && viewport_.w > 0 && viewport_.h > 0) {
        sf::Vector2u size = target.getSize();
        sf::View v(sf::FloatRect(0, scroll, viewport_.w, viewport_.h));
        v.setViewport(sf::FloatRect(viewport_.x / float(size.x), viewport_.y / float(size.y), viewport_.w / float(size.x),
                                    viewport_.h / float(size.y)));
        target.setView(v);
        draw(target, body_);
        target.setView(full);
    }
    if (has_overlay_) draw(target, overlay_);
}

}  // namespace gongkai::kiosk
