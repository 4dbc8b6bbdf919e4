"""Builds the bundled demo content with the real binary and checks the site:
page count, every internal link resolves, XML parses, JSON parses, nothing is
loaded from outside, no script but our own."""
import json
import subprocess
from pathlib import Path

import gk

out = gk.tempdir() / "public"
result = gk.build(gk.REPO / "content", out)
print(result.stdout)

pages = sorted(out.rglob("*.html"))
cases = list((gk.REPO / "content/cases").glob("*.md"))
gk.check(len(pages) >= 60 + 8 + 12, f"expected at least 80 pages, got {len(pages)}")
for required in ["index.html", "404.html", "cases/index.html", "projects/index.html", "notices/index.html",
                 "notices/archive/index.html", "units/index.html", "search/index.html", "data/index.html",
                 "sitemap.xml", "robots.txt", "notices/feed.atom", "notices/feed.json", "notices/notices.ics",
                 "data/cases.csv", "data/cases.json", "data/projects.csv", "data/projects.json",
                 "data/notices.csv", "data/notices.json", "data/open311/requests.json", "kiosk/manifest.json",
                 "kiosk/gongkai.sqlite"]:
    gk.check((out / required).is_file(), f"missing {required}")

# Every case, project and notice has its page.
data_cases = json.loads((out / "data/cases.json").read_text(encoding="utf-8"))
gk.check(len(data_cases) >= 60, f"expected >= 60 cases in open data, got {len(data_cases)}")
for c in data_cases:
    gk.check((out / "case" / f"{c['id']}.html").is_file(), f"no page for case {c['id']}")

broken = []
external = []
own_scripts = {"static/search.js", "static/large-text.js"}
BASE_URL = "https://gongkai.example.gov.cn/"
for page in pages:
    doc = gk.parse_html(page)
    for tag, attr, value in doc.links:
        if value.startswith(BASE_URL):
            continue  # the 404 page links absolutely, since it is served at any depth
        if value.startswith("http://") or value.startswith("https://") or value.startswith("//"):
            if tag in ("script", "link", "img", "iframe", "source", "video", "audio"):
                external.append(f"{page.relative_to(out)}: <{tag} {attr}={value}>")
            continue
        target = gk.internal_target(page, value, out)
        if target is not None and not target.exists():
            broken.append(f"{page.relative_to(out)} -> {value}")
    for s in doc.scripts:
        if "src=" not in s or not any(name in s for name in own_scripts):
            if "application/ld+json" not in s:
                gk.check(False, f"{page.relative_to(out)}: unexpected script {s}")
gk.check(not broken, f"{len(broken)} broken internal links, e.g. {broken[:5]}")
gk.check(not external, f"external resources: {external[:5]}")

for xml in [out / "sitemap.xml", out / "notices/feed.atom", *out.glob("sitemap-*.xml")]:
    proc = subprocess.run(["xmllint", "--noout", str(xml)], capture_output=True, text=True)
    gk.check(proc.returncode == 0, f"{xml.name} does not parse: {proc.stderr[:300]}")
# libxml2's HTML parser predates HTML5 and calls <main>, <nav>... invalid
# tags; anything else it reports (mismatched or unexpected end tags, broken
# entities) is a real structural error.
for html_file in pages:
    proc = subprocess.run(["xmllint", "--html", "--noout", "--encode", "utf-8", str(html_file)],
                          capture_output=True, text=True, errors="replace")
    real = [l for l in proc.stderr.splitlines() if "error" in l.lower() and "invalid" not in l]
    gk.check(not real, f"{html_file.relative_to(out)}: {real[:3]}")
for js in out.rglob("*.json"):
    try:
        json.loads(js.read_text(encoding="utf-8"))
    except ValueError as e:
        gk.check(False, f"{js.relative_to(out)} is not JSON: {e}")

ics = (out / "notices/notices.ics").read_bytes()
gk.check(ics.startswith(b"BEGIN:VCALENDAR\r\n"), "ics must start with BEGIN:VCALENDAR and use CRLF")
gk.check(all(len(line) <= 75 for line in ics.split(b"\r\n")), "ics lines must be folded at 75 octets")

gk.finish("demo_site")
