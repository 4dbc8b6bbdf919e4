// Record text reaches pages escaped; only our own Markdown HTML and SVG are
// inserted raw, and hostile Markdown in bodies is neutralised.
#include "site_test_fixture.hpp"

#include "gongkai/urls.hpp"

using namespace gongkai;
using gongkai::gen::testing::SiteFixture;

namespace {

const std::string kHostileTitle = "<script>alert(\"x\")</script>' onmouseover='y";
const std::string kEscapedTitle = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onmouseover=&#39;y";

void check_clean(const std::string& html) {
    CHECK(html.find("<script>alert") == std::string::npos);
    CHECK(html.find("' onmouseover='") == std::string::npos);
    CHECK(html.find("<img src=x") == std::string::npos);
    CHECK(html.find("=\"javascript:") == std::string::npos);
}

}  // namespace

TEST_CASE("hostile titles and bodies are escaped on every page that shows them") {
    auto f = SiteFixture::load();
    REQUIRE(!f->site.cases.empty());
    Case& c = f->site.cases.front();
    c.title = kHostileTitle;
    c.body = "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[点我](javascript:alert(1))";
    Notice& n = f->site.notices.front();
    n.title = kHostileTitle;
    f->site.config.title = "站点<b>标题</b>";
    f->derive();

    const std::string case_html = f->render(urls::case_page(c.id));
    check_clean(case_html);
    CHECK(case_html.find("<h1>" + kEscapedTitle + "</h1>") != std::string::npos);
    CHECK(case_html.find("<title>" + kEscapedTitle + " - 站点&lt;b&gt;标题&lt;/b&gt;</title>") != std::string::npos);
    CHECK(case_html.find("raw HTML omitted") != std::string::npos);

    check_clean(f->render("cases/index.html"));
    CHECK(f->render("cases/index.html").find(kEscapedTitle) != std::string::npos);
    check_clean(f->render(urls::notice_page(n.id)));
    check_clean(f->render(urls::notice_print_page(n.id)));
    check_clean(f->render("notices/index.html") + f->render("notices/archive/index.html"));
    check_clean(f->render("index.html"));
}

TEST_CASE("unit names and category labels from site.yaml are escaped too") {
    auto f = SiteFixture::load();
    f->site.config.units.front().name = "<i>区</i>";
    f->site.config.case_categories.front().label = "\"物业\"";
    f->derive();
    const std::string units = f->render("units/index.html");
    CHECK(units.find("&lt;i&gt;区&lt;/i&gt;") != std::string::npos);
    CHECK(units.find("<i>区</i>") == std::string::npos);
    const std::string cases = f->render("cases/index.html");
    CHECK(cases.find("&quot;物业&quot;") != std::string::npos);
}
