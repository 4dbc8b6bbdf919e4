#pragma once
// Draws a Scene with SFML. Each layer becomes vertex arrays once per scene
// (fills, then QR modules, then glyphs per atlas page); scrolling only moves
// a view, so a scroll frame is a handful of draw calls.

#include "app/glyph_atlas.hpp"
#include "model/scene.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <vector>

namespace gongkai::kiosk {

class Painter {
public:
    explicit Painter(const Fonts& fonts) : atlas_(fonts) {}
    // Rebuilds the cached geometry; call when the scene or contrast changed.
    void prepare(const Scene& scene, Contrast contrast);
    // REQUIRES: prepare() was called for this scene.
    void paint(sf::RenderTarget& target, float scroll) const;

private:
    struct Batch {
        sf::VertexArray fills{sf::Triangles};
        std::vector<sf::VertexArray> glyphs;  // one per atlas page
    };
    void build(const Layer& layer, Contrast contrast, Batch& out);
    void draw(sf::RenderTarget& t, const Batch& b) const;

    GlyphAtlas atlas_;
    Batch fixed_, body_, overlay_;
    Rect viewport_;
    float body_height_ = 0;
    bool has_body_ = false, has_overlay_ = false;
};

}  // namespace gongkai::kiosk
