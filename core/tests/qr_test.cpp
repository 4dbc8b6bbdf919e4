#include "gongkai/qr.hpp"

#include <doctest/doctest.h>

#include <string>

using gongkai::make_qr;
using gongkai::QrMatrix;

namespace {

// A finder pattern: 7x7 dark ring, light ring, 3x3 dark centre.
bool finder_at(const QrMatrix& m, int x0, int y0) {
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.dark(x0 + x, y0 + y) != (ring || centre)) return false;
        }
    return true;
}

}  // namespace

TEST_CASE("a notice URL encodes at level M into a small symbol") {
    const auto qr = make_qr("https://gongkai.example.gov.cn/notice/DJ-N-2025-014.html");
    REQUIRE(qr);
    // 56 bytes in 8-bit mode at level M need version 4 (33 modules); version 3 holds 42.
    CHECK(qr->size == 33);
    CHECK(qr->modules.size() == 33u * 33u);
    CHECK(finder_at(*qr, 0, 0));
    CHECK(finder_at(*qr, qr->size - 7, 0));
    CHECK(finder_at(*qr, 0, qr->size - 7));
    // The bottom-right corner has no finder pattern.
    CHECK_FALSE(finder_at(*qr, qr->size - 7, qr->size - 7));
    CHECK(qr->dark(0, 0));
    CHECK(qr->dark(qr->size - 1, 0));
    CHECK(qr->dark(0, qr->size - 1));
    // The separator just inside each finder is light.
    CHECK_FALSE(qr->dark(7, 0));
}

TEST_CASE("short text gives version 1") {
    const auto qr = make_qr("gongkai");
    REQUIRE(qr);
    CHECK(qr->size == 21);
}

TEST_CASE("text with a NUL byte is encoded whole") {
    const std::string with_nul("ab\0cd", 5);
    CHECK(make_qr(with_nul));
}

TEST_CASE("text longer than the largest symbol is refused") {
    CHECK_FALSE(make_qr(std::string(3000, 'a')));
}
