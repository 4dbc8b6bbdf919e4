#pragma once
// The kiosk's behaviour without a window: the screen stack, taps and drags,
// toggles, idle/attract, snapshot swaps and the staff exit. The SFML
// front-end feeds it pointer events and time and paints scene(); tests drive
// it directly.

#include "behaviour/clock.hpp"
#include "text/font.hpp"
#include "behaviour/idle.hpp"
#include "screens/scene.hpp"
#include "screens/screens.hpp"
#include "behaviour/scroller.hpp"
#include "behaviour/snapshot_watcher.hpp"
#include "behaviour/staff_exit.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gongkai::kiosk {

struct KioskSettings {
    float width = 1080, height = 1920;
    TextSize text_size = TextSize::normal;
    Contrast contrast = Contrast::normal;
    int case_page_size = 30;
    double idle_seconds_override = 0;  // 0: use the snapshot's kiosk.idle_seconds
};

class Kiosk {
public:
    static constexpr double kSlideSeconds = 8;
    static constexpr double kTickerSeconds = 6;

    // `fonts` and `clock` must outlive the Kiosk. `log` gets one line per
    // screen change ("screen NAME ITEM-ID") and other notable events.
    Kiosk(const Fonts& fonts, const Clock& clock, KioskSettings settings, Logger log);

    // Swaps in a snapshot (nullptr: none available yet). Stays on the same
    // screen when its item still exists, else falls back up the stack.
    void set_snapshot(std::shared_ptr<const SnapshotReader> s);
    const SnapshotReader* snapshot() const { return snapshot_.get(); }

    // Pointer input in window pixels; mouse and single touch both map here.
    void pointer_down(float x, float y);
    void pointer_move(float x, float y);
    void pointer_up(float x, float y);
    // Advances animation and timers to the clock's current time.
    void update();

    // The current scene, rebuilt lazily after changes.
    const Scene& scene();
    // Increases whenever scene() is rebuilt (painters cache geometry per version).
    uint64_t scene_version() const { return version_; }
    float scroll() const { return scroller_.offset(); }
    Contrast contrast() const { return settings_.contrast; }
    const Metrics& metrics() const { return metrics_; }
    // True once per change that needs a repaint.
    bool take_redraw();
    bool exit_requested() const { return exit_; }
    const Route& route() const { return stack_.back().route; }
    IdleState idle_state() const { return idle_.state(); }

private:
    struct Entry {
        Route route;
        float scroll = 0;
    };
    enum class Overlay { none, idle_warning, pin };

    void navigate(const Route& r);
    void go_home();
    void back();
    void perform(const Action& a);
    void tap(float x, float y);
    void start_attract();
    // Rebuilds the attract slides, keeping the current one; with
    // NewUrgent::show_first a newly active urgent notice goes first.
    enum class NewUrgent { keep_place, show_first };
    void refresh_attract(NewUrgent new_urgent);
    void invalidate();
    void log_screen();
    void compose_overlay(Scene& s);
    ScreenContext context() const;
    double idle_seconds() const;

    const Fonts& fonts_;
    const Clock& clock_;
    KioskSettings settings_;
    Metrics metrics_;
    Logger log_;
    std::shared_ptr<const SnapshotReader> snapshot_;
    std::vector<Entry> stack_;
    Scroller scroller_;
    IdleMachine idle_;
    CornerTaps corner_;
    Overlay overlay_ = Overlay::none;
    std::string pin_;
    bool pin_wrong_ = false;
    AttractView attract_;
    double slide_since_ = 0;
    std::vector<std::string> urgent_seen_;
    size_t ticker_ = 0;
    double ticker_since_ = 0;
    int32_t minute_ = -1;
    int warning_left_ = 0;
    bool pressed_ = false, press_in_body_ = false;
    float press_x_ = 0, press_y_ = 0;
    std::optional<Scene> scene_;
    bool redraw_ = true;
    uint64_t version_ = 0;
    bool exit_ = false;
    std::string logged_;
};

}  // namespace gongkai::kiosk
