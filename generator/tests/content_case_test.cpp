#include "content/case_loader.hpp"
#include "content/text_file.hpp"
#include "gongkai/hash.hpp"

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

const char* const good_case = R"(---
id: DJ-2025-0001
title: 电梯停运
unit: hongqi-g1
category: property
channel: hotline_12345
level: general
received: 2025-06-13
responded: 2025-06-16
closed: 2025-06-20
status: resolved
satisfaction: basically_satisfied
amount_recovered: 35800.50
timeline:
  - {date: 2025-06-13, step: 收集, note: 居民来访}
  - date: 2025-06-14
    step: 交办
---
故事第一行
第二行
)";

}  // namespace

TEST_CASE("a Markdown case loads every field, its lines and its hash") {
    Diagnostics diags;
    const auto c = load_case_markdown(good_case, "content/cases/a.md", diags);
    CHECK(lines(diags).empty());
    REQUIRE(c);
    CHECK(c->id == "DJ-2025-0001");
    CHECK(c->unit == "hongqi-g1");
    CHECK(c->channel == Channel::hotline_12345);
    CHECK(c->level == "general");
    CHECK(c->received == *Date::parse("2025-06-13"));
    CHECK(c->responded == Date::parse("2025-06-16"));
    CHECK(c->closed == Date::parse("2025-06-20"));
    CHECK(c->status == CaseStatus::resolved);
    CHECK(c->satisfaction == Satisfaction::basically_satisfied);
    REQUIRE(c->amount_recovered);
    CHECK(c->amount_recovered->fen == 3580050);
    REQUIRE(c->timeline.size() == 2);
    CHECK(c->timeline[0].step == "收集");
    CHECK(c->timeline[0].note == "居民来访");
    CHECK(c->timeline[1].date == *Date::parse("2025-06-14"));
    CHECK(c->body == "故事第一行\n第二行\n");
    CHECK(c->origin.file == "content/cases/a.md");
    CHECK(c->origin.line == 1);
    CHECK(c->origin.body_line == 19);
    CHECK(c->origin.line_of("unit") == 4);
    CHECK(c->origin.line_of("timeline") == 14);
    CHECK(c->origin.line_of("timeline[2].step") == 17);
    CHECK(c->content_hash == hash64(good_case));
}

TEST_CASE("a Markdown case reports every bad field with file, line and field") {
    const char* text = R"(---
id: bad id
title: 标题
unit: u
category: property
channel: walkin
level: general
received: 2025-6-13
status: done
satisfaction: happy
amount_recovered: 12万
recieved: 2025-06-13
timeline:
  - {date: 2025-06-13, step: 调查}
  - just text
---
)";
    Diagnostics diags;
    const auto c = load_case_markdown(text, "c.md", diags);
    REQUIRE(c);  // still returned so later checks can report more
    CHECK(lines(diags) ==
          std::vector<std::string>{
              "c.md:2: id: 'bad id' is not a valid id (expected letters, digits, '-' and '_', starting with a "
              "letter or digit, at most 64 characters)",
              "c.md:6: channel: unknown value 'walkin' (expected one of: walk_in, hotline_12345, grid_patrol, "
              "petition, online)",
              "c.md:8: received: '2025-6-13' is not a valid date (expected YYYY-MM-DD)",
              "c.md:9: status: unknown value 'done' (expected one of: received, in_progress, resolved, "
              "unresolved, referred)",
              "c.md:10: satisfaction: unknown value 'happy' (expected one of: satisfied, basically_satisfied, "
              "unsatisfied, not_rated)",
              "c.md:11: amount_recovered: '12万' is not an amount (expected yuan with at most two decimals, e.g. "
              "1200000 or 35800.50)",
              "c.md:12: recieved: unknown field; did you mean 'received'? (expected one of: id, title, unit, "
              "category, channel, level, received, responded, closed, status, satisfaction, amount_recovered, "
              "timeline)",
              "c.md:14: timeline[1].step: unknown step '调查' (expected one of: 收集, 交办, 处置, 反馈, 复盘)",
              "c.md:15: timeline[2]: expected an item with fields like {field: value}, found a value",
          });
}

TEST_CASE("missing required case fields are each named") {
    Diagnostics diags;
    load_case_markdown("---\nid: A\n---\n", "c.md", diags);
    const auto out = lines(diags);
    REQUIRE(out.size() == 7);
    CHECK(out[0] == "c.md:2: category: required field is missing (expected an id)");
    CHECK(out[1] ==
          "c.md:2: channel: required field is missing (expected one of: walk_in, hotline_12345, grid_patrol, "
          "petition, online)");
    CHECK(out[3] == "c.md:2: received: required field is missing (expected a date YYYY-MM-DD)");
}

TEST_CASE("front matter problems stop the file with a message") {
    Diagnostics diags;
    CHECK_FALSE(load_case_markdown("no front matter\n", "c.md", diags));
    CHECK_FALSE(load_case_markdown("---\nid: [x\n---\n", "d.md", diags));
    CHECK_FALSE(load_case_markdown("---\n- a\n- b\n---\n", "e.md", diags));
    const auto out = lines(diags);
    REQUIRE(out.size() == 3);
    CHECK(out[0] == "c.md:1: expected front matter: the first line must be '---'");
    CHECK(out[1].starts_with("d.md:"));
    CHECK(out[1].find("malformed YAML") != std::string::npos);
    CHECK(out[2] == "e.md:2: expected 'field: value' lines, found a list");
}

TEST_CASE("a CSV register with BOM, CRLF and a multi-line quoted summary") {
    std::string text =
        "\xEF\xBB\xBFid,title,unit,category,channel,level,received,responded,closed,status,satisfaction,"
        "amount_recovered,summary\r\n"
        "A-1,标题一,u1,property,walk_in,general,2025-06-13,2025-06-16,,in_progress,,,\"第一行，有逗号\r\n"
        "第二行 \"\"引号\"\"\"\r\n"
        "A-2, 标题二 ,u2,property,online,consult,2025-06-17,,,received,satisfied,100,简短\r\n";
    normalise_text(text);
    Diagnostics diags;
    std::vector<Case> cases;
    load_case_csv(text, "content/cases/r.csv", cases, diags);
    CHECK(lines(diags).empty());
    REQUIRE(cases.size() == 2);
    CHECK(cases[0].id == "A-1");
    CHECK(cases[0].responded == Date::parse("2025-06-16"));
    CHECK_FALSE(cases[0].closed);
    CHECK(cases[0].satisfaction == Satisfaction::not_rated);
    CHECK(cases[0].body == "第一行，有逗号\n第二行 \"引号\"");
    CHECK(cases[0].origin.line == 2);
    CHECK(cases[0].origin.body_line == 2);
    CHECK(cases[1].title == "标题二");
    CHECK(cases[1].origin.line == 4);
    CHECK(cases[1].amount_recovered->fen == 10000);
    CHECK(cases[0].content_hash != cases[1].content_hash);
    CHECK(cases[0].content_hash != 0);
}

TEST_CASE("a CSV summary on a later line than its row records that line") {
    const std::string text = "id,title,unit,category,channel,level,received,status,summary\n"
                             "A,\"多行\n标题\",u,property,walk_in,general,2025-06-13,received,\"故事\"\n";
    Diagnostics diags;
    std::vector<Case> cases;
    load_case_csv(text, "r.csv", cases, diags);
    REQUIRE(cases.size() == 1);
    CHECK(cases[0].origin.line == 2);
    CHECK(cases[0].origin.body_line == 3);
    CHECK(cases[0].origin.line_of("title") == 2);
    CHECK(cases[0].origin.line_of("status") == 3);
}

TEST_CASE("CSV problems name the row's line and the column") {
    const std::string text = "id,title,unit,category,channel,level,received,status,summary\n"
                             "A,t,u,property,walk_in,general,2025-02-30,received,x\n"
                             "B,t,u,property,walk_in,general,2025-06-13\n"
                             "C,,u,property,fax,general,2025-06-13,received,x\n"
                             "D,t,u,property,walk_in,general,2025-06-13,received,\"open\n";
    Diagnostics diags;
    std::vector<Case> cases;
    load_case_csv(text, "r.csv", cases, diags);
    CHECK(cases.size() == 2);
    CHECK(lines(diags) ==
          std::vector<std::string>{
              "r.csv:2: received: '2025-02-30' is not a valid date (expected YYYY-MM-DD)",
              "r.csv:3: row has 7 cells but the header has 9 (check commas and quotes)",
              "r.csv:4: channel: unknown value 'fax' (expected one of: walk_in, hotline_12345, grid_patrol, "
              "petition, online)",
              "r.csv:4: title: required field is missing (expected text)",
              "r.csv:5: quoted cell is not closed (expected a closing '\"')",
          });
}

TEST_CASE("CSV header problems are reported once and no rows are read") {
    const std::string text = "id,title,unit,category,channel,level,received,status,timeline,id,note\n"
                             "A,t,u,property,walk_in,general,2025-06-13,received,,,\n";
    Diagnostics diags;
    std::vector<Case> cases;
    load_case_csv(text, "r.csv", cases, diags);
    CHECK(cases.empty());
    CHECK(lines(diags) ==
          std::vector<std::string>{
              "r.csv:1: id: column 'id' appears more than once",
              "r.csv:1: note: unknown column 'note' (expected column names: id, title, unit, category, channel, "
              "level, received, responded, closed, status, satisfaction, amount_recovered, summary)",
              "r.csv:1: timeline: a CSV register cannot hold a timeline (write the case as a .md file instead)",
          });

    Diagnostics empty;
    load_case_csv("", "e.csv", cases, empty);
    CHECK(lines(empty) ==
          std::vector<std::string>{"e.csv:1: the register is empty (expected a header row naming the columns)"});
}
