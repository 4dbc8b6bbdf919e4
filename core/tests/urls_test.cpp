#include "gongkai/urls.hpp"

#include <doctest/doctest.h>

namespace urls = gongkai::urls;

TEST_CASE("page paths") {
    CHECK(urls::home() == "index.html");
    CHECK(urls::case_page("DJ-2025-0001") == "case/DJ-2025-0001.html");
    CHECK(urls::project_page("DJ-P-2025-03") == "project/DJ-P-2025-03.html");
    CHECK(urls::notice_page("N1") == "notice/N1.html");
    CHECK(urls::notice_print_page("N1") == "notice/N1.print.html");
    CHECK(urls::unit_page("dongjie") == "unit/dongjie.html");
    CHECK(urls::content_page("about") == "pages/about.html");
}

TEST_CASE("list directories and pagination") {
    CHECK(urls::paged(urls::cases_dir, 1) == "cases/index.html");
    CHECK(urls::paged(urls::cases_dir, 2) == "cases/2.html");
    CHECK(urls::paged(urls::cases_by_month_dir(2025, 6), 1) == "cases/2025/06/index.html");
    CHECK(urls::cases_by_category_dir("property") == "cases/category/property");
    CHECK(urls::cases_by_unit_dir("dongjie") == "cases/unit/dongjie");
    CHECK(urls::cases_by_year_dir(2025) == "cases/2025");
    CHECK(urls::cases_by_month_dir(2025, 12) == "cases/2025/12");
    CHECK(urls::notices_archive_dir() == "notices/archive");
    CHECK(urls::notices_by_unit_page("dongjie") == "notices/unit/dongjie.html");
}

TEST_CASE("absolute and root_prefix") {
    CHECK(urls::absolute("https://gongkai.example.gov.cn/", "case/x.html") ==
          "https://gongkai.example.gov.cn/case/x.html");
    CHECK(urls::absolute("https://a.example/sub", "index.html") == "https://a.example/sub/index.html");
    CHECK(urls::root_prefix("index.html") == "");
    CHECK(urls::root_prefix("case/x.html") == "../");
    CHECK(urls::root_prefix("cases/2025/06/index.html") == "../../../");
}
