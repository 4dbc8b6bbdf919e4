#include "pipeline/build.hpp"

#include "incremental/build_lock.hpp"
#include "incremental/output_paths.hpp"
#include "publish/publisher.hpp"
#include "content/load_site.hpp"
#include "gongkai/calendar.hpp"
#include "gongkai/deadlines.hpp"
#include "gongkai/hash.hpp"
#include "gongkai/snapshot.hpp"
#include "gongkai/statistics.hpp"
#include "gongkai/validate.hpp"
#include "page_graph/output_plan.hpp"
#include "page_graph/site_index.hpp"
#include "outputs/outputs.hpp"
#include "search/search.hpp"
#include "site/html_pages.hpp"
#include "site/theme.hpp"

#include <elf.h>
#include <link.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <chrono>
#include <fstream>
#include <iterator>
#include <thread>

#ifndef GONGKAI_SOURCE_THEME_DIR
#define GONGKAI_SOURCE_THEME_DIR ""
#endif

namespace gongkai::gen {
namespace fs = std::filesystem;
namespace {

class StepClock {
public:
    explicit StepClock(std::vector<StepTiming>& out) : out_(out) {}
    void done(std::string step) {
        auto now = std::chrono::steady_clock::now();
        out_.push_back({std::move(step), std::chrono::duration<double>(now - last_).count()});
        last_ = now;
    }

private:
    std::vector<StepTiming>& out_;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// The GNU build-id the linker stamps into the executable: a hash of the
// program that costs nothing to read (it is already mapped).
std::string_view gnu_build_id() {
    std::string_view id;
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* out) -> int {
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                const ElfW(Phdr)& ph = info->dlpi_phdr[i];
                if (ph.p_type != PT_NOTE) continue;
                const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
                const char* end = p + ph.p_memsz;
                while (p + sizeof(ElfW(Nhdr)) <= end) {
                    const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(p);
                    const char* name = p + sizeof(ElfW(Nhdr));
                    const char* desc = name + ((note->n_namesz + 3) & ~3u);
                    if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                        *static_cast<std::string_view*>(out) = std::string_view(desc, note->n_descsz);
                        return 1;
                    }
                    p = desc + ((note->n_descsz + 3) & ~3u);
                }
            }
            return 1;  // only the main program (the first object) matters
        },
        &id);
    return id;
}

// Changes to the program itself must invalidate every reused file, so the
// program's identity is part of the global fingerprint: its build-id, or
// its bytes when it was linked without one.
uint64_t program_fingerprint() {
    if (std::string_view id = gnu_build_id(); !id.empty()) return hash64(id, 0x676f6e676b6169ull);
    std::ifstream in("/proc/self/exe", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return hash64(bytes, 0x676f6e676b6169ull);
}

// Everything every page shows: site.yaml and the calendar (config_hash), the
// theme, and the menu of content pages.
uint64_t global_fingerprint(const Site& site, const Theme& theme) {
    uint64_t h = hash_combine(program_fingerprint(), site.config_hash);
    h = hash_combine(h, theme.fingerprint());
    for (const Page& p : site.pages) {
        h = hash_combine(h, hash64(p.id));
        h = hash_combine(h, hash64(p.title));
        h = hash_combine(h, uint64_t(p.order));
    }
    return h;
}

// Parsed content is kept beside the output's two generations, for the next
// build of the same output.
std::optional<CacheLocation> content_cache_for(const BuildOptions& options, const OutputPaths* paths) {
    if (!options.use_cache || !paths) return std::nullopt;
    CacheLocation cache;
    cache.dir = paths->cache;
    cache.program = program_fingerprint();
    std::error_code ec;
    fs::create_directories(cache.dir, ec);
    if (ec) return std::nullopt;
    return cache;
}

std::vector<CaseTiming> derive_timings(const Site& site, Date today) {
    WorkingCalendar calendar(site.calendar);
    std::vector<CaseTiming> timings;
    timings.reserve(site.cases.size());
    for (const Case& c : site.cases) timings.push_back(compute_timing(c, site.config, calendar, today));
    return timings;
}

size_t count_pages(const OutputPlan& plan) {
    return size_t(std::count_if(plan.begin(), plan.end(), [](const PlannedFile& f) {
        return f.path.size() > 5 && f.path.compare(f.path.size() - 5, 5, ".html") == 0;
    }));
}

// The kiosk snapshot, written on a thread of its own as soon as the records,
// timings and statistics are there (it needs nothing else), into the scratch
// folder beside the output; once the staging tree is ready the folder becomes
// its kiosk/. Its files are always new inodes: a kiosk may still have the
// previous database open. If the build fails, the scratch folder goes.
// REQUIRES: the output's BuildLock is held (the scratch folder is not shared).
class SnapshotJob {
public:
    SnapshotJob(const OutputPaths& paths, SnapshotInput input) : scratch_(paths.kiosk_scratch) {
        std::error_code ec;
        fs::remove_all(scratch_, ec);
        fs::create_directories(scratch_, ec);
        if (ec) {
            status_ = Status::error("create", scratch_, ec);
            return;
        }
        thread_ = std::thread([this, input, previous = paths.live / "kiosk"] {
            std::error_code exists_ec;
            const bool has_previous = fs::exists(previous / kSnapshotManifestName, exists_ec);
            SnapshotReuse reuse;
            status_ = write_snapshot(scratch_, input, has_previous ? &previous : nullptr, &reuse);
            groups_reused_ = reuse.groups_reused;
            if (!reuse.note.empty()) std::fprintf(stderr, "note: %s\n", reuse.note.c_str());
        });
    }
    ~SnapshotJob() {
        wait();
        std::error_code ec;
        fs::remove_all(scratch_, ec);
    }
    SnapshotJob(const SnapshotJob&) = delete;
    SnapshotJob& operator=(const SnapshotJob&) = delete;

    // Waits for the snapshot and moves it to `staging`/kiosk.
    Status move_into(const fs::path& staging) {
        wait();
        if (!status_) return status_;
        std::error_code ec;
        fs::remove_all(staging / "kiosk", ec);
        fs::rename(scratch_, staging / "kiosk", ec);
        return ec ? Status::error("move the kiosk snapshot into", staging, ec) : Status::ok();
    }
    size_t groups_reused() const { return groups_reused_; }

private:
    void wait() {
        if (thread_.joinable()) thread_.join();
    }

    fs::path scratch_;
    Status status_;
    size_t groups_reused_ = 0;
    std::thread thread_;
};

// When the kiosk snapshot starts. When no case file changed it mostly copies
// the previous snapshot and gains from starting as soon as timings and
// statistics exist, beside validation. Otherwise it is a full write, and
// starting it beside validation and indexing would add its memory to
// theirs: it waits for the rendering, which needs less.
enum class SnapshotStart { with_derivation, with_rendering };

SnapshotStart snapshot_start(const BuildOptions& options, const OutputPaths* paths,
                             const std::optional<CacheLocation>& cache) {
    if (options.mode != BuildMode::publish || !paths || !cache) return SnapshotStart::with_rendering;
    const auto& parsed = cache->folders_parsed;
    if (std::find(parsed.begin(), parsed.end(), "cases") != parsed.end()) return SnapshotStart::with_rendering;
    std::error_code ec;
    return fs::exists(paths->live / "kiosk" / kSnapshotManifestName, ec) ? SnapshotStart::with_derivation
                                                                          : SnapshotStart::with_rendering;
}

}  // namespace

// Everything a build loads and derives; big (400 MB at 100,000 cases) and
// made of millions of small allocations.
struct BuildWorkspace {
    Site site;
    std::vector<CaseTiming> timings;
    Statistics stats;
    std::optional<SiteIndex> index;
    OutputPlan plan;
};

namespace {

// Case timings and statistics, derived on a thread of their own while the
// caller validates and indexes (the two lines of work share the two cores);
// with SnapshotStart::with_derivation the kiosk snapshot starts right after
// them. The derived data is used only if validation passed.
class Derivation {
public:
    Derivation(BuildWorkspace& ws, DateTime now, SnapshotStart start, const OutputPaths* paths,
               std::optional<SnapshotJob>& snapshot)
        : thread_([&ws, now, start, paths, &snapshot] {
              ws.timings = derive_timings(ws.site, now.date);
              ws.stats = Statistics::compute(ws.site, ws.timings);
              if (start == SnapshotStart::with_derivation)
                  snapshot.emplace(*paths, SnapshotInput{ws.site, ws.timings, ws.stats, now});
          }) {}
    ~Derivation() { wait(); }
    Derivation(const Derivation&) = delete;
    Derivation& operator=(const Derivation&) = delete;
    void wait() {
        if (thread_.joinable()) thread_.join();
    }

private:
    std::thread thread_;
};

std::optional<Theme> load_theme(const BuildOptions& options, Diagnostics& problems) {
    return Theme::load(options.theme_dir.empty() ? default_theme_dir() : options.theme_dir, problems);
}

// Cross-record rules and the privacy scan; with a cache, records found clean
// by an earlier build are not scanned again.
void validate(const Site& site, Date today, const std::optional<CacheLocation>& cache, Diagnostics& out) {
    std::optional<PiiMemo> memo;
    if (cache) memo = load_pii_memo(*cache);
    validate_site(site, out, memo ? &*memo : nullptr);
    validate_dates_as_of(site, today, out);
    if (memo) save_pii_memo(*cache, *memo);
}

// Every file of the site, in a fixed order.
void plan_site(const RenderContext& ctx, OutputPlan& plan) {
    plan_html_pages(ctx, plan);
    plan_theme_assets(ctx, plan);
    plan_feeds(ctx, plan);
    plan_open_data(ctx, plan);
    plan_open_data_page(ctx, open_data_schema(), plan);
    plan_search_index(ctx, plan);
    plan_sitemap(ctx, plan);
}

// Renders the plan into the staging tree and moves the kiosk snapshot
// (started now unless it already was) in beside it.
Status render(Publisher& publisher, const OutputPaths& paths, const BuildWorkspace& ws, DateTime now,
              unsigned threads, std::optional<SnapshotJob>& snapshot) {
    if (Status begun = publisher.begin(); !begun) return begun;
    if (!snapshot) snapshot.emplace(paths, SnapshotInput{ws.site, ws.timings, ws.stats, now});
    Status rendered = publisher.apply(ws.plan, threads);
    Status moved = snapshot->move_into(publisher.staging());
    return rendered ? moved : rendered;
}

BuildResult& failed(BuildResult& result, const Status& status) {
    result.failure = status;
    return result;
}

void count_published(const Publisher& publisher, const OutputPlan& plan, const OutputPaths& paths,
                     BuildResult& result) {
    const PublishStats& ps = publisher.stats();
    result.files = ps.planned;
    result.rendered = ps.rendered;
    result.linked = ps.linked;
    result.kept = ps.kept;
    result.removed = ps.removed;
    result.pages = count_pages(plan);
    std::error_code ec;
    result.published = fs::absolute(paths.live, ec);
}

}  // namespace

fs::path default_theme_dir() {
    if (const char* env = std::getenv("GONGKAI_THEME_DIR"); env && *env) return env;
    fs::path source = GONGKAI_SOURCE_THEME_DIR;
    std::error_code ec;
    if (!source.empty() && fs::exists(source / "templates", ec)) return source;
    return "themes/default";
}

DateTime system_now(int utc_offset_minutes) {
    using namespace std::chrono;
    int64_t local_minutes =
        duration_cast<minutes>(system_clock::now().time_since_epoch()).count() + utc_offset_minutes;
    return DateTime::from_minutes_since_epoch(local_minutes);
}

BuildResult run_build(const BuildOptions& options) {
    BuildResult result;
    StepClock clock(result.timings);
    auto workspace = std::make_shared<BuildWorkspace>();
    result.workspace = workspace;
    BuildWorkspace& ws = *workspace;

    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    // Only one build writes an output at a time; `check` writes nothing.
    std::optional<OutputPaths> paths;
    std::optional<BuildLock> lock;
    if (options.mode == BuildMode::publish) {
        Status resolved;
        paths = OutputPaths::resolve(options.out_dir, options.content_dir, resolved);
        if (!paths) return failed(result, resolved);
        if (!lock.emplace(*paths, options.lock_wait).held()) return failed(result, lock->status());
    }
    const OutputPaths* out = paths ? &*paths : nullptr;
    // Declared after the lock, so its scratch folder is gone before the lock is released.
    std::optional<SnapshotJob> snapshot;

    std::optional<CacheLocation> cache = content_cache_for(options, out);
    ws.site = load_site(options.content_dir, result.diagnostics, cache ? &*cache : nullptr, threads);
    if (cache) {
        result.content_files_reused = cache->files_reused;
        result.content_files_parsed = cache->files_parsed;
    }
    clock.done("load");
    if (!result.diagnostics.ok() && ws.site.config.units.empty()) return result;  // nothing to validate against
    const DateTime now = options.now.value_or(system_now(ws.site.config.utc_offset_minutes));

    std::optional<Theme> theme;
    {
        Derivation derivation(ws, now, snapshot_start(options, out, cache), out, snapshot);
        theme = load_theme(options, result.diagnostics);
        ws.index.emplace(SiteIndex::build(ws.site, now));
        validate(ws.site, now.date, cache, result.diagnostics);
    }
    clock.done("validate+derive");
    if (!result.diagnostics.ok() || !theme) return result;
    if (options.mode == BuildMode::check_only) {
        result.ok = true;
        return result;
    }

    RenderContext ctx{ws.site, ws.timings, ws.stats, *ws.index, &*theme, now, global_fingerprint(ws.site, *theme), threads};
    plan_site(ctx, ws.plan);
    clock.done("plan");

    Publisher publisher(*paths);
    Status status = render(publisher, *paths, ws, now, threads, snapshot);
    clock.done("render+snapshot");
    if (status) {
        status = publisher.commit();
        clock.done("publish");
    }
    if (!status) return failed(result, status);

    result.ok = true;
    result.snapshot_groups_reused = snapshot->groups_reused();
    count_published(publisher, ws.plan, *paths, result);
    return result;
}

}  // namespace gongkai::gen
