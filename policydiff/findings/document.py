"""Findings that need the whole document, not one pair: run after every pair has its own.

In order: renames said once for the document (renames.py); figures that only
moved with their sentence taken back from "新增/删除"
(figure_changes.drop_moved_figures); sentences that moved between provisions
as ``text_moved`` on both pairs, and drafting-norm wording (必须 → 应当) said
once (moved.py). Renames come first because they make the findings of the
pairs they cover again.
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Comparison, FindingKind
from .figure_changes import drop_moved_figures
from .lexicon import load_lexicon
from .moved import document_findings
from .renames import apply_renames


def across_document(comparison: Comparison, lexicon=None) -> Comparison:
    lexicon = lexicon or load_lexicon()
    comparison = drop_moved_figures(apply_renames(comparison, lexicon), lexicon)
    comparison = replace(comparison, pairs=document_findings(comparison.pairs, lexicon))
    return _renames_said_once(comparison)


def _renames_said_once(comparison: Comparison) -> Comparison:
    """No wording note left that only says a rename again (“股东大会”改为“股东会” where
    the diff cut the edit so that the rename's own note did not explain it)."""
    if not comparison.renames:
        return comparison
    said = {f"“{r.old}”改为“{r.new}”" for r in comparison.renames}
    pairs = []
    for pair in comparison.pairs:
        kept = tuple(f for f in pair.findings if not (
            f.kind is FindingKind.WORDING_CHANGED and f.message.split("：", 1)[-1].split("（", 1)[0] in said))
        pairs.append(pair if len(kept) == len(pair.findings) else replace(pair, findings=kept))
    return replace(comparison, pairs=tuple(pairs))
