#include "content/markdown_doc.hpp"
#include "content/record_loaders.hpp"
#include "gongkai/hash.hpp"

namespace gongkai::gen {

std::optional<Notice> load_notice(std::string_view text, const std::string& shown, Diagnostics& diags) {
    auto doc = parse_markdown_doc(text, shown, diags);
    if (!doc) return std::nullopt;
    Notice n;
    n.origin = std::move(doc->origin);
    YamlFields f(doc->front_matter, doc->yaml_line, shown, diags, &n.origin);
    if (auto v = f.id("id", Need::required)) n.id = std::move(*v);
    if (auto v = f.text("title", Need::required)) n.title = std::move(*v);
    if (auto v = f.id("category", Need::required)) n.category = std::move(*v);
    n.units = f.text_list("units");
    if (auto v = f.date_time("published", Need::required)) n.published = *v;
    if (auto v = f.date_time("valid_from", Need::required)) n.valid_from = *v;
    if (const auto raw = f.scalar("valid_until")) {
        // A bare date means "through that day": the exclusive end is the next midnight.
        if (const auto day = Date::parse(*raw))
            n.valid_until = DateTime::start_of(*day + 1);
        else
            n.valid_until = f.date_time("valid_until", Need::optional);
    }
    static constexpr Priority priorities[] = {Priority::normal, Priority::urgent};
    if (auto v = f.choice<Priority>("priority", Need::optional, parse_priority, priorities)) n.priority = *v;
    if (auto v = f.text("contact", Need::optional)) n.contact = std::move(*v);
    f.reject_unknown();
    n.body = std::string(doc->body);
    n.content_hash = hash64(text);
    return n;
}

}  // namespace gongkai::gen
