#include "content/markdown_doc.hpp"
#include "content/record_loaders.hpp"
#include "gongkai/hash.hpp"

#include <algorithm>
#include <limits>

namespace gongkai::gen {

namespace {

void read_lists(YamlFields& f, Project& p) {
    f.each_map("funding", [&](YamlFields& item) {
        Funding funding;
        if (auto v = item.text("source", Need::required)) funding.source = std::move(*v);
        if (auto v = item.money("amount", Need::required)) funding.amount = *v;
        p.funding.push_back(std::move(funding));
    });
    f.each_map("milestones", [&](YamlFields& item) {
        Milestone m;
        const auto date = item.date("date", Need::required);
        if (date) m.date = *date;
        if (auto v = item.text("title", Need::required)) m.title = std::move(*v);
        if (auto v = item.boolean("done", Need::optional)) m.done = *v;
        if (date) p.milestones.push_back(std::move(m));
    });
    f.each_map("quantities", [&](YamlFields& item) {
        Quantity q;
        if (auto v = item.text("item", Need::required)) q.item = std::move(*v);
        if (auto v = item.integer("count", Need::required)) {
            if (*v < 0)
                item.error("count", std::to_string(*v) + " is negative (expected a count of 0 or more)");
            q.count = *v;
        }
        if (auto v = item.text("unit", Need::optional)) q.unit = std::move(*v);
        p.quantities.push_back(std::move(q));
    });
}

}  // namespace

std::optional<Project> load_project(std::string_view text, const std::string& shown, Diagnostics& diags) {
    auto doc = parse_markdown_doc(text, shown, diags);
    if (!doc) return std::nullopt;
    Project p;
    p.origin = std::move(doc->origin);
    YamlFields f(doc->front_matter, doc->yaml_line, shown, diags, &p.origin);
    if (auto v = f.id("id", Need::required)) p.id = std::move(*v);
    if (auto v = f.text("title", Need::required)) p.title = std::move(*v);
    p.units = f.text_list("units");
    if (p.units.empty()) f.error("units", "required field is missing (expected one or more unit ids)");
    if (auto v = f.id("category", Need::required)) p.category = std::move(*v);
    static constexpr ProjectStatus statuses[] = {ProjectStatus::planned, ProjectStatus::in_progress,
                                                 ProjectStatus::completed, ProjectStatus::suspended};
    if (auto v = f.choice<ProjectStatus>("status", Need::required, parse_project_status, statuses))
        p.status = *v;
    if (auto v = f.money("budget", Need::required)) p.budget = *v;
    p.spent = f.money("spent", Need::optional);
    if (auto v = f.integer("beneficiaries", Need::optional)) {
        if (*v < 0)
            f.error("beneficiaries", std::to_string(*v) + " is negative (expected a number of people)");
        else
            p.beneficiaries = *v;
    }
    p.start = f.date("start", Need::optional);
    p.planned_end = f.date("planned_end", Need::optional);
    p.completed = f.date("completed", Need::optional);
    if (auto v = f.integer("progress", Need::optional)) {
        // The 0..100 rule is validate_site's; here only keep the value representable.
        constexpr int64_t limit = std::numeric_limits<int>::max();
        p.progress = static_cast<int>(std::clamp<int64_t>(*v, -limit, limit));
    }
    read_lists(f, p);
    f.reject_unknown();
    p.body = std::string(doc->body);
    p.content_hash = hash64(text);
    return p;
}

}  // namespace gongkai::gen
