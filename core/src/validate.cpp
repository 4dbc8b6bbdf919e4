#include "gongkai/validate.hpp"

#include "gongkai/hash.hpp"
#include "gongkai/pii.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace gongkai {

namespace {

// Reports against one record's origin: "file:line_of(field): field: message".
class Reporter {
public:
    Reporter(const Origin& origin, Diagnostics& out) : origin_(origin), out_(out) {}
    void operator()(const std::string& field, std::string message) const {
        out_.error(origin_.file, origin_.line_of(field), field, std::move(message));
    }

private:
    const Origin& origin_;
    Diagnostics& out_;
};

std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string indexed(std::string_view list, size_t zero_based, std::string_view field) {
    return std::string(list) + "[" + std::to_string(zero_based + 1) + "]." + std::string(field);
}

// "one of: a, b, c" when the list is short enough to read, else where to look.
std::string expected_category(const std::vector<Category>& list, std::string_view section) {
    constexpr size_t max_listed = 12;
    if (list.empty() || list.size() > max_listed)
        return "expected an id from categories." + std::string(section) + " in site.yaml";
    std::string out = "expected one of: ";
    for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + list[i].id;
    return out;
}

bool has_category(const std::vector<Category>& list, std::string_view id) {
    for (const auto& c : list)
        if (c.id == id) return true;
    return false;
}

// site.yaml's unit ids, looked up once per record (100,000 cases, a hundred units).
class UnitIds {
public:
    explicit UnitIds(const SiteConfig& config) {
        for (const Unit& u : config.units) ids_.insert(u.id);
    }
    bool contains(std::string_view id) const { return ids_.contains(id); }

private:
    std::unordered_set<std::string_view> ids_;
};

void check_unit(const UnitIds& units, const std::string& unit, const std::string& field, const Reporter& report) {
    if (!unit.empty() && !units.contains(unit))
        report(field, "unknown unit id " + quoted(unit) + " (expected a unit id from site.yaml)");
}

void check_category(const std::vector<Category>& list, std::string_view section, const std::string& id,
                    const Reporter& report) {
    if (!id.empty() && !has_category(list, id))
        report("category", "unknown category id " + quoted(id) + " (" + expected_category(list, section) + ")");
}

void check_not_before(const std::optional<Date>& later, std::string_view later_name, Date earlier,
                      std::string_view earlier_name, const Reporter& report) {
    if (later && *later < earlier)
        report(std::string(later_name),
               later->iso() + " is before " + std::string(earlier_name) + " " + earlier.iso());
}

// Ids are unique per record type; the later record (in file order) is
// reported and the message points at the first.
template <class Record>
void check_unique_ids(const std::vector<Record>& records, std::string_view kind, Diagnostics& out) {
    std::unordered_map<std::string_view, const Origin*> first;
    for (const auto& r : records) {
        if (r.id.empty()) continue;
        const auto [it, fresh] = first.emplace(r.id, &r.origin);
        if (fresh) continue;
        const Origin& earlier = *it->second;
        out.error(r.origin.file, r.origin.line_of("id"), "id",
                  "duplicate " + std::string(kind) + " id " + quoted(r.id) + " (also used at " + earlier.file +
                      ":" + std::to_string(earlier.line_of("id")) + ")");
    }
}

void check_case(const SiteConfig& config, const UnitIds& units, const Case& c, Diagnostics& out) {
    const Reporter report(c.origin, out);
    check_unit(units, c.unit, "unit", report);
    check_category(config.case_categories, "cases", c.category, report);
    if (!c.level.empty() && config.find_deadline_class(c.level) == nullptr) {
        std::string allowed;
        for (const auto& dc : config.deadline_classes) allowed += (allowed.empty() ? "" : ", ") + dc.id;
        report("level", "unknown deadline class " + quoted(c.level) + " (expected one of: " + allowed + ")");
    }
    check_not_before(c.responded, "responded", c.received, "received", report);
    check_not_before(c.closed, "closed", c.received, "received", report);
    if ((c.status == CaseStatus::resolved || c.status == CaseStatus::unresolved) && !c.closed)
        report("status", "'" + std::string(id_of(c.status)) + "' needs a closed date (expected closed: YYYY-MM-DD)");
    for (size_t i = 0; i < c.timeline.size(); ++i) {
        const Date d = c.timeline[i].date;
        if (d < c.received)
            report(indexed("timeline", i, "date"), d.iso() + " is before received " + c.received.iso());
        else if (i > 0 && d < c.timeline[i - 1].date)
            report(indexed("timeline", i, "date"), d.iso() + " is before the previous step's " +
                                                       c.timeline[i - 1].date.iso() +
                                                       " (expected the timeline in date order)");
    }
}

void check_project(const SiteConfig& config, const UnitIds& units, const Project& p, Diagnostics& out) {
    const Reporter report(p.origin, out);
    for (const auto& unit : p.units) check_unit(units, unit, "units", report);
    check_category(config.project_categories, "projects", p.category, report);
    if (!p.funding.empty()) {
        Money sum;
        for (const auto& f : p.funding) sum.fen += f.amount.fen;
        if (sum != p.budget)
            report("funding", "amounts add up to " + sum.display_yuan() + " but budget is " +
                                  p.budget.display_yuan());
    }
    if (p.spent && *p.spent > p.budget)
        report("spent", p.spent->display_yuan() + " is more than the budget " + p.budget.display_yuan());
    if (p.progress < 0 || p.progress > 100)
        report("progress", std::to_string(p.progress) + " is out of range (expected 0 to 100)");
    if (p.status == ProjectStatus::completed) {
        if (p.progress != 100)
            report("progress", "status 'completed' needs progress 100 (found " + std::to_string(p.progress) + ")");
        if (!p.completed)
            report("status", "'completed' needs a completed date (expected completed: YYYY-MM-DD)");
    }
    if (p.start) {
        check_not_before(p.planned_end, "planned_end", *p.start, "start", report);
        check_not_before(p.completed, "completed", *p.start, "start", report);
    }
    for (size_t i = 1; i < p.milestones.size(); ++i) {
        if (p.milestones[i].date < p.milestones[i - 1].date)
            report(indexed("milestones", i, "date"),
                   p.milestones[i].date.iso() + " is before the previous milestone's " +
                       p.milestones[i - 1].date.iso() + " (expected milestones in date order)");
    }
}

std::string contact_list(const SiteConfig& config) {
    std::string out;
    for (const auto& c : config.contacts) out += (out.empty() ? "" : ", ") + c.number;
    return out.empty() ? "none are listed" : out;
}

void check_notice(const SiteConfig& config, const UnitIds& units, const Notice& n, Diagnostics& out) {
    const Reporter report(n.origin, out);
    for (const auto& unit : n.units) check_unit(units, unit, "units", report);
    check_category(config.notice_categories, "notices", n.category, report);
    if (n.valid_until && *n.valid_until <= n.valid_from)
        report("valid_until", "the notice would end at " + n.valid_until->display() +
                                  ", which is not after valid_from " + n.valid_from.display() +
                                  " (a bare date ends at the close of that day)");
    if (!n.contact.empty() && !config.is_official_number(n.contact))
        report("contact", quoted(n.contact) + " is not an official contact (expected a number from site.yaml "
                                              "contacts: " + contact_list(config) + ")");
}

// ---- privacy scan -----------------------------------------------------------

class PiiScanner {
public:
    PiiScanner(const SiteConfig& config, Diagnostics& out) : out_(out) {
        for (const auto& c : config.contacts) allowed_.push_back(c.number);
    }

    // `first_line` is the file line of the text's first line.
    void scan(std::string_view text, const std::string& file, int first_line, const std::string& field) {
        if (text.empty()) return;
        for (const auto& finding : scan_pii(text, allowed_)) {
            out_.error(file, first_line + finding.line, field,
                       "contains a " + std::string(describe(finding.kind)) + " " + quoted(finding.masked) +
                           " (personal numbers must not be published; only site.yaml contacts may appear)");
        }
    }
    void scan_field(std::string_view text, const Origin& origin, const std::string& field) {
        scan(text, origin.file, origin.line_of(field), field);
    }
    void scan_body(std::string_view text, const Origin& origin, const std::string& field) {
        scan(text, origin.file, origin.body_line, field);
    }

private:
    std::vector<std::string> allowed_;
    Diagnostics& out_;
};

bool from_csv(const Origin& origin) { return origin.file.ends_with(".csv"); }

void scan_config(const SiteConfig& config, PiiScanner& s) {
    const Origin& o = config.origin;
    s.scan_field(config.title, o, "title");
    s.scan_field(config.description, o, "description");
    s.scan_field(config.kiosk.centre_name, o, "kiosk.centre_name");
    s.scan_field(config.kiosk.address, o, "kiosk.address");
    s.scan_field(config.kiosk.opening_hours, o, "kiosk.opening_hours");
    for (size_t i = 0; i < config.kiosk.services.size(); ++i)
        s.scan(config.kiosk.services[i], o.file, o.line_of("kiosk.services"),
               "kiosk.services[" + std::to_string(i + 1) + "]");
}

void scan_case(const Case& c, PiiScanner& s) {
    s.scan_field(c.title, c.origin, "title");
    s.scan_body(c.body, c.origin, from_csv(c.origin) ? "summary" : "body");
    for (size_t i = 0; i < c.timeline.size(); ++i)
        s.scan_field(c.timeline[i].note, c.origin, indexed("timeline", i, "note"));
}

void scan_project(const Project& p, PiiScanner& s) {
    s.scan_field(p.title, p.origin, "title");
    s.scan_body(p.body, p.origin, "body");
    for (size_t i = 0; i < p.funding.size(); ++i)
        s.scan_field(p.funding[i].source, p.origin, indexed("funding", i, "source"));
    for (size_t i = 0; i < p.milestones.size(); ++i)
        s.scan_field(p.milestones[i].title, p.origin, indexed("milestones", i, "title"));
    for (size_t i = 0; i < p.quantities.size(); ++i) {
        s.scan_field(p.quantities[i].item, p.origin, indexed("quantities", i, "item"));
        s.scan_field(p.quantities[i].unit, p.origin, indexed("quantities", i, "unit"));
    }
}

void scan_notice(const Notice& n, PiiScanner& s) {
    s.scan_field(n.title, n.origin, "title");
    s.scan_body(n.body, n.origin, "body");
    s.scan_field(n.contact, n.origin, "contact");
}

}  // namespace

PiiMemo::PiiMemo(std::vector<uint64_t> clean_before) : clean_before_(std::move(clean_before)) {
    std::sort(clean_before_.begin(), clean_before_.end());
    clean_before_.erase(std::unique(clean_before_.begin(), clean_before_.end()), clean_before_.end());
}

bool PiiMemo::was_clean(uint64_t key) const {
    return std::binary_search(clean_before_.begin(), clean_before_.end(), key);
}

std::vector<uint64_t> PiiMemo::clean_now() const {
    std::vector<uint64_t> keys = clean_now_;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

void validate_site(const Site& site, Diagnostics& out, PiiMemo* memo) {
    const SiteConfig& config = site.config;
    check_unique_ids(site.cases, "case", out);
    check_unique_ids(site.projects, "project", out);
    check_unique_ids(site.notices, "notice", out);
    check_unique_ids(site.pages, "page", out);
    const UnitIds units(config);
    for (const auto& c : site.cases) check_case(config, units, c, out);
    for (const auto& p : site.projects) check_project(config, units, p, out);
    for (const auto& n : site.notices) check_notice(config, units, n, out);
    scan_site_for_pii(site, out, memo);
}

void validate_dates_as_of(const Site& site, Date today, Diagnostics& out) {
    for (const auto& c : site.cases) {
        const Reporter report(c.origin, out);
        if (c.responded && *c.responded > today)
            report("responded", c.responded->iso() + " is after today " + today.iso());
        if (c.closed && *c.closed > today)
            report("closed", c.closed->iso() + " is after today " + today.iso());
    }
}

void scan_site_for_pii(const Site& site, Diagnostics& out, PiiMemo* memo) {
    PiiScanner scanner(site.config, out);
    scan_config(site.config, scanner);
    uint64_t contacts = hash64("contacts");
    for (const auto& c : site.config.contacts) contacts = hash_combine(contacts, hash64(c.number));
    // Scans one record, unless the memo knows its text as clean.
    auto scan_record = [&](uint64_t content_hash, auto&& scan) {
        if (!memo || content_hash == 0) return scan();
        const uint64_t key = hash_combine(content_hash, contacts);
        if (!memo->was_clean(key)) {
            const size_t problems = out.count();
            scan();
            if (out.count() != problems) return;
        }
        memo->mark_clean(key);
    };
    for (const auto& c : site.cases) scan_record(c.content_hash, [&] { scan_case(c, scanner); });
    for (const auto& p : site.projects) scan_record(p.content_hash, [&] { scan_project(p, scanner); });
    for (const auto& n : site.notices) scan_record(n.content_hash, [&] { scan_notice(n, scanner); });
    for (const auto& page : site.pages)
        scan_record(page.content_hash, [&] {
            scanner.scan_field(page.title, page.origin, "title");
            scanner.scan_body(page.body, page.origin, "body");
        });
}

}  // namespace gongkai
