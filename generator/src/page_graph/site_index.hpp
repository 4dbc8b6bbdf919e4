#pragma once
// Groupings of records that several renderers need, computed once per build.
// Every list holds indices into the Site vectors, already in display order.

#include "gongkai/deadlines.hpp"
#include "gongkai/records.hpp"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace gongkai::gen {

struct SiteIndex {
    // Cases: newest received first, then id ascending.
    std::vector<size_t> cases;
    std::map<std::string, std::vector<size_t>> cases_by_unit;      // rolled up the unit tree
    std::map<std::string, std::vector<size_t>> cases_by_category;
    std::map<int, std::vector<size_t>> cases_by_year;
    std::map<std::pair<int, int>, std::vector<size_t>> cases_by_month;  // (year, month)

    // Notices as of the build's now. Active/upcoming: urgent first, then
    // valid_from newest first; expired: valid_until newest first.
    std::vector<size_t> notices_active;
    std::vector<size_t> notices_upcoming;
    std::vector<size_t> notices_expired;
    std::vector<size_t> notices_by_published;  // newest published first (feeds)
    // Notices whose audience includes the unit: whole-site notices, notices
    // for the unit itself, its ancestors and its descendants.
    std::map<std::string, std::vector<size_t>> notices_by_unit;

    // Projects: in_progress, planned, completed, suspended; then id.
    std::vector<size_t> projects;
    std::map<std::string, std::vector<size_t>> projects_by_unit;  // rolled up

    // Unit tree.
    std::map<std::string, std::vector<std::string>> unit_children;
    std::map<std::string, std::vector<std::string>> unit_ancestors;  // nearest parent first

    static SiteIndex build(const Site& site, DateTime now);
};

}  // namespace gongkai::gen
