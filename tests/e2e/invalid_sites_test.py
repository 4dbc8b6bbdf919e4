"""Every fixture site under tests/invalid must make `gongkai check` and
`gongkai build` exit non-zero, print exactly the diagnostics in its
expected.txt, and write nothing."""
from pathlib import Path

import gk

INVALID = gk.REPO / "tests/invalid"
cases = sorted(p for p in INVALID.iterdir() if (p / "expected.txt").is_file())
gk.check(len(cases) >= 12, f"expected at least 12 invalid fixture sites, found {len(cases)}")
for site in cases:
    rel = site.relative_to(gk.REPO)
    expected = (site / "expected.txt").read_text(encoding="utf-8").splitlines()
    proc = gk.run("check", "--content", rel, expect_ok=False)
    gk.check(proc.returncode != 0, f"{rel}: check exited 0")
    printed = [l for l in proc.stderr.splitlines() if l.startswith(str(rel))]
    gk.check(printed == expected, f"{rel}: printed {printed} expected {expected}")
    out = gk.tempdir() / "public"
    proc = gk.run("build", "--content", rel, "--out", out, expect_ok=False)
    gk.check(proc.returncode != 0, f"{rel}: build exited 0")
    gk.check(not out.exists(), f"{rel}: a failed build wrote {out}")
gk.finish("invalid_sites")
