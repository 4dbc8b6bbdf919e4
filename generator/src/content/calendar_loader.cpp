#include "content/calendar_loader.hpp"

#include "content/yaml_fields.hpp"

namespace gongkai::gen {

namespace {

constexpr int first_line = 1;
constexpr int max_range_days = 366;

enum class Allowed { any_day, weekends_only };

// One entry: "2025-01-01" or "2025-01-28..2025-02-04".
void read_entry(YamlFields& f, const std::string& field, int line, const std::string& text,
                std::optional<int> year, Allowed allowed, std::vector<Date>& out) {
    Diagnostics& diags = f.diagnostics();
    const size_t dots = text.find("..");
    const auto first = Date::parse(dots == std::string::npos ? text : text.substr(0, dots));
    const auto last = dots == std::string::npos ? first : Date::parse(text.substr(dots + 2));
    if (!first || !last) {
        diags.error(f.file(), line, field,
                    "'" + text + "' is not a date or range (expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD)");
        return;
    }
    if (*last < *first || *last - *first >= max_range_days) {
        diags.error(f.file(), line, field, "range '" + text + "' ends before it starts or spans more than a year");
        return;
    }
    for (Date d = *first; d <= *last; d = d + 1) {
        if (year && d.year() != *year) {
            diags.error(f.file(), line, field,
                        d.iso() + " is not in year " + std::to_string(*year) + " (expected dates of the file's year)");
            return;
        }
        if (allowed == Allowed::weekends_only && d.weekday() < 6) {
            diags.error(f.file(), line, field,
                        d.iso() + " is a weekday (expected a Saturday or Sunday that is worked)");
            return;
        }
        out.push_back(d);
    }
}

void read_days(YamlFields& f, std::string_view key, std::optional<int> year, Allowed allowed,
               std::vector<Date>& out) {
    const YAML::Node list = f.node(key);
    if (!list || list.IsNull()) return;
    if (!list.IsSequence()) {
        f.error(key, "expected a list of dates");
        return;
    }
    int index = 1;
    for (const auto& item : list) {
        const std::string field = f.field_name(key) + "[" + std::to_string(index++) + "]";
        const int line = first_line + (item.Mark().line >= 0 ? item.Mark().line : 0);
        if (!item.IsScalar()) {
            f.diagnostics().error(f.file(), line, field, "expected a date or range, found a list or map");
            continue;
        }
        read_entry(f, field, line, item.Scalar(), year, allowed, out);
    }
}

}  // namespace

void load_calendar(std::string_view text, const std::string& shown, CalendarData& calendar,
                   Diagnostics& diags) {
    Origin origin;
    origin.file = shown;
    origin.line = first_line;
    const auto root = parse_yaml_map(text, first_line, shown, diags);
    if (!root) {
        calendar.sources.push_back(std::move(origin));
        return;
    }
    YamlFields f(*root, first_line, shown, diags, &origin);
    std::optional<int> year;
    if (auto y = f.integer("year", Need::required)) {
        if (*y < 1970 || *y > 2200)
            f.error("year", std::to_string(*y) + " is out of range (expected a year like 2025)");
        else
            year = static_cast<int>(*y);
    }
    read_days(f, "holidays", year, Allowed::any_day, calendar.holidays);
    read_days(f, "makeup_workdays", year, Allowed::weekends_only, calendar.makeup_workdays);
    f.reject_unknown();
    calendar.sources.push_back(std::move(origin));
}

}  // namespace gongkai::gen
