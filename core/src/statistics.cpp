#include "gongkai/statistics.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <unordered_map>

namespace gongkai {

std::string Period::key() const {
    if (year == 0) return "all";
    char buf[16];
    if (month == 0)
        std::snprintf(buf, sizeof buf, "%04d", year);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    return buf;
}

namespace {

// Scope 0 is the whole site; scope i + 1 is site.config.units[i].
struct Scopes {
    std::vector<std::string> ids;
    // For each unit, the scopes a case in it counts for: site, ancestors, itself.
    std::vector<std::vector<int>> chains;
    std::unordered_map<std::string_view, int> unit_index;
    std::vector<int> site_only{0};

    explicit Scopes(const std::vector<Unit>& units) {
        ids.push_back("");
        for (size_t i = 0; i < units.size(); ++i) {
            ids.push_back(units[i].id);
            unit_index.emplace(units[i].id, int(i));
        }
        chains.resize(units.size());
        for (size_t i = 0; i < units.size(); ++i) {
            std::vector<int>& chain = chains[i];
            chain.push_back(0);
            // Walk up at most units.size() steps, so a (invalid) cycle cannot hang the build.
            int at = int(i);
            for (size_t steps = 0; at >= 0 && steps <= units.size(); ++steps) {
                chain.push_back(at + 1);
                auto parent = unit_index.find(units[at].parent);
                at = parent == unit_index.end() ? -1 : parent->second;
            }
        }
    }

    // The unit's index in site.config.units, or -1 when it has none.
    int index_of(const std::string& unit) const {
        auto it = unit_index.find(unit);
        return it == unit_index.end() ? -1 : it->second;
    }
    const std::vector<int>& chain_of(int unit) const { return unit < 0 ? site_only : chains[size_t(unit)]; }
};

// Maps strings to dense indices so per-case counting is array indexing, not map lookups.
class Interner {
public:
    int index_of(const std::string& s) {
        auto [it, inserted] = index_.emplace(s, int(names_.size()));
        if (inserted) names_.push_back(s);
        return it->second;
    }
    const std::vector<std::string>& names() const { return names_; }

private:
    std::unordered_map<std::string, int> index_;
    std::vector<std::string> names_;
};

struct Accumulator {
    CaseFigures figures;  // counters and amount; rates, medians and maps filled at the end
    std::vector<int> response_days;
    std::vector<int> close_days;
    std::vector<int> by_category;
    std::vector<int> by_channel;
    std::vector<int> by_satisfaction;
    std::vector<int> by_level;
};

// What one case contributes, computed once and added to every (scope, period).
struct CaseFacts {
    const Case* c;
    const CaseTiming* t;
    int category;
    int level;
};

void add(Accumulator& a, const CaseFacts& f, size_t categories, size_t levels) {
    CaseFigures& fig = a.figures;
    const Case& c = *f.c;
    const CaseTiming& t = *f.t;
    ++fig.received;
    if (c.status == CaseStatus::resolved) ++fig.resolved;
    if (c.closed) ++fig.closed;
    if (t.effective_response) ++fig.responded;
    if (t.verdict == Verdict::on_time) ++fig.on_time;
    if (t.verdict == Verdict::overdue) ++fig.overdue_open;
    if (is_open_status(c.status)) ++fig.open;
    if (c.amount_recovered) fig.amount_recovered.fen += c.amount_recovered->fen;
    if (t.working_days_to_response) a.response_days.push_back(*t.working_days_to_response);
    if (t.working_days_to_close) a.close_days.push_back(*t.working_days_to_close);

    if (a.by_category.empty()) {
        a.by_category.resize(categories);
        a.by_level.resize(levels);
        a.by_channel.resize(all_channels().size());
        a.by_satisfaction.resize(all_satisfactions().size());
    }
    ++a.by_category[f.category];
    ++a.by_level[f.level];
    ++a.by_channel[size_t(c.channel)];
    ++a.by_satisfaction[size_t(c.satisfaction)];
}

// Median of `values` (reordered in place); the mean of the two middle values for an even count.
std::optional<double> median(std::vector<int>& values) {
    if (values.empty()) return std::nullopt;
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + mid, values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + mid);
    return (lower + upper) / 2;
}

std::optional<double> ratio(int numerator, int denominator) {
    if (denominator == 0) return std::nullopt;
    return double(numerator) / denominator;
}

std::map<std::string, int> to_map(const std::vector<int>& counts, auto&& name_of) {
    std::map<std::string, int> out;
    for (size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0) out.emplace(std::string(name_of(i)), counts[i]);
    return out;
}

CaseFigures finish(Accumulator& a, const Interner& categories, const Interner& levels) {
    CaseFigures fig = std::move(a.figures);
    fig.resolution_rate = ratio(fig.resolved, fig.closed);
    fig.on_time_rate = ratio(fig.on_time, fig.responded + fig.overdue_open);
    fig.median_working_days_to_response = median(a.response_days);
    fig.median_working_days_to_close = median(a.close_days);
    fig.by_category = to_map(a.by_category, [&](size_t i) { return categories.names()[i]; });
    fig.by_level = to_map(a.by_level, [&](size_t i) { return levels.names()[i]; });
    fig.by_channel = to_map(a.by_channel, [](size_t i) { return id_of(all_channels()[i]); });
    fig.by_satisfaction = to_map(a.by_satisfaction, [](size_t i) { return id_of(all_satisfactions()[i]); });
    return fig;
}

// Dense key for (scope, period): periods are year * 100 + month, 0 for all time.
int64_t slot_key(int scope, const Period& p) { return int64_t(scope) * 1'000'000 + p.year * 100 + p.month; }

}  // namespace

Statistics Statistics::compute(const Site& site, const std::vector<CaseTiming>& timings) {
    const Scopes scopes(site.config.units);
    Interner categories;
    Interner levels;
    std::vector<CaseFacts> facts;
    facts.reserve(site.cases.size());
    for (size_t i = 0; i < site.cases.size() && i < timings.size(); ++i) {
        const Case& c = site.cases[i];
        facts.push_back(
            CaseFacts{&c, &timings[i], categories.index_of(c.category), levels.index_of(c.level)});
    }

    std::unordered_map<int64_t, std::pair<int, Period>> slots;  // key -> (scope, period)
    std::unordered_map<int64_t, Accumulator> accumulators;     // nodes: pointers to them stay valid
    // The (scope, period) slots a case counts for follow from its unit and
    // month alone, so they are looked up once per (unit, month), not per case.
    std::unordered_map<int64_t, std::vector<Accumulator*>> targets_of;
    for (const CaseFacts& f : facts) {
        const Date received = f.c->received;
        const int unit = scopes.index_of(f.c->unit);
        const int64_t unit_month = int64_t(unit + 1) * 1'000'000 + received.year() * 100 + int(received.month());
        auto [targets, added] = targets_of.try_emplace(unit_month);
        if (added) {
            const Period periods[] = {Period::all(), Period{received.year(), 0},
                                      Period{received.year(), int(received.month())}};
            for (int scope : scopes.chain_of(unit)) {
                for (const Period& p : periods) {
                    const int64_t key = slot_key(scope, p);
                    slots.try_emplace(key, scope, p);
                    targets->second.push_back(&accumulators[key]);
                }
            }
        }
        for (Accumulator* a : targets->second) add(*a, f, categories.names().size(), levels.names().size());
    }

    Statistics s;
    for (auto& [key, acc] : accumulators) {
        const auto& [scope, period] = slots.at(key);
        s.table_.emplace(std::make_pair(scopes.ids[scope], period), finish(acc, categories, levels));
    }
    return s;
}

const CaseFigures& Statistics::figures(const std::string& unit_id, Period p) const {
    static const CaseFigures empty;
    auto it = table_.find({unit_id, p});
    return it == table_.end() ? empty : it->second;
}

std::vector<Period> Statistics::years(const std::string& unit_id) const {
    std::vector<Period> out;
    for (auto it = table_.lower_bound({unit_id, Period{1, 0}});
         it != table_.end() && it->first.first == unit_id; ++it)
        if (it->first.second.month == 0) out.push_back(it->first.second);
    return out;
}

std::vector<Period> Statistics::months(const std::string& unit_id, int year) const {
    std::vector<Period> out;
    for (auto it = table_.lower_bound({unit_id, Period{year, 1}});
         it != table_.end() && it->first.first == unit_id && it->first.second.year == year; ++it)
        out.push_back(it->first.second);
    return out;
}

}  // namespace gongkai
