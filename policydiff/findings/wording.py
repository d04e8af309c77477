"""Wording: a change of substance that no more specific finder explains."""
from __future__ import annotations

from typing import List, Sequence

from ..models import Finding, FindingKind
from .changes import Change, Hunk, Note, clip
from .formatting import substance

# Punctuation at the edge of an edit says nothing in a margin note ("“新”" → 新).
_EDGE_PUNCTUATION = "，。；：、“”‘’\"' \n"


def _describe(hunk: Hunk) -> "tuple[str, str]":
    old, new = (clip(side.strip(_EDGE_PUNCTUATION), 40) for side in (hunk.deleted, hunk.inserted))
    if old and new:
        return f"“{old}”改为“{new}”", f"“{old}” → “{new}”"
    if old:
        return f"删除“{old}”", f"deleted “{old}”"
    return f"新增“{new}”", f"added “{new}”"


def wording_notes(changes: Sequence[Change], notes: Sequence[Note]) -> List[Note]:
    """One ``wording_changed`` per change whose substantive hunks no other note explains."""
    out: List[Note] = []
    for change in changes:
        left = [h for h in change.hunks
                if substance(h.deleted) != substance(h.inserted) and not any(n.explains(h) for n in notes)]
        if not left:
            continue
        parts = [_describe(h) for h in left]
        out.append(Note(Finding(
            FindingKind.WORDING_CHANGED, clip(change.old) or None, clip(change.new) or None,
            "表述修改：" + "；".join(zh for zh, _ in parts), "wording changed: " + "; ".join(en for _, en in parts)),
            ()))
    return out
