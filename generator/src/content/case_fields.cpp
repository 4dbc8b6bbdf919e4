#include "content/case_fields.hpp"

namespace gongkai::gen {

void read_case_fields(Fields& f, Case& c) {
    if (auto v = f.id("id", Need::required)) c.id = std::move(*v);
    if (auto v = f.text("title", Need::required)) c.title = std::move(*v);
    if (auto v = f.id("unit", Need::required)) c.unit = std::move(*v);
    if (auto v = f.id("category", Need::required)) c.category = std::move(*v);
    if (auto v = f.choice<Channel>("channel", Need::required, parse_channel, all_channels())) c.channel = *v;
    if (auto v = f.id("level", Need::required)) c.level = std::move(*v);
    if (auto v = f.date("received", Need::required)) c.received = *v;
    c.responded = f.date("responded", Need::optional);
    c.closed = f.date("closed", Need::optional);
    if (auto v = f.choice<CaseStatus>("status", Need::required, parse_case_status, all_case_statuses()))
        c.status = *v;
    if (auto v = f.choice<Satisfaction>("satisfaction", Need::optional, parse_satisfaction, all_satisfactions()))
        c.satisfaction = *v;
    c.amount_recovered = f.money("amount_recovered", Need::optional);
}

}  // namespace gongkai::gen
