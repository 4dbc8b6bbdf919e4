// Notices: active and upcoming, the archive, per unit, one page each and a
// printable A4 page with a QR code to the online version.
#include "gongkai/labels.hpp"
#include "gongkai/qr.hpp"
#include "gongkai/urls.hpp"
#include "markdown/markdown.hpp"
#include "site/planners.hpp"
#include "site/record_data.hpp"
#include "site/svg.hpp"

#include <algorithm>

namespace gongkai::gen::site {

namespace {

Data rows_of(const Shared& s, const std::vector<size_t>& indices) {
    Data rows = Data::list();
    for (size_t i : indices) rows.push(notice_row(s, i));
    return rows;
}

Data notice_detail(const Shared& s, size_t i) {
    const Notice& n = s.site().notices[i];
    Data d = notice_row(s, i);
    std::string audience;
    for (const std::string& u : n.units) audience += std::string(audience.empty() ? "" : "、") + std::string(s.unit_name(u));
    d.set("audience", audience.empty() ? std::string("全辖区") : audience);
    std::string contact_name;
    for (const Contact& c : s.site().config.contacts)
        if (c.number == n.contact) contact_name = c.name;
    d.set("contact", n.contact).set("contact_name", contact_name);
    d.set("body_html", markdown_to_html(n.body));
    d.set("print_href", urls::notice_print_page(n.id));
    d.set("online_url", urls::absolute(s.site().config.base_url, urls::notice_page(n.id)));
    return d;
}

// Which notices a unit page lists: everything addressed to it that is not expired.
std::vector<size_t> current_for_unit(const RenderContext& ctx, const std::vector<size_t>& for_unit) {
    std::vector<size_t> out;
    for (size_t i : ctx.index.notices_active)
        if (std::find(for_unit.begin(), for_unit.end(), i) != for_unit.end()) out.push_back(i);
    for (size_t i : ctx.index.notices_upcoming)
        if (std::find(for_unit.begin(), for_unit.end(), i) != for_unit.end()) out.push_back(i);
    return out;
}

void plan_index(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    Fingerprint fp(ctx, "notices");
    for (size_t i : ctx.index.notices_active) add_notice(fp, *shared, i);
    fp.add("upcoming");
    for (size_t i : ctx.index.notices_upcoming) add_notice(fp, *shared, i);
    fp.add(uint64_t(ctx.index.notices_expired.size()));
    add_page(plan, shared, urls::paged(urls::notices_dir, 1), fp.value(), "notice_list",
             [](const Shared& s, const std::string& path) {
                 Data d = page_layer(s, path, "通知公告", kNotices);
                 d.set("has_active", !s.ctx.index.notices_active.empty());
                 d.set("active", Data::map().set("notices", rows_of(s, s.ctx.index.notices_active)));
                 d.set("has_upcoming", !s.ctx.index.notices_upcoming.empty());
                 d.set("upcoming", Data::map().set("notices", rows_of(s, s.ctx.index.notices_upcoming)));
                 d.set("archive_href", urls::paged(urls::notices_archive_dir(), 1));
                 d.set("archive_count", s.ctx.index.notices_expired.size());
                 return d;
             });
}

void plan_archive(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    const std::vector<size_t>& expired = ctx.index.notices_expired;
    const int pages = page_count(expired.size());
    const std::string dir = urls::notices_archive_dir();
    for (int page = 1; page <= pages; ++page) {
        const size_t begin = size_t(page - 1) * kListPageSize;
        const size_t end = std::min(expired.size(), begin + kListPageSize);
        Fingerprint fp(ctx, "notice-archive");
        fp.add(uint64_t(page)).add(uint64_t(pages));
        for (size_t k = begin; k < end; ++k) add_notice(fp, *shared, expired[k]);
        add_page(plan, shared, urls::paged(dir, page), fp.value(), "notice_archive",
                 [page, pages, begin, end, dir](const Shared& s, const std::string& path) {
                     Data d = page_layer(s, path, page > 1 ? "通知存档（第" + std::to_string(page) + "页）" : "通知存档", kNotices);
                     const auto& all = s.ctx.index.notices_expired;
                     d.set("has_notices", end > begin);
                     d.set("notices", rows_of(s, std::vector<size_t>(all.begin() + long(begin), all.begin() + long(end))));
                     d.set("pagination", pagination(dir, page, pages));
                     return d;
                 });
    }
}

void plan_per_unit(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    for (const Unit& unit : ctx.site.config.units) {
        auto it = ctx.index.notices_by_unit.find(unit.id);
        static const std::vector<size_t> none;
        const std::vector<size_t>& for_unit = it == ctx.index.notices_by_unit.end() ? none : it->second;
        auto current = std::make_shared<const std::vector<size_t>>(current_for_unit(ctx, for_unit));
        Fingerprint fp(ctx, "notices-unit");
        fp.add(unit.id);
        for (size_t i : *current) add_notice(fp, *shared, i);
        add_page(plan, shared, urls::notices_by_unit_page(unit.id), fp.value(), "notice_unit",
                 [current, id = unit.id](const Shared& s, const std::string& path) {
                     const std::string name(s.unit_name(id));
                     Data d = page_layer(s, path, name + "的通知", kNotices);
                     d.set("unit", name).set("unit_href", urls::unit_page(id));
                     d.set("has_notices", !current->empty()).set("notices", rows_of(s, *current));
                     d.set("archive_href", urls::paged(urls::notices_archive_dir(), 1));
                     return d;
                 });
    }
}

void plan_each(const SharedPtr& shared, OutputPlan& plan) {
    const RenderContext& ctx = shared->ctx;
    for (size_t i = 0; i < ctx.site.notices.size(); ++i) {
        const Notice& n = ctx.site.notices[i];
        Fingerprint fp(ctx, "notice");
        add_notice(fp, *shared, i);
        add_page(plan, shared, urls::notice_page(n.id), fp.value(), "notice", [i](const Shared& s, const std::string& path) {
            Data d = page_layer(s, path, s.site().notices[i].title, kNotices);
            d.set("notice", notice_detail(s, i));
            return d;
        });
        // The print view has no site chrome: it is a sheet for a notice board.
        Fingerprint print_fp(ctx, "notice-print");
        print_fp.add(n.content_hash);
        const std::string print_path = urls::notice_print_page(n.id);
        plan.push_back(PlannedFile{print_path, print_fp.value(), [shared, i, print_path]() {
            const Shared& s = *shared;
            Data d = page_layer(s, print_path, s.site().notices[i].title, kNotices);
            Data detail = notice_detail(s, i);
            const std::string url = urls::absolute(s.site().config.base_url, urls::notice_page(s.site().notices[i].id));
            auto qr = make_qr(url);
            d.set("qr_svg", qr ? qr_svg(*qr, "二维码：" + url) : std::string());
            d.set("notice", std::move(detail));
            return s.ctx.theme->render("notice_print", {&s.chrome, &d});
        }});
    }
}

}  // namespace

void plan_notice_pages(const SharedPtr& shared, OutputPlan& plan) {
    plan_index(shared, plan);
    plan_archive(shared, plan);
    plan_per_unit(shared, plan);
    plan_each(shared, plan);
}

}  // namespace gongkai::gen::site
