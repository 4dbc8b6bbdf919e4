// Fixture sites that must load cleanly or fail with exactly the expected
// diagnostics (tests/fixtures/small, tests/invalid/*/expected.txt).
// GONGKAI_REBASELINE=1 rewrites every expected.txt from the current output.

#include "content/load_site.hpp"
#include "gongkai/validate.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace gongkai;

namespace {

// Paths in messages are relative to the repo root, as the tests run there.
struct InRepoRoot {
    fs::path previous = fs::current_path();
    InRepoRoot() { fs::current_path(GONGKAI_SOURCE_DIR); }
    ~InRepoRoot() { fs::current_path(previous); }
};

std::string check(const fs::path& content_dir) {
    Diagnostics diags;
    const Site site = gen::load_site(content_dir, diags);
    validate_site(site, diags);
    std::string out;
    for (const auto& d : diags.sorted()) out += format(d) + "\n";
    return out;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("the small fixture site loads and validates without a diagnostic") {
    InRepoRoot root;
    CHECK(check("tests/fixtures/small") == "");
}

TEST_CASE("every invalid fixture prints exactly its expected diagnostics") {
    InRepoRoot root;
    const bool rebaseline = std::getenv("GONGKAI_REBASELINE") != nullptr &&
                            std::string(std::getenv("GONGKAI_REBASELINE")) == "1";
    std::vector<fs::path> dirs;
    for (const auto& entry : fs::directory_iterator("tests/invalid"))
        if (entry.is_directory()) dirs.push_back(entry.path());
    std::sort(dirs.begin(), dirs.end());
    REQUIRE(dirs.size() >= 12);
    for (const auto& dir : dirs) {
        const std::string name = dir.generic_string();
        const std::string actual = check(name);
        CAPTURE(name);
        CHECK_MESSAGE(!actual.empty(), "an invalid fixture must produce at least one diagnostic");
        const fs::path expected_file = dir / "expected.txt";
        if (rebaseline) {
            std::ofstream(expected_file, std::ios::binary) << actual;
            continue;
        }
        REQUIRE_MESSAGE(fs::exists(expected_file), "missing expected.txt (run with GONGKAI_REBASELINE=1)");
        CHECK(actual == read_file(expected_file));
    }
}
