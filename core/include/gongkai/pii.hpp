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
    std::string masked;  // "1101**********123X": enough to find it, not to publish it
};

bool is_valid_resident_id(std::string_view eighteen_chars);
bool passes_luhn(std::string_view digits);

// `allowed` holds official numbers; comparison ignores separators.
std::vector<PiiFinding> scan_pii(std::string_view text, const std::vector<std::string>& allowed);

}  // namespace gongkai
