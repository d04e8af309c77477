"""Multi-policy dumps: a listing page or a scrape with many policies run together.

A dump is cut into blocks at separator lines (a lone "-", "***", "===", a
listing's "12-13 -" date marks, form feeds); a block whose first line is a
title and whose body holds text is a policy, and blocks without a body
(news headlines, the site's footer) are dropped. A dump without separators
is cut before each line that reads as a policy title (short, no sentence
punctuation, ending in 办法, 措施, 条例, 规定, 细则, 意见, 方案, 通知…, and
not a chapter, section, article or item heading) followed by a body.
A text whose article numbering starts again at 第一条 at least three times
(statutes run together, each with its own 第一条) is cut before each
restart, at the title and heading lines above it.
"""
from __future__ import annotations

import re
from typing import List, Optional

from .. import recache
from ..errors import PolicydiffError
from ..i18n import _
from ..models import RawText
from ..records import named_tuple
from ..normalize import CITATION_TAIL, SITE_PREFIX, canonical, ends_paragraph, loose_key

_SEPARATOR = recache.compile(
    r"^\s*(?:-{1,}|—{1,}|={3,}|\*{3,}|_{3,}|\f|(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*-?)\s*$")
_TITLE_END = (r"(?:办法|措施|条例|规定|细则|意见|方案|通知|决定|规则|政策|纲要|规划|指引|公告|法)"
              r"(?:[（(](?:试行|修订|草案|征求意见稿|暂行)[）)])*")
_TITLE = recache.compile(r"^.{4,80}" + _TITLE_END + "$")
# A heading inside one document, never a policy's title: 第X编/章/节/条, 一、,
# （一）, 1., or a Markdown heading below the top level.
_INNER_HEADING = recache.compile(
    r"^(?:#{2,}|第[零〇一二三四五六七八九十百千\d]+[编章节条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.、．])")
MIN_BODY = 80  # characters: less is a headline or a footer, not a policy
# 第一条 as the heading of a line (not a citation such as "第一条规定的"): where a statute starts.
_FIRST_ARTICLE = recache.compile(r"^[^\S\n]*(?:【|\*\*)?第[一1]条(?!之)(?!" + CITATION_TAIL.pattern + ")", re.M)
#: Numbering runs (第一条 headings) a text needs to be cut at them: a decision with one
#: annexed regulation (two runs) stays one document.
MIN_RUNS = 3
_ARTICLE_LINE = recache.compile(r"(?:【|\*\*)?第[零〇一二三四五六七八九十百千\d]+条")
_HEADER_LINES = 16  # title, date, amendment and heading lines taken above a restart, at most


class Policy(named_tuple("Policy", ["number", "title", "text", "title_line"], defaults=("",), module=__name__)):
    """One policy of a dump."""

    __slots__ = ()
    number: int  # from 1, in the order of the dump
    title: str
    text: str  # the body, without the title line or site furniture
    title_line: str  # ("" unless given) the title as it stands in the dump ("# 中华人民共和国统计法")

    def as_text(self) -> str:
        return f"{self.title_line or self.title}\n{self.text}\n"


def split(raw: RawText) -> List[Policy]:
    """The policies of a dump in order; a single document gives one."""
    text = raw.text.replace("\r\n", "\n").replace("\r", "\n")
    restarted = [p for p in (_policy(b) for b in _by_restarts(text)) if p]
    if len(restarted) >= MIN_RUNS:
        policies = restarted
    else:
        lines = text.split("\n")
        policies = [p for p in (_policy(b) for b in _by_separators(lines)) if p]
        if len(policies) < 2:
            titled = [p for p in (_policy(b) for b in _by_titles(lines)) if p]
            if len(titled) > len(policies):
                policies = titled
    return [Policy(i, title, body, line) for i, (title, body, line) in enumerate(policies, 1)]


def _by_restarts(text: str) -> List[List[str]]:
    """Blocks cut before each 第一条 after the first, with the title lines above it,
    when there are at least ``MIN_RUNS``; else none. One regex over the text: a
    49 MB text is looked through in a fraction of a second."""
    starts = [m.start() for m in _FIRST_ARTICLE.finditer(text)]
    if len(starts) < MIN_RUNS:
        return []
    cuts = [0] + [_header_start(text, at) for at in starts[1:]] + [len(text)]
    return [[line.strip() for line in text[a:b].split("\n") if line.strip()] for a, b in zip(cuts, cuts[1:])]


def _header_start(text: str, at: int) -> int:
    """Where the lines above a 第一条 that belong to its statute start: lines that
    end no sentence and are no article (title, dates, amendments, 编/章
    headings), up to ``_HEADER_LINES``; the article before ends a sentence."""
    start, taken = at, 0
    while start > 0 and taken < _HEADER_LINES:
        begin = text.rfind("\n", 0, start - 1) + 1
        line = text[begin:start].strip()
        if line:
            if ends_paragraph(line) or _ARTICLE_LINE.match(line):
                break
            taken += 1
        start = begin
    return start


def _by_separators(lines: List[str]) -> List[List[str]]:
    blocks: List[List[str]] = [[]]
    for line in lines:
        if _SEPARATOR.match(line):
            blocks.append([])
        elif line.strip():
            blocks[-1].append(line.strip())
    return [b for b in blocks if b]


def _by_titles(lines: List[str]) -> List[List[str]]:
    blocks: List[List[str]] = [[]]
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if blocks[-1] and _TITLE.match(line.lstrip("# ")) and not _INNER_HEADING.match(line):
            blocks.append([])
        blocks[-1].append(line)
    return blocks


def _policy(block: List[str]) -> Optional[tuple]:
    if not block:
        return None
    title, body = block[0].lstrip("# ").strip(), [SITE_PREFIX.sub("", l).strip() for l in block[1:]]
    body = [l for l in body if l.strip()]
    if len(title) > 120 or sum(len(l) for l in body) < MIN_BODY:
        return None
    if not any(mark in line for line in body for mark in "。；;"):
        return None  # metadata or a list of links: no sentence, no policy
    return title, "\n".join(body), block[0]


def listing(policies: List[Policy], at_most: int = 30) -> str:
    """The policies as a user picks them: "#1 title; #2 title; …"; a run of
    three or more under one title is one entry, "#3–#159 title"."""
    runs: List[List[Policy]] = []
    for p in policies:
        if runs and runs[-1][-1].title == p.title and runs[-1][-1].number + 1 == p.number:
            runs[-1].append(p)
        else:
            runs.append([p])
    entries = []
    for run in runs:
        if len(run) >= 3:
            entries.append(f"#{run[0].number}–#{run[-1].number} {run[0].title}")
        else:
            entries.extend(f"#{p.number} {p.title}" for p in run)
    listed = "; ".join(entries[:at_most])
    return listed + ("; …" if len(entries) > at_most else "")


def _key(text: str) -> str:
    return loose_key(canonical(text))


def choose(raw: RawText, number: Optional[int] = None, title: Optional[str] = None,
           source: str = "") -> RawText:
    """One policy of a dump, by number or by (part of) its title, as its own text.

    With a title, a source that is not a dump (one policy) is returned whole.
    """
    source = source or raw.source
    policies = split(raw)
    if number is not None:
        if not 1 <= number <= len(policies):
            raise PolicydiffError(source, _("has {n} policies, no #{number}").format(n=len(policies), number=number),
                                  _("give a number from 1 to {n}: {listed}").format(n=len(policies),
                                                                                    listed=listing(policies)))
        chosen = policies[number - 1]
    else:
        if len(policies) < 2:
            return raw
        wanted = _key(title or "")
        found = [p for p in policies if wanted and wanted in _key(p.title)]
        if len(found) != 1:
            problem = (_("no policy with '{title}' in the title") if not found
                       else _("{n} policies with '{title}' in the title"))
            raise PolicydiffError(source, problem.format(n=len(found), title=title),
                                  _("give more of the title, or FILE#N: {listed}").format(
                                      listed=listing(found or policies)))
        chosen = found[0]
    return RawText(source, chosen.as_text(), raw.media_type, raw.encoding)


# A separator line anywhere: at the start, or after a line break (a pattern opening with "\n" is
# searched line by line; "^" in MULTILINE mode is tried at every character of a 49 MB text).
_FIRST_SEPARATOR = recache.compile(_SEPARATOR.pattern, re.MULTILINE)
_LATER_SEPARATOR = recache.compile("\n" + _SEPARATOR.pattern[1:], re.MULTILINE)
_ANY_TITLE_END = recache.compile(_TITLE_END + r"\s*$", re.MULTILINE)


def _any_separator(text: str) -> bool:
    """True when ``re.search(_SEPARATOR.pattern, text, re.MULTILINE)`` finds one (tests/test_hostile.py).

    A separator's line holds one of -—=*_, a form feed, or a date's -/. : only the lines holding
    one are tried (most of a long text's lines hold none), up to SEPARATOR_LINES of them; past
    that, the search that tries every line."""
    if _FIRST_SEPARATOR.match(text):
        return True
    places: List[int] = []  # (each character found by plain searches: a class is tried at every character)
    for character in _SEPARATOR_CHARACTERS:
        at = text.find(character)
        while at >= 0:
            places.append(at)
            if len(places) > SEPARATOR_LINES:
                return bool(_LATER_SEPARATOR.search(text))
            at = text.find(character, at + 1)
    starts = {text.rfind("\n", 0, at) + 1 for at in places}
    return any(_FIRST_SEPARATOR.match(text, start) for start in sorted(starts))  # ("^": a line's start)


#: Places of a separator's characters tried line by line before the whole text is searched.
SEPARATOR_LINES = 32_768
_SEPARATOR_CHARACTERS = "-—=*_\f/."


def may_hold_several(text: str) -> bool:
    """False when :func:`split` cannot find two policies in the text: it holds 第一条 at
    most once, no separator line, and no line after its first that _by_titles would cut
    at. A few searches over the whole text, so a caller reading many single documents
    (match) skips the split. tests/test_match.py checks it against split."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.count("第一条") + text.count("第1条") >= 2 or _any_separator(text):
        return True  # a numbering that starts again may be statutes run together: split decides
    text = text.lstrip()  # from its first non-blank line, which _by_titles never cuts before
    first_line_end = text.find("\n")
    if first_line_end < 0:
        return False
    for found in _ANY_TITLE_END.finditer(text, first_line_end + 1):  # then as _by_titles, line by line
        start, end = text.rfind("\n", 0, found.start()) + 1, text.find("\n", found.start())
        line = text[start:end if end >= 0 else len(text)].strip()
        if _TITLE.match(line.lstrip("# ")) and not _INNER_HEADING.match(line):
            return True
    return False
