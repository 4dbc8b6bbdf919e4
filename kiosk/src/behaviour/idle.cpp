#include "behaviour/idle.hpp"

#include <cmath>

namespace gongkai::kiosk {

IdleState IdleMachine::touch(double now) {
    IdleState was = state_;
    state_ = IdleState::active;
    since_ = now;
    return was;
}

IdleEvent IdleMachine::tick(double now) {
    double in_state = now - since_;
    switch (state_) {
    case IdleState::active:
        if (in_state >= idle_) {
            state_ = IdleState::warning;
            since_ = now;
            return IdleEvent::warn;
        }
        break;
    case IdleState::warning:
        if (in_state >= kWarningSeconds) {
            state_ = IdleState::home_idle;
            since_ = now;
            return IdleEvent::go_home;
        }
        break;
    case IdleState::home_idle:
        if (in_state >= kHomeBeforeAttract) {
            state_ = IdleState::attract;
            since_ = now;
            return IdleEvent::start_attract;
        }
        break;
    case IdleState::attract: break;
    }
    return IdleEvent::none;
}

int IdleMachine::warning_left(double now) const {
    if (state_ != IdleState::warning) return 0;
    return int(std::ceil(kWarningSeconds - (now - since_)));
}

}  // namespace gongkai::kiosk
