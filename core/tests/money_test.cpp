#include "gongkai/money.hpp"

#include <doctest/doctest.h>

using gongkai::Money;

TEST_CASE("Money::parse exact yuan amounts") {
    CHECK(Money::parse("1200000")->fen == 120000000);
    CHECK(Money::parse("1200000.5")->fen == 120000050);
    CHECK(Money::parse("1200000.50")->fen == 120000050);
    CHECK(Money::parse("1,200,000.05")->fen == 120000005);
    CHECK(Money::parse("35800.50")->fen == 3580050);
    CHECK(Money::parse("0")->fen == 0);
    CHECK(Money::parse("0.01")->fen == 1);
    CHECK(Money::parse("999")->fen == 99900);
    CHECK(Money::parse("1,000")->fen == 100000);
    CHECK(Money::parse("999999999999999")->fen == 99999999999999900);
}

TEST_CASE("Money::parse rejects negatives, extra decimals and garbage") {
    for (const char* bad :
         {"",     "-1",        "-0.5",   "+5",  "1.234", "1.",   ".5",     "1.2.3",
          "abc",  "12a",       "1 000",  " 12", "12 ",   "1,00", "1,0000", ",100",
          "100,", "12,34,567", "1,,000", "1e5", "¥100",  "1.-5", "1.a",    "1000000000000000"}) {
        CAPTURE(bad);
        CHECK_FALSE(Money::parse(bad));
    }
}

TEST_CASE("Money display forms") {
    CHECK(Money{120000000}.display_yuan() == "1,200,000");
    CHECK(Money{120000050}.display_yuan() == "1,200,000.50");
    CHECK(Money{120000005}.display_yuan() == "1,200,000.05");
    CHECK(Money{358000}.display_yuan() == "3,580");
    CHECK(Money{99900}.display_yuan() == "999");
    CHECK(Money{0}.display_yuan() == "0");
    CHECK(Money{120000050}.plain_yuan() == "1200000.50");
    CHECK(Money{120000000}.plain_yuan() == "1200000");
    CHECK(Money{7}.plain_yuan() == "0.07");
}

TEST_CASE("Money::display_wan is always X.X万, rounded half up") {
    CHECK(Money::from_yuan(1560000).display_wan() == "156.0万");
    CHECK(Money::from_yuan(1205000).display_wan() == "120.5万");
    CHECK(Money::from_yuan(3580).display_wan() == "0.4万");
    CHECK(Money::from_yuan(3499).display_wan() == "0.3万");
    CHECK(Money::from_yuan(0).display_wan() == "0.0万");
    CHECK(Money::from_yuan(99950).display_wan() == "10.0万");
    CHECK(Money::from_yuan(123456789).display_wan() == "12,345.7万");
}
