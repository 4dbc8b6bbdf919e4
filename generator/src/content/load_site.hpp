#pragma once
// Loading the content folder into typed records (PRODUCT.md "Content").
// Syntax and per-field problems (bad dates, unknown enum ids, missing required
// fields, malformed YAML/CSV) are reported here with file, line and field;
// cross-record rules run afterwards in core's validate_site().

#include "content/content_cache.hpp"
#include "gongkai/diagnostics.hpp"
#include "gongkai/records.hpp"

#include <filesystem>

namespace gongkai::gen {

// Reads site.yaml, calendar/*.yaml, cases/*.md, cases/*.csv, projects/*.md,
// notices/*.md, pages/*.md under `content_dir`. Files are visited in sorted
// path order so output is deterministic. Every problem is appended to `diags`;
// records with problems are still returned when they could be parsed at all,
// so later checks can report more. Paths in diagnostics are shown relative to
// the current directory when possible ("content/cases/a.md").
// With a `cache`, files unchanged since an earlier load come from there
// (content_cache.hpp) and the cache is brought up to date.
// Threading: reads and parses files on up to `threads` threads (>= 1, the
// build's --jobs); call from one thread.
Site load_site(const std::filesystem::path& content_dir, Diagnostics& diags, CacheLocation* cache = nullptr,
               unsigned threads = 1);

}  // namespace gongkai::gen
