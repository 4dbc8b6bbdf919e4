#include "gongkai/deadlines.hpp"

#include <doctest/doctest.h>

#include "china_holidays.hpp"

using namespace gongkai;
using gongkai::testing::china_2025_2026;
using gongkai::testing::ymd;

namespace {

SiteConfig config_13715() {
    SiteConfig cfg;
    cfg.deadline_classes = {{"consult", "一般性咨询", 1, ""},
                            {"general", "一般矛盾纠纷", 3, ""},
                            {"important", "重要矛盾纠纷", 7, ""},
                            {"complex", "复杂疑难矛盾纠纷", 15, ""}};
    return cfg;
}

Case received_on(Date received, std::string level) {
    Case c;
    c.id = "T-1";
    c.level = std::move(level);
    c.received = received;
    return c;
}

Date deadline_of(Date received, const char* level) {
    return compute_timing(received_on(received, level), config_13715(), WorkingCalendar(china_2025_2026()),
                          received)
        .deadline;
}

}  // namespace

TEST_CASE("PRODUCT.md worked examples (2025)") {
    // Friday -> Wednesday over a plain weekend.
    CHECK(deadline_of(ymd(2025, 6, 13), "general") == ymd(2025, 6, 18));
    // 10-01..10-08 are holidays; Saturday 10-11 is a make-up working day.
    CHECK(deadline_of(ymd(2025, 9, 30), "general") == ymd(2025, 10, 11));
    // Sunday 01-26 counts, the Spring Festival week does not.
    CHECK(deadline_of(ymd(2025, 1, 24), "important") == ymd(2025, 2, 10));
}

TEST_CASE("2026 deadlines") {
    // 02-13 Fri, 02-14 Sat (make-up), then Spring Festival 02-15..02-23.
    CHECK(deadline_of(ymd(2026, 2, 12), "general") == ymd(2026, 2, 24));
    // National Day 10-01..10-07.
    CHECK(deadline_of(ymd(2026, 9, 30), "consult") == ymd(2026, 10, 8));
    // Sunday 09-20 is a make-up day; Mid-Autumn 09-25..09-27.
    CHECK(deadline_of(ymd(2026, 9, 18), "important") == ymd(2026, 9, 29));
    // Across the new year: 01-01..01-03 off, Sunday 01-04 worked.
    CHECK(deadline_of(ymd(2025, 12, 31), "complex") == ymd(2026, 1, 22));
}

TEST_CASE("verdicts") {
    const SiteConfig cfg = config_13715();
    const WorkingCalendar cal(china_2025_2026());
    Case c = received_on(ymd(2025, 6, 13), "general");  // deadline 2025-06-18
    const Date much_later = ymd(2025, 12, 1);

    SUBCASE("responded on the deadline is on time") {
        c.responded = ymd(2025, 6, 18);
        c.closed = ymd(2025, 6, 25);
        const CaseTiming t = compute_timing(c, cfg, cal, much_later);
        CHECK(t.verdict == Verdict::on_time);
        CHECK(t.effective_response == ymd(2025, 6, 18));
        CHECK(t.working_days_to_response == 3);
        CHECK(t.working_days_to_close == 8);
        CHECK_FALSE(t.open());
    }
    SUBCASE("responded a day after the deadline is late") {
        c.responded = ymd(2025, 6, 19);
        const CaseTiming t = compute_timing(c, cfg, cal, much_later);
        CHECK(t.verdict == Verdict::late);
        CHECK(t.working_days_to_response == 4);
        CHECK_FALSE(t.working_days_to_close);
    }
    SUBCASE("a closing date stands in for a missing response") {
        c.closed = ymd(2025, 6, 17);
        const CaseTiming t = compute_timing(c, cfg, cal, much_later);
        CHECK(t.verdict == Verdict::on_time);
        CHECK(t.effective_response == ymd(2025, 6, 17));
        CHECK(t.working_days_to_response == 2);
        CHECK(t.working_days_to_close == 2);
    }
    SUBCASE("no response: pending up to and including the deadline, overdue after") {
        CHECK(compute_timing(c, cfg, cal, ymd(2025, 6, 13)).verdict == Verdict::pending);
        const CaseTiming on_deadline = compute_timing(c, cfg, cal, ymd(2025, 6, 18));
        CHECK(on_deadline.verdict == Verdict::pending);
        CHECK(on_deadline.open());
        CHECK_FALSE(on_deadline.effective_response);
        CHECK_FALSE(on_deadline.working_days_to_response);
        const CaseTiming after = compute_timing(c, cfg, cal, ymd(2025, 6, 19));
        CHECK(after.verdict == Verdict::overdue);
        CHECK(after.open());
    }
    SUBCASE("an unknown level has a deadline on the day of receipt") {
        c.level = "nonexistent";
        CHECK(compute_timing(c, cfg, cal, ymd(2025, 6, 13)).deadline == ymd(2025, 6, 13));
        CHECK(compute_timing(c, cfg, cal, ymd(2025, 6, 14)).verdict == Verdict::overdue);
    }
}

TEST_CASE("compute_timings: one timing per case, in order, on the site's calendar") {
    Site site;
    site.config = config_13715();
    site.calendar = china_2025_2026();
    site.cases = {received_on(ymd(2025, 9, 30), "general"), received_on(ymd(2025, 6, 13), "consult")};
    const std::vector<CaseTiming> timings = compute_timings(site, ymd(2025, 12, 1));
    REQUIRE(timings.size() == 2);
    const WorkingCalendar cal(china_2025_2026());
    for (size_t i = 0; i < 2; ++i) {
        const CaseTiming one = compute_timing(site.cases[i], site.config, cal, ymd(2025, 12, 1));
        CHECK(timings[i].deadline == one.deadline);
        CHECK(timings[i].verdict == one.verdict);
    }
    // Over the National Day holiday: the calendar was the site's, not an empty one.
    CHECK(timings[0].deadline == ymd(2025, 10, 11));
}

TEST_CASE("verdict ids and open statuses") {
    CHECK(id_of(Verdict::on_time) == "on_time");
    CHECK(id_of(Verdict::late) == "late");
    CHECK(id_of(Verdict::pending) == "pending");
    CHECK(id_of(Verdict::overdue) == "overdue");
    CHECK(is_open_status(CaseStatus::received));
    CHECK(is_open_status(CaseStatus::in_progress));
    CHECK_FALSE(is_open_status(CaseStatus::resolved));
    CHECK_FALSE(is_open_status(CaseStatus::unresolved));
    CHECK_FALSE(is_open_status(CaseStatus::referred));
}
