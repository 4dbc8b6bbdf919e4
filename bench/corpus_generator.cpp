#include "corpus_generator.hpp"

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <vector>

namespace gongkai::bench {
namespace fs = std::filesystem;
namespace {

const char* kFragments[] = {
    "居民反映小区楼道照明长期损坏，夜间出行存在安全隐患，",
    "网格员接到诉求后当天上门查看，并联系物业公司维修人员，",
    "经社区调解员多次协调，双方就赔偿金额达成一致意见，",
    "街道综治中心组织司法所、派出所和社区召开联席会议，",
    "针对拖欠工资问题，劳动保障监察部门依法介入调查，",
    "社区“老街坊说事堂”邀请热心居民共同商议解决办法，",
    "施工单位已按约定完成修复，居民回访表示基本满意。",
    "因涉及多个部门职责，案件已按程序移交相关单位办理。",
    "工作人员提醒居民，购买保健品前务必核实商家资质，谨防以预付定金为名的诈骗。",
    "调解过程中，双方当事人情绪较为激动，调解员耐心疏导，",
    "经现场测量，漏水点位于楼上住户卫生间防水层，",
    "物业公司承诺在三个工作日内更换损坏设施，",
    "社区志愿服务队主动为独居老人提供上门帮办服务，",
    "相关费用由责任方承担，社区将持续跟踪回访。",
    "此次纠纷的妥善化解，体现了“小事不出网格、大事不出社区”的工作要求。",
    "办理结果已通过电话向诉求人反馈，并做好台账登记。",
};

std::string chinese_body(std::mt19937& rng, size_t min_chars, size_t max_chars) {
    std::uniform_int_distribution<size_t> pick(0, std::size(kFragments) - 1);
    std::uniform_int_distribution<size_t> target(min_chars, max_chars);
    size_t want = target(rng) * 3;  // UTF-8 bytes for CJK text
    std::string out;
    while (out.size() < want) out += kFragments[pick(rng)];
    return out;
}

std::string csv_quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string date_of(int year, int day_of_year) {
    static const int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int m = 0;
    while (day_of_year >= month_days[m]) day_of_year -= month_days[m++];
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, m + 1, day_of_year + 1);
    return buf;
}

struct UnitsTree {
    std::vector<std::string> grids;
    std::vector<std::string> communities;
    std::string yaml;
};

UnitsTree make_units() {
    UnitsTree t;
    std::ostringstream y;
    y << "units:\n  - id: d0\n    name: 示范区\n    kind: district\n    children:\n";
    for (int s = 0; s < 4; ++s) {
        y << "      - id: s" << s << "\n        name: 第" << s + 1 << "街道\n        kind: subdistrict\n        children:\n";
        for (int c = 0; c < 5; ++c) {
            std::string cid = "s" + std::to_string(s) + "c" + std::to_string(c);
            t.communities.push_back(cid);
            y << "          - id: " << cid << "\n            name: 幸福" << s * 5 + c + 1
              << "社区\n            kind: community\n            children:\n";
            for (int g = 0; g < 4; ++g) {
                std::string gid = cid + "g" + std::to_string(g);
                t.grids.push_back(gid);
                y << "              - {id: " << gid << ", name: 第" << g + 1 << "网格, kind: grid}\n";
            }
        }
    }
    t.yaml = y.str();
    return t;
}

const char* kCalendars[][2] = {
    {"2025.yaml",
     "year: 2025\nholidays:\n  - 2025-01-01\n  - 2025-01-28..2025-02-04\n  - 2025-04-04..2025-04-06\n"
     "  - 2025-05-01..2025-05-05\n  - 2025-05-31..2025-06-02\n  - 2025-10-01..2025-10-08\n"
     "makeup_workdays:\n  - 2025-01-26\n  - 2025-02-08\n  - 2025-04-27\n  - 2025-09-28\n  - 2025-10-11\n"},
    {"2026.yaml",
     "year: 2026\nholidays:\n  - 2026-01-01..2026-01-03\n  - 2026-02-15..2026-02-23\n  - 2026-04-04..2026-04-06\n"
     "  - 2026-05-01..2026-05-05\n  - 2026-06-19..2026-06-21\n  - 2026-09-25..2026-09-27\n"
     "  - 2026-10-01..2026-10-07\nmakeup_workdays:\n  - 2026-01-04\n  - 2026-02-14\n  - 2026-02-28\n"
     "  - 2026-05-09\n  - 2026-09-20\n  - 2026-10-10\n"},
};

void write_file(const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

std::string generate_corpus(const fs::path& dir, const CorpusSpec& spec) {
    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_empty(dir, ec)) return dir.string() + " is not empty";
    std::mt19937 rng(spec.seed);
    UnitsTree units = make_units();

    std::ostringstream site;
    site << "title: 基准测试站点\nbase_url: https://bench.example.gov.cn/\n" << units.yaml << "categories:\n  cases:\n";
    for (int c = 0; c < 20; ++c) site << "    - {id: cat" << c << ", label: 类别" << c + 1 << "}\n";
    site << "  projects:\n";
    for (int c = 0; c < 6; ++c) site << "    - {id: p" << c << ", label: 项目类别" << c + 1 << "}\n";
    site << "contacts:\n  - {name: 服务中心, number: 0471-6900000}\n  - {name: 便民热线, number: \"12345\"}\n"
         << "kiosk:\n  centre_name: 示范区综治中心\n  opening_hours: 周一至周五 8:30-18:00\n  pin: \"1234\"\n";
    write_file(dir / "site.yaml", site.str());
    for (auto& [name, text] : kCalendars) write_file(dir / "calendar" / name, text);

    const char* channels[] = {"walk_in", "hotline_12345", "grid_patrol", "petition", "online"};
    const char* levels[] = {"consult", "general", "important", "complex"};
    const char* sats[] = {"satisfied", "basically_satisfied", "unsatisfied", "not_rated"};
    std::uniform_int_distribution<int> day(0, 364), small(0, 99);
    for (int year : {2025, 2026}) {
        std::ostringstream csv;
        csv << "id,title,unit,category,channel,level,received,responded,closed,status,satisfaction,"
               "amount_recovered,summary\n";
        size_t n = year == 2025 ? spec.cases / 2 : spec.cases - spec.cases / 2;
        for (size_t i = 0; i < n; ++i) {
            int d = day(rng) % (year == 2026 ? 320 : 365);
            int r = small(rng);
            bool closed = r < 85;
            std::string received = date_of(year, d);
            std::string responded = date_of(year, std::min(d + 1 + r % 6, 364));
            std::string close = closed ? date_of(year, std::min(d + 3 + r % 12, 364)) : "";
            const char* status = closed ? (r < 80 ? "resolved" : "unresolved") : (r < 92 ? "in_progress" : "received");
            csv << "B-" << year << "-" << i << ",诉求事项" << i << "," << units.grids[i % units.grids.size()] << ",cat"
                << (i * 7) % 20 << "," << channels[i % 5] << "," << levels[(i / 5) % 4] << "," << received << ","
                << (r < 95 ? responded : "") << "," << close << "," << status << "," << sats[r % 4] << ","
                << (r % 10 == 0 ? "3580" : "") << "," << csv_quote(chinese_body(rng, 300, 600)) << "\n";
        }
        write_file(dir / "cases" / ("register-" + std::to_string(year) + ".csv"), csv.str());
    }

    for (size_t i = 0; i < spec.cases / 20; ++i) {
        std::ostringstream p;
        int progress = int(i % 101);
        p << "---\nid: P" << i << "\ntitle: 民生项目" << i << "\nunits: [" << units.communities[i % units.communities.size()]
          << "]\ncategory: p" << i % 6 << "\nstatus: " << (progress == 100 ? "completed" : "in_progress")
          << "\nbudget: 1000000\nfunding:\n  - {source: 区级财政, amount: 600000}\n  - {source: 社会资本, amount: 400000}\n"
          << "spent: 500000\nbeneficiaries: 3000\nstart: 2025-03-01\nplanned_end: 2026-12-31\n"
          << (progress == 100 ? "completed: 2026-06-30\n" : "") << "progress: " << progress
          << "\nmilestones:\n  - {date: 2025-05-01, title: 完成立项, done: true}\n"
          << "quantities:\n  - {item: 充电桩, count: 78, unit: 个}\n---\n"
          << chinese_body(rng, 300, 600) << "\n";
        write_file(dir / "projects" / ("p" + std::to_string(i) + ".md"), p.str());
    }
    const char* notice_cats[] = {"water", "power", "heating", "gas", "traffic", "safety", "anti_fraud", "policy", "event", "other"};
    for (size_t i = 0; i < spec.cases / 10; ++i) {
        std::ostringstream n;
        std::string from = date_of(2026, int(i % 330));
        n << "---\nid: N" << i << "\ntitle: 通知公告" << i << "\ncategory: " << notice_cats[i % 10] << "\n"
          << (i % 3 == 0 ? "" : "units: [" + units.communities[i % units.communities.size()] + "]\n")
          << "published: " << from << " 09:00\nvalid_from: " << from << " 09:00\nvalid_until: "
          << date_of(2026, int(i % 330) + 20) << "\npriority: " << (i % 17 == 0 ? "urgent" : "normal")
          << "\ncontact: 0471-6900000\n---\n" << chinese_body(rng, 300, 600) << "\n";
        write_file(dir / "notices" / ("n" + std::to_string(i) + ".md"), n.str());
    }
    write_file(dir / "pages" / "about.md", "---\ntitle: 关于我们\norder: 1\n---\n示范区综治中心简介。\n");
    return "";
}

fs::path edit_notice(const fs::path& dir, size_t n) {
    fs::path p = dir / "notices" / ("n" + std::to_string(n) + ".md");
    std::ofstream(p, std::ios::app) << "\n补充说明：请居民相互转告。\n";
    return p;
}

}  // namespace gongkai::bench
