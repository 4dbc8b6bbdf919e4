"""The content cache: a rebuild takes unchanged files from the cache beside
the output and parses only what changed, and the site comes out exactly as
from a build that parses everything (--no-cache), errors included. A damaged
cache is no cache."""
import re
import time

import gk

FIXTURE = gk.REPO / "tests/fixtures/small"
NOW = "2025-06-20"
TRUST_AFTER = 2.1  # seconds: files changed more recently are always parsed


def cache_use(proc):
    m = re.search(r"content cache: (\d+) record files reused, (\d+) parsed", proc.stderr)
    gk.check(m is not None, f"--timings must report the cache: {proc.stderr[-400:]}")
    return (int(m.group(1)), int(m.group(2))) if m else (-1, -1)


def same_as_uncached(content, out, what):
    fresh = gk.tempdir() / "fresh"
    gk.build(content, fresh, NOW, "--no-cache")
    gk.check(not (fresh.parent / ".fresh.cache").exists(), "--no-cache must not write a cache")
    a, b = gk.tree_digest(out), gk.tree_digest(fresh)
    gk.check(a == b, f"{what}: output differs from an uncached build: " +
             str(sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))[:10]))


content = gk.copy_content(FIXTURE)
record_files = sum(len(list((content / d).glob(p))) for d, p in
                   (("cases", "*.*"), ("projects", "*.md"), ("notices", "*.md"), ("pages", "*.md")))
time.sleep(TRUST_AFTER)
out = gk.tempdir() / "public"
cache = out.parent / ".public.cache"

reused, parsed = cache_use(gk.build(content, out, NOW, "--timings"))
gk.check((reused, parsed) == (0, record_files), f"first build: {reused} reused, {parsed} parsed")
gk.check(sorted(p.name for p in cache.glob("*.bin")) == ["cases.bin", "notices.bin", "pages.bin", "privacy.bin", "projects.bin"],
         f"cache files beside the output: {sorted(p.name for p in cache.glob('*'))}")

reused, parsed = cache_use(gk.build(content, out, NOW, "--timings"))
gk.check((reused, parsed) == (record_files, 0), f"unchanged rebuild: {reused} reused, {parsed} parsed")
same_as_uncached(content, out, "everything from the cache")

# One notice edited: only it is parsed.
notice = sorted((content / "notices").glob("*.md"))[0]
notice.write_text(notice.read_text(encoding="utf-8") + "\n补充说明：请居民提前储水。\n", encoding="utf-8")
time.sleep(TRUST_AFTER)
reused, parsed = cache_use(gk.build(content, out, NOW, "--timings"))
gk.check((reused, parsed) == (record_files - 1, 1), f"one notice edited: {reused} reused, {parsed} parsed")
same_as_uncached(content, out, "one notice edited")

# A file edited moments ago is parsed even though its stamp is in the cache.
notice.write_text(notice.read_text(encoding="utf-8") + "\n再补充。\n", encoding="utf-8")
reused, parsed = cache_use(gk.build(content, out, NOW, "--timings"))
gk.check(parsed >= 1, "a file changed moments ago must be parsed")
same_as_uncached(content, out, "a file edited moments ago")

# Damaged cache files are ignored.
(cache / "cases.bin").write_bytes(b"\0" * 100)
blob = bytearray((cache / "notices.bin").read_bytes())
blob[len(blob) // 3: len(blob) // 3 + 64] = b"\xff" * 64
(cache / "notices.bin").write_bytes(bytes(blob))
gk.build(content, out, NOW)
same_as_uncached(content, out, "damaged cache")

# Errors found across records name the same files and lines from the cache.
time.sleep(TRUST_AFTER)
gk.build(content, out, NOW)  # cache every file as it now is
duplicate = content / "notices" / ("zz-" + notice.name)
duplicate.write_text(notice.read_text(encoding="utf-8"), encoding="utf-8")
time.sleep(TRUST_AFTER)
first = gk.build(content, out, NOW, expect_ok=False)
second = gk.build(content, out, NOW, expect_ok=False)
uncached = gk.build(content, out, NOW, "--no-cache", expect_ok=False)
gk.check(first.returncode != 0 and "duplicate" in first.stderr.lower() + first.stdout.lower(),
         f"a duplicated notice id must fail the build: {first.stderr[:300]}")
gk.check(second.stderr == first.stderr == uncached.stderr,
         f"messages differ with the cache:\n{second.stderr}\n--- without:\n{uncached.stderr}")

# The privacy memo: a page found clean is not scanned again while it and the
# site.yaml contacts stay as they are. A mobile number it shows is allowed
# only while it is an official contact: removing the contact must bring the
# scan, and the error, back.
duplicate.unlink()
site_yaml = content / "site.yaml"
official = site_yaml.read_text(encoding="utf-8")
site_yaml.write_text(official.replace("contacts:\n", "contacts:\n  - {name: 网格员热线, number: '13800471234'}\n", 1),
                     encoding="utf-8")
page = content / "pages" / "about.md"
page.write_text(page.read_text(encoding="utf-8") + "\n网格员热线：13800471234\n", encoding="utf-8")
time.sleep(TRUST_AFTER)
gk.build(content, out, NOW)
gk.build(content, out, NOW)
published = gk.tree_digest(out)
site_yaml.write_text(official, encoding="utf-8")
time.sleep(TRUST_AFTER)
refused = gk.build(content, out, NOW, expect_ok=False)
gk.check(refused.returncode != 0 and "about.md" in refused.stderr and "mobile" in refused.stderr,
         f"a number no longer official must fail the rebuild: {refused.stderr[:300]}")
gk.check(gk.tree_digest(out) == published, "the refused build must leave the published site as it was")

gk.finish("content cache")
