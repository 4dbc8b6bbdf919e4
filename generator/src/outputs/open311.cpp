// Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) views of the
// cases, so tools built for city service requests can read them. Only
// published fields appear; there is no location beyond the unit name.

#include "gongkai/hash.hpp"
#include "gongkai/labels.hpp"
#include "page_graph/site_index.hpp"
#include "outputs/open_data_internal.hpp"
#include "outputs/streamed_file.hpp"
#include "outputs/text_escape.hpp"

#include <algorithm>

namespace gongkai::gen {

namespace {

std::string start_of_day(Date d, int offset) { return d.iso() + "T00:00:00" + utc_offset_text(offset); }

// One "name":"value" pair of the object `out` ends inside.
void member(std::string& out, std::string_view name, std::string_view value) {
    if (out.back() != '{') out += ',';
    append_json_string(out, name);
    out += ':';
    append_json_string(out, value);
}

Date last_update(const Case& c) {
    Date d = c.received;
    if (c.responded) d = std::max(d, *c.responded);
    if (c.closed) d = std::max(d, *c.closed);
    for (const TimelineEntry& e : c.timeline) d = std::max(d, e.date);
    return d;
}

void stream_requests(const RenderContext& ctx, const WriteFn& write) {
    const SiteConfig& cfg = ctx.site.config;
    const int offset = cfg.utc_offset_minutes;
    Pieces pieces(write);
    std::string& out = pieces.text();
    out += '[';
    bool first = true;
    for (size_t i : ctx.index.cases) {
        const Case& c = ctx.site.cases[i];
        const CaseTiming& t = ctx.timings[i];
        const Unit* unit = cfg.find_unit(c.unit);
        const std::string unit_name = unit ? unit->name : c.unit;
        out += first ? "\n{" : ",\n{";
        first = false;
        member(out, "service_request_id", c.id);
        member(out, "status", is_open_status(c.status) ? "open" : "closed");
        member(out, "status_notes", std::string(label(c.status)) + "；" + std::string(label(t.verdict)));
        member(out, "service_name", cfg.case_category_label(c.category));
        member(out, "service_code", c.category);
        member(out, "description", c.title);
        member(out, "agency_responsible", unit_name);
        member(out, "requested_datetime", start_of_day(c.received, offset));
        member(out, "updated_datetime", start_of_day(last_update(c), offset));
        // The deadline is a whole working day: the request is due by its end.
        member(out, "expected_datetime", t.deadline.iso() + "T23:59:59" + utc_offset_text(offset));
        member(out, "address", unit_name);
        out += '}';
        pieces.maybe_flush();
    }
    out += "\n]\n";
    pieces.finish();
}

std::string render_services(const SiteConfig& cfg) {
    std::string out = "[";
    bool first = true;
    for (const Category& c : cfg.case_categories) {
        out += first ? "\n{" : ",\n{";
        first = false;
        member(out, "service_code", c.id);
        member(out, "service_name", c.label);
        member(out, "description", c.label);
        out += ",\"metadata\":false";
        member(out, "type", "realtime");
        member(out, "keywords", "");
        member(out, "group", "矛盾纠纷与群众诉求");
        out += '}';
    }
    out += "\n]\n";
    return out;
}

}  // namespace

void plan_open311(const RenderContext& ctx, OutputPlan& plan, uint64_t cases_fp) {
    const RenderContext* c = &ctx;
    plan.push_back(streamed_file("data/open311/requests.json", hash_combine(cases_fp, hash64("open311/requests")),
                                 [c](const WriteFn& write) { stream_requests(*c, write); }));
    plan.push_back({"data/open311/services.json", hash_combine(ctx.global_fingerprint, hash64("open311/services")),
                    [c] { return render_services(c->site.config); }});
}

}  // namespace gongkai::gen
