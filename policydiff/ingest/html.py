"""Web pages: the article body of a government CMS page or a WeChat article.

Navigation, scripts, share buttons, breadcrumbs and footers are dropped; the
body is the smallest element that holds most of the page's non-link text
(or a container known from the common publishing systems); block elements
become paragraphs, table rows become lines with tab-separated cells.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional

from .. import recache
from ..errors import PolicydiffError
from ..i18n import _
from ..models import RawText
from ..normalize import loose_key
from .text import decode_text

# Never part of an article body.
_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
              "embed", "form", "button", "select", "input", "textarea", "nav", "header",
              "footer", "aside", "head", "link", "meta"]
# id/class words of page furniture ("article-share", "breadcrumb", "foot_nav"…).
_FURNITURE = recache.compile(
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
_SPACE = recache.compile(r"[ \t\r\n\f]+")
_META_CHARSET = recache.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_TITLE_SUFFIX = recache.compile(r"\s*[_|｜\-—]+\s*[^_|｜\-—]{1,30}$")


def decode_html(data: bytes, source: str, declared: str = "") -> RawText:
    """The page as text: the HTTP charset, else the page's <meta charset>, else a guess."""
    if not declared:
        found = _META_CHARSET.search(data[:4096])
        declared = found.group(1).decode("ascii", "replace") if found else ""
    return decode_text(data, source, declared)


def read_html(data: bytes, source: str, declared: str = "") -> RawText:
    from bs4 import BeautifulSoup

    raw = decode_html(data, source, declared)
    _check_depth(raw.text, source)
    soup = BeautifulSoup(raw.text, "html.parser")
    title = _title(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    root = soup.body or soup
    total = len(_text(root))
    for tag in root.find_all(_is_furniture):
        if not tag.decomposed and (total < 200 or len(_text(tag)) < 0.5 * total):
            tag.decompose()
    body = _known_body(root) or _densest(root, source)
    lines = strip_furniture(_block_lines(body))
    if not lines:
        raise PolicydiffError(source, _("holds no text in the page body"),
                              _("save the article's text as .txt, or give the page's own address"))
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


_TAG = recache.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*?(/?)>")
# Elements that have no end tag, or whose end tag pages often leave out.
_UNCLOSED = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
             "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot"}


def _check_depth(html: str, source: str) -> None:
    """Refuse a page nested deeper than MAX_DEPTH before parsing it: Python's HTML
    parser takes about a second per ten thousand elements, and no page written by
    hand or by a CMS nests this deep (a hostile page nests a hundred thousand)."""
    depth = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _UNCLOSED or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > MAX_DEPTH:
                raise PolicydiffError(source, _("nests elements more than {depth:,} levels deep").format(
                    depth=MAX_DEPTH), _("save the article's text as .txt, or give the page's own address"))


def _first_matches(root, selectors) -> Dict[str, object]:
    """The first element under ``root`` matching each simple selector ("#id", ".class",
    "tag", "[role=main]", "meta[property='og:title']"), in one walk of the tree:
    a CSS engine would walk it once per selector, slowly."""
    wanted = set(selectors)
    found: Dict[str, object] = {}
    for tag in root.descendants:
        if not getattr(tag, "name", None):
            continue
        keys = [tag.name, f"#{tag.get('id')}"] if tag.get("id") else [tag.name]
        classes = tag.get("class") or ()
        keys.extend(f".{c}" for c in ([classes] if isinstance(classes, str) else classes))
        if tag.get("role"):
            keys.append(f"[role={tag.get('role')}]")
        if tag.name == "meta" and tag.get("property"):
            keys.append(f"meta[property='{tag.get('property')}']")
        for key in keys:
            if key in wanted and key not in found:
                found[key] = tag
        if len(found) == len(wanted):
            break
    return found


_TITLE_SELECTORS = ("#activity-name", "meta[property='og:title']", ".rich_media_title", "h1", "title")


def _title(soup) -> str:
    first = _first_matches(soup, _TITLE_SELECTORS)
    for selector in _TITLE_SELECTORS:
        tag = first.get(selector)
        if tag is None:
            continue
        text = (tag.get("content") if tag.name == "meta" else tag.get_text()) or ""
        text = _SPACE.sub(" ", text).strip()
        if selector == "title":
            while _TITLE_SUFFIX.search(text) and len(_TITLE_SUFFIX.sub("", text)) >= 4:
                text = _TITLE_SUFFIX.sub("", text)  # "办法_国务院文件_中国政府网" → "办法"
        text = _REPOST.sub(r"\1", text)
        if text:
            return text
    return ""


# Page furniture as lines: publication metadata, font-size and print
# controls, share bars, view counters, editors' credits, WeChat's follow and
# reading bars. Strong tokens mark a line as furniture by themselves; weak
# ones (打印, 关闭, 原创…) only two at a time, so "关闭。" in a text stays.
_STRONG = (r"(?:发布|发文|成文|印发|更新|上传)(?:时间|日期)\s*[:：]\s*[\d\-/.年月日:： ]*|(?:时间|日期)\s*[:：]\s*[\d\-/.年月日: ]+"
           r"|(?:信息|文章|稿件|新闻)?来源\s*[:：]\s*\S*|(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]?\s*\d+\s*次?"
           r"|(?:浏览|阅读)?字[号体]\s*[:：]?\s*(?:[\[【(（]?\s*[大中小]\s*[\]】)）]?\s*){3}"
           r"|打印本页|关闭窗口|返回顶部|我要纠错|收藏本页|加入收藏|分享(?:到)?\s*[:：]"
           r"|(?:微信)?扫一扫\S*|点击上方\S{0,12}关注\S*|(?:责任)?编辑\s*[:：]\s*\S+|审核\s*[:：]\s*\S+"
           r"|校对\s*[:：]\s*\S+|[上下]一篇\s*[:：].*|阅读原文|发表于\S+|关注该公众号")
_WEAK = r"打印|关闭|原创|收藏|分享|点赞|在看\s*\d*|阅读\s*\d+|微信|微博|QQ空间|[【\[]\s*[大中小]\s*[】\]]"
_FURNITURE_TOKEN = recache.compile(f"({_STRONG})|({_WEAK})")
_LEFTOVER = recache.compile(r"[\s\d\-/.:：年月日|｜【】\[\]()（）、,，·]+")
#: Lines after which a WeChat article or a CMS page lists other articles.
_END_MARKERS = {"往期推荐", "往期回顾", "推荐阅读", "相关阅读", "相关文章", "相关链接", "相关文件", "延伸阅读"}
_REPOST = recache.compile(r"^[^《》]{0,12}《([^《》]{4,80})》[^《》]{0,8}$")


def is_furniture_line(line: str) -> bool:
    """A line of page furniture ("发布时间：2022-11-30 来源：区经信局 字号：大 中 小 打印本页")."""
    if len(line) > 200:
        return False
    strong = weak = 0
    for match in _FURNITURE_TOKEN.finditer(line):
        strong += bool(match.group(1))
        weak += bool(match.group(2))
    if not strong and weak < 2:
        return False
    return len(_LEFTOVER.sub("", _FURNITURE_TOKEN.sub("", line))) <= 2


def strip_furniture(lines: List[str]) -> List[str]:
    """The lines without furniture lines, and without the list of other
    articles a page ends with ("往期推荐", "相关文章" in the last lines)."""
    kept = [line for line in lines if not is_furniture_line(line)]
    for k in range(max(0, len(kept) - 12), len(kept)):
        if kept[k].strip("：: ") in _END_MARKERS:
            return kept[:k]
    return kept


def _known_body(root) -> Optional[object]:
    first = _first_matches(root, _KNOWN_BODIES)
    for selector in _KNOWN_BODIES:
        tag = first.get(selector)
        if tag is not None and len(_text(tag)) >= 100:
            return tag
    return None


#: Deeper than this no page is written by hand or by a CMS: refused as hostile.
MAX_DEPTH = 10_000


def _own_text_sizes(root, source: str) -> Dict[int, int]:
    """Characters of text not inside links, for every element under ``root`` (navigation
    is mostly links), keyed by id(element): one iterative post-order walk, so the
    time is linear in the size of the tree whatever its depth."""
    from bs4 import CData, NavigableString

    sizes: Dict[int, int] = {}
    stack = [(root, False, 0)]
    while stack:
        node, visited, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise PolicydiffError(source, _("nests elements more than {depth:,} levels deep").format(depth=MAX_DEPTH),
                                  _("save the article's text as .txt, or give the page's own address"))
        children = [c for c in node.contents if getattr(c, "name", None)]
        if not visited:
            stack.append((node, True, depth))
            stack.extend((c, False, depth + 1) for c in children)
            continue
        if node.name == "a":
            sizes[id(node)] = 0
            continue
        own = sum(len(_SPACE.sub("", str(c))) for c in node.contents if type(c) in (NavigableString, CData))
        sizes[id(node)] = own + sum(sizes[id(c)] for c in children)
    return sizes


def _densest(root, source: str = ""):
    """The smallest element holding at least 70% of its parent's non-link text."""
    sizes = _own_text_sizes(root, source)
    node, total = root, sizes[id(root)]
    while total > 0:
        scored = [(sizes[id(c)], c) for c in node.contents if getattr(c, "name", None)]
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
