#pragma once
// The kiosk's clock, injected so tests and the headless mode can move time.

#include "gongkai/date.hpp"

namespace gongkai::kiosk {

class Clock {
public:
    virtual ~Clock() = default;
    // Seconds on a monotonic scale, for idle timing and animation.
    virtual double seconds() const = 0;
    // Local wall-clock time in the site's time zone.
    virtual DateTime local_now() const = 0;
};

// Wall clock; local time from UTC plus the site's fixed offset (no DST in
// China), so the kiosk does not depend on the machine's TZ setting.
class SystemClock final : public Clock {
public:
    explicit SystemClock(int utc_offset_minutes) : offset_(utc_offset_minutes) {}
    void set_offset(int minutes) { offset_ = minutes; }
    double seconds() const override;
    DateTime local_now() const override;

private:
    int offset_;
};

// A clock that moves only when told (headless scripts, tests).
class ManualClock final : public Clock {
public:
    explicit ManualClock(DateTime start) : start_(start) {}
    void advance(double s) { elapsed_ += s; }
    double seconds() const override { return elapsed_; }
    DateTime local_now() const override;

private:
    DateTime start_;
    double elapsed_ = 0;
};

}  // namespace gongkai::kiosk
