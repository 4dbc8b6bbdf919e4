"""Content can never inject script: hostile titles, bodies and CSV cells are
escaped or dropped everywhere they appear (HTML pages, feeds, open data)."""
import json
import re
from pathlib import Path

import gk

content = gk.copy_content(gk.REPO / "tests/fixtures/small")
payloads = ['<script>alert("t")</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(2)>']

notice = sorted((content / "notices").glob("*.md"))[0]
text = notice.read_text(encoding="utf-8")
text = re.sub(r"^title:.*$", "title: '标题<script>alert(1)</script>\"><svg onload=alert(2)>'", text, count=1, flags=re.M)
text += ("\n<script>alert('body')</script>\n\n<div onclick=\"alert(3)\">块</div>\n\n"
         "[点我](javascript:alert(4)) <img src=x onerror=alert(5)>\n\n"
         "| 列 | 值 |\n|---|---|\n| <b onmouseover=alert(6)>x</b> | [y](javascript:alert(7)) |\n")
notice.write_text(text, encoding="utf-8")

page = sorted((content / "pages").glob("*.md"))[0]
page.write_text(page.read_text(encoding="utf-8") + "\n<iframe src=\"https://evil.example/\"></iframe>\n"
                "<style>body{display:none}</style>\n", encoding="utf-8")

out = gk.tempdir() / "public"
gk.build(content, out, "2025-06-20")

OWN_SCRIPTS = ("static/search.js", "static/large-text.js")
for f in gk.site_files(out):
    if f.suffix == ".html":
        doc = gk.parse_html(f)
        for s in doc.scripts:
            gk.check("src=" in s and any(o in s for o in OWN_SCRIPTS), f"{f.relative_to(out)}: injected {s}")
        for tag, attr, value in doc.links:
            gk.check(not value.strip().lower().startswith(("javascript:", "vbscript:", "data:text")),
                     f"{f.relative_to(out)}: unsafe URL {value!r}")
        for tag in ("iframe", "object", "embed"):
            gk.check(tag not in doc.tags, f"{f.relative_to(out)}: <{tag}> from content")
        gk.check("body{display:none}" not in f.read_text(encoding="utf-8"), f"{f.relative_to(out)}: <style> from content")
    elif f.suffix in (".xml", ".atom"):
        text = f.read_text(encoding="utf-8", errors="replace")
        gk.check("<script" not in text, f"{f.relative_to(out)}: raw <script> in XML")
# The JSON feed carries HTML content: it must be the sanitised HTML.
feed = json.loads((out / "notices/feed.json").read_text(encoding="utf-8"))
for item in feed.get("items", []):
    body = item.get("content_html", "")
    gk.check("<script" not in body and "javascript:" not in body and "onerror" not in body,
             f"feed.json item {item.get('id')} carries unsafe HTML")
gk.finish("hostile")
