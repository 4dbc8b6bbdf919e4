#pragma once
// Private to gongkai_core: the SQLite store behind the kiosk snapshot. Every
// SQL statement of the project is in store.cpp; values are always bound as
// parameters, never spliced into SQL text. Schema: docs/snapshot.md.

#include "gongkai/snapshot.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace gongkai::store {

// A failed SQLite call while writing; caught by write_snapshot and turned into
// its error message.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// One prepared statement, prepared once and reset after every use.
// REQUIRES: the database outlives the statement.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);  // throws StoreError
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite. Text is not copied (except from a
    // temporary std::string).
    // REQUIRES: bound text stays alive until the statement is stepped to the
    // end or reset.
    Statement& bind(int i, int64_t v);
    Statement& bind(int i, std::string_view v);
    // Text from a temporary (a url built on the fly) is copied.
    Statement& bind(int i, std::string&& v);
    Statement& bind(int i, double v);
    Statement& bind_blob(int i, std::string_view bytes);
    Statement& bind_null(int i);
    template <class T>
    Statement& bind(int i, const std::optional<T>& v) {
        return v ? bind(i, *v) : bind_null(i);
    }
    Statement& bind(int i, int v) { return bind(i, int64_t(v)); }
    Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }

    // True while rows come; false when done or on error (see failed()).
    bool step();
    // Runs a statement that returns no rows; throws StoreError on failure.
    void run();
    // Clears bindings and rewinds, ready for the next use.
    void reset();
    bool failed() const { return failed_; }

    bool is_null(int col) const;
    int64_t int64(int col) const;
    double real(int col) const;
    std::string text(int col) const;
    std::string blob(int col) const;
    std::optional<int64_t> opt_int64(int col) const;
    std::optional<double> opt_real(int col) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
    bool failed_ = false;
};

// Runs a statement from start to finish and rewinds it, even on early return.
class Query {
public:
    explicit Query(Statement& s) : s_(s) {}
    ~Query() { s_.reset(); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    Statement* operator->() { return &s_; }
    bool step() { return s_.step(); }

private:
    Statement& s_;
};

// The tables that are filled together, in file order: each group's pages
// follow those of the groups before it. The groups that change least come
// first, so a build can start from the longest unchanged prefix of the
// previous snapshot (see Checkpoint). The site tables (meta, units, ...) are
// written last, always afresh: meta holds the build time.
enum class TableGroup { cases, stats, projects, pages, notices };
inline constexpr TableGroup kTableGroups[] = {TableGroup::cases, TableGroup::stats, TableGroup::projects,
                                             TableGroup::pages, TableGroup::notices};

// A snapshot file as it was right after one table group was committed:
// enough to recreate that state from a later file that grew from it.
struct Checkpoint {
    std::string fingerprint;      // of the rows of this group and every group before it
    int64_t page_count = 0;       // pages in the file then
    std::string first_page;       // page 1 then: the header and the schema
    std::string first_page_hash;  // XXH3-128 of first_page, hex
    std::string pages_hash;       // XXH3-128 of the pages this group added, hex
};

// The checkpoints a snapshot database records, in group order; empty when it
// records none or is not a snapshot of this schema.
std::vector<Checkpoint> read_checkpoints(const std::filesystem::path& file);

// Writes to `file` the database `previous` was at checkpoints.back(): page 1
// from the checkpoint, the other pages copied from `previous` once each
// group's pages there still match their hash. Returns false (and leaves no
// `file`) when they do not.
// REQUIRES: `checkpoints` are read_checkpoints(previous), or a prefix of them.
bool restore_checkpoint(const std::filesystem::path& previous, std::span<const Checkpoint> checkpoints,
                        const std::filesystem::path& file);

// Receives the rows of the record tables. The snapshot writer sends every
// group's rows either to a Writer (into the file) or to a Fingerprint (to
// learn whether the group changed), through the same code, so a fingerprint
// always covers exactly what the file holds.
// REQUIRES: a group's rows arrive table by table, each table in key order
// (see docs/snapshot.md).
class Rows {
public:
    virtual ~Rows() = default;

    virtual void case_record(int64_t seq, const Case& c, const CaseTiming& t) = 0;
    virtual void timeline_entry(int64_t case_seq, int seq, const TimelineEntry& e) = 0;
    virtual void case_scope(int unit_seq, int64_t case_seq) = 0;

    virtual void project(int seq, const Project& p) = 0;
    virtual void project_unit(int project_seq, int seq, std::string_view unit_id) = 0;
    virtual void project_funding(int project_seq, int seq, const Funding& f) = 0;
    virtual void project_milestone(int project_seq, int seq, const Milestone& m) = 0;
    virtual void project_quantity(int project_seq, int seq, const Quantity& q) = 0;

    virtual void notice(int seq, const Notice& n) = 0;
    virtual void notice_unit(int notice_seq, int seq, std::string_view unit_id) = 0;
    virtual void page(int seq, const Page& p) = 0;

    virtual void stats(std::string_view scope, std::string_view period, const CaseFigures& f) = 0;
    virtual void stats_breakdown(std::string_view scope, std::string_view period, std::string_view dimension,
                                 std::string_view key, int count) = 0;
};

// A 128-bit digest of the rows it is given (every bound value with its type,
// in order, plus the SQLite library version); equal digests mean equal rows.
class Fingerprint final : public Rows {
public:
    Fingerprint();
    ~Fingerprint() override;
    Fingerprint(const Fingerprint&) = delete;
    Fingerprint& operator=(const Fingerprint&) = delete;

    // 32 lowercase hex digits of everything given so far.
    std::string hex();

    void case_record(int64_t seq, const Case& c, const CaseTiming& t) override;
    void timeline_entry(int64_t case_seq, int seq, const TimelineEntry& e) override;
    void case_scope(int unit_seq, int64_t case_seq) override;
    void project(int seq, const Project& p) override;
    void project_unit(int project_seq, int seq, std::string_view unit_id) override;
    void project_funding(int project_seq, int seq, const Funding& f) override;
    void project_milestone(int project_seq, int seq, const Milestone& m) override;
    void project_quantity(int project_seq, int seq, const Quantity& q) override;
    void notice(int seq, const Notice& n) override;
    void notice_unit(int notice_seq, int seq, std::string_view unit_id) override;
    void page(int seq, const Page& p) override;
    void stats(std::string_view scope, std::string_view period, const CaseFigures& f) override;
    void stats_breakdown(std::string_view scope, std::string_view period, std::string_view dimension,
                         std::string_view key, int count) override;

private:
    class Digest;
    std::unique_ptr<Digest> digest_;
};

// Fills a snapshot database, a table group per transaction. Callers insert
// rows in a stable order so the file is byte-for-byte reproducible:
//   for each group not restored: begin_group, its rows, end_group;
//   then begin_site, the site rows, finish.
class Writer final : public Rows {
public:
    // Creates `file` (replacing any file there), or with `resume` goes on
    // with the database restore_checkpoint() left there. Throws StoreError.
    Writer(const std::filesystem::path& file, bool resume);
    ~Writer() override;
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    // Creates the group's tables.
    void begin_group(TableGroup g);
    // Moves staged rows into place (store.cpp, kStagingSchema), builds the
    // group's indexes, commits, and returns the checkpoint (its fingerprint
    // left for the caller to fill in).
    Checkpoint end_group(TableGroup g);
    // Creates the site tables (meta, units, ..., build_checkpoints).
    void begin_site();

    void meta(std::string_view key, std::string_view value);
    void kiosk_service(int seq, std::string_view name);
    void unit(int seq, const Unit& u, int rgt);
    void category(std::string_view domain, int seq, const Category& c);
    void deadline_class(int seq, const DeadlineClass& d);
    void contact(int seq, const Contact& c);

    void case_record(int64_t seq, const Case& c, const CaseTiming& t) override;
    void timeline_entry(int64_t case_seq, int seq, const TimelineEntry& e) override;
    // REQUIRES: rows arrive in (unit_seq, case_seq) order, the table's key.
    void case_scope(int unit_seq, int64_t case_seq) override;

    void project(int seq, const Project& p) override;
    void project_unit(int project_seq, int seq, std::string_view unit_id) override;
    void project_funding(int project_seq, int seq, const Funding& f) override;
    void project_milestone(int project_seq, int seq, const Milestone& m) override;
    void project_quantity(int project_seq, int seq, const Quantity& q) override;

    void notice(int seq, const Notice& n) override;
    void notice_unit(int notice_seq, int seq, std::string_view unit_id) override;
    void page(int seq, const Page& p) override;

    void stats(std::string_view scope, std::string_view period, const CaseFigures& f) override;
    void stats_breakdown(std::string_view scope, std::string_view period, std::string_view dimension,
                         std::string_view key, int count) override;

    // Records the checkpoints of every group and commits. Throws StoreError.
    void finish(std::span<const Checkpoint> checkpoints);

private:
    struct Statements;
    std::filesystem::path file_;
    sqlite3* db_ = nullptr;
    int64_t pages_hashed_ = 1;  // page 1 changes with every group; it is kept whole instead
    std::unique_ptr<Statements> st_;
};

// The kiosk's queries over an open read-only database.
class Queries {
public:
    // Throws StoreError when a statement does not prepare (wrong schema).
    explicit Queries(sqlite3* db);
    ~Queries();
    Queries(const Queries&) = delete;
    Queries& operator=(const Queries&) = delete;

    // Empty string when the key is absent.
    std::string meta(std::string_view key);
    std::vector<std::string> kiosk_services();
    std::vector<Unit> units();
    std::vector<Category> categories(std::string_view domain);
    std::vector<DeadlineClass> deadline_classes();
    std::vector<Contact> contacts();
    std::vector<Page> pages();
    CaseFigures figures(std::string_view scope, std::string_view period);
    std::vector<NoticeSummary> notices(NoticeState state, int64_t now_minutes, std::string_view unit,
                                       std::string_view category);
    std::optional<Notice> notice(std::string_view id);
    int64_t case_count(const CaseFilter& f);
    std::vector<CaseSummary> cases(const CaseFilter& f, int64_t offset, int64_t limit);
    std::optional<CaseDetail> case_detail(std::string_view id);
    std::vector<ProjectSummary> projects(std::string_view unit, std::optional<ProjectStatus> status);
    std::optional<Project> project(std::string_view id);
    Money total_budget(std::string_view unit);

private:
    struct Statements;
    std::unique_ptr<Statements> st_;
};

// Opens `file` read-only and runs PRAGMA quick_check. Returns nullptr and
// sets `error` on failure. The caller closes the handle with close().
sqlite3* open_read_only(const std::filesystem::path& file, std::string& error);
void close(sqlite3* db);

}  // namespace gongkai::store
