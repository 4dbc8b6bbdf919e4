#pragma once
// The kiosk snapshot: one SQLite file (gongkai.sqlite) plus manifest.json in
// one directory. Schema: docs/snapshot.md. All SQL lives in store.cpp; no
// sqlite3 type appears here (the database handle is forward-declared).
// Failures of the file system or SQLite come back as a Status naming the
// file and the cause.

#include "gongkai/deadlines.hpp"
#include "gongkai/records.hpp"
#include "gongkai/statistics.hpp"
#include "gongkai/status.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace gongkai {

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

// What write_snapshot made of the previous snapshot.
struct SnapshotReuse {
    size_t groups_reused = 0;  // table groups copied from it, of five
    // One line for the build log when its checkpoints were damaged and
    // ignored ("ignoring damaged snapshot checkpoints public/kiosk/
    // gongkai.sqlite: checkpoint 2: first page fails its checksum; writing
    // the snapshot in full"); empty otherwise.
    std::string note;
};

// Writes `dir`/gongkai.sqlite and `dir`/manifest.json. `dir` must exist and
// is expected to be a staging directory (the caller publishes atomically).
// When `previous_dir` holds a snapshot of the same schema whose first table
// groups have the rows this input gives them, the new file starts as a copy
// of those groups' pages (incremental builds); the bytes are the same
// either way. The previous snapshot is only read, and only what checks out
// against its checksums is used (docs/snapshot.md); `reuse`, when given,
// says what was. Fails when the files cannot be written.
Status write_snapshot(const std::filesystem::path& dir, const SnapshotInput& in,
                      const std::filesystem::path* previous_dir = nullptr, SnapshotReuse* reuse = nullptr);

// Reads `dir`/manifest.json into `manifest`. Fails when it is missing or
// malformed (the cause names the field).
Status read_manifest(const std::filesystem::path& dir, SnapshotManifest* manifest);

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
// Its queries are defined with the other SQL, in store.cpp.
class SnapshotReader {
public:
    // Verifies the manifest (schema version, sha256 of the database), opens
    // the database read-only and checks it (quick_check, schema), and sets
    // `reader`. On failure leaves `reader` empty and returns a one-line
    // reason naming the file ("cannot open snapshot public/kiosk/
    // gongkai.sqlite: sha256 mismatch with manifest.json").
    static Status open(const std::filesystem::path& dir, std::unique_ptr<SnapshotReader>* reader);
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
    struct Statements;  // every query, prepared once (store.cpp)

    SnapshotReader();
    // Opens `file` read-only, checks it and prepares the queries.
    Status open_database(const std::filesystem::path& file);
    void load_meta();
    // "" when the key is absent.
    std::string meta_value(std::string_view key) const;
    std::vector<std::string> kiosk_services() const;

    sqlite3* db_ = nullptr;
    std::unique_ptr<Statements> st_;
    SnapshotManifest manifest_;
    SnapshotMeta meta_;
};

}  // namespace gongkai
