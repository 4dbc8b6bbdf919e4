#include "gongkai/pii.hpp"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "gongkai/date.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace gongkai {

std::string_view describe(PiiKind k) {
    switch (k) {
    case PiiKind::resident_id: return "resident ID number (身份证号)";
    case PiiKind::mobile: return "mobile phone number (手机号)";
    case PiiKind::bank_card: return "bank card number (银行卡号)";
    }
    return "personal number";
}

bool is_valid_resident_id(std::string_view s) {
    if (s.size() != 18) return false;
    static constexpr std::array<int, 17> weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr std::string_view check_chars = "10X98765432";
    int sum = 0;
    for (size_t i = 0; i < 17; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        sum += (s[i] - '0') * weights[i];
    }
    const char last = s[17] == 'x' ? 'X' : s[17];
    if (last != check_chars[size_t(sum % 11)]) return false;
    // Positions 7-14 hold the birth date; a valid check digit on a number
    // without one is more likely an order or invoice number than an ID.
    const std::string iso = std::string(s.substr(6, 4)) + "-" + std::string(s.substr(10, 2)) + "-" +
                            std::string(s.substr(12, 2));
    const auto birth = Date::parse(iso);
    return birth && birth->year() >= 1900 && birth->year() <= 2099;
}

bool passes_luhn(std::string_view digits) {
    if (digits.empty()) return false;
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        if (*it < '0' || *it > '9') return false;
        int d = *it - '0';
        if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

namespace {

// A maximal run of adjacent digits (ASCII or full-width) in the text.
struct Group {
    std::string digits;           // ASCII
    size_t offset = 0;            // byte offset of the first digit
    bool joined = false;          // follows the previous group across one separator
    bool x_after = false;         // directly followed by X/x (resident ID check character)
};

// Decodes the digit at `i`: ASCII or full-width (U+FF10..U+FF19). Returns the
// byte length consumed, 0 when there is no digit.
size_t digit_at(std::string_view t, size_t i, char& out) {
    if (t[i] >= '0' && t[i] <= '9') {
        out = t[i];
        return 1;
    }
    if (i + 2 < t.size() && uint8_t(t[i]) == 0xEF && uint8_t(t[i + 1]) == 0xBC &&
        uint8_t(t[i + 2]) >= 0x90 && uint8_t(t[i + 2]) <= 0x99) {
        out = char('0' + (uint8_t(t[i + 2]) - 0x90));
        return 3;
    }
    return 0;
}

bool starts_with_at(std::string_view t, size_t i, std::string_view what) {
    return t.substr(i, what.size()) == what;
}

// Separators people put inside one number: space, hyphen, their full-width
// forms. Returns the byte length, 0 when none.
size_t separator_at(std::string_view t, size_t i) {
    if (t[i] == ' ' || t[i] == '-') return 1;
    for (std::string_view s : {std::string_view("\xE3\x80\x80"), std::string_view("\xEF\xBC\x8D")})
        if (starts_with_at(t, i, s)) return s.size();
    return 0;
}

size_t x_at(std::string_view t, size_t i) {
    if (i >= t.size()) return 0;
    if (t[i] == 'X' || t[i] == 'x') return 1;
    for (std::string_view s : {std::string_view("\xEF\xBC\xB8"), std::string_view("\xEF\xBD\x98")})
        if (starts_with_at(t, i, s)) return s.size();
    return 0;
}

std::vector<Group> digit_groups(std::string_view t) {
    std::vector<Group> groups;
    size_t i = 0;
    // Byte just after the previous group; npos when the next group cannot
    // join it (start of text, or right after a "+86" country code).
    size_t previous_end = std::string_view::npos;
    while (i < t.size()) {
        char d = 0;
        size_t n = digit_at(t, i, d);
        if (n == 0) {
            ++i;
            continue;
        }
        // "+86" is the country code, not part of the number that follows.
        if (i > 0 && t[i - 1] == '+' && starts_with_at(t, i, "86")) {
            i += 2;
            previous_end = std::string_view::npos;
            n = i < t.size() ? digit_at(t, i, d) : 0;
            if (n == 0) {
                const size_t sep = i < t.size() ? separator_at(t, i) : 0;
                i += sep;  // "+86 138...": the next group starts the number
                continue;
            }
        }
        Group g;
        g.offset = i;
        if (previous_end != std::string_view::npos && previous_end < i) {
            const size_t sep = separator_at(t, previous_end);
            g.joined = sep != 0 && previous_end + sep == i;
        }
        while (n != 0) {
            g.digits.push_back(d);
            i += n;
            n = i < t.size() ? digit_at(t, i, d) : 0;
        }
        g.x_after = x_at(t, i) != 0;
        previous_end = i;
        groups.push_back(std::move(g));
    }
    return groups;
}

// The usual ways each kind of number is split into groups: the lengths
// before each separator must all be in the kind's list.
bool cuts_fit(const std::vector<size_t>& cuts, std::initializer_list<size_t> allowed) {
    return std::all_of(cuts.begin(), cuts.end(), [&](size_t c) {
        return std::find(allowed.begin(), allowed.end(), c) != allowed.end();
    });
}

std::optional<PiiKind> classify(const std::string& digits, bool x_after, const std::vector<size_t>& cuts) {
    if (digits.size() == 17 && x_after && cuts_fit(cuts, {6, 10, 14}) &&
        is_valid_resident_id(digits + "X"))
        return PiiKind::resident_id;
    if (digits.size() == 18 && cuts_fit(cuts, {6, 10, 14}) && is_valid_resident_id(digits))
        return PiiKind::resident_id;
    if (digits.size() == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9' &&
        cuts_fit(cuts, {3, 7}))
        return PiiKind::mobile;
    if (digits.size() >= 16 && digits.size() <= 19 && cuts_fit(cuts, {4, 8, 12, 16}) &&
        passes_luhn(digits))
        return PiiKind::bank_card;
    return std::nullopt;
}

std::string digits_only(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        char d = 0;
        const size_t n = digit_at(s, i, d);
        if (n != 0) out.push_back(d);
        i += n != 0 ? n : 1;
    }
    return out;
}

bool is_allowed(const std::string& number, const std::vector<std::string>& allowed_digits) {
    for (const auto& a : allowed_digits) {
        if (a == number) return true;
        if (a.size() == number.size() + 2 && a.starts_with("86") && a.ends_with(number)) return true;
    }
    return false;
}

std::string mask(const std::string& number) {
    if (number.size() <= 5) return number;
    return number.substr(0, 3) + std::string(number.size() - 5, '*') + number.substr(number.size() - 2);
}

int line_of(std::string_view text, size_t offset) {
    return int(std::count(text.begin(), text.begin() + std::ptrdiff_t(offset), '\n'));
}

constexpr size_t kLongestNumber = 19;

}  // namespace

// Every number we look for has at least 11 digits. Most published text has
// far fewer, and this byte count (ASCII and full-width digits) rules it out
// without decoding: it keeps the scan of 100,000 case summaries cheap.
// Whether text[i] starts a digit: ASCII, or full-width (EF BC 90..99; the
// full-width comma EF BC 8C that fills Chinese text must not count).
static bool digit_at(std::string_view text, size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    return (c >= '0' && c <= '9') || (c == 0xEF && i + 2 < text.size() && uint8_t(text[i + 1]) == 0xBC &&
                                      uint8_t(text[i + 2]) >= 0x90 && uint8_t(text[i + 2]) <= 0x99);
}

// Runs over every case, notice and project body on every build (200 MB at
// 100,000 cases), so blocks of 16 bytes without a digit or an EF lead byte
// are skipped whole: most Chinese text has neither.
static bool may_hold_a_number(std::string_view text) {
    int digits = 0;
    size_t i = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9), ef = _mm_set1_epi8(char(0xEF));
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        const __m128i offset = _mm_sub_epi8(block, zero);  // a digit becomes 0..9
        const __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(offset, nine), offset);
        if (_mm_movemask_epi8(_mm_or_si128(digit, _mm_cmpeq_epi8(block, ef))) == 0) continue;
        for (size_t k = i; k < i + 16; ++k)
            if (digit_at(text, k) && ++digits >= 11) return true;
    }
#endif
    for (; i < text.size(); ++i)
        if (digit_at(text, i) && ++digits >= 11) return true;
    return false;
}

std::vector<PiiFinding> scan_pii(std::string_view text, const std::vector<std::string>& allowed) {
    if (!may_hold_a_number(text)) return {};
    std::vector<std::string> allowed_digits;
    for (const auto& a : allowed) allowed_digits.push_back(digits_only(a));

    const std::vector<Group> groups = digit_groups(text);
    std::vector<PiiFinding> found;
    size_t i = 0;
    while (i < groups.size()) {
        // Longest run of joined groups first, so "138 1234 5678" is one
        // mobile number rather than nothing.
        size_t last = i;
        size_t total = groups[i].digits.size();
        while (last + 1 < groups.size() && groups[last + 1].joined &&
               total + groups[last + 1].digits.size() <= kLongestNumber) {
            ++last;
            total += groups[last].digits.size();
        }
        bool matched = false;
        for (size_t j = last + 1; j-- > i;) {
            std::string digits;
            std::vector<size_t> cuts;
            for (size_t k = i; k <= j; ++k) {
                if (k > i) cuts.push_back(digits.size());
                digits += groups[k].digits;
            }
            const auto kind = classify(digits, groups[j].x_after, cuts);
            if (!kind) continue;
            if (*kind == PiiKind::resident_id && digits.size() == 17) digits.push_back('X');
            if (!is_allowed(digits, allowed_digits))
                found.push_back({*kind, groups[i].offset, line_of(text, groups[i].offset), mask(digits)});
            i = j + 1;
            matched = true;
            break;
        }
        if (!matched) ++i;
    }
    return found;
}

}  // namespace gongkai
