"""Structure: the provisions of a normalised text.

A document with articles (第X条) yields one clause per article, its
paragraphs (款) and items (项) in its text, with the enclosing 编/章/节 (or
Markdown headings) as its path. A document without articles yields the finest
numbered level that carries body text (一、 > （一） > 1. > （1） > ①), with
the headings above it as its path. Opening text before the first provision is
a clause with label "" (the preamble), unless it only repeats the title.

Labels are data, never identity: ids are positions ("o1", "o2", … and "o0"
for the preamble), so a draft that prints "10." twice keeps both measures.
"""
from __future__ import annotations

import re
from dataclasses import field
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

from .errors import PolicydiffError
from .i18n import _
from .models import Clause, Document, Notice, Text
from .records import named_tuple
from . import numerals
from . import recache
from .nogc import paused
from .normalize import CITATION_TAIL, ends_paragraph
from .records import dataclass

_CN_DIGITS = "零〇一二三四五六七八九十百千万两"
_NUM = rf"[{_CN_DIGITS}\d]+"

# Article heading at a paragraph's start: "第十条", "第十条之一", "第10条", "【第十条】",
# "**第十条**", an optional "01 " prefix (WeChat); the space after the number is optional.
_ARTICLE = recache.compile(
    rf"^(?:\d{{1,3}}\s*)?(【|\*\*)?(第({_NUM})条(?:之([一二三四五六七八九十]+))?)(?:】|\*\*)?(\s*)")
_ARTICLE_START = "第【*0123456789"  # the first character of an _ARTICLE match
_LABEL_PREFIX = recache.compile(r"(?:\d{1,3}\s*)?(?:【|\*\*)?")
# A "第X条" anywhere in a line (a heading inside a flattened page, or a citation).
_ARTICLE_INLINE = recache.compile(rf"第({_NUM})条(?:之([一二三四五六七八九十]+))?")
# Containers: 编/章/节 on a line of their own (a heading, not a sentence).
_CONTAINER = recache.compile(rf"^(?:【|\*\*)?(第({_NUM})[编章节])(?:】|\*\*)?(\s*)")
_CITATION_TAIL = CITATION_TAIL
# What may stand right before a heading inside a flattened line (no space kept): a sentence's end.
_SENTENCE_END = "。；！？：”’"
# A chapter heading flattened into a line just before an article: "…目标。第六章附则第二十条…".
_CONTAINER_BEFORE = recache.compile(rf"(?:^|[\s{_SENTENCE_END}])第{_NUM}[编章节][^，。；：\s]{{0,24}}\s*$")
_CONTAINER_START = ("第", "【", "**")  # what a _CONTAINER match starts with
_MD_HEADING = recache.compile(r"^(#{1,6})\s*(.*?)\s*#*$")

# Items, from the outermost level to the innermost.
_ITEM_PATTERNS: Tuple[Tuple[int, "re.Pattern[str]"], ...] = (
    (1, recache.compile(r"^([一二三四五六七八九十]+)、")),
    (2, recache.compile(r"^（([一二三四五六七八九十]+)）")),
    (3, recache.compile(r"^(\d{1,3})[.、．](?!\d)")),
    (4, recache.compile(r"^（(\d{1,3})）")),
    (5, recache.compile(r"^([①-⑳])")),
)
_ITEM_LABEL_FORMAT = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）", 5: "{}"}
_HEADING_MAX = 24


@lru_cache(maxsize=1 << 16)  # a statute prints a few hundred numerals, each many times; a code 10,000 labels
def chinese_number(numeral: str) -> Optional[int]:
    """The value of a numeral as printed in a label: "十四" → 14, "12" → 12, "②" → 2."""
    number = numerals.value(numeral)
    return int(number) if number is not None and number == int(number) else None


@dataclass
class _Node:
    """A provision being built: its label line and the paragraphs under it."""

    level: int  # 0 for articles; 1..5 for items
    label: str
    number: Optional[int]
    path: Tuple[str, ...]
    lines: List[str] = field(default_factory=list)
    children: int = 0

    def text(self) -> str:
        return "\n".join(filter(None, self.lines))

    def carries_body(self) -> bool:
        """More than a short heading: a sentence, or paragraphs under it."""
        if len(self.lines) > 1:
            return True
        own = self.lines[0] if self.lines else ""
        return bool(own) and (ends_paragraph(own) or "。" in own or len(own) > _HEADING_MAX)


def _heading_of(text: str) -> Optional[str]:
    """A clause's short title: a first sentence like "支持关键技术攻关。" with more after it."""
    first = text.split("\n", 1)[0]
    if "。" in first:
        head, _, rest = first.partition("。")
        if rest or "\n" in text:
            if 2 <= len(head) <= _HEADING_MAX and not recache.compile(r"[，、；：,]").search(head):
                return head
        return None
    if "\n" in text and len(first) <= _HEADING_MAX and not ends_paragraph(first):
        return first  # "适用范围" on its own line over its body
    return None


class _Label(named_tuple("_Label", ["label", "number", "suffix", "end"], module=__name__)):
    """An article heading found in a paragraph: where its label ends, and what it says."""

    __slots__ = ()
    label: str  # "第十条", "第十条之一" (brackets and bold left out)
    number: Optional[int]
    suffix: Optional[int]  # 1 for 之一
    end: int  # where the article's own text starts


def _follows(number: Optional[int], suffix: Optional[int], last: Optional[Tuple[int, int]]) -> bool:
    """True when 第{number}条(之{suffix}) is the next heading after ``last`` (in order, gaps allowed)."""
    if number is None:
        return False
    if last is None:
        return True
    return (number, suffix or 0) > last


def _article_at_start(paragraph: str, last: Optional[Tuple[int, int]],
                      printed_later=lambda key: False) -> Optional[_Label]:
    """The article heading that opens a paragraph, or None when it holds none or opens with a citation.

    A label followed by a space, a closing bracket or nothing is a heading by
    position, whatever its number (the numbering notices report the odd ones).
    Without a space ("第一条为了…"), it is a heading when its number comes next
    and what follows does not read as a citation ("第三条规定的…", "第十条第二款…").
    One that does read so is still the heading when it is the very next number
    and that number is not printed as a heading further on
    (``printed_later(key)``): "第七十六条规定本行政区域特别重大事项的…" after 第七十五条.
    """
    m = _ARTICLE.match(paragraph)
    if not m:
        return None
    number = chinese_number(m.group(3))
    suffix = chinese_number(m.group(4)) if m.group(4) else None
    rest = paragraph[m.end():]
    if not (m.group(5) or m.group(1) or not rest):
        if not _follows(number, suffix, last):
            return None
        if _CITATION_TAIL.match(rest):
            next_one = last is not None and not suffix and number == last[0] + 1
            if not next_one or printed_later((number, suffix or 0)):
                return None
    return _Label(m.group(2), number, suffix, m.end())


def _clean_heading(paragraph: str) -> Optional[Tuple[int, int]]:
    """(number, suffix) of a paragraph-start label that can only be a heading, else None."""
    m = _ARTICLE.match(paragraph)
    if not m or not (m.group(5) or m.group(1) or not paragraph[m.end():]
                     or not _CITATION_TAIL.match(paragraph, m.end())):
        return None
    number = chinese_number(m.group(3))
    return None if number is None else (number, chinese_number(m.group(4)) or 0 if m.group(4) else 0)


def _split_inline_articles(paragraph: str, last: Optional[Tuple[int, int]]) -> List[str]:
    """Split a paragraph holding several articles ("… 第二条 … 第三条 …") at each one.

    A mid-line "第X条" counts only when its number comes next after the article
    before it, and either a space stands on both sides of it (normalize keeps
    those) or it follows the end of a sentence and is not followed by the words
    of a citation; so "依照本法第二条规定" is never taken for a new article.
    """
    if paragraph.find("第", 1) < 0:  # no label past its own heading: most paragraphs
        return [paragraph.strip()] if paragraph.strip() else []
    pieces: List[str] = []
    start = 0
    for match in _ARTICLE_INLINE.finditer(paragraph):
        at = match.start()
        if _LABEL_PREFIX.fullmatch(paragraph, 0, at):
            continue  # the paragraph's own heading ("01 第一条", "【第一条】")
        number = chinese_number(match.group(1))
        suffix = chinese_number(match.group(2)) if match.group(2) else None
        if not _follows(number, suffix, last):
            continue
        before, after = paragraph[at - 1], paragraph[match.end():match.end() + 1]
        if not (before.isspace() and (after.isspace() or not after)):
            in_run = last is None and number == 1 or (
                last is not None and (number == last[0] + 1 and not suffix or number == last[0] and suffix))
            boundary = (before.isspace() or before in _SENTENCE_END or (last is None and before in "）)")
                        or _CONTAINER_BEFORE.search(paragraph, max(0, at - 40), at))
            if not (in_run and boundary) or _CITATION_TAIL.match(paragraph, match.end()):
                continue
        pieces.append(paragraph[start:at].strip())
        start = at
        last = (number, suffix or 0)
    pieces.append(paragraph[start:].strip())
    return [p for p in pieces if p]


#: A chapter heading (its number: group 1), as a line of its own or a Markdown heading.
_CHAPTER_NUMBER = recache.compile(rf"^(?:#+\s*)?(?:【|\*\*)?第({_NUM})章")
#: A heading without its number: a few Chinese characters, nothing else.
_BARE_HEADING = recache.compile(r"^[\u4e00-\u9fff]{2,20}$")


def _unnumbered_chapters(pieces: List[str], labels: Sequence) -> List[str]:
    """The pieces with a chapter's heading printed without its number given it, where the chapters' numbers skip that one
    (第一章, then 第三章) and one line of a few Chinese characters alone stands between the two, just before an article:
    烈士褒扬条例 2019 prints "烈士的评定" for 第二章 (read as the last line of 第七条, and 第八条 to 第十三条 as 第一章's:
    "新增第二章“烈士的评定”" was wrong in reading 346)."""
    chapters = [(k, chinese_number(m.group(1))) for k, p in enumerate(pieces)
                if not labels[k] and p[:1] in "#【*第" for m in (_CHAPTER_NUMBER.match(p),) if m]
    out = pieces
    for (a, na), (b, nb) in zip(chapters, chapters[1:]):
        if na is None or nb != na + 2:
            continue
        lone = [k for k in range(a + 1, b) if not labels[k] and _BARE_HEADING.match(pieces[k]) and labels[k + 1]]
        if len(lone) == 1:
            out = _numbered(out, pieces, lone[0], na + 1)
    # (and after the last, the closing chapter's "附 则" alone before an article: 人体器官捐献和移植条例 2023 prints it without
    # its number after 第四章, read as the last line of 第四十九条, "新增规定：“附则”")
    if chapters and chapters[-1][1] is not None:
        last, n = chapters[-1]
        lone = [k for k in range(last + 1, len(pieces) - 1)
                if not labels[k] and _CLOSING_HEADING.match(pieces[k]) and labels[k + 1]]
        if len(lone) == 1:
            out = _numbered(out, pieces, lone[0], n + 1)
    return out


#: The closing chapter's heading, printed without its number.
_CLOSING_HEADING = recache.compile(r"^附\s*则$")


def _numbered(out: List[str], pieces: List[str], k: int, number: int) -> List[str]:
    """``out`` (a copy of ``pieces`` once changed) with the heading at ``k`` given its chapter's number."""
    from cn2an import an2cn

    out = list(out) if out is pieces else out
    out[k] = f"第{an2cn(number)}章 {pieces[k]}"
    return out


#: The last characters of a heading that goes on on the next line (a joiner or a particle ends no title).
_HEADING_GOES_ON = tuple("和及与或的、")


def _heading_goes_on(heading: str, paragraph: str) -> bool:
    """``paragraph`` is the rest of ``heading`` (a 编/章/节 heading that ends on a joiner or a particle): a short line
    without a sentence's punctuation, the heading and it no longer than a heading may be. A heading whose title is
    phrases joined by "，" may go on with more of them: "## 第三章 审查和批准决算，听取和审议国民经济和" then
    "社会发展计划、预算的执行情况报告，听取和审议审计工作报告" (监督法 2006; the second line was read as the end of 第十四条)."""
    listed = "，" in heading
    return heading.endswith(_HEADING_GOES_ON) and bool(_CONTAINER_START) and heading.startswith(_CONTAINER_START) \
        and 0 < len(paragraph) and (listed or len(paragraph) <= _HEADING_MAX) \
        and not re.search(r"[。；：:]" if listed else r"[，。；：:]", paragraph) \
        and not paragraph.startswith(("第", "#", "（", "(")) and len(heading) + len(paragraph) <= 60


def _container_at_start(paragraph: str) -> Optional[str]:
    """A 编/章/节 heading on a line of its own, as "第二章 总则" (one space after the number)."""
    if not paragraph.startswith(_CONTAINER_START):
        return None
    m = _CONTAINER.match(paragraph)
    if not m or ends_paragraph(paragraph) or len(paragraph) > 40:
        return None
    rest = paragraph[m.end():].replace("**", "").replace("】", "").strip()
    if not m.group(3) and rest and (_CITATION_TAIL.match(rest) or re.search(r"[，。；]", rest)):
        return None
    return f"{m.group(1)} {rest}" if rest else m.group(1)


def _title(paragraphs: Sequence[str]) -> Tuple[str, int]:
    """The title and how many paragraphs it takes at the top."""
    if paragraphs and recache.compile(r"#(?!#)").match(paragraphs[0]):
        return paragraphs[0].lstrip("#").strip(), 1
    taken: List[str] = []
    for para in paragraphs[:4]:
        if (_ARTICLE.match(para) or _CONTAINER.match(para) or ends_paragraph(para)
                or len(para) > 60 or para.startswith("#") or _item(para)):
            break
        taken.append(para)
    return "".join(taken), len(taken)


#: What an item label can start with (the first characters _ITEM_PATTERNS match; \d is any decimal
#: digit): a paragraph that starts otherwise, most of a long text's, is no item without five searches.
_ITEM_FIRST = frozenset("一二三四五六七八九十（" + "".join(chr(c) for c in range(ord("①"), ord("⑳") + 1)))


#: What a paragraph must start with to be a Markdown heading, a container (第, 【, **) or an item.
_PARSE_SPECIAL = _ITEM_FIRST | frozenset("#第【*")


def _item(paragraph: str) -> Optional[Tuple[int, str, str, Optional[int]]]:
    first = paragraph[:1]
    if first not in _ITEM_FIRST and not first.isdecimal():
        return None
    for level, pattern in _ITEM_PATTERNS:
        match = pattern.match(paragraph)
        if match:
            numeral = match.group(1)
            label = _ITEM_LABEL_FORMAT[level].format(numeral)
            return level, label, paragraph[match.end():].strip(), chinese_number(numeral)
    return None


def _printed_headings(body: Sequence[str], holding: Sequence[int]) -> Dict[Tuple[int, int], int]:
    """(number, suffix) of each paragraph-start label that can only be a heading → its last
    paragraph (``holding``: the paragraphs that hold a 第, as every label does)."""
    last_printed = {}
    for index in holding:
        para = body[index]
        key = _clean_heading(para) if para[:1] in _ARTICLE_START else None
        if key:
            last_printed[key] = index
    return last_printed


def _holds_articles(body: Sequence[str]) -> bool:
    """True when ``_article_pieces`` finds an article heading: read only in the paragraphs that
    hold a 第 (every label does; the others are pieces of their own, without one), up to the
    first heading, before which ``last`` is None there too. A long text of no articles (issue 19's
    49 MB plain text) is not cut into pieces to find none."""
    holding = [index for index, para in enumerate(body) if "第" in para]
    last_printed = _printed_headings(body, holding)
    for index in holding:
        para = body[index]
        if para.startswith("#") or _container_at_start(para):
            continue
        for piece in _split_inline_articles(para, None):
            if piece[:1] in _ARTICLE_START and _article_at_start(
                    piece, None, lambda key: last_printed.get(key, -1) > index):
                return True
    return False


def _article_pieces(body: Sequence[str]) -> Tuple[List[str], List[Optional[_Label]]]:
    """The paragraphs, split where a flattened line holds several articles, each with its heading (or None)."""
    last_printed = _printed_headings(body, [index for index, para in enumerate(body) if "第" in para])
    pieces: List[str] = []
    labels: List[Optional[_Label]] = []
    last: Optional[Tuple[int, int]] = None
    for index, para in enumerate(body):
        if "第" not in para and not para.startswith("#"):
            # (no article label or 编/章/节 without 第, no Markdown heading: the paragraph as it
            # is, stripped, as _split_inline_articles gives it; most paragraphs of a long text)
            piece = para.strip()
            if piece:
                pieces.append(piece)
                labels.append(None)
            continue
        if para.startswith("#") or _container_at_start(para):
            pieces.append(para)
            labels.append(None)
            continue
        for piece in _split_inline_articles(para, last):
            label = (_article_at_start(piece, last, lambda key: last_printed.get(key, -1) > index)
                     if piece[:1] in _ARTICLE_START else None)
            if label:
                last = (label.number, label.suffix or 0) if label.number is not None else last
            pieces.append(piece)
            labels.append(label)
    return pieces, labels


def parse(text: Text, id_prefix: str = "o") -> Document:
    """Split a normalised text into its clauses, with ids "<id_prefix>1", "<id_prefix>2", …"""
    # Parsing makes a few objects per paragraph and no reference cycles: the
    # cyclic garbage collector, run every 700 of them, finds nothing (a third
    # of the time on a 49 MB text), so it waits until the document is built.
    with paused():
        return _parse(text, id_prefix)


def _parse(text: Text, id_prefix: str) -> Document:
    paragraphs = list(text.paragraphs)
    title, skip = _title(paragraphs)
    body = paragraphs[skip:]
    pieces, labels = _article_pieces(body) if _holds_articles(body) else (body, [None])
    has_articles = any(labels)
    if not has_articles:
        pieces, labels = body, [None] * len(body)
    else:
        pieces = _unnumbered_chapters(pieces, labels)

    nodes: List[_Node] = []
    preamble: List[str] = []
    path: List[Tuple[int, str]] = []  # (heading depth, heading text)
    stack: List[_Node] = []  # open items, outermost first (documents without articles)
    open_path: Tuple[str, ...] = ()  # the headings of path

    def set_heading(depth: int, heading: str) -> None:
        nonlocal open_path
        while path and path[-1][0] >= depth:
            path.pop()
        path.append((depth, heading))
        open_path = tuple(h for _, h in path)
        stack.clear()

    for para, label in zip(pieces, labels):
        if not label and path and _heading_goes_on(path[-1][1], para):
            # (a heading cut over two lines: "## 第二章 听取和审议人民政府、人民法院和" then "人民检察院的专项工作报告", 监督法
            # 2006, whose second line was read as the last article's words, "不再规定" in reading 427)
            path[-1] = (path[-1][0], path[-1][1] + para)
            open_path = tuple(h for _, h in path)
            continue
        if not label and para[:1] not in _PARSE_SPECIAL and not para[:1].isdecimal():
            # (no heading, container or item can open it: the steps below would all pass it on)
            if has_articles or not stack:
                (nodes[-1].lines if has_articles and nodes else preamble).append(para)
            else:
                stack[-1].lines.append(para)
            continue
        if label:  # an article's heading (never a Markdown or 编/章/节 heading)
            nodes.append(_Node(0, label.label, label.number, open_path, [para[label.end:].strip()]))
            continue
        md = _MD_HEADING.match(para) if para.startswith("#") else None
        if md:
            heading = md.group(2)
            if not heading:
                continue
            container = _container_at_start(heading)
            if container:
                set_heading(_container_depth(container.split(" ", 1)[0]), container)
            else:
                set_heading(len(md.group(1)), " ".join(heading.split()))
            continue
        container = _container_at_start(para)
        if container:
            set_heading(_container_depth(container.split(" ", 1)[0]), container)
            continue
        if has_articles:
            if nodes:
                nodes[-1].lines.append(para)
            else:
                preamble.append(para)
            continue
        item = _item(para)
        if item:
            level, label_text, rest, number = item
            while stack and stack[-1].level >= level:
                stack.pop()
            parents = tuple(_node_heading(n) for n in stack)
            if stack:
                stack[-1].children += 1
            node = _Node(level, label_text, number, open_path + parents, [rest])
            nodes.append(node)
            stack.append(node)
        elif stack:
            stack[-1].lines.append(para)
        else:
            preamble.append(para)

    if not has_articles:
        nodes = [n for n in nodes if n.carries_body() or n.children == 0]
    clauses: List[Clause] = []
    preamble_text = "\n".join(_without_title_lines(preamble, title))
    if preamble_text and not _squashed_within(preamble_text, _squash(title)):
        clauses.append(Clause(f"{id_prefix}0", "", None, (), None, preamble_text))
    for index, node in enumerate(nodes, start=1):
        node_text = node.text()
        clauses.append(Clause(
            f"{id_prefix}{index}", node.label, node.number, node.path,
            _heading_of(node_text), node_text))
    if not clauses or (len(clauses) == 1 and not nodes and len(preamble_text) < 20):
        raise PolicydiffError(
            text.source, _("no provisions found"),
            _("give the text of a policy or statute (articles 第X条 or items 一、/（一）/1.)"))
    notices = _numbering_notices([n for n in nodes if n.level == 0]) if has_articles else ()
    return Document(text.source, title or _fallback_title(clauses), tuple(clauses), notices)


#: At most this many numbering problems are listed one by one; the rest are counted.
MAX_NUMBERING_NOTICES = 5


def _numbering_notices(articles: Sequence[_Node]) -> Tuple[Notice, ...]:
    """Gaps, repeats and backward runs in the article numbers, as ``numbering`` notices."""
    problems: List[Tuple[str, str]] = []  # (Chinese, English)
    previous: Optional[_Node] = None
    seen = set()
    for node in articles:
        if node.number is None:
            continue
        key = (node.number, _suffix(node.label))
        if previous is None:
            if node.number > 1:
                problems.append((f"条文编号从{node.label}开始，前面的条文缺失",
                                 f"article numbering starts at {node.label}: the articles before it are missing"))
        else:
            before = (previous.number, _suffix(previous.label))
            if key in seen:
                problems.append((f"条文编号重复：{node.label}出现不止一次",
                                 f"article number repeated: {node.label} is printed more than once"))
            elif key < before:
                problems.append((f"条文编号倒退：{previous.label}之后是{node.label}",
                                 f"article numbering runs backwards: {node.label} follows {previous.label}"))
            elif node.number > previous.number + 1:
                problems.append((f"条文编号不连续：{previous.label}之后是{node.label}",
                                 f"article numbering skips: {node.label} follows {previous.label}"))
        seen.add(key)
        previous = node
    if len(problems) > MAX_NUMBERING_NOTICES:
        extra = len(problems) - MAX_NUMBERING_NOTICES + 1
        problems = problems[:MAX_NUMBERING_NOTICES - 1] + [
            (f"另有{extra}处条文编号不连续、重复或倒退", f"{extra} more gaps, repeats or backward runs in the article numbering")]
    return tuple(Notice("numbering", zh, en) for zh, en in problems)


def _suffix(label: str) -> int:
    """1 for "第十条之一", 0 for "第十条"."""
    _, _, suffix = label.partition("之")
    return chinese_number(suffix.rstrip("条")) or 0 if suffix else 0


def _container_depth(label: str) -> int:
    return {"编": 1, "章": 2, "节": 3}[label[-1]]


def _node_heading(node: _Node) -> str:
    own = node.lines[0] if node.lines else ""
    head = own.split("。", 1)[0]
    return f"{node.label}{head}"


def _without_title_lines(preamble: List[str], title: str) -> List[str]:
    """The preamble without the title printed again over several lines ("最高人民法院" /
    "关于知识产权法庭若干问题的规定", as a court's interpretation is set): lines that together are
    the title, nothing more, are the heading of the text, not a line of it (a version that prints
    it read as "新增：“若干问题的解释”", the 2026-12-01 reading). The joint issuers' names may be printed apart, without
    the title's 、 ("最高人民法院 最高人民检察院" / "关于办理环境污染刑事案件适用法律" / "若干问题的解释": "新增规定：“关于办理环境
    污染刑事案件适用法律”" was useless in reading 342)."""
    whole = _bare(title)
    if len(whole) < 8 or len(preamble) < 2:
        return preamble
    for start, line in enumerate(preamble):
        if not whole.startswith(_bare(line)) or not _bare(line):
            continue
        joined, end = "", start
        while end < len(preamble) and whole.startswith(joined + _bare(preamble[end])):
            joined += _bare(preamble[end])
            end += 1
            if joined == whole:
                # (one line that is the whole title, among the lines of the record, is the title too: 中国人民解放军实施《…
                # 药品管理法》办法 2025 prints it after its record, "新增：“中国人民解放军实施…办法”" in reading 349)
                return preamble[:start] + preamble[end:] if end - start > 1 or len(preamble) > 1 else preamble
    return preamble


def _bare(s: str) -> str:
    """``_squash``, and no 、 between names."""
    return _squash(s).replace("、", "")


def _squashed_within(text: str, squashed: str) -> bool:
    """``_squash(text) in squashed``, a long text's first characters read first: a squashed
    beginning already longer than ``squashed`` settles it (a book-long preamble is not squashed whole)."""
    if len(text) > 2 * len(squashed) + 64 and len(_squash(text[:2 * len(squashed) + 64])) > len(squashed):
        return False
    return _squash(text) in squashed


def _squash(s: str) -> str:
    return recache.compile(r"[\s（）()《》“”\"']").sub("", s)


def own_title(title: str) -> str:
    """The policy's own title: a repost's headline such as "关注！《…》发布" gives the …."""
    quoted = re.search(r"《([^《》]{4,})》", title)
    return quoted.group(1) if quoted and not title.startswith("《") else title


def _fallback_title(clauses: Sequence[Clause]) -> str:
    first = clauses[0].text.split("\n", 1)[0]
    return first[:40]

