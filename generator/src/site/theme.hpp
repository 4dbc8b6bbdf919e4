#pragma once
// The HTML theme: Mustache templates and static files from a folder
// (themes/default by default), read when the build starts so staff can edit
// them without recompiling.
//
// templates/NAME.mustache and templates/partials/NAME.mustache are both
// reachable by name ("case", "partials/header"); every template may include
// any other as a partial. A page is rendered through templates/layout.mustache,
// whose {{> content}} is the page's own template.

#include "gongkai/diagnostics.hpp"
#include "site/mustache.hpp"
#include "site/template_data.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

struct StaticFile {
    std::string path;   // relative to static/, '/' separated: "style.css"
    std::string bytes;
};

class Theme {
public:
    // Reads and compiles every template and reads every static file. Problems
    // (a missing folder or layout, a template that does not compile) are added
    // to `diags` with the file and line, and nullopt is returned.
    static std::optional<Theme> load(const std::filesystem::path& dir, Diagnostics& diags);

    // Hash of every template and static file's path and bytes; the build mixes
    // it into every page's fingerprint.
    uint64_t fingerprint() const { return fingerprint_; }

    bool has_template(std::string_view name) const;
    // Renders template `name` with the data layers in `layers` (searched from
    // the last to the first for names). Thread-safe. Missing names render
    // empty and are appended to `missing` when given.
    std::string render(std::string_view name, const std::vector<const Data*>& layers,
                       std::vector<std::string>* missing = nullptr) const;
    // Renders layout.mustache with {{> content}} bound to template `page`.
    std::string render_page(std::string_view page, const std::vector<const Data*>& layers,
                            std::vector<std::string>* missing = nullptr) const;

    // Sorted by path.
    const std::vector<StaticFile>& static_files() const { return static_files_; }

    // From now on, names that templates use but the data lacks are recorded
    // (tests render every page this way to catch template typos).
    void record_missing_names();
    // Recorded names as "template: name", sorted and unique.
    std::vector<std::string> missing_names() const;

private:
    const Template* find(std::string_view name) const;

    struct MissingLog;
    void note_missing(std::string_view page, const std::vector<std::string>& names) const;

    std::map<std::string, Template, std::less<>> templates_;
    std::shared_ptr<MissingLog> missing_log_;  // null unless record_missing_names() was called
    std::vector<StaticFile> static_files_;
    uint64_t fingerprint_ = 0;
};

}  // namespace gongkai::gen
