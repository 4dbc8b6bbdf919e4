"""Golden test: the small fixture site built with a fixed --now must produce
exactly the files in tests/golden/small. After an intended change, rebaseline
with GONGKAI_REBASELINE=1 and review the diff."""
import os
import shutil
from pathlib import Path

import gk

GOLDEN = gk.REPO / "tests/golden/small"
# The snapshot database is binary and covered by the store tests and by its
# manifest's sha256 (which is golden).
SKIP = {"kiosk/gongkai.sqlite"}

out = gk.tempdir() / "public"
gk.build(gk.REPO / "tests/fixtures/small", out, "2025-06-20")
THEME_STATIC = gk.REPO / "themes/default/static"
# Theme assets are copied as they are: compare them with the theme itself
# rather than keeping a second copy under tests/golden.
for asset in sorted(THEME_STATIC.rglob("*")):
    if asset.is_file():
        copied = out / "static" / asset.relative_to(THEME_STATIC)
        gk.check(copied.is_file() and copied.read_bytes() == asset.read_bytes(),
                 f"static/{asset.relative_to(THEME_STATIC)} is not an exact copy of the theme's")
produced = {str(p.relative_to(out)): p for p in gk.site_files(out)
            if str(p.relative_to(out)) not in SKIP and not str(p.relative_to(out)).startswith("static/")}

if os.environ.get("GONGKAI_REBASELINE") == "1":
    shutil.rmtree(GOLDEN, ignore_errors=True)
    for rel, p in produced.items():
        (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, GOLDEN / rel)
    print(f"rebaselined {len(produced)} files into {GOLDEN}")
    raise SystemExit(0)

expected = {str(p.relative_to(GOLDEN)): p for p in GOLDEN.rglob("*") if p.is_file()}
gk.check(expected, f"no golden files in {GOLDEN}; run with GONGKAI_REBASELINE=1")
for rel in sorted(set(expected) - set(produced)):
    gk.check(False, f"missing output {rel}")
for rel in sorted(set(produced) - set(expected)):
    gk.check(False, f"unexpected output {rel} (rebaseline if intended)")
for rel in sorted(set(expected) & set(produced)):
    if expected[rel].read_bytes() != produced[rel].read_bytes():
        gk.check(False, f"{rel} differs from golden (diff -u {expected[rel]} {produced[rel]})")
gk.finish("golden")
