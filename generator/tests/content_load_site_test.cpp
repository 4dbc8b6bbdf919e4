#include "content/content_paths.hpp"
#include "content/load_site.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace gongkai;

namespace {

struct InDirectory {
    fs::path previous = fs::current_path();
    explicit InDirectory(const fs::path& dir) { fs::current_path(dir); }
    ~InDirectory() { fs::current_path(previous); }
};

}  // namespace

TEST_CASE("the small fixture loads every record in sorted file order") {
    InDirectory root(GONGKAI_SOURCE_DIR);
    Diagnostics diags;
    const Site site = gen::load_site("tests/fixtures/small", diags);
    CHECK(diags.ok());
    CHECK(site.config.units.size() == 9);
    CHECK(site.calendar.holidays.size() == 28 + 33);
    CHECK(site.calendar.sources.size() == 2);
    REQUIRE(site.cases.size() == 8);
    // boundary-wall, elevator-outage, noise-complaint, register-2025 (4 rows), wage-arrears
    CHECK(site.cases[0].id == "SH-2025-0003");
    CHECK(site.cases[3].id == "DJ-2025-0101");
    CHECK(site.cases[7].id == "DJ-2025-0002");
    CHECK(site.cases[0].origin.file == "tests/fixtures/small/cases/boundary-wall.md");
    CHECK(site.cases[4].origin.file == "tests/fixtures/small/cases/register-2025.csv");
    CHECK(site.cases[4].origin.line == 3);
    CHECK(site.cases[4].body.find('\n') != std::string::npos);
    CHECK(site.cases[4].body.find('\r') == std::string::npos);
    CHECK(site.projects.size() == 3);
    CHECK(site.notices.size() == 5);
    REQUIRE(site.pages.size() == 1);
    CHECK(site.pages[0].id == "about");
    CHECK(site.config_hash != 0);
}

TEST_CASE("loading is deterministic, on one thread or several") {
    InDirectory root(GONGKAI_SOURCE_DIR);
    Diagnostics a, b;
    const Site first = gen::load_site("tests/fixtures/small", a);
    const Site second = gen::load_site("tests/fixtures/small/", b, nullptr, 4);
    REQUIRE(first.cases.size() == second.cases.size());
    for (size_t i = 0; i < first.cases.size(); ++i) {
        CHECK(first.cases[i].id == second.cases[i].id);
        CHECK(first.cases[i].content_hash == second.cases[i].content_hash);
        CHECK(first.cases[i].origin.file == second.cases[i].origin.file);
    }
    CHECK(first.config_hash == second.config_hash);
}

TEST_CASE("paths are shown relative to the current directory when the content is under it") {
    InDirectory root(GONGKAI_SOURCE_DIR);
    CHECK(gen::shown_root("tests/fixtures/small") == "tests/fixtures/small");
    CHECK(gen::shown_root(fs::path(GONGKAI_SOURCE_DIR) / "tests" / "fixtures" / "small") == "tests/fixtures/small");
    CHECK(gen::shown_root("./tests/../tests/fixtures/small/") == "tests/fixtures/small");
    CHECK(gen::shown_root(".") == ".");
    CHECK(gen::shown_path(".", "site.yaml") == "site.yaml");
    CHECK(gen::shown_path("content", "cases/a.md") == "content/cases/a.md");
    InDirectory elsewhere(fs::path(GONGKAI_SOURCE_DIR) / "tests" / "invalid");
    const std::string absolute = (fs::path(GONGKAI_SOURCE_DIR) / "tests" / "fixtures" / "small").generic_string();
    CHECK(gen::shown_root(absolute) == absolute);
}

TEST_CASE("a missing site.yaml and unreadable files are reported; other files still load") {
    const fs::path dir = fs::temp_directory_path() / "gongkai_load_site_test";
    fs::remove_all(dir);
    fs::create_directories(dir / "pages");
    std::ofstream(dir / "pages" / "b.md") << "---\ntitle: B\n---\n";
    std::ofstream(dir / "pages" / "a.md") << "---\ntitle: A\n---\n";
    std::ofstream(dir / "pages" / ".hidden.md") << "not front matter";
    std::ofstream(dir / "pages" / "notes.txt") << "ignored";
    InDirectory in(dir);
    Diagnostics diags;
    const Site site = gen::load_site(".", diags);
    REQUIRE(diags.count() == 1);
    CHECK(format(diags.items()[0]) ==
          "site.yaml: site settings file is missing (expected site.yaml in the content folder)");
    REQUIRE(site.pages.size() == 2);
    CHECK(site.pages[0].id == "a");
    CHECK(site.pages[0].origin.file == "pages/a.md");
    CHECK(site.config.deadline_classes.size() == 4);
    fs::current_path(fs::temp_directory_path());
    fs::remove_all(dir);
}
