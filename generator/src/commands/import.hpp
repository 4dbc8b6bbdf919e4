#pragma once
// `gongkai import cases FILE.csv`: brings a register export into the content
// folder, but only if the whole site still validates with it.

#include "pipeline/build.hpp"

#include <filesystem>

namespace gongkai::gen {

// Copies `csv` to <content>/cases/<file name> and validates the site. On any
// problem the copy is removed again and the problems are returned in
// `result.diagnostics` / `result.failure`. Holds the BuildLock of
// `options.out_dir` meanwhile, so no build publishes a register that is
// still being checked.
BuildResult import_cases(const BuildOptions& options, const std::filesystem::path& csv);

}  // namespace gongkai::gen
