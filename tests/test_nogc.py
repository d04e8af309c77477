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
