#include "behaviour/clock.hpp"

#include <chrono>

namespace gongkai::kiosk {
namespace {

DateTime from_minutes(int64_t minutes) {
    int64_t days = minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440;
    return DateTime{Date::from_days(int32_t(days)), int32_t(minutes - days * 1440)};
}

}  // namespace

double SystemClock::seconds() const {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

DateTime SystemClock::local_now() const {
    using namespace std::chrono;
    int64_t unix_s = duration_cast<std::chrono::seconds>(system_clock::now().time_since_epoch()).count();
    return from_minutes(unix_s / 60 + offset_);
}

DateTime ManualClock::local_now() const {
    return from_minutes(start_.minutes_since_epoch() + int64_t(elapsed_ / 60.0));
}

}  // namespace gongkai::kiosk
