// Fingerprints drive incremental builds: a page's fingerprint must change
// when anything it shows changes, and must not when only other records do.
#include "site_test_fixture.hpp"

#include "gongkai/urls.hpp"

#include <set>

using namespace gongkai;
using gongkai::gen::testing::SiteFixture;

namespace {

Case& find_case(Site& site, const std::string& id) {
    for (Case& c : site.cases)
        if (c.id == id) return c;
    FAIL("no case " << id);
    return site.cases.front();
}

// Paths whose fingerprint differs between two plans.
std::set<std::string> changed(const std::map<std::string, uint64_t>& a, const std::map<std::string, uint64_t>& b) {
    std::set<std::string> out;
    for (const auto& [path, fp] : a) {
        auto it = b.find(path);
        if (it == b.end() || it->second != fp || fp == 0) out.insert(path);
    }
    return out;
}

}  // namespace

TEST_CASE("fingerprints are stable and rendering is deterministic") {
    auto a = SiteFixture::load();
    auto b = SiteFixture::load();
    CHECK(a->fingerprints() == b->fingerprints());
    CHECK(a->render("cases/index.html") == b->render("cases/index.html"));
    CHECK(a->render(urls::case_page("DJ-2025-0001")) == a->render(urls::case_page("DJ-2025-0001")));
    for (const auto& entry : a->fingerprints())  // not a structured binding: clang 14 cannot capture one
        if (entry.first != "index.html") CHECK_MESSAGE(entry.second != 0, entry.first);
    CHECK(a->fingerprints().at("index.html") == 0);  // site-wide figures and the build date
}

TEST_CASE("editing a case changes the pages that show it, and only those") {
    auto f = SiteFixture::load();
    const auto before = f->fingerprints();
    Case& c = find_case(f->site, "DJ-2025-0001");
    c.title = "小区电梯停运引发的物业纠纷（已更正）";
    c.content_hash ^= 0x1234;
    f->derive();
    const auto after = f->fingerprints();
    const std::set<std::string> diff = changed(before, after);
    CHECK(diff.count(urls::case_page("DJ-2025-0001")));
    CHECK(diff.count("cases/index.html"));
    CHECK(diff.count(urls::paged(urls::cases_by_category_dir("property"), 1)));
    CHECK(diff.count(urls::paged(urls::cases_by_unit_dir("dongjie-hongqi-g1"), 1)));
    CHECK(diff.count(urls::paged(urls::cases_by_unit_dir("dongjie"), 1)));  // rolled up
    CHECK(diff.count(urls::unit_page("dongjie-hongqi-g1")));
    CHECK(diff.count("index.html"));
    // Unrelated pages keep their fingerprint.
    for (const Case& other : f->site.cases)
        if (other.id != "DJ-2025-0001") CHECK_FALSE(diff.count(urls::case_page(other.id)));
    CHECK_FALSE(diff.count(urls::paged(urls::cases_by_unit_dir("shahe"), 1)));
    CHECK_FALSE(diff.count(urls::unit_page("shahe")));
    for (const Project& p : f->site.projects) CHECK_FALSE(diff.count(urls::project_page(p.id)));
    for (const Notice& n : f->site.notices) CHECK_FALSE(diff.count(urls::notice_page(n.id)));
    CHECK_FALSE(diff.count("notices/index.html"));
    CHECK_FALSE(diff.count("projects/index.html"));
    CHECK_FALSE(diff.count("search/index.html"));
    CHECK_FALSE(diff.count("static/style.css"));
    // The new title really is on the changed pages.
    CHECK(f->render(urls::case_page("DJ-2025-0001")).find("（已更正）") != std::string::npos);
    CHECK(f->render("cases/index.html").find("（已更正）") != std::string::npos);
}

TEST_CASE("editing a notice changes its pages and the notice lists, not case pages") {
    auto f = SiteFixture::load();
    const auto before = f->fingerprints();
    Notice& n = f->site.notices.front();
    n.content_hash ^= 0x99;
    f->derive();
    const std::set<std::string> diff = changed(before, f->fingerprints());
    CHECK(diff.count(urls::notice_page(n.id)));
    CHECK(diff.count(urls::notice_print_page(n.id)));
    for (const Case& c : f->site.cases) CHECK_FALSE(diff.count(urls::case_page(c.id)));
    for (const Notice& other : f->site.notices)
        if (other.id != n.id) CHECK_FALSE(diff.count(urls::notice_page(other.id)));
}

TEST_CASE("a later build date changes pages whose verdicts or notice states change") {
    auto f = SiteFixture::load("tests/fixtures/small", "2025-06-11 10:00");
    const auto before = f->fingerprints();
    const std::vector<CaseTiming> timings_before = f->timings;
    f->now = *DateTime::parse("2025-12-31 10:00");
    f->derive();
    const std::set<std::string> diff = changed(before, f->fingerprints());
    int verdicts_changed = 0;
    for (size_t i = 0; i < f->site.cases.size(); ++i) {
        const Case& c = f->site.cases[i];
        if (c.received > f->now.date) continue;
        const bool verdict_changed = timings_before[i].verdict != f->timings[i].verdict;
        verdicts_changed += verdict_changed;
        CHECK_MESSAGE(bool(diff.count(urls::case_page(c.id))) == verdict_changed, c.id);
    }
    CHECK(verdicts_changed > 0);  // DJ-2025-0004: pending on 06-11, overdue by December
    CHECK(diff.count("notices/index.html"));
    CHECK(diff.count("notices/archive/index.html"));
}

TEST_CASE("a changed global fingerprint (theme, site.yaml) changes every page") {
    auto f = SiteFixture::load();
    gen::OutputPlan a, b;
    const gen::RenderContext ca = f->ctx(1), cb = f->ctx(2);
    gen::plan_html_pages(ca, a);
    gen::plan_html_pages(cb, b);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].fingerprint != 0) CHECK_MESSAGE(a[i].fingerprint != b[i].fingerprint, a[i].path);
}
