#include "commands/serve.hpp"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

namespace gongkai::gen {
namespace fs = std::filesystem;
namespace {

// A cheap summary of a folder's state: changes when any file is added,
// removed, resized or touched.
uint64_t tree_state(const fs::path& root) {
    uint64_t state = 1469598103934665603ull;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        auto stamp = uint64_t(it->last_write_time(ec).time_since_epoch().count());
        for (uint64_t v : {stamp, uint64_t(it->file_size(ec)), uint64_t(std::hash<std::string>{}(it->path().string()))})
            state = (state ^ v) * 1099511628211ull;
    }
    return state;
}

void build_and_report(const BuildOptions& options) {
    BuildResult r = run_build(options);
    for (const Diagnostic& d : r.diagnostics.sorted()) std::fprintf(stderr, "%s\n", format(d).c_str());
    if (r.ok)
        std::fprintf(stderr, "rebuilt: %zu files (%zu rendered)\n", r.files, r.rendered);
    else
        std::fprintf(stderr, "build failed%s%s; still serving the last good site\n", r.failure ? "" : ": ",
                     r.failure.message().c_str());
}

}  // namespace

int serve(const BuildOptions& serve_options, int port) {
    // A rebuild waits for a build someone started by hand instead of failing.
    BuildOptions options = serve_options;
    options.lock_wait = LockWait::until_free;
    build_and_report(options);
    fs::path theme = options.theme_dir.empty() ? default_theme_dir() : options.theme_dir;

    httplib::Server server;
    // The live tree is swapped atomically by each build; resolving the mount
    // by path on every request always serves the current generation.
    if (!server.set_mount_point("/", fs::absolute(options.out_dir).string())) {
        std::fprintf(stderr, "cannot serve %s\n", options.out_dir.string().c_str());
        return 1;
    }
    std::atomic<bool> stop{false};
    std::thread watcher([&] {
        uint64_t last = tree_state(options.content_dir) ^ tree_state(theme);
        while (!stop) {
            std::this_thread::sleep_for(std::chrono::seconds(1));
            uint64_t now = tree_state(options.content_dir) ^ tree_state(theme);
            if (now != last) {
                last = now;
                build_and_report(options);
            }
        }
    });
    std::fprintf(stderr, "serving %s at http://127.0.0.1:%d/ (Ctrl-C to stop)\n",
                 fs::absolute(options.out_dir).string().c_str(), port);
    bool ok = server.listen("127.0.0.1", port);
    stop = true;
    watcher.join();
    return ok ? 0 : 1;
}

}  // namespace gongkai::gen
