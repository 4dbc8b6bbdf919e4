#pragma once
// Published case statistics: for the whole site and every unit (rolled up the
// unit tree: a subdistrict includes its communities and their grids), for all
// time, each year and each month. Cases are attributed to periods by their
// `received` date.

#include "gongkai/deadlines.hpp"
#include "gongkai/records.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gongkai {

struct Period {
    int year = 0;   // 0 = all time
    int month = 0;  // 0 = whole year (or all time)
    static Period all() { return {}; }
    std::string key() const;  // "all", "2025", "2025-06"
    auto operator<=>(const Period&) const = default;
};

struct CaseFigures {
    int received = 0;       // cases in the period
    int resolved = 0;       // status resolved
    int closed = 0;         // cases with a `closed` date
    int responded = 0;      // cases with an effective response
    int on_time = 0;        // responded on or before the deadline
    int overdue_open = 0;   // no response and past the deadline as of the build date
    int open = 0;           // status received or in_progress
    std::optional<double> resolution_rate;  // resolved / closed
    std::optional<double> on_time_rate;     // on_time / (responded + overdue_open)
    std::optional<double> median_working_days_to_response;
    std::optional<double> median_working_days_to_close;
    Money amount_recovered;
    // id -> count; ids are category ids, channel ids, satisfaction ids, level ids.
    std::map<std::string, int> by_category;
    std::map<std::string, int> by_channel;
    std::map<std::string, int> by_satisfaction;
    std::map<std::string, int> by_level;
};

class Statistics {
public:
    // `timings[i]` belongs to `site.cases[i]`.
    static Statistics compute(const Site& site, const std::vector<CaseTiming>& timings);

    // unit_id "" = whole site. Returns empty figures for a scope with no cases.
    const CaseFigures& figures(const std::string& unit_id, Period p) const;
    // Periods that have at least one case for the scope, ascending; excludes all().
    std::vector<Period> years(const std::string& unit_id) const;
    std::vector<Period> months(const std::string& unit_id, int year) const;
    // Every (scope, period) with cases, for the store.
    const std::map<std::pair<std::string, Period>, CaseFigures>& all() const { return table_; }

private:
    std::map<std::pair<std::string, Period>, CaseFigures> table_;
};

}  // namespace gongkai
