// kiosk_bench [SNAPSHOT_DIR] — kiosk speed and size with a 100,000-case
// snapshot, under Xvfb:
//   xvfb-run -a -s "-screen 0 1920x1920x24" build/kiosk/kiosk_bench /tmp/kiosk-bench-snap
// Prints first-frame time, scroll frame times (median, p99), idle CPU and
// peak RSS over 10,000 frames. Not run by CI.
#include "app/painter.hpp"
#include "test_site.hpp"
#include "behaviour/kiosk.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/Event.hpp>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace gongkai;
using namespace gongkai::kiosk;
using Clk = std::chrono::steady_clock;

namespace {

double ms_since(Clk::time_point t) { return std::chrono::duration<double, std::milli>(Clk::now() - t).count(); }

long status_kb(const char* key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key, 0) == 0) return std::stol(line.substr(std::string(key).size()));
    return 0;
}

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

bool tap_label(Kiosk& k, const std::string& label) {
    const Scene& s = k.scene();
    for (const auto& h : s.fixed.hits)
        if (h.label == label) {
            k.pointer_down(h.rect.x + 5, h.rect.y + 5);
            k.pointer_up(h.rect.x + 5, h.rect.y + 5);
            return true;
        }
    for (const auto& h : s.body.hits)
        if (h.label == label && h.rect.y - k.scroll() >= 0) {
            float y = s.viewport.y + h.rect.y - k.scroll() + 5;
            k.pointer_down(h.rect.x + 5, y);
            k.pointer_up(h.rect.x + 5, y);
            return true;
        }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    std::string dir = argc > 1 ? argv[1] : "/tmp/kiosk-bench-snap";
    {
        std::unique_ptr<SnapshotReader> existing;
        if (!SnapshotReader::open(dir, &existing)) {
            std::printf("writing a 100,000-case snapshot to %s ...\n", dir.c_str());
            std::fflush(stdout);
            // In a child process, so the writer's memory does not count
            // toward the kiosk's peak RSS.
            pid_t pid = fork();
            if (pid == 0) {
                test_site::KioskSiteOptions opt;
                opt.generated_cases = 100000;
                const std::string err = test_site::write_kiosk_snapshot(dir, opt);
                if (!err.empty()) std::fprintf(stderr, "%s\n", err.c_str());
                _exit(err.empty() ? 0 : 1);
            }
            int status = 1;
            waitpid(pid, &status, 0);
            if (status != 0) return 1;
        }
    }

    auto start = Clk::now();
    std::string err;
    auto fonts = Fonts::load_default(err);
    std::unique_ptr<SnapshotReader> opened;
    const Status snap_status = SnapshotReader::open(dir, &opened);
    auto snap = std::shared_ptr<const SnapshotReader>(std::move(opened));
    if (!fonts || !snap) {
        std::fprintf(stderr, "%s\n", fonts ? snap_status.message().c_str() : err.c_str());
        return 1;
    }
    ManualClock clock(snap->meta().generated_local);
    sf::RenderWindow window(sf::VideoMode(1080, 1920), "kiosk_bench", sf::Style::None);
    Kiosk kiosk(*fonts, clock, KioskSettings{}, [](const std::string&) {});
    kiosk.set_snapshot(snap);
    Painter painter(*fonts);
    uint64_t version = 0;
    auto paint = [&] {
        const Scene& s = kiosk.scene();
        if (kiosk.scene_version() != version) {
            painter.prepare(s, kiosk.contrast());
            version = kiosk.scene_version();
        }
        painter.paint(window, kiosk.scroll());
        window.display();
    };
    auto step = [&] {
        clock.advance(1.0 / 60);
        sf::Event e;
        while (window.pollEvent(e)) {}
        kiosk.update();
    };
    paint();
    double first_frame = ms_since(start);

    // Scrolling the case list: drag up and down, one paint per frame.
    tap_label(kiosk, "矛盾纠纷化解");
    tap_label(kiosk, "全部案件");
    paint();
    std::vector<double> frames;
    double scroll_cpu0 = cpu_seconds();
    for (int round = 0; round < 8; ++round) {
        float from = round % 2 ? 400 : 1600, to = round % 2 ? 1600 : 400;
        kiosk.pointer_down(540, from);
        for (int i = 1; i <= 40; ++i) {
            step();
            kiosk.pointer_move(540, from + (to - from) * float(i) / 40);
            auto t = Clk::now();
            if (kiosk.take_redraw()) {
                paint();
                frames.push_back(ms_since(t));
            }
        }
        kiosk.pointer_up(540, to);
        for (int i = 0; i < 40; ++i) {  // inertia
            step();
            auto t = Clk::now();
            if (kiosk.take_redraw()) {
                paint();
                frames.push_back(ms_since(t));
            }
        }
    }
    // Process CPU (all threads, llvmpipe's included) per painted frame: less
    // sensitive than wall time to other work on a shared machine.
    double scroll_cpu = frames.empty() ? 0 : (cpu_seconds() - scroll_cpu0) * 1000 / double(frames.size());
    std::sort(frames.begin(), frames.end());
    double median = frames.empty() ? 0 : frames[frames.size() / 2];
    double p99 = frames.empty() ? 0 : frames[std::min(frames.size() - 1, frames.size() * 99 / 100)];

    // Idle: the interactive loop with nothing to do, for 5 s of real time.
    kiosk.take_redraw();
    double cpu0 = cpu_seconds();
    auto idle_start = Clk::now();
    int idle_paints = 0;
    while (ms_since(idle_start) < 5000) {
        sf::Event e;
        while (window.pollEvent(e)) {}
        kiosk.update();
        if (kiosk.take_redraw()) {
            paint();
            ++idle_paints;
        } else {
            sf::sleep(sf::milliseconds(16));
        }
    }
    double idle_cpu = (cpu_seconds() - cpu0) / (ms_since(idle_start) / 1000.0) * 100.0;

    // 10,000 frames of scripted use: open screens, page, scroll, go home.
    const char* tiles[] = {"通知公告", "矛盾纠纷化解", "民生实事", "社区村居", "中心介绍"};
    long rss_at_1000 = 0;
    for (int f = 0; f < 10000; ++f) {
        int phase = f % 200;
        if (phase == 0) tap_label(kiosk, tiles[(f / 200) % 5]);
        if (phase == 20 && kiosk.route().screen == ScreenId::cases) tap_label(kiosk, "全部案件");
        if (phase == 40) tap_label(kiosk, "下一页");
        if (phase == 60) kiosk.pointer_down(540, 1500);
        if (phase > 60 && phase < 90) kiosk.pointer_move(540, 1500 - float(phase - 60) * 30);
        if (phase == 90) kiosk.pointer_up(540, 600);
        if (phase == 150) tap_label(kiosk, "首页");
        step();
        if (kiosk.take_redraw()) paint();
        if (f == 999) rss_at_1000 = status_kb("VmRSS:");
    }
    long rss_end = status_kb("VmRSS:");
    long peak = status_kb("VmHWM:");

    std::printf("cases in snapshot:        %lld\n", (long long)snap->case_count(CaseFilter{}));
    std::printf("first frame:              %.0f ms\n", first_frame);
    std::printf("scroll frames:            %zu, median %.1f ms, p99 %.1f ms\n", frames.size(), median, p99);
    std::printf("scroll CPU per frame:     %.1f ms (all threads)\n", scroll_cpu);
    std::printf("idle:                     %d repaints in 5 s, CPU %.2f%%\n", idle_paints, idle_cpu);
    std::printf("RSS after 1,000 frames:   %.1f MB\n", double(rss_at_1000) / 1024);
    std::printf("RSS after 10,000 frames:  %.1f MB\n", double(rss_end) / 1024);
    std::printf("peak RSS:                 %.1f MB\n", double(peak) / 1024);
    return 0;
}
