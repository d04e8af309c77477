"""A very long provision edited in a few places: its findings read where it changed.

A text without numbered provisions can put a whole book into one clause (the
unnumbered paragraphs before the first item: 9 million characters of the 民法典
without its article numbers, issue 19). What a finding says of an edit comes
from the sentence the edit is in and the paragraphs beside it, but the finders
read every sentence of the pair: seconds per megabyte for three edits. So a
pair of one clause each side longer than ``LONG`` characters is analysed cut to
the paragraphs that changed, with ``CONTEXT`` unchanged paragraphs on each side
of every change; the unchanged paragraphs between are left out, cut at line
breaks, so no sentence is cut or run into another. The pair keeps its texts and
diff; only its findings come from the cut pair. No provision of the corpus is a
hundredth of ``LONG``: their findings are read from the whole pair as before.
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Op, Pair

#: Characters (old and new together) above which a pair is analysed where it changed.
LONG = 100_000
#: Unchanged paragraphs kept on each side of a change.
CONTEXT = 2


def where_changed(pair: Pair) -> Pair:
    """The pair cut to its changed paragraphs and their neighbours (itself when short, or when
    no paragraph can be left out)."""
    if len(pair.old) != 1 or len(pair.new) != 1 or not pair.diff:
        return pair
    if len(pair.old[0].text) + len(pair.new[0].text) <= LONG:
        return pair
    last = len(pair.diff) - 1
    ops = tuple((op, _kept(text, after_change=k > 0, before_change=k < last) if op is Op.EQUAL else text)
                for k, (op, text) in enumerate(pair.diff))
    old = "".join(text for op, text in ops if op is not Op.INSERT)
    new = "".join(text for op, text in ops if op is not Op.DELETE)
    if len(old) == len(pair.old[0].text) and len(new) == len(pair.new[0].text):
        return pair  # no line to leave out (one paragraph, or changes in every few lines): read whole
    return replace(pair, old=(replace(pair.old[0], text=old),), new=(replace(pair.new[0], text=new),), diff=ops)


def _kept(text: str, after_change: bool, before_change: bool) -> str:
    """What an unchanged run keeps: the end of the line of the change before it and CONTEXT lines,
    and CONTEXT lines and the start of the line of the change after it."""
    lines = CONTEXT + 1
    head_end = tail_start = -1
    if after_change:  # up to (not including) the line break after CONTEXT more lines
        head_end = _nth(text, lines, forward=True)
        if head_end < 0:
            return text
    if before_change:  # from the start of the line CONTEXT lines before the change's
        tail_start = _nth(text, lines, forward=False)
        if tail_start < 0:
            return text
        tail_start += 1
    if after_change and before_change:
        return text if tail_start <= head_end + 1 else text[:head_end + 1] + text[tail_start:]
    return text[:head_end] if after_change else text[tail_start:] if before_change else text


def _nth(text: str, n: int, forward: bool) -> int:
    """Where the n-th line break from the start (or the end) stands; -1 when there are fewer."""
    at = -1 if forward else len(text)
    for _ in range(n):
        at = text.find("\n", at + 1) if forward else text.rfind("\n", 0, at)
        if at < 0:
            return -1
    return at
