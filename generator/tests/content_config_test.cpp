#include "content/calendar_loader.hpp"
#include "content/site_config_loader.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace gongkai;
using namespace gongkai::gen;

namespace {

std::vector<std::string> lines(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.sorted()) out.push_back(format(d));
    return out;
}

const char* const site_yaml = R"(title: 测试
base_url: https://example.gov.cn
units:
  - id: d
    name: 区
    kind: district
    children:
      - id: s
        name: 街道
        kind: subdistrict
        children:
          - {id: c1, name: 社区一, kind: community}
          - {id: c2, name: 社区二, kind: community, children: [{id: g, name: 网格, kind: grid}]}
      - {id: t, name: 镇, kind: town}
categories:
  cases: [{id: property, label: 物业服务}]
contacts:
  - {name: 中心, number: 0471-6901234}
)";

}  // namespace

TEST_CASE("site.yaml: units are flattened parents first, with depth and parent") {
    Diagnostics diags;
    const SiteConfig c = load_site_config(site_yaml, "content/site.yaml", diags);
    CHECK(lines(diags).empty());
    CHECK(c.title == "测试");
    CHECK(c.base_url == "https://example.gov.cn/");
    REQUIRE(c.units.size() == 6);
    std::vector<std::string> order;
    for (const auto& u : c.units) order.push_back(u.id + "/" + u.parent + "/" + std::to_string(u.depth));
    CHECK(order == std::vector<std::string>{"d//0", "s/d/1", "c1/s/2", "c2/s/2", "g/c2/3", "t/d/1"});
    CHECK(c.units[5].kind == UnitKind::town);
    CHECK(c.origin.line_of("units") == 3);
    CHECK(c.contacts.size() == 1);
}

TEST_CASE("site.yaml: defaults for language, time zone, notice categories and deadline classes") {
    Diagnostics diags;
    const SiteConfig c = load_site_config(site_yaml, "content/site.yaml", diags);
    CHECK(c.language == "zh-CN");
    CHECK(c.time_zone == "Asia/Shanghai");
    CHECK(c.utc_offset_minutes == 480);
    REQUIRE(c.notice_categories.size() == 10);
    CHECK(c.notice_categories[7].id == "policy");
    CHECK(c.notice_categories[7].label == "政策解读");
    REQUIRE(c.deadline_classes.size() == 4);
    CHECK(c.deadline_classes[2].id == "important");
    CHECK(c.deadline_classes[2].working_days == 7);
    CHECK(c.kiosk.idle_seconds == 90);
}

TEST_CASE("site.yaml: every problem is reported with line and field") {
    const char* text = R"(title: 测试
base_url: example.gov.cn
time_zone: Europe/Paris
units:
  - {id: d, name: 区, kind: district}
  - {id: d, name: 区二, kind: county}
  - {name: 无id, kind: town}
deadline_classes:
  - {id: general, label: 一般, working_days: 0}
kiosk:
  centre_name: 中心
  orientation: sideways
  idle_seconds: 5
  pin: 12ab
colour: red
)";
    Diagnostics diags;
    load_site_config(text, "content/site.yaml", diags);
    CHECK(lines(diags) ==
          std::vector<std::string>{
              "content/site.yaml:2: base_url: 'example.gov.cn' is not an absolute URL (expected https://... or "
              "http://...)",
              "content/site.yaml:3: time_zone: unknown time zone 'Europe/Paris' (expected one of: Asia/Shanghai, "
              "Asia/Chongqing, Asia/Harbin, Asia/Hong_Kong, Asia/Macau, Asia/Urumqi, UTC)",
              "content/site.yaml:6: units[2].id: duplicate unit id 'd' (also at content/site.yaml:5; unit ids are "
              "unique across the tree)",
              "content/site.yaml:6: units[2].kind: unknown value 'county' (expected one of: district, subdistrict, "
              "town, community, village, grid)",
              "content/site.yaml:7: units[3].id: required field is missing (expected an id)",
              "content/site.yaml:9: deadline_classes[1].working_days: 0 is out of range (expected 1 to 366)",
              "content/site.yaml:12: kiosk.orientation: unknown value 'sideways' (expected one of: portrait, "
              "landscape)",
              "content/site.yaml:13: kiosk.idle_seconds: 5 is out of range (expected 10 to 86400)",
              "content/site.yaml:14: kiosk.pin: expected 4 to 8 digits",
              "content/site.yaml:15: colour: unknown field (expected one of: title, description, base_url, "
              "language, time_zone, units, categories, deadline_classes, contacts, kiosk)",
          });
}

TEST_CASE("site.yaml: missing required settings and malformed YAML") {
    Diagnostics diags;
    load_site_config("description: x\n", "site.yaml", diags);
    CHECK(lines(diags) == std::vector<std::string>{
                              "site.yaml:1: base_url: required field is missing (expected text)",
                              "site.yaml:1: title: required field is missing (expected text)",
                              "site.yaml:1: units: required field is missing (expected the tree of units)",
                          });
    Diagnostics bad;
    const SiteConfig c = load_site_config("title: [a\nunits: x\n", "site.yaml", bad);
    REQUIRE(bad.count() == 1);
    CHECK(format(bad.items()[0]).starts_with("site.yaml:"));
    CHECK(bad.items()[0].message.starts_with("malformed YAML: "));
    CHECK(c.deadline_classes.size() == 4);
}

TEST_CASE("calendar: dates and inclusive ranges") {
    Diagnostics diags;
    CalendarData cal;
    load_calendar("year: 2025\nholidays:\n  - 2025-01-01\n  - 2025-01-28..2025-02-04\nmakeup_workdays: "
                  "[2025-01-26, 2025-02-08]\n",
                  "content/calendar/2025.yaml", cal, diags);
    CHECK(diags.ok());
    REQUIRE(cal.holidays.size() == 9);
    CHECK(cal.holidays[1] == *Date::parse("2025-01-28"));
    CHECK(cal.holidays[8] == *Date::parse("2025-02-04"));
    CHECK(cal.makeup_workdays.size() == 2);
    REQUIRE(cal.sources.size() == 1);
    CHECK(cal.sources[0].file == "content/calendar/2025.yaml");
}

TEST_CASE("calendar: wrong year, weekday make-up days, bad ranges") {
    Diagnostics diags;
    CalendarData cal;
    load_calendar("year: 2025\nholidays:\n  - 2024-12-31\n  - 2025-02-04..2025-01-28\n  - 2025-13-01\n"
                  "makeup_workdays:\n  - 2025-01-27\n",
                  "cal.yaml", cal, diags);
    CHECK(lines(diags) ==
          std::vector<std::string>{
              "cal.yaml:3: holidays[1]: 2024-12-31 is not in year 2025 (expected dates of the file's year)",
              "cal.yaml:4: holidays[2]: range '2025-02-04..2025-01-28' ends before it starts or spans more than "
              "a year",
              "cal.yaml:5: holidays[3]: '2025-13-01' is not a date or range (expected YYYY-MM-DD or "
              "YYYY-MM-DD..YYYY-MM-DD)",
              "cal.yaml:7: makeup_workdays[1]: 2025-01-27 is a weekday (expected a Saturday or Sunday that is "
              "worked)",
          });
    CHECK(cal.holidays.empty());
}
