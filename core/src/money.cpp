#include "gongkai/money.hpp"

namespace gongkai {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// More yuan digits than this could overflow int64 fen; no public budget is that large.
constexpr size_t max_yuan_digits = 15;

// Accepts "1200000" or "1,200,000" (groups of three after the first group of
// one to three digits). Returns the digits without separators.
std::optional<std::string> integer_digits(std::string_view s) {
    if (s.empty()) return std::nullopt;
    std::string digits;
    const bool grouped = s.find(',') != std::string_view::npos;
    size_t group = 0;  // digits seen since the last comma
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (is_digit(c)) {
            digits.push_back(c);
            ++group;
        } else if (c == ',') {
            const bool first_group = digits.size() == group;
            if (group == 0 || group > 3 || (!first_group && group != 3)) return std::nullopt;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (grouped && group != 3) return std::nullopt;
    if (digits.size() > max_yuan_digits) return std::nullopt;
    return digits;
}

std::string with_separators(int64_t n) {
    std::string plain = std::to_string(n);
    std::string out;
    const size_t len = plain.size();
    for (size_t i = 0; i < len; ++i) {
        if (i > 0 && (len - i) % 3 == 0) out.push_back(',');
        out.push_back(plain[i]);
    }
    return out;
}

std::string two_digits(int64_t n) { return std::string{char('0' + n / 10), char('0' + n % 10)}; }

}  // namespace

std::optional<Money> Money::parse(std::string_view yuan) {
    const size_t dot = yuan.find('.');
    const auto digits = integer_digits(yuan.substr(0, dot));
    if (!digits) return std::nullopt;
    int64_t fen = 0;
    for (char c : *digits) fen = fen * 10 + (c - '0');
    fen *= 100;
    if (dot != std::string_view::npos) {
        const std::string_view decimals = yuan.substr(dot + 1);
        if (decimals.empty() || decimals.size() > 2) return std::nullopt;
        for (char c : decimals)
            if (!is_digit(c)) return std::nullopt;
        fen += (decimals[0] - '0') * 10;
        if (decimals.size() == 2) fen += decimals[1] - '0';
    }
    return Money{fen};
}

std::string Money::display_yuan() const {
    std::string out = with_separators(fen / 100);
    if (fen % 100 != 0) out += "." + two_digits(fen % 100);
    return out;
}

std::string Money::plain_yuan() const {
    std::string out = std::to_string(fen / 100);
    if (fen % 100 != 0) out += "." + two_digits(fen % 100);
    return out;
}

// Always "X.X万", even under 10,000 yuan (3,580 yuan is "0.4万"), so a row of
// key figures reads in one unit; pages that need the exact sum use display_yuan.
// Rounds half up to the nearest 0.1万 (1,000 yuan).
std::string Money::display_wan() const {
    constexpr int64_t fen_per_tenth_wan = 100'000;
    const int64_t tenths = (fen + fen_per_tenth_wan / 2) / fen_per_tenth_wan;
    return with_separators(tenths / 10) + "." + std::to_string(tenths % 10) + "万";
}

}  // namespace gongkai
