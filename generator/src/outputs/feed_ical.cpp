// notices/notices.ics (RFC 5545). Times are written in UTC ("Z" form),
// converted with the site's fixed UTC offset: every calendar client
// understands them and no VTIMEZONE block is needed.

#include "gongkai/urls.hpp"
#include "markdown/markdown.hpp"
#include "outputs/feeds_internal.hpp"
#include "outputs/ical_text.hpp"

#include <cstdio>

namespace gongkai::gen {

namespace {

std::string utc_stamp(const DateTime& local, int offset_minutes) {
    const DateTime utc = DateTime::from_minutes_since_epoch(local.minutes_since_epoch() - offset_minutes);
    const Date d = utc.date;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d%02u%02uT%02d%02d00Z", d.year(), d.month(), d.day(), utc.minute_of_day / 60,
                  utc.minute_of_day % 60);
    return buf;
}

void property(std::string& out, std::string_view name, std::string_view value) {
    std::string line(name);
    line += ':';
    line += value;
    append_ical_line(out, line);
}

void text_property(std::string& out, std::string_view name, std::string_view text) {
    property(out, name, ical_escape_text(text));
}

}  // namespace

std::string render_ical_feed(const RenderContext& ctx, const std::vector<size_t>& notices) {
    const SiteConfig& cfg = ctx.site.config;
    const int offset = cfg.utc_offset_minutes;
    const std::string host = site_host(cfg.base_url);
    std::string out;
    property(out, "BEGIN", "VCALENDAR");
    property(out, "VERSION", "2.0");
    property(out, "PRODID", "-//gongkai//gongkai notices//ZH");
    property(out, "CALSCALE", "GREGORIAN");
    property(out, "METHOD", "PUBLISH");
    text_property(out, "X-WR-CALNAME", feed_title(cfg));
    text_property(out, "X-WR-TIMEZONE", cfg.time_zone);
    if (!cfg.description.empty()) text_property(out, "X-WR-CALDESC", cfg.description);

    for (size_t i : notices) {
        const Notice& n = ctx.site.notices[i];
        std::string description = markdown_to_text(n.body);
        if (!n.contact.empty()) description += "\n联系电话：" + n.contact;
        property(out, "BEGIN", "VEVENT");
        property(out, "UID", n.id + "@" + host);
        property(out, "DTSTAMP", utc_stamp(n.published, offset));
        property(out, "DTSTART", utc_stamp(n.valid_from, offset));
        if (n.valid_until && *n.valid_until > n.valid_from) property(out, "DTEND", utc_stamp(*n.valid_until, offset));
        text_property(out, "SUMMARY", n.title);
        text_property(out, "DESCRIPTION", description);
        text_property(out, "CATEGORIES", cfg.notice_category_label(n.category));
        property(out, "URL", urls::absolute(cfg.base_url, urls::notice_page(n.id)));
        if (n.priority == Priority::urgent) property(out, "PRIORITY", "1");
        property(out, "TRANSP", "TRANSPARENT");
        property(out, "END", "VEVENT");
    }
    property(out, "END", "VCALENDAR");
    return out;
}

}  // namespace gongkai::gen
