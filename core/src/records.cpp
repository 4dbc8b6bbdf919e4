#include "gongkai/records.hpp"

#include <algorithm>
#include <array>

namespace gongkai {

namespace {

// One table per enumeration, indexed by the enum value, so id_of and parse_*
// can never disagree.
constexpr std::array<std::string_view, 5> channel_ids{"walk_in", "hotline_12345", "grid_patrol", "petition",
                                                      "online"};
constexpr std::array<std::string_view, 5> case_status_ids{"received", "in_progress", "resolved", "unresolved",
                                                          "referred"};
constexpr std::array<std::string_view, 4> satisfaction_ids{"satisfied", "basically_satisfied", "unsatisfied",
                                                           "not_rated"};
constexpr std::array<std::string_view, 4> project_status_ids{"planned", "in_progress", "completed",
                                                             "suspended"};
constexpr std::array<std::string_view, 2> priority_ids{"normal", "urgent"};
constexpr std::array<std::string_view, 6> unit_kind_ids{"district",  "subdistrict", "town",
                                                        "community", "village",     "grid"};
constexpr std::array<std::string_view, 2> orientation_ids{"portrait", "landscape"};
constexpr std::array<std::string_view, 3> notice_state_ids{"upcoming", "active", "expired"};

template <typename Enum, size_t N>
std::string_view id_in(const std::array<std::string_view, N>& ids, Enum value) {
    const auto index = static_cast<size_t>(value);
    return index < N ? ids[index] : std::string_view{};
}

template <typename Enum, size_t N>
std::optional<Enum> parse_in(const std::array<std::string_view, N>& ids, std::string_view text) {
    for (size_t i = 0; i < N; ++i)
        if (ids[i] == text) return static_cast<Enum>(i);
    return std::nullopt;
}

template <typename Enum, size_t N>
std::vector<Enum> every(const std::array<std::string_view, N>&) {
    std::vector<Enum> out;
    for (size_t i = 0; i < N; ++i) out.push_back(static_cast<Enum>(i));
    return out;
}

std::string_view category_label(const std::vector<Category>& list, std::string_view id) {
    for (const auto& c : list)
        if (c.id == id) return c.label;
    return id;
}

std::string digits_of(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c >= '0' && c <= '9') out.push_back(c);
    return out;
}

}  // namespace

int Origin::line_of(std::string_view field) const {
    for (const auto& [name, at] : field_lines)
        if (name == field) return at;
    return line;
}

std::string_view id_of(Channel v) { return id_in(channel_ids, v); }
std::string_view id_of(CaseStatus v) { return id_in(case_status_ids, v); }
std::string_view id_of(Satisfaction v) { return id_in(satisfaction_ids, v); }
std::string_view id_of(ProjectStatus v) { return id_in(project_status_ids, v); }
std::string_view id_of(Priority v) { return id_in(priority_ids, v); }
std::string_view id_of(UnitKind v) { return id_in(unit_kind_ids, v); }
std::string_view id_of(Orientation v) { return id_in(orientation_ids, v); }
std::string_view id_of(NoticeState v) { return id_in(notice_state_ids, v); }

std::optional<Channel> parse_channel(std::string_view s) { return parse_in<Channel>(channel_ids, s); }
std::optional<CaseStatus> parse_case_status(std::string_view s) {
    return parse_in<CaseStatus>(case_status_ids, s);
}
std::optional<Satisfaction> parse_satisfaction(std::string_view s) {
    return parse_in<Satisfaction>(satisfaction_ids, s);
}
std::optional<ProjectStatus> parse_project_status(std::string_view s) {
    return parse_in<ProjectStatus>(project_status_ids, s);
}
std::optional<Priority> parse_priority(std::string_view s) { return parse_in<Priority>(priority_ids, s); }
std::optional<UnitKind> parse_unit_kind(std::string_view s) { return parse_in<UnitKind>(unit_kind_ids, s); }
std::optional<Orientation> parse_orientation(std::string_view s) {
    return parse_in<Orientation>(orientation_ids, s);
}

const std::vector<Channel>& all_channels() {
    static const auto all = every<Channel>(channel_ids);
    return all;
}
const std::vector<CaseStatus>& all_case_statuses() {
    static const auto all = every<CaseStatus>(case_status_ids);
    return all;
}
const std::vector<Satisfaction>& all_satisfactions() {
    static const auto all = every<Satisfaction>(satisfaction_ids);
    return all;
}
const std::vector<ProjectStatus>& all_project_statuses() {
    static const auto all = every<ProjectStatus>(project_status_ids);
    return all;
}

const Unit* SiteConfig::find_unit(std::string_view id) const {
    for (const auto& u : units)
        if (u.id == id) return &u;
    return nullptr;
}

const DeadlineClass* SiteConfig::find_deadline_class(std::string_view id) const {
    for (const auto& d : deadline_classes)
        if (d.id == id) return &d;
    return nullptr;
}

std::string_view SiteConfig::case_category_label(std::string_view id) const {
    return category_label(case_categories, id);
}
std::string_view SiteConfig::project_category_label(std::string_view id) const {
    return category_label(project_categories, id);
}
std::string_view SiteConfig::notice_category_label(std::string_view id) const {
    return category_label(notice_categories, id);
}

bool SiteConfig::is_official_number(std::string_view number) const {
    const std::string wanted = digits_of(number);
    if (wanted.empty()) return false;
    for (const auto& c : contacts)
        if (digits_of(c.number) == wanted) return true;
    return false;
}

NoticeState notice_state(const Notice& n, DateTime now) {
    if (now < n.valid_from) return NoticeState::upcoming;
    if (n.valid_until && !(now < *n.valid_until)) return NoticeState::expired;
    return NoticeState::active;
}

std::vector<size_t> cases_by_received(const std::vector<Case>& cases, ReceivedOrder order) {
    // The dates are copied out first: comparing them in place would fetch
    // 100,000 scattered records again and again.
    const int32_t sign = order == ReceivedOrder::newest_first ? -1 : 1;
    std::vector<std::pair<int32_t, size_t>> keyed(cases.size());
    for (size_t i = 0; i < cases.size(); ++i) keyed[i] = {sign * cases[i].received.days(), i};
    std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first < b.first;
        return cases[a.second].id < cases[b.second].id;
    });
    std::vector<size_t> indexes(cases.size());
    for (size_t i = 0; i < keyed.size(); ++i) indexes[i] = keyed[i].second;
    return indexes;
}

}  // namespace gongkai
