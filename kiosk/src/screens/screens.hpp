#pragma once
// Builds the Scene for a route from the view models: layout only, in pixels
// for the given Metrics. Portrait and landscape differ only in column counts
// and widths derived from Metrics.

#include "screens/composer.hpp"
#include "screens/route.hpp"
#include "screens/scene.hpp"
#include "screens/view_models.hpp"

#include "gongkai/snapshot.hpp"

namespace gongkai::kiosk {

struct AttractView {
    std::vector<Slide> slides;
    size_t index = 0;
    bool paused = false;
};

struct ScreenContext {
    const SnapshotReader* snapshot = nullptr;  // null: no good snapshot yet
    const Fonts* fonts = nullptr;
    Metrics metrics;
    DateTime now;
    size_t ticker_index = 0;   // which urgent notice the home ticker shows
    int case_page_size = 30;
    const AttractView* attract = nullptr;
};

// REQUIRES: ctx.fonts set; ctx.snapshot set unless route is `updating`.
// A detail route whose item is missing shows an empty detail screen.
Scene build_scene(const Route& route, const ScreenContext& ctx);

// Case list filter encoded in Route::item: "" (all), "c:ID" (category), "l:ID" (level).
std::string case_filter_item(std::string_view kind, std::string_view id);

// Bars shared by every screen except attract/updating. Exposed for overlays.
void compose_chrome(Composer& fixed, const ScreenContext& ctx, std::string_view title, bool show_back);

// Body builders, one per screen; each returns the body height.
float compose_home(Composer& c, const ScreenContext& ctx);
float compose_notices(Composer& c, const ScreenContext& ctx);
float compose_notice(Composer& c, const ScreenContext& ctx, const std::string& id);
float compose_cases(Composer& c, const ScreenContext& ctx);
float compose_case_list(Composer& c, const ScreenContext& ctx, const Route& r);
float compose_case(Composer& c, const ScreenContext& ctx, const std::string& id);
float compose_projects(Composer& c, const ScreenContext& ctx);
float compose_project(Composer& c, const ScreenContext& ctx, const std::string& id);
float compose_units(Composer& c, const ScreenContext& ctx);
float compose_unit(Composer& c, const ScreenContext& ctx, const std::string& id);
float compose_about(Composer& c, const ScreenContext& ctx);
void compose_attract(Composer& c, const ScreenContext& ctx);
void compose_updating(Composer& c, const ScreenContext& ctx);

// Shared pieces used by several screens; each returns the new y.
float compose_rows(Composer& c, float y, const std::vector<ListRow>& rows, ScreenId target);
float compose_section_heading(Composer& c, float y, std::string_view text);
float compose_figures(Composer& c, float y, const std::vector<Figure>& figures);
float compose_fields_with_qr(Composer& c, float y, const std::vector<Field>& fields, const std::string& qr_url);
// An urgent badge is drawn in the urgent colours.
float compose_title(Composer& c, float y, std::string_view title, std::string_view badge,
                    Priority priority);

}  // namespace gongkai::kiosk
