"""The rows of the HTML table, and the chapter index beside it.

One row per pair; a chapter row where a chapter (the first level of a
clause's path) begins on either side, with the path of both sides; a marker
where a moved article used to stand; and, in a long document, one fold row
per run of unchanged articles ("第三十条至第三十四条 未修改") that the script
opens on a click (without the script every row shows).
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

from ..models import Comparison, Op, Pair, Status
from .headlines import KIND_EN, KIND_ZH, STATUS_EN, STATUS_ZH, anchor, labels
from .json import finding_dict
from .phrases import name
from .sides import side_runs
from .where import moved_from, moved_to

#: A run of at least this many unchanged articles is folded into one row.
FOLD_RUN = 2


def pair_row(comparison: Comparison, pair: Pair, lang: str) -> Dict[str, Any]:
    en = lang == "en"
    return {
        "type": "pair",
        "id": anchor(pair),
        "kinds": " ".join(sorted({f.kind.value for f in pair.findings})),
        "moved_from": moved_from(comparison, pair, lang) if pair.status is Status.MOVED and pair.old else "",
        "status": pair.status.value,
        "status_name": (STATUS_EN if en else STATUS_ZH)[pair.status],
        "substantive": pair.is_substantive,
        "old_label": labels(pair.old[:1], lang=lang),
        "new_label": labels(pair.new[:1], lang=lang),
        "old_labels": labels(pair.old, " + ", lang),
        "new_labels": labels(pair.new, " + ", lang),
        "old_ids": [c.id for c in pair.old],
        "new_ids": [c.id for c in pair.new],
        "renumbered": pair.renumbered,
        "set_by": pair.set_by,
        "old": side_runs(pair, Op.DELETE, lang) if pair.old else [],
        "new": side_runs(pair, Op.INSERT, lang) if pair.new else [],
        "findings": [finding_dict(f, lang)["message"] for f in pair.findings],
        "run": "",
    }


def _path(pair: Pair, side: str) -> Tuple[str, ...]:
    clauses = pair.old if side == "old" else pair.new
    return clauses[0].path if clauses else ()


def _chapter_of(pair: Pair) -> str:
    path = _path(pair, "new") or _path(pair, "old")
    return path[0] if path else ""


def _with_chapters(comparison: Comparison, rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """A chapter row before the first row of each chapter (and of each 节 within it)."""
    out: List[Dict[str, Any]] = []
    was: Tuple[Tuple[str, ...], Tuple[str, ...]] = ((), ())
    chapters: Dict[str, str] = {}
    for pair, row in zip(comparison.pairs, rows):
        now = (_path(pair, "old") or was[0], _path(pair, "new") or was[1])
        if now != was and (now[0] or now[1]):
            chapter = _chapter_of(pair)
            row_id = ""
            if chapter and chapter not in chapters:  # the index jumps to where a chapter first begins
                row_id = chapters[chapter] = f"ch-{len(chapters) + 1}"
            out.append({"type": "chapter", "id": row_id, "old": " › ".join(now[0]), "new": " › ".join(now[1]),
                        "changed_old": now[0] != was[0], "changed_new": now[1] != was[1]})
            was = now
        out.append(row)
    return out


def chapter_index(comparison: Comparison, rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The chapters in order with their number of changed rows: what the index lists."""
    index: Dict[str, Dict[str, Any]] = {}
    ids = {r["id"]: r for r in rows if r["type"] == "chapter" and r["id"]}
    for pair in comparison.pairs:
        chapter = _chapter_of(pair)
        if not chapter:
            continue
        entry = index.setdefault(chapter, {"name": chapter, "changes": 0, "id": ""})
        entry["changes"] += pair.is_substantive
    for row_id, row in ids.items():
        chapter = (row["new"] or row["old"]).split(" › ")[0]
        if chapter in index and not index[chapter]["id"]:
            index[chapter]["id"] = row_id
    return [e for e in index.values() if e["id"]]


def _folded(rows: List[Dict[str, Any]], lang: str) -> List[Dict[str, Any]]:
    """Runs of unchanged rows get a fold row before them ("第三十条至第三十四条 未修改")."""
    out: List[Dict[str, Any]] = []
    run: List[Dict[str, Any]] = []

    def flush() -> None:
        if len(run) >= FOLD_RUN:
            fold_id = f"run-{sum(1 for r in out if r['type'] == 'fold') + 1}"
            first, last = run[0]["old_label"], run[-1]["old_label"]
            text = (f"{first} to {last} unchanged ({len(run)})" if lang == "en"
                    else f"{first}至{last} 未修改（{len(run)}条）")
            out.append({"type": "fold", "id": fold_id, "text": text})
            for r in run:
                r["run"] = fold_id
        out.extend(run)
        run.clear()

    for row in rows:
        if row["type"] == "pair" and row["status"] == "unchanged":
            run.append(row)
            continue
        flush()
        out.append(row)
    flush()
    return out


def _with_move_markers(comparison: Comparison, rows: List[Dict[str, Any]], lang: str) -> List[Dict[str, Any]]:
    """A moved clause is marked at both places: its row where it now stands,
    and a marker row where it stood, after the row of its old predecessor."""
    order = {c.id: i for i, c in enumerate(comparison.old.clauses)}
    row_of = {}
    for index, pair in enumerate(comparison.pairs):
        for clause in pair.old:
            row_of[clause.id] = index
    after: Dict[int, List[Dict[str, Any]]] = {}
    for pair, row in zip(comparison.pairs, rows):
        if pair.status is not Status.MOVED or not pair.old:
            continue
        at = order[pair.old[0].id]
        before = comparison.old.clauses[at - 1] if at else None
        target = row["new_label"] or row["old_label"]
        text = (f"{row['old_label']} stood here; moved {moved_to(comparison, pair, lang)}" if lang == "en"
                else f"{row['old_label']}原在此处，已移至{moved_to(comparison, pair, lang)}")
        marker = {"type": "marker", "id": f"moved-{row['id']}", "target": row["id"], "target_label": target,
                  "text": text}
        after.setdefault(row_of[before.id] if before else -1, []).append(marker)
    out = list(after.get(-1, []))
    for index, row in enumerate(rows):
        out.append(row)
        out.extend(after.get(index, []))
    return out


def table_rows(comparison: Comparison, lang: str, fold: bool, omit: bool = False) -> List[Dict[str, Any]]:
    rows = [pair_row(comparison, p, lang) for p in comparison.pairs]
    out = _with_chapters(comparison, rows)
    if omit:
        out = [r for r in out if not (r["type"] == "pair" and r["status"] == "unchanged")]
    elif fold:
        out = _folded(out, lang)
    markers = _with_move_markers(comparison, rows, lang)
    # Put each marker after the row it follows in the table with chapters and folds.
    follow: Dict[int, List[Dict[str, Any]]] = {}
    last = None
    for item in markers:
        if item["type"] == "marker":
            follow.setdefault(id(last) if last is not None else -1, []).append(item)
        else:
            last = item
    final = list(follow.get(-1, []))
    for row in out:
        final.append(row)
        final.extend(follow.get(id(row), []))
    return final


def kind_names(lang: str) -> Dict[str, str]:
    return {k.value: n for k, n in (KIND_EN if lang == "en" else KIND_ZH).items()}


def pills(comparison: Comparison, lang: str) -> List[Tuple[str, str, int]]:
    """The filter buttons with the number of rows each shows (rows, not notes)."""
    names = kind_names(lang)
    counts: Dict[str, int] = {}
    for pair in comparison.pairs:
        for kind in {f.kind.value for f in pair.findings}:
            counts[kind] = counts.get(kind, 0) + 1
    return [(kind, names[kind], counts[kind]) for kind in names if kind in counts and kind != "formatting"]


__all__ = ["table_rows", "chapter_index", "pills", "kind_names", "name"]
