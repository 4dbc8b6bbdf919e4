"""Publishing is atomic and incremental: a failed or killed build leaves the
published site exactly as it was; a rebuild after editing one notice renders
little and produces exactly what a fresh build of the edited content does;
the same content and --now give byte-identical output."""
import re
import signal
import subprocess
import time
from pathlib import Path

import gk

FIXTURE = gk.REPO / "tests/fixtures/small"
NOW = "2025-06-20"

# Determinism: two fresh builds are byte-identical.
a, b = gk.tempdir() / "a", gk.tempdir() / "b"
gk.build(FIXTURE, a, NOW)
gk.build(FIXTURE, b, NOW)
da, db = gk.tree_digest(a), gk.tree_digest(b)
gk.check(da == db, "two builds of the same content and --now differ: " +
         str(sorted(k for k in set(da) | set(db) if da.get(k) != db.get(k))[:10]))

# Bad content: non-zero exit, file:line: field in the message, output untouched.
content = gk.copy_content(FIXTURE)
notice = sorted((content / "notices").glob("*.md"))[0]
text = notice.read_text(encoding="utf-8")
broken = re.sub(r"^valid_from:.*$", "valid_from: 2025-13-45", text, count=1, flags=re.M)
gk.check(broken != text, "fixture notice has a valid_from line to break")
notice.write_text(broken, encoding="utf-8")
before = gk.tree_digest(a)
proc = gk.build(content, a, NOW, expect_ok=False)
gk.check(proc.returncode != 0, "a build with a bad date must fail")
gk.check(re.search(re.escape(notice.name) + r":\d+: valid_from: ", proc.stderr) is not None,
         f"error must name file:line: field, got: {proc.stderr[:400]}")
gk.check(gk.tree_digest(a) == before, "a failed build changed the published site")

# Incremental: edit one notice's body; the rebuild renders few files and the
# result equals a fresh full build of the edited content.
content = gk.copy_content(FIXTURE)
out = gk.tempdir() / "public"
gk.build(content, out, NOW)
gk.build(content, out, NOW)  # second build leaves a previous generation to reuse
notice = sorted((content / "notices").glob("*.md"))[0]
notice.write_text(notice.read_text(encoding="utf-8") + "\n补充说明：请居民提前储水。\n", encoding="utf-8")
proc = gk.build(content, out, NOW)
m = re.search(r"built (\d+) files .*?: (\d+) rendered", proc.stdout)
gk.check(m is not None, f"build summary missing: {proc.stdout}")
if m:
    files, rendered = int(m.group(1)), int(m.group(2))
    gk.check(rendered < files / 2, f"an edit of one notice re-rendered {rendered} of {files} files")
fresh = gk.tempdir() / "fresh"
gk.build(content, fresh, NOW)
di, df = gk.tree_digest(out), gk.tree_digest(fresh)
gk.check(di == df, "incremental output differs from a fresh build: " +
         str(sorted(k for k in set(di) | set(df) if di.get(k) != df.get(k))[:10]))

# Killed mid-build: the published site stays as it was. Kill at several points.
before = gk.tree_digest(out)
notice.write_text(notice.read_text(encoding="utf-8") + "\n再次补充。\n", encoding="utf-8")
for delay in (0.005, 0.02, 0.05, 0.1):
    p = subprocess.Popen([str(gk.BINARY), "build", "--content", str(content), "--out", str(out), "--now", NOW],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    p.send_signal(signal.SIGKILL)
    p.wait()
    now_digest = gk.tree_digest(out)
    # Either the kill came after the swap (a complete new site) or before (the old one).
    if now_digest != before:
        fresh2 = gk.tempdir() / "fresh2"
        gk.build(content, fresh2, NOW)
        gk.check(now_digest == gk.tree_digest(fresh2), f"killed after {delay}s: the site is neither old nor new")
        break
# And a normal build after the kills still works and matches a fresh build.
gk.build(content, out, NOW)
fresh3 = gk.tempdir() / "fresh3"
gk.build(content, fresh3, NOW)
gk.check(gk.tree_digest(out) == gk.tree_digest(fresh3), "build after killed builds differs from a fresh build")

# Refuses to publish over a folder it did not write.
foreign = gk.tempdir() / "precious"
foreign.mkdir()
(foreign / "thesis.txt").write_text("do not delete", encoding="utf-8")
proc = gk.build(FIXTURE, foreign, NOW, expect_ok=False)
gk.check(proc.returncode != 0 and (foreign / "thesis.txt").exists(), "must refuse to replace a foreign folder")

gk.finish("publish")
