"""Wording: a change of substance that no more specific finder explains."""
from __future__ import annotations

from typing import List, Tuple

from ..models import Finding, FindingKind, Op, Pair, Status
from .formatting import substance

#: Characters of context shown on each side of a change.
CONTEXT = 8


def _snippets(pair: Pair) -> List[Tuple[str, str]]:
    """(old, new) snippets around each substantive change, with some context."""
    out = []
    edits = list(pair.diff)
    k = 0
    while k < len(edits):
        if edits[k][0] is Op.EQUAL:
            k += 1
            continue
        start = k
        while k < len(edits) and edits[k][0] is not Op.EQUAL:
            k += 1
        before = edits[start - 1][1][-CONTEXT:] if start else ""
        after = edits[k][1][:CONTEXT] if k < len(edits) else ""
        old = "".join(t for op, t in edits[start:k] if op is Op.DELETE)
        new = "".join(t for op, t in edits[start:k] if op is Op.INSERT)
        if substance(old) != substance(new):
            out.append((before + old + after, before + new + after))
    return out


def wording_findings(pair: Pair) -> Tuple[Finding, ...]:
    """One ``wording_changed`` per changed passage that is more than formatting."""
    if pair.status in (Status.DELETED, Status.ADDED, Status.UNCHANGED):
        return ()
    return tuple(
        Finding(FindingKind.WORDING_CHANGED, old or None, new or None,
                f"表述修改：“{old}”改为“{new}”", f"wording changed: “{old}” → “{new}”")
        for old, new in _snippets(pair))
