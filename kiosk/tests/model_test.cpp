// View models, navigation, idle/attract, snapshot swaps and the staff exit,
// all without SFML or a display.
#include "test_site.hpp"
#include "behaviour/kiosk.hpp"
#include "behaviour/script.hpp"
#include "screens/view_models.hpp"

#include "gongkai/hash.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace gongkai;
using namespace gongkai::kiosk;
namespace fs = std::filesystem;

namespace {

const Fonts& fonts() {
    static std::string err;
    static auto f = Fonts::load_default(err);
    REQUIRE_MESSAGE(f.has_value(), err);
    return *f;
}

fs::path fixture_dir(const std::string& name, const test_site::KioskSiteOptions& opt = {}) {
    fs::path dir = fs::path(GONGKAI_BINARY_DIR) / "kiosk-test-snapshots" / name;
    fs::remove_all(dir);
    std::string err = test_site::write_kiosk_snapshot(dir, opt);
    REQUIRE_MESSAGE(err.empty(), err);
    return dir;
}

std::shared_ptr<const SnapshotReader> open(const fs::path& dir) {
    std::unique_ptr<SnapshotReader> r;
    const Status opened = SnapshotReader::open(dir, &r);
    REQUIRE_MESSAGE(opened, opened.message());
    return std::shared_ptr<const SnapshotReader>(std::move(r));
}

DateTime at(const char* s) { return *DateTime::parse(s); }

struct Harness {
    ManualClock clock{at("2025-06-20 09:30")};
    std::vector<std::string> log;
    Kiosk kiosk;
    explicit Harness(float w = 1080, float h = 1920)
        : kiosk(fonts(), clock, KioskSettings{w, h, TextSize::normal, Contrast::normal, 30, 0},
                [this](const std::string& s) { log.push_back(s); }) {}
    void tap_label(const std::string& label) {
        const Scene& s = kiosk.scene();
        auto find = [&](const Layer& l, float dy) -> bool {
            for (const auto& h : l.hits)
                if (h.label == label) {
                    float x = h.rect.x + h.rect.w / 2, y = h.rect.y + h.rect.h / 2 + dy;
                    kiosk.pointer_down(x, y);
                    kiosk.pointer_up(x, y);
                    return true;
                }
            return false;
        };
        if (!s.overlay.hits.empty()) {
            REQUIRE_MESSAGE(find(s.overlay, 0), label);
            return;
        }
        if (find(s.fixed, 0)) return;
        REQUIRE_MESSAGE(find(s.body, s.viewport.y - kiosk.scroll()), label);
    }
    void run(double seconds) {
        for (double t = 0; t < seconds; t += 0.25) {
            clock.advance(0.25);
            kiosk.update();
            kiosk.scene();
        }
    }
    bool logged(const std::string& line) const { return std::find(log.begin(), log.end(), line) != log.end(); }
};

}  // namespace

TEST_CASE("view models show what the fixture holds") {
    auto snap = open(fixture_dir("vm"));
    DateTime now = at("2025-06-20 09:30");

    HomeModel home = home_model(*snap, now);
    CHECK(home.centre_name == "新华街道综治中心");
    CHECK(home.date_line == "2025年6月20日 周五 09:30");
    REQUIRE(home.ticker.size() == 1);
    CHECK(home.ticker[0].id == "water-0621");
    CHECK(home.figures.size() == 7);
    CHECK(home.figures[0].value == "43");

    NoticeListModel notices = notice_list_model(*snap, now);
    REQUIRE_FALSE(notices.sections.empty());
    CHECK(notices.sections[0].rows[0].id == "water-0621");  // urgent first
    bool upcoming = false, expired = false;
    for (const auto& s : notices.sections) {
        upcoming |= s.heading == "即将生效" && s.rows[0].id == "gas-check";
        expired |= s.heading == "已过期（最近）";
    }
    CHECK(upcoming);
    CHECK(expired);

    auto notice = notice_detail_model(*snap, "water-0621", now);
    REQUIRE(notice);
    CHECK(notice->qr_url == "https://gongkai.example.cn/xinhua/notice/water-0621.html");
    CHECK(notice->urgent);

    auto c = case_detail_model(*snap, "2025-0003");
    REQUIRE(c);
    bool overdue = false;
    for (const auto& f : c->fields) overdue |= f.label == "时限评价" && f.value == "已逾期";
    CHECK(overdue);
    CHECK(c->qr_url == "https://gongkai.example.cn/xinhua/case/2025-0003.html");

    CaseListModel page = case_list_model(*snap, "", "", 1, 20);
    CHECK(page.total == 43);
    CHECK(page.pages == 3);
    CHECK(page.rows.size() == 20);
    CHECK(case_list_model(*snap, "", "", 99, 20).page == 2);

    auto p = project_detail_model(*snap, "charging-piles");
    REQUIRE(p);
    CHECK(p->progress == 65);
    CHECK(p->funding.size() == 2);
    CHECK(p->quantities[0].value == "78个");

    auto slides = attract_slides(*snap, now);
    REQUIRE(slides.size() == 3);
    CHECK(slides[0].kind == SlideKind::urgent_notice);
    CHECK(slides[1].kind == SlideKind::key_figures);
    CHECK(slides[2].id == "bus-route-88");

    auto unit = unit_model(*snap, "hongqi", now);
    REQUIRE(unit);
    CHECK(unit->notices.size() >= 2);  // its own plus whole-site ones
    CHECK(units_model(*snap).rows.size() == 3);
    CHECK(about_model(*snap).services.size() == 5);
}

TEST_CASE("every screen lays out inside the window with targets of at least 60 px") {
    auto snap = open(fixture_dir("layout"));
    for (auto [w, h] : {std::pair{1080.f, 1920.f}, std::pair{1920.f, 1080.f}}) {
        for (TextSize ts : {TextSize::normal, TextSize::large}) {
            ScreenContext ctx;
            ctx.snapshot = snap.get();
            ctx.fonts = &fonts();
            ctx.metrics = Metrics::make(w, h, ts);
            ctx.now = at("2025-06-20 09:30");
            for (Route r : {Route{ScreenId::home, "", 0}, Route{ScreenId::notices, "", 0},
                            Route{ScreenId::notice, "water-0621", 0}, Route{ScreenId::cases, "", 0},
                            Route{ScreenId::case_list, "", 0}, Route{ScreenId::case_detail, "2025-0001", 0},
                            Route{ScreenId::projects, "", 0}, Route{ScreenId::project, "charging-piles", 0},
                            Route{ScreenId::units, "", 0}, Route{ScreenId::unit, "hongqi", 0},
                            Route{ScreenId::about, "", 0}}) {
                CAPTURE(screen_name(r.screen));
                const float width = w;  // clang 14 cannot capture a structured binding
                CAPTURE(width);
                Scene s = build_scene(r, ctx);
                CHECK(s.body_height > 0);
                for (const Layer* l : {&s.fixed, &s.body})
                    for (const auto& hit : l->hits) {
                        CHECK(hit.rect.w >= 60);
                        CHECK(hit.rect.h >= 60);
                        CHECK(hit.rect.right() <= w + 0.5f);
                    }
                for (const auto& op : s.body.ops)
                    if (auto t = std::get_if<TextOp>(&op)) {
                        CHECK(t->bounds.x >= 0);
                        CHECK(t->bounds.right() <= w + 0.5f);
                    }
            }
        }
    }
}

TEST_CASE("navigation: tiles, back and home; large text and contrast toggles") {
    auto dir = fixture_dir("nav");
    Harness h;
    h.kiosk.set_snapshot(open(dir));
    h.kiosk.scene();
    CHECK(h.kiosk.route().screen == ScreenId::home);
    h.tap_label("通知公告");
    h.kiosk.scene();
    CHECK(h.kiosk.route().screen == ScreenId::notices);
    h.tap_label("6月21日红旗社区计划停水");
    h.kiosk.scene();
    CHECK(h.logged("screen notice water-0621"));
    h.tap_label("返回");
    CHECK(h.kiosk.route().screen == ScreenId::notices);
    h.tap_label("大字");
    CHECK(h.kiosk.metrics().text_size == TextSize::large);
    h.tap_label("高对比");
    CHECK(h.kiosk.contrast() == Contrast::high);
    h.tap_label("首页");
    CHECK(h.kiosk.route().screen == ScreenId::home);
}

TEST_CASE("idle: warning, home, attract, any touch returns home") {
    auto dir = fixture_dir("idle");
    Harness h;
    h.kiosk.set_snapshot(open(dir));
    h.tap_label("民生实事");
    h.run(59);
    CHECK(h.kiosk.idle_state() == IdleState::active);
    h.run(2);
    CHECK(h.kiosk.idle_state() == IdleState::warning);
    CHECK_FALSE(h.kiosk.scene().overlay.hits.empty());
    h.tap_label("继续");
    CHECK(h.kiosk.idle_state() == IdleState::active);
    CHECK(h.kiosk.route().screen == ScreenId::projects);
    h.run(61 + 20);
    CHECK(h.kiosk.route().screen == ScreenId::home);
    h.run(11);
    CHECK(h.kiosk.route().screen == ScreenId::attract);
    CHECK(h.logged("screen attract water-0621"));
    h.run(9);
    CHECK(h.logged("screen attract figures"));
    h.tap_label("暂停");
    h.run(30);
    CHECK(h.kiosk.route().screen == ScreenId::attract);
    CHECK_FALSE(h.logged("screen attract bus-route-88"));
    h.kiosk.pointer_down(500, 500);
    h.kiosk.pointer_up(500, 500);
    h.kiosk.scene();
    CHECK(h.kiosk.route().screen == ScreenId::home);
}

TEST_CASE("a newly active urgent notice takes over the attract loop") {
    auto dir = fixture_dir("urgent");
    Harness h;
    h.kiosk.set_snapshot(open(dir));
    h.run(60 + 20 + 11);
    REQUIRE(h.kiosk.route().screen == ScreenId::attract);
    h.tap_label("暂停");  // held on one slide: the takeover must still happen
    h.run(60 * 60);      // gas-check becomes active at 10:30
    CHECK(h.logged("urgent notice gas-check"));
    CHECK(h.logged("screen attract gas-check"));
}

TEST_CASE("snapshot swap keeps the screen; bad snapshots are refused and the last good stays") {
    auto dir = fixture_dir("swap");
    std::vector<std::string> log;
    SnapshotWatcher watcher(dir, [&](const std::string& s) { log.push_back(s); });
    Harness h;
    auto first = watcher.poll();
    REQUIRE(first);
    CHECK(watcher.poll() == nullptr);  // unchanged
    h.kiosk.set_snapshot(first);
    h.tap_label("通知公告");
    h.tap_label("6月21日红旗社区计划停水");
    REQUIRE(h.kiosk.route().item == "water-0621");

    test_site::KioskSiteOptions newer;
    newer.generated_at = "2025-06-20 11:00";
    newer.extra_urgent = true;
    REQUIRE(test_site::write_kiosk_snapshot(dir, newer).empty());
    auto second = watcher.poll();
    REQUIRE(second);
    h.kiosk.set_snapshot(second);
    CHECK(h.kiosk.route().item == "water-0621");
    CHECK(h.kiosk.snapshot()->meta().generated_at.find("11:00") != std::string::npos);

    // Corrupt the database: the manifest's sha256 no longer matches.
    {
        std::ofstream db(dir / "gongkai.sqlite", std::ios::binary | std::ios::app);
        db << "garbage";
    }
    CHECK(watcher.poll() == nullptr);
    CHECK(log.back().rfind("snapshot refused: ", 0) == 0);
    h.kiosk.set_snapshot(watcher.poll());  // nullptr keeps the last good one
    CHECK(h.kiosk.snapshot() == second.get());

    fs::remove(dir / "manifest.json");
    CHECK(watcher.poll() == nullptr);
    CHECK(log.back().rfind("snapshot refused: ", 0) == 0);
}

TEST_CASE("no snapshot at all shows the calm updating screen") {
    Harness h;
    h.kiosk.scene();
    CHECK(h.kiosk.route().screen == ScreenId::updating);
    h.kiosk.pointer_down(500, 500);
    h.kiosk.pointer_up(500, 500);
    h.run(200);
    CHECK(h.kiosk.route().screen == ScreenId::updating);
}

TEST_CASE("staff exit needs the hidden gesture and the right PIN") {
    auto dir = fixture_dir("pin");
    Harness h;
    h.kiosk.set_snapshot(open(dir));
    auto corner = [&](int n) {
        for (int i = 0; i < n; ++i) {
            h.kiosk.pointer_down(20, 1900);
            h.kiosk.pointer_up(20, 1900);
            h.clock.advance(0.2);
        }
    };
    corner(4);
    CHECK(h.kiosk.scene().overlay.hits.empty());
    corner(1);
    CHECK(h.logged("pin pad"));
    for (const char* d : {"1", "2", "3", "4"}) h.tap_label(d);
    h.tap_label("确定");
    CHECK(h.logged("pin rejected"));
    CHECK_FALSE(h.kiosk.exit_requested());
    for (const char* d : {"2", "4", "6", "8"}) h.tap_label(d);
    h.tap_label("确定");
    CHECK(h.kiosk.exit_requested());
    CHECK(pin_matches("2468", h.kiosk.snapshot()->meta().pin_sha256));
    CHECK_FALSE(pin_matches("2468", ""));
}

TEST_CASE("scroll with inertia stays within the content") {
    auto dir = fixture_dir("scroll");
    Harness h;
    h.kiosk.set_snapshot(open(dir));
    h.tap_label("矛盾纠纷化解");
    h.tap_label("全部案件");
    h.kiosk.pointer_down(540, 1500);
    for (int i = 1; i <= 10; ++i) {
        h.clock.advance(1.0 / 60);
        h.kiosk.pointer_move(540, 1500 - 60.f * float(i));
    }
    h.kiosk.pointer_up(540, 900);
    float after_drag = h.kiosk.scroll();
    CHECK(after_drag == doctest::Approx(600));
    for (int i = 0; i < 30; ++i) {
        h.clock.advance(1.0 / 60);
        h.kiosk.update();
    }
    CHECK(h.kiosk.scroll() > after_drag);  // inertia carried on
    CHECK(h.kiosk.scroll() <= h.kiosk.scene().max_scroll());
    CHECK(h.kiosk.route().screen == ScreenId::case_list);  // a drag is not a tap
}

TEST_CASE("script parser") {
    auto ok = parse_script("# comment\ntap 10 20\ndrag 1 2 3 4 250\nwait 100\nadvance 90\nshot home-1\n");
    CHECK(ok.error.empty());
    REQUIRE(ok.commands.size() == 5);
    CHECK(ok.commands[1].kind == CommandKind::drag);
    CHECK(ok.commands[1].ms == 250);
    CHECK(ok.commands[3].seconds == 90);
    CHECK(ok.commands[4].name == "home-1");
    CHECK(parse_script("tap 1\n").error == "script:1: expected 'tap X Y', 'drag X1 Y1 X2 Y2 MS', 'wait MS', 'advance SECONDS' or 'shot NAME', got 'tap 1'");
    CHECK(parse_script("wait x\n").error.find("script:1:") == 0);
    CHECK_FALSE(parse_script("shot ../etc\n").error.empty());
}

TEST_CASE("text on a screen never overlaps other text") {
    auto snap = open(fixture_dir("overlap"));
    for (auto [w, h] : {std::pair{1080.f, 1920.f}, std::pair{1920.f, 1080.f}}) {
        for (TextSize ts : {TextSize::normal, TextSize::large}) {
            ScreenContext ctx;
            ctx.snapshot = snap.get();
            ctx.fonts = &fonts();
            ctx.metrics = Metrics::make(w, h, ts);
            ctx.now = at("2025-06-20 09:30");
            for (Route r : {Route{ScreenId::about, "", 0}, Route{ScreenId::case_detail, "2025-0001", 0},
                            Route{ScreenId::project, "charging-piles", 0}, Route{ScreenId::notice, "water-0621", 0}}) {
                CAPTURE(screen_name(r.screen));
                Scene s = build_scene(r, ctx);
                std::vector<Rect> boxes;
                for (const auto& op : s.body.ops)
                    if (auto t = std::get_if<TextOp>(&op)) boxes.push_back(t->bounds);
                for (size_t i = 0; i < boxes.size(); ++i)
                    for (size_t j = i + 1; j < boxes.size(); ++j) {
                        const Rect& a = boxes[i];
                        const Rect& b = boxes[j];
                        bool overlap = a.x < b.right() - 1 && b.x < a.right() - 1 && a.y < b.bottom() - 1 &&
                                       b.y < a.bottom() - 1;
                        CHECK_FALSE(overlap);
                    }
            }
        }
    }
}
