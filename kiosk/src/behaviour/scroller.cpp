#include "behaviour/scroller.hpp"

#include <algorithm>
#include <cmath>

namespace gongkai::kiosk {

void Scroller::clamp() { offset_ = std::clamp(offset_, 0.0f, std::max(0.0f, max_)); }

void Scroller::press(float y, double t) {
    pressed_ = true;
    dragging_ = false;
    velocity_ = 0;
    press_y_ = last_y_ = y;
    press_offset_ = offset_;
    last_t_ = t;
}

bool Scroller::move(float y, double t) {
    if (!pressed_) return false;
    if (!dragging_ && std::fabs(y - press_y_) < kTapSlop) return false;
    dragging_ = true;
    double dt = t - last_t_;
    if (dt > 1e-4) {
        float v = float((last_y_ - y) / dt);
        velocity_ = 0.6f * v + 0.4f * velocity_;  // smooth the finger's jitter
    }
    last_y_ = y;
    last_t_ = t;
    float before = offset_;
    offset_ = press_offset_ + (press_y_ - y);
    clamp();
    return offset_ != before;
}

bool Scroller::release(double t) {
    bool tap = pressed_ && !dragging_;
    // A finger that stopped before lifting throws nothing.
    if (t - last_t_ > 0.1) velocity_ = 0;
    if (tap) velocity_ = 0;
    pressed_ = dragging_ = false;
    return tap;
}

bool Scroller::step(double dt) {
    if (pressed_ || velocity_ == 0) return false;
    float before = offset_;
    offset_ += velocity_ * float(dt);
    velocity_ *= float(std::exp(-3.0 * dt));
    if (std::fabs(velocity_) < 30) velocity_ = 0;
    clamp();
    if (offset_ == 0 || offset_ == max_) velocity_ = offset_ == before ? 0 : velocity_;
    return offset_ != before;
}

}  // namespace gongkai::kiosk
