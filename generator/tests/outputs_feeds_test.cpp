#include "outputs/ical_text.hpp"
#include "outputs/outputs.hpp"
#include "outputs_fixture.hpp"

#include <nlohmann/json.hpp>

#include <string_view>

using namespace gongkai;
using namespace gongkai::gen;
using namespace gongkai::gen::testing;

namespace {

bool valid_utf8(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        for (size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

std::vector<std::string> physical_lines(const std::string& ics) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t pos; (pos = ics.find("\r\n", start)) != std::string::npos; start = pos + 2)
        lines.push_back(ics.substr(start, pos - start));
    CHECK(start == ics.size());  // ends with CRLF, no stray bytes
    return lines;
}

std::string unfold(const std::string& ics) {
    std::string out;
    for (size_t i = 0; i < ics.size(); ++i) {
        if (ics.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        out += ics[i];
    }
    return out;
}

}  // namespace

TEST_CASE("iCalendar folding keeps lines within 75 octets and UTF-8 intact") {
    std::string line = "DESCRIPTION:";
    for (int i = 0; i < 100; ++i) line += "水";  // 3-byte sequences against a 75-octet limit
    line += "abc";
    std::string out;
    append_ical_line(out, line);
    for (const std::string& l : physical_lines(out)) {
        CHECK(l.size() <= 75);
        CHECK(valid_utf8(l));
    }
    CHECK(unfold(out) == line + "\r\n");

    std::string short_out;
    append_ical_line(short_out, "VERSION:2.0");
    CHECK(short_out == "VERSION:2.0\r\n");
}

TEST_CASE("iCalendar text escaping") {
    CHECK(ical_escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
}

TEST_CASE("feeds: Atom is well-formed, JSON Feed parses, iCalendar is RFC 5545 shaped") {
    Fixture f(test_site::small_site());
    plan_feeds(*f.ctx, f.plan);
    REQUIRE(f.plan.size() == 3);

    const std::string atom = f.render("notices/feed.atom");
    CHECK(xml_well_formed("feed.atom", atom));
    CHECK(atom.find("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://gongkai.example.gov.cn/notices/feed.atom\"/>") != std::string::npos);
    CHECK(atom.find("&amp; &lt;提醒&gt;") != std::string::npos);
    CHECK(atom.find("<content type=\"html\">&lt;p&gt;") != std::string::npos);
    // Newest published first; feed updated = newest entry.
    CHECK(atom.find("DJ-N-2025-020") < atom.find("DJ-N-2025-014"));
    CHECK(atom.find("<updated>2025-07-02T10:30:00+08:00</updated>") != std::string::npos);

    const auto feed = nlohmann::json::parse(f.render("notices/feed.json"));
    CHECK(feed["version"] == "https://jsonfeed.org/version/1.1");
    REQUIRE(feed["items"].size() == 2);
    CHECK(feed["items"][1]["url"] == "https://gongkai.example.gov.cn/notice/DJ-N-2025-014.html");
    CHECK(feed["items"][1]["_gongkai"]["valid_until"] == "2025-06-20T18:00:00+08:00");
    CHECK(feed["items"][0]["title"] == "警惕冒充客服退款诈骗 & <提醒>");

    const std::string ics = f.render("notices/notices.ics");
    for (const std::string& l : physical_lines(ics)) {
        CHECK(l.size() <= 75);
        CHECK(valid_utf8(l));
    }
    const std::string flat = unfold(ics);
    CHECK(flat.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    CHECK(flat.ends_with("END:VCALENDAR\r\n"));
    CHECK(flat.find("X-WR-CALNAME:新城区基层治理公开平台 · 通知公告\r\n") != std::string::npos);
    CHECK(flat.find("UID:DJ-N-2025-014@gongkai.example.gov.cn\r\n") != std::string::npos);
    // 2025-06-20 08:00 at UTC+8 is 00:00 UTC.
    CHECK(flat.find("DTSTART:20250620T000000Z\r\n") != std::string::npos);
    CHECK(flat.find("DTEND:20250620T100000Z\r\n") != std::string::npos);
    CHECK(flat.find("DTSTAMP:20250618T010000Z\r\n") != std::string::npos);
    CHECK(flat.find("请提前储水\\; 详情见物业公告，谢谢配合\\, 特此通知") != std::string::npos);
    // The open-ended notice has no DTEND.
    const size_t second = flat.find("UID:DJ-N-2025-020@");
    REQUIRE(second != std::string::npos);
    CHECK(flat.find("DTEND", second) > flat.find("END:VEVENT", second));
    CHECK(flat.find("BEGIN:VEVENT") < flat.find("END:VEVENT"));
}

TEST_CASE("feeds keep their fingerprint unless an included notice changes") {
    auto fingerprints = [](const Site& s, DateTime now) {
        Fixture f(s, now);
        plan_feeds(*f.ctx, f.plan);
        return f.plan[0].fingerprint;
    };
    const Site site = test_site::small_site();
    const DateTime now = *DateTime::parse("2025-07-10 12:00");
    const uint64_t base = fingerprints(site, now);
    CHECK(base != 0);
    CHECK(fingerprints(site, now) == base);
    CHECK(fingerprints(site, *DateTime::parse("2025-08-01 12:00")) == base);  // not build-date dependent
    Site edited = site;
    edited.notices[0].content_hash = 999;
    CHECK(fingerprints(edited, now) != base);
    Site case_edited = site;
    case_edited.cases[0].content_hash = 999;
    CHECK(fingerprints(case_edited, now) == base);
}
