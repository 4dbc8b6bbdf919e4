// gongkai-kiosk: the lobby kiosk. A thin command layer over app.cpp.
#include "app/app.hpp"

#include <cstdio>
#include <string>

namespace {

void usage() {
    std::fprintf(stderr,
                 "usage: gongkai-kiosk --snapshot DIR [--script FILE --screenshots DIR]\n"
                 "                     [--orientation portrait|landscape] [--large-text] [--windowed]\n");
}

}  // namespace

int main(int argc, char** argv) {
    gongkai::kiosk::AppOptions opt;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        if (a == "--snapshot" && (v = value())) opt.snapshot_dir = v;
        else if (a == "--script" && (v = value())) opt.script = v;
        else if (a == "--screenshots" && (v = value())) opt.screenshots = v;
        else if (a == "--orientation" && (v = value()) && gongkai::parse_orientation(v))
            opt.orientation = gongkai::parse_orientation(v);
        else if (a == "--large-text") opt.text_size = gongkai::kiosk::TextSize::large;
        else if (a == "--windowed") opt.windowed = true;
        else {
            usage();
            return 2;
        }
    }
    if (opt.snapshot_dir.empty()) {
        usage();
        return 2;
    }
    return gongkai::kiosk::run_app(opt);
}
