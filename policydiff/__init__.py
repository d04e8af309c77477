"""policydiff: what changed between two versions of a policy or statute, and what it means.

    >>> import policydiff
    >>> result = policydiff.compare("draft.txt", "final.txt")
    >>> [p.status.value for p in result.pairs]

The stages are modules of plain functions over frozen values (see ``models``):
``ingest.read`` → ``normalize.normalize`` → ``structure.parse`` →
``align.align`` → ``diff.diff_pair`` → ``findings.analyze`` → ``render.render``.
"""
from .errors import PolicydiffError
from .models import Clause, Comparison, Document, Finding, FindingKind, Pair, Status
from .pipeline import compare, compare_documents, load

__version__ = "0.1.0"

__all__ = [
    "compare", "compare_documents", "load",
    "Clause", "Comparison", "Document", "Finding", "FindingKind", "Pair", "Status",
    "PolicydiffError", "__version__",
]
