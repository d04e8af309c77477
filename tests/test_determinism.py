"""The same answer under any load (issue 18): every corpus pair compared twice,
the second time with both cores kept busy by two CPU-burning processes, gives
byte-identical JSON. Nothing in the pipeline may depend on time or load."""
import subprocess
import sys

from conftest import FINAL_WEB, FINAL_WECHAT, DRAFT, law_pairs

#: Writes the JSON report of each pair given on the command line (old new out ...).
WRITE_REPORTS = """
import sys
from policydiff import compare
from policydiff.render import render
args = sys.argv[1:]
for old, new, out in zip(args[::3], args[1::3], args[2::3]):
    with open(out, "w", encoding="utf-8") as f:
        f.write(render(compare(old, new), "json"))
"""

#: Burns one core for at most this many seconds (it is also killed when the test ends).
BURN = "import time\nend = time.time() + {seconds}\nwhile time.time() < end:\n    pass\n"


def _pairs():
    yield from ((f"{name}-{old.stem}", old, new) for name, old, new in law_pairs())
    yield "shijingshan-draft-web", DRAFT, FINAL_WEB
    yield "shijingshan-draft-wechat", DRAFT, FINAL_WECHAT
    yield "shijingshan-web-wechat", FINAL_WEB, FINAL_WECHAT


def _write_reports(folder):
    folder.mkdir()
    args = []
    for name, old, new in _pairs():
        args += [str(old), str(new), str(folder / f"{name}.json")]
    subprocess.run([sys.executable, "-c", WRITE_REPORTS, *args], check=True, timeout=600)
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_every_corpus_pair_gives_the_same_json_with_both_cores_busy(tmp_path):
    quiet = _write_reports(tmp_path / "quiet")
    burners = [subprocess.Popen([sys.executable, "-c", BURN.format(seconds=600)]) for _ in range(2)]
    try:
        busy = _write_reports(tmp_path / "busy")
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    assert len(quiet) == sum(1 for _ in _pairs()) == 24
    assert sorted(name for name in quiet if quiet[name] != busy.get(name)) == []
