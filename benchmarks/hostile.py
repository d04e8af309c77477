"""Hostile and unlucky inputs: exit status, time and peak memory of each case.

    python benchmarks/hostile.py [--timeout 60] [--python PYTHON]

Builds each file of tests/hostile_files.py in a temporary folder and runs
``python -m policydiff`` on it under /usr/bin/time, killing it at the
timeout. Exit 2 is a refusal, 0/1 an answer, "killed" a run that did not end.
Columns: wall seconds, CPU seconds (user + system) and peak MB of the process.
``--checkout DIR`` runs the policydiff of another checkout (its folder is put
first on PYTHONPATH), to compare before and after.
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import hostile_files as hf  # noqa: E402

FINAL = ROOT.parent / "shared" / "corpus" / "shijingshan" / "2022-final-web.txt"


def cases(tmp: Path):
    """(name, argv after `policydiff`, setup) for each case."""
    yield "input /dev/zero", ["compare", "/dev/zero", str(FINAL), "--format", "json"]
    yield "input /dev/urandom", ["compare", "/dev/urandom", str(FINAL), "--format", "json"]
    yield "input FIFO, no writer", ["compare", str(hf.fifo(tmp)), str(FINAL), "--format", "json"]
    yield "docx unpacking to 1.5 GB", ["compare", str(hf.docx_bomb(tmp)), str(FINAL), "--format", "json"]
    yield "docx 900 MB in 100k paragraphs", ["compare", str(hf.docx_many_paragraphs(tmp)), str(FINAL), "--format", "json"]
    yield "docx billion laughs", ["compare", str(hf.docx_billion_laughs(tmp)), str(FINAL), "--format", "json"]
    yield "docx undeclared entity", ["compare", str(hf.docx_entity(tmp)), str(FINAL), "--format", "json"]
    yield "HTML 8,000 deep", ["compare", str(hf.html_deep(tmp, 8000)), str(FINAL), "--format", "json"]
    yield "HTML 100,000 deep", ["compare", str(hf.html_deep(tmp, 100_000)), str(FINAL), "--format", "json"]
    big = hf.big_text(tmp)
    yield "49 MB text vs itself", ["compare", str(big), str(big), "--format", "json", "-o", str(tmp / "big.json")]
    yield "49 MB text vs Shijingshan final", ["compare", str(big), str(FINAL), "--format", "json",
                                              "-o", str(tmp / "big.json")]
    edited = hf.big_text_edited(tmp)
    yield "49 MB --whole vs 3 articles edited", ["compare", "--whole", str(big), str(edited), "--format", "json",
                                                  "-o", str(tmp / "big.json")]
    yield "49 MB --whole vs Shijingshan final", ["compare", "--whole", str(big), str(FINAL), "--format", "json",
                                                  "-o", str(tmp / "big.json")]
    # A long text that is one document, not a dump: compared, at 4.9 MB and 49 MB (time linear in size).
    small = tmp / "5mb"
    small.mkdir()
    for folder, size in ((small, 4.9), (tmp, 49)):
        plain, edited = hf.plain_text(folder, size), hf.plain_text_edited(folder, size)
        yield f"{size} MB plain text vs Shijingshan final", ["compare", str(plain), str(FINAL), "--format", "json",
                                                             "-o", str(folder / "plain.json")]
        yield f"{size} MB plain text vs itself edited", ["compare", str(plain), str(edited), "--format", "json",
                                                         "-o", str(folder / "plain.json")]
    big5, edited5 = hf.big_text(small, 5), hf.big_text_edited(small, 5)
    yield "5 MB --whole vs 3 articles edited", ["compare", "--whole", str(big5), str(edited5), "--format", "json",
                                                "-o", str(small / "big.json")]
    yield "5 MB --whole vs Shijingshan final", ["compare", "--whole", str(big5), str(FINAL), "--format", "json",
                                                "-o", str(small / "big.json")]
    ctl = hf.control_text(tmp)
    yield "control chars, --format docx", ["compare", str(ctl), str(FINAL), "--format", "docx",
                                           "-o", str(tmp / "ctl.docx")]
    yield "split: NUL past 8 KB", ["split", str(hf.dump_with_nul(tmp)), "-o", str(tmp / "split")]
    os.mkfifo(tmp / "out-fifo")
    yield "-o FIFO", ["compare", str(FINAL), str(FINAL), "--format", "json", "-o", str(tmp / "out-fifo")]
    yield "ftp:// source", ["compare", "ftp://127.0.0.1/x.txt", str(FINAL)]
    yield "file:// source", ["compare", f"file://{FINAL}", str(FINAL)]


def run(python: str, argv, timeout: float, checkout: Path, cwd: Path):
    env = dict(os.environ, PYTHONPATH=str(checkout))
    start = time.monotonic()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%U %S %M", python, "-m", "policydiff", *argv],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            env=env, cwd=str(cwd))
    try:
        _, err = proc.communicate(timeout=timeout)
        status = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        _, err = proc.communicate()
        status = "killed"
    elapsed = time.monotonic() - start
    lines = err.decode("utf-8", "replace").strip().splitlines()
    timed = lines[-1].split() if lines else []
    if len(timed) == 3 and timed[2].isdigit():  # user and system CPU seconds, peak KB (/usr/bin/time)
        cpu, peak = float(timed[0]) + float(timed[1]), int(timed[2]) / 1024
    else:  # killed: /usr/bin/time said nothing
        cpu = peak = float("nan")
    message = next((l for l in lines[:-1] if l.strip() and not l.startswith("Command ")), "")
    if "Traceback" in err.decode("utf-8", "replace"):
        message = "TRACEBACK " + (lines[-2] if len(lines) > 1 else "")
    return status, elapsed, cpu, peak, message[:90]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--only", help="run the cases whose name contains this")
    parser.add_argument("--checkout", type=Path, default=ROOT, help="the checkout whose policydiff to run")
    args = parser.parse_args()
    print(f"{'case':34} {'exit':>6} {'time s':>7} {'CPU s':>7} {'peak MB':>8}  message")
    with tempfile.TemporaryDirectory() as tmp:
        for name, argv in cases(Path(tmp)):
            if args.only and args.only not in name:
                continue
            status, elapsed, cpu, peak, message = run(args.python, argv, args.timeout, args.checkout.resolve(),
                                                      Path(tmp))
            print(f"{name:34} {status!s:>6} {elapsed:7.1f} {cpu:7.1f} {peak:8.0f}  {message}", flush=True)


if __name__ == "__main__":
    main()
