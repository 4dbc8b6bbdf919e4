#include "gongkai/pii.hpp"

#include <doctest/doctest.h>

#include <array>
#include <string>

using namespace gongkai;

namespace {

// GB 11643 (ISO 7064 MOD 11-2) check character for 17 digits, computed here
// independently of the scanner so the fixtures are real-format numbers.
char id_check(const std::string& first17) {
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k) weight = weight * 2 % 11;  // 2^(17-i) mod 11
        sum += (first17[size_t(i)] - '0') * weight;
    }
    const int check = (12 - sum % 11) % 11;
    return check == 10 ? 'X' : char('0' + check);
}

std::string make_id(const std::string& first17) { return first17 + id_check(first17); }

// Appends the Luhn check digit.
std::string make_card(const std::string& body) {
    int sum = 0;
    bool twice = true;  // the digit next to the check digit is doubled
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        int d = *it - '0';
        if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        twice = !twice;
    }
    return body + char('0' + (10 - sum % 10) % 10);
}

// A wrong check character for the same 17 digits.
std::string break_id(const std::string& id) {
    std::string bad = id;
    bad[17] = id[17] == '0' ? '1' : '0';
    return bad;
}

std::string spaced(const std::string& digits, std::initializer_list<size_t> groups, char sep) {
    std::string out;
    size_t at = 0;
    for (size_t g : groups) {
        if (!out.empty()) out.push_back(sep);
        out += digits.substr(at, g);
        at += g;
    }
    return out;
}

std::string full_width(const std::string& ascii) {
    std::string out;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            out += "\xEF\xBC";
            out.push_back(char(0x90 + (c - '0')));
        } else {
            out.push_back(c);
        }
    }
    return out;
}

const std::string kId = make_id("11010519491231002");   // check digit 'X'
const std::string kId2 = make_id("15010219870615301");  // Hohhot, born 1987-06-15
const std::string kCard16 = make_card("622202123456789");
const std::string kCard19 = make_card("621700123456789012");

}  // namespace

TEST_CASE("fixtures are what they claim") {
    CHECK(kId == "11010519491231002X");  // the GB 11643 standard's own example
    CHECK(kId2.size() == 18);
    CHECK(kCard16.size() == 16);
    CHECK(kCard19.size() == 19);
}

TEST_CASE("resident ID check digit and birth date") {
    CHECK(is_valid_resident_id(kId));
    CHECK(is_valid_resident_id("11010519491231002x"));
    CHECK(is_valid_resident_id(kId2));
    CHECK_FALSE(is_valid_resident_id(break_id(kId2)));
    CHECK_FALSE(is_valid_resident_id(kId.substr(0, 17)));
    // Valid check digit but birth "date" 1987-13-45 is impossible.
    CHECK_FALSE(is_valid_resident_id(make_id("15010219871345301")));
    // February 30th is not a date either.
    CHECK_FALSE(is_valid_resident_id(make_id("15010220250230301")));
    CHECK(is_valid_resident_id(make_id("15010220000229301")));  // leap day
    CHECK_FALSE(is_valid_resident_id(make_id("15010218500101301")));  // born 1850
}

TEST_CASE("Luhn") {
    CHECK(passes_luhn("79927398713"));
    CHECK_FALSE(passes_luhn("79927398710"));
    CHECK(passes_luhn(kCard16));
    CHECK_FALSE(passes_luhn(""));
    CHECK_FALSE(passes_luhn("4111-1111"));
}

TEST_CASE("finds a resident ID in Chinese text, masked") {
    const std::string text = "申请人王某（化名）身份证号" + kId2 + "，已登记。";
    const auto found = scan_pii(text, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == PiiKind::resident_id);
    CHECK(found[0].offset == text.find(kId2));
    CHECK(found[0].line == 0);
    CHECK(found[0].masked == kId2.substr(0, 3) + "*************" + kId2.substr(16));
    CHECK(found[0].masked.find(kId2.substr(3, 13)) == std::string::npos);
}

TEST_CASE("ID ending in X, upper or lower case, and grouped 6-8-4") {
    CHECK(scan_pii("号码" + kId + "。", {}).size() == 1);
    CHECK(scan_pii("号码11010519491231002x。", {}).size() == 1);
    const auto found = scan_pii("身份证 " + spaced(kId2, {6, 8, 4}, ' '), {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == PiiKind::resident_id);
    CHECK(found[0].masked.size() == 18);
    CHECK(scan_pii("号码110105 19491231 002X", {})[0].masked == "110*************2X");
}

TEST_CASE("an 18-digit number with a wrong check digit is not an ID") {
    const auto found = scan_pii("编号" + break_id(kId2), {});
    for (const auto& f : found) CHECK(f.kind != PiiKind::resident_id);
}

TEST_CASE("mobile numbers in the ways people write them") {
    for (const std::string& m : {std::string("13812345678"), std::string("138-1234-5678"),
                                 std::string("138 1234 5678"), std::string("+8613812345678"),
                                 std::string("+86 138 1234 5678"), std::string("+86-138-1234-5678")}) {
        CAPTURE(m);
        const auto found = scan_pii("请拨打" + m + "联系", {});
        REQUIRE(found.size() == 1);
        CHECK(found[0].kind == PiiKind::mobile);
        CHECK(found[0].masked == "138******78");
    }
    CHECK(scan_pii("19912345678", {}).size() == 1);
}

TEST_CASE("not mobiles") {
    CHECK(scan_pii("12812345678", {}).empty());     // second digit 2
    CHECK(scan_pii("1381234567", {}).empty());      // 10 digits
    CHECK(scan_pii("0471-6901234", {}).empty());    // landline
    CHECK(scan_pii("2025-06-13", {}).empty());      // a date
    CHECK(scan_pii("预算1,560,000元", {}).empty());
    // Grouped unusually (5-6): not read as one number.
    CHECK(scan_pii("13812 345678", {}).empty());
}

TEST_CASE("a digit run inside a longer run never matches partially") {
    // 13812345678 inside 20 digits: an order number, not a phone.
    CHECK(scan_pii("单号13812345678901234567", {}).empty());
    CHECK(scan_pii("单号0" + kId2 + "0", {}).empty());
    CHECK(scan_pii("单号" + kCard16 + "0000", {}).empty());
}

TEST_CASE("separated runs are separate numbers") {
    // Judgement: a number next to a date across a space is still found, and
    // the date is not glued onto it.
    const auto found = scan_pii("2025-06-13 13812345678", {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == PiiKind::mobile);
    CHECK(found[0].offset == 11);
}

TEST_CASE("bank cards, plain and grouped in fours") {
    auto found = scan_pii("退款至银行卡" + kCard16, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == PiiKind::bank_card);
    CHECK(found[0].masked == kCard16.substr(0, 3) + "***********" + kCard16.substr(14));

    found = scan_pii("卡号 " + spaced(kCard19, {4, 4, 4, 4, 3}, ' ') + " 户名略", {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == PiiKind::bank_card);

    std::string bad = kCard16;
    bad[15] = bad[15] == '9' ? '0' : char(bad[15] + 1);
    CHECK(scan_pii("卡号" + bad, {}).empty());
}

TEST_CASE("official numbers are allowed, separators ignored") {
    const std::vector<std::string> allowed{"138-1234-5678", "12345"};
    CHECK(scan_pii("热线13812345678", allowed).empty());
    CHECK(scan_pii("热线 +86 138 1234 5678", allowed).empty());
    CHECK(scan_pii("热线13912345678", allowed).size() == 1);
}

TEST_CASE("lines and offsets of several findings") {
    const std::string text = "第一行\n联系13812345678\n无\n卡" + kCard16 + "，身份证" + kId;
    const auto found = scan_pii(text, {});
    REQUIRE(found.size() == 3);
    CHECK(found[0].kind == PiiKind::mobile);
    CHECK(found[0].line == 1);
    CHECK(found[1].kind == PiiKind::bank_card);
    CHECK(found[1].line == 3);
    CHECK(found[2].kind == PiiKind::resident_id);
    CHECK(found[2].line == 3);
    CHECK(text.substr(found[2].offset, 18) == kId);
}

TEST_CASE("full-width digits are found too") {
    const auto found = scan_pii("电话" + full_width("13812345678") + "，身份证" + full_width(kId2), {});
    REQUIRE(found.size() == 2);
    CHECK(found[0].kind == PiiKind::mobile);
    CHECK(found[0].masked == "138******78");
    CHECK(found[1].kind == PiiKind::resident_id);
}

TEST_CASE("a full-width X ends an ID as well") {
    const auto found = scan_pii("身份证11010519491231002\xEF\xBC\xB8号", {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == PiiKind::resident_id);
    CHECK(found[0].masked == "110*************2X");
}

TEST_CASE("letters end a run but do not hide a number") {
    const auto found = scan_pii("单号A13812345678B", {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == PiiKind::mobile);
    CHECK(found[0].offset == 7);
}

TEST_CASE("describe names each kind") {
    CHECK(describe(PiiKind::resident_id).find("身份证") != std::string_view::npos);
    CHECK(describe(PiiKind::mobile).find("手机") != std::string_view::npos);
    CHECK(describe(PiiKind::bank_card).find("银行卡") != std::string_view::npos);
}

TEST_CASE("full-width punctuation is not mistaken for digits, and numbers between it are found") {
    // Full-width commas share their first two UTF-8 bytes with full-width digits.
    std::string commas;
    for (int i = 0; i < 40; ++i) commas += "，。：";
    CHECK(scan_pii(commas + "共3户，2人" + commas, {}).empty());
    const auto found = scan_pii(commas + "联系电话，13812345678，" + commas, {});
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == PiiKind::mobile);
}

TEST_CASE("a number is found wherever it sits in a long text") {
    // The prefilter skips 16-byte blocks without digits: numbers across
    // block boundaries, and full-width digits split between blocks, count.
    const std::string filler = "居民反映楼道照明损坏，网格员当日上门核实。";  // 3-byte characters
    for (const std::string& number : {std::string("13812345678"), std::string("１３８１２３４５６７８")}) {
        for (size_t pad = 0; pad < 40; ++pad) {
            const std::string text = std::string(pad, 'a') + filler + number + filler;
            const auto found = scan_pii(text, {});
            REQUIRE_MESSAGE(found.size() == 1, "pad " << pad);
            CHECK(found[0].kind == PiiKind::mobile);
        }
    }
    // Ten digits in all, scattered over blocks, are not a number to report.
    std::string scattered;
    for (int i = 0; i < 10; ++i) scattered += filler + std::to_string(i);
    CHECK(scan_pii(scattered, {}).empty());
}
