"""Findings that need the whole document, not one pair: run after every pair has its own.

Renames (renames.py) said once for the document; figures that only moved with their
sentence taken back from "新增/删除" (figure_changes.drop_moved_figures).
"""
from __future__ import annotations

from ..models import Comparison
from .figure_changes import drop_moved_figures
from .lexicon import load_lexicon
from .renames import apply_renames


def across_document(comparison: Comparison, lexicon=None) -> Comparison:
    lexicon = lexicon or load_lexicon()
    return drop_moved_figures(apply_renames(comparison, lexicon), lexicon)
