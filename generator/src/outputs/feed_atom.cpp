// notices/feed.atom (RFC 4287).

#include "gongkai/urls.hpp"
#include "markdown/markdown.hpp"
#include "outputs/feeds_internal.hpp"
#include "outputs/text_escape.hpp"

namespace gongkai::gen {

namespace {

void element(std::string& out, std::string_view name, std::string_view text) {
    out += '<';
    out += name;
    out += '>';
    append_xml_escaped(out, text);
    out += "</";
    out += name;
    out += ">\n";
}

void link(std::string& out, std::string_view rel, std::string_view type, std::string_view href) {
    out += "<link rel=\"";
    out += rel;
    out += "\" type=\"";
    out += type;
    out += "\" href=\"";
    append_xml_escaped(out, href);
    out += "\"/>\n";
}

}  // namespace

std::string render_atom_feed(const RenderContext& ctx, const std::vector<size_t>& notices) {
    const SiteConfig& cfg = ctx.site.config;
    const int offset = cfg.utc_offset_minutes;
    const std::string self = urls::absolute(cfg.base_url, "notices/feed.atom");
    const std::string updated =
        notices.empty() ? ctx.now.rfc3339(offset) : ctx.site.notices[notices.front()].published.rfc3339(offset);

    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"";
    append_xml_escaped(out, cfg.language);
    out += "\">\n";
    element(out, "id", self);
    element(out, "title", feed_title(cfg));
    if (!cfg.description.empty()) element(out, "subtitle", cfg.description);
    element(out, "updated", updated);
    out += "<author>\n";
    element(out, "name", cfg.title);
    element(out, "uri", cfg.base_url);
    out += "</author>\n";
    link(out, "self", "application/atom+xml", self);
    link(out, "alternate", "text/html", urls::absolute(cfg.base_url, urls::paged(urls::notices_dir, 1)));
    element(out, "generator", "gongkai");

    for (size_t i : notices) {
        const Notice& n = ctx.site.notices[i];
        const std::string page = urls::absolute(cfg.base_url, urls::notice_page(n.id));
        out += "<entry>\n";
        element(out, "id", page);
        element(out, "title", n.title);
        // Notices are not revised after publication, so updated = published.
        element(out, "updated", n.published.rfc3339(offset));
        element(out, "published", n.published.rfc3339(offset));
        link(out, "alternate", "text/html", page);
        out += "<category term=\"";
        append_xml_escaped(out, n.category);
        out += "\" label=\"";
        append_xml_escaped(out, cfg.notice_category_label(n.category));
        out += "\"/>\n<content type=\"html\">";
        append_xml_escaped(out, markdown_to_html(n.body));
        out += "</content>\n</entry>\n";
    }
    out += "</feed>\n";
    return out;
}

}  // namespace gongkai::gen
