#include "gongkai/labels.hpp"

#include <doctest/doctest.h>

using namespace gongkai;

TEST_CASE("every enum value has a Chinese label") {
    for (Channel v : all_channels()) CHECK_FALSE(label(v).empty());
    for (CaseStatus v : all_case_statuses()) CHECK_FALSE(label(v).empty());
    for (Satisfaction v : all_satisfactions()) CHECK_FALSE(label(v).empty());
    for (ProjectStatus v : all_project_statuses()) CHECK_FALSE(label(v).empty());
    CHECK(label(Channel::hotline_12345) == "12345热线");
    CHECK(label(CaseStatus::resolved) == "已化解");
    CHECK(label(Satisfaction::not_rated) == "未评价");
    CHECK(label(ProjectStatus::in_progress) == "实施中");
    CHECK(label(Priority::urgent) == "紧急");
    CHECK(label(UnitKind::subdistrict) == "街道");
    CHECK(label(UnitKind::grid) == "网格");
    CHECK(label(Verdict::on_time) == "按时答复");
    CHECK(label(Verdict::late) == "超时答复");
    CHECK(label(Verdict::pending) == "办理中");
    CHECK(label(Verdict::overdue) == "已逾期");
    CHECK(label(NoticeState::upcoming) == "即将生效");
    CHECK(label(NoticeState::active) == "生效中");
    CHECK(label(NoticeState::expired) == "已过期");
}

TEST_CASE("weekday labels and dates for people") {
    CHECK(weekday_label(1) == "周一");
    CHECK(weekday_label(7) == "周日");
    CHECK(weekday_label(0).empty());
    CHECK(weekday_label(8).empty());
    CHECK(weekday_label(Date::from_ymd(2025, 6, 13).weekday()) == "周五");
    CHECK(display_date(Date::from_ymd(2025, 6, 13)) == "2025年6月13日");
    CHECK(display_date(Date::from_ymd(2026, 10, 1)) == "2026年10月1日");
    CHECK(display_date_time(*DateTime::parse("2025-06-13 08:05")) == "2025年6月13日 08:05");
}

TEST_CASE("a midnight end is shown as the day before") {
    CHECK(display_end(*DateTime::parse("2025-06-21 00:00")) == "2025年6月20日");
    CHECK(display_end(*DateTime::parse("2025-07-01")) == "2025年6月30日");
    CHECK(display_end(*DateTime::parse("2025-06-20 18:00")) == "2025年6月20日 18:00");
    CHECK(display_end(*DateTime::parse("2025-06-21 00:01")) == "2025年6月21日 00:01");
}

TEST_CASE("display_percent") {
    CHECK(display_percent(0.853) == "85.3%");
    CHECK(display_percent(1.0) == "100.0%");
    CHECK(display_percent(0.0) == "0.0%");
    CHECK(display_percent(2.0 / 3) == "66.7%");
    CHECK(display_percent(std::nullopt) == "—");
}
