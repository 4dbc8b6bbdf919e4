#include "gongkai/statistics.hpp"

#include <doctest/doctest.h>

#include "china_holidays.hpp"

using namespace gongkai;
using gongkai::testing::china_2025_2026;
using gongkai::testing::ymd;

namespace {

// district D
//   subdistrict S
//     community C1
//       grid G1
//     community C2
//   subdistrict S2 (no cases)
Site tiny_site() {
    Site site;
    site.config.units = {
        {"D", "区", UnitKind::district, "", 0},        {"S", "街道", UnitKind::subdistrict, "D", 1},
        {"C1", "社区一", UnitKind::community, "S", 2}, {"G1", "网格一", UnitKind::grid, "C1", 3},
        {"C2", "社区二", UnitKind::community, "S", 2}, {"S2", "街道二", UnitKind::subdistrict, "D", 1}};
    site.config.deadline_classes = {{"consult", "一般性咨询", 1, ""}, {"general", "一般矛盾纠纷", 3, ""}};
    site.calendar = china_2025_2026();

    auto make = [](std::string unit, std::string category, Channel channel, std::string level, Date received,
                   std::optional<Date> responded, std::optional<Date> closed, CaseStatus status,
                   Satisfaction satisfaction) {
        Case c;
        c.unit = std::move(unit);
        c.category = std::move(category);
        c.channel = channel;
        c.level = std::move(level);
        c.received = received;
        c.responded = responded;
        c.closed = closed;
        c.status = status;
        c.satisfaction = satisfaction;
        return c;
    };
    // 1: deadline 06-18, responded 06-16 (1 working day), closed 06-20 (5): on time.
    site.cases.push_back(make("G1", "property", Channel::walk_in, "general", ymd(2025, 6, 13),
                              ymd(2025, 6, 16), ymd(2025, 6, 20), CaseStatus::resolved,
                              Satisfaction::satisfied));
    site.cases.back().amount_recovered = Money{10000};
    // 2: deadline 06-19, responded and closed 06-20 (4 working days): late.
    site.cases.push_back(make("C1", "property", Channel::hotline_12345, "general", ymd(2025, 6, 16),
                              ymd(2025, 6, 20), ymd(2025, 6, 20), CaseStatus::unresolved,
                              Satisfaction::unsatisfied));
    // 3: deadline 07-02, no response: overdue on 07-10.
    site.cases.push_back(make("C2", "noise", Channel::grid_patrol, "consult", ymd(2025, 7, 1), std::nullopt,
                              std::nullopt, CaseStatus::in_progress, Satisfaction::not_rated));
    // 4: responded and closed the next working day: on time.
    site.cases.push_back(make("G1", "property", Channel::online, "consult", ymd(2024, 12, 30),
                              ymd(2024, 12, 31), ymd(2024, 12, 31), CaseStatus::resolved,
                              Satisfaction::basically_satisfied));
    site.cases.back().amount_recovered = Money{5050};
    // 5: deadline 06-25, no response: overdue on 07-10.
    site.cases.push_back(make("S", "noise", Channel::walk_in, "general", ymd(2025, 6, 20), std::nullopt,
                              std::nullopt, CaseStatus::received, Satisfaction::not_rated));
    return site;
}

Statistics compute(const Site& site) {
    const WorkingCalendar cal(site.calendar);
    std::vector<CaseTiming> timings;
    for (const Case& c : site.cases) timings.push_back(compute_timing(c, site.config, cal, ymd(2025, 7, 10)));
    return Statistics::compute(site, timings);
}

}  // namespace

TEST_CASE("Period keys") {
    CHECK(Period::all().key() == "all");
    CHECK(Period{2025, 0}.key() == "2025");
    CHECK(Period{2025, 6}.key() == "2025-06");
}

TEST_CASE("whole-site figures for all time") {
    const Statistics stats = compute(tiny_site());
    const CaseFigures& f = stats.figures("", Period::all());
    CHECK(f.received == 5);
    CHECK(f.resolved == 2);
    CHECK(f.closed == 3);
    CHECK(f.responded == 3);
    CHECK(f.on_time == 2);
    CHECK(f.overdue_open == 2);
    CHECK(f.open == 2);
    CHECK(f.resolution_rate == doctest::Approx(2.0 / 3));
    CHECK(f.on_time_rate == doctest::Approx(0.4));                   // 2 / (3 responded + 2 overdue)
    CHECK(f.median_working_days_to_response == doctest::Approx(1));  // {1, 4, 1}
    CHECK(f.median_working_days_to_close == doctest::Approx(4));     // {5, 4, 1}
    CHECK(f.amount_recovered.fen == 15050);
    CHECK(f.by_category == std::map<std::string, int>{{"noise", 2}, {"property", 3}});
    CHECK(f.by_channel == std::map<std::string, int>{
                              {"grid_patrol", 1}, {"hotline_12345", 1}, {"online", 1}, {"walk_in", 2}});
    CHECK(f.by_satisfaction ==
          std::map<std::string, int>{
              {"basically_satisfied", 1}, {"not_rated", 2}, {"satisfied", 1}, {"unsatisfied", 1}});
    CHECK(f.by_level == std::map<std::string, int>{{"consult", 2}, {"general", 3}});
}

TEST_CASE("cases roll up the unit tree") {
    const Statistics stats = compute(tiny_site());
    CHECK(stats.figures("G1", Period::all()).received == 2);
    CHECK(stats.figures("C1", Period::all()).received == 3);
    CHECK(stats.figures("C2", Period::all()).received == 1);
    CHECK(stats.figures("S", Period::all()).received == 5);
    CHECK(stats.figures("D", Period::all()).received == 5);
    CHECK(stats.figures("S2", Period::all()).received == 0);
    CHECK(stats.figures("nowhere", Period::all()).received == 0);
    CHECK(stats.figures("C1", Period::all()).by_category == std::map<std::string, int>{{"property", 3}});
    CHECK(stats.figures("S", Period::all()).overdue_open == 2);
    // Nothing is stored for a scope without cases.
    CHECK(stats.all().count({"S2", Period::all()}) == 0);
    CHECK(stats.all().count({"G1", Period::all()}) == 1);
}

TEST_CASE("medians: odd count takes the middle, even count averages the two middle values") {
    const Statistics stats = compute(tiny_site());
    const CaseFigures& g1 = stats.figures("G1", Period::all());       // close days {5, 1}
    CHECK(g1.median_working_days_to_response == doctest::Approx(1));  // {1, 1}
    CHECK(g1.median_working_days_to_close == doctest::Approx(3));
    const CaseFigures& june = stats.figures("C1", Period{2025, 6});  // cases 1 and 2
    CHECK(june.received == 2);
    CHECK(june.median_working_days_to_response == doctest::Approx(2.5));  // {1, 4}
    CHECK(june.median_working_days_to_close == doctest::Approx(4.5));     // {5, 4}
    CHECK(june.resolution_rate == doctest::Approx(0.5));
    CHECK(june.on_time_rate == doctest::Approx(0.5));
}

TEST_CASE("rates and medians are absent when nothing can be measured") {
    const Statistics stats = compute(tiny_site());
    const CaseFigures& c2 = stats.figures("C2", Period::all());
    CHECK(c2.received == 1);
    CHECK_FALSE(c2.resolution_rate);                 // nothing closed
    CHECK(c2.on_time_rate == doctest::Approx(0.0));  // one overdue, none on time
    CHECK_FALSE(c2.median_working_days_to_response);
    CHECK_FALSE(c2.median_working_days_to_close);

    const CaseFigures& empty = stats.figures("S2", Period{2025, 0});
    CHECK_FALSE(empty.resolution_rate);
    CHECK_FALSE(empty.on_time_rate);
    CHECK_FALSE(empty.median_working_days_to_response);
    CHECK(empty.by_category.empty());

    // A pending case (deadline not reached) counts in neither part of the on-time rate.
    Site site = tiny_site();
    site.cases.resize(1);
    site.cases[0].responded.reset();
    site.cases[0].closed.reset();
    site.cases[0].status = CaseStatus::received;
    const WorkingCalendar cal(site.calendar);
    const Statistics pending =
        Statistics::compute(site, {compute_timing(site.cases[0], site.config, cal, ymd(2025, 6, 16))});
    CHECK(pending.figures("", Period::all()).open == 1);
    CHECK_FALSE(pending.figures("", Period::all()).on_time_rate);
}

TEST_CASE("periods by received date") {
    const Statistics stats = compute(tiny_site());
    CHECK(stats.figures("", Period{2025, 0}).received == 4);
    CHECK(stats.figures("", Period{2024, 0}).received == 1);
    CHECK(stats.figures("", Period{2025, 6}).received == 3);
    CHECK(stats.figures("", Period{2025, 7}).received == 1);
    CHECK(stats.figures("", Period{2024, 12}).received == 1);
    CHECK(stats.figures("", Period{2025, 5}).received == 0);

    CHECK(stats.years("") == std::vector<Period>{{2024, 0}, {2025, 0}});
    CHECK(stats.months("", 2025) == std::vector<Period>{{2025, 6}, {2025, 7}});
    CHECK(stats.months("", 2024) == std::vector<Period>{{2024, 12}});
    CHECK(stats.months("G1", 2025) == std::vector<Period>{{2025, 6}});
    CHECK(stats.years("C2") == std::vector<Period>{{2025, 0}});
    CHECK(stats.years("S2").empty());
    CHECK(stats.months("", 2023).empty());
}
