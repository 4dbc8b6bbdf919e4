#include "build/scaffold.hpp"

#include <cstdio>
#include <fstream>

namespace gongkai::gen {
namespace fs = std::filesystem;
namespace {

struct KindInfo {
    const char* dir;
    const char* prefix;
};

KindInfo info(RecordKind kind) {
    switch (kind) {
        case RecordKind::notice: return {"notices", "N"};
        case RecordKind::case_record: return {"cases", "C"};
        case RecordKind::project: return {"projects", "P"};
    }
    return {"notices", "N"};
}

std::string notice_template(const std::string& id, DateTime now) {
    return "---\n"
           "id: " + id + "\n"
           "title: 请填写通知标题\n"
           "category: other          # water | power | heating | gas | traffic | safety | anti_fraud | policy | event | other\n"
           "units: []                # 空表示全辖区；或 [社区id, ...]\n"
           "published: " + now.display() + "\n"
           "valid_from: " + now.display() + "\n"
           "# valid_until: " + (now.date + 7).iso() + "\n"
           "priority: normal         # normal | urgent\n"
           "contact: \"12345\"         # 必须是 site.yaml contacts 中的号码\n"
           "---\n"
           "请在这里写通知正文。\n";
}

std::string case_template(const std::string& id, DateTime now) {
    return "---\n"
           "id: " + id + "\n"
           "title: 请填写案件标题（不含真实姓名）\n"
           "unit: 请填写单位id\n"
           "category: 请填写类别id\n"
           "channel: walk_in         # walk_in | hotline_12345 | grid_patrol | petition | online\n"
           "level: general           # consult | general | important | complex\n"
           "received: " + now.date.iso() + "\n"
           "# responded: \n"
           "# closed: \n"
           "status: received         # received | in_progress | resolved | unresolved | referred\n"
           "satisfaction: not_rated  # satisfied | basically_satisfied | unsatisfied | not_rated\n"
           "timeline:\n"
           "  - {date: " + now.date.iso() + ", step: 收集, note: 受理登记}\n"
           "---\n"
           "请用化名写下办理经过和结果。\n";
}

std::string project_template(const std::string& id, DateTime now) {
    return "---\n"
           "id: " + id + "\n"
           "title: 请填写项目名称\n"
           "units: [请填写单位id]\n"
           "category: 请填写类别id\n"
           "status: planned          # planned | in_progress | completed | suspended\n"
           "budget: 0\n"
           "funding:\n"
           "  - {source: 请填写资金来源, amount: 0}\n"
           "start: " + now.date.iso() + "\n"
           "planned_end: " + (now.date + 90).iso() + "\n"
           "progress: 0\n"
           "milestones: []\n"
           "quantities: []\n"
           "---\n"
           "请在这里介绍项目内容。\n";
}

}  // namespace

std::string scaffold_record(RecordKind kind, const fs::path& content_dir, DateTime now, fs::path& created) {
    KindInfo k = info(kind);
    fs::path dir = content_dir / k.dir;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return "cannot create " + dir.string() + ": " + ec.message();
    for (int n = 1; n < 10000; ++n) {
        char id[32];
        std::snprintf(id, sizeof id, "%s-%04d-%03d", k.prefix, now.date.year(), n);
        fs::path file = dir / (std::string(id) + ".md");
        if (fs::exists(file, ec)) continue;
        std::string text = kind == RecordKind::notice        ? notice_template(id, now)
                           : kind == RecordKind::case_record ? case_template(id, now)
                                                             : project_template(id, now);
        std::ofstream out(file, std::ios::binary);
        out << text;
        if (!out) return "cannot write " + file.string();
        created = file;
        return "";
    }
    return "no free id in " + dir.string();
}

}  // namespace gongkai::gen
