"""The pipeline end to end: two sources in, one Comparison out."""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Optional, Sequence, Tuple, Union

from . import align, diff, findings, ingest, normalize, picking, structure, swapped, unrelated
from .models import Comparison, Document, Notice, RawText
from .nogc import paused

Source = Union[str, os.PathLike[str]]  # (not a string: typing would compile it, and a comparison compiles nothing)


def load(source: Source, id_prefix: str = "o", size_limit: int = ingest.DEFAULT_SIZE_LIMIT,
         pick: Optional[str] = None, convert: Optional[str] = None) -> Document:
    """ingest → normalize → structure: one version of a policy as its clauses.

    ``pick``: part of a title, to take one policy out of a multi-policy dump;
    ``convert``: an OpenCC conversion such as "t2s" (Traditional to Simplified).
    ``store:POLICY@N`` / ``store:POLICY@latest`` name a version ``watch`` stored
    (see :mod:`policydiff.watch.stored`).
    """
    return parse(read(source, size_limit, pick), id_prefix, convert)


def read(source: Source, size_limit: int = ingest.DEFAULT_SIZE_LIMIT, pick: Optional[str] = None) -> RawText:
    """One version as text: a file or URL through ingest, or a version ``watch``
    stored (``store:POLICY@N``), whose text is already normalised (normalising
    it again leaves it as it is)."""
    if isinstance(source, str) and source.startswith("store:"):  # watch.stored.PREFIX, seen without the store
        from .watch.stored import read_stored

        text = read_stored(source)
        return RawText(text.source, "\n".join(text.paragraphs))
    return ingest.read(source, size_limit=size_limit, pick=pick)


def parse(raw: RawText, id_prefix: str = "o", convert: Optional[str] = None) -> Document:
    """normalize → structure over text already read."""
    if convert:
        raw = normalize.convert_script(raw, convert)
    return structure.parse(normalize.normalize(raw), id_prefix=id_prefix)


Pairs = Union[None, Source, Sequence[str]]


def compare_documents(old: Document, new: Document, rules: Optional[str] = None,
                      pairs: Pairs = None) -> Comparison:
    """align → diff → findings over two parsed versions.

    ``rules``: a JSON file of words and patterns added to the findings lexicon.
    ``pairs``: pairings the user fixed: a pairs file's path, or its lines
    ("第七条 = 第七条", "149=188"); see :mod:`policydiff.pairs`.
    """
    fixed = ()
    if pairs:
        from .pairs import resolve, user_pairs

        fixed = resolve(user_pairs(pairs), old, new)
    with paused():  # no reference cycles made: see nogc.py
        lexicon = findings.load_lexicon(rules)
        pairs = tuple(diff.diff_pair(p) for p in align.align(old, new, fixed))
        # (the renames read off the diffs first, so each pair is analysed once, around its renames)
        comparison = findings.analyzed_with_renames(Comparison(old, new, pairs), lexicon)
        comparison = findings.across_document(comparison, lexicon)  # figures that moved, text moved, …
        said = unrelated.notice(comparison) + swapped.notice(comparison)  # texts that share almost nothing,
        # or given the wrong way round: said once
        if said:
            comparison = replace(comparison, notices=comparison.notices + said)
    return comparison


def compare(old: Source, new: Source, size_limit: int = ingest.DEFAULT_SIZE_LIMIT,
            rules: Optional[str] = None, pick: Optional[str] = None,
            convert: Optional[str] = None, whole: bool = False, pairs: Pairs = None) -> Comparison:
    """Compare two versions of a policy, given as file paths or URLs (see :func:`load`).

    Where one side is a dump of many policies and the other one policy, the
    dump's policy that clearly matches is compared, with a ``picked`` notice,
    or the comparison is refused with the dump's policies listed
    (:mod:`policydiff.picking`); ``whole`` compares the files as they are.
    Traditional against Simplified Chinese without ``convert`` gives a
    ``script`` notice. ``pairs``: pairings the user fixed (see :func:`compare_documents`).
    """
    with paused():  # (reading, normalising and parsing make no reference cycles either: see nogc.py)
        raw_old = read(old, size_limit, pick)
        raw_new = read(new, size_limit, pick)
        notices: Tuple[Notice, ...] = ()
        if not whole:
            raw_old, raw_new, notices = picking.resolve(raw_old, raw_new)
        notices += picking.unreadable_notice(raw_old, "old") + picking.unreadable_notice(raw_new, "new")
        if not convert:
            notices += picking.script_notice(raw_old, raw_new)
        comparison = compare_documents(parse(raw_old, "o", convert), parse(raw_new, "n", convert), rules, pairs)
        if any(n.code == "script" for n in notices):  # (the texts differ by script: that notice says why)
            comparison = unrelated.without(comparison)
        return replace(comparison, notices=comparison.notices + notices)
