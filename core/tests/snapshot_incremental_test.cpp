// Incremental snapshots: starting from the unchanged first table groups of
// the previous snapshot must give exactly the bytes of a fresh write of the
// same input.
#include "gongkai/calendar.hpp"
#include "gongkai/deadlines.hpp"
#include "gongkai/hash.hpp"
#include "gongkai/snapshot.hpp"
#include "gongkai/statistics.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace gongkai;
namespace fs = std::filesystem;

namespace doctest {
template <>
struct StringMaker<Status> {
    static String convert(const Status& s) { return s.is_ok() ? "ok" : s.message().c_str(); }
};
}  // namespace doctest

namespace {

const DateTime kNow = *DateTime::parse("2025-07-10 10:00");

std::string text_of_size(size_t bytes, int salt) {
    static const std::string kSentence = "居民反映楼道照明损坏，网格员当日上门核实并协调物业维修。";
    std::string out = std::to_string(salt);
    while (out.size() < bytes) out += kSentence;
    return out;
}

// Big enough that every large table spans many pages and the unit tree has
// four levels; one case and one notice have bodies longer than a page.
Site make_site() {
    Site s;
    SiteConfig& cfg = s.config;
    cfg.title = "增量快照测试";
    cfg.base_url = "https://gongkai.example.gov.cn/";
    cfg.units.push_back({"d", "示范区", UnitKind::district, "", 0});
    std::vector<std::string> grids, communities;
    for (int a = 0; a < 2; ++a) {
        const std::string sub = "s" + std::to_string(a);
        cfg.units.push_back({sub, "街道", UnitKind::subdistrict, "d", 1});
        for (int b = 0; b < 3; ++b) {
            const std::string community = sub + "c" + std::to_string(b);
            cfg.units.push_back({community, "社区", UnitKind::community, sub, 2});
            communities.push_back(community);
            for (int g = 0; g < 2; ++g) {
                grids.push_back(community + "g" + std::to_string(g));
                cfg.units.push_back({grids.back(), "网格", UnitKind::grid, community, 3});
            }
        }
    }
    cfg.case_categories = {{"property", "物业服务"}, {"neighbour", "邻里纠纷"}};
    cfg.project_categories = {{"transport", "交通出行"}};
    cfg.notice_categories = {{"water", "停水"}};
    cfg.deadline_classes = {{"consult", "一般性咨询", 1, "1个工作日内答复"},
                            {"general", "一般矛盾纠纷", 3, "3个工作日内反馈"}};
    cfg.contacts = {{"综治中心", "0471-6901234"}};
    cfg.kiosk.services = {"法律咨询"};

    const Date first = *Date::parse("2025-01-02");
    for (int i = 0; i < 600; ++i) {
        Case c;
        c.id = "C-" + std::to_string(1000 + i);
        c.title = "诉求 " + c.id;
        c.unit = i % 7 == 0 ? communities[size_t(i) % communities.size()] : grids[size_t(i) % grids.size()];
        c.category = i % 3 ? "property" : "neighbour";
        c.level = i % 2 ? "general" : "consult";
        c.channel = Channel(i % 5);
        c.received = Date::from_days(first.days() + i / 4);
        if (i % 4) {
            c.responded = Date::from_days(c.received.days() + 2);
            c.closed = Date::from_days(c.received.days() + 6);
            c.status = CaseStatus::resolved;
            c.satisfaction = Satisfaction::satisfied;
        }
        if (i % 10 == 0) c.amount_recovered = Money{125000 + i};
        for (int t = 0; t < i % 4; ++t) c.timeline.push_back({c.received, "处置", "第" + std::to_string(t) + "步"});
        c.body = text_of_size(i == 17 ? 30000 : 200 + size_t(i % 9) * 120, i);
        s.cases.push_back(std::move(c));
    }
    for (int i = 0; i < 40; ++i) {
        Project p;
        p.id = "P-" + std::to_string(100 + i);
        p.title = "项目 " + p.id;
        p.units = {communities[size_t(i) % communities.size()]};
        p.category = "transport";
        p.budget = Money{1000000 + i};
        p.funding = {{"区级财政", Money{1000000 + i}}};
        p.start = Date::from_days(first.days() + i);
        p.progress = i % 101;
        p.milestones = {{first, "立项", true}};
        p.quantities = {{"路灯", i, "盏"}};
        p.body = text_of_size(600, i);
        s.projects.push_back(std::move(p));
    }
    for (int i = 0; i < 80; ++i) {
        Notice n;
        n.id = "N-" + std::to_string(100 + i);
        n.title = "通知 " + n.id;
        n.category = "water";
        if (i % 3) n.units = {communities[size_t(i) % communities.size()]};
        n.published = n.valid_from = DateTime{Date::from_days(first.days() + i), 480};
        n.contact = "0471-6901234";
        n.body = text_of_size(i == 5 ? 9000 : 500, i);
        s.notices.push_back(std::move(n));
    }
    Page about;
    about.id = "about";
    about.title = "关于";
    about.body = "# 关于";
    s.pages = {about};
    return s;
}

struct Build {
    Site site = make_site();
    DateTime now = kNow;
    std::vector<CaseTiming> timings;
    Statistics statistics;

    // Derived data, recomputed after the site is edited (as a build would).
    void derive() {
        const WorkingCalendar calendar;
        timings.clear();
        for (const Case& c : site.cases) timings.push_back(compute_timing(c, site.config, calendar, now.date));
        statistics = Statistics::compute(site, timings);
    }
    Status write(const fs::path& dir, const fs::path* previous = nullptr) {
        derive();
        fs::remove_all(dir);
        fs::create_directories(dir);
        reuse = {};
        return write_snapshot(dir, SnapshotInput{site, timings, statistics, now}, previous, &reuse);
    }
    SnapshotReuse reuse;  // what the last write took from the previous snapshot
};

struct TempDir {
    fs::path path;
    TempDir() {
        static int n = 0;
        path = fs::temp_directory_path() /
               ("gongkai-incremental-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Incremental output (from `previous`) against a fresh write of the same
// input: both files, byte for byte.
// Returns what the incremental write took from `previous`.
SnapshotReuse check_same_as_fresh(Build& b, const fs::path& previous) {
    TempDir incremental, fresh;
    REQUIRE(b.write(incremental.path, &previous));
    const SnapshotReuse reuse = b.reuse;
    REQUIRE(b.write(fresh.path));
    CHECK(b.reuse.groups_reused == 0);
    const std::string db = slurp(fresh.path / kSnapshotDbName);
    REQUIRE(db.size() > 100 * 4096);
    CHECK(slurp(incremental.path / kSnapshotDbName) == db);
    CHECK(slurp(incremental.path / kSnapshotManifestName) == slurp(fresh.path / kSnapshotManifestName));
    return reuse;
}

// Changes a row of the previous database behind the writer's back, as a
// damaged or hand-edited file would be.
void tamper(const fs::path& dir, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / kSnapshotDbName).c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK(sqlite3_changes(db) == 1);
    sqlite3_close(db);
}

// Makes the manifest's sha256 match the database again.
void reseal(const fs::path& dir) {
    SnapshotManifest m;
    REQUIRE(read_manifest(dir, &m));
    std::string manifest = slurp(dir / kSnapshotManifestName);
    manifest.replace(manifest.find(m.sha256), m.sha256.size(), sha256_file_hex((dir / kSnapshotDbName).string()));
    std::ofstream(dir / kSnapshotManifestName, std::ios::binary | std::ios::trunc) << manifest;
}

void spit(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

constexpr size_t kPage = 16384;

// A build_checkpoints row as stored.
struct StoredCheckpoint {
    std::string fingerprint;
    int64_t page_count = 0;
    std::string first_page, first_page_hash, pages_hash;
};

std::vector<StoredCheckpoint> stored_checkpoints(const fs::path& db_path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT fingerprint, page_count, first_page, first_page_hash, pages_hash "
                               "FROM build_checkpoints ORDER BY seq",
                               -1, &s, nullptr) == SQLITE_OK);
    std::vector<StoredCheckpoint> out;
    auto text = [&](int col) {
        return std::string(static_cast<const char*>(sqlite3_column_blob(s, col)), size_t(sqlite3_column_bytes(s, col)));
    };
    while (sqlite3_step(s) == SQLITE_ROW) out.push_back({text(0), sqlite3_column_int64(s, 1), text(2), text(3), text(4)});
    sqlite3_finalize(s);
    sqlite3_close(db);
    return out;
}

// Sets one column of checkpoint `seq`, as a damaged record would read.
void set_checkpoint(const fs::path& dir, int seq, const std::string& column, const std::string& value, bool blob) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / kSnapshotDbName).c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    const std::string sql = "UPDATE build_checkpoints SET " + column + " = ?1 WHERE seq = ?2";
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    if (blob)
        sqlite3_bind_blob(s, 1, value.data(), int(value.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_text(s, 1, value.data(), int(value.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(s, 2, seq);
    CHECK(sqlite3_step(s) == SQLITE_DONE);
    CHECK(sqlite3_changes(db) == 1);
    sqlite3_finalize(s);
    sqlite3_close(db);
}

// The damage was noticed: one line naming the previous database, and a
// write from scratch.
void check_ignored(const SnapshotReuse& reuse, const fs::path& previous_dir, std::string_view cause) {
    const std::string& note = reuse.note;
    CAPTURE(note);
    CHECK(reuse.groups_reused == 0);
    const std::string start = "ignoring damaged snapshot checkpoints " + (previous_dir / kSnapshotDbName).string() + ": ";
    CHECK(note.rfind(start, 0) == 0);
    CHECK(note.find(cause) != std::string::npos);
    const std::string end = "; writing the snapshot in full";
    CHECK((note.size() > end.size() && note.compare(note.size() - end.size(), end.size(), end) == 0));
    CHECK(note.find('\n') == std::string::npos);
}

// One previous snapshot damaged in many ways, each time restored from its
// bytes: every incremental write must give the bytes of one fresh write.
struct DamageBench {
    Build b;
    TempDir previous, fresh, incremental;
    fs::path db;
    std::string original;
    std::string fresh_db;
    std::vector<StoredCheckpoint> stored;

    DamageBench() {
        REQUIRE(b.write(previous.path));
        db = previous.path / kSnapshotDbName;
        original = slurp(db);
        stored = stored_checkpoints(db);
        REQUIRE(stored.size() == 5);
        b.site.notices[1].body += "补充。";  // four groups could be reused
        REQUIRE(b.write(fresh.path));
        fresh_db = slurp(fresh.path / kSnapshotDbName);
    }
    // Writes incrementally from `damaged` (the previous database's bytes)
    // and checks the output against the fresh write.
    SnapshotReuse write_from(const std::string& damaged) {
        spit(db, damaged);
        REQUIRE(b.write(incremental.path, &previous.path));
        CHECK(slurp(incremental.path / kSnapshotDbName) == fresh_db);
        CHECK(b.reuse.groups_reused <= 4);
        return b.reuse;
    }
    // Where `needle` is stored among the site tables (after the groups'
    // pages, where build_checkpoints is written).
    size_t offset_of(const std::string& needle) const {
        const size_t at = original.find(needle, size_t(stored.back().page_count) * kPage);
        REQUIRE(at != std::string::npos);
        return at;
    }
};

}  // namespace

TEST_CASE("an incremental snapshot is byte-identical to a fresh one") {
    Build b;
    TempDir previous;
    REQUIRE(b.write(previous.path));

    SUBCASE("nothing changed") { check_same_as_fresh(b, previous.path); }
    SUBCASE("one notice edited") {
        b.site.notices[3].body += "补充：供水时间提前。";
        check_same_as_fresh(b, previous.path);
    }
    SUBCASE("the long notice edited") {
        b.site.notices[5].body += "补充。";
        check_same_as_fresh(b, previous.path);
    }
    SUBCASE("one case edited") {
        b.site.cases[250].status = CaseStatus::unresolved;
        b.site.cases[250].body += "复核后仍未解决。";
        check_same_as_fresh(b, previous.path);
    }
    SUBCASE("one case added and one notice removed") {
        Case c = b.site.cases[10];
        c.id = "C-9999";
        b.site.cases.push_back(c);
        b.site.notices.erase(b.site.notices.begin() + 40);
        check_same_as_fresh(b, previous.path);
    }
    SUBCASE("a project and a page edited") {
        b.site.projects[7].progress = 99;
        b.site.pages[0].title = "关于我们";
        check_same_as_fresh(b, previous.path);
    }
    SUBCASE("a later build time: verdicts and statistics move") {
        b.now = *DateTime::parse("2025-09-01 09:00");
        check_same_as_fresh(b, previous.path);
    }
    SUBCASE("the unit tree changed") {
        b.site.config.units[3].name = "改名社区";
        b.site.config.units.push_back({"s1c2g9", "新网格", UnitKind::grid, "s1c2", 3});
        b.site.cases[3].unit = "s1c2g9";
        check_same_as_fresh(b, previous.path);
    }
}

TEST_CASE("a chain of incremental builds stays identical to a fresh build") {
    Build b;
    TempDir first, second, third;
    REQUIRE(b.write(first.path));
    b.site.notices[0].title = "通知（更正）";
    REQUIRE(b.write(second.path, &first.path));
    b.site.cases[0].title = "诉求（更正）";
    REQUIRE(b.write(third.path, &second.path));
    check_same_as_fresh(b, third.path);
    TempDir fresh;
    REQUIRE(b.write(fresh.path));
    CHECK(slurp(third.path / kSnapshotDbName) == slurp(fresh.path / kSnapshotDbName));
}

// Groups in file order: cases, stats, projects, pages, notices.
TEST_CASE("the unchanged first groups are reused, the rest is written") {
    Build b;
    TempDir previous;
    REQUIRE(b.write(previous.path));
    const std::string before = slurp(previous.path / kSnapshotDbName);

    SUBCASE("nothing changed: all five") { CHECK(check_same_as_fresh(b, previous.path).groups_reused == 5); }
    SUBCASE("a notice edited: all but notices") {
        b.site.notices[3].body += "补充。";
        CHECK(check_same_as_fresh(b, previous.path).groups_reused == 4);
    }
    SUBCASE("a project edited: cases and stats") {
        b.site.projects[7].progress = 99;
        CHECK(check_same_as_fresh(b, previous.path).groups_reused == 2);
    }
    SUBCASE("a case edited: nothing") {
        b.site.cases[599].body += "补充。";
        CHECK(check_same_as_fresh(b, previous.path).groups_reused == 0);
    }
    // The previous file may be open in a kiosk: it is only ever read.
    CHECK(slurp(previous.path / kSnapshotDbName) == before);
}

TEST_CASE("from a damaged or foreign previous snapshot the output is still that of a fresh write") {
    Build b;
    TempDir previous;
    REQUIRE(b.write(previous.path));

    SUBCASE("a page of the cases changed") {
        tamper(previous.path, "UPDATE cases SET title = '改过的标题' WHERE id = 'C-1000'");
        reseal(previous.path);
        b.site.notices[1].body += "补充。";
        const SnapshotReuse reuse = check_same_as_fresh(b, previous.path);
        CHECK(reuse.groups_reused == 0);
        CHECK(reuse.note.find("fail the checksum of checkpoint 1") != std::string::npos);
    }
    SUBCASE("not a database") {
        std::ofstream(previous.path / kSnapshotDbName, std::ios::binary | std::ios::trunc) << std::string(8192, 'x');
        reseal(previous.path);
    }
    SUBCASE("database missing") { fs::remove(previous.path / kSnapshotDbName); }
    SUBCASE("manifest missing") { fs::remove(previous.path / kSnapshotManifestName); }
    SUBCASE("another schema version") {
        tamper(previous.path, "UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open((previous.path / kSnapshotDbName).c_str(), &db) == SQLITE_OK);
        CHECK(sqlite3_exec(db, "PRAGMA user_version = 2", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        reseal(previous.path);
    }
    SUBCASE("a table of another shape") {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open((previous.path / kSnapshotDbName).c_str(), &db) == SQLITE_OK);
        CHECK(sqlite3_exec(db, "ALTER TABLE cases ADD COLUMN extra TEXT", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
        reseal(previous.path);
    }
    b.site.notices[1].body += "补充。";
    check_same_as_fresh(b, previous.path);
}

TEST_CASE("damaged checkpoint records are ignored with one note and the snapshot is written in full") {
    Build b;
    TempDir previous;
    REQUIRE(b.write(previous.path));
    const fs::path db = previous.path / kSnapshotDbName;
    const std::vector<StoredCheckpoint> stored = stored_checkpoints(db);
    REQUIRE(stored.size() == 5);
    std::string cause;

    SUBCASE("a byte of a first page") {
        std::string page = stored[3].first_page;
        page[200] ^= 0x04;
        set_checkpoint(previous.path, 4, "first_page", page, true);
        cause = "checkpoint 4: first page fails its checksum";
    }
    SUBCASE("a first page cut short") {
        set_checkpoint(previous.path, 2, "first_page", stored[1].first_page.substr(0, 8000), true);
        cause = "checkpoint 2: first page fails its checksum";
    }
    SUBCASE("a first page's checksum") {
        std::string hash = stored[1].first_page_hash;
        hash[5] = hash[5] == '0' ? '1' : '0';
        set_checkpoint(previous.path, 2, "first_page_hash", hash, false);
        cause = "checkpoint 2: first page fails its checksum";
    }
    SUBCASE("a page count") {
        tamper(previous.path, "UPDATE build_checkpoints SET page_count = page_count + 1 WHERE seq = 3");
        cause = "checkpoint 3: page count";
    }
    SUBCASE("the hash of the first group's pages") {
        std::string hash = stored[0].pages_hash;
        hash[31] = hash[31] == 'a' ? 'b' : 'a';
        set_checkpoint(previous.path, 1, "pages_hash", hash, false);
        cause = "pages 2.." + std::to_string(stored[0].page_count) + " fail the checksum of checkpoint 1";
    }
    SUBCASE("a rows digest that is not hex") {
        set_checkpoint(previous.path, 2, "fingerprint", "zz" + stored[1].fingerprint.substr(2), false);
        cause = "checkpoint 2: a digest is not 32 hex digits";
    }
    SUBCASE("a record missing") {
        tamper(previous.path, "DELETE FROM build_checkpoints WHERE seq = 2");
        cause = "checkpoint 2: out of sequence";
    }
    SUBCASE("no checkpoints table") {
        sqlite3* handle = nullptr;
        REQUIRE(sqlite3_open(db.c_str(), &handle) == SQLITE_OK);
        CHECK(sqlite3_exec(handle, "DROP TABLE build_checkpoints", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(handle);
        cause = "no such table: build_checkpoints";
    }
    SUBCASE("a bit of a reused page") {
        std::string bytes = slurp(db);
        bytes[10 * kPage + 333] ^= 0x10;  // a page of the cases group
        spit(db, bytes);
        cause = "fail the checksum of checkpoint 1";
    }
    b.site.notices[1].body += "补充。";  // four groups could be reused
    check_ignored(check_same_as_fresh(b, previous.path), previous.path, cause);
}

TEST_CASE("a changed rows digest cannot be told from changed rows, and only costs reuse") {
    // The digest is only compared with the one computed from the input, so a
    // damaged one stops reuse at its group without touching the output.
    Build b;
    TempDir previous;
    REQUIRE(b.write(previous.path));
    std::string digest = stored_checkpoints(previous.path / kSnapshotDbName)[1].fingerprint;
    digest[0] = digest[0] == '0' ? '1' : '0';
    set_checkpoint(previous.path, 2, "fingerprint", digest, false);
    b.site.notices[1].body += "补充。";
    const SnapshotReuse reuse = check_same_as_fresh(b, previous.path);
    CHECK(reuse.groups_reused == 1);
    CHECK(reuse.note.empty());
}

TEST_CASE("bit flips in the checkpoint data never change the output") {
    DamageBench bench;
    for (size_t k = 0; k < bench.stored.size(); ++k) {
        const StoredCheckpoint& cp = bench.stored[k];
        CAPTURE(k);
        // In the hashes and the first page: always noticed.
        for (const std::string* field : {&cp.first_page_hash, &cp.pages_hash}) {
            const size_t at = bench.offset_of(*field);
            for (size_t offset : {at, at + 31}) {
                CAPTURE(offset);
                std::string damaged = bench.original;
                damaged[offset] ^= 0x02;
                const SnapshotReuse reuse = bench.write_from(damaged);
                // A pages hash is checked against the pages only for the
                // groups reused (the first four).
                if (field == &cp.first_page_hash || k < 4) CHECK_FALSE(reuse.note.empty());
            }
        }
        // The header (which differs from checkpoint to checkpoint) and the
        // end of the page (the schema text).
        for (size_t offset : {bench.offset_of(cp.first_page.substr(0, 100)) + 30,
                              bench.offset_of(cp.first_page.substr(kPage - 64)) + 10}) {
            CAPTURE(offset);
            std::string damaged = bench.original;
            damaged[offset] ^= 0x80;
            CHECK_FALSE(bench.write_from(damaged).note.empty());
        }
        // In the rows digest: noticed or not reused.
        const size_t digest_at = bench.offset_of(cp.fingerprint);
        std::string damaged = bench.original;
        damaged[digest_at + 7] ^= 0x01;
        const SnapshotReuse reuse = bench.write_from(damaged);
        CHECK((!reuse.note.empty() || reuse.groups_reused <= k));
    }
    // Anywhere among the site tables and in page 1, where the checkpoint
    // rows and the schema are.
    std::mt19937 random(20250710);
    const size_t site_start = size_t(bench.stored.back().page_count) * kPage;
    for (int i = 0; i < 12; ++i) {
        const size_t offset = i < 3 ? random() % kPage : site_start + random() % (bench.original.size() - site_start);
        CAPTURE(offset);
        std::string damaged = bench.original;
        damaged[offset] ^= char(1 << (random() % 8));
        bench.write_from(damaged);
    }
}

TEST_CASE("a truncated previous database never changes the output") {
    DamageBench bench;
    const size_t size = bench.original.size();
    const size_t groups_end = size_t(bench.stored.back().page_count) * kPage;
    // Cut into the checkpoint rows or the reused pages: noticed.
    for (size_t length : {size - kPage, size - kPage - 1, groups_end + kPage, groups_end,
                          size_t(bench.stored[0].page_count) * kPage, size / 2, size_t(100)}) {
        CAPTURE(length);
        check_ignored(bench.write_from(bench.original.substr(0, length)), bench.previous.path, "");
    }
    // An empty file is no snapshot: nothing to reuse, nothing to say.
    const SnapshotReuse empty = bench.write_from("");
    CHECK(empty.groups_reused == 0);
    CHECK(empty.note.empty());
    // The last byte may be slack; whatever it was, the output is the same.
    bench.write_from(bench.original.substr(0, size - 1));
}
