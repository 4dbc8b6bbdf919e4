#include "site/theme.hpp"

#include "gongkai/hash.hpp"

#include <algorithm>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <system_error>

namespace gongkai::gen {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTemplateExt = ".mustache";

std::optional<std::string> read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

// Regular files under `dir`, as '/'-separated relative paths, sorted so the
// fingerprint and the plan do not depend on directory order.
std::vector<std::string> list_files(const fs::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        if (it->is_regular_file(ec)) out.push_back(fs::relative(it->path(), dir, ec).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool is_hidden_or_backup(std::string_view rel) {
    const size_t slash = rel.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? rel : rel.substr(slash + 1);
    return name.empty() || name.front() == '.' || name.back() == '~';
}

}  // namespace

std::optional<Theme> Theme::load(const fs::path& dir, Diagnostics& diags) {
    Theme theme;
    const fs::path templates_dir = dir / "templates";
    std::error_code ec;
    if (!fs::is_directory(templates_dir, ec)) {
        diags.error(templates_dir.generic_string(), 0, "", "theme has no templates folder");
        return std::nullopt;
    }
    uint64_t fp = hash64("gongkai-theme-1");
    bool ok = true;
    for (const std::string& rel : list_files(templates_dir)) {
        if (is_hidden_or_backup(rel) || !rel.ends_with(kTemplateExt)) continue;
        const fs::path path = templates_dir / rel;
        auto source = read_bytes(path);
        if (!source) {
            diags.error(path.generic_string(), 0, "", "cannot read template");
            ok = false;
            continue;
        }
        fp = hash_combine(fp, hash_combine(hash64("templates/" + rel), hash64(*source)));
        TemplateError error;
        auto compiled = Template::compile(*source, error);
        if (!compiled) {
            diags.error(path.generic_string(), error.line, "", error.message);
            ok = false;
            continue;
        }
        theme.templates_.emplace(rel.substr(0, rel.size() - kTemplateExt.size()), std::move(*compiled));
    }
    for (const std::string& rel : list_files(dir / "static")) {
        if (is_hidden_or_backup(rel)) continue;
        auto bytes = read_bytes(dir / "static" / rel);
        if (!bytes) {
            diags.error((dir / "static" / rel).generic_string(), 0, "", "cannot read static file");
            ok = false;
            continue;
        }
        fp = hash_combine(fp, hash_combine(hash64("static/" + rel), hash64(*bytes)));
        theme.static_files_.push_back({rel, std::move(*bytes)});
    }
    if (ok && !theme.has_template("layout")) {
        diags.error((templates_dir / "layout.mustache").generic_string(), 0, "", "theme has no layout template");
        ok = false;
    }
    if (!ok) return std::nullopt;
    theme.fingerprint_ = fp;
    return theme;
}

struct Theme::MissingLog {
    std::mutex mutex;
    std::set<std::string> names;
};

void Theme::record_missing_names() { missing_log_ = std::make_shared<MissingLog>(); }

std::vector<std::string> Theme::missing_names() const {
    if (!missing_log_) return {};
    std::lock_guard lock(missing_log_->mutex);
    return {missing_log_->names.begin(), missing_log_->names.end()};
}

void Theme::note_missing(std::string_view page, const std::vector<std::string>& names) const {
    if (!missing_log_ || names.empty()) return;
    std::lock_guard lock(missing_log_->mutex);
    for (const std::string& n : names) missing_log_->names.insert(std::string(page) + ": " + n);
}

bool Theme::has_template(std::string_view name) const { return templates_.find(name) != templates_.end(); }

const Template* Theme::find(std::string_view name) const {
    auto it = templates_.find(name);
    return it == templates_.end() ? nullptr : &it->second;
}

std::string Theme::render(std::string_view name, const std::vector<const Data*>& layers,
                          std::vector<std::string>* missing) const {
    std::string out;
    const Template* t = find(name);
    if (!t) {
        if (missing) missing->push_back(">" + std::string(name));
        return out;
    }
    out.reserve(16 * 1024);
    PartialLookup lookup = [this](std::string_view partial) { return find(partial); };
    std::vector<std::string> local;
    if (!missing && missing_log_) missing = &local;
    t->render(layers, lookup, out, missing);
    note_missing(name, local);
    return out;
}

std::string Theme::render_page(std::string_view page, const std::vector<const Data*>& layers,
                               std::vector<std::string>* missing) const {
    std::string out;
    const Template* content = find(page);
    if (!content && missing) missing->push_back(">" + std::string(page));
    out.reserve(16 * 1024);
    PartialLookup lookup = [this, content](std::string_view partial) -> const Template* {
        return partial == "content" ? content : find(partial);
    };
    std::vector<std::string> local;
    if (!missing && missing_log_) missing = &local;
    find("layout")->render(layers, lookup, out, missing);
    note_missing(page, local);
    return out;
}

}  // namespace gongkai::gen
