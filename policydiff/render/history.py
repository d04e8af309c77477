"""A history as reports: the HTML timeline per clause and the JSON of every step."""
from __future__ import annotations

from typing import Any, Dict, List

from ..history import History, Lineage
from ..models import FindingKind, Op
from .headlines import anchor, counts_sentence
from .ranking import ranked_headlines
from .json import comparison_dict, finding_dict

HISTORY_FORMAT = "policydiff/history@1"

_RUN = {Op.EQUAL: "eq", Op.DELETE: "del", Op.INSERT: "ins"}


def _cell(history: History, lineage: Lineage, k: int, lang: str) -> Dict[str, Any]:
    clauses = lineage.cells[k]
    cell: Dict[str, Any] = {"version": history.versions[k].label, "labels": "、".join(
        c.display_label for c in clauses), "anchors": [], "event": "", "runs": [], "findings": [],
        "state": "absent"}
    if k == 0:
        if clauses:
            cell.update(state="first", runs=[("eq", "\n".join(c.text for c in clauses))])
        return cell
    pairs = lineage.steps[k - 1]
    if not pairs:
        return cell
    cell["event"] = lineage.event(k)
    cell["anchors"] = [f"s{k}-{anchor(p)}" for p in pairs]
    if not clauses:
        cell.update(state="deleted", labels="、".join(c.display_label for c in lineage.cells[k - 1]))
    elif all(not p.is_substantive for p in pairs) and not any(p.renumbered for p in pairs):
        cell["state"] = "same"
        return cell
    elif k == lineage.born:
        cell["state"] = "born"
    else:
        cell["state"] = "changed"
    cell["runs"] = [(_RUN[op], text) for p in pairs for op, text in p.diff]
    cell["findings"] = [finding_dict(f, lang) for p in pairs for f in p.findings
                        if f.kind is not FindingKind.FORMATTING]
    return cell


def _name(lineage: Lineage) -> str:
    """The labels it carried, without repeats: "第六十九条 → 第六十八条"."""
    names: List[str] = []
    for cell in lineage.cells:
        label = "、".join(c.display_label for c in cell)
        if cell and (not names or names[-1] != label):
            names.append(label)
    return " → ".join(names)


def render_history_html(history: History, lang: str = "zh", **_options: Any) -> str:
    from .html import _asset, _markup, environment

    style, style_hash = _asset("history.css")
    rows = []
    for index, lineage in enumerate(history.lineages):
        heading = next((c.heading for c in lineage.current if c.heading), None)
        rows.append({"id": f"l{index + 1}", "name": _name(lineage), "heading": heading,
                     "changed": lineage.changed,
                     "cells": [_cell(history, lineage, k, lang) for k in range(len(history.versions))]})
    steps = [{"k": k, "from": history.versions[k - 1].label, "to": history.versions[k].label,
              "counts": counts_sentence(step),
              "headlines": [{"group": h.group, "text": h.text, "anchor": f"s{k}-{h.anchors[0]}"}
                            for h in ranked_headlines(step, lang)]}
             for k, step in enumerate(history.steps, start=1)]
    return environment().get_template("history.html.j2").render(
        title=history.title, versions=history.versions, steps=steps, rows=rows,
        changed_count=sum(1 for r in rows if r["changed"]),
        style=_markup(style), style_hash=style_hash)


def lineage_dict(history: History, lineage: Lineage, lang: str = "zh") -> Dict[str, Any]:
    labels = [v.label for v in history.versions]
    return {
        "name": _name(lineage),
        "clauses": [[c.id for c in cell] for cell in lineage.cells],
        "born": labels[lineage.born],
        "deleted": labels[lineage.deleted] if lineage.deleted is not None else None,
        "events": [{"version": labels[k], "event": lineage.event(k),
                    "statuses": sorted({p.status.value for p in lineage.steps[k - 1]}),
                    "findings": [finding_dict(f, lang) for p in lineage.steps[k - 1] for f in p.findings]}
                   for k in range(1, len(labels)) if lineage.steps[k - 1]],
    }


def history_dict(history: History, lang: str = "zh") -> Dict[str, Any]:
    """The whole history: the versions, each step as a CONTRACT.md comparison, the lineages."""
    return {
        "format": HISTORY_FORMAT,
        "title": history.title,
        "versions": [{"label": v.label, "source": v.document.source, "title": v.document.title,
                      "clauses": len(v.document.clauses)} for v in history.versions],
        "steps": [{"from": a.label, "to": b.label, "comparison": comparison_dict(step, lang)}
                  for a, b, step in zip(history.versions, history.versions[1:], history.steps)],
        "lineages": [lineage_dict(history, l, lang) for l in history.lineages],
    }
