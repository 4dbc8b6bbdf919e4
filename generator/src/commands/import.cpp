#include "commands/import.hpp"

namespace gongkai::gen {
namespace fs = std::filesystem;

BuildResult import_cases(const BuildOptions& options, const fs::path& csv) {
    BuildResult result;
    std::error_code ec;
    if (csv.extension() != ".csv") {
        result.failure = Status::failure(csv.string() + ": expected a .csv register export");
        return result;
    }
    if (!fs::is_regular_file(csv, ec)) {
        result.failure = Status::failure(csv.string() + ": no such file");
        return result;
    }
    Status resolved;
    std::optional<OutputPaths> paths = OutputPaths::resolve(options.out_dir, options.content_dir, resolved);
    if (!paths) {
        result.failure = resolved;
        return result;
    }
    BuildLock lock(*paths, LockWait::briefly);
    if (!lock.held()) {
        result.failure = lock.status();
        return result;
    }
    fs::path target = options.content_dir / "cases" / csv.filename();
    if (fs::exists(target, ec)) {
        result.failure =
            Status::failure(target.string() + " already exists; rename the export or remove the old register first");
        return result;
    }
    fs::create_directories(target.parent_path(), ec);
    if (!fs::copy_file(csv, target, ec)) {
        result.failure = Status::error("copy the register to", target, ec);
        return result;
    }
    BuildOptions check = options;
    check.mode = BuildMode::check_only;
    result = run_build(check);
    if (!result.ok) fs::remove(target, ec);
    result.published = target;
    return result;
}

}  // namespace gongkai::gen
