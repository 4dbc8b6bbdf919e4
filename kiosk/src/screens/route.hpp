#pragma once
// Where the kiosk is: a screen and, for detail screens, the item shown.

#include <string>
#include <string_view>

namespace gongkai::kiosk {

enum class ScreenId {
    home, notices, notice, cases, case_list, case_detail, projects, project,
    units, unit, about, attract, updating
};

// The name logged as "screen NAME ITEM-ID" and used by scripts' tests.
std::string_view screen_name(ScreenId);

struct Route {
    ScreenId screen = ScreenId::home;
    std::string item;  // record id for detail screens, unit id, or case category filter
    int page = 0;      // case list page, 0-based
    bool operator==(const Route&) const = default;
};

}  // namespace gongkai::kiosk
