// The published description of every open-data table. The row builders in
// open_data_rows.cpp emit cells in exactly this field order; a test checks it.

#include "outputs/outputs.hpp"

namespace gongkai::gen {

namespace {

enum class Presence { optional, required };

FieldSchema field(std::string name, std::string type, std::string title_zh, std::string description_zh,
                  std::string description_en, Presence presence = Presence::optional) {
    FieldSchema f;
    f.name = std::move(name);
    f.type = std::move(type);
    f.title_zh = std::move(title_zh);
    f.description_zh = std::move(description_zh);
    f.description_en = std::move(description_en);
    f.required = presence == Presence::required;
    return f;
}

FieldSchema with_allowed(FieldSchema f, std::vector<std::string> allowed) {
    f.allowed = std::move(allowed);
    return f;
}

// The machine ids of `values`, for a field's allowed list.
template <class Enum>
std::vector<std::string> ids(const std::vector<Enum>& values) {
    std::vector<std::string> out;
    for (Enum v : values) out.emplace_back(id_of(v));
    return out;
}

FieldSchema from_site(FieldSchema f, std::string list) {
    f.allowed_from_site = std::move(list);
    return f;
}

FieldSchema url_field() {
    return field("url", "string", "网址", "本条记录在网站上的页面的绝对网址",
                 "Absolute URL of the record's page on the website", Presence::required);
}

DatasetSchema cases() {
    DatasetSchema d{"cases", "矛盾纠纷与群众诉求", "每件矛盾纠纷或群众诉求一行，当事人均为化名，不含个人信息",
                    "One row per dispute or request; names are pseudonyms and nothing personal is published",
                    {"data/cases.csv", "data/cases.json"}, "", {}};
    d.fields = {
        field("id", "string", "编号", "案件编号", "Case id", Presence::required),
        field("title", "string", "标题", "简要标题（已匿名）", "Short anonymised title", Presence::required),
        from_site(field("unit", "string", "所属单位", "所属单位（网格、社区等）的编号", "Id of the unit the case belongs to", Presence::required), "units"),
        field("unit_name", "string", "所属单位名称", "所属单位的中文名称", "Name of that unit", Presence::required),
        from_site(field("category", "string", "类别", "类别编号", "Category id", Presence::required), "categories.cases"),
        field("category_label", "string", "类别名称", "类别的中文名称", "Category label", Presence::required),
        with_allowed(field("channel", "string", "来源渠道", "来访、12345热线、网格巡查、信访或网上", "How the case came in", Presence::required),
                     ids(all_channels())),
        from_site(field("level", "string", "办理时限类别", "“13715”时限类别编号", "Deadline class id (\"13715\" rules)", Presence::required), "deadline_classes"),
        field("level_label", "string", "办理时限类别名称", "时限类别的中文名称", "Deadline class label", Presence::required),
        field("received", "date", "受理日期", "受理日期", "Date received", Presence::required),
        field("responded", "date", "首次答复日期", "首次实质性答复日期；空表示尚未答复", "Date of the first substantive answer; empty when none yet"),
        field("closed", "date", "办结日期", "办结日期；空表示尚未办结", "Date closed; empty while open"),
        with_allowed(field("status", "string", "办理状态", "已受理、办理中、已化解、未化解或已移交", "Case status", Presence::required),
                     ids(all_case_statuses())),
        with_allowed(field("satisfaction", "string", "群众评价", "满意、基本满意、不满意或未评价", "Satisfaction of the people concerned", Presence::required),
                     ids(all_satisfactions())),
        field("amount_recovered", "number", "挽回金额（元）", "为群众挽回或追回的金额，单位元", "Money recovered for the people concerned, in yuan"),
        field("deadline", "date", "办理期限", "受理后第N个工作日（受理当日不计，节假日不计，调休上班日计入）",
              "The Nth working day after receipt (receipt day not counted; holidays skipped, make-up working days counted)", Presence::required),
        with_allowed(field("verdict", "string", "时限结论", "按时、超时、办理中、已逾期（以生成日期为准）",
                           "Deadline verdict as of the build date", Presence::required),
                     {"on_time", "late", "pending", "overdue"}),
        field("working_days_to_response", "integer", "答复用时（工作日）", "受理到首次答复的工作日数", "Working days from receipt to the first answer"),
        field("working_days_to_close", "integer", "办结用时（工作日）", "受理到办结的工作日数", "Working days from receipt to closing"),
        url_field(),
        field("summary", "string", "处置情况", "处置经过与结果（Markdown，化名）", "Outcome story (Markdown, pseudonyms only)"),
    };
    return d;
}

DatasetSchema case_timeline() {
    DatasetSchema d{"case_timeline", "案件办理过程", "闭环流程：收集、交办、处置、反馈、复盘",
                    "Steps of each case through the closed loop (collect, assign, handle, feedback, review)",
                    {"data/case_timeline.csv"}, "cases", {}};
    d.fields = {
        field("case_id", "string", "案件编号", "所属案件编号", "Id of the case", Presence::required),
        field("date", "date", "日期", "日期", "Date of the step", Presence::required),
        field("step", "string", "环节", "收集、交办、处置、反馈或复盘", "Step of the loop", Presence::required),
        field("note", "string", "说明", "本环节的说明", "What happened"),
    };
    return d;
}

DatasetSchema projects() {
    DatasetSchema d{"projects", "民生项目", "为民实事和民生项目清单", "Livelihood projects",
                    {"data/projects.csv", "data/projects.json"}, "", {}};
    d.fields = {
        field("id", "string", "编号", "项目编号", "Project id", Presence::required),
        field("title", "string", "名称", "项目名称", "Project title", Presence::required),
        from_site(field("units", "array", "实施单位", "实施单位编号；CSV中以分号分隔", "Unit ids; separated by ';' in CSV", Presence::required), "units"),
        field("unit_names", "array", "实施单位名称", "实施单位名称；CSV中以分号分隔", "Unit names; separated by ';' in CSV", Presence::required),
        from_site(field("category", "string", "类别", "类别编号", "Category id", Presence::required), "categories.projects"),
        field("category_label", "string", "类别名称", "类别的中文名称", "Category label", Presence::required),
        with_allowed(field("status", "string", "状态", "计划中、实施中、已完成或暂停", "Project status", Presence::required),
                     ids(all_project_statuses())),
        field("budget", "number", "预算（元）", "总预算，单位元；等于各资金来源之和", "Budget in yuan; equals the sum of funding", Presence::required),
        field("spent", "number", "已支出（元）", "已支出金额，单位元", "Money spent so far, in yuan"),
        field("beneficiaries", "integer", "受益人数", "受益群众人数", "People who benefit"),
        field("start", "date", "开工日期", "开始日期", "Start date"),
        field("planned_end", "date", "计划完成日期", "计划完成日期", "Planned completion date"),
        field("completed", "date", "完成日期", "实际完成日期", "Actual completion date"),
        field("progress", "integer", "进度（%）", "0到100；已完成为100", "Progress 0-100; completed means 100", Presence::required),
        url_field(),
        field("body", "string", "项目说明", "项目说明（Markdown）", "Description (Markdown)"),
    };
    return d;
}

DatasetSchema project_funding() {
    DatasetSchema d{"project_funding", "项目资金来源", "每个项目的资金来源", "Funding sources of each project",
                    {"data/project_funding.csv"}, "projects", {}};
    d.fields = {
        field("project_id", "string", "项目编号", "所属项目编号", "Id of the project", Presence::required),
        field("source", "string", "资金来源", "资金来源", "Funding source", Presence::required),
        field("amount", "number", "金额（元）", "金额，单位元", "Amount in yuan", Presence::required),
    };
    return d;
}

DatasetSchema project_milestones() {
    DatasetSchema d{"project_milestones", "项目节点", "每个项目的关键节点", "Milestones of each project",
                    {"data/project_milestones.csv"}, "projects", {}};
    d.fields = {
        field("project_id", "string", "项目编号", "所属项目编号", "Id of the project", Presence::required),
        field("date", "date", "日期", "节点日期", "Milestone date", Presence::required),
        field("title", "string", "节点", "节点名称", "Milestone", Presence::required),
        field("done", "boolean", "已完成", "true表示已完成", "true when reached", Presence::required),
    };
    return d;
}

DatasetSchema project_quantities() {
    DatasetSchema d{"project_quantities", "项目建设内容", "每个项目的建设数量，如充电桩78个",
                    "Quantities delivered by each project, e.g. 78 charging piles",
                    {"data/project_quantities.csv"}, "projects", {}};
    d.fields = {
        field("project_id", "string", "项目编号", "所属项目编号", "Id of the project", Presence::required),
        field("item", "string", "内容", "建设内容", "Item", Presence::required),
        field("count", "integer", "数量", "数量", "Count", Presence::required),
        field("unit", "string", "计量单位", "计量单位，如个、处", "Unit of measure", Presence::required),
    };
    return d;
}

DatasetSchema notices() {
    DatasetSchema d{"notices", "通知公告", "面向居民的通知公告，含已过期的", "Resident notices, including expired ones",
                    {"data/notices.csv", "data/notices.json"}, "", {}};
    d.fields = {
        field("id", "string", "编号", "公告编号", "Notice id", Presence::required),
        field("title", "string", "标题", "公告标题", "Title", Presence::required),
        from_site(field("category", "string", "类别", "类别编号", "Category id", Presence::required), "categories.notices"),
        field("category_label", "string", "类别名称", "类别的中文名称", "Category label", Presence::required),
        from_site(field("units", "array", "面向单位", "面向的单位编号，空表示全辖区；CSV中以分号分隔",
                        "Audience unit ids, empty for the whole site; separated by ';' in CSV"), "units"),
        field("published", "datetime", "发布时间", "发布时间（RFC 3339，含时区）", "Publication time (RFC 3339 with offset)", Presence::required),
        field("valid_from", "datetime", "生效时间", "生效时间", "Start of validity", Presence::required),
        field("valid_until", "datetime", "失效时间", "失效时间（不含）；空表示长期有效", "End of validity (exclusive); empty when open-ended"),
        with_allowed(field("priority", "string", "紧急程度", "一般或紧急", "Priority", Presence::required), {"normal", "urgent"}),
        from_site(field("contact", "string", "联系电话", "官方联系电话", "Official contact number"), "contacts"),
        with_allowed(field("state", "string", "状态", "即将生效、生效中或已过期（以生成时间为准）", "State as of the build time", Presence::required),
                     ids(std::vector{NoticeState::upcoming, NoticeState::active, NoticeState::expired})),
        url_field(),
        field("body", "string", "正文", "正文（Markdown）", "Body (Markdown)"),
    };
    return d;
}

DatasetSchema units() {
    DatasetSchema d{"units", "行政单位", "区（旗）、街道、镇、社区、村和网格", "The administrative tree",
                    {"data/units.csv", "data/units.json"}, "", {}};
    d.fields = {
        field("id", "string", "编号", "单位编号", "Unit id", Presence::required),
        field("name", "string", "名称", "单位名称", "Name", Presence::required),
        with_allowed(field("kind", "string", "层级", "区（旗）、街道、镇、社区、村或网格", "Kind of unit", Presence::required),
                     {"district", "subdistrict", "town", "community", "village", "grid"}),
        field("parent", "string", "上级单位", "上级单位编号；空表示最上级", "Parent unit id; empty for the root"),
        field("depth", "integer", "层级深度", "0表示最上级", "0 for the root", Presence::required),
        url_field(),
    };
    return d;
}

}  // namespace

const std::vector<DatasetSchema>& open_data_schema() {
    static const std::vector<DatasetSchema> schema = {
        cases(), case_timeline(), projects(), project_funding(), project_milestones(), project_quantities(),
        notices(), units(),
    };
    return schema;
}

}  // namespace gongkai::gen
