#pragma once
// Staff exit: a hidden gesture (5 taps in the bottom-left corner within 3 s)
// opens a PIN pad; the PIN is checked against the snapshot's pin_sha256.

#include <deque>
#include <string>
#include <string_view>

namespace gongkai::kiosk {

class CornerTaps {
public:
    static constexpr int kTaps = 5;
    static constexpr double kWindow = 3.0;
    // Records a tap; true when this tap completes the gesture.
    bool tap(bool in_corner, double now);

private:
    std::deque<double> times_;
};

// True when sha256_hex("gongkai-kiosk-pin:" + pin) equals `pin_sha256`.
// An empty hash never matches: a site without a PIN cannot be exited.
bool pin_matches(std::string_view pin, std::string_view pin_sha256);

}  // namespace gongkai::kiosk
