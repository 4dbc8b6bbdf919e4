// data/*.csv and data/*.json: one CSV per table (child lists in their own
// CSV files keyed by the parent id) and one JSON array per record type with
// the child lists nested (docs/open-data.md).

#include "gongkai/hash.hpp"
#include "page_graph/site_index.hpp"
#include "outputs/open_data_internal.hpp"
#include "outputs/open_data_writers.hpp"
#include "outputs/outputs.hpp"
#include "outputs/streamed_file.hpp"

#include <functional>
#include <memory>

namespace gongkai::gen {

namespace {

struct ChildTable {
    const DatasetSchema* schema;
    std::string json_member;  // "timeline"
    std::function<std::vector<Row>(size_t)> rows;
};

// One record type: its rows in publication order and its child lists.
struct Table {
    const DatasetSchema* schema;
    std::vector<size_t> order;
    std::function<Row(size_t)> row;
    std::vector<ChildTable> children;
};

void stream_csv(const Table& t, const WriteFn& write) {
    Pieces out(write);
    out.text() += kUtf8Bom;
    append_csv_header(out.text(), *t.schema);
    for (size_t i : t.order) {
        append_csv_row(out.text(), t.row(i));
        out.maybe_flush();
    }
    out.finish();
}

void stream_child_csv(const Table& t, const ChildTable& child, const WriteFn& write) {
    Pieces out(write);
    out.text() += kUtf8Bom;
    append_csv_header(out.text(), *child.schema);
    for (size_t i : t.order) {
        for (const Row& r : child.rows(i)) append_csv_row(out.text(), r);
        out.maybe_flush();
    }
    out.finish();
}

void stream_json(const Table& t, const WriteFn& write) {
    Pieces pieces(write);
    std::string& out = pieces.text();
    out += '[';
    bool first = true;
    for (size_t i : t.order) {
        out += first ? "\n{" : ",\n{";
        first = false;
        append_json_members(out, *t.schema, t.row(i));
        for (const ChildTable& child : t.children) {
            out += ",\"" + child.json_member + "\":[";
            bool first_child = true;
            for (const Row& r : child.rows(i)) {
                out += first_child ? "{" : ",{";
                first_child = false;
                // Field 0 is the parent id, implied by nesting.
                append_json_members(out, *child.schema, r, 1);
                out += '}';
            }
            out += ']';
        }
        out += '}';
        pieces.maybe_flush();
    }
    out += "\n]\n";
    pieces.finish();
}

void plan_table(const std::shared_ptr<const Table>& t, uint64_t fingerprint, OutputPlan& plan) {
    for (const std::string& path : t->schema->files) {
        if (path.ends_with(".csv"))
            plan.push_back(streamed_file(path, fingerprint, [t](const WriteFn& write) { stream_csv(*t, write); }));
        else
            plan.push_back(streamed_file(path, fingerprint, [t](const WriteFn& write) { stream_json(*t, write); }));
    }
    for (const ChildTable& child : t->children) {
        const ChildTable* c = &child;
        plan.push_back(streamed_file(child.schema->files.front(), fingerprint,
                                     [t, c](const WriteFn& write) { stream_child_csv(*t, *c, write); }));
    }
}

std::vector<size_t> iota(size_t n) {
    std::vector<size_t> v(n);
    for (size_t i = 0; i < n; ++i) v[i] = i;
    return v;
}

}  // namespace

uint64_t cases_fingerprint(const RenderContext& ctx) {
    uint64_t h = hash_combine(ctx.global_fingerprint, hash64("cases"));
    for (size_t i = 0; i < ctx.site.cases.size(); ++i) {
        h = hash_combine(h, ctx.site.cases[i].content_hash);
        h = hash_combine(h, static_cast<uint64_t>(ctx.timings[i].verdict));
    }
    return h;
}

void plan_open_data(const RenderContext& ctx, OutputPlan& plan) {
    const Site& site = ctx.site;
    const RenderContext* c = &ctx;

    auto cases = std::make_shared<Table>(Table{&dataset_schema("cases"), ctx.index.cases,
                                               [c](size_t i) { return case_row(*c, i); }, {}});
    cases->children.push_back({&dataset_schema("case_timeline"), "timeline",
                               [c](size_t i) { return case_timeline_rows(c->site.cases[i]); }});
    const uint64_t cases_fp = cases_fingerprint(ctx);
    plan_table(cases, cases_fp, plan);

    auto projects = std::make_shared<Table>(Table{&dataset_schema("projects"), ctx.index.projects,
                                                  [c](size_t i) { return project_row(*c, i); }, {}});
    projects->children.push_back({&dataset_schema("project_funding"), "funding",
                                  [c](size_t i) { return project_funding_rows(c->site.projects[i]); }});
    projects->children.push_back({&dataset_schema("project_milestones"), "milestones",
                                  [c](size_t i) { return project_milestone_rows(c->site.projects[i]); }});
    projects->children.push_back({&dataset_schema("project_quantities"), "quantities",
                                  [c](size_t i) { return project_quantity_rows(c->site.projects[i]); }});
    uint64_t projects_fp = hash_combine(ctx.global_fingerprint, hash64("projects"));
    for (const Project& p : site.projects) projects_fp = hash_combine(projects_fp, p.content_hash);
    plan_table(projects, projects_fp, plan);

    auto notices = std::make_shared<Table>(Table{&dataset_schema("notices"), ctx.index.notices_by_published,
                                                 [c](size_t i) { return notice_row(*c, i); }, {}});
    // The published `state` column depends on the build time.
    uint64_t notices_fp = hash_combine(ctx.global_fingerprint, hash64("notices"));
    for (const Notice& n : site.notices) {
        notices_fp = hash_combine(notices_fp, n.content_hash);
        notices_fp = hash_combine(notices_fp, static_cast<uint64_t>(notice_state(n, ctx.now)));
    }
    plan_table(notices, notices_fp, plan);

    auto units = std::make_shared<Table>(Table{&dataset_schema("units"), iota(site.config.units.size()),
                                               [c](size_t i) { return unit_row(*c, c->site.config.units[i]); }, {}});
    // Units come from site.yaml, which the global fingerprint covers.
    plan_table(units, hash_combine(ctx.global_fingerprint, hash64("units")), plan);

    plan.push_back({"data/schema.json", hash_combine(ctx.global_fingerprint, hash64("schema.json")),
                    [c] { return render_open_data_package(c->site.config); }});
    plan_open311(ctx, plan, cases_fp);
}

}  // namespace gongkai::gen
