"""One build of an output at a time, and one output however --out is
spelled: builds started together never leave a broken live site; a build
that finds the output locked fails naming the holder and changes nothing;
`public`, `public/` and `./public/` are one output with one set of hidden
siblings; an --out that overlaps the content folder is refused."""
import fcntl
import os
import re
import subprocess
from pathlib import Path

import gk

FIXTURE = gk.REPO / "tests/fixtures/small"
NOWS = ["2025-06-20", "2025-07-01"]


def start_build(content, out, now):
    return subprocess.Popen([str(gk.BINARY), "build", "--content", str(content), "--out", str(out), "--now", now],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


# What each --now must publish, built alone.
references = {}
for now in NOWS:
    ref = gk.tempdir() / "ref"
    gk.build(FIXTURE, ref, now)
    references[now] = gk.tree_digest(ref)
gk.check(references[NOWS[0]] != references[NOWS[1]], "the two --now values must publish different sites")

# Pairs of builds of one output started together, with different --now: the
# live site is always exactly one of the two complete generations.
work = gk.tempdir()
out = work / "public"
gk.build(FIXTURE, out, NOWS[0])
lock_message = re.compile(r"another build of .*public/ is running \(pid \d+\)")
for attempt in range(8):
    first, second = NOWS[attempt % 2], NOWS[(attempt + 1) % 2]
    procs = [(first, start_build(FIXTURE, out, first)), (second, start_build(FIXTURE, out, second))]
    succeeded = []
    for now, proc in procs:
        stdout, stderr = proc.communicate(timeout=300)
        if proc.returncode == 0:
            succeeded.append(now)
        else:
            gk.check(lock_message.search(stderr) is not None,
                     f"pair {attempt}: a build failed for another reason than the lock: {stderr[:400]}")
    gk.check(len(succeeded) >= 1, f"pair {attempt}: neither build succeeded")
    live = gk.tree_digest(out)
    gk.check(live in (references[NOWS[0]], references[NOWS[1]]),
             f"pair {attempt}: the live site is not one complete generation "
             f"({len(live)} files; index.html present: {'index.html' in live})")
    gk.check(not (work / ".public.kiosk").exists(), f"pair {attempt}: the kiosk scratch folder was left behind")
proc = gk.build(FIXTURE, out, NOWS[0])
gk.check(gk.tree_digest(out) == references[NOWS[0]], "a build after the pairs does not publish the expected site")

# A build that finds the output locked waits briefly, then fails naming the
# holder's pid, and leaves the live site as it was.
before = gk.tree_digest(out)
with open(work / ".public.lock", "a+") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    lock.seek(0)
    lock.truncate()
    lock.write("4242\n")
    lock.flush()
    proc = gk.build(FIXTURE, out, NOWS[1], expect_ok=False)
gk.check(proc.returncode != 0, "a build of a locked output must fail")
gk.check(f"another build of {out}/ is running (pid 4242)" in proc.stderr,
         f"the lock failure must name the output and the holder's pid: {proc.stderr[:300]}")
gk.check(gk.tree_digest(out) == before, "a build that found the output locked changed it")
gk.build(FIXTURE, out, NOWS[1])  # the lock died with its holder's file descriptor
gk.check(gk.tree_digest(out) == references[NOWS[1]], "a build after the lock was released failed to publish")

# import holds the same lock: no build can publish a register still being checked.
content = gk.copy_content(FIXTURE)
register = sorted((FIXTURE / "cases").glob("*.csv"))
with open(work / ".public.lock", "a+") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    if register:
        proc = gk.run("import", "cases", register[0], "--content", content, "--out", out, expect_ok=False)
        gk.check(proc.returncode != 0 and "another build of" in proc.stderr,
                 f"import must wait for the output's lock: {proc.stderr[:300]}")

# A trailing slash (as shells complete a folder name) is the same output.
def rendered(proc):
    m = re.search(r"(\d+) rendered, \d+ linked, \d+ unchanged", proc.stdout)
    gk.check(m is not None, f"build summary missing: {proc.stdout}")
    return int(m.group(1)) if m else -1


baseline = gk.tempdir() / "public"
for _ in range(3):
    unchanged_rebuild = rendered(gk.build(FIXTURE, baseline, NOWS[0]))
work = gk.tempdir()
os.chdir(work)
for spelling in ["public/", "./public/", "public"]:
    proc = gk.build(FIXTURE, spelling, NOWS[0])
    gk.check(not Path("public/..previous").exists() and not Path("public/.public.previous").exists(),
             f"--out {spelling}: a staging folder was made inside the output")
gk.check(Path(".public.previous").is_dir(), "the previous generation is not the hidden sibling .public.previous")
gk.check(Path(".public.cache").is_dir(), "the content cache is not the hidden sibling .public.cache")
gk.check(rendered(proc) == unchanged_rebuild,
         f"the third build of one output, however spelled, must reuse what a third build of one spelling does "
         f"({unchanged_rebuild} rendered): {proc.stdout}")
gk.check(gk.tree_digest("public") == references[NOWS[0]], "a build through a trailing slash differs")

# An output that is, or lies inside, the content folder is refused, and nothing is written.
content = gk.copy_content(FIXTURE)
before = gk.tree_digest(content)
for bad in [content, Path(str(content) + "/"), content / "public"]:
    proc = gk.build(content, bad, NOWS[0], expect_ok=False)
    gk.check(proc.returncode != 0, f"--out {bad} must be refused")
    gk.check("content folder" in proc.stderr, f"--out {bad}: the refusal must say why: {proc.stderr[:300]}")
gk.check(gk.tree_digest(content) == before, "a refused --out wrote into the content folder")
gk.check(not any(p.name.startswith(".content") for p in content.parent.iterdir()),
         "a refused --out left hidden siblings beside the content folder")

gk.finish("build_lock")
