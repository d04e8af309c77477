"""Web pages: the article body of a government CMS page or a WeChat article.

Navigation, scripts, share buttons, breadcrumbs and footers are dropped; the
body is the smallest element that holds most of the page's non-link text
(or a container known from the common publishing systems); block elements
become paragraphs, table rows become lines with tab-separated cells.
"""
from __future__ import annotations

import re
from typing import List, Optional

from ..errors import PolicydiffError
from ..models import RawText
from ..normalize import loose_key
from .text import decode_text

# Never part of an article body.
_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
              "embed", "form", "button", "select", "input", "textarea", "nav", "header",
              "footer", "aside", "head", "link", "meta"]
# id/class words of page furniture ("article-share", "breadcrumb", "foot_nav"…).
_FURNITURE = re.compile(
    r"^(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|header|share|sharebox|sidebar|side|"
    r"toolbar|tools|comments?|related|copyright|banner|login|search|qrcode|ewm|print|"
    r"pagination|pager|recommend|hot|ad|ads|advert|topbar)$", re.IGNORECASE)
# Containers of the article text in common systems: WeChat, TRS, Hanweb, CMS themes.
_KNOWN_BODIES = ["#js_content", ".rich_media_content", ".TRS_Editor", ".TRS_UEDITOR",
                 "#zoom", "#UCAP-CONTENT", ".pages_content", ".article-content", ".article_content",
                 "#article", "article", "[role=main]", "main"]
_BLOCKS = ["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "blockquote", "pre", "dd", "dt", "dl", "center", "main",
           "figure", "figcaption", "caption"]
_SPACE = re.compile(r"[ \t\r\n\f]+")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_TITLE_SUFFIX = re.compile(r"\s*[_|｜\-—]+\s*[^_|｜\-—]{1,30}$")


def decode_html(data: bytes, source: str, declared: str = "") -> RawText:
    """The page as text: the HTTP charset, else the page's <meta charset>, else a guess."""
    if not declared:
        found = _META_CHARSET.search(data[:4096])
        declared = found.group(1).decode("ascii", "replace") if found else ""
    return decode_text(data, source, declared)


def read_html(data: bytes, source: str, declared: str = "") -> RawText:
    from bs4 import BeautifulSoup

    raw = decode_html(data, source, declared)
    soup = BeautifulSoup(raw.text, "html.parser")
    title = _title(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.body or soup
    total = len(_text(root))
    for tag in root.find_all(_is_furniture):
        if not tag.decomposed and (total < 200 or len(_text(tag)) < 0.5 * total):
            tag.decompose()
    body = _known_body(root) or _densest(root)
    lines = _block_lines(body)
    if not lines:
        raise PolicydiffError(source, "holds no text in the page body",
                              "save the article's text as .txt, or give the page's own address")
    if title and loose_key(title) not in loose_key(" ".join(lines[:3])):
        lines.insert(0, title)
    return RawText(source, "\n".join(lines), "text/html", raw.encoding)


def _text(tag) -> str:
    return _SPACE.sub("", tag.get_text())


def _is_furniture(tag) -> bool:
    words = []
    for value in (tag.get("id"), tag.get("class")):
        if isinstance(value, str):
            value = [value]
        for token in value or ():
            words.extend(re.split(r"[-_\s]+", token))
    return any(_FURNITURE.match(w) for w in words if w)


def _title(soup) -> str:
    for selector in ("#activity-name", "meta[property='og:title']", ".rich_media_title", "h1", "title"):
        tag = soup.select_one(selector)
        if tag is None:
            continue
        text = (tag.get("content") if tag.name == "meta" else tag.get_text()) or ""
        text = _SPACE.sub(" ", text).strip()
        if selector == "title":
            text = _TITLE_SUFFIX.sub("", text) or text
        if text:
            return text
    return ""


def _known_body(root) -> Optional[object]:
    for selector in _KNOWN_BODIES:
        tag = root.select_one(selector)
        if tag is not None and len(_text(tag)) >= 100:
            return tag
    return None


def _own_text(tag) -> int:
    """Characters of text not inside links: navigation is mostly links."""
    links = sum(len(_text(a)) for a in tag.find_all("a"))
    return len(_text(tag)) - links


def _densest(root):
    """The smallest element holding at least 70% of its parent's non-link text."""
    node, total = root, _own_text(root)
    while total > 0:
        scored = [(_own_text(c), c) for c in node.find_all(recursive=False) if c.name]
        best = max(scored, key=lambda pair: pair[0], default=None)
        if best is None or best[0] < 0.7 * total:
            break
        total, node = best
    return node


def _block_lines(body) -> List[str]:
    from bs4 import NavigableString

    for string in list(body.find_all(string=True)):
        if string.find_parent("pre") is None and isinstance(string, NavigableString):
            string.replace_with(_SPACE.sub(" ", str(string)))
    for br in body.find_all("br"):
        br.replace_with("\n")
    for cell in body.find_all(["td", "th"]):
        cell.insert_after("\t")
    for block in body.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = (line.strip(" \t") for line in body.get_text().split("\n"))
    return [re.sub(r"\s*\t\s*", "\t", line) for line in lines if line.strip()]
