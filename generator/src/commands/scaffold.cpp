#include "commands/scaffold.hpp"

#include "content/site_config_loader.hpp"
#include "content/text_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
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

// Values from site.yaml that make a new file valid as soon as its texts are
// written: staff then change what differs instead of looking ids up.
struct Defaults {
    std::string unit = "请填写单位id";
    std::string case_category = "请填写类别id";
    std::string project_category = "请填写类别id";
    std::string contact = "12345";
};

Defaults defaults_from(const fs::path& content_dir) {
    Defaults d;
    Diagnostics ignored;  // a broken site.yaml is `gongkai check`'s to report
    auto text = read_text_file(content_dir / "site.yaml", "site.yaml", ignored);
    if (!text) return d;
    SiteConfig cfg = load_site_config(*text, "site.yaml", ignored);
    // The deepest unit first in the tree: records belong to communities and grids.
    const Unit* deepest = nullptr;
    for (const Unit& u : cfg.units)
        if (!deepest || u.depth > deepest->depth) deepest = &u;
    if (deepest) d.unit = deepest->id;
    if (!cfg.case_categories.empty()) d.case_category = cfg.case_categories.front().id;
    if (!cfg.project_categories.empty()) d.project_category = cfg.project_categories.front().id;
    if (!cfg.contacts.empty()) d.contact = cfg.contacts.front().number;
    return d;
}

std::string notice_template(const std::string& id, DateTime now, const Defaults& d) {
    return "---\n"
           "id: " + id + "\n"
           "title: 请填写通知标题\n"
           "category: other          # water | power | heating | gas | traffic | safety | anti_fraud | policy | event | other\n"
           "units: []                # 空表示全辖区；或 [社区id, ...]\n"
           "published: " + now.display() + "\n"
           "valid_from: " + now.display() + "\n"
           "# valid_until: " + (now.date + 7).iso() + "\n"
           "priority: normal         # normal | urgent\n"
           "contact: \"" + d.contact + "\"   # 必须是 site.yaml contacts 中的号码\n"
           "---\n"
           "请在这里写通知正文。\n";
}

std::string case_template(const std::string& id, DateTime now, const Defaults& d) {
    return "---\n"
           "id: " + id + "\n"
           "title: 请填写案件标题（不含真实姓名）\n"
           "unit: " + d.unit + "\n"
           "category: " + d.case_category + "\n"
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

std::string project_template(const std::string& id, DateTime now, const Defaults& d) {
    return "---\n"
           "id: " + id + "\n"
           "title: 请填写项目名称\n"
           "units: [" + d.unit + "]\n"
           "category: " + d.project_category + "\n"
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

Status scaffold_record(RecordKind kind, const fs::path& content_dir, DateTime now, fs::path& created) {
    KindInfo k = info(kind);
    fs::path dir = content_dir / k.dir;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Status::error("create", dir, ec);
    for (int n = 1; n < 10000; ++n) {
        char id[32];
        std::snprintf(id, sizeof id, "%s-%04d-%03d", k.prefix, now.date.year(), n);
        fs::path file = dir / (std::string(id) + ".md");
        if (fs::exists(file, ec)) continue;
        const Defaults defaults = defaults_from(content_dir);
        std::string text = kind == RecordKind::notice        ? notice_template(id, now, defaults)
                           : kind == RecordKind::case_record ? case_template(id, now, defaults)
                                                             : project_template(id, now, defaults);
        std::ofstream out(file, std::ios::binary);
        out << text;
        out.close();
        if (!out) return Status::error("write", file, std::strerror(errno));
        created = file;
        return Status::ok();
    }
    return Status::error("find a free id in", dir, "ids 001 to 9999 of this year are taken");
}

}  // namespace gongkai::gen
