#pragma once
// Finds personal numbers in text that is about to be published: an 18-digit
// resident ID with a valid GB 11643 check digit, a mainland mobile number, or
// a bank card number that passes the Luhn check. Numbers listed as official
// contacts are allowed.

#include <string>
#include <string_view>
#include <vector>

namespace gongkai {

enum class PiiKind { resident_id, mobile, bank_card };
std::string_view describe(PiiKind);  // "resident ID number (身份证号)" ...

struct PiiFinding {
    PiiKind kind;
    size_t offset = 0;   // byte offset in the scanned text
    int line = 0;        // 0-based line within the scanned text
    std::string masked;  // "110*************2X": first 3 and last 2 characters only
};

bool is_valid_resident_id(std::string_view eighteen_chars);
bool passes_luhn(std::string_view digits);

// `allowed` holds official numbers; comparison ignores separators.
//
// Matching rules: digits are ASCII or full-width (０-９). A run of adjacent
// digits is never split, so part of a longer number (an order number of 20
// digits) never matches. Runs separated by one space or hyphen (ASCII or
// full-width) join into one number only when they are grouped the usual
// way: 3-4-4 for mobiles, fours for cards, 6-8-4 or 6-4-4-4 for IDs; a
// "+86" prefix is skipped. Letters and other punctuation end a run but do
// not hide a number ("单号A13812345678" is still a mobile number).
// Findings are in text order and do not overlap.
std::vector<PiiFinding> scan_pii(std::string_view text, const std::vector<std::string>& allowed);

}  // namespace gongkai
