#pragma once
// Draws a Scene with SFML. Each layer becomes vertex arrays once per scene
// (fills, then QR modules, then glyphs per atlas page); scrolling only moves
// a view, so a scroll frame is a handful of draw calls.
//
// Kiosks without a GPU render with Mesa's llvmpipe, where the cost of a frame
// is the pixels it blends or samples (see docs/kiosk.md, "Benchmark"): an
// opaque fill costs a fraction of a blended one, clearing less still, and
// sampling a cached window-sized render texture costs more than painting the
// scene again. So the background is a clear, opaque fills are not blended,
// only glyphs are, and only quads that reach the visible rows are drawn.

#include "app/glyph_atlas.hpp"
#include "screens/scene.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <vector>

namespace gongkai::kiosk {

class Painter {
public:
    explicit Painter(const Fonts& fonts) : atlas_(fonts) {}
    // Rebuilds the cached geometry; call when the scene or contrast changed.
    void prepare(const Scene& scene, Contrast contrast);
    // Clears `target` and paints the scene with the body scrolled by `scroll`.
    // REQUIRES: prepare() was called for this scene.
    void paint(sf::RenderTarget& target, float scroll) const;

private:
    // Consecutive fills of the same opacity, drawn in scene order.
    struct FillRun {
        sf::VertexArray vertices{sf::Triangles};
        bool opaque = true;
    };
    struct Batch {
        std::vector<FillRun> fills;
        std::vector<sf::VertexArray> glyphs;  // one per atlas page
    };
    // The run a fill of colour `col` joins: the last one if its opacity
    // matches, else a new one, so draw order is kept.
    static FillRun& fill_run(std::vector<FillRun>& runs, sf::Color col);
    // Adds layer.ops[first...] to `out`.
    void build(const Layer& layer, size_t first, Contrast contrast, Batch& out);
    // Draws the quads of `b` that reach into rows [top, bottom) of its own
    // coordinates.
    void draw(sf::RenderTarget& t, const Batch& b, float top, float bottom) const;

    GlyphAtlas atlas_;
    Batch fixed_, body_, overlay_;
    // The fixed layer's first op when it is an opaque fill from the window's
    // corner: painted by clearing when it covers the whole target.
    Rect background_;
    sf::Color background_colour_ = sf::Color::Black;
    Rect viewport_;
    bool has_body_ = false, has_overlay_ = false;
};

}  // namespace gongkai::kiosk
