#pragma once
// The build, as named steps: load -> validate -> derive -> plan -> render and
// write -> snapshot -> publish. main.cpp is a thin layer over this.

#include "gongkai/date.hpp"
#include "gongkai/diagnostics.hpp"
#include "incremental/build_lock.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace gongkai::gen {

enum class BuildMode { check_only, publish };

struct BuildOptions {
    std::filesystem::path content_dir = "content";
    std::filesystem::path out_dir = "public";
    std::filesystem::path theme_dir;          // empty: <repo>/themes/default as installed
    std::optional<DateTime> now;              // --now; default: the system clock in the site's zone
    unsigned threads = 0;                     // 0: hardware concurrency
    BuildMode mode = BuildMode::publish;
    bool print_timings = false;
    bool use_cache = true;  // parsed content kept beside the output (content_cache.hpp)
    LockWait lock_wait = LockWait::briefly;  // when another build of the output is running
};

struct StepTiming {
    std::string step;
    double seconds = 0;
};

struct BuildWorkspace;

struct BuildResult {
    bool ok = false;
    Diagnostics diagnostics;          // content problems (file:line: field: message)
    Status failure;                   // a problem that is not the content's (I/O, lock, output folder)
    size_t files = 0, rendered = 0, linked = 0, kept = 0, removed = 0;
    size_t pages = 0;                 // .html files in the site
    size_t snapshot_groups_reused = 0;  // of the kiosk snapshot's five table groups
    size_t content_files_reused = 0;    // record files taken from the content cache
    size_t content_files_parsed = 0;    // record files parsed (with a cache in use)
    std::vector<StepTiming> timings;
    std::filesystem::path published;  // absolute path of the live output
    // The loaded site and everything derived from it, freed with the result.
    // A program about to exit may skip that: freeing it allocation by
    // allocation takes longer than a rebuild's rendering.
    std::shared_ptr<BuildWorkspace> workspace;
};

// Runs a build: load, validate and derive, plan, render, publish. Never
// throws for bad content; on any failure the previously published output is
// left exactly as it was. A publishing build holds the output's BuildLock
// throughout; a second one fails (LockWait::briefly) or waits (until_free).
BuildResult run_build(const BuildOptions& options);

// The theme folder shipped with the program: $GONGKAI_THEME_DIR, else the
// source tree's themes/default (compiled in), else ./themes/default.
std::filesystem::path default_theme_dir();

// Local "now" from the system clock for a UTC offset.
DateTime system_now(int utc_offset_minutes);

}  // namespace gongkai::gen
