"""Helpers shared by the end-to-end tests: run the real gongkai binary on real
content and inspect what it wrote."""
import hashlib
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, unquote

REPO = Path(__file__).resolve().parents[2]
BINARY = Path(os.environ.get("GONGKAI_BIN", REPO / "build/dev/generator/gongkai"))
BOOKKEEPING = {".gongkai-build", ".gongkai-tree"}

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)
    return condition


def finish(name):
    if failures:
        print(f"{name}: {len(failures)} failed", file=sys.stderr)
        sys.exit(1)
    print(f"{name}: all checks passed")


def run(*args, expect_ok=True, timeout=600):
    proc = subprocess.run([str(BINARY), *map(str, args)], capture_output=True, text=True, timeout=timeout)
    if expect_ok and proc.returncode != 0:
        print(proc.stdout, proc.stderr, file=sys.stderr)
        raise SystemExit(f"gongkai {' '.join(map(str, args))} failed with {proc.returncode}")
    return proc


def build(content, out, now="2026-11-22", *extra, expect_ok=True):
    return run("build", "--content", content, "--out", out, "--now", now, *extra, expect_ok=expect_ok)


def tempdir():
    return Path(tempfile.mkdtemp(prefix="gongkai-e2e-"))


def copy_content(src):
    dst = tempdir() / "content"
    shutil.copytree(src, dst)
    return dst


def tree_digest(root):
    """path -> sha256 of every file under root (bookkeeping files included)."""
    root = Path(root)
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            out[str(p.relative_to(root))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def site_files(root):
    root = Path(root)
    return [p for p in root.rglob("*") if p.is_file() and p.name not in BOOKKEEPING]


class LinkCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []  # (tag, attribute, value)
        self.ids = set()
        self.scripts = []
        self.tags = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src", "action", "poster") or (tag == "link" and name == "href"):
                self.links.append((tag, name, value))
            if name == "id":
                self.ids.add(value)
            if name.startswith("on"):
                self.scripts.append(f"<{tag} {name}=...>")
        if tag == "script":
            self.scripts.append("<script " + " ".join(f"{k}={v}" for k, v in attrs) + ">")


def parse_html(path):
    collector = LinkCollector()
    collector.feed(Path(path).read_text(encoding="utf-8"))
    return collector


def internal_target(page, value, root):
    """Resolve a relative link from `page`; None for external/special links."""
    parts = urlsplit(value)
    if parts.scheme or value.startswith("//") or value.startswith("#") or value.startswith("mailto:") or value.startswith("tel:"):
        return None
    if not parts.path:
        return None
    target = (page.parent / unquote(parts.path)).resolve()
    if parts.path.endswith("/"):
        target = target / "index.html"
    return target
