"""The collector held off while comparing and writing the JSON, and given back as it was (nogc.py)."""
import gc

from policydiff import findings, pipeline
from policydiff.render import json as render

from conftest import LAWS


def test_the_collector_is_held_off_only_while_comparing_and_writing(monkeypatch):
    seen = []

    def watching(step):
        def run(*args, **kwargs):
            seen.append((step.__name__, gc.isenabled()))
            return step(*args, **kwargs)
        return run

    monkeypatch.setattr(findings, "analyze", watching(findings.analyze))
    monkeypatch.setattr(findings, "across_document", watching(findings.across_document))
    monkeypatch.setattr(render, "dumps", watching(render.dumps))
    a = pipeline.load(str(LAWS / "公司法" / "2018-10-26.md"), "o")
    b = pipeline.load(str(LAWS / "公司法" / "2023-12-29.md"), "n")
    assert gc.isenabled()
    text = render.render_json(pipeline.compare_documents(a, b))
    assert '"status": "modified"' in text
    assert {name for name, _ in seen} == {"analyze", "across_document", "dumps"}
    assert not any(enabled for _, enabled in seen)
    assert gc.isenabled()
    gc.disable()  # held off by the caller: still off after
    try:
        render.render_json(pipeline.compare_documents(a, b))
        assert not gc.isenabled()
    finally:
        gc.enable()


COUNTING = """
import gc, sys, atexit
seen = []
def watch(phase, info):
    if phase == "start":  # how many objects each collection is about to visit
        seen.append(len(gc.get_objects(generation=info["generation"])))
gc.callbacks.append(watch)
atexit.register(lambda: print("largest", max(seen, default=0), file=sys.stderr))
sys.argv = ["policydiff", "compare", sys.argv[1], sys.argv[2], "--format", "json", "-o", sys.argv[3]]
from policydiff.cli import main
main()
"""


def test_the_console_scripts_comparison_is_never_visited_whole_by_a_collection(tmp_path):
    """The console script's own process freezes what the comparison made when the pipeline is
    done (command.run_compare): the first collection after the pipeline's pause no longer visits
    every object of it (公司法 2018 → 2023: 27,675 objects visited at once before), and the report
    is the same as a call from another program makes (not frozen)."""
    import subprocess
    import sys

    old, new = str(LAWS / "公司法" / "2018-10-26.md"), str(LAWS / "公司法" / "2023-12-29.md")
    own = subprocess.run([sys.executable, "-c", COUNTING, old, new, str(tmp_path / "own.json")],
                         capture_output=True, text=True)
    assert own.returncode == 1, own.stderr
    largest = int(own.stderr.split("largest ")[1].split()[0])
    assert largest < 10_000
    from policydiff.cli import main

    try:
        main(["compare", old, new, "--format", "json", "-o", str(tmp_path / "call.json")])
    except SystemExit as exc:
        assert exc.code == 1
    assert (tmp_path / "own.json").read_bytes() == (tmp_path / "call.json").read_bytes()


def test_reading_and_parsing_are_held_off_too_and_the_cli_freezes_what_the_comparison_made(monkeypatch, tmp_path):
    """pipeline.compare holds the collector off from reading to the findings (no collection runs
    from before normalising to the findings across the document), gives it back on after; the command line then moves what the comparison made out
    of later collections (gc.freeze), so writing the report and exiting visit none of it."""
    import subprocess
    import sys

    from conftest import ROOT

    seen = []
    runs = []

    def watching(step):
        def run(*args, **kwargs):
            seen.append((gc.isenabled(), len(runs)))
            return step(*args, **kwargs)
        return run

    monkeypatch.setattr(pipeline.normalize, "normalize", watching(pipeline.normalize.normalize))
    monkeypatch.setattr(pipeline.findings, "across_document", watching(pipeline.findings.across_document))
    old, new = str(LAWS / "公司法" / "2018-10-26.md"), str(LAWS / "公司法" / "2023-12-29.md")
    gc.callbacks.append(lambda phase, info: runs.append(phase))
    try:
        comparison = pipeline.compare(old, new)
    finally:
        gc.callbacks.pop()
    assert comparison.pairs and seen == [(False, 0)] * 3 and gc.isenabled()  # (a collection after, none inside)
    script = ("import gc, sys; from policydiff.command import run_compare; "
              "status = run_compare(sys.argv[1], sys.argv[2], echo=lambda *a, **k: None, freeze=True, "
              "output=sys.argv[3], fmt='json'); frozen = gc.get_freeze_count(); "
              "from policydiff import pipeline; pairs = len(pipeline.compare(sys.argv[1], sys.argv[2]).pairs); "
              "print(frozen > 10 * pairs + 20_000, status)")  # (imports alone: about 20,000; each pair ten more)
    out = subprocess.run([sys.executable, "-c", script, str(LAWS / "公司法" / "2018-10-26.md"),
                          str(LAWS / "公司法" / "2023-12-29.md"), str(tmp_path / "out.json")],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout.split()
    assert out == ["True", "1"]
