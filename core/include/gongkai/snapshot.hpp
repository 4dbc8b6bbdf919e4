#pragma once
// The kiosk snapshot: one SQLite file (gongkai.sqlite) plus manifest.json in
// one directory. Schema: docs/snapshot.md. All SQL lives in store.cpp; no
// sqlite3 type appears here (the database handle is forward-declared).

#include "gongkai/deadlines.hpp"
#include "gongkai/records.hpp"
#include "gongkai/statistics.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace gongkai {

namespace store {
class Queries;
}

inline constexpr int kSnapshotSchemaVersion = 1;
inline constexpr const char* kSnapshotDbName = "gongkai.sqlite";
inline constexpr const char* kSnapshotManifestName = "manifest.json";

struct SnapshotManifest {
    int schema_version = 0;
    std::string generated_at;  // RFC 3339, local offset
    std::string database;      // file name inside the snapshot dir
    std::string sha256;        // of the database file
    std::map<std::string, int64_t> counts;  // cases, projects, notices, units, pages
};

// What the generator hands the writer. References must outlive the call.
struct SnapshotInput {
    const Site& site;
    const std::vector<CaseTiming>& timings;  // timings[i] for site.cases[i]
    const Statistics& statistics;
    DateTime generated_at;
};

// Writes `dir`/gongkai.sqlite and `dir`/manifest.json. `dir` must exist and
// is expected to be a staging directory (the caller publishes atomically).
// When `previous_dir` holds a snapshot of the same schema whose first table
// groups have the rows this input gives them, the new file starts as a copy
// of those groups' pages (incremental builds; `groups_reused` says how many
// of the five). Returns an error message, or empty on success.
std::string write_snapshot(const std::filesystem::path& dir, const SnapshotInput& in,
                           const std::filesystem::path* previous_dir = nullptr, size_t* groups_reused = nullptr);

// Reads manifest.json; nullopt with `error` set when missing or malformed.
std::optional<SnapshotManifest> read_manifest(const std::filesystem::path& dir, std::string& error);

// ---- reading (kiosk) -------------------------------------------------------
struct CaseSummary {
    std::string id, title, unit, category, level;
    Date received;
    CaseStatus status = CaseStatus::received;
    Verdict verdict = Verdict::pending;
};

struct CaseDetail {
    Case record;        // body is Markdown
    CaseTiming timing;
};

struct NoticeSummary {
    std::string id, title, category;
    Priority priority = Priority::normal;
    DateTime valid_from;
    std::optional<DateTime> valid_until;
};

struct ProjectSummary {
    std::string id, title, category;
    ProjectStatus status = ProjectStatus::planned;
    int progress = 0;
    Money budget;
};

struct CaseFilter {
    std::string unit;      // rolled up: a subdistrict includes its communities; "" = all
    std::string category;  // "" = all
    std::string level;     // "" = all
};

struct SnapshotMeta {
    int schema_version = 0;
    std::string generated_at;  // RFC 3339
    DateTime generated_local;  // the build's "now"
    std::string site_title;
    std::string base_url;
    int utc_offset_minutes = kDefaultUtcOffsetMinutes;
    KioskConfig kiosk;         // pin is empty here; see pin_sha256
    std::string pin_sha256;    // sha256_hex("gongkai-kiosk-pin:" + pin)
};

// A read-only open snapshot. Not thread-safe: one thread uses one reader.
class SnapshotReader {
public:
    // Verifies the manifest (schema version, sha256 of the database) and opens
    // the database read-only. On failure returns nullptr and sets `error`
    // to a one-line reason ("sha256 mismatch", "manifest.json missing", ...).
    static std::unique_ptr<SnapshotReader> open(const std::filesystem::path& dir, std::string& error);
    ~SnapshotReader();
    SnapshotReader(const SnapshotReader&) = delete;
    SnapshotReader& operator=(const SnapshotReader&) = delete;

    const SnapshotManifest& manifest() const { return manifest_; }
    const SnapshotMeta& meta() const { return meta_; }

    std::vector<Unit> units() const;                       // pre-order
    std::vector<Category> categories(std::string_view domain) const;  // "cases" | "projects" | "notices"
    std::vector<DeadlineClass> deadline_classes() const;
    std::vector<Contact> contacts() const;
    std::vector<Page> pages() const;

    // Statistics as published by the build ("" = whole site).
    CaseFigures figures(const std::string& unit_id, Period p) const;

    // Notices in a state as of `now` (the kiosk's clock, not the build's):
    // urgent first, then newest valid_from first. unit "" = all; a unit
    // includes notices addressed to the whole site and to its ancestors.
    std::vector<NoticeSummary> notices(NoticeState state, DateTime now, const std::string& unit = "",
                                       const std::string& category = "") const;
    std::optional<Notice> notice(const std::string& id) const;

    // Cases newest first, paged; do not load all of 100,000 cases at once.
    int64_t case_count(const CaseFilter& f) const;
    std::vector<CaseSummary> cases(const CaseFilter& f, int64_t offset, int64_t limit) const;
    std::optional<CaseDetail> case_detail(const std::string& id) const;

    // unit "" = all; a unit includes projects of its descendants.
    std::vector<ProjectSummary> projects(const std::string& unit = "",
                                         std::optional<ProjectStatus> status = std::nullopt) const;
    std::optional<Project> project(const std::string& id) const;
    // Sum of budgets and count of projects for a unit scope.
    Money total_budget(const std::string& unit = "") const;

private:
    SnapshotReader() = default;
    sqlite3* db_ = nullptr;
    std::unique_ptr<store::Queries> queries_;  // prepared once, over db_
    SnapshotManifest manifest_;
    SnapshotMeta meta_;
};

}  // namespace gongkai
