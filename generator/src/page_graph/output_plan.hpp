#pragma once
// What a build writes, as a list of files to produce. Renderers only *plan*:
// each entry names its path, a fingerprint of every input that determines its
// bytes, and a function that renders it. The builder renders only entries
// whose fingerprint differs from the previous build (incremental builds) and
// hard-links the rest from the previous output, then publishes atomically.

#include "gongkai/deadlines.hpp"
#include "gongkai/records.hpp"
#include "gongkai/statistics.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

struct SiteIndex;
class Theme;

struct RenderContext {
    const Site& site;
    const std::vector<CaseTiming>& timings;  // timings[i] for site.cases[i]
    const Statistics& stats;
    const SiteIndex& index;
    const Theme* theme;  // the HTML theme; null when only non-HTML outputs are planned (tests)
    DateTime now;        // the build's "now" (--now), local time
    uint64_t global_fingerprint = 0;  // site.yaml + calendar + theme + generator version
    unsigned threads = 1;  // worker threads a planned step may use (the build's --jobs, >= 1)
};

struct PlannedFile {
    std::string path;          // relative to the output root, '/' separated
    // Hash of everything the bytes depend on. Equal fingerprint => identical
    // bytes, so the previous file can be reused. 0 means "always render".
    uint64_t fingerprint = 0;
    // Produces the file's bytes. Called at most once, possibly on a worker
    // thread: it must only read the RenderContext (which is immutable during
    // rendering) and must not touch other PlannedFiles.
    std::function<std::string()> render;
    // Alternative to `render` for large files (open data of 100,000 cases):
    // writes the bytes in pieces, so the whole file never sits in memory.
    // When set, `render` is ignored. Same threading rules as `render`.
    std::function<void(const std::function<void(std::string_view)>& write)> stream = nullptr;
};

using OutputPlan = std::vector<PlannedFile>;

}  // namespace gongkai::gen
