// gongkai: the command layer. Everything it does is a call into the
// generator library (pipeline/, commands/), which tests call directly.

#include "pipeline/build.hpp"
#include "commands/import.hpp"
#include "commands/scaffold.hpp"
#include "commands/serve.hpp"
#include "gongkai/records.hpp"

#include <CLI/CLI.hpp>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <fmt/core.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

namespace fs = std::filesystem;
using namespace gongkai;
using namespace gongkai::gen;

namespace {

int report_failure(const BuildResult& r, const char* what) {
    for (const Diagnostic& d : r.diagnostics.sorted()) fmt::print(stderr, "{}\n", format(d));
    if (!r.failure) fmt::print(stderr, "error: {}\n", r.failure.message());
    if (r.diagnostics.count() > 0)
        fmt::print(stderr, "{} problem{} found; {}\n", r.diagnostics.count(), r.diagnostics.count() == 1 ? "" : "s",
                   what);
    else
        fmt::print(stderr, "{}\n", what);
    return 1;
}

void print_timings(const BuildResult& r) {
    for (const StepTiming& t : r.timings) fmt::print(stderr, "  {:<14} {:8.3f} s\n", t.step, t.seconds);
    fmt::print(stderr, "  content cache: {} record files reused, {} parsed\n", r.content_files_reused,
               r.content_files_parsed);
    fmt::print(stderr, "  kiosk snapshot: {} of 5 table groups reused\n", r.snapshot_groups_reused);
}

}  // namespace

int main(int argc, char** argv) {
#ifdef __GLIBC__
    // One malloc arena per core instead of glibc's eight: memory freed by one
    // thread is reused by the others, which kept the peak RSS of a
    // 100,000-case build under 500 MB (525 MB with the default, same time).
    mallopt(M_ARENA_MAX, 2);
#endif
    CLI::App app{"gongkai (公开): publishes a service centre's cases, projects and notices"};
    app.require_subcommand(1);

    BuildOptions options;
    std::string now_text;
    auto add_content = [&](CLI::App* cmd) {
        cmd->add_option("--content", options.content_dir, "content folder")->capture_default_str();
    };
    auto add_now = [&](CLI::App* cmd) {
        cmd->add_option("--now", now_text, "build as of this date or date-time (YYYY-MM-DD[ HH:MM]), for reproducible output");
    };
    auto add_out = [&](CLI::App* cmd) {
        cmd->add_option("--out", options.out_dir, "output folder (published atomically)")->capture_default_str();
        cmd->add_option("--theme", options.theme_dir, "theme folder (default: the bundled theme)");
        cmd->add_option("--jobs,-j", options.threads, "worker threads (default: all cores)");
    };

    CLI::App* build = app.add_subcommand("build", "validate, then write the website and kiosk snapshot");
    add_content(build);
    add_out(build);
    add_now(build);
    build->add_flag("--timings", options.print_timings, "print how long each step took");
    build->add_flag("!--no-cache", options.use_cache,
                    "parse every content file again instead of reusing what the last build parsed");

    CLI::App* check = app.add_subcommand("check", "validate the content only; writes nothing");
    add_content(check);
    add_now(check);

    std::string new_kind;
    CLI::App* scaffold = app.add_subcommand("new", "create a new notice, case or project file to fill in");
    scaffold->add_option("kind", new_kind, "notice | case | project")->required()->check(
        CLI::IsMember({"notice", "case", "project"}));
    add_content(scaffold);

    int port = 1313;
    CLI::App* serve_cmd = app.add_subcommand("serve", "preview on localhost and rebuild on change");
    add_content(serve_cmd);
    add_out(serve_cmd);
    add_now(serve_cmd);
    serve_cmd->add_option("--port", port, "port on 127.0.0.1")->capture_default_str();

    std::string import_kind;
    fs::path import_file;
    CLI::App* import_cmd = app.add_subcommand("import", "bring a case register export (CSV) into the content");
    import_cmd->add_option("what", import_kind, "cases")->required()->check(CLI::IsMember({"cases"}));
    import_cmd->add_option("file", import_file, "the CSV file")->required();
    import_cmd->add_option("--out", options.out_dir, "the output folder whose builds must not run meanwhile")
        ->capture_default_str();
    add_content(import_cmd);
    add_now(import_cmd);

    CLI11_PARSE(app, argc, argv);

    if (!now_text.empty()) {
        options.now = DateTime::parse(now_text);
        if (!options.now) {
            fmt::print(stderr, "--now: '{}' is not a date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM)\n", now_text);
            return 2;
        }
    }

    if (*build) {
        BuildResult r = run_build(options);
        if (options.print_timings) print_timings(r);
        if (!r.ok) return report_failure(r, "nothing was published; the previous site is unchanged");
        fmt::print("built {} files ({} pages): {} rendered, {} linked, {} unchanged, {} removed\n", r.files, r.pages,
                   r.rendered, r.linked, r.kept, r.removed);
        fmt::print("site: {}/index.html\nkiosk snapshot: {}/kiosk/\n", r.published.string(), r.published.string());
        // The process ends here: let the system take back the build's memory
        // at once rather than free it piece by piece (0.3 s at 100,000 cases).
        std::fflush(nullptr);
        std::_Exit(0);
    }
    if (*check) {
        options.mode = BuildMode::check_only;
        BuildResult r = run_build(options);
        if (!r.ok) return report_failure(r, "fix and run again");
        fmt::print("content is valid\n");
        return 0;
    }
    if (*scaffold) {
        RecordKind kind = new_kind == "notice" ? RecordKind::notice
                          : new_kind == "case" ? RecordKind::case_record
                                               : RecordKind::project;
        fs::path created;
        const DateTime now = system_now(kDefaultUtcOffsetMinutes);
        if (Status made = scaffold_record(kind, options.content_dir, now, created); !made) {
            fmt::print(stderr, "error: {}\n", made.message());
            return 1;
        }
        fmt::print("created {}\nfill it in, then run: gongkai check\n", created.string());
        return 0;
    }
    if (*serve_cmd) return serve(options, port);
    if (*import_cmd) {
        BuildResult r = import_cases(options, import_file);
        if (!r.ok) return report_failure(r, "the register was not imported");
        fmt::print("imported {}\n", r.published.string());
        return 0;
    }
    return 0;
}
