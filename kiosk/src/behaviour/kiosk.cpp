#include "behaviour/kiosk.hpp"

#include "screens/strings.hpp"

#include <algorithm>

namespace gongkai::kiosk {

Kiosk::Kiosk(const Fonts& fonts, const Clock& clock, KioskSettings settings, Logger log)
    : fonts_(fonts),
      clock_(clock),
      settings_(settings),
      metrics_(Metrics::make(settings.width, settings.height, settings.text_size)),
      log_(std::move(log)),
      idle_(kDefaultIdleSeconds, clock.seconds()) {
    stack_.push_back(Entry{Route{ScreenId::updating, "", 0}, 0});
    slide_since_ = ticker_since_ = clock.seconds();
}

double Kiosk::idle_seconds() const {
    if (settings_.idle_seconds_override > 0) return settings_.idle_seconds_override;
    if (snapshot_ && snapshot_->meta().kiosk.idle_seconds > 0) return snapshot_->meta().kiosk.idle_seconds;
    return kDefaultIdleSeconds;
}

ScreenContext Kiosk::context() const {
    ScreenContext ctx;
    ctx.snapshot = snapshot_.get();
    ctx.fonts = &fonts_;
    ctx.metrics = metrics_;
    ctx.now = clock_.local_now();
    ctx.ticker_index = ticker_;
    ctx.case_page_size = settings_.case_page_size;
    ctx.attract = &attract_;
    return ctx;
}

void Kiosk::invalidate() {
    scene_.reset();
    redraw_ = true;
}

bool Kiosk::take_redraw() {
    bool r = redraw_;
    redraw_ = false;
    return r;
}

void Kiosk::log_screen() {
    const Route& r = route();
    std::string line = "screen " + std::string(screen_name(r.screen)) + " " + (r.item.empty() ? "-" : r.item);
    if (r.screen == ScreenId::attract && !attract_.slides.empty()) {
        const Slide& s = attract_.slides[attract_.index % attract_.slides.size()];
        line = "screen attract " + (s.id.empty() ? std::string("figures") : s.id);
    }
    if (r.screen == ScreenId::case_list) line += " page " + std::to_string(r.page + 1);
    if (line != logged_) {
        logged_ = line;
        log_(line);
    }
}

const Scene& Kiosk::scene() {
    if (!scene_) {
        scene_ = build_scene(route(), context());
        scroller_.set_limit(scene_->max_scroll());
        compose_overlay(*scene_);
        ++version_;
        log_screen();
    }
    return *scene_;
}

void Kiosk::set_snapshot(std::shared_ptr<const SnapshotReader> s) {
    if (!s) return;  // keep the last good one
    bool first = !snapshot_;
    snapshot_ = std::move(s);
    idle_.set_idle_seconds(idle_seconds());
    if (first) {
        stack_ = {Entry{Route{ScreenId::home, "", 0}, 0}};
        scroller_.set_offset(0);
    } else {
        // Keep the longest prefix of the stack whose items still exist.
        size_t keep = 0;
        while (keep < stack_.size() && route_exists(*snapshot_, stack_[keep].route)) ++keep;
        if (keep < stack_.size()) {
            stack_.resize(std::max<size_t>(keep, 1));
            scroller_.set_offset(stack_.back().scroll);
        }
        if (route().screen == ScreenId::attract) refresh_attract(NewUrgent::show_first);
    }
    invalidate();
}

void Kiosk::navigate(const Route& r) {
    stack_.back().scroll = scroller_.offset();
    stack_.push_back(Entry{r, 0});
    scroller_.set_offset(0);
    invalidate();
}

void Kiosk::go_home() {
    if (!snapshot_) return;
    stack_ = {Entry{Route{ScreenId::home, "", 0}, 0}};
    scroller_.set_offset(0);
    invalidate();
}

void Kiosk::back() {
    if (stack_.size() <= 1) return;
    stack_.pop_back();
    scroller_.set_offset(stack_.back().scroll);
    invalidate();
}

void Kiosk::perform(const Action& a) {
    switch (a.kind) {
    case ActionKind::go: navigate(a.route); break;
    case ActionKind::back: back(); break;
    case ActionKind::home: go_home(); break;
    case ActionKind::toggle_large_text:
        settings_.text_size = settings_.text_size == TextSize::large ? TextSize::normal : TextSize::large;
        metrics_ = Metrics::make(settings_.width, settings_.height, settings_.text_size);
        invalidate();
        break;
    case ActionKind::toggle_contrast:
        settings_.contrast = settings_.contrast == Contrast::high ? Contrast::normal : Contrast::high;
        invalidate();
        break;
    case ActionKind::page_prev:
    case ActionKind::page_next: {
        Route r = route();
        r.page = std::max(0, r.page + (a.kind == ActionKind::page_next ? 1 : -1));
        stack_.back() = Entry{r, 0};
        scroller_.set_offset(0);
        invalidate();
        break;
    }
    case ActionKind::keep_alive:
        overlay_ = Overlay::none;
        invalidate();
        break;
    case ActionKind::attract_pause:
        attract_.paused = !attract_.paused;
        slide_since_ = clock_.seconds();
        invalidate();
        break;
    case ActionKind::pin_digit:
        if (pin_.size() < 12) pin_.push_back(char('0' + a.value));
        pin_wrong_ = false;
        invalidate();
        break;
    case ActionKind::pin_delete:
        if (!pin_.empty()) pin_.pop_back();
        invalidate();
        break;
    case ActionKind::pin_cancel:
        overlay_ = Overlay::none;
        pin_.clear();
        invalidate();
        break;
    case ActionKind::pin_ok:
        if (snapshot_ && pin_matches(pin_, snapshot_->meta().pin_sha256)) {
            log_("staff exit");
            exit_ = true;
        } else {
            log_("pin rejected");
            pin_wrong_ = true;
        }
        pin_.clear();
        invalidate();
        break;
    case ActionKind::none: break;
    }
}

void Kiosk::pointer_down(float x, float y) {
    const Scene& s = scene();
    pressed_ = true;
    press_x_ = x;
    press_y_ = y;
    press_in_body_ = overlay_ == Overlay::none && s.viewport.contains(x, y) && s.max_scroll() > 0;
    if (press_in_body_) scroller_.press(y, clock_.seconds());
}

void Kiosk::pointer_move(float, float y) {
    if (!pressed_ || !press_in_body_) return;
    if (scroller_.move(y, clock_.seconds())) redraw_ = true;
}

void Kiosk::pointer_up(float x, float y) {
    if (!pressed_) return;
    pressed_ = false;
    bool is_tap = press_in_body_ ? scroller_.release(clock_.seconds())
                                 : std::abs(x - press_x_) < Scroller::kTapSlop && std::abs(y - press_y_) < Scroller::kTapSlop;
    if (route().screen == ScreenId::attract) {
        // Any touch leaves the attract loop, except its pause control, which
        // holds the current slide without leaving.
        if (is_tap)
            for (const auto& h : scene().fixed.hits)
                if (h.rect.contains(x, y) && h.action.kind == ActionKind::attract_pause) return perform(h.action);
        idle_.touch(clock_.seconds());
        go_home();
        return;
    }
    idle_.touch(clock_.seconds());
    if (is_tap) tap(x, y);
}

void Kiosk::tap(float x, float y) {
    const Scene& s = scene();
    Rect corner{0, metrics_.height - metrics_.footer_height, 110 * metrics_.u, metrics_.footer_height};
    if (corner_.tap(corner.contains(x, y), clock_.seconds()) && overlay_ == Overlay::none) {
        overlay_ = Overlay::pin;
        pin_.clear();
        pin_wrong_ = false;
        log_("pin pad");
        invalidate();
        return;
    }
    if (overlay_ != Overlay::none) {
        for (const auto& h : s.overlay.hits)
            if (h.rect.contains(x, y)) return perform(h.action);
        // Touching anywhere dismisses the idle warning; the PIN pad stays.
        if (overlay_ == Overlay::idle_warning) perform(Action{ActionKind::keep_alive, {}, 0});
        return;
    }
    for (const auto& h : s.fixed.hits)
        if (h.rect.contains(x, y)) return perform(h.action);
    if (s.viewport.contains(x, y)) {
        float by = y - s.viewport.y + scroller_.offset();
        for (const auto& h : s.body.hits)
            if (h.rect.contains(x, by)) return perform(h.action);
    }
}

void Kiosk::start_attract() {
    attract_ = AttractView{};
    stack_ = {Entry{Route{ScreenId::home, "", 0}, 0}, Entry{Route{ScreenId::attract, "", 0}, 0}};
    scroller_.set_offset(0);
    refresh_attract(NewUrgent::keep_place);
    slide_since_ = clock_.seconds();
    invalidate();
}

void Kiosk::refresh_attract(NewUrgent new_urgent) {
    if (!snapshot_) return;
    std::string current;
    if (!attract_.slides.empty()) current = attract_.slides[attract_.index % attract_.slides.size()].id;
    attract_.slides = attract_slides(*snapshot_, clock_.local_now());
    attract_.index = 0;
    for (size_t i = 0; i < attract_.slides.size(); ++i)
        if (!current.empty() && attract_.slides[i].id == current) attract_.index = i;
    if (new_urgent == NewUrgent::keep_place) return;
    for (size_t i = 0; i < attract_.slides.size(); ++i) {
        const Slide& s = attract_.slides[i];
        if (s.kind != SlideKind::urgent_notice) continue;
        if (std::find(urgent_seen_.begin(), urgent_seen_.end(), s.id) == urgent_seen_.end()) {
            // A newly active urgent notice takes over the loop first.
            attract_.index = i;
            slide_since_ = clock_.seconds();
            log_("urgent notice " + s.id);
            break;
        }
    }
}

void Kiosk::update() {
    double now = clock_.seconds();
    if (scroller_.step(1.0 / 60.0)) redraw_ = true;
    if (!snapshot_) {
        DateTime t = clock_.local_now();
        if (t.minute_of_day != minute_) {
            minute_ = t.minute_of_day;
            invalidate();
        }
        return;
    }
    switch (idle_.tick(now)) {
    case IdleEvent::warn:
        overlay_ = Overlay::idle_warning;
        pin_.clear();
        log_("idle warning");
        invalidate();
        break;
    case IdleEvent::go_home:
        overlay_ = Overlay::none;
        go_home();
        break;
    case IdleEvent::start_attract: start_attract(); break;
    case IdleEvent::none: break;
    }
    if (overlay_ == Overlay::idle_warning && idle_.warning_left(now) != warning_left_) {
        warning_left_ = idle_.warning_left(now);
        invalidate();
    }
    DateTime t = clock_.local_now();
    if (t.minute_of_day != minute_) {
        // The clock on screen, notice validity and the attract slides all
        // change at minute granularity.
        minute_ = t.minute_of_day;
        if (route().screen == ScreenId::attract) refresh_attract(NewUrgent::show_first);
        std::vector<std::string> urgent;
        for (const auto& n : snapshot_->notices(NoticeState::active, t))
            if (n.priority == Priority::urgent) urgent.push_back(n.id);
        urgent_seen_ = urgent;
        invalidate();
    }
    if (route().screen == ScreenId::attract && !attract_.paused && !attract_.slides.empty() &&
        now - slide_since_ >= kSlideSeconds) {
        attract_.index = (attract_.index + 1) % attract_.slides.size();
        slide_since_ = now;
        invalidate();
    }
    if (route().screen == ScreenId::home && now - ticker_since_ >= kTickerSeconds) {
        ticker_since_ = now;
        ++ticker_;
        if (home_model(*snapshot_, t).ticker.size() > 1) invalidate();
    }
}

void Kiosk::compose_overlay(Scene& s) {
    if (overlay_ == Overlay::none) return;
    const Metrics& m = metrics_;
    Composer c(fonts_, metrics_, s.overlay);
    c.fill(Rect{0, 0, m.width, m.height}, Colour::overlay);
    float w = std::min(m.width - 2 * m.margin, 860 * m.u);
    float x = (m.width - w) / 2;
    if (overlay_ == Overlay::idle_warning) {
        float h = 520 * m.u;
        Rect card{x, (m.height - h) / 2, w, h};
        c.fill(card, Colour::surface);
        c.outline(card, Colour::border);
        float y = card.y + 50 * m.u;
        c.label(Rect{card.x, y, w, c.line_height(m.title_px)}, ui::idle_warning, m.title_px,
                TextStyle{FaceId::bold, Colour::text}, 1);
        y += c.line_height(m.title_px) + 20 * m.u;
        std::string left = std::to_string(idle_.warning_left(clock_.seconds())) + std::string(ui::idle_seconds_left);
        c.label(Rect{card.x, y, w, c.line_height(m.body_px)}, left, m.body_px, TextStyle{FaceId::regular, Colour::muted}, 1);
        float bw = 360 * m.u;
        c.button(Rect{card.x + (w - bw) / 2, card.bottom() - 60 * m.u - m.button * 1.3f, bw, m.button * 1.3f},
                 ui::keep_using, Action{ActionKind::keep_alive, {}, 0});
        return;
    }
    // PIN pad: 3 x 4 keys plus cancel.
    float key = std::min(200 * m.u, (w - 80 * m.u) / 3);
    float gap = 20 * m.u;
    float h = 100 * m.u + c.line_height(m.title_px) * 2 + 4 * (key + gap) + m.button + 60 * m.u;
    Rect card{x, (m.height - h) / 2, w, h};
    c.fill(card, Colour::surface);
    c.outline(card, Colour::border);
    float y = card.y + 40 * m.u;
    c.label(Rect{card.x, y, w, c.line_height(m.title_px)}, ui::pin_title, m.title_px, TextStyle{FaceId::bold, Colour::text}, 1);
    y += c.line_height(m.title_px);
    std::string dots = pin_wrong_ ? std::string(ui::pin_wrong) : std::string(pin_.size(), '*');
    c.label(Rect{card.x, y, w, c.line_height(m.title_px)}, dots, m.title_px,
            TextStyle{FaceId::bold, pin_wrong_ ? Colour::urgent : Colour::text}, 1);
    y += c.line_height(m.title_px) + 20 * m.u;
    float kx = card.x + (w - 3 * key - 2 * gap) / 2;
    const char* labels[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", ""};
    for (int i = 0; i < 12; ++i) {
        Rect r{kx + float(i % 3) * (key + gap), y + float(i / 3) * (key + gap), key, key};
        if (i == 9) c.button(r, ui::pin_delete, Action{ActionKind::pin_delete, {}, 0}, Colour::surface_alt, Colour::text);
        else if (i == 11) c.button(r, ui::pin_ok, Action{ActionKind::pin_ok, {}, 0});
        else c.button(r, labels[i], Action{ActionKind::pin_digit, {}, labels[i][0] - '0'}, Colour::surface_alt, Colour::text);
    }
    y += 4 * (key + gap);
    c.button(Rect{kx, y, 3 * key + 2 * gap, m.button}, ui::pin_cancel, Action{ActionKind::pin_cancel, {}, 0},
             Colour::surface, Colour::text);
}

}  // namespace gongkai::kiosk
