#pragma once
// How records are written to the content cache: cereal's binary archive,
// every field of every record (content_cache.cpp). A field added to a
// record must be added here too; the cache tests compare a site built from
// the cache with one built from the files.

#include "gongkai/records.hpp"

#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/utility.hpp>
#include <cereal/types/vector.hpp>

namespace gongkai {

template <class Archive>
void save(Archive& a, const Date& d) {
    a(d.days());
}
template <class Archive>
void load(Archive& a, Date& d) {
    int32_t days = 0;
    a(days);
    d = Date::from_days(days);
}
template <class Archive>
void serialize(Archive& a, DateTime& t) {
    a(t.date, t.minute_of_day);
}
template <class Archive>
void serialize(Archive& a, Money& m) {
    a(m.fen);
}
template <class Archive>
void serialize(Archive& a, Origin& o) {
    a(o.file, o.line, o.body_line, o.field_lines);
}
template <class Archive>
void serialize(Archive& a, TimelineEntry& e) {
    a(e.date, e.step, e.note);
}
template <class Archive>
void serialize(Archive& a, Case& c) {
    a(c.id, c.title, c.unit, c.category, c.channel, c.level, c.received, c.responded, c.closed, c.status,
      c.satisfaction, c.amount_recovered, c.timeline, c.body, c.origin, c.content_hash);
}
template <class Archive>
void serialize(Archive& a, Funding& f) {
    a(f.source, f.amount);
}
template <class Archive>
void serialize(Archive& a, Milestone& m) {
    a(m.date, m.title, m.done);
}
template <class Archive>
void serialize(Archive& a, Quantity& q) {
    a(q.item, q.count, q.unit);
}
template <class Archive>
void serialize(Archive& a, Project& p) {
    a(p.id, p.title, p.units, p.category, p.status, p.budget, p.funding, p.spent, p.beneficiaries, p.start,
      p.planned_end, p.completed, p.progress, p.milestones, p.quantities, p.body, p.origin, p.content_hash);
}
template <class Archive>
void serialize(Archive& a, Notice& n) {
    a(n.id, n.title, n.category, n.units, n.published, n.valid_from, n.valid_until, n.priority, n.contact, n.body,
      n.origin, n.content_hash);
}
template <class Archive>
void serialize(Archive& a, Page& p) {
    a(p.id, p.title, p.order, p.body, p.origin, p.content_hash);
}

}  // namespace gongkai
