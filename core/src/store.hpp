#pragma once
// Private to gongkai_core: the SQLite store behind the kiosk snapshot. Every
// SQL statement of the project is in store.cpp: the writer's here, the
// kiosk's queries in SnapshotReader (gongkai/snapshot.hpp). Values are
// always bound as parameters, never spliced into SQL text. Schema:
// docs/snapshot.md.

#include "gongkai/snapshot.hpp"
#include "gongkai/status.hpp"
#include "store_rows.hpp"

#include <array>
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

// A failed SQLite call while writing, with SQLite's message. It never leaves
// gongkai_core: write_snapshot turns it into a Status naming the database.
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

// PRAGMA page_size and application_id of every snapshot file.
inline constexpr int64_t kPageSize = 16384;
inline constexpr int64_t kApplicationId = 1735093609;  // 0x676B6169, "gkai"

// The SQL text that decides a file's bytes besides its rows (schema, staging
// tables, file pragmas): part of every rows digest.
std::span<const char* const> file_shaping_sql();
// sqlite3_libversion_number() of the SQLite we write with.
int sqlite_version();

// The tables that are filled together, in file order: each group's pages
// follow those of the groups before it. The groups that change least come
// first, so a build can start from the longest unchanged prefix of the
// previous snapshot (snapshot_checkpoints.hpp). The site tables (meta,
// units, ...) are written last, always afresh: meta holds the build time.
enum class TableGroup { cases, stats, projects, pages, notices };
inline constexpr TableGroup kTableGroups[] = {TableGroup::cases, TableGroup::stats, TableGroup::projects,
                                             TableGroup::pages, TableGroup::notices};

// A row of build_checkpoints: a snapshot file as it was right after one
// table group was committed, enough to recreate that state from a later
// file that grew from it.
struct Checkpoint {
    int64_t seq = 0;              // 1-based group position
    std::string rows_digest;      // column fingerprint: of this group and every group before it
    int64_t page_count = 0;       // pages in the file then
    std::string first_page;       // page 1 then: the header and the schema
    std::string first_page_hash;  // XXH3-128 of first_page, hex
    std::string pages_hash;       // XXH3-128 of the pages this group added, hex
};

// Reads the build_checkpoints rows of the snapshot database `file`, in seq
// order, into `out`. Leaves `out` empty and returns ok when `file` is no
// snapshot of this schema (another application id, schema version or page
// size: nothing to reuse); fails with SQLite's message when the file cannot
// be read as one. The rows are as stored: verify them before use.
Status read_checkpoints(const std::filesystem::path& file, std::vector<Checkpoint>& out);

// Whether a Writer creates its file or goes on with one.
enum class WriteFrom {
    scratch,              // a new file (any file there is replaced)
    restored_checkpoint,  // the database restore_checkpoint() left there
};

// Fills a snapshot database, a table group per transaction. Callers insert
// rows in a stable order so the file is byte-for-byte reproducible:
//   for each group not restored: begin_group, its rows, end_group;
//   then begin_site, the site rows, finish.
// Every method throws StoreError when SQLite fails. Not thread-safe.
class Writer {
public:
    Writer(const std::filesystem::path& file, WriteFrom from);
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    // Pages in the file.
    int64_t page_count();

    // Creates the group's tables.
    void begin_group(TableGroup g);
    // A row of one of the group's tables (store_rows.hpp), bound column by
    // column to the table's INSERT.
    // REQUIRES: a group's rows arrive table by table, each table in key
    // order (docs/snapshot.md).
    template <class Row>
    void add(const Row& row) {
        Statement& insert = insert_row(Row::table);
        columns(insert, row);
        insert.run();
    }
    // Moves staged rows into place (store.cpp, kStagingSchema), builds the
    // group's indexes and commits: the group's pages are in the file.
    void end_group(TableGroup g);

    // Creates the site tables (meta, units, ..., build_checkpoints).
    void begin_site();
    void meta(std::string_view key, std::string_view value);
    void kiosk_service(int seq, std::string_view name);
    void unit(int seq, const Unit& u, int rgt);
    void category(std::string_view domain, int seq, const Category& c);
    void deadline_class(int seq, const DeadlineClass& d);
    void contact(int seq, const Contact& c);
    // Records the checkpoints of every group and commits.
    void finish(std::span<const Checkpoint> checkpoints);

private:
    struct Statements;
    Statement& insert_row(Table t);

    sqlite3* db_ = nullptr;
    std::unique_ptr<Statements> st_;
};

}  // namespace gongkai::store
