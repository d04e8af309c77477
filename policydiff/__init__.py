"""policydiff: what changed between two versions of a policy or statute, and what it means.

    >>> import policydiff
    >>> result = policydiff.compare("draft.txt", "final.txt")
    >>> [p.status.value for p in result.pairs]

The stages are modules of plain functions over frozen values (see ``models``):
``ingest.read`` → ``normalize.normalize`` → ``structure.parse`` →
``align.align`` → ``diff.diff_pair`` → ``findings.analyze`` → ``render.render``.
"""
from .errors import PolicydiffError

__version__ = "0.1.0"

# Loaded on first use (PEP 562): `policydiff --version` and the commands that do not
# compare need none of the pipeline's imports.
_LAZY = {"compare": "pipeline", "compare_documents": "pipeline", "load": "pipeline",
         "Clause": "models", "Comparison": "models", "Document": "models", "Finding": "models",
         "FindingKind": "models", "Pair": "models", "Status": "models"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "compare", "compare_documents", "load",
    "Clause", "Comparison", "Document", "Finding", "FindingKind", "Pair", "Status",
    "PolicydiffError", "__version__",
]
