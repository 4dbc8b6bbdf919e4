#pragma once
// What each screen shows for a snapshot, as plain strings and numbers:
// the rules (which notices, which year, which figures) live here, not in
// layout or drawing. Everything reads through core's SnapshotReader.

#include "screens/route.hpp"

#include "gongkai/snapshot.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gongkai::kiosk {

struct Figure {
    std::string label;
    std::string value;  // "1,234" / "85.3%" / "120.5万"
    std::string unit;   // "件" / "元" / ""
};

struct Field {
    std::string label, value;
};

struct ListRow {
    std::string id;
    std::string title;
    std::string detail;  // one line under the title
    std::string badge;   // "紧急" / status label, may be empty
    bool urgent = false;
    int progress = -1;   // 0..100 for projects, -1 otherwise
};

struct Section {
    std::string heading;
    std::vector<ListRow> rows;
};

struct HomeModel {
    std::string centre_name;
    std::string date_line;   // "2025年6月20日 周五 09:30"
    std::vector<Figure> figures;
    std::vector<ListRow> ticker;  // active urgent notices
};

struct NoticeListModel {
    std::vector<Section> sections;  // active by category, upcoming, recently expired
};

struct NoticeDetailModel {
    std::string id, title, badge;
    bool urgent = false;
    std::vector<Field> fields;
    std::string body_markdown;
    std::string qr_url;
};

struct CasesModel {
    std::string period_label;  // "2025年"
    std::vector<Figure> figures;
    std::vector<ListRow> by_level;     // id = level id, detail = count
    std::vector<ListRow> by_category;  // id = category id
};

struct CaseListModel {
    std::string heading;  // "全部案件" or a category label
    int64_t total = 0;
    int page = 0, pages = 1;
    std::vector<ListRow> rows;
};

struct CaseDetailModel {
    std::string id, title, badge;
    std::vector<Field> fields;
    std::vector<Field> timeline;  // label = "2025-06-03 收集", value = note
    std::string body_markdown;
    std::string qr_url;
};

struct ProjectListModel {
    std::vector<ListRow> rows;
};

struct ProjectDetailModel {
    std::string id, title, badge;
    int progress = 0;
    std::vector<Field> fields;
    std::vector<Field> funding;     // source, "60万（60.0%）"
    std::vector<Field> milestones;  // "2025-03-01 立项", "已完成"/"未完成"
    std::vector<Field> quantities;
    std::string body_markdown;
    std::string qr_url;
};

struct UnitsModel {
    std::vector<ListRow> rows;  // communities and villages, grouped by parent in the detail line
};

struct UnitModel {
    std::string id, name, kind;
    std::vector<Figure> figures;
    std::vector<ListRow> notices;
    std::vector<ListRow> projects;
    std::string qr_url;
};

struct AboutModel {
    std::string centre_name, address, opening_hours;
    std::vector<std::string> services;
    std::vector<Field> contacts;
    std::string body_markdown;  // the "about" page when the site has one
};

enum class SlideKind { urgent_notice, key_figures, completed_project };
struct Slide {
    SlideKind kind = SlideKind::key_figures;
    std::string id;  // notice or project id
    std::string heading;
    std::string title;
    std::vector<Figure> figures;
    std::string text;
};

// "2025年6月20日 周五 09:30"
std::string display_now(DateTime now);
std::string data_as_of(const SnapshotMeta& meta);

HomeModel home_model(const SnapshotReader& s, DateTime now);
NoticeListModel notice_list_model(const SnapshotReader& s, DateTime now);
std::optional<NoticeDetailModel> notice_detail_model(const SnapshotReader& s, const std::string& id, DateTime now);
CasesModel cases_model(const SnapshotReader& s, DateTime now);
// `category`/`level` "" = any. `page` is clamped to the available pages.
CaseListModel case_list_model(const SnapshotReader& s, const std::string& category, const std::string& level,
                              int page, int page_size);
std::optional<CaseDetailModel> case_detail_model(const SnapshotReader& s, const std::string& id);
ProjectListModel project_list_model(const SnapshotReader& s);
std::optional<ProjectDetailModel> project_detail_model(const SnapshotReader& s, const std::string& id);
UnitsModel units_model(const SnapshotReader& s);
std::optional<UnitModel> unit_model(const SnapshotReader& s, const std::string& id, DateTime now);
AboutModel about_model(const SnapshotReader& s);
// Urgent notices first, then key figures, then completed projects.
std::vector<Slide> attract_slides(const SnapshotReader& s, DateTime now);

// Whether a route's item still exists in `s` (after a snapshot swap).
bool route_exists(const SnapshotReader& s, const Route& r);

}  // namespace gongkai::kiosk
