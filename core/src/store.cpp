// Every SQL statement of the project: the snapshot writer's and the kiosk's
// queries (SnapshotReader). Schema and column meanings: docs/snapshot.md;
// which value goes in which column: store_rows.hpp. Dates are stored as
// days since 1970-01-01, date-times as minutes since 1970-01-01 00:00 local
// time, money in fen.

#include "store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <span>
#include <system_error>

namespace gongkai::store {

namespace {

// Each table group's tables are created when the group is written, so a
// group's pages (its root pages included) all follow the pages of the groups
// before it: a file's first groups are a prefix of it (see Checkpoint).
constexpr const char* kCasesSchema = R"sql(
CREATE TABLE cases(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  title TEXT NOT NULL,
  unit TEXT NOT NULL,
  category TEXT NOT NULL,
  channel TEXT NOT NULL,
  level TEXT NOT NULL,
  received INTEGER NOT NULL,
  responded INTEGER,
  closed INTEGER,
  status TEXT NOT NULL,
  satisfaction TEXT NOT NULL,
  amount_recovered INTEGER,
  body TEXT NOT NULL,
  deadline INTEGER NOT NULL,
  verdict TEXT NOT NULL,
  effective_response INTEGER,
  working_days_to_response INTEGER,
  working_days_to_close INTEGER,
  url TEXT NOT NULL);
CREATE TABLE case_timeline(
  case_seq INTEGER NOT NULL, seq INTEGER NOT NULL,
  date INTEGER NOT NULL, step TEXT NOT NULL, note TEXT NOT NULL,
  PRIMARY KEY(case_seq, seq)) WITHOUT ROWID;
CREATE TABLE case_scope(
  unit_seq INTEGER NOT NULL, case_seq INTEGER NOT NULL,
  PRIMARY KEY(unit_seq, case_seq)) WITHOUT ROWID;)sql";

// Built after the bulk insert: one sort instead of 100,000 index updates.
constexpr const char* kCasesIndexes = R"sql(
CREATE UNIQUE INDEX cases_by_id ON cases(id);
)sql";

constexpr const char* kStatsSchema = R"sql(
CREATE TABLE stats(
  scope TEXT NOT NULL,
  period TEXT NOT NULL,
  received INTEGER NOT NULL,
  resolved INTEGER NOT NULL,
  closed INTEGER NOT NULL,
  responded INTEGER NOT NULL,
  on_time INTEGER NOT NULL,
  overdue_open INTEGER NOT NULL,
  open INTEGER NOT NULL,
  resolution_rate REAL,
  on_time_rate REAL,
  median_days_to_response REAL,
  median_days_to_close REAL,
  amount_recovered INTEGER NOT NULL,
  PRIMARY KEY(scope, period)) WITHOUT ROWID;
CREATE TABLE stats_breakdown(
  scope TEXT NOT NULL, period TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY(scope, period, dimension, key)) WITHOUT ROWID;
)sql";

constexpr const char* kProjectsSchema = R"sql(
CREATE TABLE projects(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  category TEXT NOT NULL,
  status TEXT NOT NULL,
  budget INTEGER NOT NULL,
  spent INTEGER,
  beneficiaries INTEGER,
  start INTEGER,
  planned_end INTEGER,
  completed INTEGER,
  progress INTEGER NOT NULL,
  body TEXT NOT NULL,
  url TEXT NOT NULL);
CREATE TABLE project_units(
  project_seq INTEGER NOT NULL, seq INTEGER NOT NULL, unit_id TEXT NOT NULL,
  PRIMARY KEY(project_seq, seq)) WITHOUT ROWID;
CREATE TABLE project_funding(
  project_seq INTEGER NOT NULL, seq INTEGER NOT NULL, source TEXT NOT NULL, amount INTEGER NOT NULL,
  PRIMARY KEY(project_seq, seq)) WITHOUT ROWID;
CREATE TABLE project_milestones(
  project_seq INTEGER NOT NULL, seq INTEGER NOT NULL,
  date INTEGER NOT NULL, title TEXT NOT NULL, done INTEGER NOT NULL,
  PRIMARY KEY(project_seq, seq)) WITHOUT ROWID;
CREATE TABLE project_quantities(
  project_seq INTEGER NOT NULL, seq INTEGER NOT NULL,
  item TEXT NOT NULL, count INTEGER NOT NULL, unit TEXT NOT NULL,
  PRIMARY KEY(project_seq, seq)) WITHOUT ROWID;
)sql";

constexpr const char* kPagesSchema = R"sql(
CREATE TABLE pages(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  body TEXT NOT NULL,
  url TEXT NOT NULL);
)sql";

constexpr const char* kNoticesSchema = R"sql(
CREATE TABLE notices(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  category TEXT NOT NULL,
  published INTEGER NOT NULL,
  valid_from INTEGER NOT NULL,
  valid_until INTEGER,
  priority TEXT NOT NULL,
  contact TEXT NOT NULL,
  body TEXT NOT NULL,
  url TEXT NOT NULL,
  whole_site INTEGER NOT NULL);
CREATE TABLE notice_units(
  notice_seq INTEGER NOT NULL, seq INTEGER NOT NULL, unit_id TEXT NOT NULL,
  PRIMARY KEY(notice_seq, seq)) WITHOUT ROWID;
)sql";

constexpr const char* kSiteSchema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE kiosk_services(seq INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE units(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent TEXT NOT NULL,
  depth INTEGER NOT NULL,
  rgt INTEGER NOT NULL);
CREATE TABLE categories(
  domain TEXT NOT NULL, seq INTEGER NOT NULL, id TEXT NOT NULL, label TEXT NOT NULL,
  PRIMARY KEY(domain, seq)) WITHOUT ROWID;
CREATE TABLE deadline_classes(
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL, label TEXT NOT NULL,
  working_days INTEGER NOT NULL, promise TEXT NOT NULL);
CREATE TABLE contacts(seq INTEGER PRIMARY KEY, name TEXT NOT NULL, number TEXT NOT NULL);
CREATE TABLE build_checkpoints(
  seq INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  page_count INTEGER NOT NULL,
  first_page BLOB NOT NULL,
  first_page_hash TEXT NOT NULL,
  pages_hash TEXT NOT NULL);
)sql";

// The large WITHOUT ROWID tables are filled through these staging copies and
// then moved over with one INSERT ... SELECT *, which SQLite runs as a bulk
// load (pages packed full). Each must match its table in the group's schema
// column for column, or SQLite falls back to row-by-row inserts.
constexpr const char* kStagingSchema = R"sql(
CREATE TEMP TABLE case_timeline_rows(
  case_seq INTEGER NOT NULL, seq INTEGER NOT NULL,
  date INTEGER NOT NULL, step TEXT NOT NULL, note TEXT NOT NULL,
  PRIMARY KEY(case_seq, seq)) WITHOUT ROWID;
CREATE TEMP TABLE case_scope_rows(
  unit_seq INTEGER NOT NULL, case_seq INTEGER NOT NULL,
  PRIMARY KEY(unit_seq, case_seq)) WITHOUT ROWID;
CREATE TEMP TABLE stats_breakdown_rows(
  scope TEXT NOT NULL, period TEXT NOT NULL, dimension TEXT NOT NULL, key TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY(scope, period, dimension, key)) WITHOUT ROWID;
)sql";

// A fresh staging file needs no crash safety: a failed write is thrown away.
// 16 KiB pages hold a case (about 1.5 KB of text) with little slack at the
// end of each page, where 4 KiB pages wasted a fifth of the file. A small
// cache is enough for append-only filling; reads (the index build) go
// through the kernel's page cache, not a memory map that would count toward
// our RSS. The values are kPageSize and kApplicationId (store.hpp); the text
// is part of every rows digest, so it stays as it is.
constexpr const char* kFilePragmas = R"sql(
PRAGMA page_size = 16384;
PRAGMA application_id = 1735093609;
)sql";
constexpr const char* kConnectionPragmas = R"sql(
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA locking_mode = EXCLUSIVE;
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -8192;
PRAGMA mmap_size = 0;
)sql";

void exec(sqlite3* db, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string what = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw StoreError(what);
    }
}

std::optional<Date> date_of(std::optional<int64_t> d) {
    if (!d) return std::nullopt;
    return Date::from_days(int32_t(*d));
}
DateTime datetime_of(int64_t minutes) { return DateTime::from_minutes_since_epoch(minutes); }
std::optional<int> opt_int(std::optional<int64_t> v) {
    if (!v) return std::nullopt;
    return int(*v);
}

Verdict parse_verdict(std::string_view id) {
    for (Verdict v : {Verdict::on_time, Verdict::late, Verdict::pending, Verdict::overdue})
        if (id_of(v) == id) return v;
    return Verdict::pending;
}

}  // namespace

std::span<const char* const> file_shaping_sql() {
    static constexpr const char* kSql[] = {kCasesSchema, kCasesIndexes,  kStatsSchema,   kProjectsSchema,
                                           kPagesSchema, kNoticesSchema, kStagingSchema, kFilePragmas};
    return kSql;
}

int sqlite_version() { return sqlite3_libversion_number(); }

// ---- Statement --------------------------------------------------------------

Statement::Statement(sqlite3* db, const char* sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) != SQLITE_OK)
        throw StoreError(sqlite3_errmsg(db));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
}
Statement& Statement::bind(int i, std::string_view v) {
    // A default string_view has a null data(), which SQLite would bind as
    // NULL rather than as the empty string.
    sqlite3_bind_text64(stmt_, i, v.data() ? v.data() : "", v.size(), SQLITE_STATIC, SQLITE_UTF8);
    return *this;
}
Statement& Statement::bind(int i, std::string&& v) {
    sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}
Statement& Statement::bind_blob(int i, std::string_view bytes) {
    sqlite3_bind_blob64(stmt_, i, bytes.data(), bytes.size(), SQLITE_STATIC);
    return *this;
}
Statement& Statement::bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
}
Statement& Statement::bind_null(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) failed_ = true;
    return false;
}

void Statement::run() {
    const int rc = sqlite3_step(stmt_);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::string what = sqlite3_errmsg(db_);
        reset();
        throw StoreError(what);
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
int64_t Statement::int64(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::real(int col) const { return sqlite3_column_double(stmt_, col); }
std::string Statement::text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, size_t(sqlite3_column_bytes(stmt_, col))) : std::string();
}
std::string Statement::blob(int col) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p ? std::string(p, size_t(sqlite3_column_bytes(stmt_, col))) : std::string();
}
std::optional<int64_t> Statement::opt_int64(int col) const {
    if (is_null(col)) return std::nullopt;
    return int64(col);
}
std::optional<double> Statement::opt_real(int col) const {
    if (is_null(col)) return std::nullopt;
    return real(col);
}


// ---- Writer -----------------------------------------------------------------

namespace {

// Moving a group's staged rows into place (see kStagingSchema).
constexpr const char* kUnstageCases[] = {
    "INSERT INTO main.case_timeline SELECT * FROM temp.case_timeline_rows",
    "INSERT INTO main.case_scope SELECT * FROM temp.case_scope_rows",
    "DELETE FROM temp.case_timeline_rows",
    "DELETE FROM temp.case_scope_rows",
};
constexpr const char* kUnstageStats[] = {
    "INSERT INTO main.stats_breakdown SELECT * FROM temp.stats_breakdown_rows",
    "DELETE FROM temp.stats_breakdown_rows",
};

const char* schema_of(TableGroup g) {
    switch (g) {
    case TableGroup::cases: return kCasesSchema;
    case TableGroup::stats: return kStatsSchema;
    case TableGroup::projects: return kProjectsSchema;
    case TableGroup::pages: return kPagesSchema;
    case TableGroup::notices: return kNoticesSchema;
    }
    return "";
}

// The INSERT of each record table, indexed by Table; parameter ?N takes
// the Nth column its columns() function in store_rows.hpp binds.
constexpr const char* kRowInsertSql[] = {
    "INSERT INTO cases(seq, id, title, unit, category, channel, level, received, responded, closed, status, satisfaction, amount_recovered, body, deadline, verdict, effective_response, working_days_to_response, working_days_to_close, url) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)",
    "INSERT INTO temp.case_timeline_rows(case_seq, seq, date, step, note) VALUES(?1,?2,?3,?4,?5)",
    "INSERT INTO temp.case_scope_rows(unit_seq, case_seq) VALUES(?1, ?2)",
    "INSERT INTO stats(scope, period, received, resolved, closed, responded, on_time, overdue_open, open, resolution_rate, on_time_rate, median_days_to_response, median_days_to_close, amount_recovered) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
    "INSERT INTO temp.stats_breakdown_rows(scope, period, dimension, key, count) VALUES(?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO projects(seq, id, title, category, status, budget, spent, beneficiaries, start, planned_end, completed, progress, body, url) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)",
    "INSERT INTO project_units(project_seq, seq, unit_id) VALUES(?1, ?2, ?3)",
    "INSERT INTO project_funding(project_seq, seq, source, amount) VALUES(?1, ?2, ?3, ?4)",
    "INSERT INTO project_milestones(project_seq, seq, date, title, done) VALUES(?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO project_quantities(project_seq, seq, item, count, unit) VALUES(?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO pages(seq, id, title, sort_order, body, url) VALUES(?1,?2,?3,?4,?5,?6)",
    "INSERT INTO notices(seq, id, title, category, published, valid_from, valid_until, priority, contact, body, url, whole_site) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)",
    "INSERT INTO notice_units(notice_seq, seq, unit_id) VALUES(?1, ?2, ?3)",
};
static_assert(std::size(kRowInsertSql) == kTableCount);

enum class SiteInsert { meta, kiosk_service, unit, category, deadline_class, contact, checkpoint, count };

constexpr const char* kSiteInsertSql[] = {
    "INSERT INTO meta(key, value) VALUES(?1, ?2)",
    "INSERT INTO kiosk_services(seq, name) VALUES(?1, ?2)",
    "INSERT INTO units(seq, id, name, kind, parent, depth, rgt) VALUES(?1,?2,?3,?4,?5,?6,?7)",
    "INSERT INTO categories(domain, seq, id, label) VALUES(?1, ?2, ?3, ?4)",
    "INSERT INTO deadline_classes(seq, id, label, working_days, promise) VALUES(?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO contacts(seq, name, number) VALUES(?1, ?2, ?3)",
    "INSERT INTO build_checkpoints(seq, fingerprint, page_count, first_page, first_page_hash, pages_hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
};
static_assert(std::size(kSiteInsertSql) == size_t(SiteInsert::count));

// A file path as an SQLite URI; every byte outside the unreserved set is
// escaped.
std::string file_uri(const std::filesystem::path& file, std::string_view mode) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(file, ec);
    if (ec) absolute = file;
    for (const unsigned char ch : absolute.string()) {
        const bool unreserved = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                                ch == '/' || ch == '-' || ch == '.' || ch == '_' || ch == '~';
        if (unreserved) {
            uri += char(ch);
        } else {
            uri += '%';
            uri += hex[ch >> 4];
            uri += hex[ch & 0xf];
        }
    }
    uri += "?mode=";
    uri += mode;
    return uri;
}

}  // namespace

// Prepared on first use: a group's tables exist only once the group has begun.
struct Writer::Statements {
    explicit Statements(sqlite3* db) : db(db) {}
    Statement& row(Table t) { return prepare(rows[size_t(t)], kRowInsertSql[size_t(t)]); }
    Statement& operator[](SiteInsert which) {
        return prepare(site[size_t(which)], kSiteInsertSql[size_t(which)]);
    }
    Statement& prepare(std::unique_ptr<Statement>& s, const char* sql) {
        if (!s) s = std::make_unique<Statement>(db, sql);
        return *s;
    }
    sqlite3* db;
    std::array<std::unique_ptr<Statement>, kTableCount> rows;
    std::array<std::unique_ptr<Statement>, size_t(SiteInsert::count)> site;
    std::unique_ptr<Statement> page_count;
};

Writer::Writer(const std::filesystem::path& file, WriteFrom from) {
    const bool resume = from == WriteFrom::restored_checkpoint;
    std::error_code ec;
    if (!resume) std::filesystem::remove(file, ec);
    if (sqlite3_open_v2(file_uri(file, resume ? "rw" : "rwc").c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                        nullptr) != SQLITE_OK) {
        std::string what = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(what);
    }
    try {
        exec(db_, kConnectionPragmas);
        // A restored file has the file pragmas in its first page already;
        // setting them again would be a write of its own.
        if (!resume) {
            exec(db_, kFilePragmas);
            exec(db_, ("PRAGMA user_version = " + std::to_string(kSnapshotSchemaVersion)).c_str());
        }
        exec(db_, kStagingSchema);  // temp tables: not in the file
        st_ = std::make_unique<Statements>(db_);
    } catch (...) {
        st_.reset();
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

Writer::~Writer() {
    st_.reset();  // statements must be finalized before the database closes
    sqlite3_close(db_);
}

int64_t Writer::page_count() {
    Query q(st_->prepare(st_->page_count, "PRAGMA main.page_count"));
    if (!q.step()) throw StoreError(sqlite3_errmsg(db_));
    return q->int64(0);
}

void Writer::begin_group(TableGroup g) {
    exec(db_, "BEGIN");
    exec(db_, schema_of(g));
}

Statement& Writer::insert_row(Table t) { return st_->row(t); }

void Writer::end_group(TableGroup g) {
    std::span<const char* const> sql;
    if (g == TableGroup::cases) sql = kUnstageCases;
    if (g == TableGroup::stats) sql = kUnstageStats;
    for (const char* statement : sql) Statement(db_, statement).run();
    if (g == TableGroup::cases) exec(db_, kCasesIndexes);
    exec(db_, "COMMIT");
}

void Writer::begin_site() {
    exec(db_, "BEGIN");
    exec(db_, kSiteSchema);
}

void Writer::meta(std::string_view key, std::string_view value) {
    (*st_)[SiteInsert::meta].bind(1, key).bind(2, value).run();
}

void Writer::kiosk_service(int seq, std::string_view name) {
    (*st_)[SiteInsert::kiosk_service].bind(1, seq).bind(2, name).run();
}

void Writer::unit(int seq, const Unit& u, int rgt) {
    (*st_)[SiteInsert::unit]
        .bind(1, seq)
        .bind(2, u.id)
        .bind(3, u.name)
        .bind(4, id_of(u.kind))
        .bind(5, u.parent)
        .bind(6, u.depth)
        .bind(7, rgt)
        .run();
}

void Writer::category(std::string_view domain, int seq, const Category& c) {
    (*st_)[SiteInsert::category].bind(1, domain).bind(2, seq).bind(3, c.id).bind(4, c.label).run();
}

void Writer::deadline_class(int seq, const DeadlineClass& d) {
    (*st_)[SiteInsert::deadline_class]
        .bind(1, seq)
        .bind(2, d.id)
        .bind(3, d.label)
        .bind(4, d.working_days)
        .bind(5, d.promise)
        .run();
}

void Writer::contact(int seq, const Contact& c) {
    (*st_)[SiteInsert::contact].bind(1, seq).bind(2, c.name).bind(3, c.number).run();
}

void Writer::finish(std::span<const Checkpoint> checkpoints) {
    for (size_t i = 0; i < checkpoints.size(); ++i) {
        const Checkpoint& cp = checkpoints[i];
        (*st_)[SiteInsert::checkpoint]
            .bind(1, int64_t(i) + 1)
            .bind(2, cp.rows_digest)
            .bind(3, cp.page_count)
            .bind_blob(4, cp.first_page)
            .bind(5, cp.first_page_hash)
            .bind(6, cp.pages_hash)
            .run();
    }
    exec(db_, "COMMIT");
}

// ---- checkpoints of a previous snapshot ---------------------------------------

Status read_checkpoints(const std::filesystem::path& file, std::vector<Checkpoint>& out) {
    out.clear();
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file_uri(file, "ro").c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI,
                        nullptr) != SQLITE_OK) {
        Status failed = Status::error("read", file, db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return failed;
    }
    Status status;
    try {
        auto pragma = [&](const char* sql) {
            Statement s(db, sql);
            if (!s.step()) throw StoreError(sqlite3_errmsg(db));
            return s.int64(0);
        };
        if (pragma("PRAGMA application_id") == kApplicationId &&
            pragma("PRAGMA user_version") == kSnapshotSchemaVersion && pragma("PRAGMA page_size") == kPageSize) {
            Statement s(db,
                        "SELECT seq, fingerprint, page_count, first_page, first_page_hash, pages_hash "
                        "FROM build_checkpoints ORDER BY seq");
            while (s.step()) out.push_back({s.int64(0), s.text(1), s.int64(2), s.blob(3), s.text(4), s.text(5)});
            if (s.failed()) throw StoreError(sqlite3_errmsg(db));
        }
    } catch (const StoreError& e) {
        out.clear();
        status = Status::error("read", file, e.what());
    }
    sqlite3_close(db);
    return status;
}

}  // namespace gongkai::store

// ---- SnapshotReader: the kiosk's queries ------------------------------------

namespace gongkai {

using store::Query;
using store::Statement;
using store::StoreError;

Status SnapshotReader::open_database(const std::filesystem::path& file) {
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return Status::error("open snapshot", file, db_ ? sqlite3_errmsg(db_) : "out of memory");
    try {
        std::string result;
        {
            // Finalized before the statements below are prepared or the
            // database closes.
            Statement check(db_, "PRAGMA quick_check");
            result = check.step() ? check.text(0) : std::string(sqlite3_errmsg(db_));
        }
        if (result != "ok") {
            // Errors come as one multi-line row; callers want one line.
            std::replace(result.begin(), result.end(), '\n', ' ');
            return Status::error("open snapshot", file, "database failed quick_check: " + result);
        }
    } catch (const StoreError& e) {
        return Status::error("open snapshot", file, std::string("database unreadable: ") + e.what());
    }
    try {
        st_ = std::make_unique<Statements>(db_);
    } catch (const StoreError& e) {
        return Status::error("open snapshot", file, std::string("database schema not as expected: ") + e.what());
    }
    return Status::ok();
}

SnapshotReader::SnapshotReader() = default;

SnapshotReader::~SnapshotReader() {
    st_.reset();  // statements are finalized before the database closes
    sqlite3_close(db_);
}

namespace {

using store::date_of;
using store::datetime_of;
using store::opt_int;
using store::parse_verdict;

// Cases filtered by category ?2 and level ?3 ('' = any).
#define GK_CASE_FILTER "(?2 = '' OR c.category = ?2) AND (?3 = '' OR c.level = ?3)"

// Projects of unit ?1 or any unit below it.
#define GK_PROJECT_IN_SCOPE                                                              \
    "(?1 = '' OR EXISTS (SELECT 1 FROM project_units pu "                                 \
    "JOIN units u ON u.id = pu.unit_id JOIN units x ON x.id = ?1 "                       \
    "WHERE pu.project_seq = p.seq AND u.seq BETWEEN x.seq AND x.rgt))"

}  // namespace

struct SnapshotReader::Statements {
    explicit Statements(sqlite3* db)
        : meta(db, "SELECT value FROM meta WHERE key = ?1"),
          kiosk_services(db, "SELECT name FROM kiosk_services ORDER BY seq"),
          units(db, "SELECT id, name, kind, parent, depth FROM units ORDER BY seq"),
          categories(db, "SELECT id, label FROM categories WHERE domain = ?1 ORDER BY seq"),
          deadline_classes(db,
                           "SELECT id, label, working_days, promise FROM deadline_classes ORDER BY seq"),
          contacts(db, "SELECT name, number FROM contacts ORDER BY seq"),
          pages(db, "SELECT id, title, sort_order, body FROM pages ORDER BY sort_order, id"),
          figures(db,
                  "SELECT received, resolved, closed, responded, on_time, overdue_open, open, "
                  "resolution_rate, on_time_rate, median_days_to_response, median_days_to_close, "
                  "amount_recovered FROM stats WHERE scope = ?1 AND period = ?2"),
          breakdown(db,
                    "SELECT dimension, key, count FROM stats_breakdown "
                    "WHERE scope = ?1 AND period = ?2 ORDER BY dimension, key"),
          // ?2 state: 0 upcoming, 1 active, 2 expired (valid_until is exclusive).
          notices(db,
                  "SELECT n.id, n.title, n.category, n.priority, n.valid_from, n.valid_until "
                  "FROM notices n WHERE "
                  "(CASE ?2 WHEN 0 THEN n.valid_from > ?3 "
                  " WHEN 1 THEN n.valid_from <= ?3 AND (n.valid_until IS NULL OR ?3 < n.valid_until) "
                  " ELSE n.valid_until IS NOT NULL AND n.valid_until <= ?3 END) "
                  "AND (?4 = '' OR n.category = ?4) "
                  "AND (?1 = '' OR n.whole_site = 1 OR EXISTS (SELECT 1 FROM notice_units nu "
                  "  JOIN units a ON a.id = nu.unit_id JOIN units x ON x.id = ?1 "
                  "  WHERE nu.notice_seq = n.seq AND a.seq <= x.seq AND x.seq <= a.rgt)) "
                  "ORDER BY n.priority = 'urgent' DESC, n.valid_from DESC, n.id"),
          notice(db,
                 "SELECT seq, id, title, category, published, valid_from, valid_until, priority, "
                 "contact, body FROM notices WHERE id = ?1"),
          notice_units(db, "SELECT unit_id FROM notice_units WHERE notice_seq = ?1 ORDER BY seq"),
          // The whole-site queries leave ?1 (the unit) unused, so both pairs bind alike.
          case_count_all(db, "SELECT COUNT(*) FROM cases c WHERE " GK_CASE_FILTER),
          case_count_unit(db,
                          "SELECT COUNT(*) FROM case_scope s CROSS JOIN cases c ON c.seq = s.case_seq "
                          "WHERE s.unit_seq = (SELECT seq FROM units WHERE id = ?1) AND " GK_CASE_FILTER),
          cases_all(db,
                    "SELECT c.id, c.title, c.unit, c.category, c.level, c.received, c.status, c.verdict "
                    "FROM cases c WHERE " GK_CASE_FILTER
                    " ORDER BY c.seq DESC LIMIT ?4 OFFSET ?5"),
          // CROSS JOIN keeps case_scope outermost, so its key gives the order.
          cases_unit(db,
                     "SELECT c.id, c.title, c.unit, c.category, c.level, c.received, c.status, c.verdict "
                     "FROM case_scope s CROSS JOIN cases c ON c.seq = s.case_seq "
                     "WHERE s.unit_seq = (SELECT seq FROM units WHERE id = ?1) AND " GK_CASE_FILTER
                     " ORDER BY s.case_seq DESC LIMIT ?4 OFFSET ?5"),
          case_detail(db,
                      "SELECT seq, id, title, unit, category, channel, level, received, responded, "
                      "closed, status, satisfaction, amount_recovered, body, deadline, verdict, "
                      "effective_response, working_days_to_response, working_days_to_close "
                      "FROM cases WHERE id = ?1"),
          timeline(db, "SELECT date, step, note FROM case_timeline WHERE case_seq = ?1 ORDER BY seq"),
          projects(db,
                   "SELECT p.id, p.title, p.category, p.status, p.progress, p.budget FROM projects p "
                   "WHERE (?2 = '' OR p.status = ?2) AND " GK_PROJECT_IN_SCOPE
                   " ORDER BY p.start IS NULL, p.start DESC, p.id"),
          project(db,
                  "SELECT seq, id, title, category, status, budget, spent, beneficiaries, start, "
                  "planned_end, completed, progress, body FROM projects WHERE id = ?1"),
          project_units(db, "SELECT unit_id FROM project_units WHERE project_seq = ?1 ORDER BY seq"),
          project_funding(db,
                          "SELECT source, amount FROM project_funding WHERE project_seq = ?1 ORDER BY seq"),
          project_milestones(db,
                             "SELECT date, title, done FROM project_milestones "
                             "WHERE project_seq = ?1 ORDER BY seq"),
          project_quantities(db,
                             "SELECT item, count, unit FROM project_quantities "
                             "WHERE project_seq = ?1 ORDER BY seq"),
          total_budget(db, "SELECT COALESCE(SUM(p.budget), 0) FROM projects p WHERE " GK_PROJECT_IN_SCOPE) {}

    Statement meta, kiosk_services, units, categories, deadline_classes, contacts, pages;
    Statement figures, breakdown, notices, notice, notice_units;
    Statement case_count_all, case_count_unit, cases_all, cases_unit, case_detail, timeline;
    Statement projects, project, project_units, project_funding, project_milestones, project_quantities;
    Statement total_budget;
};

#undef GK_CASE_FILTER
#undef GK_PROJECT_IN_SCOPE


std::string SnapshotReader::meta_value(std::string_view key) const {
    Query q(st_->meta);
    q->bind(1, key);
    return q.step() ? q->text(0) : std::string();
}

std::vector<std::string> SnapshotReader::kiosk_services() const {
    Query q(st_->kiosk_services);
    std::vector<std::string> out;
    while (q.step()) out.push_back(q->text(0));
    return out;
}

std::vector<Unit> SnapshotReader::units() const {
    Query q(st_->units);
    std::vector<Unit> out;
    while (q.step()) {
        Unit u;
        u.id = q->text(0);
        u.name = q->text(1);
        u.kind = parse_unit_kind(q->text(2)).value_or(UnitKind::community);
        u.parent = q->text(3);
        u.depth = int(q->int64(4));
        out.push_back(std::move(u));
    }
    return out;
}

std::vector<Category> SnapshotReader::categories(std::string_view domain) const {
    Query q(st_->categories);
    q->bind(1, domain);
    std::vector<Category> out;
    while (q.step()) out.push_back({q->text(0), q->text(1)});
    return out;
}

std::vector<DeadlineClass> SnapshotReader::deadline_classes() const {
    Query q(st_->deadline_classes);
    std::vector<DeadlineClass> out;
    while (q.step()) out.push_back({q->text(0), q->text(1), int(q->int64(2)), q->text(3)});
    return out;
}

std::vector<Contact> SnapshotReader::contacts() const {
    Query q(st_->contacts);
    std::vector<Contact> out;
    while (q.step()) out.push_back({q->text(0), q->text(1)});
    return out;
}

std::vector<Page> SnapshotReader::pages() const {
    Query q(st_->pages);
    std::vector<Page> out;
    while (q.step()) {
        Page p;
        p.id = q->text(0);
        p.title = q->text(1);
        p.order = int(q->int64(2));
        p.body = q->text(3);
        out.push_back(std::move(p));
    }
    return out;
}

CaseFigures SnapshotReader::figures(const std::string& scope, Period p) const {
    const std::string period = p.key();
    CaseFigures f;
    {
        Query q(st_->figures);
        q->bind(1, scope).bind(2, period);
        if (!q.step()) return f;
        f.received = int(q->int64(0));
        f.resolved = int(q->int64(1));
        f.closed = int(q->int64(2));
        f.responded = int(q->int64(3));
        f.on_time = int(q->int64(4));
        f.overdue_open = int(q->int64(5));
        f.open = int(q->int64(6));
        f.resolution_rate = q->opt_real(7);
        f.on_time_rate = q->opt_real(8);
        f.median_working_days_to_response = q->opt_real(9);
        f.median_working_days_to_close = q->opt_real(10);
        f.amount_recovered = Money{q->int64(11)};
    }
    Query q(st_->breakdown);
    q->bind(1, scope).bind(2, period);
    while (q.step()) {
        const std::string dimension = q->text(0);
        auto* map = dimension == "category"       ? &f.by_category
                    : dimension == "channel"      ? &f.by_channel
                    : dimension == "satisfaction" ? &f.by_satisfaction
                    : dimension == "level"        ? &f.by_level
                                                  : nullptr;
        if (map) (*map)[q->text(1)] = int(q->int64(2));
    }
    return f;
}

std::vector<NoticeSummary> SnapshotReader::notices(NoticeState state, DateTime now, const std::string& unit,
                                                   const std::string& category) const {
    const int64_t now_minutes = now.minutes_since_epoch();
    const int64_t state_code = state == NoticeState::upcoming ? 0 : state == NoticeState::active ? 1 : 2;
    Query q(st_->notices);
    q->bind(1, unit).bind(2, state_code).bind(3, now_minutes).bind(4, category);
    std::vector<NoticeSummary> out;
    while (q.step()) {
        NoticeSummary n;
        n.id = q->text(0);
        n.title = q->text(1);
        n.category = q->text(2);
        n.priority = parse_priority(q->text(3)).value_or(Priority::normal);
        n.valid_from = datetime_of(q->int64(4));
        if (auto until = q->opt_int64(5)) n.valid_until = datetime_of(*until);
        out.push_back(std::move(n));
    }
    return out;
}

std::optional<Notice> SnapshotReader::notice(const std::string& id) const {
    Notice n;
    int64_t seq = 0;
    {
        Query q(st_->notice);
        q->bind(1, id);
        if (!q.step()) return std::nullopt;
        seq = q->int64(0);
        n.id = q->text(1);
        n.title = q->text(2);
        n.category = q->text(3);
        n.published = datetime_of(q->int64(4));
        n.valid_from = datetime_of(q->int64(5));
        if (auto until = q->opt_int64(6)) n.valid_until = datetime_of(*until);
        n.priority = parse_priority(q->text(7)).value_or(Priority::normal);
        n.contact = q->text(8);
        n.body = q->text(9);
    }
    Query q(st_->notice_units);
    q->bind(1, seq);
    while (q.step()) n.units.push_back(q->text(0));
    return n;
}

int64_t SnapshotReader::case_count(const CaseFilter& f) const {
    Query q(f.unit.empty() ? st_->case_count_all : st_->case_count_unit);
    q->bind(1, f.unit).bind(2, f.category).bind(3, f.level);
    return q.step() ? q->int64(0) : 0;
}

std::vector<CaseSummary> SnapshotReader::cases(const CaseFilter& f, int64_t offset, int64_t limit) const {
    Query q(f.unit.empty() ? st_->cases_all : st_->cases_unit);
    q->bind(1, f.unit).bind(2, f.category).bind(3, f.level).bind(4, limit).bind(5, offset);
    std::vector<CaseSummary> out;
    while (q.step()) {
        CaseSummary c;
        c.id = q->text(0);
        c.title = q->text(1);
        c.unit = q->text(2);
        c.category = q->text(3);
        c.level = q->text(4);
        c.received = Date::from_days(int32_t(q->int64(5)));
        c.status = parse_case_status(q->text(6)).value_or(CaseStatus::received);
        c.verdict = parse_verdict(q->text(7));
        out.push_back(std::move(c));
    }
    return out;
}

std::optional<CaseDetail> SnapshotReader::case_detail(const std::string& id) const {
    CaseDetail d;
    int64_t seq = 0;
    {
        Query q(st_->case_detail);
        q->bind(1, id);
        if (!q.step()) return std::nullopt;
        Case& c = d.record;
        seq = q->int64(0);
        c.id = q->text(1);
        c.title = q->text(2);
        c.unit = q->text(3);
        c.category = q->text(4);
        c.channel = parse_channel(q->text(5)).value_or(Channel::walk_in);
        c.level = q->text(6);
        c.received = Date::from_days(int32_t(q->int64(7)));
        c.responded = date_of(q->opt_int64(8));
        c.closed = date_of(q->opt_int64(9));
        c.status = parse_case_status(q->text(10)).value_or(CaseStatus::received);
        c.satisfaction = parse_satisfaction(q->text(11)).value_or(Satisfaction::not_rated);
        if (auto amount = q->opt_int64(12)) c.amount_recovered = Money{*amount};
        c.body = q->text(13);
        CaseTiming& t = d.timing;
        t.deadline = Date::from_days(int32_t(q->int64(14)));
        t.verdict = parse_verdict(q->text(15));
        t.effective_response = date_of(q->opt_int64(16));
        t.working_days_to_response = opt_int(q->opt_int64(17));
        t.working_days_to_close = opt_int(q->opt_int64(18));
    }
    Query q(st_->timeline);
    q->bind(1, seq);
    while (q.step())
        d.record.timeline.push_back({Date::from_days(int32_t(q->int64(0))), q->text(1), q->text(2)});
    return d;
}

std::vector<ProjectSummary> SnapshotReader::projects(const std::string& unit,
                                                     std::optional<ProjectStatus> status) const {
    Query q(st_->projects);
    q->bind(1, unit).bind(2, status ? id_of(*status) : std::string_view());
    std::vector<ProjectSummary> out;
    while (q.step()) {
        ProjectSummary p;
        p.id = q->text(0);
        p.title = q->text(1);
        p.category = q->text(2);
        p.status = parse_project_status(q->text(3)).value_or(ProjectStatus::planned);
        p.progress = int(q->int64(4));
        p.budget = Money{q->int64(5)};
        out.push_back(std::move(p));
    }
    return out;
}

std::optional<Project> SnapshotReader::project(const std::string& id) const {
    Project p;
    int64_t seq = 0;
    {
        Query q(st_->project);
        q->bind(1, id);
        if (!q.step()) return std::nullopt;
        seq = q->int64(0);
        p.id = q->text(1);
        p.title = q->text(2);
        p.category = q->text(3);
        p.status = parse_project_status(q->text(4)).value_or(ProjectStatus::planned);
        p.budget = Money{q->int64(5)};
        if (auto spent = q->opt_int64(6)) p.spent = Money{*spent};
        p.beneficiaries = q->opt_int64(7);
        p.start = date_of(q->opt_int64(8));
        p.planned_end = date_of(q->opt_int64(9));
        p.completed = date_of(q->opt_int64(10));
        p.progress = int(q->int64(11));
        p.body = q->text(12);
    }
    {
        Query q(st_->project_units);
        q->bind(1, seq);
        while (q.step()) p.units.push_back(q->text(0));
    }
    {
        Query q(st_->project_funding);
        q->bind(1, seq);
        while (q.step()) p.funding.push_back({q->text(0), Money{q->int64(1)}});
    }
    {
        Query q(st_->project_milestones);
        q->bind(1, seq);
        while (q.step())
            p.milestones.push_back({Date::from_days(int32_t(q->int64(0))), q->text(1), q->int64(2) != 0});
    }
    Query q(st_->project_quantities);
    q->bind(1, seq);
    while (q.step()) p.quantities.push_back({q->text(0), q->int64(1), q->text(2)});
    return p;
}

Money SnapshotReader::total_budget(const std::string& unit) const {
    Query q(st_->total_budget);
    q->bind(1, unit);
    return Money{q.step() ? q->int64(0) : 0};
}

}  // namespace gongkai
