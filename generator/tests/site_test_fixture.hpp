#pragma once
// A loaded fixture site with everything the page planners need, for the
// site_* tests. Not a test itself.

#include "content/load_site.hpp"
#include "page_graph/output_plan.hpp"
#include "page_graph/site_index.hpp"
#include "site/html_pages.hpp"
#include "site/theme.hpp"
#include "test_site.hpp"

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <string>

namespace gongkai::gen::testing {

inline std::string source_path(const std::string& rel) { return std::string(GONGKAI_SOURCE_DIR) + "/" + rel; }

// Owns the site and every derived value; ctx() refers into them, so the
// fixture must not move (hence held by unique_ptr).
struct SiteFixture {
    Site site;
    std::vector<CaseTiming> timings;
    Statistics stats;
    SiteIndex index;
    std::optional<Theme> theme;
    DateTime now;

    static std::unique_ptr<SiteFixture> load(const std::string& content = "tests/fixtures/small",
                                             const std::string& when = "2025-06-20 10:00") {
        auto f = std::make_unique<SiteFixture>();
        Diagnostics diags;
        f->site = load_site(source_path(content), diags);
        for (const auto& d : diags.items()) MESSAGE(format(d));
        REQUIRE(diags.ok());
        f->now = *DateTime::parse(when);
        f->derive();
        Diagnostics theme_diags;
        f->theme = Theme::load(source_path("themes/default"), theme_diags);
        for (const auto& d : theme_diags.items()) MESSAGE(format(d));
        REQUIRE(f->theme);
        f->theme->record_missing_names();
        return f;
    }

    // Recomputes timings, statistics and the index after `site` was edited.
    void derive() {
        test_site::Derived derived = test_site::derive(site, now.date);
        timings = std::move(derived.timings);
        stats = std::move(derived.stats);
        index = SiteIndex::build(site, now);
    }

    RenderContext ctx(uint64_t global = 42) const {
        return RenderContext{site, timings, stats, index, theme ? &*theme : nullptr, now, global};
    }

    OutputPlan plan() const {
        OutputPlan plan;
        const RenderContext c = ctx();
        plan_html_pages(c, plan);
        plan_theme_assets(c, plan);
        return plan;
    }

    // Path -> fingerprint, for comparing two plans.
    std::map<std::string, uint64_t> fingerprints() const {
        std::map<std::string, uint64_t> out;
        for (const PlannedFile& f : plan()) out[f.path] = f.fingerprint;
        return out;
    }

    std::string render(const std::string& path) const {
        // The closures refer to the context, so it must outlive rendering.
        const RenderContext c = ctx();
        OutputPlan plan;
        plan_html_pages(c, plan);
        plan_theme_assets(c, plan);
        for (const PlannedFile& f : plan)
            if (f.path == path) return f.render();
        FAIL("no planned file " << path);
        return {};
    }
};

}  // namespace gongkai::gen::testing
