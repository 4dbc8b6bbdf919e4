#include "gongkai/diagnostics.hpp"

#include <doctest/doctest.h>

using gongkai::Diagnostic;
using gongkai::Diagnostics;

TEST_CASE("format shows FILE:LINE: FIELD: MESSAGE and drops missing parts") {
    CHECK(format(Diagnostic{"content/cases/a.md", 7, "unit", "unknown unit id 'xx'"}) ==
          "content/cases/a.md:7: unit: unknown unit id 'xx'");
    CHECK(format(Diagnostic{"content/site.yaml", 0, "title", "missing"}) ==
          "content/site.yaml: title: missing");
    CHECK(format(Diagnostic{"content/a.md", 3, "", "no front matter"}) == "content/a.md:3: no front matter");
    CHECK(format(Diagnostic{"content", 0, "", "not found"}) == "content: not found");
}

TEST_CASE("Diagnostics collects, sorts and appends") {
    Diagnostics d;
    CHECK(d.ok());
    d.error("b.md", 2, "x", "m");
    d.error("a.md", 10, "y", "m");
    d.error("a.md", 9, "z", "m");
    d.error("a.md", 10, "a", "m");
    CHECK_FALSE(d.ok());
    CHECK(d.count() == 4);
    CHECK(d.items()[0].file == "b.md");  // insertion order kept in items()

    const auto s = d.sorted();
    REQUIRE(s.size() == 4);
    CHECK(format(s[0]) == "a.md:9: z: m");
    CHECK(format(s[1]) == "a.md:10: a: m");
    CHECK(format(s[2]) == "a.md:10: y: m");
    CHECK(format(s[3]) == "b.md:2: x: m");

    Diagnostics more;
    more.add(Diagnostic{"c.md", 1, "", "late"});
    d.append(more);
    CHECK(d.count() == 5);
    CHECK(d.items().back().file == "c.md");
}
