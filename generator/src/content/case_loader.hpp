#pragma once
// Cases from cases/*.md (one per file) and cases/*.csv (one per row).

#include "gongkai/diagnostics.hpp"
#include "gongkai/records.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen {

// Timeline steps of the closed loop, in order (PRODUCT.md).
inline constexpr std::string_view case_steps[] = {"收集", "交办", "处置", "反馈", "复盘"};

// Parses one normalised Markdown case. nullopt when the file has no usable
// front matter; otherwise the case, possibly incomplete, with its problems
// in `diags`.
std::optional<Case> load_case_markdown(std::string_view text, const std::string& shown, Diagnostics& diags);

// Parses a normalised CSV register and appends one case per row to `out`.
// A bad header (unknown, repeated or missing required columns) is reported
// once and no rows are read.
void load_case_csv(std::string_view text, const std::string& shown, std::vector<Case>& out, Diagnostics& diags);

}  // namespace gongkai::gen
