#include "page_graph/site_index.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace gongkai::gen {
namespace {

void index_units(const SiteConfig& cfg, SiteIndex& ix) {
    for (const Unit& u : cfg.units) {
        ix.unit_children[u.id];  // every unit gets an entry, leaves too
        if (!u.parent.empty()) ix.unit_children[u.parent].push_back(u.id);
    }
    for (const Unit& u : cfg.units) {
        std::vector<std::string>& chain = ix.unit_ancestors[u.id];
        for (const Unit* p = cfg.find_unit(u.parent); p != nullptr; p = cfg.find_unit(p->parent)) {
            chain.push_back(p->id);
            if (chain.size() > cfg.units.size()) break;  // guards against a cycle in bad input
        }
    }
}

// The unit itself, then its ancestors: every scope a record in `unit` counts for.
std::vector<const std::string*> scopes_of(const SiteIndex& ix, const std::string& unit) {
    std::vector<const std::string*> out{&unit};
    if (auto it = ix.unit_ancestors.find(unit); it != ix.unit_ancestors.end())
        for (const std::string& a : it->second) out.push_back(&a);
    return out;
}

// The lists a case in `unit` joins: its unit's and every ancestor's. Worked
// out once per unit rather than once per case (100,000 cases, a hundred
// units); std::map keeps each list where it is as the map grows.
class UnitLists {
public:
    UnitLists(const SiteIndex& ix, std::map<std::string, std::vector<size_t>>& by_unit)
        : ix_(ix), by_unit_(by_unit) {}
    const std::vector<std::vector<size_t>*>& of(const std::string& unit) {
        auto [entry, added] = lists_.try_emplace(unit);
        if (added)
            for (const std::string* scope : scopes_of(ix_, unit)) entry->second.push_back(&by_unit_[*scope]);
        return entry->second;
    }

private:
    const SiteIndex& ix_;
    std::map<std::string, std::vector<size_t>>& by_unit_;
    std::unordered_map<std::string_view, std::vector<std::vector<size_t>*>> lists_;
};

void index_cases(const Site& site, SiteIndex& ix) {
    const auto& cases = site.cases;
    ix.cases = cases_by_received(cases, ReceivedOrder::newest_first);
    UnitLists unit_lists(ix, ix.cases_by_unit);
    std::unordered_map<std::string_view, std::vector<size_t>*> category_lists;
    for (size_t i : ix.cases) {
        const Case& c = cases[i];
        for (std::vector<size_t>* list : unit_lists.of(c.unit)) list->push_back(i);
        auto [category, added] = category_lists.try_emplace(c.category, nullptr);
        if (added) category->second = &ix.cases_by_category[c.category];
        category->second->push_back(i);
        ix.cases_by_year[c.received.year()].push_back(i);
        ix.cases_by_month[{c.received.year(), int(c.received.month())}].push_back(i);
    }
}

// The units whose residents see a notice for `units`: whole-site notices
// (no units) reach every unit; otherwise each listed unit, its ancestors
// and its descendants. Sorted, without repeats.
std::vector<std::string> audience_of(const SiteConfig& cfg, const SiteIndex& ix,
                                     const std::vector<std::string>& units) {
    std::vector<std::string> audience;
    if (units.empty()) {
        for (const Unit& u : cfg.units) audience.push_back(u.id);
    } else {
        for (const std::string& unit : units) {
            for (const std::string* scope : scopes_of(ix, unit)) audience.push_back(*scope);
            std::vector<std::string> stack{unit};
            while (!stack.empty()) {
                std::string u = std::move(stack.back());
                stack.pop_back();
                if (auto it = ix.unit_children.find(u); it != ix.unit_children.end())
                    for (const std::string& child : it->second) {
                        audience.push_back(child);
                        stack.push_back(child);
                    }
            }
        }
    }
    std::sort(audience.begin(), audience.end());
    audience.erase(std::unique(audience.begin(), audience.end()), audience.end());
    return audience;
}

void index_notices(const Site& site, DateTime now, SiteIndex& ix) {
    const auto& notices = site.notices;
    for (size_t i = 0; i < notices.size(); ++i) {
        switch (notice_state(notices[i], now)) {
            case NoticeState::active: ix.notices_active.push_back(i); break;
            case NoticeState::upcoming: ix.notices_upcoming.push_back(i); break;
            case NoticeState::expired: ix.notices_expired.push_back(i); break;
        }
        ix.notices_by_published.push_back(i);
    }
    auto urgent_then_newest = [&](size_t a, size_t b) {
        const Notice& x = notices[a];
        const Notice& y = notices[b];
        bool xu = x.priority == Priority::urgent, yu = y.priority == Priority::urgent;
        return std::tie(yu, y.valid_from, x.id) < std::tie(xu, x.valid_from, y.id);
    };
    std::sort(ix.notices_active.begin(), ix.notices_active.end(), urgent_then_newest);
    std::sort(ix.notices_upcoming.begin(), ix.notices_upcoming.end(), urgent_then_newest);
    std::sort(ix.notices_expired.begin(), ix.notices_expired.end(), [&](size_t a, size_t b) {
        const Notice& x = notices[a];
        const Notice& y = notices[b];
        DateTime xe = x.valid_until.value_or(x.valid_from), ye = y.valid_until.value_or(y.valid_from);
        return std::tie(ye, x.id) < std::tie(xe, y.id);
    });
    std::sort(ix.notices_by_published.begin(), ix.notices_by_published.end(), [&](size_t a, size_t b) {
        const Notice& x = notices[a];
        const Notice& y = notices[b];
        return std::tie(y.published, x.id) < std::tie(x.published, y.id);
    });

    // Most notices share a handful of audiences (the whole site above all):
    // each distinct list of units is resolved once.
    std::map<std::vector<std::string>, std::vector<std::vector<size_t>*>> lists_of_audience;
    for (size_t i : ix.notices_by_published) {
        const Notice& n = notices[i];
        auto [entry, added] = lists_of_audience.try_emplace(n.units);
        if (added)
            for (const std::string& u : audience_of(site.config, ix, n.units))
                entry->second.push_back(&ix.notices_by_unit[u]);
        for (std::vector<size_t>* list : entry->second) list->push_back(i);
    }
}

int status_rank(ProjectStatus s) {
    switch (s) {
        case ProjectStatus::in_progress: return 0;
        case ProjectStatus::planned: return 1;
        case ProjectStatus::completed: return 2;
        case ProjectStatus::suspended: return 3;
    }
    return 4;
}

void index_projects(const Site& site, SiteIndex& ix) {
    const auto& projects = site.projects;
    ix.projects.resize(projects.size());
    for (size_t i = 0; i < projects.size(); ++i) ix.projects[i] = i;
    std::sort(ix.projects.begin(), ix.projects.end(), [&](size_t a, size_t b) {
        int ra = status_rank(projects[a].status), rb = status_rank(projects[b].status);
        return std::tie(ra, projects[a].id) < std::tie(rb, projects[b].id);
    });
    for (size_t i : ix.projects) {
        const Project& p = projects[i];
        std::vector<std::string> scopes;
        for (const std::string& unit : p.units)
            for (const std::string* scope : scopes_of(ix, unit)) scopes.push_back(*scope);
        std::sort(scopes.begin(), scopes.end());
        scopes.erase(std::unique(scopes.begin(), scopes.end()), scopes.end());
        for (const std::string& s : scopes) ix.projects_by_unit[s].push_back(i);
    }
}

}  // namespace

SiteIndex SiteIndex::build(const Site& site, DateTime now) {
    SiteIndex ix;
    index_units(site.config, ix);
    index_cases(site, ix);    index_notices(site, now, ix);    index_projects(site, ix);    return ix;
}

}  // namespace gongkai::gen
