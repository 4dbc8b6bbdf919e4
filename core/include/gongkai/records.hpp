#pragma once
// The typed records every face shares. Loaders (generator) fill them from the
// content folder; the store writes them to SQLite; renderers and the kiosk
// read them. No parser or renderer types appear here.

#include "gongkai/date.hpp"
#include "gongkai/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gongkai {

// Where a record came from, for error messages. CSV rows have one line for
// every field; Markdown front matter records the line of each field it saw.
struct Origin {
    std::string file;  // relative to the content folder's parent, as shown to users
    int line = 0;      // first line of the record (front matter start / CSV row)
    int body_line = 0; // first line of the Markdown body / summary cell
    std::vector<std::pair<std::string, int>> field_lines;
    // Line of `field` ("unit", "funding"), or `line` when not recorded.
    int line_of(std::string_view field) const;
};

// ---- enumerations with fixed vocabularies (PRODUCT.md) --------------------
enum class Channel { walk_in, hotline_12345, grid_patrol, petition, online };
enum class CaseStatus { received, in_progress, resolved, unresolved, referred };
enum class Satisfaction { satisfied, basically_satisfied, unsatisfied, not_rated };
enum class ProjectStatus { planned, in_progress, completed, suspended };
enum class Priority { normal, urgent };
enum class UnitKind { district, subdistrict, town, community, village, grid };
enum class Orientation { portrait, landscape };  // of the kiosk's screen

// Machine ids as written in content ("hotline_12345"); parse_* returns
// nullopt for an unknown id. Labels for people live in labels.hpp.
std::string_view id_of(Channel);
std::string_view id_of(CaseStatus);
std::string_view id_of(Satisfaction);
std::string_view id_of(ProjectStatus);
std::string_view id_of(Priority);
std::string_view id_of(UnitKind);
std::string_view id_of(Orientation);
std::optional<Channel> parse_channel(std::string_view);
std::optional<CaseStatus> parse_case_status(std::string_view);
std::optional<Satisfaction> parse_satisfaction(std::string_view);
std::optional<ProjectStatus> parse_project_status(std::string_view);
std::optional<Priority> parse_priority(std::string_view);
std::optional<UnitKind> parse_unit_kind(std::string_view);
std::optional<Orientation> parse_orientation(std::string_view);
// Every value, in declaration order (for statistics tables and forms).
const std::vector<Channel>& all_channels();
const std::vector<CaseStatus>& all_case_statuses();
const std::vector<Satisfaction>& all_satisfactions();
const std::vector<ProjectStatus>& all_project_statuses();

// ---- site configuration (site.yaml) ---------------------------------------
struct Unit {
    std::string id;
    std::string name;         // 中文名
    UnitKind kind = UnitKind::community;
    std::string parent;       // empty for the root(s)
    int depth = 0;            // 0 for roots
};

struct Category {
    std::string id;
    std::string label;
};

// What the deadline measures, for wording only; on-time is always judged on
// the first substantive response (PRODUCT.md).
struct DeadlineClass {
    std::string id;        // consult | general | important | complex (configurable)
    std::string label;     // 一般性咨询 ...
    int working_days = 0;  // N: deadline is the Nth working day after receipt
    std::string promise;   // "answered within 1 working day" in Chinese, for pages
};

struct Contact {
    std::string name;    // 服务中心值班电话
    std::string number;  // as published: "0471-1234567", "12345"
};

// Asia/Shanghai, the default time_zone, is UTC+8 all year (no daylight saving).
inline constexpr int kDefaultUtcOffsetMinutes = 480;
// Seconds without a touch before the kiosk warns, then goes back home.
inline constexpr int kDefaultIdleSeconds = 90;

struct KioskConfig {
    std::string centre_name;
    std::string opening_hours;             // free text, may be multi-line
    std::vector<std::string> services;     // 办事项目, shown on the about screen
    std::string address;
    Orientation orientation = Orientation::portrait;
    int idle_seconds = kDefaultIdleSeconds;
    std::string pin;                       // staff exit PIN; never published on the site
};

struct SiteConfig {
    std::string title;
    std::string base_url;       // absolute, ends with '/'
    std::string language = "zh-CN";
    std::string time_zone = "Asia/Shanghai";
    int utc_offset_minutes = kDefaultUtcOffsetMinutes;
    std::string description;
    std::vector<Unit> units;    // parents before children (pre-order)
    std::vector<Category> case_categories;
    std::vector<Category> project_categories;
    std::vector<Category> notice_categories;
    std::vector<DeadlineClass> deadline_classes;
    std::vector<Contact> contacts;
    KioskConfig kiosk;
    Origin origin;

    const Unit* find_unit(std::string_view id) const;
    const DeadlineClass* find_deadline_class(std::string_view id) const;
    // Label for a category id, or the id itself when unknown.
    std::string_view case_category_label(std::string_view id) const;
    std::string_view project_category_label(std::string_view id) const;
    std::string_view notice_category_label(std::string_view id) const;
    // True when `number` is one of the official contacts (digits compared,
    // separators ignored).
    bool is_official_number(std::string_view number) const;
};

// ---- calendar/*.yaml ---------------------------------------------------------
struct CalendarData {
    std::vector<Date> holidays;       // statutory days off
    std::vector<Date> makeup_workdays; // 调休上班 (weekend days that are worked)
    std::vector<Origin> sources;
};

// ---- records ----------------------------------------------------------------
struct TimelineEntry {
    Date date;
    std::string step;  // 收集 | 交办 | 处置 | 反馈 | 复盘
    std::string note;
};

struct Case {
    std::string id;
    std::string title;
    std::string unit;
    std::string category;
    Channel channel = Channel::walk_in;
    std::string level;  // a DeadlineClass id
    Date received;
    std::optional<Date> responded;
    std::optional<Date> closed;
    CaseStatus status = CaseStatus::received;
    Satisfaction satisfaction = Satisfaction::not_rated;
    std::optional<Money> amount_recovered;
    std::vector<TimelineEntry> timeline;
    std::string body;  // Markdown (the `summary` column for CSV rows)
    Origin origin;
    uint64_t content_hash = 0;  // of the source text of this record; drives incremental builds
};

// Indexes into `cases` by date received, oldest or newest first, then by
// id ascending: the order of the site's case lists and of the snapshot.
enum class ReceivedOrder { oldest_first, newest_first };
std::vector<size_t> cases_by_received(const std::vector<Case>& cases, ReceivedOrder order);

struct Funding {
    std::string source;
    Money amount;
};

struct Milestone {
    Date date;
    std::string title;
    bool done = false;
};

struct Quantity {
    std::string item;   // 充电桩
    int64_t count = 0;  // 78
    std::string unit;   // 个
};

struct Project {
    std::string id;
    std::string title;
    std::vector<std::string> units;
    std::string category;
    ProjectStatus status = ProjectStatus::planned;
    Money budget;
    std::vector<Funding> funding;
    std::optional<Money> spent;
    std::optional<int64_t> beneficiaries;
    std::optional<Date> start;
    std::optional<Date> planned_end;
    std::optional<Date> completed;
    int progress = 0;  // 0..100
    std::vector<Milestone> milestones;
    std::vector<Quantity> quantities;
    std::string body;
    Origin origin;
    uint64_t content_hash = 0;
};

struct Notice {
    std::string id;
    std::string title;
    std::string category;
    std::vector<std::string> units;  // audience; empty = whole site
    DateTime published;
    DateTime valid_from;
    // Exclusive end. A date-only `valid_until: 2025-06-20` means through the
    // end of that day, stored as 2025-06-21 00:00.
    std::optional<DateTime> valid_until;
    Priority priority = Priority::normal;
    std::string contact;
    std::string body;
    Origin origin;
    uint64_t content_hash = 0;
};

struct Page {
    std::string id;  // from the file name: pages/about.md -> "about"
    std::string title;
    int order = 0;   // menu order
    std::string body;
    Origin origin;
    uint64_t content_hash = 0;
};

enum class NoticeState { upcoming, active, expired };
// "upcoming" | "active" | "expired", as open data and page classes write it.
std::string_view id_of(NoticeState);
// State of a notice as of `now` (local time).
NoticeState notice_state(const Notice& n, DateTime now);

// Everything loaded from one content folder.
struct Site {
    SiteConfig config;
    CalendarData calendar;
    std::vector<Case> cases;
    std::vector<Project> projects;
    std::vector<Notice> notices;
    std::vector<Page> pages;
    uint64_t config_hash = 0;    // site.yaml + calendar files
};

}  // namespace gongkai
