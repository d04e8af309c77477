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
