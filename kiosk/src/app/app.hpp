#pragma once
// The SFML application: one window, a fixed 60 Hz time step, input mapped to
// the Kiosk model, painting only when something changed, snapshot polling
// every 2 s. run_interactive() is the lobby kiosk; run_script() is the
// headless test mode.

#include "gongkai/records.hpp"
#include "screens/theme.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace gongkai::kiosk {

struct AppOptions {
    std::filesystem::path snapshot_dir;
    std::optional<Orientation> orientation;  // overrides site.yaml
    TextSize text_size = TextSize::normal;
    std::filesystem::path script;            // headless mode when set
    std::filesystem::path screenshots;
    bool windowed = false;                   // development: a window instead of full screen
};

// Returns the process exit code.
int run_app(const AppOptions& opt);

}  // namespace gongkai::kiosk
