"""What a worker process does: one comparison (or one Word file, one history)
into its cache folder, under an address-space limit.

Runs in a child process started by :mod:`policydiff.serve.jobs`, never in the
server's own: a document that takes too long or too much memory costs its own
comparison only. Every outcome is a file in the folder: ``result.json`` when it
worked, ``error.json`` (a code and the library's message) when the input was the
problem. The parent reads those; a child that left neither died (time, memory).
"""
from __future__ import annotations

import os
import pickle
import resource
import shutil
import sys
import traceback
from pathlib import Path
from typing import Any, Callable, Dict

from .. import ingest
from ..errors import PolicydiffError
from ..files import write_atomically
from ..models import Comparison
from .addresses import check_url, guard_resolver

Params = Dict[str, Any]
NICE = 10


def _json(path: Path, data: Dict[str, Any]) -> None:
    import json

    write_atomically(path, json.dumps(data, ensure_ascii=False))


# ------------------------------------------------------------------ inputs

def _raw(folder: Path, side: Params, size_limit: int, allow_private: bool):
    if side["kind"] == "url":
        check_url(side["url"], allow_private)
        raw = ingest.read(side["url"], size_limit=size_limit)
    else:
        data = (folder / "inputs" / side["file"]).read_bytes()
        fmt = "text" if side["kind"] == "text" else ingest.SUFFIXES.get(side.get("suffix", ""), "")
        raw = ingest.read_bytes(data, side["name"], fmt)
    pick = (side.get("pick") or "").strip()
    if pick:
        from ..ingest.dump import choose

        number = pick.lstrip("#＃")
        if number.isdigit():
            raw = choose(raw, number=int(number), source=side["name"])
        else:
            raw = choose(raw, title=pick, source=side["name"])
    return raw


def _write_comparison(folder: Path, comparison: Comparison, lang: str, kind: str) -> None:
    from ..render import render
    from ..render.headlines import counts_sentence, policy_title
    from ..render.ranking import ranked_headlines

    write_atomically(folder / "report.html", render(comparison, "html", lang=lang))
    write_atomically(folder / "comparison.json", render(comparison, "json", lang=lang))
    write_atomically(folder / "report.md", render(comparison, "md", lang=lang))
    write_atomically(folder / "comparison.pickle", pickle.dumps(comparison, protocol=pickle.HIGHEST_PROTOCOL))
    _json(folder / "result.json", {
        "kind": kind, "lang": lang, "title": policy_title(comparison), "counts": counts_sentence(comparison),
        "differs": comparison.differs, "pairs": len(comparison.pairs),
        "old": {"title": comparison.old.title, "source": comparison.old.source},
        "new": {"title": comparison.new.title, "source": comparison.new.source},
        "headlines": [h.text for h in ranked_headlines(comparison, lang)][:5],  # the reports' first five
    })


# ------------------------------------------------------------------- tasks

def compare(folder: Path, params: Params) -> None:
    from ..pipeline import compare_documents, parse

    old_side, new_side = params["sides"]
    size_limit, allow_private = params["size_limit"], params["allow_private"]
    convert = params.get("convert") or ""
    old = parse(_raw(folder, old_side, size_limit, allow_private), "o", convert)
    new = parse(_raw(folder, new_side, size_limit, allow_private), "n", convert)
    comparison = compare_documents(old, new, params.get("rules"))
    _write_comparison(folder, comparison, params["lang"], "compare")
    shutil.rmtree(folder / "inputs", ignore_errors=True)  # the reports stay, the uploads go


def word(folder: Path, params: Params) -> None:
    """The Word 对照表, or the tracked-changes version."""
    from ..render import render

    with open(folder / "comparison.pickle", "rb") as stream:
        comparison = pickle.load(stream)
    options = {"track_changes": True} if params.get("tracked") else {}
    name = "tracked.docx" if params.get("tracked") else "report.docx"
    write_atomically(folder / name, render(comparison, "docx", lang=params["lang"], **options))


def store_compare(folder: Path, params: Params) -> None:
    from . import store_adapter

    comparison = store_adapter.compare_versions(params["store"], params["old"], params["new"], params.get("rules"))
    _write_comparison(folder, comparison, params["lang"], "compare")


def store_history(folder: Path, params: Params) -> None:
    from ..render.history import render_history_html
    from . import store_adapter

    result = store_adapter.history(params["store"], params["policy"], params.get("rules"))
    write_atomically(folder / "history.html", render_history_html(result, params["lang"]))
    _json(folder / "result.json", {"kind": "history", "lang": params["lang"], "title": result.title,
                                   "policy": params["policy"], "versions": len(result.versions)})


TASKS: Dict[str, Callable[[Path, Params], None]] = {
    "compare": compare, "word": word, "store_compare": store_compare, "store_history": store_history,
}


# ------------------------------------------------------------- the child

def run(task: str, folder: str, params: Params, memory_bytes: int) -> None:
    """The child process's entry point."""
    path = Path(folder)
    os.nice(NICE)  # the server's own thread answers pages first; comparisons take the CPU left
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    if not params.get("allow_private"):
        guard_resolver()
    try:
        TASKS[task](path, params)
    except PolicydiffError as exc:
        _json(path / f"{task}.error.json", {"code": "input", "source": exc.source, "problem": exc.problem,
                                            "fix": exc.fix})
    except MemoryError:
        _json(path / f"{task}.error.json", {"code": "memory"})
    except Exception as exc:  # a bug of ours: the operator's log gets the traceback, the user a page
        traceback.print_exc(file=sys.stderr)
        _json(path / f"{task}.error.json", {"code": "internal", "problem": type(exc).__name__})
    sys.stderr.flush()
    os._exit(0)
