// write_snapshot: puts a loaded site into a fresh SQLite file in a stable
// order (same input, same bytes), then writes manifest.json beside it.

#include "gongkai/hash.hpp"
#include "gongkai/snapshot.hpp"
#include "snapshot_manifest.hpp"
#include "store.hpp"

#include <algorithm>
#include <fstream>
#include <unordered_map>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>
static double cpu(){rusage u{};getrusage(RUSAGE_SELF,&u);return u.ru_utime.tv_sec+u.ru_stime.tv_sec+(u.ru_utime.tv_usec+u.ru_stime.tv_usec)/1e6;}
static auto T0=std::chrono::steady_clock::now(); static double C0=cpu();
static void lap(const char* w){auto n=std::chrono::steady_clock::now();double c=cpu();std::fprintf(stderr,"  %-8s %5.0f/%5.0f\n",w,(c-C0)*1000,std::chrono::duration<double,std::milli>(n-T0).count());T0=n;C0=c;}

namespace gongkai {

namespace {

// The unit tree in pre-order with nested-set intervals: unit `seq` covers
// seq..rgt. Seq 0 stands for the whole site.
struct UnitTree {
    std::vector<const Unit*> order;  // order[seq - 1]
    std::vector<int> rgt;            // rgt[seq - 1]
    std::vector<int> parent_seq;     // parent_seq[seq - 1]; 0 for roots
    std::unordered_map<std::string_view, int> seq_of;

    explicit UnitTree(const std::vector<Unit>& units) {
        // Derived from parent links rather than trusting the input order, so
        // a subtree is always one contiguous interval.
        std::unordered_map<std::string_view, std::vector<const Unit*>> children;
        std::vector<const Unit*> roots;
        std::unordered_map<std::string_view, const Unit*> by_id;
        for (const Unit& u : units) by_id.emplace(u.id, &u);
        for (const Unit& u : units) {
            if (u.parent.empty() || !by_id.contains(u.parent))
                roots.push_back(&u);
            else
                children[u.parent].push_back(&u);
        }
        for (const Unit* root : roots) visit(root, 0, children);
    }

private:
    int visit(const Unit* u, int parent,
              const std::unordered_map<std::string_view, std::vector<const Unit*>>& children) {
        if (seq_of.contains(u->id)) return 0;  // a cycle; validation reports it
        order.push_back(u);
        rgt.push_back(0);
        parent_seq.push_back(parent);
        const int seq = int(order.size());
        seq_of.emplace(u->id, seq);
        int last = seq;
        if (const auto it = children.find(u->id); it != children.end())
            for (const Unit* child : it->second) last = std::max(last, visit(child, seq, children));
        rgt[size_t(seq - 1)] = last;
        return last;
    }
};

template <class T>
std::vector<const T*> sorted_by_id(const std::vector<T>& records) {
    std::vector<const T*> out;
    out.reserve(records.size());
    for (const T& r : records) out.push_back(&r);
    std::sort(out.begin(), out.end(), [](const T* a, const T* b) { return a->id < b->id; });
    return out;
}

void write_config(store::Writer& w, const SnapshotInput& in, const UnitTree& tree) {
    const SiteConfig& cfg = in.site.config;
    w.meta("schema_version", std::to_string(kSnapshotSchemaVersion));
    w.meta("generated_at", in.generated_at.rfc3339(cfg.utc_offset_minutes));
    w.meta("generated_local", std::to_string(in.generated_at.minutes_since_epoch()));
    w.meta("site_title", cfg.title);
    w.meta("site_description", cfg.description);
    w.meta("base_url", cfg.base_url);
    w.meta("language", cfg.language);
    w.meta("time_zone", cfg.time_zone);
    w.meta("utc_offset_minutes", std::to_string(cfg.utc_offset_minutes));
    w.meta("kiosk_centre_name", cfg.kiosk.centre_name);
    w.meta("kiosk_address", cfg.kiosk.address);
    w.meta("kiosk_opening_hours", cfg.kiosk.opening_hours);
    w.meta("kiosk_orientation", cfg.kiosk.orientation);
    w.meta("kiosk_idle_seconds", std::to_string(cfg.kiosk.idle_seconds));
    // The PIN itself never leaves the content folder.
    w.meta("pin_sha256", cfg.kiosk.pin.empty() ? "" : sha256_hex("gongkai-kiosk-pin:" + cfg.kiosk.pin));
    for (size_t i = 0; i < cfg.kiosk.services.size(); ++i) w.kiosk_service(int(i) + 1, cfg.kiosk.services[i]);

    for (size_t i = 0; i < tree.order.size(); ++i) w.unit(int(i) + 1, *tree.order[i], tree.rgt[i]);
    const std::pair<const char*, const std::vector<Category>*> domains[] = {
        {"cases", &cfg.case_categories},
        {"notices", &cfg.notice_categories},
        {"projects", &cfg.project_categories},
    };
    for (const auto& [domain, list] : domains)
        for (size_t i = 0; i < list->size(); ++i) w.category(domain, int(i) + 1, (*list)[i]);
    for (size_t i = 0; i < cfg.deadline_classes.size(); ++i) w.deadline_class(int(i) + 1, cfg.deadline_classes[i]);
    for (size_t i = 0; i < cfg.contacts.size(); ++i) w.contact(int(i) + 1, cfg.contacts[i]);
}

void write_cases(store::Writer& w, const SnapshotInput& in, const UnitTree& tree) {
    const auto& cases = in.site.cases;
    // Seq follows (received, id), so "newest first" is descending seq.
    std::vector<size_t> order(cases.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (cases[a].received != cases[b].received) return cases[a].received < cases[b].received;
        return cases[a].id < cases[b].id;
    });

    // case_scope rows grouped by unit so they go in in key order.
    std::vector<std::vector<int64_t>> scope(tree.order.size() + 1);  // [0] unused
    for (size_t k = 0; k < order.size(); ++k) {
        const Case& c = cases[order[k]];
        const int64_t seq = int64_t(k) + 1;
        w.case_record(seq, c, in.timings[order[k]]);
        for (size_t t = 0; t < c.timeline.size(); ++t) w.timeline_entry(seq, int(t) + 1, c.timeline[t]);
        const auto it = tree.seq_of.find(c.unit);
        for (int u = it == tree.seq_of.end() ? 0 : it->second; u != 0; u = tree.parent_seq[size_t(u - 1)])
            scope[size_t(u)].push_back(seq);
    }
    lap("caserows");
    if (!getenv("GK_NOSCOPE")) for (size_t u = 1; u < scope.size(); ++u)
        for (int64_t seq : scope[u]) w.case_scope(int(u), seq);
}

void write_projects(store::Writer& w, const std::vector<Project>& projects) {
    int seq = 0;
    for (const Project* p : sorted_by_id(projects)) {
        w.project(++seq, *p);
        for (size_t i = 0; i < p->units.size(); ++i) w.project_unit(seq, int(i) + 1, p->units[i]);
        for (size_t i = 0; i < p->funding.size(); ++i) w.project_funding(seq, int(i) + 1, p->funding[i]);
        for (size_t i = 0; i < p->milestones.size(); ++i) w.project_milestone(seq, int(i) + 1, p->milestones[i]);
        for (size_t i = 0; i < p->quantities.size(); ++i) w.project_quantity(seq, int(i) + 1, p->quantities[i]);
    }
}

void write_notices_and_pages(store::Writer& w, const Site& site) {
    int seq = 0;
    for (const Notice* n : sorted_by_id(site.notices)) {
        w.notice(++seq, *n);
        for (size_t i = 0; i < n->units.size(); ++i) w.notice_unit(seq, int(i) + 1, n->units[i]);
    }
    seq = 0;
    for (const Page* p : sorted_by_id(site.pages)) w.page(++seq, *p);
}

void write_statistics(store::Writer& w, const Statistics& stats) {
    for (const auto& [scope_period, f] : stats.all()) {
        const std::string& scope = scope_period.first;
        const std::string period = scope_period.second.key();
        w.stats(scope, period, f);
        const std::pair<const char*, const std::map<std::string, int>*> dimensions[] = {
            {"category", &f.by_category},
            {"channel", &f.by_channel},
            {"level", &f.by_level},
            {"satisfaction", &f.by_satisfaction},
        };
        for (const auto& [dimension, counts] : dimensions)
            for (const auto& [key, count] : *counts) w.stats_breakdown(scope, period, dimension, key, count);
    }
}

bool write_text_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    return bool(out);
}

}  // namespace

// The previous snapshot is deliberately not used: a full rewrite of 100,000
// cases takes under a second, and patching a copy of the previous file would
// make its bytes depend on build history rather than on the input alone.
std::string write_snapshot(const std::filesystem::path& dir, const SnapshotInput& in,
                           const std::filesystem::path* /*previous_dir*/) {
    if (in.timings.size() != in.site.cases.size())
        return "snapshot: " + std::to_string(in.timings.size()) + " timings for " +
               std::to_string(in.site.cases.size()) + " cases";

    const std::filesystem::path db_path = dir / kSnapshotDbName;
    try {
        const UnitTree tree(in.site.config.units);
        lap("start");store::Writer w(db_path);lap("open");
        write_config(w, in, tree);lap("config");
        write_cases(w, in, tree);lap("cases");
        write_projects(w, in.site.projects);lap("projects");
        write_notices_and_pages(w, in.site);lap("notices");
        write_statistics(w, in.statistics);lap("stats");
        w.finish();lap("finish");
    } catch (const store::StoreError& e) {
        std::error_code ec;
        std::filesystem::remove(db_path, ec);
        return "snapshot: cannot write " + db_path.string() + ": " + e.what();
    }

    SnapshotManifest m;
    m.schema_version = kSnapshotSchemaVersion;
    m.generated_at = in.generated_at.rfc3339(in.site.config.utc_offset_minutes);
    m.database = kSnapshotDbName;
    m.sha256 = sha256_file_hex(db_path.string());
    lap("sha256");if (m.sha256.empty()) return "snapshot: cannot read back " + db_path.string();
    m.counts = {
        {"cases", int64_t(in.site.cases.size())},
        {"notices", int64_t(in.site.notices.size())},
        {"pages", int64_t(in.site.pages.size())},
        {"projects", int64_t(in.site.projects.size())},
        {"units", int64_t(in.site.config.units.size())},
    };
    const std::filesystem::path manifest_path = dir / kSnapshotManifestName;
    if (!write_text_file(manifest_path, manifest_json(m)))
        return "snapshot: cannot write " + manifest_path.string();
    lap("manifest");return {};
}

}  // namespace gongkai
