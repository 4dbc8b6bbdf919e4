#include "gongkai/validate.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace gongkai;

namespace {

std::vector<std::string> lines(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.sorted()) out.push_back(format(d));
    return out;
}

Date day(const char* iso) { return *Date::parse(iso); }

Origin origin(std::string file, std::vector<std::pair<std::string, int>> fields = {}) {
    Origin o;
    o.file = std::move(file);
    o.line = 1;
    o.body_line = 20;
    o.field_lines = std::move(fields);
    return o;
}

Site base_site() {
    Site s;
    s.config.units = {{"d", "区", UnitKind::district, "", 0}, {"c", "社区", UnitKind::community, "d", 1}};
    s.config.case_categories = {{"property", "物业服务"}};
    s.config.project_categories = {{"transport", "交通出行"}};
    s.config.notice_categories = {{"water", "停水"}};
    s.config.deadline_classes = {{"general", "一般矛盾纠纷", 3, ""}};
    s.config.contacts = {{"中心", "0471-6901234"}, {"热线", "12345"}};
    return s;
}

Case good_case(std::string id, std::string file) {
    Case c;
    c.id = std::move(id);
    c.title = "电梯停运";
    c.unit = "c";
    c.category = "property";
    c.level = "general";
    c.received = day("2025-06-13");
    c.origin = origin(std::move(file), {{"id", 2}, {"unit", 4}, {"closed", 9}, {"status", 10}});
    return c;
}

Project good_project() {
    Project p;
    p.id = "P-1";
    p.title = "充电桩";
    p.units = {"c"};
    p.category = "transport";
    p.status = ProjectStatus::in_progress;
    p.budget = Money::from_yuan(1560000);
    p.funding = {{"区级财政", Money::from_yuan(560000)}, {"社会资本", Money::from_yuan(1000000)}};
    p.progress = 60;
    p.origin = origin("p.md", {{"funding", 8}, {"progress", 12}, {"status", 6}, {"spent", 11}});
    return p;
}

Notice good_notice() {
    Notice n;
    n.id = "N-1";
    n.title = "停水";
    n.category = "water";
    n.units = {"c"};
    n.valid_from = *DateTime::parse("2025-06-20 08:00");
    n.valid_until = *DateTime::parse("2025-06-20 18:00");
    n.contact = "0471-6901234";
    n.origin = origin("n.md", {{"valid_until", 8}, {"contact", 9}, {"units", 4}});
    return n;
}

}  // namespace

TEST_CASE("a consistent site has no diagnostics") {
    Site s = base_site();
    s.cases.push_back(good_case("C-1", "a.md"));
    s.projects.push_back(good_project());
    s.notices.push_back(good_notice());
    Diagnostics out;
    validate_site(s, out);
    CHECK(lines(out).empty());
}

TEST_CASE("case references and date rules") {
    Site s = base_site();
    Case c = good_case("C-1", "a.md");
    c.unit = "dongjie-hq";
    c.category = "noise";
    c.level = "urgent";
    c.responded = day("2025-06-12");
    c.closed = day("2025-06-10");
    c.status = CaseStatus::resolved;
    c.timeline = {{day("2025-06-14"), "收集", ""}, {day("2025-06-12"), "交办", ""}};
    s.cases.push_back(c);
    Case open = good_case("C-2", "b.md");
    open.status = CaseStatus::unresolved;
    s.cases.push_back(open);
    Diagnostics out;
    validate_site(s, out);
    CHECK(lines(out) == std::vector<std::string>{
                            "a.md:1: category: unknown category id 'noise' (expected one of: property)",
                            "a.md:1: level: unknown deadline class 'urgent' (expected one of: general)",
                            "a.md:1: responded: 2025-06-12 is before received 2025-06-13",
                            "a.md:1: timeline[2].date: 2025-06-12 is before received 2025-06-13",
                            "a.md:4: unit: unknown unit id 'dongjie-hq' (expected a unit id from site.yaml)",
                            "a.md:9: closed: 2025-06-10 is before received 2025-06-13",
                            "b.md:10: status: 'unresolved' needs a closed date (expected closed: YYYY-MM-DD)",
                        });
}

TEST_CASE("duplicate ids name both places, per record type") {
    Site s = base_site();
    s.cases.push_back(good_case("C-1", "a.md"));
    s.cases.push_back(good_case("C-1", "b.csv"));
    Project p = good_project();
    p.id = "C-1";  // same id in another record type is fine
    s.projects.push_back(p);
    Page page1, page2;
    page1.id = page2.id = "about";
    page1.origin = origin("pages/about.md");
    page2.origin = origin("other/about.md");
    s.pages = {page1, page2};
    Diagnostics out;
    validate_site(s, out);
    CHECK(lines(out) == std::vector<std::string>{
                            "b.csv:2: id: duplicate case id 'C-1' (also used at a.md:2)",
                            "other/about.md:1: id: duplicate page id 'about' (also used at pages/about.md:1)",
                        });
}

TEST_CASE("project money, progress and completion rules") {
    Site s = base_site();
    Project p = good_project();
    p.funding[1].amount = Money::from_yuan(940000);
    p.spent = Money::from_yuan(1600000);
    p.progress = 120;
    p.units.push_back("nowhere");
    p.start = day("2025-04-01");
    p.planned_end = day("2025-03-01");
    p.milestones = {{day("2025-05-15"), "选址", true}, {day("2025-05-01"), "招标", true}};
    s.projects.push_back(p);
    Project done = good_project();
    done.id = "P-2";
    done.origin.file = "q.md";
    done.status = ProjectStatus::completed;
    done.progress = 80;
    s.projects.push_back(done);
    Diagnostics out;
    validate_site(s, out);
    CHECK(lines(out) ==
          std::vector<std::string>{
              "p.md:1: milestones[2].date: 2025-05-01 is before the previous milestone's 2025-05-15 (expected "
              "milestones in date order)",
              "p.md:1: planned_end: 2025-03-01 is before start 2025-04-01",
              "p.md:1: units: unknown unit id 'nowhere' (expected a unit id from site.yaml)",
              "p.md:8: funding: amounts add up to 1,500,000 but budget is 1,560,000",
              "p.md:11: spent: 1,600,000 is more than the budget 1,560,000",
              "p.md:12: progress: 120 is out of range (expected 0 to 100)",
              "q.md:6: status: 'completed' needs a completed date (expected completed: YYYY-MM-DD)",
              "q.md:12: progress: status 'completed' needs progress 100 (found 80)",
          });
}

TEST_CASE("notice period, audience and contact") {
    Site s = base_site();
    Notice n = good_notice();
    n.valid_until = n.valid_from;
    n.units = {"c", "x"};
    n.contact = "0471-6909999";
    n.category = "flood";
    s.notices.push_back(n);
    Notice official = good_notice();
    official.id = "N-2";
    official.contact = "0471 690 1234";  // separators differ, digits match
    s.notices.push_back(official);
    Diagnostics out;
    validate_site(s, out);
    CHECK(lines(out) ==
          std::vector<std::string>{
              "n.md:1: category: unknown category id 'flood' (expected one of: water)",
              "n.md:4: units: unknown unit id 'x' (expected a unit id from site.yaml)",
              "n.md:8: valid_until: the notice would end at 2025-06-20 08:00, which is not after valid_from "
              "2025-06-20 08:00 (a bare date ends at the close of that day)",
              "n.md:9: contact: '0471-6909999' is not an official contact (expected a number from site.yaml "
              "contacts: 0471-6901234, 12345)",
          });
}

TEST_CASE("the privacy scan reports body lines and fields, and allows official contacts") {
    Site s = base_site();
    Case md = good_case("C-1", "a.md");
    md.body = "第一行\n值班电话0471-6901234，热线12345\n身份证150102198003141237\n";
    md.timeline = {{day("2025-06-13"), "收集", "来电13812345678"}};
    md.origin.field_lines.emplace_back("timeline[1].note", 13);
    s.cases.push_back(md);
    Case row = good_case("C-2", "r.csv");
    row.origin.field_lines.clear();
    row.origin.line = 7;
    row.origin.body_line = 8;
    row.body = "卡号6222021234567890128";
    s.cases.push_back(row);
    Project p = good_project();
    p.milestones = {{day("2025-05-01"), "联系13912345678", false}};
    s.projects.push_back(p);
    Diagnostics out;
    scan_site_for_pii(s, out);
    const auto found = lines(out);
    REQUIRE(found.size() == 4);
    CHECK(found[0].starts_with("a.md:13: timeline[1].note: contains a "));
    CHECK(found[1].starts_with("a.md:22: body: contains a "));
    CHECK(found[1].find("150*") != std::string::npos);
    CHECK(found[1].find("150102198003141237") == std::string::npos);
    CHECK(found[2].starts_with("p.md:1: milestones[1].title: contains a "));
    CHECK(found[3].starts_with("r.csv:8: summary: contains a "));
}

TEST_CASE("the privacy memo skips records found clean before, and only those") {
    Site s = base_site();
    Case clean = good_case("C-1", "a.md");
    clean.body = "请拨打13800471234咨询";  // allowed while it is an official contact
    clean.content_hash = 101;
    Case personal = good_case("C-2", "b.md");
    personal.body = "来电13912345678";
    personal.content_hash = 202;
    Case unhashed = good_case("C-3", "c.md");  // made without a source text: always scanned
    unhashed.body = "来电13712345678";
    s.cases = {clean, personal, unhashed};
    s.config.contacts.push_back({"网格员", "13800471234"});

    PiiMemo first;
    Diagnostics out;
    scan_site_for_pii(s, out, &first);
    CHECK(out.count() == 2);
    CHECK(first.changed());
    REQUIRE(first.clean_now().size() == 1);  // only C-1

    // Same records: the memo knows C-1; the others are still reported.
    PiiMemo second(first.clean_now());
    Diagnostics again;
    scan_site_for_pii(s, again, &second);
    CHECK(lines(again) == lines(out));
    CHECK_FALSE(second.changed());

    // A known-clean text is scanned again when the contacts change: the
    // number it shows is no longer allowed.
    s.config.contacts.pop_back();
    PiiMemo third(first.clean_now());
    Diagnostics after;
    scan_site_for_pii(s, after, &third);
    CHECK(after.count() == 3);
    CHECK(lines(after)[0].starts_with("a.md:20: body: contains a mobile"));
    CHECK(third.clean_now().empty());

    // A memo never hides a record whose text changed.
    s.config.contacts.push_back({"网格员", "13800471234"});
    s.cases[0].body = "来电13612345678";
    s.cases[0].content_hash = 102;
    PiiMemo fourth(first.clean_now());
    Diagnostics edited;
    scan_site_for_pii(s, edited, &fourth);
    CHECK(edited.count() == 3);
}

TEST_CASE("responded and closed may not lie after the build date") {
    Site s = base_site();
    Case c = good_case("C-1", "a.md");
    c.responded = day("2025-06-21");
    c.closed = day("2025-06-20");
    s.cases.push_back(c);
    Diagnostics out;
    validate_dates_as_of(s, day("2025-06-20"), out);
    CHECK(lines(out) == std::vector<std::string>{"a.md:1: responded: 2025-06-21 is after today 2025-06-20"});
}
