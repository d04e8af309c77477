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
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from .errors import PolicydiffError
from .models import Clause, Document, Text
from . import numerals
from .normalize import ends_paragraph

_CN_DIGITS = "零〇一二三四五六七八九十百千万两"
_NUM = rf"[{_CN_DIGITS}\d]+"

# Article: "第十条", "第十条之一"; optional "01 " prefix (WeChat); whitespace or end after.
_ARTICLE = re.compile(rf"^(?:\d{{1,3}}\s*)?(第({_NUM})条(?:之([一二三四五六七八九十]+))?)(?:\s+|$)")
_ARTICLE_INLINE = re.compile(rf"(?<=\s)(第({_NUM})条(?:之[一二三四五六七八九十]+)?)\s+")
# Containers: 编/章/节 on a line of their own (a heading, not a sentence).
_CONTAINER = re.compile(rf"^(第({_NUM})[编章节])(?:\s+|$)")
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*$")

# Items, from the outermost level to the innermost.
_ITEM_PATTERNS: Tuple[Tuple[int, "re.Pattern[str]"], ...] = (
    (1, re.compile(r"^([一二三四五六七八九十]+)、")),
    (2, re.compile(r"^（([一二三四五六七八九十]+)）")),
    (3, re.compile(r"^(\d{1,3})[.、．](?!\d)")),
    (4, re.compile(r"^（(\d{1,3})）")),
    (5, re.compile(r"^([①-⑳])")),
)
_ITEM_LABEL_FORMAT = {1: "{}、", 2: "（{}）", 3: "{}.", 4: "（{}）", 5: "{}"}
_HEADING_MAX = 24


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
        return "\n".join(l for l in self.lines if l)

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
            if 2 <= len(head) <= _HEADING_MAX and not re.search(r"[，、；：,]", head):
                return head
        return None
    if "\n" in text and len(first) <= _HEADING_MAX and not ends_paragraph(first):
        return first  # "适用范围" on its own line over its body
    return None


def _split_inline_articles(paragraph: str, last_number: Optional[int]) -> List[str]:
    """Split a paragraph holding several articles ("… 第二条 … 第三条 …") at each one.

    A mid-line "第X条 " counts only when a space stands on both sides of it
    (normalize keeps those) and its number is above the article before it,
    so a cross-reference is never taken for a new article.
    """
    pieces: List[str] = []
    start = 0
    for match in _ARTICLE_INLINE.finditer(paragraph):
        number = chinese_number(match.group(2))
        if number is None or (last_number is not None and number <= last_number):
            continue
        pieces.append(paragraph[start:match.start()].strip())
        start = match.start()
        last_number = number
    pieces.append(paragraph[start:].strip())
    return [p for p in pieces if p]


def _title(paragraphs: Sequence[str]) -> Tuple[str, int]:
    """The title and how many paragraphs it takes at the top."""
    if paragraphs and re.match(r"#(?!#)", paragraphs[0]):
        return paragraphs[0].lstrip("#").strip(), 1
    taken: List[str] = []
    for para in paragraphs[:4]:
        if (_ARTICLE.match(para) or _CONTAINER.match(para) or ends_paragraph(para)
                or len(para) > 60 or para.startswith("#") or _item(para)):
            break
        taken.append(para)
    return "".join(taken), len(taken)


def _item(paragraph: str) -> Optional[Tuple[int, str, str, Optional[int]]]:
    for level, pattern in _ITEM_PATTERNS:
        match = pattern.match(paragraph)
        if match:
            numeral = match.group(1)
            label = _ITEM_LABEL_FORMAT[level].format(numeral)
            return level, label, paragraph[match.end():].strip(), chinese_number(numeral)
    return None


def parse(text: Text, id_prefix: str = "o") -> Document:
    """Split a normalised text into its clauses, with ids "<id_prefix>1", "<id_prefix>2", …"""
    paragraphs = list(text.paragraphs)
    title, skip = _title(paragraphs)
    body = paragraphs[skip:]
    has_articles = any(_ARTICLE.match(p) or _ARTICLE_INLINE.search(p) for p in body)

    nodes: List[_Node] = []
    preamble: List[str] = []
    path: List[Tuple[int, str]] = []  # (heading depth, heading text)
    stack: List[_Node] = []  # open items, outermost first (documents without articles)
    last_article: Optional[int] = None

    def open_path() -> Tuple[str, ...]:
        return tuple(h for _, h in path)

    def set_heading(depth: int, heading: str) -> None:
        while path and path[-1][0] >= depth:
            path.pop()
        path.append((depth, heading))
        stack.clear()

    pieces: List[str] = []
    for para in body:
        if not has_articles:
            pieces.append(para)
            continue
        for piece in _split_inline_articles(para, last_article):
            m = _ARTICLE.match(piece)
            if m:
                last_article = chinese_number(m.group(2))
            pieces.append(piece)

    for para in pieces:
        md = _MD_HEADING.match(para) if para.startswith("#") else None
        if md:
            heading = md.group(2)
            if not heading:
                continue
            container = _CONTAINER.match(heading)
            depth = len(md.group(1)) if not container else _container_depth(container.group(1))
            set_heading(depth, " ".join(heading.split()))
            continue
        container = _CONTAINER.match(para)
        if container and not ends_paragraph(para) and len(para) <= 40:
            set_heading(_container_depth(container.group(1)), para)
            continue
        if has_articles:
            m = _ARTICLE.match(para)
            if m:
                label = m.group(1)
                nodes.append(_Node(0, label, chinese_number(m.group(2)), open_path(), [para[m.end():].strip()]))
            elif nodes:
                nodes[-1].lines.append(para)
            else:
                preamble.append(para)
            continue
        item = _item(para)
        if item:
            level, label, rest, number = item
            while stack and stack[-1].level >= level:
                stack.pop()
            parents = tuple(_node_heading(n) for n in stack)
            if stack:
                stack[-1].children += 1
            node = _Node(level, label, number, open_path() + parents, [rest])
            nodes.append(node)
            stack.append(node)
        elif stack:
            stack[-1].lines.append(para)
        else:
            preamble.append(para)

    if not has_articles:
        nodes = [n for n in nodes if n.carries_body() or n.children == 0]
    clauses: List[Clause] = []
    preamble_text = "\n".join(preamble)
    if preamble_text and _squash(preamble_text) not in _squash(title):
        clauses.append(Clause(f"{id_prefix}0", "", None, (), None, preamble_text))
    for index, node in enumerate(nodes, start=1):
        node_text = node.text()
        clauses.append(Clause(
            f"{id_prefix}{index}", node.label, node.number, node.path,
            _heading_of(node_text), node_text))
    if not clauses or (len(clauses) == 1 and not nodes and len(preamble_text) < 20):
        raise PolicydiffError(
            text.source, "no provisions found",
            "give the text of a policy or statute (articles 第X条 or items 一、/（一）/1.)")
    return Document(text.source, title or _fallback_title(clauses), tuple(clauses))


def _container_depth(label: str) -> int:
    return {"编": 1, "章": 2, "节": 3}[label[-1]]


def _node_heading(node: _Node) -> str:
    own = node.lines[0] if node.lines else ""
    head = own.split("。", 1)[0]
    return f"{node.label}{head}"


def _squash(s: str) -> str:
    return re.sub(r"[\s（）()《》“”\"']", "", s)


def own_title(title: str) -> str:
    """The policy's own title: a repost's headline such as "关注！《…》发布" gives the …."""
    quoted = re.search(r"《([^《》]{4,})》", title)
    return quoted.group(1) if quoted and not title.startswith("《") else title


def _fallback_title(clauses: Sequence[Clause]) -> str:
    first = clauses[0].text.split("\n", 1)[0]
    return first[:40]

