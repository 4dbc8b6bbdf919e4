// One page per case: its facts, deadline verdict, timeline and story.
#include "gongkai/labels.hpp"
#include "gongkai/urls.hpp"
#include "markdown/markdown.hpp"
#include "site/planners.hpp"
#include "site/record_data.hpp"

namespace gongkai::gen::site {

namespace {

std::string optional_date(const std::optional<Date>& d) { return d ? display_date(*d) : std::string("—"); }

std::string optional_days(const std::optional<int>& days) {
    return days ? std::to_string(*days) + " 个工作日" : std::string("—");
}

Data case_detail(const Shared& s, size_t i) {
    const Case& c = s.site().cases[i];
    const CaseTiming& t = s.ctx.timings[i];
    const DeadlineClass* level = s.site().config.find_deadline_class(c.level);
    Data d = Data::map();
    d.set("id", c.id).set("title", c.title);
    d.set("unit", s.unit_name(c.unit)).set("unit_href", urls::unit_page(c.unit));
    d.set("category", s.site().config.case_category_label(c.category));
    d.set("category_href", urls::paged(urls::cases_by_category_dir(c.category), 1));
    d.set("channel", label(c.channel));
    d.set("level", level ? level->label : c.level).set("promise", level ? level->promise : std::string());
    d.set("received", display_date(c.received)).set("received_iso", c.received.iso());
    d.set("responded", optional_date(c.responded)).set("closed", optional_date(c.closed));
    d.set("deadline", display_date(t.deadline));
    d.set("verdict", label(t.verdict)).set("verdict_id", id_of(t.verdict));
    d.set("days_to_response", optional_days(t.working_days_to_response));
    d.set("days_to_close", optional_days(t.working_days_to_close));
    d.set("status", label(c.status)).set("status_id", id_of(c.status));
    d.set("satisfaction", label(c.satisfaction));
    d.set("amount_recovered", c.amount_recovered ? yuan(*c.amount_recovered) : std::string());
    Data timeline = Data::list();
    for (const TimelineEntry& e : c.timeline)
        timeline.push(Data::map().set("date", display_date(e.date)).set("date_iso", e.date.iso()).set("step", e.step).set("note", e.note));
    d.set("has_timeline", timeline.size() > 0).set("timeline", std::move(timeline));
    d.set("body_html", markdown_to_html(c.body));
    return d;
}

}  // namespace

void plan_case_pages(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    for (size_t i : ctx.index.cases) {
        const Case& c = ctx.site.cases[i];
        Fingerprint fp(ctx, "case");
        add_case(fp, *shared, i);
        add_page(plan, shared, urls::case_page(c.id), fp.value(), "case", [i](const Shared& s, const std::string& path) {
            const Case& c = s.site().cases[i];
            Data page = page_layer(s, path, c.title, kCases);
            page.set("case", case_detail(s, i));
            return page;
        });
    }
}

}  // namespace gongkai::gen::site
