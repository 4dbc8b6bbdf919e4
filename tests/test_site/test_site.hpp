#pragma once
// The sites tests build in code, for every face: the generator's output and
// search tests, the kiosk's model tests and scripted runs, and the kiosk
// benchmark. Each starts from records, derives what a build derives, and
// hands the result on, the same way everywhere. Content folders that must
// load (or fail to) are files under tests/fixtures/ instead.
// Depends on core only, so every face can link it.

#include "gongkai/deadlines.hpp"
#include "gongkai/records.hpp"
#include "gongkai/statistics.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::test_site {

// A date or local time from a test's own literal ("2025-06-20",
// "2025-06-20 09:30"). REQUIRES: the text parses.
Date day(std::string_view iso);
DateTime at(std::string_view text);

// Three units, three cases, a project and two notices, with what the
// generator's output tests look for: a title to escape ("& <提醒>"), a
// summary with commas, quotes and line breaks, Markdown in bodies, money
// and funding, a notice without an end.
Site small_site();

struct KioskSiteOptions {
    int generated_cases = 40;     // register rows besides the narrative cases
    std::string generated_at = "2025-06-20 09:30";
    bool extra_urgent = false;    // adds a second urgent notice (a "newer" snapshot)
    std::string pin = "2468";
};

// A subdistrict's centre as the kiosk shows it: six units, narrative cases
// with timelines and tables, generated register rows, four projects, notices
// active, upcoming and expired around `generated_at`. The kiosk's scripts
// tap its records by name and position: change it only with them.
Site kiosk_site(const KioskSiteOptions& opt = {});

// What a build derives from the records before rendering, as of `today`.
struct Derived {
    std::vector<CaseTiming> timings;  // timings[i] for site.cases[i]
    Statistics stats;
};
Derived derive(const Site& site, Date today);

// kiosk_site(opt) written as a kiosk snapshot built at opt.generated_at:
// gongkai.sqlite + manifest.json in `dir` (created if needed). Returns an
// error message, or empty on success.
std::string write_kiosk_snapshot(const std::filesystem::path& dir, const KioskSiteOptions& opt = {});

}  // namespace gongkai::test_site
