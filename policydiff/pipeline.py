"""The pipeline end to end: two sources in, one Comparison out."""
from __future__ import annotations

import os
from typing import Optional, Union

from . import align, diff, findings, ingest, normalize, structure
from .models import Comparison, Document

Source = Union[str, "os.PathLike[str]"]


def load(source: Source, id_prefix: str = "o", size_limit: int = ingest.DEFAULT_SIZE_LIMIT) -> Document:
    """ingest → normalize → structure: one version of a policy as its clauses."""
    raw = ingest.read(source, size_limit=size_limit)
    return structure.parse(normalize.normalize(raw), id_prefix=id_prefix)


def compare_documents(old: Document, new: Document, rules: Optional[str] = None) -> Comparison:
    """align → diff → findings over two parsed versions.

    ``rules``: a JSON file of words and patterns added to the findings lexicon.
    """
    lexicon = findings.load_lexicon(rules)
    pairs = tuple(findings.analyze(diff.diff_pair(p), lexicon) for p in align.align(old, new))
    return Comparison(old, new, pairs)


def compare(old: Source, new: Source, size_limit: int = ingest.DEFAULT_SIZE_LIMIT,
            rules: Optional[str] = None) -> Comparison:
    """Compare two versions of a policy, given as file paths."""
    return compare_documents(load(old, "o", size_limit), load(new, "n", size_limit), rules)
