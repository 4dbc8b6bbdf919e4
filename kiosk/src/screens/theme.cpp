#include "screens/theme.hpp"

#include <algorithm>
#include <cmath>

namespace gongkai::kiosk {

Rgba colour(Colour c, Contrast mode) {
    if (mode == Contrast::high) {
        switch (c) {
        case Colour::background: return {0, 0, 0};
        case Colour::surface: return {0, 0, 0};
        case Colour::surface_alt: return {24, 24, 24};
        case Colour::text: return {255, 255, 255};
        case Colour::muted: return {230, 230, 230};
        case Colour::accent: return {255, 221, 0};
        case Colour::on_accent: return {0, 0, 0};
        case Colour::urgent: return {255, 221, 0};
        case Colour::on_urgent: return {0, 0, 0};
        case Colour::good: return {120, 255, 120};
        case Colour::warning: return {255, 160, 80};
        case Colour::border: return {255, 255, 255};
        case Colour::overlay: return {0, 0, 0, 235};
        case Colour::track: return {90, 90, 90};
        }
    }
    switch (c) {
    case Colour::background: return {240, 242, 245};
    case Colour::surface: return {255, 255, 255};
    case Colour::surface_alt: return {228, 236, 246};
    case Colour::text: return {28, 32, 38};
    case Colour::muted: return {84, 92, 104};
    case Colour::accent: return {176, 28, 36};
    case Colour::on_accent: return {255, 255, 255};
    case Colour::urgent: return {200, 40, 30};
    case Colour::on_urgent: return {255, 255, 255};
    case Colour::good: return {22, 120, 60};
    case Colour::warning: return {170, 90, 0};
    case Colour::border: return {200, 206, 214};
    case Colour::overlay: return {20, 24, 30, 215};
    case Colour::track: return {214, 220, 228};
    }
    return {};
}

Metrics Metrics::make(float width, float height, TextSize size) {
    Metrics m;
    m.width = width;
    m.height = height;
    m.orientation = width > height ? Orientation::landscape : Orientation::portrait;
    m.text_size = size;
    m.u = std::min(width, height) / 1080.0f;
    float scale = size == TextSize::large ? 1.35f : 1.0f;
    auto px = [&](float base) { return int(std::lround(base * m.u * scale)); };
    m.body_px = px(34);
    m.small_px = px(27);
    m.title_px = px(46);
    m.figure_px = px(60);
    m.margin = 40 * m.u;
    m.bar_height = 130 * m.u;
    m.footer_height = 70 * m.u * (size == TextSize::large ? 1.2f : 1.0f);
    m.button = 110 * m.u;
    return m;
}

}  // namespace gongkai::kiosk
