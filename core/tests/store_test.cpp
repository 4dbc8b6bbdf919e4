#include "gongkai/calendar.hpp"
#include "gongkai/deadlines.hpp"
#include "gongkai/hash.hpp"
#include "gongkai/snapshot.hpp"
#include "gongkai/statistics.hpp"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
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

Date d(const char* iso) { return *Date::parse(iso); }
DateTime dt(const char* text) { return *DateTime::parse(text); }

Unit unit(const char* id, const char* name, UnitKind kind, const char* parent, int depth) {
    return Unit{id, name, kind, parent, depth};
}

Case make_case(const char* id, const char* unit, const char* category, const char* level, const char* received) {
    Case c;
    c.id = id;
    c.title = std::string("案件 ") + id;
    c.unit = unit;
    c.category = category;
    c.level = level;
    c.received = d(received);
    c.body = "化名张某的诉求已答复。";
    return c;
}

Notice make_notice(const char* id, std::vector<std::string> units, const char* from,
                   std::optional<const char*> until, Priority priority, const char* category = "water") {
    Notice n;
    n.id = id;
    n.title = std::string("通知 ") + id;
    n.category = category;
    n.units = std::move(units);
    n.published = dt(from);
    n.valid_from = dt(from);
    if (until) n.valid_until = dt(*until);
    n.priority = priority;
    n.contact = "0471-6901234";
    n.body = "请提前储水。";
    return n;
}

Site make_site() {
    Site s;
    SiteConfig& cfg = s.config;
    cfg.title = "新城区基层治理公开平台";
    cfg.description = "公开";
    cfg.base_url = "https://gongkai.example.gov.cn/";
    cfg.units = {
        unit("xincheng", "新城区", UnitKind::district, "", 0),
        unit("dongjie", "东街街道", UnitKind::subdistrict, "xincheng", 1),
        unit("dongjie-hongqi", "红旗社区", UnitKind::community, "dongjie", 2),
        unit("dongjie-hongqi-g1", "红旗社区第一网格", UnitKind::grid, "dongjie-hongqi", 3),
        unit("dongjie-xinyuan", "新园社区", UnitKind::community, "dongjie", 2),
        unit("xijie", "西街街道", UnitKind::subdistrict, "xincheng", 1),
        unit("xijie-a", "西街一村", UnitKind::village, "xijie", 2),
    };
    cfg.case_categories = {{"property", "物业服务"}, {"neighbour", "邻里纠纷"}};
    cfg.project_categories = {{"transport", "交通出行"}};
    cfg.notice_categories = {{"water", "停水"}, {"anti_fraud", "防范诈骗"}};
    cfg.deadline_classes = {{"consult", "一般性咨询", 1, "1个工作日内答复"},
                            {"general", "一般矛盾纠纷", 3, "3个工作日内反馈"},
                            {"important", "重要矛盾纠纷", 7, "7个工作日内办结"}};
    cfg.contacts = {{"东街街道综治中心", "0471-6901234"}, {"政务服务便民热线", "12345"}};
    cfg.kiosk.centre_name = "东街街道综治中心";
    cfg.kiosk.address = "新城区东街88号";
    cfg.kiosk.opening_hours = "周一至周五 8:30—12:00\n14:30—18:00";
    cfg.kiosk.services = {"矛盾纠纷调解", "法律咨询"};
    cfg.kiosk.orientation = Orientation::landscape;
    cfg.kiosk.idle_seconds = 45;
    cfg.kiosk.pin = "97531";

    Case c1 = make_case("DJ-2025-0001", "dongjie-hongqi-g1", "property", "general", "2025-06-13");
    c1.channel = Channel::hotline_12345;
    c1.responded = d("2025-06-16");
    c1.closed = d("2025-06-20");
    c1.status = CaseStatus::resolved;
    c1.satisfaction = Satisfaction::satisfied;
    c1.amount_recovered = Money{3580050};
    c1.timeline = {{d("2025-06-13"), "收集", "居民来访反映电梯停运"}, {d("2025-06-14"), "交办", "交网格员和物业公司"}};
    Case c2 = make_case("DJ-2025-0002", "dongjie-xinyuan", "neighbour", "consult", "2025-06-13");
    Case c3 = make_case("XJ-2025-0001", "xijie-a", "property", "important", "2025-07-01");
    c3.status = CaseStatus::in_progress;
    Case c4 = make_case("DJ-2025-0000", "dongjie-hongqi", "neighbour", "general", "2025-05-02");
    c4.responded = d("2025-05-12");
    c4.closed = d("2025-05-12");
    c4.status = CaseStatus::unresolved;
    Case c5 = make_case("DJ-2025-0003", "dongjie-hongqi", "property", "general", "2025-07-08");
    // Deliberately not in date order: the store sorts.
    s.cases = {c3, c1, c5, c2, c4};

    Project p1;
    p1.id = "DJ-P-2025-03";
    p1.title = "25个小区新能源汽车充电桩建设";
    p1.units = {"dongjie-hongqi", "dongjie-xinyuan"};
    p1.category = "transport";
    p1.status = ProjectStatus::in_progress;
    p1.budget = Money::from_yuan(1560000);
    p1.funding = {{"区级财政", Money::from_yuan(560000)}, {"社会资本", Money::from_yuan(1000000)}};
    p1.spent = Money::from_yuan(820000);
    p1.beneficiaries = 12000;
    p1.start = d("2025-04-01");
    p1.planned_end = d("2025-12-31");
    p1.progress = 60;
    p1.milestones = {{d("2025-05-15"), "完成选址", true}, {d("2025-09-30"), "完成安装", false}};
    p1.quantities = {{"充电桩", 78, "个"}};
    p1.body = "项目说明";
    Project p2;
    p2.id = "XJ-P-2025-01";
    p2.title = "西街一村道路硬化";
    p2.units = {"xijie-a"};
    p2.category = "transport";
    p2.status = ProjectStatus::completed;
    p2.budget = Money::from_yuan(200000);
    p2.start = d("2025-01-10");
    p2.completed = d("2025-05-01");
    p2.progress = 100;
    Project p3;
    p3.id = "XC-P-2026-01";
    p3.title = "全区公交线路优化";
    p3.units = {"xincheng"};
    p3.category = "transport";
    p3.budget = Money{50};
    s.projects = {p3, p1, p2};

    s.notices = {
        make_notice("N1", {}, "2025-07-01 08:00", "2025-07-20 00:00", Priority::urgent, "anti_fraud"),
        make_notice("N2", {"dongjie-hongqi"}, "2025-07-05 00:00", std::nullopt, Priority::normal),
        make_notice("N3", {"xijie"}, "2025-06-01 08:00", "2025-06-02 00:00", Priority::urgent),
        make_notice("N4", {"dongjie"}, "2025-08-01 00:00", std::nullopt, Priority::normal),
        make_notice("N5", {"dongjie-hongqi-g1"}, "2025-07-09 08:00", "2025-07-11 00:00", Priority::normal),
    };

    Page about;
    about.id = "about";
    about.title = "关于服务中心";
    about.order = 2;
    about.body = "# 关于";
    Page help;
    help.id = "help";
    help.title = "如何求助";
    help.order = 1;
    s.pages = {about, help};
    return s;
}

const DateTime kNow = *DateTime::parse("2025-07-10 10:00");

struct Fixture {
    Site site = make_site();
    WorkingCalendar calendar;
    std::vector<CaseTiming> timings;
    Statistics statistics;

    Fixture() {
        for (const Case& c : site.cases) timings.push_back(compute_timing(c, site.config, calendar, kNow.date));
        statistics = Statistics::compute(site, timings);
    }
    Status write(const fs::path& dir) const {
        fs::create_directories(dir);
        return write_snapshot(dir, SnapshotInput{site, timings, statistics, kNow});
    }
};

struct TempDir {
    fs::path path;
    TempDir() {
        static int n = 0;
        path = fs::temp_directory_path() /
               ("gongkai-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(++n));
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

void spit(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Rewrites the manifest's sha256 so a damaged database gets past the checksum
// and must be caught by SQLite itself.
void reseal(const fs::path& dir) {
    std::string manifest = slurp(dir / kSnapshotManifestName);
    SnapshotManifest m;
    REQUIRE(read_manifest(dir, &m));
    const size_t at = manifest.find(m.sha256);
    REQUIRE(at != std::string::npos);
    manifest.replace(at, m.sha256.size(), sha256_file_hex((dir / kSnapshotDbName).string()));
    spit(dir / kSnapshotManifestName, manifest);
}

std::vector<std::string> ids(const auto& list) {
    std::vector<std::string> out;
    for (const auto& x : list) out.push_back(x.id);
    return out;
}

using Ids = std::vector<std::string>;

void check_same(const CaseFigures& a, const CaseFigures& b) {
    CHECK(a.received == b.received);
    CHECK(a.resolved == b.resolved);
    CHECK(a.closed == b.closed);
    CHECK(a.responded == b.responded);
    CHECK(a.on_time == b.on_time);
    CHECK(a.overdue_open == b.overdue_open);
    CHECK(a.open == b.open);
    CHECK(a.resolution_rate == b.resolution_rate);
    CHECK(a.on_time_rate == b.on_time_rate);
    CHECK(a.median_working_days_to_response == b.median_working_days_to_response);
    CHECK(a.median_working_days_to_close == b.median_working_days_to_close);
    CHECK(a.amount_recovered == b.amount_recovered);
    CHECK(a.by_category == b.by_category);
    CHECK(a.by_channel == b.by_channel);
    CHECK(a.by_satisfaction == b.by_satisfaction);
    CHECK(a.by_level == b.by_level);
}

}  // namespace

TEST_CASE("a written snapshot reopens with every query answered") {
    Fixture fx;
    TempDir tmp;
    REQUIRE(fx.write(tmp.path));

    std::unique_ptr<SnapshotReader> r;
    REQUIRE(SnapshotReader::open(tmp.path, &r));

    SUBCASE("manifest and meta") {
        CHECK(r->manifest().schema_version == kSnapshotSchemaVersion);
        CHECK(r->manifest().database == "gongkai.sqlite");
        CHECK(r->manifest().generated_at == "2025-07-10T10:00:00+08:00");
        CHECK(r->manifest().counts.at("cases") == 5);
        CHECK(r->manifest().counts.at("projects") == 3);
        CHECK(r->manifest().counts.at("notices") == 5);
        CHECK(r->manifest().counts.at("units") == 7);
        CHECK(r->manifest().counts.at("pages") == 2);
        const SnapshotMeta& m = r->meta();
        CHECK(m.schema_version == kSnapshotSchemaVersion);
        CHECK(m.generated_at == "2025-07-10T10:00:00+08:00");
        CHECK(m.generated_local == kNow);
        CHECK(m.site_title == "新城区基层治理公开平台");
        CHECK(m.base_url == "https://gongkai.example.gov.cn/");
        CHECK(m.utc_offset_minutes == 480);
        CHECK(m.kiosk.centre_name == "东街街道综治中心");
        CHECK(m.kiosk.address == "新城区东街88号");
        CHECK(m.kiosk.opening_hours == "周一至周五 8:30—12:00\n14:30—18:00");
        CHECK(m.kiosk.services == std::vector<std::string>{"矛盾纠纷调解", "法律咨询"});
        CHECK(m.kiosk.orientation == Orientation::landscape);
        CHECK(m.kiosk.idle_seconds == 45);
        CHECK(m.kiosk.pin.empty());
        CHECK(m.pin_sha256 == sha256_hex("gongkai-kiosk-pin:97531"));
    }

    SUBCASE("site configuration") {
        const auto units = r->units();
        REQUIRE(units.size() == 7);
        CHECK(ids(units) == Ids{"xincheng", "dongjie", "dongjie-hongqi", "dongjie-hongqi-g1",
                                "dongjie-xinyuan", "xijie", "xijie-a"});
        CHECK(units[3].name == "红旗社区第一网格");
        CHECK(units[3].kind == UnitKind::grid);
        CHECK(units[3].parent == "dongjie-hongqi");
        CHECK(units[3].depth == 3);
        CHECK(units[6].kind == UnitKind::village);
        CHECK(ids(r->categories("cases")) == Ids{"property", "neighbour"});
        CHECK(r->categories("notices")[1].label == "防范诈骗");
        CHECK(r->categories("projects").size() == 1);
        CHECK(r->categories("nonsense").empty());
        const auto classes = r->deadline_classes();
        REQUIRE(classes.size() == 3);
        CHECK(classes[2].id == "important");
        CHECK(classes[2].working_days == 7);
        CHECK(classes[2].promise == "7个工作日内办结");
        const auto contacts = r->contacts();
        REQUIRE(contacts.size() == 2);
        CHECK(contacts[1].number == "12345");
        const auto pages = r->pages();
        REQUIRE(pages.size() == 2);
        CHECK(pages[0].id == "help");  // menu order, not id order
        CHECK(pages[1].title == "关于服务中心");
        CHECK(pages[1].body == "# 关于");
        CHECK(pages[1].order == 2);
    }

    SUBCASE("cases newest first, paged, rolled up the unit tree") {
        CHECK(r->case_count({}) == 5);
        CHECK(ids(r->cases({}, 0, 10)) ==
              Ids{"DJ-2025-0003", "XJ-2025-0001", "DJ-2025-0002", "DJ-2025-0001", "DJ-2025-0000"});
        CHECK(ids(r->cases({}, 0, 2)) == Ids{"DJ-2025-0003", "XJ-2025-0001"});
        CHECK(ids(r->cases({}, 2, 2)) == Ids{"DJ-2025-0002", "DJ-2025-0001"});
        CHECK(ids(r->cases({}, 4, 2)) == Ids{"DJ-2025-0000"});
        CHECK(r->cases({}, 5, 2).empty());

        const CaseFilter dongjie{"dongjie", "", ""};
        CHECK(r->case_count(dongjie) == 4);
        CHECK(ids(r->cases(dongjie, 0, 10)) == Ids{"DJ-2025-0003", "DJ-2025-0002", "DJ-2025-0001", "DJ-2025-0000"});
        const CaseFilter hongqi{"dongjie-hongqi", "", ""};
        CHECK(ids(r->cases(hongqi, 0, 10)) == Ids{"DJ-2025-0003", "DJ-2025-0001", "DJ-2025-0000"});
        CHECK(r->case_count({"dongjie-hongqi-g1", "", ""}) == 1);
        CHECK(r->case_count({"xincheng", "", ""}) == 5);
        CHECK(r->case_count({"xijie", "", ""}) == 1);
        CHECK(r->case_count({"no-such-unit", "", ""}) == 0);
        CHECK(r->cases({"no-such-unit", "", ""}, 0, 10).empty());

        CHECK(r->case_count({"", "property", ""}) == 3);
        CHECK(ids(r->cases({"dongjie", "property", ""}, 0, 10)) == Ids{"DJ-2025-0003", "DJ-2025-0001"});
        CHECK(ids(r->cases({"dongjie", "", "general"}, 0, 10)) == Ids{"DJ-2025-0003", "DJ-2025-0001", "DJ-2025-0000"});
        CHECK(r->case_count({"dongjie", "neighbour", "consult"}) == 1);

        const auto summary = r->cases({"dongjie-hongqi-g1", "", ""}, 0, 1).at(0);
        CHECK(summary.title == "案件 DJ-2025-0001");
        CHECK(summary.unit == "dongjie-hongqi-g1");
        CHECK(summary.category == "property");
        CHECK(summary.level == "general");
        CHECK(summary.received == d("2025-06-13"));
        CHECK(summary.status == CaseStatus::resolved);
        CHECK(summary.verdict == Verdict::on_time);
        // Case DJ-2025-0002 (consult, received 06-13) got no answer: overdue as of the build.
        CHECK(r->cases({"dongjie-xinyuan", "", ""}, 0, 1).at(0).verdict == Verdict::overdue);
    }

    SUBCASE("one case in full") {
        const auto detail = r->case_detail("DJ-2025-0001");
        REQUIRE(detail);
        const Case& c = detail->record;
        CHECK(c.id == "DJ-2025-0001");
        CHECK(c.channel == Channel::hotline_12345);
        CHECK(c.responded == d("2025-06-16"));
        CHECK(c.closed == d("2025-06-20"));
        CHECK(c.status == CaseStatus::resolved);
        CHECK(c.satisfaction == Satisfaction::satisfied);
        CHECK(c.amount_recovered == Money{3580050});
        CHECK(c.body == "化名张某的诉求已答复。");
        REQUIRE(c.timeline.size() == 2);
        CHECK(c.timeline[1].date == d("2025-06-14"));
        CHECK(c.timeline[1].step == "交办");
        CHECK(c.timeline[1].note == "交网格员和物业公司");
        // Received Friday 2025-06-13, general: deadline Wednesday 06-18.
        CHECK(detail->timing.deadline == d("2025-06-18"));
        CHECK(detail->timing.verdict == Verdict::on_time);
        CHECK(detail->timing.effective_response == d("2025-06-16"));
        CHECK(detail->timing.working_days_to_response == 1);
        CHECK(detail->timing.working_days_to_close == 5);

        const auto open = r->case_detail("XJ-2025-0001");
        REQUIRE(open);
        CHECK_FALSE(open->record.responded);
        CHECK_FALSE(open->record.amount_recovered);
        CHECK_FALSE(open->timing.working_days_to_response);
        CHECK(open->record.timeline.empty());
        CHECK_FALSE(r->case_detail("nope"));
    }

    SUBCASE("statistics as computed by the build") {
        for (const std::string scope : {"", "xincheng", "dongjie", "dongjie-hongqi", "xijie-a"})
            for (Period p : {Period::all(), Period{2025, 0}, Period{2025, 6}, Period{2025, 7}}) {
                CAPTURE(scope);
                CAPTURE(p.key());
                check_same(r->figures(scope, p), fx.statistics.figures(scope, p));
            }
        const CaseFigures june = r->figures("dongjie", Period{2025, 6});
        CHECK(june.received == 2);
        CHECK(june.by_category.at("property") == 1);
        CHECK(june.by_channel.at("hotline_12345") == 1);
        CHECK(june.amount_recovered == Money{3580050});
        // No cases: empty figures.
        const CaseFigures none = r->figures("xijie", Period{2024, 1});
        CHECK(none.received == 0);
        CHECK_FALSE(none.on_time_rate);
        CHECK(none.by_category.empty());
    }

    SUBCASE("notices by state as of the kiosk's clock") {
        CHECK(ids(r->notices(NoticeState::active, kNow)) == Ids{"N1", "N5", "N2"});
        CHECK(ids(r->notices(NoticeState::expired, kNow)) == Ids{"N3"});
        CHECK(ids(r->notices(NoticeState::upcoming, kNow)) == Ids{"N4"});
        // A unit sees notices for the whole site and for itself and its ancestors.
        CHECK(ids(r->notices(NoticeState::active, kNow, "dongjie-hongqi")) == Ids{"N1", "N2"});
        CHECK(ids(r->notices(NoticeState::active, kNow, "dongjie-hongqi-g1")) == Ids{"N1", "N5", "N2"});
        CHECK(ids(r->notices(NoticeState::active, kNow, "xijie-a")) == Ids{"N1"});
        CHECK(ids(r->notices(NoticeState::expired, kNow, "xijie-a")) == Ids{"N3"});
        CHECK(ids(r->notices(NoticeState::active, kNow, "", "water")) == Ids{"N5", "N2"});
        // Later, on the kiosk: N1 ends exactly at 07-20 00:00 (exclusive), N4 begins.
        const DateTime later = dt("2025-07-20 00:00");
        CHECK(ids(r->notices(NoticeState::active, later)) == Ids{"N2"});
        CHECK(ids(r->notices(NoticeState::expired, later)) == Ids{"N1", "N3", "N5"});
        CHECK(ids(r->notices(NoticeState::active, dt("2025-08-01 00:00"), "dongjie-hongqi")) == Ids{"N4", "N2"});

        const auto n1 = r->notices(NoticeState::active, kNow).at(0);
        CHECK(n1.priority == Priority::urgent);
        CHECK(n1.category == "anti_fraud");
        CHECK(n1.valid_from == dt("2025-07-01 08:00"));
        CHECK(n1.valid_until == dt("2025-07-20 00:00"));

        const auto n2 = r->notice("N2");
        REQUIRE(n2);
        CHECK(n2->title == "通知 N2");
        CHECK(n2->units == std::vector<std::string>{"dongjie-hongqi"});
        CHECK_FALSE(n2->valid_until);
        CHECK(n2->published == dt("2025-07-05 00:00"));
        CHECK(n2->contact == "0471-6901234");
        CHECK(n2->body == "请提前储水。");
        CHECK(r->notice("N1")->units.empty());
        CHECK_FALSE(r->notice("N9"));
    }

    SUBCASE("projects rolled up the unit tree") {
        CHECK(ids(r->projects()) == Ids{"DJ-P-2025-03", "XJ-P-2025-01", "XC-P-2026-01"});
        CHECK(ids(r->projects("dongjie")) == Ids{"DJ-P-2025-03"});
        CHECK(ids(r->projects("dongjie-xinyuan")) == Ids{"DJ-P-2025-03"});
        CHECK(ids(r->projects("xincheng")).size() == 3);
        CHECK(r->projects("dongjie-hongqi-g1").empty());
        CHECK(ids(r->projects("", ProjectStatus::completed)) == Ids{"XJ-P-2025-01"});
        CHECK(r->projects("dongjie", ProjectStatus::completed).empty());
        CHECK(r->total_budget() == Money{156000000 + 20000000 + 50});
        CHECK(r->total_budget("dongjie") == Money::from_yuan(1560000));
        CHECK(r->total_budget("no-such-unit") == Money{});

        const auto summary = r->projects("dongjie").at(0);
        CHECK(summary.status == ProjectStatus::in_progress);
        CHECK(summary.progress == 60);
        CHECK(summary.budget == Money::from_yuan(1560000));

        const auto p = r->project("DJ-P-2025-03");
        REQUIRE(p);
        CHECK(p->units == std::vector<std::string>{"dongjie-hongqi", "dongjie-xinyuan"});
        REQUIRE(p->funding.size() == 2);
        CHECK(p->funding[1].source == "社会资本");
        CHECK(p->funding[1].amount == Money::from_yuan(1000000));
        CHECK(p->spent == Money::from_yuan(820000));
        CHECK(p->beneficiaries == 12000);
        CHECK(p->start == d("2025-04-01"));
        CHECK(p->planned_end == d("2025-12-31"));
        CHECK_FALSE(p->completed);
        REQUIRE(p->milestones.size() == 2);
        CHECK(p->milestones[0].done);
        CHECK_FALSE(p->milestones[1].done);
        CHECK(p->milestones[1].title == "完成安装");
        REQUIRE(p->quantities.size() == 1);
        CHECK(p->quantities[0].item == "充电桩");
        CHECK(p->quantities[0].count == 78);
        CHECK(p->quantities[0].unit == "个");
        CHECK(p->body == "项目说明");
        CHECK(r->project("XJ-P-2025-01")->completed == d("2025-05-01"));
        CHECK_FALSE(r->project("XC-P-2026-01")->spent);
        CHECK_FALSE(r->project("none"));
    }
}

TEST_CASE("the PIN itself is never written") {
    Fixture fx;
    TempDir tmp;
    REQUIRE(fx.write(tmp.path));
    CHECK(slurp(tmp.path / kSnapshotDbName).find("97531") == std::string::npos);
    CHECK(slurp(tmp.path / kSnapshotManifestName).find("97531") == std::string::npos);
}

TEST_CASE("same input gives byte-identical files, whatever the record order") {
    Fixture fx;
    TempDir a, b;
    REQUIRE(fx.write(a.path));
    std::reverse(fx.site.projects.begin(), fx.site.projects.end());
    std::reverse(fx.site.notices.begin(), fx.site.notices.end());
    REQUIRE(fx.write(b.path));
    CHECK(slurp(a.path / kSnapshotDbName) == slurp(b.path / kSnapshotDbName));
    CHECK(slurp(a.path / kSnapshotManifestName) == slurp(b.path / kSnapshotManifestName));
    // Writing again over an existing snapshot replaces it cleanly.
    REQUIRE(fx.write(a.path));
    CHECK(slurp(a.path / kSnapshotDbName) == slurp(b.path / kSnapshotDbName));
}

TEST_CASE("a previous snapshot changes nothing about the output") {
    Fixture fx;
    TempDir a, b;
    REQUIRE(fx.write(a.path));
    const fs::path previous = a.path;
    REQUIRE(write_snapshot(b.path, SnapshotInput{fx.site, fx.timings, fx.statistics, kNow}, &previous));
    CHECK(slurp(a.path / kSnapshotDbName) == slurp(b.path / kSnapshotDbName));
}

TEST_CASE("reading leaves the database untouched") {
    Fixture fx;
    TempDir tmp;
    REQUIRE(fx.write(tmp.path));
    const std::string before = slurp(tmp.path / kSnapshotDbName);
    {
        std::unique_ptr<SnapshotReader> r;
        REQUIRE(SnapshotReader::open(tmp.path, &r));
        CHECK(r->case_count({}) == 5);
        CHECK(r->notices(NoticeState::active, kNow).size() == 3);
    }
    CHECK(slurp(tmp.path / kSnapshotDbName) == before);
    // Still opens after the first reader is gone.
    std::unique_ptr<SnapshotReader> again;
    CHECK(SnapshotReader::open(tmp.path, &again));
    CHECK(again);
}

TEST_CASE("mismatched timings are refused") {
    Fixture fx;
    TempDir tmp;
    fx.timings.pop_back();
    const Status s = fx.write(tmp.path);
    CHECK_FALSE(s);
    CHECK(s.message().find("4 timings for 5 cases") != std::string::npos);
    CHECK(s.path() == (tmp.path / kSnapshotDbName).string());
}

TEST_CASE("damaged snapshots are refused with a one-line reason") {
    Fixture fx;
    TempDir tmp;
    REQUIRE(fx.write(tmp.path));
    const fs::path db = tmp.path / kSnapshotDbName;
    const fs::path manifest = tmp.path / kSnapshotManifestName;

    // `expected`: the refused file, then words of the cause.
    auto refused = [&](const fs::path& file, std::string_view expected) {
        std::unique_ptr<SnapshotReader> r;
        const Status s = SnapshotReader::open(tmp.path, &r);
        const std::string error = s.message();
        CAPTURE(error);
        CHECK_FALSE(s);
        CHECK_FALSE(r);
        CHECK(s.path() == file.string());
        CHECK(s.cause().find(expected) != std::string::npos);
        CHECK(error.find('\n') == std::string::npos);
    };

    SUBCASE("missing manifest") {
        fs::remove(manifest);
        refused(manifest, "No such file or directory");
        SnapshotManifest m;
        CHECK_FALSE(read_manifest(tmp.path, &m));
    }
    SUBCASE("manifest not JSON") {
        spit(manifest, "{ not json");
        refused(manifest, "not a JSON object");
    }
    SUBCASE("manifest without sha256") {
        spit(manifest, R"({"schema_version": 1, "generated_at": "x", "database": "gongkai.sqlite"})");
        refused(manifest, "'sha256' missing or of the wrong type");
    }
    SUBCASE("wrong schema version") {
        std::string text = slurp(manifest);
        const std::string from = "\"schema_version\": 1";
        REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), from.size(), "\"schema_version\": 2");
        spit(manifest, text);
        refused(manifest, "schema version 2 not supported");
    }
    SUBCASE("database escaping the directory") {
        std::string text = slurp(manifest);
        const std::string from = "\"gongkai.sqlite\"";
        text.replace(text.find(from), from.size(), "\"../gongkai.sqlite\"");
        spit(manifest, text);
        refused(manifest, "not a file name");
    }
    SUBCASE("missing database") {
        fs::remove(db);
        refused(db, "missing");
    }
    SUBCASE("sha256 mismatch") {
        std::string bytes = slurp(db);
        bytes[bytes.size() / 2] ^= 0x55;
        spit(db, bytes);
        refused(db, "sha256 mismatch");
    }
    SUBCASE("truncated database, checksum updated") {
        std::string bytes = slurp(db);
        spit(db, bytes.substr(0, bytes.size() / 2));
        reseal(tmp.path);
        refused(db, "database");
    }
    SUBCASE("corrupt pages, checksum updated") {
        std::string bytes = slurp(db);
        REQUIRE(bytes.size() > 4096 * 4);
        for (size_t i = 4096 * 2; i < 4096 * 4; ++i) bytes[i] = char(0xA5);
        spit(db, bytes);
        reseal(tmp.path);
        refused(db, "database");
    }
    SUBCASE("not a database at all") {
        spit(db, std::string(8192, 'x'));
        reseal(tmp.path);
        refused(db, "database");
    }
}

TEST_CASE("read_manifest reads what write_snapshot wrote") {
    Fixture fx;
    TempDir tmp;
    REQUIRE(fx.write(tmp.path));
    SnapshotManifest m;
    REQUIRE(read_manifest(tmp.path, &m));
    CHECK(m.sha256 == sha256_file_hex((tmp.path / kSnapshotDbName).string()));
    CHECK(m.sha256.size() == 64);
    CHECK(m.counts.size() == 5);
}

TEST_CASE("a snapshot that cannot be written names the file and SQLite's reason") {
    Fixture fx;
    TempDir tmp;
    // A folder where the database file should go: SQLite cannot open it.
    fs::create_directories(tmp.path / kSnapshotDbName / "in-the-way");
    const Status s = fx.write(tmp.path);
    CHECK_FALSE(s);
    CHECK(s.path() == (tmp.path / kSnapshotDbName).string());
    CHECK(s.message().rfind("cannot write " + (tmp.path / kSnapshotDbName).string() + ": ", 0) == 0);
    CHECK_FALSE(s.cause().empty());
}
