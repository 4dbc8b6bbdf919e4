#pragma once
// Helpers that place text, boxes, buttons and QR codes into a Layer. All
// positions are in pixels of the layer's coordinate system.

#include "text/font.hpp"
#include "text/markdown_blocks.hpp"
#include "screens/scene.hpp"
#include "screens/theme.hpp"

#include <string>
#include <string_view>

namespace gongkai::kiosk {

class Composer {
public:
    Composer(const Fonts& fonts, const Metrics& m, Layer& layer) : fonts_(fonts), m_(m), layer_(layer) {}

    const Metrics& metrics() const { return m_; }
    const Fonts& fonts() const { return fonts_; }

    // Wrapped text in [x, x + w] from `top`; returns the bottom of the last line.
    float text(float x, float top, float w, const std::vector<StyledRun>& runs, int px);
    float text(float x, float top, float w, std::string_view utf8, int px, TextStyle style = {});
    // One line, elided to `w`, vertically centred in `box`; align 0 left, 1 centre, 2 right.
    void label(Rect box, std::string_view utf8, int px, TextStyle style, int align = 0);
    void fill(Rect r, Colour c);
    void outline(Rect r, Colour c);
    void hit(Rect r, Action a, std::string label);
    // A filled button with a centred label; also a hit target.
    void button(Rect r, std::string_view text, Action a, Colour bg = Colour::accent, Colour fg = Colour::on_accent);
    void qr(Rect square, const std::string& url);
    // Markdown blocks in [x, x + w] from `top`; returns the bottom.
    float markdown(float x, float top, float w, const std::vector<Block>& blocks);
    // Progress bar with its percentage drawn by the caller.
    void progress(Rect r, int percent);

    float line_height(int px) const { return m_.line_height(px); }
    float text_height(std::string_view utf8, int px, float w, FaceId face = FaceId::regular) const;

private:
    float baseline(float top, int px) const;
    float table(float x, float top, float w, const Block& b);

    const Fonts& fonts_;
    const Metrics& m_;
    Layer& layer_;
};

}  // namespace gongkai::kiosk
