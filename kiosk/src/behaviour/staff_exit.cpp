#include "behaviour/staff_exit.hpp"

#include "gongkai/hash.hpp"

namespace gongkai::kiosk {

bool CornerTaps::tap(bool in_corner, double now) {
    if (!in_corner) {
        times_.clear();
        return false;
    }
    times_.push_back(now);
    while (!times_.empty() && now - times_.front() > kWindow) times_.pop_front();
    if (int(times_.size()) >= kTaps) {
        times_.clear();
        return true;
    }
    return false;
}

bool pin_matches(std::string_view pin, std::string_view pin_sha256) {
    if (pin_sha256.empty() || pin.empty()) return false;
    return sha256_hex("gongkai-kiosk-pin:" + std::string(pin)) == pin_sha256;
}

}  // namespace gongkai::kiosk
