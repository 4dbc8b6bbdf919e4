#include "app/app.hpp"

#include "app/painter.hpp"
#include "behaviour/kiosk.hpp"
#include "behaviour/script.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/Event.hpp>

#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>

namespace gongkai::kiosk {
namespace {

constexpr double kStep = 1.0 / 60.0;
constexpr double kPollSeconds = 2.0;

void log_line(const std::string& s) {
    std::fprintf(stderr, "%s\n", s.c_str());
    std::fflush(stderr);
}

// Window size for an orientation: the design sizes, fitted into the screen.
sf::Vector2u window_size(Orientation o) {
    return o == Orientation::landscape ? sf::Vector2u(1920, 1080) : sf::Vector2u(1080, 1920);
}

// The command line's orientation, else the site's, else portrait.
Orientation orientation_of(const AppOptions& opt, const SnapshotReader* s) {
    if (opt.orientation) return *opt.orientation;
    return s ? s->meta().kiosk.orientation : Orientation::portrait;
}

// Everything a running kiosk holds; shared by both modes.
struct Runtime {
    const AppOptions& opt;
    const Clock& clock;
    SnapshotWatcher watcher;
    std::unique_ptr<Kiosk> kiosk;
    std::unique_ptr<Painter> painter;
    sf::RenderWindow window;
    double last_poll = -1e9;
    uint64_t painted_version = 0;

    Runtime(const AppOptions& o, const Clock& c) : opt(o), clock(c), watcher(o.snapshot_dir, log_line) {}

    void poll(bool force = false) {
        if (!force && clock.seconds() - last_poll < kPollSeconds) return;
        last_poll = clock.seconds();
        if (auto s = watcher.poll()) kiosk->set_snapshot(std::move(s));
    }

    // Paints when the model changed; returns whether it did.
    bool paint_if_needed(bool force = false) {
        bool redraw = kiosk->take_redraw();
        if (!redraw && !force) return false;
        const Scene& scene = kiosk->scene();
        // Geometry is rebuilt only for a new scene; a scroll reuses it.
        if (kiosk->scene_version() != painted_version) {
            painter->prepare(scene, kiosk->contrast());
            painted_version = kiosk->scene_version();
        }
        painter->paint(window, kiosk->scroll());
        window.display();
        return true;
    }

    void handle(const sf::Event& e) {
        switch (e.type) {
        case sf::Event::MouseButtonPressed:
            kiosk->pointer_down(float(e.mouseButton.x), float(e.mouseButton.y));
            break;
        case sf::Event::MouseButtonReleased:
            kiosk->pointer_up(float(e.mouseButton.x), float(e.mouseButton.y));
            break;
        case sf::Event::MouseMoved: kiosk->pointer_move(float(e.mouseMove.x), float(e.mouseMove.y)); break;
        case sf::Event::TouchBegan: kiosk->pointer_down(float(e.touch.x), float(e.touch.y)); break;
        case sf::Event::TouchMoved: kiosk->pointer_move(float(e.touch.x), float(e.touch.y)); break;
        case sf::Event::TouchEnded: kiosk->pointer_up(float(e.touch.x), float(e.touch.y)); break;
        // Lock-down: closing, Escape and Alt+F4 do nothing; only the staff
        // gesture and PIN end the program.
        default: break;
        }
    }
};

std::unique_ptr<Kiosk> make_kiosk(const Fonts& fonts, const Clock& clock, sf::Vector2u size,
                                  TextSize text_size) {
    KioskSettings s;
    s.width = float(size.x);
    s.height = float(size.y);
    s.text_size = text_size;
    return std::make_unique<Kiosk>(fonts, clock, s, log_line);
}

// The snapshot to start with when the folder holds a good one; when not, the
// kiosk starts empty and its watcher logs why.
std::shared_ptr<const SnapshotReader> first_snapshot(const std::filesystem::path& dir) {
    std::unique_ptr<SnapshotReader> reader;
    if (!SnapshotReader::open(dir, &reader)) return nullptr;
    return reader;
}

bool save_shot(sf::RenderWindow& w, const std::filesystem::path& path) {
    sf::Texture t;
    t.create(w.getSize().x, w.getSize().y);
    t.update(w);
    return t.copyToImage().saveToFile(path.string());
}

int run_script(const AppOptions& opt, const Fonts& fonts) {
    std::ifstream in(opt.script);
    if (!in) {
        log_line("cannot read script " + opt.script.string());
        return 2;
    }
    std::stringstream buf;
    buf << in.rdbuf();
    ScriptParse script = parse_script(buf.str());
    if (!script.error.empty()) {
        log_line(script.error);
        return 2;
    }
    // The headless clock starts at the snapshot's build time so runs are
    // reproducible; without a snapshot, at a fixed date.
    auto first = first_snapshot(opt.snapshot_dir);
    DateTime start = first ? first->meta().generated_local : *DateTime::parse("2025-01-01 09:00");
    ManualClock clock(start);
    Runtime rt(opt, clock);
    sf::Vector2u size = window_size(orientation_of(opt, first.get()));
    rt.window.create(sf::VideoMode(size.x, size.y), "gongkai-kiosk", sf::Style::None);
    rt.window.setPosition({0, 0});
    rt.kiosk = make_kiosk(fonts, clock, size, opt.text_size);
    rt.painter = std::make_unique<Painter>(fonts);
    rt.poll(true);
    rt.kiosk->scene();

    std::error_code ec;
    if (!opt.screenshots.empty()) std::filesystem::create_directories(opt.screenshots, ec);
    // A script's wait also passes in real time, so a process beside the
    // kiosk (the snapshot-swap test's publisher) gets to act.
    enum class Pace { instant, real_time };
    auto frame = [&](Pace pace) {
        clock.advance(kStep);
        sf::Event e;
        while (rt.window.pollEvent(e)) {}  // keep the X connection serviced; real input is ignored
        rt.kiosk->update();
        rt.poll();
        if (pace == Pace::real_time) sf::sleep(sf::seconds(float(kStep)));
    };
    for (const Command& c : script.commands) {
        if (rt.kiosk->exit_requested()) break;
        switch (c.kind) {
        case CommandKind::tap:
            rt.kiosk->pointer_down(c.x1, c.y1);
            frame(Pace::instant);
            rt.kiosk->pointer_up(c.x1, c.y1);
            frame(Pace::instant);
            break;
        case CommandKind::drag: {
            int steps = std::max(1, int(c.ms / 1000.0 / kStep));
            rt.kiosk->pointer_down(c.x1, c.y1);
            for (int i = 1; i <= steps; ++i) {
                float f = float(i) / float(steps);
                frame(Pace::instant);
                rt.kiosk->pointer_move(c.x1 + (c.x2 - c.x1) * f, c.y1 + (c.y2 - c.y1) * f);
            }
            rt.kiosk->pointer_up(c.x2, c.y2);
            frame(Pace::instant);
            break;
        }
        case CommandKind::wait: {
            int steps = int(c.ms / 1000.0 / kStep);
            for (int i = 0; i < steps && !rt.kiosk->exit_requested(); ++i) frame(Pace::real_time);
            break;
        }
        case CommandKind::advance:
            clock.advance(c.seconds);
            rt.kiosk->update();
            rt.poll(true);
            break;
        case CommandKind::shot: {
            rt.kiosk->scene();
            rt.paint_if_needed(true);
            auto path = opt.screenshots / (c.name + ".png");
            if (!save_shot(rt.window, path)) log_line("cannot save " + path.string());
            break;
        }
        }
        rt.kiosk->scene();  // logs screen changes in script order
    }
    return 0;
}

int run_interactive(const AppOptions& opt, const Fonts& fonts) {
    SystemClock clock(kDefaultUtcOffsetMinutes);
    auto first = first_snapshot(opt.snapshot_dir);
    if (first) clock.set_offset(first->meta().utc_offset_minutes);
    Runtime rt(opt, clock);
    if (opt.windowed) {
        sf::Vector2u size = window_size(orientation_of(opt, first.get()));
        rt.window.create(sf::VideoMode(size.x, size.y), "gongkai-kiosk", sf::Style::Titlebar);
    } else {
        rt.window.create(sf::VideoMode::getDesktopMode(), "gongkai-kiosk", sf::Style::Fullscreen);
    }
    rt.window.setMouseCursorVisible(opt.windowed);
    rt.window.setKeyRepeatEnabled(false);
    sf::Vector2u size = rt.window.getSize();
    rt.kiosk = make_kiosk(fonts, clock, size, opt.text_size);
    rt.painter = std::make_unique<Painter>(fonts);
    rt.poll(true);

    // Fixed time step: model time advances in 1/60 s steps; painting happens
    // only after a step that changed something, otherwise the loop sleeps.
    sf::Clock real;
    double acc = 0;
    while (!rt.kiosk->exit_requested()) {
        acc += real.restart().asSeconds();
        sf::Event e;
        while (rt.window.pollEvent(e)) rt.handle(e);
        while (acc >= kStep) {
            rt.kiosk->update();
            acc -= kStep;
        }
        rt.poll();
        if (!rt.paint_if_needed()) sf::sleep(sf::seconds(float(kStep - acc > 0 ? kStep - acc : 0.001)));
    }
    rt.window.close();
    return 0;
}

}  // namespace

int run_app(const AppOptions& opt) {
    std::string err;
    auto fonts = Fonts::load_default(err);
    if (!fonts) {
        log_line("fonts: " + err);
        return 1;
    }
    return opt.script.empty() ? run_interactive(opt, *fonts) : run_script(opt, *fonts);
}

}  // namespace gongkai::kiosk
