#include "content/case_loader.hpp"

#include "content/case_fields.hpp"
#include "content/markdown_doc.hpp"
#include "gongkai/hash.hpp"

#include <algorithm>

namespace gongkai::gen {

namespace {

void read_timeline(YamlFields& f, Case& c) {
    std::string allowed;
    for (const auto step : case_steps) {
        if (!allowed.empty()) allowed += ", ";
        allowed += step;
    }
    f.each_map("timeline", [&](YamlFields& item) {
        TimelineEntry entry;
        const auto date = item.date("date", Need::required);
        if (date) entry.date = *date;
        if (auto step = item.text("step", Need::required)) {
            if (std::find(std::begin(case_steps), std::end(case_steps), *step) == std::end(case_steps))
                item.error("step", "unknown step '" + *step + "' (expected one of: " + allowed + ")");
            entry.step = std::move(*step);
        }
        if (auto note = item.text("note", Need::optional)) entry.note = std::move(*note);
        if (date) c.timeline.push_back(std::move(entry));
    });
}

}  // namespace

std::optional<Case> load_case_markdown(std::string_view text, const std::string& shown, Diagnostics& diags) {
    auto doc = parse_markdown_doc(text, shown, diags);
    if (!doc) return std::nullopt;
    Case c;
    c.origin = std::move(doc->origin);
    YamlFields f(doc->front_matter, doc->yaml_line, shown, diags, &c.origin);
    read_case_fields(f, c);
    read_timeline(f, c);
    f.reject_unknown();
    c.body = std::string(doc->body);
    c.content_hash = hash64(text);
    return c;
}

}  // namespace gongkai::gen
