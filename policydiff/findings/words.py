"""Words: an edit widened to whole words, so a note never quotes half of one.

The character diff says 股东大会 → 股东会 is "大" deleted; a reviewer says
“股东大会”改为“股东会”. Each side of the pair is cut into words by jieba
(its dictionary ships with the package, loaded on first use), and an edit
that starts or ends inside a word on either side takes in the rest of that
word from the equal text around it, which is the same on both sides.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import List, Tuple

#: Punctuation an edit is never widened across.
_STOPS = set("，。；：、！？“”‘’《》（）()\n ")
#: At most this many characters are taken in on each side.
MAX_WIDEN = 6
#: Function words that say nothing alone: an edit of only these takes in a neighbouring word.
_LONE = set("的之和与及或并等其了是为在对由将被以于而且")


@lru_cache(maxsize=1)
def _tokenizer():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba.Tokenizer()


#: jieba's runs of Han characters, letters and digits (its ``re_han_default``): it cuts each run
#: alone, and every character outside them is a word of its own ("\r\n" one word).
_RUN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_SKIP = re.compile("(\r\n|\\s)", re.U)


@lru_cache(maxsize=16384)
def _cut_run(run: str, hmm: bool) -> Tuple[str, ...]:
    return tuple(_tokenizer().cut(run, HMM=hmm))


def cut(text: str, hmm: bool = True) -> List[str]:
    """jieba's words of a text (``cut(text, HMM=hmm)``), each run cut once however many texts hold it."""
    out: List[str] = []
    for seg in _RUN.split(text):
        if not seg:
            continue
        if _RUN.match(seg):
            out.extend(_cut_run(seg, hmm))
        else:
            for x in _SKIP.split(seg):
                if _SKIP.match(x):
                    out.append(x)
                else:
                    out.extend(x)
    return out


@lru_cache(maxsize=1024)
def _runs(text: str) -> Tuple[Tuple[int, ...], Tuple[int, ...]]:
    """Where the runs of a text start and end."""
    spans = [m.span() for m in _RUN.finditer(text)]
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


@lru_cache(maxsize=16384)
def _run_cuts(run: str) -> Tuple[int, ...]:
    """Offsets in a run where a word starts or ends (0 and its length included)."""
    cuts, at = [0], 0
    for word in _cut_run(run, True):
        at += len(word)
        cuts.append(at)
    return tuple(cuts)


def _left_cut(text: str, at: int) -> int:
    """The nearest word boundary at or before ``at``: only the run around ``at`` is cut."""
    if at > len(text):
        return len(text)
    if at < 0:
        raise ValueError("no word boundary before the text")
    starts, ends = _runs(text)
    k = bisect_right(starts, at) - 1
    if k >= 0 and starts[k] < at < ends[k]:
        cuts = _run_cuts(text[starts[k]:ends[k]])
        return starts[k] + cuts[bisect_right(cuts, at - starts[k]) - 1]
    return at - 1 if at and text[at - 1:at + 1] == "\r\n" else at


def _right_cut(text: str, at: int) -> int:
    """The nearest word boundary at or after ``at``."""
    if at < 0:
        return 0
    if at > len(text):
        raise ValueError("no word boundary after the text")
    starts, ends = _runs(text)
    k = bisect_right(starts, at) - 1
    if k >= 0 and starts[k] < at < ends[k]:
        cuts = _run_cuts(text[starts[k]:ends[k]])
        return starts[k] + cuts[bisect_left(cuts, at - starts[k])]
    return at + 1 if at and text[at - 1:at + 1] == "\r\n" else at


def _room(text: str, at: int, step: int) -> int:
    """How many characters of equal text before (step -1) or after (+1) ``at`` may be taken in."""
    n = 0
    i = at - 1 if step < 0 else at
    while n < MAX_WIDEN and 0 <= i < len(text) and text[i] not in _STOPS:
        n += 1
        i += step
    return n


def widen(old: str, new: str, o: Tuple[int, int], n: Tuple[int, int],
          equal_before: int, equal_after: int) -> Tuple[Tuple[int, int], Tuple[int, int]]:
    """The spans ``o`` (in old) and ``n`` (in new) of one edit, widened to word boundaries.

    ``equal_before``/``equal_after``: how much equal text lies next to the edit
    (the widening takes the same characters on both sides, so never more).
    """
    ob, nb = old, new
    left = right = 0
    limit_left = min(equal_before, _room(old, o[0], -1))
    limit_right = min(equal_after, _room(old, o[1], +1))
    if not limit_left and not limit_right:
        return o, n  # no room on either side: no word needs cutting
    for _ in range(3):
        # A side without room takes in nothing, whatever its words: they are not cut.
        want_left = max(o[0] - left - _left_cut(ob, o[0] - left),
                        n[0] - left - _left_cut(nb, n[0] - left)) if limit_left else 0
        want_right = max(_right_cut(ob, o[1] + right) - o[1] - right,
                         _right_cut(nb, n[1] + right) - n[1] - right) if limit_right else 0
        if not want_left and not want_right:
            break
        left = min(limit_left, left + want_left)
        right = min(limit_right, right + want_right)
    for _ in range(2):  # an edit of a lone function word takes in the word after it (or before it)
        if not _bare(old[o[0] - left:o[1] + right], new[n[0] - left:n[1] + right]):
            break
        if right < limit_right:
            right = min(limit_right, _right_cut(ob, o[1] + right + 1) - o[1])
        elif left < limit_left:
            left = min(limit_left, o[0] - _left_cut(ob, o[0] - left - 1))
        else:
            break
    return (o[0] - left, o[1] + right), (n[0] - left, n[1] + right)


def _bare(old: str, new: str) -> bool:
    """Too little to read alone: function words only, or a short word added to or taken from
    another ("删除“申请”", "“交通”改为“交通运输”")."""
    a, b = ("".join(ch for ch in t if ch not in _STOPS) for t in (old, new))
    if _lone(a) and _lone(b):
        return True
    short, long_ = sorted((a, b), key=len)
    if not short:  # a word added or taken out alone: only one of one or two characters needs a neighbour
        return len(long_) <= 2
    return len(short) <= 2 and len(long_) <= 4 and short in long_


def _lone(text: str) -> bool:
    text = "".join(ch for ch in text if ch not in _STOPS)
    return len(text) <= 1 or all(ch in _LONE for ch in text)


def merge_spans(spans: List[Tuple[Tuple[int, int], Tuple[int, int]]]):
    """Widened edits that now touch or overlap are one edit."""
    out: List[list] = []
    for o, n in sorted(spans):
        if out and (o[0] <= out[-1][0][1] or n[0] <= out[-1][1][1]):
            last = out[-1]
            last[0] = (last[0][0], max(last[0][1], o[1]))
            last[1] = (last[1][0], max(last[1][1], n[1]))
        else:
            out.append([o, n])
    return [(o, n) for o, n in out]
