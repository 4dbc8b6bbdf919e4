#pragma once
// Colours by role and sizes by text mode, so every screen obeys the
// large-text and high-contrast toggles without knowing about them.

#include "gongkai/records.hpp"

#include <cstdint>

namespace gongkai::kiosk {

enum class Colour : uint8_t {
    background, surface, surface_alt, text, muted, accent, on_accent,
    urgent, on_urgent, good, warning, border, overlay, track
};

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
};

enum class Contrast { normal, high };
enum class TextSize { normal, large };

// Palette lookup; high contrast is white on black with yellow accents.
Rgba colour(Colour c, Contrast mode);

// Sizes for a window, in pixels. `u` scales a 1080-px-wide design to the
// short side of the actual window, so layouts are resolution independent.
struct Metrics {
    float width = 1080, height = 1920;
    float u = 1;
    Orientation orientation = Orientation::portrait;
    TextSize text_size = TextSize::normal;
    int body_px = 34, small_px = 28, title_px = 46, figure_px = 64;
    float margin = 40;
    float bar_height = 130;     // top bar with back/home/toggles
    float footer_height = 70;   // "数据更新于 ..."
    float button = 110;         // minimum touch target side
    float line_height(int px) const { return float(px) * 1.5f; }
    float content_width() const { return width - 2 * margin; }

    static Metrics make(float width, float height, TextSize size);
};

}  // namespace gongkai::kiosk
