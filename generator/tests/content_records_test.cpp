#include "content/record_loaders.hpp"

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

}  // namespace

TEST_CASE("a project loads budget, funding, milestones and quantities") {
    const char* text = R"(---
id: P-1
title: 充电桩
units: [a, b]
category: transport
status: in_progress
budget: 1,560,000
funding:
  - {source: 区级财政, amount: 560000}
  - {source: 社会资本, amount: 1000000}
spent: 820000
beneficiaries: 12000
start: 2025-04-01
planned_end: 2025-12-31
completed:
progress: 60
milestones:
  - {date: 2025-05-15, title: 完成选址, done: true}
  - {date: 2025-06-30, title: 首批投用}
quantities:
  - {item: 充电桩, count: 78, unit: 个}
---
正文
)";
    Diagnostics diags;
    const auto p = load_project(text, "p.md", diags);
    CHECK(lines(diags).empty());
    REQUIRE(p);
    CHECK(p->units == std::vector<std::string>{"a", "b"});
    CHECK(p->status == ProjectStatus::in_progress);
    CHECK(p->budget.fen == 156000000);
    REQUIRE(p->funding.size() == 2);
    CHECK(p->funding[1].source == "社会资本");
    CHECK(p->spent->fen == 82000000);
    CHECK(p->beneficiaries == 12000);
    CHECK_FALSE(p->completed);
    CHECK(p->progress == 60);
    REQUIRE(p->milestones.size() == 2);
    CHECK(p->milestones[0].done);
    CHECK_FALSE(p->milestones[1].done);
    REQUIRE(p->quantities.size() == 1);
    CHECK(p->quantities[0].count == 78);
    CHECK(p->quantities[0].unit == "个");
    CHECK(p->origin.line_of("funding[2].amount") == 10);
    CHECK(p->origin.body_line == 23);
}

TEST_CASE("project field problems") {
    const char* text = R"(---
id: P-1
title: 充电桩
category: transport
status: finished
budget: -5
funding: 100
progress: 六十
milestones:
  - {date: 2025-05-15, title: 选址, done: maybe}
quantities:
  - {item: 充电桩, count: 7.5}
---
)";
    Diagnostics diags;
    load_project(text, "p.md", diags);
    CHECK(lines(diags) ==
          std::vector<std::string>{
              "p.md:2: units: required field is missing (expected one or more unit ids)",
              "p.md:5: status: unknown value 'finished' (expected one of: planned, in_progress, completed, "
              "suspended)",
              "p.md:6: budget: '-5' is not an amount (expected yuan with at most two decimals, e.g. 1200000 or "
              "35800.50)",
              "p.md:7: funding: expected a list of items, found a value",
              "p.md:8: progress: '六十' is not a whole number (expected digits, e.g. 60)",
              "p.md:10: milestones[1].done: 'maybe' is not true or false",
              "p.md:12: quantities[1].count: '7.5' is not a whole number (expected digits, e.g. 60)",
          });
}

TEST_CASE("a notice: date-times, a bare valid_until means through that day") {
    const char* text = R"(---
id: N-1
title: 停水
category: water
units: [hongqi]
published: 2025-06-18 09:00
valid_from: 2025-06-20T08:00
valid_until: 2025-06-20
priority: urgent
contact: 0471-6901234
---
6月20日停水。
)";
    Diagnostics diags;
    const auto n = load_notice(text, "n.md", diags);
    CHECK(lines(diags).empty());
    REQUIRE(n);
    CHECK(n->published == *DateTime::parse("2025-06-18 09:00"));
    CHECK(n->valid_from == *DateTime::parse("2025-06-20 08:00"));
    REQUIRE(n->valid_until);
    CHECK(*n->valid_until == *DateTime::parse("2025-06-21 00:00"));
    CHECK(n->priority == Priority::urgent);
    CHECK(n->contact == "0471-6901234");
    CHECK(n->units == std::vector<std::string>{"hongqi"});
}

TEST_CASE("a notice with a time in valid_until keeps it; whole-site notices have no units") {
    Diagnostics diags;
    const auto n = load_notice(
        "---\nid: N\ntitle: t\ncategory: other\npublished: 2025-06-18\nvalid_from: 2025-06-18\n"
        "valid_until: 2025-06-20 18:00\n---\n",
        "n.md", diags);
    CHECK(diags.ok());
    REQUIRE(n);
    CHECK(*n->valid_until == *DateTime::parse("2025-06-20 18:00"));
    CHECK(n->units.empty());
    CHECK(n->priority == Priority::normal);
}

TEST_CASE("notice field problems") {
    Diagnostics diags;
    load_notice("---\nid: N\ncategory: water\npublished: 2025-06-18 25:00\nvalid_from: tomorrow\n"
                "valid_until: 2025-06-31\npriority: high\nunits: {a: b}\n---\n",
                "n.md", diags);
    CHECK(lines(diags) ==
          std::vector<std::string>{
              "n.md:2: title: required field is missing (expected text)",
              "n.md:4: published: '2025-06-18 25:00' is not a valid date-time (expected YYYY-MM-DD HH:MM or "
              "YYYY-MM-DD)",
              "n.md:5: valid_from: 'tomorrow' is not a valid date-time (expected YYYY-MM-DD HH:MM or YYYY-MM-DD)",
              "n.md:6: valid_until: '2025-06-31' is not a valid date-time (expected YYYY-MM-DD HH:MM or "
              "YYYY-MM-DD)",
              "n.md:7: priority: unknown value 'high' (expected one of: normal, urgent)",
              "n.md:8: units: expected a list like [a, b], found a map",
          });
}

TEST_CASE("a page takes its id from the file name") {
    Diagnostics diags;
    const auto p = load_page("---\ntitle: 关于\norder: 2\n---\n正文\n", "pages/about.md", "about", diags);
    CHECK(diags.ok());
    REQUIRE(p);
    CHECK(p->id == "about");
    CHECK(p->title == "关于");
    CHECK(p->order == 2);
    CHECK(p->body == "正文\n");
    CHECK(p->origin.body_line == 5);

    load_page("---\ntitle: t\nid: x\n---\n", "pages/关于.md", "关于", diags);
    CHECK(lines(diags) == std::vector<std::string>{
                              "pages/关于.md: file name '关于.md' is not a valid page id (expected letters, "
                              "digits, '-' and '_')",
                              "pages/关于.md:3: id: unknown field (expected one of: title, order)",
                          });
}
