#include "content/site_config_loader.hpp"

#include "content/yaml_fields.hpp"

#include <array>
#include <unordered_map>
#include <utility>

namespace gongkai::gen {

namespace {

constexpr int first_line = 1;

constexpr std::array unit_kinds{UnitKind::district, UnitKind::subdistrict, UnitKind::town,
                                UnitKind::community, UnitKind::village, UnitKind::grid};

struct TimeZone {
    std::string_view name;
    int utc_offset_minutes;
};
// China has one civil time without daylight saving; Urumqi time is the
// Xinjiang local convention. Other zones are not needed by our users.
constexpr std::array time_zones{TimeZone{"Asia/Shanghai", 480}, TimeZone{"Asia/Chongqing", 480},
                                TimeZone{"Asia/Harbin", 480},   TimeZone{"Asia/Hong_Kong", 480},
                                TimeZone{"Asia/Macau", 480},    TimeZone{"Asia/Urumqi", 360},
                                TimeZone{"UTC", 0}};

class SiteConfigReader {
public:
    SiteConfigReader(const std::string& shown, Diagnostics& diags) : shown_(shown), diags_(diags) {}

    SiteConfig read(const YAML::Node& root) {
        config_.origin.file = shown_;
        config_.origin.line = first_line;
        YamlFields f(root, first_line, shown_, diags_, &config_.origin);
        if (auto v = f.text("title", Need::required)) config_.title = *v;
        if (auto v = f.text("description", Need::optional)) config_.description = *v;
        read_base_url(f);
        if (auto v = f.text("language", Need::optional)) config_.language = *v;
        read_time_zone(f);
        read_units(f);
        read_categories(f);
        read_deadline_classes(f);
        f.each_map("contacts", [&](YamlFields& c) {
            Contact contact;
            if (auto v = c.text("name", Need::required)) contact.name = *v;
            if (auto v = c.text("number", Need::required)) contact.number = *v;
            config_.contacts.push_back(std::move(contact));
        });
        read_kiosk(f);
        f.reject_unknown();
        return std::move(config_);
    }

private:
    void read_base_url(YamlFields& f) {
        auto url = f.text("base_url", Need::required);
        if (!url) return;
        if (!url->starts_with("https://") && !url->starts_with("http://")) {
            f.error("base_url", "'" + *url + "' is not an absolute URL (expected https://... or http://...)");
            return;
        }
        if (!url->ends_with('/')) url->push_back('/');
        config_.base_url = *url;
    }

    void read_time_zone(YamlFields& f) {
        const auto tz = f.text("time_zone", Need::optional);
        if (!tz) return;
        std::string allowed;
        for (const auto& zone : time_zones) {
            if (zone.name == *tz) {
                config_.time_zone = *tz;
                config_.utc_offset_minutes = zone.utc_offset_minutes;
                return;
            }
            if (!allowed.empty()) allowed += ", ";
            allowed += zone.name;
        }
        f.error("time_zone", "unknown time zone '" + *tz + "' (expected one of: " + allowed + ")");
    }

    void read_units(YamlFields& f) {
        if (const YAML::Node units = f.node("units"); !units || units.IsNull()) {
            f.error("units", "required field is missing (expected the tree of units)");
            return;
        }
        read_unit_list(f, "units", "", 0);
    }

    // Pre-order, so every parent precedes its children.
    void read_unit_list(YamlFields& f, std::string_view key, const std::string& parent, int depth) {
        f.each_map(key, [&](YamlFields& u) {
            Unit unit;
            unit.parent = parent;
            unit.depth = depth;
            if (auto v = u.id("id", Need::required)) unit.id = *v;
            if (auto v = u.text("name", Need::required)) unit.name = *v;
            if (auto v = u.choice<UnitKind>("kind", Need::required, parse_unit_kind, unit_kinds)) unit.kind = *v;
            if (!unit.id.empty()) {
                const int line = u.line_of("id");
                if (const auto [it, fresh] = unit_lines_.emplace(unit.id, line); !fresh) {
                    u.error("id", "duplicate unit id '" + unit.id + "' (also at " + shown_ + ":" +
                                      std::to_string(it->second) + "; unit ids are unique across the tree)");
                }
            }
            const std::string id = unit.id;
            config_.units.push_back(std::move(unit));
            read_unit_list(u, "children", id, depth + 1);
        });
    }

    void read_category_list(YamlFields& f, std::string_view key, std::vector<Category>& out) {
        std::vector<std::pair<std::string, int>> seen;
        f.each_map(key, [&](YamlFields& c) {
            Category category;
            if (auto v = c.id("id", Need::required)) category.id = *v;
            if (auto v = c.text("label", Need::required)) category.label = *v;
            for (const auto& [id, line] : seen) {
                if (id == category.id && !id.empty())
                    c.error("id", "duplicate category id '" + id + "' (also at " + shown_ + ":" +
                                      std::to_string(line) + ")");
            }
            seen.emplace_back(category.id, c.line_of("id"));
            out.push_back(std::move(category));
        });
    }

    void read_categories(YamlFields& f) {
        const YAML::Node node = f.node("categories");
        config_.notice_categories = default_notice_categories();
        if (!node || node.IsNull()) return;
        if (!node.IsMap()) {
            f.error("categories", "expected lists named cases, projects and notices");
            return;
        }
        YamlFields c(node, first_line, shown_, diags_, &config_.origin, "categories.");
        read_category_list(c, "cases", config_.case_categories);
        read_category_list(c, "projects", config_.project_categories);
        if (!c.node("notices").IsNull()) {
            config_.notice_categories.clear();
            read_category_list(c, "notices", config_.notice_categories);
        }
        c.reject_unknown();
    }

    void read_deadline_classes(YamlFields& f) {
        if (f.node("deadline_classes").IsNull()) {
            config_.deadline_classes = default_deadline_classes();
            return;
        }
        f.each_map("deadline_classes", [&](YamlFields& d) {
            DeadlineClass dc;
            if (auto v = d.id("id", Need::required)) dc.id = *v;
            if (auto v = d.text("label", Need::required)) dc.label = *v;
            if (auto v = d.integer("working_days", Need::required)) {
                if (*v < 1 || *v > 366)
                    d.error("working_days", std::to_string(*v) + " is out of range (expected 1 to 366)");
                else
                    dc.working_days = static_cast<int>(*v);
            }
            if (auto v = d.text("promise", Need::optional)) dc.promise = *v;
            config_.deadline_classes.push_back(std::move(dc));
        });
    }

    void read_kiosk(YamlFields& f) {
        const YAML::Node node = f.node("kiosk");
        if (!node || node.IsNull()) return;
        if (!node.IsMap()) {
            f.error("kiosk", "expected kiosk settings as 'field: value' lines");
            return;
        }
        KioskConfig& k = config_.kiosk;
        YamlFields kf(node, first_line, shown_, diags_, &config_.origin, "kiosk.");
        if (auto v = kf.text("centre_name", Need::required)) k.centre_name = *v;
        if (auto v = kf.text("address", Need::optional)) k.address = *v;
        if (auto v = kf.text("opening_hours", Need::optional)) k.opening_hours = *v;
        k.services = kf.text_list("services");
        if (auto v = kf.text("orientation", Need::optional)) {
            if (auto o = parse_orientation(*v))
                k.orientation = *o;
            else
                kf.error("orientation", "unknown value '" + *v + "' (expected one of: portrait, landscape)");
        }
        if (auto v = kf.integer("idle_seconds", Need::optional)) {
            if (*v < 10 || *v > 86400)
                kf.error("idle_seconds", std::to_string(*v) + " is out of range (expected 10 to 86400)");
            else
                k.idle_seconds = static_cast<int>(*v);
        }
        if (auto v = kf.text("pin", Need::optional)) {
            const bool digits = v->find_first_not_of("0123456789") == std::string::npos;
            if (!digits || v->size() < 4 || v->size() > 8)
                kf.error("pin", "expected 4 to 8 digits");
            else
                k.pin = *v;
        }
        kf.reject_unknown();
    }

    const std::string& shown_;
    Diagnostics& diags_;
    SiteConfig config_;
    std::unordered_map<std::string, int> unit_lines_;
};

}  // namespace

std::vector<Category> default_notice_categories() {
    return {{"water", "停水"},   {"power", "停电"},      {"heating", "供热"},     {"gas", "燃气"},
            {"traffic", "交通出行"}, {"safety", "安全提示"}, {"anti_fraud", "防范诈骗"}, {"policy", "政策解读"},
            {"event", "活动"},   {"other", "其他"}};
}

std::vector<DeadlineClass> default_deadline_classes() {
    return {{"consult", "一般性咨询", 1, "1个工作日内答复"},
            {"general", "一般矛盾纠纷", 3, "3个工作日内反馈"},
            {"important", "重要矛盾纠纷", 7, "7个工作日内办结"},
            {"complex", "复杂疑难矛盾纠纷", 15, "15个工作日内提出初步意见"}};
}

SiteConfig load_site_config(std::string_view text, const std::string& shown, Diagnostics& diags) {
    const auto root = parse_yaml_map(text, first_line, shown, diags);
    if (!root) {
        SiteConfig config;
        config.origin.file = shown;
        config.notice_categories = default_notice_categories();
        config.deadline_classes = default_deadline_classes();
        return config;
    }
    return SiteConfigReader(shown, diags).read(*root);
}

}  // namespace gongkai::gen
