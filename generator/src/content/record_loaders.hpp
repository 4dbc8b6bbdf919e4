#pragma once
// Projects, notices and pages: one Markdown file each.

#include "gongkai/diagnostics.hpp"
#include "gongkai/records.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace gongkai::gen {

// Each parses one normalised Markdown file. nullopt when the file has no
// usable front matter; otherwise the record, possibly incomplete, with its
// problems in `diags`.
std::optional<Project> load_project(std::string_view text, const std::string& shown, Diagnostics& diags);
std::optional<Notice> load_notice(std::string_view text, const std::string& shown, Diagnostics& diags);
// `id` is the file name without `.md`.
std::optional<Page> load_page(std::string_view text, const std::string& shown, std::string id,
                              Diagnostics& diags);

}  // namespace gongkai::gen
