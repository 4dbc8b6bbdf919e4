#include "app/glyph_atlas.hpp"

namespace gongkai::kiosk {

void GlyphAtlas::new_page() {
    auto t = std::make_unique<sf::Texture>();
    t->create(kPageSize, kPageSize);
    t->setSmooth(false);
    pages_.push_back(std::move(t));
    pen_x_ = pen_y_ = shelf_h_ = 0;
}

const AtlasGlyph& GlyphAtlas::get(FaceId face, int px, char32_t c) {
    uint64_t key = (uint64_t(face) << 52) | (uint64_t(px) << 32) | uint64_t(c);
    auto it = glyphs_.find(key);
    if (it != glyphs_.end()) return it->second;
    const Font& font = fonts_.get(face);
    AtlasGlyph g;
    g.advance = font.advance(c, px);
    GlyphBitmap bm = font.render(font.glyph_index(c), px);
    if (bm.width > 0 && bm.rows > 0) {
        unsigned w = unsigned(bm.width) + 2, h = unsigned(bm.rows) + 2;  // 1-px gutter against bleeding
        if (pages_.empty() || pen_x_ + w > kPageSize) {
            pen_x_ = 0;
            pen_y_ += shelf_h_;
            shelf_h_ = 0;
        }
        if (pages_.empty() || pen_y_ + h > kPageSize) new_page();
        std::vector<uint8_t> rgba(size_t(w) * h * 4, 0);
        for (int y = 0; y < bm.rows; ++y)
            for (int x = 0; x < bm.width; ++x) {
                size_t o = (size_t(y + 1) * w + size_t(x + 1)) * 4;
                rgba[o] = rgba[o + 1] = rgba[o + 2] = 255;
                rgba[o + 3] = bm.alpha[size_t(y) * size_t(bm.width) + size_t(x)];
            }
        pages_.back()->update(rgba.data(), w, h, pen_x_, pen_y_);
        g.page = int(pages_.size()) - 1;
        g.rect = sf::IntRect(int(pen_x_) + 1, int(pen_y_) + 1, bm.width, bm.rows);
        g.left = float(bm.left);
        g.top = float(bm.top);
        pen_x_ += w;
        shelf_h_ = std::max(shelf_h_, h);
    }
    return glyphs_.emplace(key, g).first->second;
}

}  // namespace gongkai::kiosk
