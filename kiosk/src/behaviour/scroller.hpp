#pragma once
// Drag-to-scroll with inertia for one scrollable body.

namespace gongkai::kiosk {

class Scroller {
public:
    // Pixels a press may move before it is a drag rather than a tap.
    static constexpr float kTapSlop = 14;

    void press(float y, double t);
    // Returns true when the offset changed.
    bool move(float y, double t);
    // Returns true when the press was a tap (no drag).
    bool release(double t);
    // Inertia; returns true when the offset changed.
    bool step(double dt);

    float offset() const { return offset_; }
    void set_offset(float o) { offset_ = o; velocity_ = 0; clamp(); }
    void set_limit(float max_offset) { max_ = max_offset; clamp(); }
    bool dragging() const { return dragging_; }
    bool moving() const { return velocity_ != 0; }
    void stop() { velocity_ = 0; pressed_ = dragging_ = false; }

private:
    void clamp();
    float offset_ = 0, max_ = 0;
    float velocity_ = 0;  // px/s, positive scrolls content up
    float press_y_ = 0, last_y_ = 0, press_offset_ = 0;
    double last_t_ = 0;
    bool pressed_ = false, dragging_ = false;
};

}  // namespace gongkai::kiosk
