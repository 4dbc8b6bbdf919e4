#include "outputs/outputs.hpp"
#include "outputs_fixture.hpp"

using namespace gongkai;
using namespace gongkai::gen;
using namespace gongkai::gen::testing;

namespace {

PlannedFile page(std::string path) {
    return {std::move(path), 1, [] { return std::string("<!doctype html>"); }};
}

size_t count(const std::string& text, std::string_view needle) {
    size_t n = 0;
    for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("sitemap lists every HTML page except print views and 404, with absolute URLs") {
    Fixture f(test_site::small_site());
    f.plan = {page("index.html"), page("notice/N1.html"), page("notice/N1.print.html"), page("404.html"),
              page("static/site.css"), page("cases/2025/06/index.html"), page("pages/about & more.html")};
    plan_sitemap(*f.ctx, f.plan);
    const std::string xml = f.render("sitemap.xml");
    CHECK(xml_well_formed("sitemap.xml", xml));
    CHECK(count(xml, "<loc>") == 4);
    CHECK(xml.find("<loc>https://gongkai.example.gov.cn/index.html</loc>") != std::string::npos);
    CHECK(xml.find("<loc>https://gongkai.example.gov.cn/cases/2025/06/index.html</loc>") != std::string::npos);
    CHECK(xml.find("about &amp; more") != std::string::npos);
    CHECK(xml.find("print") == std::string::npos);
    CHECK(xml.find("404") == std::string::npos);
    CHECK(xml.find("site.css") == std::string::npos);
    CHECK(f.render("robots.txt").find("Sitemap: https://gongkai.example.gov.cn/sitemap.xml\n") != std::string::npos);
}

TEST_CASE("sitemap fingerprint follows the listed paths only") {
    auto fingerprint = [](std::vector<std::string> paths) {
        Fixture f(test_site::small_site());
        for (std::string& p : paths) f.plan.push_back(page(std::move(p)));
        plan_sitemap(*f.ctx, f.plan);
        return f.find("sitemap.xml")->fingerprint;
    };
    const uint64_t base = fingerprint({"index.html", "case/a.html"});
    CHECK(fingerprint({"case/a.html", "index.html"}) == base);  // order does not matter
    CHECK(fingerprint({"index.html", "case/a.html", "notice/a.print.html", "x.json"}) == base);
    CHECK(fingerprint({"index.html", "case/b.html"}) != base);
}

TEST_CASE("over 50,000 pages become a sitemap index with parts") {
    Fixture f(test_site::small_site());
    for (int i = 0; i < 50001; ++i) f.plan.push_back(page("case/C" + std::to_string(i) + ".html"));
    plan_sitemap(*f.ctx, f.plan);
    const std::string index = f.render("sitemap.xml");
    CHECK(xml_well_formed("sitemap-index.xml", index));
    CHECK(index.find("<sitemapindex") != std::string::npos);
    CHECK(count(index, "<sitemap>") == 2);
    CHECK(index.find("<loc>https://gongkai.example.gov.cn/sitemap-2.xml</loc>") != std::string::npos);
    const std::string first = f.render("sitemap-1.xml");
    const std::string second = f.render("sitemap-2.xml");
    CHECK(count(first, "<url>") == 50000);
    CHECK(count(second, "<url>") == 1);
    CHECK(xml_well_formed("sitemap-2.xml", second));
}
