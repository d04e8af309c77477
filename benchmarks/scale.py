"""Issue 18 in one run: start-up, small pairs against the peers, size series, worst cases, match.

Every figure is CPU seconds of the whole process (user + system, from wait4),
the median of --runs runs, and the peak memory (max RSS) of that process, so
that a machine shared with other work still gives comparable numbers. Prints:

1. `python -X importtime -m policydiff --version`: the import time of the CLI;
2. the issue's pairs (Shijingshan draft → final, 公司法 2018 → 2023, the 民法典
   against a copy with 5% of its articles edited): `policydiff compare --format
   json` against difflib.HtmlDiff and `git diff --no-index --word-diff`;
3. the 民法典 repeated 1×, 2×, 4×, 8× with 5% of the articles edited, with the
   growth exponent, and with every article rewritten at 1× and 2×;
4. the worst cases: 3,000 against 3,000 articles all rewritten, one article of
   200,000 characters, 3,000 identical articles each edited (and with one more
   inserted at the start: the pair counts are checked);
5. `policydiff match` on folders of 1k, 5k and 20k documents (half old, half new
   versions, see benchmarks/match.py), with how many found their own version.

Exit status 1 when an acceptance target of the issue is missed.

    python benchmarks/scale.py [--runs 5] [--skip-match] [--match-sizes 1000,5000,20000]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import synthetic  # noqa: E402

CORPUS = synthetic.CORPUS
PY = sys.executable

DIFFLIB = """
import difflib, sys
old = open(sys.argv[1], encoding="utf-8").read().splitlines()
new = open(sys.argv[2], encoding="utf-8").read().splitlines()
html = difflib.HtmlDiff().make_file(old, new, sys.argv[1], sys.argv[2])
open(sys.argv[3], "w", encoding="utf-8").write(html)
"""

failures: List[str] = []


#: The processes run as an installed policydiff does: with its bytecode cached (an environment
#: that sets PYTHONDONTWRITEBYTECODE would otherwise have every run compile every module).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(cmd: Sequence[str]) -> Tuple[float, float, float, str]:
    """(CPU seconds, wall seconds, peak RSS in MB, stdout) of one process."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, env=ENV)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - start
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
        err.seek(0)
        said = err.read().decode("utf-8", "replace").strip()
    if proc.returncode not in (0, 1):
        # (what the process said: a failure that does not come again is otherwise a bare status)
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{said[-2000:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, text


def median_run(cmd: Sequence[str], runs: int) -> Tuple[float, float, str]:
    """(median CPU seconds, largest peak RSS in MB, stdout of the last run), after one
    unmeasured run that fills the bytecode cache."""
    run(cmd)
    results = [run(cmd) for _ in range(runs)]
    return (statistics.median(r[0] for r in results), max(r[2] for r in results), results[-1][3])


def check(label: str, ok: bool, target: str) -> str:
    if not ok:
        failures.append(f"{label}: {target}")
    return f"{'ok' if ok else 'MISSED'} ({target})"


def policydiff_json(old: Path, new: Path, out: Path) -> List[str]:
    return [PY, "-m", "policydiff", "compare", str(old), str(new), "--format", "json", "-o", str(out)]


def write_pair(folder: Path, name: str, texts: Tuple[str, str]) -> Tuple[Path, Path]:
    old, new = folder / f"{name}-old.txt", folder / f"{name}-new.txt"
    old.write_text(texts[0], encoding="utf-8")
    new.write_text(texts[1], encoding="utf-8")
    return old, new


def section(title: str) -> None:
    print(f"\n## {title}\n", flush=True)


def startup() -> None:
    section("Start-up: python -X importtime -m policydiff --version")
    run([PY, "-m", "policydiff", "--version"])  # fills the bytecode cache
    proc = subprocess.run([PY, "-X", "importtime", "-m", "policydiff", "--version"],
                          capture_output=True, text=True, env=ENV)
    rows = [line.split("|") for line in proc.stderr.splitlines() if line.startswith("import time:")]
    cumulative = {r[2].strip(): int(r[1]) for r in rows if len(r) == 3 and r[1].strip().isdigit()}
    ours = sorted(name for name in cumulative if name.startswith("policydiff"))
    cli_us = cumulative.get("policydiff.cli", 0) + cumulative.get("policydiff", 0)
    print(f"policydiff modules imported: {', '.join(ours)}")
    print(f"import time of policydiff + policydiff.cli (click included): {cli_us / 1e6:.3f} s "
          f"(wall clock, so it varies with load)")
    cpu, _, _, _ = run([PY, "-m", "policydiff", "--version"])
    bare, _, _, _ = run([PY, "-c", "pass"])
    print(f"whole process CPU: {cpu:.3f} s (a bare `python -c pass`: {bare:.3f} s): "
          f"{cpu - bare:.3f} s of CPU for imports and the command")
    # Judged on CPU (the wall-clock import time above grows with the machine's load).
    print(check("start-up imports", cpu - bare < 0.1, "imports under 0.1 s of CPU"))
    pair = [str(CORPUS / "shijingshan" / name) for name in ("2022-draft.txt", "2022-final-web.txt")]
    compare_us = _import_us(["-m", "policydiff", "compare", *pair, "--format", "json"]) - _import_us(["-c", "pass"])
    print(f"import time of a Shijingshan JSON compare, beyond a bare interpreter's: {compare_us / 1e6:.3f} s "
          f"(wall clock)")


def _import_us(args: Sequence[str]) -> int:
    """Microseconds of all top-level imports of one process (python -X importtime)."""
    proc = subprocess.run([PY, "-X", "importtime", *args], capture_output=True, text=True, env=ENV)
    rows = [line.split("|") for line in proc.stderr.splitlines() if line.startswith("import time:")]
    return sum(int(r[1]) for r in rows if len(r) == 3 and r[1].strip().isdigit() and not r[2].startswith("  "))


def peers(tmp: Path, runs: int) -> None:
    section(f"The issue's pairs: CPU seconds, whole process, median of {runs}")
    laws = CORPUS / "laws" / "公司法"
    civil = write_pair(tmp, "civil-5pct", synthetic.civil_code_pair(1, 0.05))
    pairs = [
        ("Shijingshan draft → final", CORPUS / "shijingshan" / "2022-draft.txt",
         CORPUS / "shijingshan" / "2022-final-web.txt"),
        ("公司法 2018 → 2023", laws / "2018-10-26.md", laws / "2023-12-29.md"),
        ("民法典 against a copy with 5% of articles edited", *civil),
    ]
    print(f"| pair | policydiff json | difflib.HtmlDiff | git word-diff | target |")
    print(f"|---|---|---|---|---|")
    for name, old, new in pairs:
        ours, _, _ = median_run(policydiff_json(old, new, tmp / "p.json"), runs)
        theirs, _, _ = median_run([PY, "-c", DIFFLIB, str(old), str(new), str(tmp / "d.html")], runs)
        git, _, _ = median_run(["git", "diff", "--no-index", "--word-diff", str(old), str(new)], runs)
        if name.startswith("Shijingshan"):
            verdict = check(name, ours <= 3 * theirs, "≤ 3× difflib")
        elif name.startswith("公司法"):
            verdict = check(name, ours <= 0.35, "≤ 0.35 s")
        else:
            verdict = check(name, ours <= 0.5, "≤ 0.5 s")
        print(f"| {name} | {ours:.3f} | {theirs:.3f} | {git:.3f} | {verdict} |", flush=True)


def size_series(tmp: Path, runs: int) -> None:
    section("Size: the 民法典 repeated, 5% of the articles edited (CPU s, peak MB)")
    times = {}
    print("| size | articles | CPU s | peak MB |")
    print("|---|---|---|---|")
    for times_n in (1, 2, 4, 8):
        old, new = write_pair(tmp, f"civil-{times_n}x", synthetic.civil_code_pair(times_n, 0.05))
        cpu, peak, _ = median_run(policydiff_json(old, new, tmp / "p.json"), runs if times_n < 8 else max(1, runs // 2))
        times[times_n] = cpu
        print(f"| {times_n}× | {1260 * times_n} | {cpu:.2f} | {peak:.0f} |", flush=True)
    exponent = math.log(times[8] / times[1]) / math.log(8)
    last = math.log(times[8] / times[4]) / math.log(2)
    print(f"\ngrowth exponent 1× → 8×: {exponent:.2f}; 4× → 8×: {last:.2f}  "
          f"{check('growth exponent', exponent <= 1.2, 'exponent 1×→8× ≤ 1.2')}")
    print(f"8× pair: {times[8]:.2f} s  {check('8x pair', times[8] < 5, '< 5 s')}")

    section("Size: every article rewritten")
    for times_n in (1, 2):
        old, new = write_pair(tmp, f"civil-rw-{times_n}x", synthetic.civil_code_pair(times_n, 0, rewrite=True))
        cpu, peak, _ = median_run(policydiff_json(old, new, tmp / "p.json"), max(1, runs // 2))
        verdict = check("rewritten 2x", cpu < 5 and peak < 300, "< 5 s and < 300 MB") if times_n == 2 else ""
        print(f"{times_n}×: {cpu:.2f} s, {peak:.0f} MB  {verdict}", flush=True)


def _statuses(json_path: Path) -> dict:
    return json.loads(json_path.read_text(encoding="utf-8"))["summary"]["pairs"]


def worst_cases(tmp: Path) -> None:
    section("Worst cases (one run each)")
    old, new = write_pair(tmp, "rewritten-3000", synthetic.rewritten_pair(3000))
    cpu, _, peak, _ = run(policydiff_json(old, new, tmp / "w.json"))
    print(f"3,000 against 3,000 articles, all rewritten: {cpu:.2f} s, {peak:.0f} MB  "
          f"{check('3000 rewritten', cpu < 10 and peak < 500, '< 10 s and < 500 MB')}", flush=True)

    old, new = write_pair(tmp, "long-article", synthetic.long_article_pair(200_000))
    cpu, _, peak, _ = run(policydiff_json(old, new, tmp / "w.json"))
    print(f"one article of 200,000 characters, 5% of its sentences edited: {cpu:.2f} s, {peak:.0f} MB  "
          f"{check('200k article', cpu < 2, '< 2 s')}", flush=True)

    for inserted in (False, True):
        old, new = write_pair(tmp, f"repeated-{inserted}", synthetic.repeated_pair(3000, inserted))
        cpu, _, peak, _ = run(policydiff_json(old, new, tmp / "w.json"))
        counts = {k: v for k, v in _statuses(tmp / "w.json").items() if v}
        want = {"added": 1, "modified": 3000} if inserted else {"modified": 3000}
        label = "3,000 identical articles each edited" + (", one inserted first" if inserted else "")
        print(f"{label}: {cpu:.2f} s, {peak:.0f} MB, pairs {counts}  "
              f"{check(label, counts == want, f'pairs {want}')}", flush=True)


def match_series(tmp: Path, sizes: Sequence[int]) -> None:
    section("match: folders of synthetic policies (half old versions, half new)")
    import match as match_bench  # benchmarks/match.py: its generator

    print("| documents | CPU s | wall s | peak MB | found their own version |")
    print("|---|---|---|---|---|")
    for size in sizes:
        folder = tmp / f"match-{size}"
        old_dir, new_dir = folder / "old", folder / "new"
        old_dir.mkdir(parents=True)
        new_dir.mkdir()
        match_bench.write_versions(size // 2, old_dir, new_dir)
        cpu, wall, peak, out = run([PY, "-m", "policydiff", "match", str(old_dir), str(new_dir),
                                    "--format", "json", "--top", "1"])
        found = json.loads(out)["matches"]
        right = sum(1 for m in found if Path(m["a"]["source"]).name == Path(m["b"]["source"]).name)
        verdict = check("match 20k", cpu < 60 and peak < 1024, "< 60 s and < 1 GB") if size >= 20000 else ""
        print(f"| {size:,} | {cpu:.1f} | {wall:.1f} | {peak:.0f} | {right}/{size // 2} {verdict} |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-match", action="store_true")
    parser.add_argument("--match-sizes", default="1000,5000,20000")
    args = parser.parse_args()
    print(f"# policydiff issue 18 benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        startup()
        peers(tmp, args.runs)
        size_series(tmp, args.runs)
        worst_cases(tmp)
        if not args.skip_match:
            match_series(tmp, [int(s) for s in args.match_sizes.split(",")])
    print("\n" + ("all targets met" if not failures else "MISSED:\n  " + "\n  ".join(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
