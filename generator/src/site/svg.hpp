#pragma once
// Inline SVG the pages embed: bar charts with a text alternative, a stacked
// funding bar, and QR codes. Every string here is built from numbers and
// escaped labels, so templates may insert it unescaped ({{{ }}}).

#include "gongkai/qr.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::gen::site {

struct BarSeries {
    std::string name;  // legend text: "受理"
    std::string css;   // class for colour: "s1", "s2"
};

struct BarGroup {
    std::string label;            // x-axis / row label: "6月", "物业服务"
    std::vector<int64_t> values;  // one per series
};

// Vertical grouped bars (e.g. received and resolved per month). `id` must be
// unique in the page (used for aria-labelledby).
std::string column_chart_svg(std::string_view id, std::string_view title, std::string_view desc,
                             const std::vector<BarSeries>& series, const std::vector<BarGroup>& groups);
// Horizontal bars, one series (e.g. cases by category).
std::string bar_chart_svg(std::string_view id, std::string_view title, std::string_view desc,
                          const std::vector<BarGroup>& rows);
// One stacked bar of shares (funding sources), labelled by the caller's table.
std::string share_bar_svg(std::string_view id, std::string_view title, const std::vector<BarGroup>& parts);
// The QR code as one path, one square per dark module, with a 4-module quiet
// zone; scales to its container.
std::string qr_svg(const QrMatrix& qr, std::string_view title);

}  // namespace gongkai::gen::site
