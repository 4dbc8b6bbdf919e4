#pragma once
// Idle handling: after `idle_seconds` without touch a 20-second warning, then
// home, then (after a short pause on home) the attract loop. Pure timing; the
// controller acts on the events.

namespace gongkai::kiosk {

enum class IdleState { active, warning, home_idle, attract };
enum class IdleEvent { none, warn, go_home, start_attract };

class IdleMachine {
public:
    static constexpr double kWarningSeconds = 20;
    static constexpr double kHomeBeforeAttract = 10;

    explicit IdleMachine(double idle_seconds, double now = 0) : idle_(idle_seconds), since_(now) {}
    void set_idle_seconds(double s) { idle_ = s; }

    // Any touch: back to active. Returns the state it left.
    IdleState touch(double now);
    // Advances to `now`; at most one event per call.
    IdleEvent tick(double now);
    IdleState state() const { return state_; }
    // Whole seconds left in the warning (20..1), 0 outside it.
    int warning_left(double now) const;

private:
    double idle_;
    double since_;  // start of the current state
    IdleState state_ = IdleState::active;
};

}  // namespace gongkai::kiosk
