#pragma once
// A screen as a display list: what to draw and where a tap does what. Screens
// build scenes from view models (no SFML); the SFML painter only draws them,
// so layout is testable without a display and drawing holds no rules.

#include "screens/route.hpp"
#include "text/text_layout.hpp"
#include "screens/theme.hpp"

#include "gongkai/qr.hpp"

#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace gongkai::kiosk {

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
    float right() const { return x + w; }
    float bottom() const { return y + h; }
};

struct FillOp {
    Rect rect;
    Colour colour = Colour::surface;
    bool outline = false;  // a 2-px frame instead of a fill
};

struct TextOp {
    float x = 0, baseline = 0;
    int px = 0;
    std::u32string text;
    TextStyle style;
    Rect bounds;  // the line box, for culling and overlap checks
};

struct QrOp {
    Rect rect;  // square, including the quiet zone
    std::shared_ptr<const QrMatrix> matrix;
};

using DrawOp = std::variant<FillOp, TextOp, QrOp>;

enum class ActionKind {
    go, back, home, toggle_large_text, toggle_contrast, page_prev, page_next,
    keep_alive, attract_pause, pin_digit, pin_delete, pin_ok, pin_cancel, none
};

struct Action {
    ActionKind kind = ActionKind::none;
    Route route;    // for go
    int value = 0;  // for pin_digit
};

struct HitTarget {
    Rect rect;
    Action action;
    std::string label;  // for tests and logs
};

// One layer: ops and targets in its own coordinates.
struct Layer {
    std::vector<DrawOp> ops;
    std::vector<HitTarget> hits;
};

struct Scene {
    Layer fixed;     // bars, in window coordinates
    Layer body;      // scrolled: body coordinates, y = 0 at the viewport top
    Layer overlay;   // modal (idle warning, PIN pad): takes all taps when not empty
    Rect viewport;   // where the body shows in the window
    float body_height = 0;
    float max_scroll() const { return body_height > viewport.h ? body_height - viewport.h : 0; }
};

}  // namespace gongkai::kiosk
