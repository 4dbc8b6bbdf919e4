#include "pipeline/build.hpp"

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

// A hidden folder beside the output: public -> .public<suffix>.
fs::path hidden_sibling(const fs::path& out_dir, const std::string& suffix) {
    fs::path out = out_dir.lexically_normal();
    if (!out.has_filename()) out = out.parent_path();  // "public/"
    fs::path parent = out.parent_path();
    if (parent.empty()) parent = ".";
    return parent / ("." + out.filename().string() + suffix);
}

// Parsed content is kept beside the output's two generations, for the next
// build of the same output.
std::optional<CacheLocation> content_cache_for(const BuildOptions& options) {
    if (!options.use_cache || options.mode == BuildMode::check_only) return std::nullopt;
    CacheLocation cache;
    cache.dir = hidden_sibling(options.out_dir, ".cache");
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
// timings and statistics are there (it needs nothing else), into a scratch
// folder beside the output; once the staging tree is ready the folder becomes
// its kiosk/. Its files are always new inodes: a kiosk may still have the
// previous database open. If the build fails, the scratch folder goes.
class SnapshotJob {
public:
    SnapshotJob(const fs::path& out_dir, SnapshotInput input) : scratch_(hidden_sibling(out_dir, ".kiosk")) {
        std::error_code ec;
        fs::remove_all(scratch_, ec);
        fs::create_directories(scratch_, ec);
        if (ec) {
            error_ = "cannot create " + scratch_.string() + ": " + ec.message();
            return;
        }
        thread_ = std::thread([this, input, previous = out_dir / "kiosk"] {
            std::error_code exists_ec;
            const bool has_previous = fs::exists(previous / kSnapshotManifestName, exists_ec);
            error_ = write_snapshot(scratch_, input, has_previous ? &previous : nullptr, &groups_reused_);
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
    std::string move_into(const fs::path& staging) {
        wait();
        if (!error_.empty()) return error_;
        std::error_code ec;
        fs::remove_all(staging / "kiosk", ec);
        fs::rename(scratch_, staging / "kiosk", ec);
        return ec ? "cannot move the kiosk snapshot into " + staging.string() + ": " + ec.message() : "";
    }
    size_t groups_reused() const { return groups_reused_; }

private:
    void wait() {
        if (thread_.joinable()) thread_.join();
    }

    fs::path scratch_;
    std::string error_;
    size_t groups_reused_ = 0;
    std::thread thread_;
};

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

    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    std::optional<CacheLocation> cache = content_cache_for(options);
    Site& site = workspace->site;
    site = load_site(options.content_dir, result.diagnostics, cache ? &*cache : nullptr, threads);
    if (cache) {
        result.content_files_reused = cache->files_reused;
        result.content_files_parsed = cache->files_parsed;
    }
    clock.done("load");
    if (!result.diagnostics.ok() && site.config.units.empty()) return result;  // nothing to validate against
    const DateTime now = options.now.value_or(system_now(site.config.utc_offset_minutes));

    // Two lines of work share the two cores. One derives case timings and
    // statistics and then, when it can start early, writes the kiosk
    // snapshot, which needs nothing else. The other validates (with the
    // privacy scan) and indexes; the derived data is used only if validation
    // passed.
    //
    // When no case file changed, the snapshot will mostly copy the previous
    // one and gains from starting early. Otherwise it is a full write, and
    // starting it beside validation and indexing would add its memory to
    // theirs: it waits for the rendering, which needs less.
    std::vector<CaseTiming>& timings = workspace->timings;
    Statistics& stats = workspace->stats;
    std::optional<SnapshotJob> snapshot;
    const SnapshotInput snapshot_input{site, timings, stats, now};
    const bool cases_unchanged =
        cache && std::find(cache->folders_parsed.begin(), cache->folders_parsed.end(), "cases") ==
                     cache->folders_parsed.end();
    std::error_code previous_ec;
    const bool snapshot_early = options.mode == BuildMode::publish && cases_unchanged &&
                                fs::exists(options.out_dir / "kiosk" / kSnapshotManifestName, previous_ec);
    std::thread deriver([&] {
        timings = derive_timings(site, now.date);
        stats = Statistics::compute(site, timings);
        if (snapshot_early) snapshot.emplace(options.out_dir, snapshot_input);
    });

    fs::path theme_dir = options.theme_dir.empty() ? default_theme_dir() : options.theme_dir;
    Diagnostics theme_problems;
    std::optional<Theme> theme = Theme::load(theme_dir, theme_problems);
    const SiteIndex& index = workspace->index.emplace(SiteIndex::build(site, now));
    Diagnostics validation;
    std::optional<PiiMemo> memo;
    if (cache) memo = load_pii_memo(*cache);
    validate_site(site, validation, memo ? &*memo : nullptr);
    validate_dates_as_of(site, now.date, validation);
    if (memo) save_pii_memo(*cache, *memo);
    deriver.join();
    result.diagnostics.append(validation);
    result.diagnostics.append(theme_problems);
    clock.done("validate+derive");
    if (!result.diagnostics.ok() || !theme) return result;
    if (options.mode == BuildMode::check_only) {
        result.ok = true;
        return result;
    }

    RenderContext ctx{site, timings, stats, index, &*theme, now, global_fingerprint(site, *theme), threads};
    OutputPlan& plan = workspace->plan;
    plan_html_pages(ctx, plan);
    plan_theme_assets(ctx, plan);
    plan_feeds(ctx, plan);
    plan_open_data(ctx, plan);
    plan_open_data_page(ctx, open_data_schema(), plan);
    plan_search_index(ctx, plan);
    plan_sitemap(ctx, plan);
    clock.done("plan");

    Publisher publisher(options.out_dir);
    if ((result.error = publisher.begin()).empty()) {
        if (!snapshot) snapshot.emplace(options.out_dir, snapshot_input);
        result.error = publisher.apply(plan, threads);
        const std::string snapshot_error = snapshot->move_into(publisher.staging());
        if (result.error.empty()) result.error = snapshot_error;
        result.snapshot_groups_reused = snapshot->groups_reused();
    }
    clock.done("render+snapshot");
    if (result.error.empty()) {
        result.error = publisher.commit();
        clock.done("publish");
    }
    if (!result.error.empty()) return result;

    const PublishStats& ps = publisher.stats();
    result.ok = true;
    result.files = ps.planned;
    result.rendered = ps.rendered;
    result.linked = ps.linked;
    result.kept = ps.kept;
    result.removed = ps.removed;
    result.pages = count_pages(plan);
    std::error_code ec;
    result.published = fs::absolute(options.out_dir, ec);
    return result;
}

}  // namespace gongkai::gen
