// Benchmark of `gongkai build`: generates a synthetic corpus of N cases, then
// times (wall clock, peak RSS of the child process) a full build, a first
// rebuild after editing one notice, and a steady-state rebuild after editing
// another. Usage: gongkai-build-bench [--cases N] [--dir DIR] [--gongkai PATH]
// Not run by CI: it measures the machine as much as the code.

#include "corpus_generator.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Run {
    double seconds = 0;
    long max_rss_kb = 0;
    std::string output;
    int status = 0;
};

Run run_build(const std::string& gongkai, const fs::path& content, const fs::path& out) {
    fs::path log = out.parent_path() / "build.log";
    std::vector<std::string> args = {gongkai, "build", "--content", content.string(), "--out", out.string(),
                                     "--now", "2026-12-31", "--timings"};
    auto start = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        FILE* f = std::fopen(log.c_str(), "w");
        dup2(fileno(f), 1);
        dup2(fileno(f), 2);
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run r;
    struct rusage usage {};
    wait4(pid, &r.status, 0, &usage);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.max_rss_kb = usage.ru_maxrss;
    std::ifstream in(log);
    r.output.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return r;
}

void report(const char* what, const Run& r) {
    long pages = 0, files = 0, rendered = 0;
    if (size_t at = r.output.find("built "); at != std::string::npos)
        std::sscanf(r.output.c_str() + at, "built %ld files (%ld pages): %ld rendered", &files, &pages, &rendered);
    std::printf("%-28s %7.2f s  %7.1f MB peak RSS  %7ld files  %7ld pages  %7ld rendered  %9.0f pages/s\n", what,
                r.seconds, r.max_rss_kb / 1024.0, files, pages, rendered, pages / r.seconds);
    if (r.status != 0) std::printf("  build FAILED:\n%s\n", r.output.c_str());
    std::printf("%s", r.output.substr(0, r.output.find("built")).c_str());
}

}  // namespace

int main(int argc, char** argv) {
    size_t cases = 100000;
    fs::path dir = fs::temp_directory_path() / "gongkai-bench";
    std::string gongkai = (fs::path(argv[0]).parent_path() / "../generator/gongkai").string();
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--cases")) cases = std::stoul(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--dir")) dir = argv[i + 1];
        else if (!std::strcmp(argv[i], "--gongkai")) gongkai = argv[i + 1];
    }
    fs::remove_all(dir);
    fs::path content = dir / "content", out = dir / "public";
    auto t0 = std::chrono::steady_clock::now();
    if (std::string err = gongkai::bench::generate_corpus(content, {cases, 42}); !err.empty()) {
        std::fprintf(stderr, "%s\n", err.c_str());
        return 1;
    }
    std::printf("corpus: %zu cases, %zu projects, %zu notices in %s (%.1f s to generate)\n", cases, cases / 20,
                cases / 10, content.c_str(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    // gongkai does not trust the stamp of a file changed in the last two
    // seconds (content_cache.hpp); a real content folder was not all written
    // a moment before the build, so neither is this one.
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    report("full build", run_build(gongkai, content, out));
    gongkai::bench::edit_notice(content, 1);
    report("rebuild, 1 notice edited", run_build(gongkai, content, out));
    gongkai::bench::edit_notice(content, 2);
    report("rebuild again (steady)", run_build(gongkai, content, out));
    return 0;
}
