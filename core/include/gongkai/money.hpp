#pragma once
// Amounts of money in fen (1/100 yuan), so sums are exact.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

struct Money {
    int64_t fen = 0;
    // "1200000", "1200000.5", "1,200,000.50"; at most two decimals, not negative.
    static std::optional<Money> parse(std::string_view yuan);
    static Money from_yuan(int64_t yuan) { return Money{yuan * 100}; }
    // "1,200,000.50" style with thousands separators; ".00" is omitted.
    std::string display_yuan() const;
    // Plain machine form for open data: "1200000.50" / "1200000".
    std::string plain_yuan() const;
    // "120.5万" style for key figures (万 = 10,000 yuan), one decimal, rounded
    // half up. Always in 万, even below 10,000 yuan (3,580 yuan -> "0.4万"), so
    // a row of figures reads in one unit; use display_yuan for exact amounts.
    std::string display_wan() const;
    auto operator<=>(const Money&) const = default;
};

}  // namespace gongkai
