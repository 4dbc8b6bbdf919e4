// The page plan for the small fixture site: the expected pages exist, every
// page renders with every template name bound, and the HTML has the basic
// structure every page must have.
#include "site_test_fixture.hpp"

#include "gongkai/urls.hpp"
#include "outputs/outputs.hpp"

#include <algorithm>
#include <fstream>
#include <set>

using namespace gongkai;
using gongkai::gen::testing::SiteFixture;

namespace {

size_t count(const std::string& haystack, const std::string& needle) {
    size_t n = 0;
    for (size_t pos = haystack.find(needle); pos != std::string::npos; pos = haystack.find(needle, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the plan holds every kind of page") {
    auto f = SiteFixture::load();
    std::set<std::string> paths;
    for (const auto& p : f->plan()) {
        CHECK_MESSAGE(paths.insert(p.path).second, "planned twice: " << p.path);
    }
    for (const std::string expected :
         {"index.html", "cases/index.html", "projects/index.html", "notices/index.html", "notices/archive/index.html",
          "units/index.html", "search/index.html", "404.html", "static/style.css", "static/print.css",
          "static/large-text.js"}) {
        CHECK_MESSAGE(paths.count(expected), expected);
    }
    for (const Case& c : f->site.cases) CHECK(paths.count(urls::case_page(c.id)));
    for (const Project& p : f->site.projects) CHECK(paths.count(urls::project_page(p.id)));
    for (const Notice& n : f->site.notices) {
        CHECK(paths.count(urls::notice_page(n.id)));
        CHECK(paths.count(urls::notice_print_page(n.id)));
    }
    for (const Unit& u : f->site.config.units) {
        CHECK(paths.count(urls::unit_page(u.id)));
        CHECK(paths.count(urls::notices_by_unit_page(u.id)));
    }
    for (const Page& p : f->site.pages) CHECK(paths.count(urls::content_page(p.id)));
    for (const auto& [category, list] : f->index.cases_by_category)
        CHECK(paths.count(urls::paged(urls::cases_by_category_dir(category), 1)));
    for (const auto& [year, list] : f->index.cases_by_year) CHECK(paths.count(urls::paged(urls::cases_by_year_dir(year), 1)));
    for (const auto& [ym, list] : f->index.cases_by_month)
        CHECK(paths.count(urls::paged(urls::cases_by_month_dir(ym.first, ym.second), 1)));
}

TEST_CASE("every page renders completely and is well formed") {
    auto f = SiteFixture::load();
    const gen::RenderContext ctx = f->ctx();
    gen::OutputPlan plan;
    gen::plan_html_pages(ctx, plan);
    const char* dump = std::getenv("GONGKAI_SITE_DUMP");  // write pages to look at them in a browser
    for (const auto& p : plan) {
        const std::string html = p.render();
        CAPTURE(p.path);
        CHECK(html.starts_with("<!DOCTYPE html>"));
        CHECK(count(html, "<html lang=\"zh-CN\">") == 1);
        CHECK(count(html, "<h1") == 1);
        CHECK(count(html.substr(0, html.find("</head>")), "<title>") == 1);
        CHECK(html.find("{{") == std::string::npos);
        CHECK(html.find("<script>") == std::string::npos);  // no inline scripts
        if (!p.path.ends_with(".print.html")) {
            CHECK(count(html, "<main") == 1);
            CHECK(html.find("href=\"#main\"") != std::string::npos);
            CHECK(html.find("static/style.css") != std::string::npos);
        }
        if (dump) {
            std::filesystem::path out = std::filesystem::path(dump) / p.path;
            std::filesystem::create_directories(out.parent_path());
            std::ofstream(out, std::ios::binary) << html;
        }
    }
    if (dump) {
        gen::OutputPlan assets;
        gen::plan_theme_assets(ctx, assets);
        for (const auto& a : assets) {
            std::filesystem::path out = std::filesystem::path(dump) / a.path;
            std::filesystem::create_directories(out.parent_path());
            std::ofstream(out, std::ios::binary) << a.render();
        }
    }
    for (const std::string& name : f->theme->missing_names()) FAIL_CHECK("template name without data: " << name);
}

TEST_CASE("a case page shows its facts, verdict, timeline and story") {
    auto f = SiteFixture::load();
    const std::string html = f->render(urls::case_page("DJ-2025-0001"));
    CHECK(html.find("<h1>小区电梯停运引发的物业纠纷</h1>") != std::string::npos);
    CHECK(html.find("红旗社区第一网格") != std::string::npos);
    CHECK(html.find("2025年6月13日") != std::string::npos);
    CHECK(html.find("按时答复") != std::string::npos);
    CHECK(html.find("3个工作日内反馈") != std::string::npos);
    const size_t collect = html.find("收集"), review = html.find("复盘");
    CHECK(collect != std::string::npos);
    CHECK(review != std::string::npos);
    CHECK(collect < review);
    CHECK(html.find("<li>物业公司在三天内更换控制板；</li>") != std::string::npos);
    CHECK(html.find("href=\"../unit/dongjie-hongqi-g1.html\"") != std::string::npos);
    CHECK(html.find("href=\"../static/style.css\"") != std::string::npos);
    CHECK(html.find("aria-current=\"page\">案件</a>") != std::string::npos);
}

TEST_CASE("the print view of a notice has an A4 sheet and a QR code") {
    auto f = SiteFixture::load();
    REQUIRE(!f->site.notices.empty());
    const Notice& n = f->site.notices.front();
    const std::string html = f->render(urls::notice_print_page(n.id));
    CHECK(html.find("static/print.css") != std::string::npos);
    CHECK(html.find("<svg") != std::string::npos);
    CHECK(html.find("class=\"qr\"") != std::string::npos);
    CHECK(html.find(urls::absolute(f->site.config.base_url, urls::notice_page(n.id))) != std::string::npos);
}

TEST_CASE("the search page has the form and hooks search.js expects") {
    auto f = SiteFixture::load();
    const std::string html = f->render("search/index.html");
    CHECK(html.find("<form id=\"search-form\" method=\"get\"") != std::string::npos);
    CHECK(html.find("<input name=\"q\" id=\"search-q\" type=\"search\"") != std::string::npos);
    CHECK(html.find("<div id=\"search-results\" aria-live=\"polite\"></div>") != std::string::npos);
    CHECK(html.find("<script src=\"../static/search.js\" defer data-root=\"../\"></script>") != std::string::npos);
    CHECK(html.find("<noscript>") != std::string::npos);
}

TEST_CASE("the 404 page links absolutely, since it is served at any depth") {
    auto f = SiteFixture::load();
    const std::string html = f->render("404.html");
    CHECK(html.find("href=\"https://gongkai.example.gov.cn/static/style.css\"") != std::string::npos);
}

TEST_CASE("the open-data page lists every dataset's files and columns") {
    auto f = SiteFixture::load();
    gen::DatasetSchema cases;
    cases.name = "cases";
    cases.title_zh = "矛盾纠纷与群众诉求";
    cases.files = {"data/cases.csv", "data/cases.json"};
    gen::FieldSchema received;
    received.name = "received";
    received.type = "date";
    received.title_zh = "受理日期";
    received.required = true;
    cases.fields = {received};
    const std::vector<gen::DatasetSchema> schema{cases};
    const gen::RenderContext ctx = f->ctx();
    gen::OutputPlan plan;
    gen::plan_open_data_page(ctx, schema, plan);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].path == "data/index.html");
    const std::string html = plan[0].render();
    CHECK(html.find("href=\"../data/cases.csv\"") != std::string::npos);
    CHECK(html.find("<code>received</code>") != std::string::npos);
    CHECK(html.find("受理日期") != std::string::npos);
    CHECK(html.find("href=\"../data/schema.json\"") != std::string::npos);
    for (const std::string& name : f->theme->missing_names()) FAIL_CHECK("template name without data: " << name);
}
