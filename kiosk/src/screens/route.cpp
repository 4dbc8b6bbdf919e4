#include "screens/route.hpp"

namespace gongkai::kiosk {

std::string_view screen_name(ScreenId s) {
    switch (s) {
    case ScreenId::home: return "home";
    case ScreenId::notices: return "notices";
    case ScreenId::notice: return "notice";
    case ScreenId::cases: return "cases";
    case ScreenId::case_list: return "case_list";
    case ScreenId::case_detail: return "case";
    case ScreenId::projects: return "projects";
    case ScreenId::project: return "project";
    case ScreenId::units: return "units";
    case ScreenId::unit: return "unit";
    case ScreenId::about: return "about";
    case ScreenId::attract: return "attract";
    case ScreenId::updating: return "updating";
    }
    return "?";
}

}  // namespace gongkai::kiosk
