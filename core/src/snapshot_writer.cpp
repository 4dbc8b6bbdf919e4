// write_snapshot: puts a loaded site into a fresh SQLite file in a stable
// order (same input, same bytes), then writes manifest.json beside it. When
// the first table groups' rows are those of the previous snapshot, the file
// starts as a copy of the previous one up to where those groups ended (see
// snapshot_checkpoints.hpp), which gives the same bytes faster.

#include "gongkai/hash.hpp"
#include "gongkai/snapshot.hpp"
#include "snapshot_checkpoints.hpp"
#include "snapshot_digest.hpp"
#include "snapshot_manifest.hpp"
#include "store.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <fstream>
#include <optional>
#include <system_error>
#include <tuple>
#include <unordered_map>

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

struct StatsEntry {
    const std::string* scope;
    std::string period;
    const CaseFigures* figures;
};

// The input in the order its rows are written, sorted once: the
// rows digests and the writes both walk it.
struct Plan {
    const SnapshotInput& in;
    UnitTree tree;
    std::vector<size_t> case_order;                 // site.cases indexes; seq = position + 1
    std::vector<std::vector<int64_t>> case_scope;   // [unit seq] -> case seqs ascending; [0] unused
    std::vector<const Project*> projects;
    std::vector<const Notice*> notices;
    std::vector<const Page*> pages;
    std::vector<StatsEntry> stats;                    // in the stats table's key order

    explicit Plan(const SnapshotInput& input)
        : in(input),
          tree(input.site.config.units),
          projects(sorted_by_id(input.site.projects)),
          notices(sorted_by_id(input.site.notices)),
          pages(sorted_by_id(input.site.pages)) {
        const auto& cases = in.site.cases;
        // Seq follows (received, id), so "newest first" is descending seq.
        case_order = cases_by_received(cases, ReceivedOrder::oldest_first);
        // A case is listed under its own unit and every ancestor.
        case_scope.resize(tree.order.size() + 1);
        for (size_t k = 0; k < case_order.size(); ++k) {
            const auto it = tree.seq_of.find(cases[case_order[k]].unit);
            for (int u = it == tree.seq_of.end() ? 0 : it->second; u != 0; u = tree.parent_seq[size_t(u - 1)])
                case_scope[size_t(u)].push_back(int64_t(k) + 1);
        }
        // Statistics come ordered by Period, but the table's key is the
        // period's text ("2025" < "2025-06" < "all").
        for (const auto& [scope_period, f] : in.statistics.all())
            stats.push_back({&scope_period.first, scope_period.second.key(), &f});
        std::sort(stats.begin(), stats.end(), [](const StatsEntry& a, const StatsEntry& b) {
            return std::tie(*a.scope, a.period) < std::tie(*b.scope, b.period);
        });
    }
};

using Digests = std::array<std::string, std::size(store::kTableGroups)>;

void write_config(store::Writer& w, const Plan& plan) {
    const SiteConfig& cfg = plan.in.site.config;
    const DateTime now = plan.in.generated_at;
    w.meta("schema_version", std::to_string(kSnapshotSchemaVersion));
    w.meta("generated_at", now.rfc3339(cfg.utc_offset_minutes));
    w.meta("generated_local", std::to_string(now.minutes_since_epoch()));
    w.meta("site_title", cfg.title);
    w.meta("site_description", cfg.description);
    w.meta("base_url", cfg.base_url);
    w.meta("language", cfg.language);
    w.meta("time_zone", cfg.time_zone);
    w.meta("utc_offset_minutes", std::to_string(cfg.utc_offset_minutes));
    w.meta("kiosk_centre_name", cfg.kiosk.centre_name);
    w.meta("kiosk_address", cfg.kiosk.address);
    w.meta("kiosk_opening_hours", cfg.kiosk.opening_hours);
    w.meta("kiosk_orientation", id_of(cfg.kiosk.orientation));
    w.meta("kiosk_idle_seconds", std::to_string(cfg.kiosk.idle_seconds));
    // The PIN itself never leaves the content folder.
    w.meta("pin_sha256", cfg.kiosk.pin.empty() ? "" : sha256_hex("gongkai-kiosk-pin:" + cfg.kiosk.pin));
    for (size_t i = 0; i < cfg.kiosk.services.size(); ++i) w.kiosk_service(int(i) + 1, cfg.kiosk.services[i]);

    const UnitTree& tree = plan.tree;
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

// Each group is written table by table, every table in its key order, to
// `Out`: a store::Writer (the file) or a snapshot::RowsDigest (to learn
// whether the group changed), through the same code.
template <class Out>
void write_cases(Out& out, const Plan& plan) {
    const auto& cases = plan.in.site.cases;
    for (size_t k = 0; k < plan.case_order.size(); ++k)
        out.add(store::CaseRow{int64_t(k) + 1, cases[plan.case_order[k]], plan.in.timings[plan.case_order[k]]});
    for (size_t k = 0; k < plan.case_order.size(); ++k) {
        const Case& c = cases[plan.case_order[k]];
        for (size_t t = 0; t < c.timeline.size(); ++t)
            out.add(store::TimelineRow{int64_t(k) + 1, int(t) + 1, c.timeline[t]});
    }
    for (size_t u = 1; u < plan.case_scope.size(); ++u)
        for (int64_t seq : plan.case_scope[u]) out.add(store::CaseScopeRow{int(u), seq});
}

template <class Out>
void write_projects(Out& out, const Plan& plan) {
    const auto& projects = plan.projects;
    for (size_t s = 0; s < projects.size(); ++s) out.add(store::ProjectRow{int(s) + 1, *projects[s]});
    for (size_t s = 0; s < projects.size(); ++s)
        for (size_t i = 0; i < projects[s]->units.size(); ++i)
            out.add(store::ProjectUnitRow{int(s) + 1, int(i) + 1, projects[s]->units[i]});
    for (size_t s = 0; s < projects.size(); ++s)
        for (size_t i = 0; i < projects[s]->funding.size(); ++i)
            out.add(store::FundingRow{int(s) + 1, int(i) + 1, projects[s]->funding[i]});
    for (size_t s = 0; s < projects.size(); ++s)
        for (size_t i = 0; i < projects[s]->milestones.size(); ++i)
            out.add(store::MilestoneRow{int(s) + 1, int(i) + 1, projects[s]->milestones[i]});
    for (size_t s = 0; s < projects.size(); ++s)
        for (size_t i = 0; i < projects[s]->quantities.size(); ++i)
            out.add(store::QuantityRow{int(s) + 1, int(i) + 1, projects[s]->quantities[i]});
}

template <class Out>
void write_notices(Out& out, const Plan& plan) {
    const auto& notices = plan.notices;
    for (size_t s = 0; s < notices.size(); ++s) out.add(store::NoticeRow{int(s) + 1, *notices[s]});
    for (size_t s = 0; s < notices.size(); ++s)
        for (size_t i = 0; i < notices[s]->units.size(); ++i)
            out.add(store::NoticeUnitRow{int(s) + 1, int(i) + 1, notices[s]->units[i]});
}

template <class Out>
void write_pages(Out& out, const Plan& plan) {
    for (size_t s = 0; s < plan.pages.size(); ++s) out.add(store::PageRow{int(s) + 1, *plan.pages[s]});
}

template <class Out>
void write_statistics(Out& out, const Plan& plan) {
    for (const StatsEntry& row : plan.stats) out.add(store::StatsRow{*row.scope, row.period, *row.figures});
    // Dimensions in their text order, and keys in a std::map: key order.
    for (const StatsEntry& row : plan.stats) {
        const std::pair<const char*, const std::map<std::string, int>*> dimensions[] = {
            {"category", &row.figures->by_category},
            {"channel", &row.figures->by_channel},
            {"level", &row.figures->by_level},
            {"satisfaction", &row.figures->by_satisfaction},
        };
        for (const auto& [dimension, counts] : dimensions)
            for (const auto& [key, count] : *counts)
                out.add(store::BreakdownRow{*row.scope, row.period, dimension, key, count});
    }
}

template <class Out>
void write_group(Out& out, store::TableGroup g, const Plan& plan) {
    switch (g) {
    case store::TableGroup::cases: return write_cases(out, plan);
    case store::TableGroup::stats: return write_statistics(out, plan);
    case store::TableGroup::projects: return write_projects(out, plan);
    case store::TableGroup::notices: return write_notices(out, plan);
    case store::TableGroup::pages: return write_pages(out, plan);
    }
}

// Digest i covers groups 0..i: a checkpoint stands for the whole file up to
// its group.
Digests rows_digests(const Plan& plan) {
    Digests out;
    snapshot::RowsDigest digest;
    for (size_t i = 0; i < std::size(store::kTableGroups); ++i) {
        write_group(digest, store::kTableGroups[i], plan);
        out[i] = digest.hex();
    }
    return out;
}

// The previous snapshot's database, when there is one beside `dir`.
std::optional<std::filesystem::path> previous_database(const std::filesystem::path* previous_dir,
                                                       const std::filesystem::path& dir) {
    if (!previous_dir) return std::nullopt;
    std::error_code ec;
    if (std::filesystem::equivalent(*previous_dir, dir, ec)) return std::nullopt;
    const std::filesystem::path db = *previous_dir / kSnapshotDbName;
    if (!std::filesystem::is_regular_file(db, ec)) return std::nullopt;
    return db;
}

// Starts `db_path` as a copy of the previous database up to its last
// checkpoint whose rows digest is ours, once the checkpoints and the pages
// they cover check out; returns those checkpoints (none when nothing is
// reused). Damage found on the way is described in `note`.
std::vector<store::Checkpoint> restore_unchanged_prefix(const std::filesystem::path& db_path, const Digests& digests,
                                                        const std::filesystem::path& previous_db, std::string& note) {
    std::vector<store::Checkpoint> checkpoints;
    Status status = store::read_checkpoints(previous_db, checkpoints);
    if (status) status = snapshot::verify_checkpoints(previous_db, checkpoints);
    if (status) {
        size_t same = 0;
        while (same < checkpoints.size() && checkpoints[same].rows_digest == digests[same]) ++same;
        checkpoints.resize(same);
        if (same > 0) status = snapshot::restore_checkpoint(previous_db, checkpoints, db_path);
    }
    if (status) return checkpoints;
    // Failing to write the copy is no damage of the previous snapshot.
    note = status.path() == previous_db.string()
               ? "ignoring damaged snapshot checkpoints " + previous_db.string() + ": " + status.cause()
               : "ignoring snapshot checkpoints " + previous_db.string() + ": " + status.message();
    note += "; writing the snapshot in full";
    return {};
}

// Fills `db_path`, from the unchanged prefix of the previous database when
// there is one (`checkpoints`: those restore_unchanged_prefix restored); the
// file comes out the same either way. Fails when the file cannot be read
// back; throws store::StoreError when SQLite fails.
Status write_database(const std::filesystem::path& db_path, const Plan& plan, const Digests& digests,
                      std::vector<store::Checkpoint> checkpoints) {
    const size_t reused = checkpoints.size();
    store::Writer w(db_path, reused > 0 ? store::WriteFrom::restored_checkpoint : store::WriteFrom::scratch);
    snapshot::CheckpointRecorder recorder(db_path, reused > 0 ? w.page_count() : 1);
    for (size_t i = reused; i < std::size(store::kTableGroups); ++i) {
        const store::TableGroup g = store::kTableGroups[i];
        w.begin_group(g);
        write_group(w, g, plan);
        w.end_group(g);
        store::Checkpoint& cp = checkpoints.emplace_back();
        if (Status s = recorder.record(w.page_count(), cp); !s) return s;
        cp.seq = int64_t(i) + 1;
        cp.rows_digest = digests[i];
    }
    w.begin_site();
    write_config(w, plan);
    w.finish(checkpoints);
    return Status::ok();
}

bool write_text_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    return bool(out);
}

}  // namespace

Status write_snapshot(const std::filesystem::path& dir, const SnapshotInput& in,
                      const std::filesystem::path* previous_dir, SnapshotReuse* reuse) {
    const std::filesystem::path db_path = dir / kSnapshotDbName;
    if (in.timings.size() != in.site.cases.size())
        return Status::error("write", db_path,
                             std::to_string(in.timings.size()) + " timings for " +
                                 std::to_string(in.site.cases.size()) + " cases");

    SnapshotReuse reused;
    try {
        const Plan plan(in);
        const Digests digests = rows_digests(plan);
        const auto previous_db = previous_database(previous_dir, dir);
        std::vector<store::Checkpoint> checkpoints;
        if (previous_db) checkpoints = restore_unchanged_prefix(db_path, digests, *previous_db, reused.note);
        Status status;
        if (!checkpoints.empty()) {
            try {
                reused.groups_reused = checkpoints.size();
                status = write_database(db_path, plan, digests, std::move(checkpoints));
            } catch (const store::StoreError& e) {
                // Checked pages that SQLite cannot go on from: write from scratch.
                reused = {0, "ignoring snapshot checkpoints " + previous_db->string() + ": " + e.what() +
                                 "; writing the snapshot in full"};
                checkpoints.clear();
            }
        }
        if (reused.groups_reused == 0) status = write_database(db_path, plan, digests, {});
        if (!status) {
            std::error_code ec;
            std::filesystem::remove(db_path, ec);
            return status;
        }
    } catch (const store::StoreError& e) {
        std::error_code ec;
        std::filesystem::remove(db_path, ec);
        return Status::error("write", db_path, e.what());
    }

    SnapshotManifest m;
    m.schema_version = kSnapshotSchemaVersion;
    m.generated_at = in.generated_at.rfc3339(in.site.config.utc_offset_minutes);
    m.database = kSnapshotDbName;
    m.sha256 = sha256_file_hex(db_path.string());
    if (m.sha256.empty()) return Status::error("read back", db_path, "unreadable");
    m.counts = {
        {"cases", int64_t(in.site.cases.size())},
        {"notices", int64_t(in.site.notices.size())},
        {"pages", int64_t(in.site.pages.size())},
        {"projects", int64_t(in.site.projects.size())},
        {"units", int64_t(in.site.config.units.size())},
    };
    const std::filesystem::path manifest_path = dir / kSnapshotManifestName;
    if (!write_text_file(manifest_path, manifest_json(m)))
        return Status::error("write", manifest_path, std::error_code(errno, std::generic_category()));
    if (reuse) *reuse = std::move(reused);
    return Status::ok();
}

}  // namespace gongkai
