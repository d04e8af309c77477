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
    return _old_version_recorded(_renames_said_once(comparison))


_NEW_RECORD = "新增修订记录："


def _old_version_recorded(comparison: Comparison) -> Comparison:
    """A new line of the record dated the very day the old file's name gives ("2019-03-02.md" against
    "2019年3月2日《国务院关于修改部分行政法规的决定》第二次修订") records the revision the old text already is
    (its header left the line out): no change between the two texts, not said (发票管理办法, 收养登记办法,
    进出口商品检验法实施条例 2019 → …: their top or fifth headline, the 2026-12-01 readings). Another date, or
    a name without one, leaves the line said."""
    from ..dated import date_in_name

    day = date_in_name(comparison.old.source or "")
    if day is None:
        return comparison
    year, month, date = (int(x) for x in day.split("-"))
    own = f"{year}年{month}月{date}日"
    pairs = []
    for pair in comparison.pairs:
        kept = tuple(f for f in pair.findings if not (
            f.kind is FindingKind.REFERENCE_CHANGED and f.message.startswith(_NEW_RECORD)
            and f.message[len(_NEW_RECORD):].lstrip("（(").startswith(own)))
        pairs.append(pair if len(kept) == len(pair.findings) else replace(pair, findings=kept))
    return replace(comparison, pairs=tuple(pairs))


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
