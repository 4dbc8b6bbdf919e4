#include "content/csv_reader.hpp"
#include "content/text_file.hpp"
#include "outputs/open_data_rows.hpp"
#include "outputs/outputs.hpp"
#include "outputs_fixture.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

using namespace gongkai;
using namespace gongkai::gen;
using namespace gongkai::gen::testing;

namespace {

std::vector<std::vector<std::string>> read_csv(std::string text) {
    REQUIRE(text.starts_with("\xEF\xBB\xBF"));
    normalise_text(text);
    CsvReader reader(text);
    std::vector<std::vector<std::string>> rows;
    CsvRow row;
    while (reader.next(row)) rows.push_back(row.cells);
    REQUIRE_FALSE(reader.failed());
    return rows;
}

std::vector<std::string> field_names(std::string_view dataset) {
    for (const DatasetSchema& d : open_data_schema())
        if (d.name == dataset) {
            std::vector<std::string> names;
            for (const FieldSchema& f : d.fields) names.push_back(f.name);
            return names;
        }
    FAIL("no dataset " << dataset);
    return {};
}

}  // namespace

TEST_CASE("row builders follow the schema's field order") {
    Fixture f(test_site::small_site());
    CHECK(case_row(*f.ctx, 0).size() == field_names("cases").size());
    CHECK(project_row(*f.ctx, 0).size() == field_names("projects").size());
    CHECK(notice_row(*f.ctx, 0).size() == field_names("notices").size());
    CHECK(unit_row(*f.ctx, f.site.config.units[0]).size() == field_names("units").size());
    CHECK(case_timeline_rows(f.site.cases[0]).front().size() == field_names("case_timeline").size());
    CHECK(project_funding_rows(f.site.projects[0]).front().size() == field_names("project_funding").size());
    CHECK(project_milestone_rows(f.site.projects[0]).front().size() == field_names("project_milestones").size());
    CHECK(project_quantity_rows(f.site.projects[0]).front().size() == field_names("project_quantities").size());
}

TEST_CASE("every planned data file belongs to the schema, and every schema file is planned") {
    Fixture f(test_site::small_site());
    plan_open_data(*f.ctx, f.plan);
    std::set<std::string> planned;
    for (const PlannedFile& p : f.plan) planned.insert(p.path);
    for (const DatasetSchema& d : open_data_schema())
        for (const std::string& path : d.files) CHECK_MESSAGE(planned.count(path), path);
    CHECK(planned.count("data/schema.json"));
    CHECK(planned.count("data/open311/requests.json"));
    CHECK(planned.count("data/open311/services.json"));
}

TEST_CASE("cases CSV round-trips commas, quotes and line breaks, with a BOM for Excel") {
    Fixture f(test_site::small_site());
    plan_open_data(*f.ctx, f.plan);
    const auto rows = read_csv(f.render("data/cases.csv"));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == field_names("cases"));
    // Newest received first.
    CHECK(rows[1][0] == "DJ-2025-0002");
    const auto& a = rows[2];
    CHECK(a[0] == "DJ-2025-0001");
    CHECK(a.back() == f.site.cases[0].body);
    CHECK(a[14] == "35800.50");
    CHECK(a[15] == "2025-06-18");  // deadline: 3rd working day after Friday 06-13
    CHECK(a[16] == "on_time");
    CHECK(rows[1][16] == "overdue");  // no response to a 1-day consult received 07-01, as of 07-10
    CHECK(rows[1][10].empty());  // responded not set

    const auto timeline = read_csv(f.render("data/case_timeline.csv"));
    REQUIRE(timeline.size() == 2);
    CHECK(timeline[1] == std::vector<std::string>{"DJ-2025-0001", "2025-06-13", "收集", "居民来访反映电梯停运"});

    const auto projects = read_csv(f.render("data/projects.csv"));
    CHECK(projects[1][2] == "dongjie-hongqi;dongjie");
    const auto funding = read_csv(f.render("data/project_funding.csv"));
    REQUIRE(funding.size() == 3);
    CHECK(funding[2] == std::vector<std::string>{"DJ-P-2025-03", "社会资本", "1000000"});
}

TEST_CASE("JSON datasets parse, nest child lists and use the schema's names") {
    Fixture f(test_site::small_site());
    plan_open_data(*f.ctx, f.plan);
    const auto cases = nlohmann::json::parse(f.render("data/cases.json"));
    REQUIRE(cases.size() == 3);
    const auto& a = cases[1];
    CHECK(a["id"] == "DJ-2025-0001");
    CHECK(a["amount_recovered"] == 35800.5);
    CHECK(a["working_days_to_response"] == 1);
    CHECK(a["url"] == "https://gongkai.example.gov.cn/case/DJ-2025-0001.html");
    CHECK(a["timeline"][0]["step"] == "收集");
    CHECK_FALSE(a["timeline"][0].contains("case_id"));
    CHECK(cases[0]["responded"].is_null());
    for (const std::string& name : field_names("cases")) CHECK_MESSAGE(a.contains(name), name);

    const auto projects = nlohmann::json::parse(f.render("data/projects.json"));
    CHECK(projects[0]["units"] == nlohmann::json::array({"dongjie-hongqi", "dongjie"}));
    CHECK(projects[0]["milestones"][0]["done"] == true);
    CHECK(projects[0]["quantities"][0]["count"] == 78);
    CHECK(projects[0]["funding"].size() == 2);

    const auto notices = nlohmann::json::parse(f.render("data/notices.json"));
    CHECK(notices[1]["state"] == "expired");
    CHECK(notices[0]["valid_until"].is_null());
    CHECK(notices[0]["units"].empty());

    const auto units = nlohmann::json::parse(f.render("data/units.json"));
    CHECK(units.size() == 3);
    CHECK(units[0]["parent"].is_null());

    const auto package = nlohmann::json::parse(f.render("data/schema.json"));
    CHECK(package["profile"] == "tabular-data-package");
    bool found_category_enum = false;
    for (const auto& r : package["resources"])
        if (r["path"] == "cases.csv")
            for (const auto& field : r["schema"]["fields"])
                if (field["name"] == "category")
                    found_category_enum = field["constraints"]["enum"] == nlohmann::json::array({"property", "labour"});
    CHECK(found_category_enum);
}

TEST_CASE("Open311 requests: expected_datetime is the end of the deadline day") {
    Fixture f(test_site::small_site());
    plan_open_data(*f.ctx, f.plan);
    const auto requests = nlohmann::json::parse(f.render("data/open311/requests.json"));
    REQUIRE(requests.size() == 3);
    for (size_t k = 0; k < requests.size(); ++k) {
        const auto& r = requests[k];
        const size_t i = f.index.cases[k];
        CHECK(r["service_request_id"] == f.site.cases[i].id);
        CHECK(r["expected_datetime"] == f.timings[i].deadline.iso() + "T23:59:59+08:00");
        CHECK_FALSE(r.contains("lat"));
        CHECK_FALSE(r.contains("long"));
    }
    CHECK(requests[1]["status"] == "closed");
    CHECK(requests[1]["service_name"] == "物业服务");
    CHECK(requests[1]["agency_responsible"] == "红旗社区");
    CHECK(requests[1]["requested_datetime"] == "2025-06-13T00:00:00+08:00");
    CHECK(requests[1]["updated_datetime"] == "2025-06-20T00:00:00+08:00");
    CHECK(requests[0]["status"] == "open");
    const auto services = nlohmann::json::parse(f.render("data/open311/services.json"));
    CHECK(services.size() == 2);
}

TEST_CASE("case tables change fingerprint with a case edit or a verdict change, not a notice edit") {
    auto fp = [](const Site& s, const char* now) {
        Fixture f(s, *DateTime::parse(now));
        plan_open_data(*f.ctx, f.plan);
        return f.find("data/cases.csv")->fingerprint;
    };
    const Site site = test_site::small_site();
    const uint64_t base = fp(site, "2025-07-10 12:00");
    CHECK(fp(site, "2025-07-10 12:00") == base);
    CHECK(fp(site, "2025-07-11 09:00") == base);  // nothing crossed a deadline
    CHECK(fp(site, "2025-07-01 09:00") != base);  // case 0002 was still pending then
    Site notice_edit = site;
    notice_edit.notices[0].content_hash = 5;
    CHECK(fp(notice_edit, "2025-07-10 12:00") == base);
    Site case_edit = site;
    case_edit.cases[2].content_hash = 5;
    CHECK(fp(case_edit, "2025-07-10 12:00") != base);
}

TEST_CASE("large data files are streamed in bounded pieces that add up to the whole file") {
    Site s = test_site::small_site();
    const Case proto = s.cases[0];
    for (int i = 0; i < 1500; ++i) {
        Case c = proto;
        c.id = "DJ-2024-" + std::to_string(1000 + i);
        c.received = Date::from_ymd(2024, 1, 2) + int32_t(i % 300);
        c.responded.reset();
        c.closed.reset();
        c.status = CaseStatus::in_progress;
        c.body = std::string(300, 'x') + "，第" + std::to_string(i) + "件";
        c.content_hash = 5000 + uint64_t(i);
        s.cases.push_back(c);
    }
    Fixture f(std::move(s));
    plan_open_data(*f.ctx, f.plan);
    for (const char* path : {"data/cases.csv", "data/cases.json", "data/case_timeline.csv", "data/open311/requests.json"}) {
        CAPTURE(path);
        const PlannedFile* file = f.find(path);
        REQUIRE(file != nullptr);
        REQUIRE(file->stream);
        std::vector<size_t> pieces;
        std::string streamed;
        file->stream([&](std::string_view piece) {
            pieces.push_back(piece.size());
            streamed += piece;
        });
        CHECK(streamed == file->render());
        // No piece is the whole file: the writer never held it.
        if (streamed.size() > 200 * 1024) {
            CHECK(pieces.size() > 2);
            CHECK(*std::max_element(pieces.begin(), pieces.end()) < 100 * 1024);
        }
    }
    const std::string json = f.find("data/cases.json")->render();
    CHECK(json.size() > 200 * 1024);
    CHECK(nlohmann::json::parse(json).size() == 1503);
    const auto rows = read_csv(f.find("data/cases.csv")->render());
    CHECK(rows.size() == 1504);
}
