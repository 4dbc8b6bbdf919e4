#pragma once
// Private to gongkai_core: the rows of the snapshot's record tables and, for
// each table, the one list of its columns. store::Writer binds these columns
// to the table's INSERT and snapshot::RowsDigest hashes the same calls, so a
// rows digest always covers exactly what the file holds.

#include <cstdint>
#include <optional>
#include <string_view>

#include "gongkai/deadlines.hpp"
#include "gongkai/records.hpp"
#include "gongkai/statistics.hpp"
#include "gongkai/urls.hpp"

namespace gongkai::store {

// The record tables, in the order their groups fill them (docs/snapshot.md).
enum class Table {
    cases,
    case_timeline,
    case_scope,
    stats,
    stats_breakdown,
    projects,
    project_units,
    project_funding,
    project_milestones,
    project_quantities,
    pages,
    notices,
    notice_units,
};
inline constexpr size_t kTableCount = size_t(Table::notice_units) + 1;

// One struct per table: what a row is made from. References must outlive
// the call that receives the row.
struct CaseRow {
    static constexpr Table table = Table::cases;
    int64_t seq;
    const Case& c;
    const CaseTiming& t;
};
struct TimelineRow {
    static constexpr Table table = Table::case_timeline;
    int64_t case_seq;
    int seq;
    const TimelineEntry& e;
};
struct CaseScopeRow {
    static constexpr Table table = Table::case_scope;
    int unit_seq;
    int64_t case_seq;
};
struct StatsRow {
    static constexpr Table table = Table::stats;
    std::string_view scope, period;
    const CaseFigures& f;
};
struct BreakdownRow {
    static constexpr Table table = Table::stats_breakdown;
    std::string_view scope, period, dimension, key;
    int count;
};
struct ProjectRow {
    static constexpr Table table = Table::projects;
    int seq;
    const Project& p;
};
struct ProjectUnitRow {
    static constexpr Table table = Table::project_units;
    int project_seq, seq;
    std::string_view unit_id;
};
struct FundingRow {
    static constexpr Table table = Table::project_funding;
    int project_seq, seq;
    const Funding& f;
};
struct MilestoneRow {
    static constexpr Table table = Table::project_milestones;
    int project_seq, seq;
    const Milestone& m;
};
struct QuantityRow {
    static constexpr Table table = Table::project_quantities;
    int project_seq, seq;
    const Quantity& q;
};
struct PageRow {
    static constexpr Table table = Table::pages;
    int seq;
    const Page& p;
};
struct NoticeRow {
    static constexpr Table table = Table::notices;
    int seq;
    const Notice& n;
};
struct NoticeUnitRow {
    static constexpr Table table = Table::notice_units;
    int notice_seq, seq;
    std::string_view unit_id;
};

// Dates are stored as days since 1970-01-01, date-times as minutes since
// 1970-01-01 00:00 local time, money in fen.
inline std::optional<int64_t> days(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->days();
}
inline std::optional<int64_t> minutes(const std::optional<DateTime>& t) {
    if (!t) return std::nullopt;
    return t->minutes_since_epoch();
}
inline std::optional<int64_t> fen(const std::optional<Money>& m) {
    if (!m) return std::nullopt;
    return m->fen;
}

// ---- the columns of each table ------------------------------------------------
// `Out` is a store::Statement or a snapshot::RowsDigest: both have
// bind(index, value) for int64_t, int, double, text and std::optional of
// them. Indexes are the 1-based parameters of the table's INSERT (store.cpp),
// in the order of its CREATE TABLE.

// The cases columns derived as of the build date (the rest come from the
// case's source text).
template <class Out>
void case_timing_columns(Out& o, const CaseTiming& t) {
    o.bind(15, int64_t(t.deadline.days()))
        .bind(16, id_of(t.verdict))
        .bind(17, days(t.effective_response))
        .bind(18, t.working_days_to_response)
        .bind(19, t.working_days_to_close);
}

template <class Out>
void columns(Out& o, const CaseRow& r) {
    const Case& c = r.c;
    o.bind(1, r.seq)
        .bind(2, c.id)
        .bind(3, c.title)
        .bind(4, c.unit)
        .bind(5, c.category)
        .bind(6, id_of(c.channel))
        .bind(7, c.level)
        .bind(8, int64_t(c.received.days()))
        .bind(9, days(c.responded))
        .bind(10, days(c.closed))
        .bind(11, id_of(c.status))
        .bind(12, id_of(c.satisfaction))
        .bind(13, fen(c.amount_recovered))
        .bind(14, c.body);
    case_timing_columns(o, r.t);
    o.bind(20, urls::case_page(c.id));
}

template <class Out>
void columns(Out& o, const TimelineRow& r) {
    o.bind(1, r.case_seq)
        .bind(2, r.seq)
        .bind(3, int64_t(r.e.date.days()))
        .bind(4, r.e.step)
        .bind(5, r.e.note);
}

template <class Out>
void columns(Out& o, const CaseScopeRow& r) {
    o.bind(1, r.unit_seq).bind(2, r.case_seq);
}

template <class Out>
void columns(Out& o, const StatsRow& r) {
    const CaseFigures& f = r.f;
    o.bind(1, r.scope)
        .bind(2, r.period)
        .bind(3, f.received)
        .bind(4, f.resolved)
        .bind(5, f.closed)
        .bind(6, f.responded)
        .bind(7, f.on_time)
        .bind(8, f.overdue_open)
        .bind(9, f.open)
        .bind(10, f.resolution_rate)
        .bind(11, f.on_time_rate)
        .bind(12, f.median_working_days_to_response)
        .bind(13, f.median_working_days_to_close)
        .bind(14, f.amount_recovered.fen);
}

template <class Out>
void columns(Out& o, const BreakdownRow& r) {
    o.bind(1, r.scope).bind(2, r.period).bind(3, r.dimension).bind(4, r.key).bind(5, r.count);
}

template <class Out>
void columns(Out& o, const ProjectRow& r) {
    const Project& p = r.p;
    o.bind(1, r.seq)
        .bind(2, p.id)
        .bind(3, p.title)
        .bind(4, p.category)
        .bind(5, id_of(p.status))
        .bind(6, p.budget.fen)
        .bind(7, fen(p.spent))
        .bind(8, p.beneficiaries)
        .bind(9, days(p.start))
        .bind(10, days(p.planned_end))
        .bind(11, days(p.completed))
        .bind(12, p.progress)
        .bind(13, p.body)
        .bind(14, urls::project_page(p.id));
}

template <class Out>
void columns(Out& o, const ProjectUnitRow& r) {
    o.bind(1, r.project_seq).bind(2, r.seq).bind(3, r.unit_id);
}

template <class Out>
void columns(Out& o, const FundingRow& r) {
    o.bind(1, r.project_seq).bind(2, r.seq).bind(3, r.f.source).bind(4, r.f.amount.fen);
}

template <class Out>
void columns(Out& o, const MilestoneRow& r) {
    o.bind(1, r.project_seq)
        .bind(2, r.seq)
        .bind(3, int64_t(r.m.date.days()))
        .bind(4, r.m.title)
        .bind(5, int64_t(r.m.done));
}

template <class Out>
void columns(Out& o, const QuantityRow& r) {
    o.bind(1, r.project_seq).bind(2, r.seq).bind(3, r.q.item).bind(4, r.q.count).bind(5, r.q.unit);
}

template <class Out>
void columns(Out& o, const PageRow& r) {
    o.bind(1, r.seq)
        .bind(2, r.p.id)
        .bind(3, r.p.title)
        .bind(4, r.p.order)
        .bind(5, r.p.body)
        .bind(6, urls::content_page(r.p.id));
}

template <class Out>
void columns(Out& o, const NoticeRow& r) {
    const Notice& n = r.n;
    o.bind(1, r.seq)
        .bind(2, n.id)
        .bind(3, n.title)
        .bind(4, n.category)
        .bind(5, n.published.minutes_since_epoch())
        .bind(6, n.valid_from.minutes_since_epoch())
        .bind(7, minutes(n.valid_until))
        .bind(8, id_of(n.priority))
        .bind(9, n.contact)
        .bind(10, n.body)
        .bind(11, urls::notice_page(n.id))
        .bind(12, int64_t(n.units.empty()));
}

template <class Out>
void columns(Out& o, const NoticeUnitRow& r) {
    o.bind(1, r.notice_seq).bind(2, r.seq).bind(3, r.unit_id);
}

}  // namespace gongkai::store
