#include "incremental/output_paths.hpp"

namespace gongkai::gen {
namespace fs = std::filesystem;
namespace {

// "public/", "./public", "public/." -> "public"; an absolute path stays absolute.
fs::path without_trailing_separator(const fs::path& p) {
    fs::path normal = p.lexically_normal();
    if (!normal.has_filename() && normal.has_parent_path() && normal != normal.root_path())
        normal = normal.parent_path();
    return normal;
}

// True when `inner` is `outer` or lies inside it (both absolute and normal).
bool within(const fs::path& inner, const fs::path& outer) {
    auto i = inner.begin();
    for (auto o = outer.begin(); o != outer.end(); ++o, ++i) {
        if (o->empty()) continue;  // a trailing separator's empty element
        if (i == inner.end() || *i != *o) return false;
    }
    return true;
}

// Absolute, with symlinks resolved as far as the path exists, so two
// spellings of one folder compare equal.
fs::path comparable(const fs::path& p) {
    std::error_code ec;
    fs::path resolved = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return without_trailing_separator(ec ? fs::absolute(p).lexically_normal() : resolved);
}

}  // namespace

std::optional<OutputPaths> OutputPaths::resolve(const fs::path& out, const fs::path& content, Status& status) {
    const fs::path live = without_trailing_separator(out);
    const std::string name = live.filename().string();
    if (live.empty() || name.empty() || name == "." || name == "..") {
        status = Status::failure("--out '" + out.string() + "' names no folder; give the site a folder of its own, e.g. public");
        return std::nullopt;
    }
    const fs::path live_abs = comparable(live), content_abs = comparable(content);
    if (within(live_abs, content_abs)) {
        const std::string where =
            live_abs == content_abs ? "the content folder" : "inside the content folder " + content.string();
        status = Status::failure("--out " + live.string() + " is " + where +
                                 ": a build replaces its output whole; choose a folder outside the content, e.g. public");
        return std::nullopt;
    }
    if (within(content_abs, live_abs)) {
        status = Status::failure("--out " + live.string() + " holds the content folder " + content.string() +
                                 ": a build replaces its output whole; choose a folder outside the content, e.g. public");
        return std::nullopt;
    }

    OutputPaths paths;
    paths.live = live;
    const fs::path parent = live.has_parent_path() ? live.parent_path() : fs::path(".");
    auto sibling = [&](const char* suffix) { return parent / ("." + name + suffix); };
    paths.previous = sibling(".previous");
    paths.cache = sibling(".cache");
    paths.kiosk_scratch = sibling(".kiosk");
    paths.lock = sibling(".lock");
    paths.shown = live.string() + "/";
    status = Status::ok();
    return paths;
}

}  // namespace gongkai::gen
