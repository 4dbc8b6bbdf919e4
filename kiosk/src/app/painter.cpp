#include "app/painter.hpp"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/Graphics/View.hpp>

#include <cmath>
#include <limits>

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

// Draws the quads (6 vertices each, vertex 0 top-left, vertex 2
// bottom-right) of `va` that reach into rows [top, bottom). Layers are
// composed top-down, so those quads are nearly contiguous; drawing the whole
// range from the first to the last keeps the scene's paint order exact.
void draw_rows(sf::RenderTarget& t, const sf::VertexArray& va, float top, float bottom, const sf::RenderStates& st) {
    size_t quads = va.getVertexCount() / 6, first = quads, last = 0;
    for (size_t q = 0; q < quads; ++q) {
        if (va[q * 6 + 2].position.y <= top || va[q * 6].position.y >= bottom) continue;
        if (first == quads) first = q;
        last = q;
    }
    if (first < quads) t.draw(&va[first * 6], (last - first + 1) * 6, sf::Triangles, st);
}

}  // namespace

Painter::FillRun& Painter::fill_run(std::vector<FillRun>& runs, sf::Color col) {
    bool opaque = col.a == 255;
    if (runs.empty() || runs.back().opaque != opaque) runs.push_back(FillRun{sf::VertexArray(sf::Triangles), opaque});
    return runs.back();
}

void Painter::build(const Layer& layer, size_t first, Contrast contrast, Batch& out) {
    out.fills.clear();
    out.glyphs.clear();
    std::vector<const TextOp*> texts;
    std::vector<const QrOp*> qrs;
    for (size_t i = first; i < layer.ops.size(); ++i) {
        const DrawOp& op = layer.ops[i];
        if (const auto* f = std::get_if<FillOp>(&op)) {
            sf::Color col = to_sf(colour(f->colour, contrast));
            sf::VertexArray& va = fill_run(out.fills, col).vertices;
            const Rect& r = f->rect;
            if (!f->outline) {
                quad(va, r.x, r.y, r.w, r.h, col);
            } else {
                float t = 2;
                quad(va, r.x, r.y, r.w, t, col);
                quad(va, r.x, r.bottom() - t, r.w, t, col);
                quad(va, r.x, r.y, t, r.h, col);
                quad(va, r.right() - t, r.y, t, r.h, col);
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
        sf::VertexArray& va = fill_run(out.fills, sf::Color::White).vertices;
        quad(va, q->rect.x, q->rect.y, q->rect.w, q->rect.h, sf::Color::White);
        int n = q->matrix->size + 8;
        float cell = std::floor(q->rect.w / float(n));
        float off = (q->rect.w - cell * float(q->matrix->size)) / 2;
        for (int y = 0; y < q->matrix->size; ++y)
            for (int x = 0; x < q->matrix->size; ++x)
                if (q->matrix->dark(x, y))
                    quad(va, std::round(q->rect.x + off) + cell * float(x), std::round(q->rect.y + off) + cell * float(y),
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
    size_t first = 0;
    background_ = Rect{};
    background_colour_ = sf::Color::Black;
    if (!scene.fixed.ops.empty()) {
        const auto* f = std::get_if<FillOp>(&scene.fixed.ops.front());
        if (f && !f->outline && f->rect.x <= 0 && f->rect.y <= 0) {
            sf::Color col = to_sf(colour(f->colour, contrast));
            if (col.a == 255) {
                background_ = f->rect;
                background_colour_ = col;
                first = 1;
            }
        }
    }
    build(scene.fixed, first, contrast, fixed_);
    build(scene.body, 0, contrast, body_);
    build(scene.overlay, 0, contrast, overlay_);
    viewport_ = scene.viewport;
    has_body_ = !scene.body.ops.empty();
    has_overlay_ = !scene.overlay.ops.empty();
}

void Painter::draw(sf::RenderTarget& t, const Batch& b, float top, float bottom) const {
    for (const FillRun& run : b.fills) draw_rows(t, run.vertices, top, bottom, run.opaque ? sf::BlendNone : sf::BlendAlpha);
    for (size_t i = 0; i < b.glyphs.size(); ++i) {
        sf::RenderStates st;
        st.texture = &atlas_.page(int(i));
        draw_rows(t, b.glyphs[i], top, bottom, st);
    }
}

void Painter::paint(sf::RenderTarget& target, float scroll) const {
    constexpr float kAll = std::numeric_limits<float>::infinity();
    sf::View full = target.getDefaultView();
    target.setView(full);
    sf::Vector2f size(target.getSize());
    bool covers = background_.right() >= size.x && background_.bottom() >= size.y;
    target.clear(covers ? background_colour_ : sf::Color::Black);
    if (!covers && background_.w > 0 && background_.h > 0) {
        sf::RectangleShape bg({background_.w, background_.h});
        bg.setFillColor(background_colour_);
        target.draw(bg, sf::BlendNone);
    }
    draw(target, fixed_, -kAll, kAll);
    if (has_body_ && viewport_.w > 0 && viewport_.h > 0) {
        // Whole pixels: at a half-pixel offset rasterisation and nearest
        // sampling break the tie differently, and glyphs lose or double a row.
        scroll = std::round(scroll);
        sf::View v(sf::FloatRect(0, scroll, viewport_.w, viewport_.h));
        v.setViewport(sf::FloatRect(viewport_.x / size.x, viewport_.y / size.y, viewport_.w / size.x, viewport_.h / size.y));
        target.setView(v);
        draw(target, body_, scroll, scroll + viewport_.h);
        target.setView(full);
    }
    if (has_overlay_) draw(target, overlay_, -kAll, kAll);
}

}  // namespace gongkai::kiosk
