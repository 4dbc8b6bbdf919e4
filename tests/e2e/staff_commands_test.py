"""Staff commands on a copy of the demo content: `gongkai new` scaffolds a
file that validates as it is; `gongkai import cases` keeps a good register
and refuses (and removes) a bad one."""
import re

import gk

content = gk.copy_content(gk.REPO / "content")
for kind, folder in (("notice", "notices"), ("case", "cases"), ("project", "projects")):
    proc = gk.run("new", kind, "--content", content)
    m = re.search(r"created (\S+)", proc.stdout)
    gk.check(m is not None, f"new {kind}: no 'created' line in {proc.stdout!r}")
    if m:
        created = gk.Path(m.group(1))
        gk.check(created.parent.name == folder and created.is_file(), f"new {kind} wrote {created}")
    check = gk.run("check", "--content", content, expect_ok=False)
    gk.check(check.returncode == 0, f"after new {kind}, check fails: {check.stderr[:500]}")

header = "id,title,unit,category,channel,level,received,responded,closed,status,satisfaction,amount_recovered,summary\n"
good = gk.tempdir() / "register-import.csv"
good.write_text(header + "IMP-2026-0001,楼道堆物清理,dongjie-hongqi-g1,property,walk_in,general,2026-11-02,"
                "2026-11-03,2026-11-05,resolved,satisfied,,\"网格员上门劝导，三日内清理完毕。\"\n", encoding="utf-8")
units = (content / "site.yaml").read_text(encoding="utf-8")
gk.check("dongjie-hongqi-g1" in units and "property" in units, "demo site.yaml has the unit and category the test uses")
proc = gk.run("import", "cases", good, "--content", content, "--now", "2026-11-22", expect_ok=False)
gk.check(proc.returncode == 0, f"import of a good register failed: {proc.stderr[:500]}")
gk.check((content / "cases" / good.name).is_file(), "imported register is in the content folder")

bad = gk.tempdir() / "register-bad.csv"
bad.write_text(header + "IMP-2026-0002,占道经营,no-such-unit,property,walk_in,general,2026-11-02,,,received,not_rated,,\n",
               encoding="utf-8")
proc = gk.run("import", "cases", bad, "--content", content, "--now", "2026-11-22", expect_ok=False)
gk.check(proc.returncode != 0, "import of a bad register must fail")
gk.check("register-bad.csv:2: unit: unknown unit id 'no-such-unit'" in proc.stderr,
         f"import error must name file:line: field, got {proc.stderr[:400]}")
gk.check(not (content / "cases" / bad.name).exists(), "a refused register must not stay in the content folder")
gk.finish("staff_commands")
