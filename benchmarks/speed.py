"""Whole-process speed: `policydiff compare` against difflib.HtmlDiff, side by side.

For every pair of versions in ../shared/corpus/laws, and for the 民法典 against
a copy of itself hard-wrapped at 36 characters (as a PDF extraction would be)
and edited in a few dozen places, run both tools as fresh processes that write
an HTML side-by-side report, take the best of a few runs, and print the times
and the ratio. Targets: policydiff ≤ max(difflib, 0.6 s) on every pair, and
the 民法典 pair under 2 s. Exit status 1 when a target is missed.

    python benchmarks/speed.py [--runs N] [--corpus PATH]
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
FLOOR = 0.6
LARGE_LIMIT = 2.0

DIFFLIB = """
import difflib, sys
old = open(sys.argv[1], encoding="utf-8").read().splitlines()
new = open(sys.argv[2], encoding="utf-8").read().splitlines()
html = difflib.HtmlDiff().make_file(old, new, sys.argv[1], sys.argv[2])
open(sys.argv[3], "w", encoding="utf-8").write(html)
"""


def best_time(cmd, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            raise SystemExit(f"failed: {' '.join(map(str, cmd))}\n{proc.stderr}")
        best = min(best, elapsed)
    return best


def edited_wrapped_copy(source: Path, dest: Path, edits: int = 40, width: int = 36) -> None:
    """The text edited in a few dozen places, then hard-wrapped at ``width`` characters."""
    rng = random.Random(2020)
    lines = source.read_text(encoding="utf-8").split("\n")
    articles = [i for i, l in enumerate(lines) if re.match(r"第[一二三四五六七八九十百千零]+条 ", l)]
    for i in rng.sample(articles, edits):
        line = lines[i]
        kind = rng.choice(["number", "modal", "drop", "insert"])
        if kind == "number" and re.search(r"\d+", line):
            line = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), line, count=1)
        elif kind == "modal" and "应当" in line:
            line = line.replace("应当", "可以", 1)
        elif kind == "drop" and "，" in line:
            head, _, tail = line.partition("，")
            line = head + "，" + tail.partition("，")[2]
        else:
            line = line.rstrip("。") + "，但是法律另有规定的除外。"
        lines[i] = line
    wrapped = []
    for line in lines:
        while len(line) > width:
            wrapped.append(line[:width])
            line = line[width:]
        wrapped.append(line)
    dest.write_text("\n".join(wrapped), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    pairs = []
    for folder in sorted(p for p in (args.corpus / "laws").iterdir() if p.is_dir()):
        versions = sorted(folder.glob("*.md"))
        pairs += [(f"{folder.name} {a.stem}→{b.stem}", a, b, None) for a, b in zip(versions, versions[1:])]

    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        civil = args.corpus / "large" / "民法典-2020.md"
        copy = tmpdir / "民法典-wrapped-edited.txt"
        edited_wrapped_copy(civil, copy)
        pairs.append(("民法典 vs wrapped+edited copy", civil, copy, LARGE_LIMIT))

        print(f"{'pair':58} {'policydiff':>10} {'difflib':>9} {'ratio':>6}  target")
        for name, old, new, limit in pairs:
            ours = best_time([sys.executable, "-m", "policydiff", "compare", str(old), str(new),
                              "-o", str(tmpdir / "p.html")], args.runs)
            theirs = best_time([sys.executable, "-c", DIFFLIB, str(old), str(new), str(tmpdir / "d.html")],
                               args.runs)
            target = max(theirs, FLOOR) if limit is None else min(max(theirs, FLOOR), limit)
            ok = ours <= target
            failures += not ok
            print(f"{name[:58]:58} {ours:9.2f}s {theirs:8.2f}s {ours / theirs:6.2f}  "
                  f"{'ok' if ok else 'MISSED'} (≤ {target:.2f}s)")
    print(f"\n{len(pairs) - failures}/{len(pairs)} pairs within target")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
