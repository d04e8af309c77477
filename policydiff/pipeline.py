"""The pipeline end to end: two sources in, one Comparison out."""
from __future__ import annotations

import os
from typing import Optional, Union

from . import align, diff, findings, ingest, normalize, structure
from .models import Comparison, Document

Source = Union[str, "os.PathLike[str]"]


def load(source: Source, id_prefix: str = "o", size_limit: int = ingest.DEFAULT_SIZE_LIMIT,
         pick: Optional[str] = None, convert: Optional[str] = None) -> Document:
    """ingest → normalize → structure: one version of a policy as its clauses.

    ``pick``: part of a title, to take one policy out of a multi-policy dump;
    ``convert``: an OpenCC conversion such as "t2s" (Traditional to Simplified).
    """
    raw = ingest.read(source, size_limit=size_limit, pick=pick)
    if convert:
        raw = normalize.convert_script(raw, convert)
    return structure.parse(normalize.normalize(raw), id_prefix=id_prefix)


def compare_documents(old: Document, new: Document, rules: Optional[str] = None) -> Comparison:
    """align → diff → findings over two parsed versions.

    ``rules``: a JSON file of words and patterns added to the findings lexicon.
    """
    lexicon = findings.load_lexicon(rules)
    pairs = tuple(findings.analyze(diff.diff_pair(p), lexicon) for p in align.align(old, new))
    pairs = findings.document_findings(pairs, lexicon)
    return Comparison(old, new, pairs)


def compare(old: Source, new: Source, size_limit: int = ingest.DEFAULT_SIZE_LIMIT,
            rules: Optional[str] = None, pick: Optional[str] = None,
            convert: Optional[str] = None) -> Comparison:
    """Compare two versions of a policy, given as file paths or URLs (see :func:`load`)."""
    return compare_documents(load(old, "o", size_limit, pick, convert),
                             load(new, "n", size_limit, pick, convert), rules)
