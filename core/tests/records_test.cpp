#include "gongkai/records.hpp"

#include <doctest/doctest.h>

using namespace gongkai;

TEST_CASE("enum ids round-trip and unknown ids are rejected") {
    for (Channel v : all_channels()) CHECK(parse_channel(id_of(v)) == v);
    for (CaseStatus v : all_case_statuses()) CHECK(parse_case_status(id_of(v)) == v);
    for (Satisfaction v : all_satisfactions()) CHECK(parse_satisfaction(id_of(v)) == v);
    for (ProjectStatus v : all_project_statuses()) CHECK(parse_project_status(id_of(v)) == v);
    CHECK(all_channels().size() == 5);
    CHECK(all_case_statuses().size() == 5);
    CHECK(all_satisfactions().size() == 4);
    CHECK(all_project_statuses().size() == 4);

    CHECK(parse_channel("hotline_12345") == Channel::hotline_12345);
    CHECK(id_of(Channel::grid_patrol) == "grid_patrol");
    CHECK(parse_satisfaction("basically_satisfied") == Satisfaction::basically_satisfied);
    CHECK(parse_priority("urgent") == Priority::urgent);
    CHECK(id_of(Priority::normal) == "normal");
    CHECK(parse_unit_kind("subdistrict") == UnitKind::subdistrict);
    CHECK(id_of(UnitKind::grid) == "grid");
    CHECK(parse_project_status("in_progress") == ProjectStatus::in_progress);

    CHECK_FALSE(parse_channel("Walk_in"));
    CHECK_FALSE(parse_channel(""));
    CHECK_FALSE(parse_case_status("closed"));
    CHECK_FALSE(parse_priority("high"));
    CHECK_FALSE(parse_unit_kind("city"));

    CHECK(id_of(Orientation::portrait) == "portrait");
    CHECK(parse_orientation("landscape") == Orientation::landscape);
    CHECK_FALSE(parse_orientation("sideways"));
    CHECK(id_of(NoticeState::upcoming) == "upcoming");
    CHECK(id_of(NoticeState::active) == "active");
    CHECK(id_of(NoticeState::expired) == "expired");
}

TEST_CASE("Origin::line_of falls back to the record line") {
    Origin o{"content/cases/a.md", 1, 12, {{"unit", 4}, {"funding", 9}}};
    CHECK(o.line_of("unit") == 4);
    CHECK(o.line_of("funding") == 9);
    CHECK(o.line_of("title") == 1);
}

TEST_CASE("SiteConfig lookups") {
    SiteConfig cfg;
    cfg.units = {{"xincheng", "新城区", UnitKind::district, "", 0},
                 {"dongjie", "东街街道", UnitKind::subdistrict, "xincheng", 1}};
    cfg.case_categories = {{"property", "物业服务"}};
    cfg.project_categories = {{"transport", "交通出行"}};
    cfg.notice_categories = {{"water", "停水"}};
    cfg.deadline_classes = {{"general", "一般矛盾纠纷", 3, "3个工作日内反馈"}};
    cfg.contacts = {{"东街街道综治中心", "0471-6901234"}, {"政务服务便民热线", "12345"}};

    REQUIRE(cfg.find_unit("dongjie"));
    CHECK(cfg.find_unit("dongjie")->parent == "xincheng");
    CHECK_FALSE(cfg.find_unit("xi"));
    REQUIRE(cfg.find_deadline_class("general"));
    CHECK(cfg.find_deadline_class("general")->working_days == 3);
    CHECK_FALSE(cfg.find_deadline_class("urgent"));

    CHECK(cfg.case_category_label("property") == "物业服务");
    CHECK(cfg.case_category_label("noise") == "noise");
    CHECK(cfg.project_category_label("transport") == "交通出行");
    CHECK(cfg.project_category_label("property") == "property");
    CHECK(cfg.notice_category_label("water") == "停水");

    CHECK(cfg.is_official_number("0471-6901234"));
    CHECK(cfg.is_official_number("04716901234"));
    CHECK(cfg.is_official_number("0471 690 1234"));
    CHECK(cfg.is_official_number("12345"));
    CHECK_FALSE(cfg.is_official_number("0471-6901235"));
    CHECK_FALSE(cfg.is_official_number("123456"));
    CHECK_FALSE(cfg.is_official_number(""));
    CHECK_FALSE(cfg.is_official_number("--"));
}

TEST_CASE("notice_state: active in [valid_from, valid_until)") {
    const auto at = [](const char* s) { return *DateTime::parse(s); };
    Notice n;
    n.valid_from = at("2025-06-20 08:00");
    n.valid_until = at("2025-06-20 18:00");
    CHECK(notice_state(n, at("2025-06-20 07:59")) == NoticeState::upcoming);
    CHECK(notice_state(n, at("2025-06-20 08:00")) == NoticeState::active);
    CHECK(notice_state(n, at("2025-06-20 17:59")) == NoticeState::active);
    CHECK(notice_state(n, at("2025-06-20 18:00")) == NoticeState::expired);
    n.valid_until.reset();
    CHECK(notice_state(n, at("2030-01-01")) == NoticeState::active);
    CHECK(notice_state(n, at("2025-06-19")) == NoticeState::upcoming);
}
