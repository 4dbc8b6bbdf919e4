#pragma once
// site.yaml: settings, the units tree (flattened parents-first), categories,
// deadline classes, official contacts and the kiosk section.

#include "gongkai/diagnostics.hpp"
#include "gongkai/records.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

// Parses normalised site.yaml text. Missing optional sections get the
// defaults of docs/content-format.md (notice categories, deadline classes).
SiteConfig load_site_config(std::string_view text, const std::string& shown, Diagnostics& diags);

std::vector<Category> default_notice_categories();
std::vector<DeadlineClass> default_deadline_classes();

}  // namespace gongkai::gen
