#pragma once
// What every page planner shares: the site-wide data layer (title, menu,
// contacts), fingerprint helpers and the call that renders a page through
// the theme's layout. Internal to the site part.

#include "gongkai/hash.hpp"
#include "page_graph/output_plan.hpp"
#include "page_graph/site_index.hpp"
#include "site/template_data.hpp"
#include "site/theme.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace gongkai::gen::site {

// Menu sections; a page names the one it belongs to so the menu can mark it.
inline constexpr std::string_view kHome = "home", kCases = "cases", kProjects = "projects",
                                  kNotices = "notices", kUnits = "units", kSearch = "search", kData = "data";

// Built once per build and shared (read-only) by every render closure.
struct Shared {
    const RenderContext& ctx;
    Data chrome;  // the bottom data layer: site title, contacts, feeds
    std::map<std::string, Data, std::less<>> menus;  // section or "page:ID" -> menu with the current item marked

    std::unordered_map<std::string_view, const Unit*> units_by_id;  // SiteConfig::find_unit is linear

    // A case appears in ~8 lists (all, category, year, month, each unit up
    // the tree), so its row is built once, on first use, by whichever render
    // thread gets there first. Measured with 100,000 cases (-O2): a 50-row
    // list page went from ~250 us to ~95 us.
    mutable std::unique_ptr<std::once_flag[]> case_row_once;
    mutable std::vector<Data> case_rows;

    explicit Shared(const RenderContext& c);
    const Site& site() const { return ctx.site; }
    const Data& menu(std::string_view section) const;
    // The unit's name, or the id itself when unknown.
    std::string_view unit_name(std::string_view id) const;
};
using SharedPtr = std::shared_ptr<const Shared>;

// Order-dependent fingerprint of a page's inputs, starting from the build's
// global fingerprint and a tag naming the kind of page.
class Fingerprint {
public:
    Fingerprint(const RenderContext& ctx, std::string_view page_kind)
        : h_(hash_combine(ctx.global_fingerprint, hash64(page_kind))) {}
    Fingerprint& add(uint64_t v) { h_ = hash_combine(h_, v); return *this; }
    Fingerprint& add(std::string_view s) { return add(hash64(s)); }
    // Never 0: 0 means "always render".
    uint64_t value() const { return h_ == 0 ? 1 : h_; }

private:
    uint64_t h_;
};

// The page's own data layer with what the layout needs: root (relative
// prefix back to the site root), title, the menu, the canonical URL.
Data page_layer(const Shared& shared, std::string_view path, std::string_view title, std::string_view section);
// Marks the page as showing the build's date ("数据更新于 ..."); only for
// pages that are re-rendered on every build (fingerprint 0).
void show_updated(const Shared& shared, Data& page);
// Renders `page_template` inside the layout.
std::string render_page(const Shared& shared, std::string_view page_template, const Data& page);

// Appends a planned page whose render closure builds its data with `make`
// (called on a worker thread; must only read `shared`).
template <typename Make>
void add_page(OutputPlan& plan, const SharedPtr& shared, std::string path, uint64_t fingerprint,
              std::string_view page_template, Make make) {
    plan.push_back(PlannedFile{
        path, fingerprint,
        [shared, path, tmpl = std::string(page_template), make = std::move(make)]() {
            const Data page = make(*shared, path);
            return render_page(*shared, tmpl, page);
        }});
}

}  // namespace gongkai::gen::site
