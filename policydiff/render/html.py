"""The side-by-side HTML report: one self-contained file, every text escaped."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Tuple

import jinja2

from ..models import Comparison, Op, Pair, Status
from .headlines import KIND_ZH, STATUS_ZH, anchor, headlines, labels, policy_title
from ..pairs import pairs_file
from .json import finding_dict, summary

def _template_dirs() -> List[str]:
    here = Path(__file__).resolve().parent.parent
    # Installed: policydiff/templates; source checkout or editable install: ./templates.
    return [str(p) for p in (here / "templates", here.parent / "templates") if p.is_dir()]


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(_template_dirs()),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined)


def _side(pair: Pair, keep: Op) -> List[Tuple[str, str]]:
    """The runs of one side of the diff: ("eq", text) or ("del"/"ins", text)."""
    name = "del" if keep is Op.DELETE else "ins"
    return [("eq" if op is Op.EQUAL else name, text) for op, text in pair.diff if op in (Op.EQUAL, keep)]


def _row(pair: Pair, lang: str) -> Dict[str, Any]:
    return {
        "marker": False,
        "id": anchor(pair),
        "kinds": " ".join(sorted({f.kind.value for f in pair.findings})),
        "moved_from": "",
        "status": pair.status.value,
        "status_zh": STATUS_ZH[pair.status],
        "substantive": pair.is_substantive,
        "old_label": labels(pair.old, " + "),
        "new_label": labels(pair.new, " + "),
        "old_ids": [c.id for c in pair.old],
        "new_ids": [c.id for c in pair.new],
        "path": " › ".join((pair.new or pair.old)[0].path),
        "renumbered": pair.renumbered,
        "similarity": pair.similarity,
        "old": _side(pair, Op.DELETE) if pair.old else [],
        "new": _side(pair, Op.INSERT) if pair.new else [],
        "findings": [finding_dict(f, lang) for f in pair.findings],
        "set_by": pair.set_by,
    }


def _with_move_markers(comparison: Comparison, rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """A moved clause is marked at both places: its row where it now stands,
    and a marker row where it stood, after the row of its old predecessor."""
    order = {c.id: i for i, c in enumerate(comparison.old.clauses)}
    new_order = {c.id: i for i, c in enumerate(comparison.new.clauses)}
    row_of = {}
    for index, (pair, row) in enumerate(zip(comparison.pairs, rows)):
        for clause in pair.old:
            row_of[clause.id] = index
    after: Dict[int, List[Dict[str, Any]]] = {}
    for pair, row in zip(comparison.pairs, rows):
        if pair.status is not Status.MOVED or not pair.old:
            continue
        at = order[pair.old[0].id]
        before = comparison.old.clauses[at - 1] if at else None
        row["moved_from"] = f"{before.display_label}之后" if before else "篇首"
        at_new = new_order[pair.new[0].id] if pair.new else 0
        where = (f"新文本{comparison.new.clauses[at_new - 1].display_label}之后" if at_new
                 else "新文本篇首")
        marker = {"marker": True, "id": f"moved-{row['id']}", "target": row["id"],
                  "target_label": row["new_label"] or row["old_label"],
                  "text": f"{row['old_label']}原在此处，已移至{where}"}
        after.setdefault(row_of[before.id] if before else -1, []).append(marker)
    out = list(after.get(-1, []))
    for index, row in enumerate(rows):
        out.append(row)
        out.extend(after.get(index, []))
    return out


@lru_cache(maxsize=None)
def _asset(name: str) -> Tuple[str, str]:
    """An inline stylesheet or script and its CSP hash: only these may run."""
    import base64
    import hashlib

    for folder in _template_dirs():
        path = Path(folder) / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
            return text, f"sha256-{digest}"
    raise FileNotFoundError(name)


def render_html(comparison: Comparison, lang: str = "zh", **_options: Any) -> str:
    counts = summary(comparison)
    template = environment().get_template("report.html.j2")
    style, style_hash = _asset("report.css")
    script, script_hash = _asset("report.js")
    rows = [_row(p, lang) for p in comparison.pairs]
    return template.render(
        old=comparison.old, new=comparison.new, title=policy_title(comparison),
        rows=_with_move_markers(comparison, rows),
        headlines=headlines(comparison, lang),
        changed_count=sum(1 for r in rows if r["substantive"]),
        style=_markup(style), style_hash=style_hash,
        script=_markup(script), script_hash=script_hash,
        pair_counts={k: v for k, v in counts["pairs"].items() if v},
        finding_counts={k: v for k, v in counts["findings"].items() if v},
        status_zh={s.value: z for s, z in STATUS_ZH.items()},
        kind_zh={k.value: z for k, z in KIND_ZH.items()},
        differs=comparison.differs,
        pairs_file=pairs_file(comparison))


def _markup(text: str):
    from markupsafe import Markup

    return Markup(text)
