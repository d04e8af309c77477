"""One side of a pair's diff as runs a report prints: kept, deleted or inserted text, and
where each further article of a split or merged pair begins."""
from __future__ import annotations

from typing import Dict, List, Tuple

from ..models import Clause, Op, Pair, clause_starts
from .phrases import name

Run = Tuple[str, str]  # ("eq" | "del" | "ins" | "label", text)


def _starts(clauses: Tuple[Clause, ...]) -> Dict[int, Clause]:
    """Where in the joined text ("\\n".join) each clause after the first begins."""
    return dict(zip(clause_starts(clauses)[1:], clauses[1:]))


def side_runs(pair: Pair, keep: Op, lang: str = "zh") -> List[Run]:
    """The runs of the old side (keep=Op.DELETE) or the new side (keep=Op.INSERT):
    ("eq", text), ("del"/"ins", text), and ("label", "第十四条") where a further article begins
    (the newline that joined it to the one before is left out)."""
    kind = "del" if keep is Op.DELETE else "ins"
    clauses = pair.old if keep is Op.DELETE else pair.new
    starts = _starts(clauses)
    out: List[Run] = []
    at = 0
    for op, text in pair.diff:
        if op is not Op.EQUAL and op is not keep:
            continue
        style = "eq" if op is Op.EQUAL else kind
        begin = 0
        for offset in sorted(o for o in starts if at < o <= at + len(text)):
            cut = offset - at
            if cut < len(text) or offset == at + len(text):
                piece = text[begin:cut]
                if piece.endswith("\n"):
                    piece = piece[:-1]
                if piece:
                    out.append((style, piece))
                out.append(("label", name(starts[offset], lang)))
                begin = cut
        if begin < len(text):
            out.append((style, text[begin:]))
        at += len(text)
    return out
