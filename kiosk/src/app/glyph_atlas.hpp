#pragma once
// Glyphs rasterised by FreeType (the same faces layout measured with) into
// SFML textures, because sf::Font cannot select the Simplified Chinese face
// of a .ttc. Glyphs are added on first use and kept.

#include "text/font.hpp"

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <memory>
#include <unordered_map>
#include <vector>

namespace gongkai::kiosk {

struct AtlasGlyph {
    int page = -1;          // -1: nothing to draw (space)
    sf::IntRect rect;
    float left = 0, top = 0;
    float advance = 0;
};

class GlyphAtlas {
public:
    static constexpr unsigned kPageSize = 2048;
    explicit GlyphAtlas(const Fonts& fonts) : fonts_(fonts) {}
    const AtlasGlyph& get(FaceId face, int px, char32_t c);
    const sf::Texture& page(int i) const { return *pages_[size_t(i)]; }
    size_t pages() const { return pages_.size(); }

private:
    void new_page();
    const Fonts& fonts_;
    std::vector<std::unique_ptr<sf::Texture>> pages_;
    unsigned pen_x_ = 0, pen_y_ = 0, shelf_h_ = 0;
    std::unordered_map<uint64_t, AtlasGlyph> glyphs_;
};

}  // namespace gongkai::kiosk
