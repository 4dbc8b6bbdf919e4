#include "behaviour/clock.hpp"

#include <chrono>

namespace gongkai::kiosk {

double SystemClock::seconds() const {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

DateTime SystemClock::local_now() const {
    using namespace std::chrono;
    int64_t unix_s = duration_cast<std::chrono::seconds>(system_clock::now().time_since_epoch()).count();
    return DateTime::from_minutes_since_epoch(unix_s / 60 + offset_);
}

DateTime ManualClock::local_now() const {
    return DateTime::from_minutes_since_epoch(start_.minutes_since_epoch() + int64_t(elapsed_ / 60.0));
}

}  // namespace gongkai::kiosk
