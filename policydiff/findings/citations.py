"""Citations of the document's own provisions ("本细则第十六条、第二十六条第二款"), read through its renumbering.

A provision that cites others of the same document cites them under their new numbers once the document is
renumbered: "本细则第十六条" → "本细则第十九条" is old 第十六条 under its new number, no change. When a citation
is also put in or taken out, the diff pairs numbers that are not the same provisions ("“第十六条”改为“第十一条、
第十九条”", 专利法实施细则 第四十四条 → 第五十条: useless in the forty-first reading); read through the
alignment (old 第十六条 is new 第十九条), the change is one citation put in: "新增援引本细则第十一条".

Run once the document's pairs are known: a wording note every edit of which is in such citations is said
again as the provisions cited put in or taken out, or dropped when the citations are the same provisions.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Dict, List, Optional, Set, Tuple

from .. import recache
from ..models import Comparison, FindingKind, Status
from ..numerals import article_en
from .changes import CHANGED_QUOTES
from .formatting import substance

_NUMERAL = "零一二三四五六七八九十百千"
#: How a document names itself when it cites its own provisions ("本细则第十六条").
OWN_INSTRUMENTS = ("本细则", "本法", "本条例", "本办法", "本规定", "本决定", "本解释")
#: The words of OWN_INSTRUMENTS, for a pattern: "本(?:细则|法|…)".
OWN_INSTRUMENT = "本(?:" + "|".join(name[1:] for name in OWN_INSTRUMENTS) + ")"
#: The document's own provisions cited: "本细则第十六条至第十九条、第二十一条第二款".
_OWN = recache.compile(
    rf"{OWN_INSTRUMENT}((?:第[{_NUMERAL}]+条(?:第[{_NUMERAL}]+款)?(?:第[{_NUMERAL}]+项)?"
    rf"(?:、|至|和|或者|以及|及)?)+)")
_ARTICLE = recache.compile(rf"(至)?第([{_NUMERAL}]+)条")
#: What a quote made only of citation words holds.
_CITATION_WORDS = recache.compile(rf"^[{_NUMERAL}第条款项、至和或者以及本细则法条例办规定决解释]+$")
_QUOTED = recache.compile(r"“([^”]*)”")
_NUMBERS = recache.compile(rf"[{_NUMERAL}]+|\d+")
#: A list of citations, numbers taken out: another law's, written one way or another ("第#条第#款、第#款").
_CITED = recache.compile(r"第#[条款项](?:第#[款项])*(?:(?:、|和|或者|至)第#[条款项](?:第#[款项])*)*")


def _articles(group: str) -> Optional[List[int]]:
    """The provisions a citation list names, ranges spelled out ("第十六条至第十九条" → 16, 17, 18, 19)."""
    from ..structure import chinese_number

    out: List[int] = []
    for m in _ARTICLE.finditer(group):
        n = chinese_number(m.group(2))
        if n is None:
            return None
        if m.group(1) and out:
            out.extend(range(out[-1] + 1, n + 1))
        else:
            out.append(n)
    return out


def own_articles_cited(text: str) -> Set[int]:
    """The numbers of the document's own articles a text cites ("本法第五十二条至第五十四条" → 52, 53, 54)."""
    out: Set[int] = set()
    for m in _OWN.finditer(text):
        out.update(_articles(m.group(1)) or ())
    return out


def _whole_phrase(quote: Optional[str], text: str) -> str:
    """The phrase of ``text`` a note's quote (clipped with "…") opens; "" when not found."""
    if not quote:
        return ""
    head = quote.split("…", 1)[0]
    at = text.find(head)
    if at < 0 or not head:
        return ""
    end = min((i for i in (text.find(c, at + len(head)) for c in "。；\n") if i >= 0), default=len(text))
    return text[at:max(end, at + len(head))]


def _numbering(pairs) -> Tuple[Dict[int, Set[int]], Dict[int, str]]:
    """Old provision number → the numbers of the new provisions it became; new number → its label."""
    became: Dict[int, Set[int]] = {}
    labels: Dict[int, str] = {}
    for p in pairs:
        for c in p.new:
            if c.number is not None:
                labels[c.number] = c.label
        if p.status in (Status.ADDED, Status.DELETED):
            continue
        for o in p.old:
            if o.number is not None:
                became.setdefault(o.number, set()).update(c.number for c in p.new if c.number is not None)
    return became, labels


def _said_again(old_phrase: str, new_phrase: str, became, labels, strict: bool = True,
                keep=None) -> Optional[Tuple[str, str]]:
    """(zh, en) of the provisions cited put in and taken out, "" when none; None when the phrases differ in more
    than the document's own citations and numbers (``strict``: the note's edits not known to be citations alone), or a
    cited provision cannot be followed. ``keep``: (put, taken), the only ones to say."""
    olds, news = [m.group(1) for m in _OWN.finditer(old_phrase)], [m.group(1) for m in _OWN.finditer(new_phrase)]
    if not olds or len(olds) != len(news):
        return None
    rest_old, rest_new = (_CITED.sub("§", _NUMBERS.sub("#", _OWN.sub("@", p))) for p in (old_phrase, new_phrase))
    if strict and rest_old != rest_new:
        return None  # (other words changed too: the note stays as it is)
    put, taken = [], []
    for a, b in zip(olds, news):
        cited_old, cited_new = _articles(a), _articles(b)
        if cited_old is None or cited_new is None or any(n not in became for n in cited_old):
            return None
        now = set().union(*(became[n] for n in cited_old)) if cited_old else set()
        put += [n for n in cited_new if n not in now and n not in put]
        taken += [n for n in cited_old if not became[n] & set(cited_new) and n not in taken]
    if keep is not None:
        put, taken = [n for n in put if n in keep[0]], [n for n in taken if n in keep[1]]
    first = _OWN.search(new_phrase)
    where = new_phrase[first.start():first.start(1)]  # ("本细则")
    zh, en = [], []
    of = _INSTRUMENT_EN.get(where, "")
    if put:
        zh.append(f"新增援引{where}{'、'.join(labels.get(n, str(n)) for n in put)}")
        en.append(f"now also cites {article_en('、'.join(labels.get(n, str(n)) for n in put))}{of}")
    if taken:
        zh.append(f"不再援引{where}原第{'、原第'.join(_cn(n) for n in taken)}条")
        en.append(f"no longer cites former {article_en('、'.join(f'第{_cn(n)}条' for n in taken))}{of}")
    return "；".join(zh), "; ".join(en)


#: The document as it names itself, in English ("本细则第十一条": Article 11 of these Rules; "now also cites 第十一条" was
#: useless to the English reader of reading 144).
_INSTRUMENT_EN = {"本法": " of this Law", "本条例": " of these Regulations", "本细则": " of these Rules",
                  "本办法": " of these Measures", "本规定": " of these Provisions", "本解释": " of this Interpretation"}


def renumbered(pairs):
    """A function that writes a text's citations of its own document's provisions ("本法第五十条") under the numbers
    those provisions have in the new version ("本法第七十五条"), each that became one provision; the text as it is
    when none did. A sentence taken out and said elsewhere is read so: "但是，本法第五十条另有规定的除外" is "…本法第七十五条
    另有规定的除外" in 公司法 第六十七条 (its "不再规定" wrong in the fifty-first reading)."""
    became, labels = _numbering(pairs)

    def one(m) -> str:
        group = m.group(1)
        if "至" in group:
            return m.group()

        def article(a) -> str:
            from ..structure import chinese_number

            n = chinese_number(a.group(2))
            new = became.get(n) if n is not None else None
            return labels[next(iter(new))] if new and len(new) == 1 and next(iter(new)) in labels else a.group()

        return m.group()[:m.start(1) - m.start()] + _ARTICLE.sub(article, group)

    def cite(text: str) -> str:
        return _OWN.sub(one, text) if "本" in text and "条" in text else text

    return cite


def _cn(n: int) -> str:
    import cn2an

    return cn2an.an2cn(n)


def own_citations_renumbered(comparison: Comparison) -> Comparison:
    """Wording notes whose every edit is in the document's own citations, said again through its renumbering."""
    pairs = comparison.pairs
    if not any(f.kind is FindingKind.WORDING_CHANGED and "条" in f.message and f.message.startswith("表述修改：")
               for p in pairs for f in p.findings):
        return comparison
    became, labels = _numbering(pairs)
    renamed = [(r.old, r.new) for r in comparison.renames]
    parts = _parts_moved(pairs, became)
    out = []
    for p in pairs:
        changed = False
        findings = []
        times: Dict[str, int] = {}  # a citation put in in several places of the provision: one note, counted
        for f in p.findings:
            said = _renumbered(f, p, became, labels) if not _renamed_and_renumbered(f, renamed) else ("", "")
            if said is None:
                beside = _citations_beside(f, p, parts, labels)
                changed = changed or beside is not f
                findings.append(beside)
                continue
            changed = True
            if said[0] and said[0] not in times:
                findings.append(replace(f, message=f"表述修改：{said[0]}", message_en=f"wording changed: {said[1]}"))
            times[said[0]] = times.get(said[0], 0) + 1
        findings = [replace(f, message=f"{f.message}（共{times[key]}处）", message_en=f"{f.message_en} ({times[key]} places)")
                    if (key := f.message[len("表述修改："):]) in times and times[key] > 1 else f for f in findings]
        out.append(replace(p, findings=tuple(findings)) if changed else p)
    return replace(comparison, pairs=tuple(out))


def _parts_moved(pairs, became) -> Dict[int, Set[int]]:
    """``became`` (old number → new numbers) with the new provisions that took words of an old one in ("由原第四十条
    移入"): 文物保护法 2024 第五十五条 holds part of 2017 第四十条, so "本法第五十五条至第五十七条" for "本法第四十条、第四十一条"
    cites no provision anew (false in recall 1603)."""
    from ..structure import chinese_number
    from .moved import CAME_FROM

    out = {k: set(v) for k, v in became.items()}
    for p in pairs:
        news = [c.number for c in p.new if c.number is not None]
        for f in p.findings:
            m = CAME_FROM.match(f.message) if f.kind is FindingKind.TEXT_MOVED else None
            n = chinese_number(m.group(2)[1:-1]) if m else None
            if n is not None:
                out.setdefault(n, set()).update(news)
    return out


#: A wording note of one edit: its old and new words.
_ONE_EDIT = recache.compile(r"^表述修改：“([^“”]+)”改为“([^“”]+)”$")


def _citations_beside(f, pair, became, labels):
    """A wording note of one edit that rewrites words beside the document's own citations, which cite a provision more
    (or fewer) than the old ones under their new numbers: the note, that said after it. "“本法第五十三条、第五十四条关于有限
    责任公司监事会职权的规定”改为“本法第七十八条至第八十条的规定”" read as the same powers renumbered (公司法 第一百一十八条 →
    第一百三十一条, partly said in recall 1569): "（新增援引本法第八十条）", the board's power to ask for reports."""
    m = _ONE_EDIT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
    if m is None or not _OWN.search(m.group(1)) or not _OWN.search(m.group(2)):
        return f
    # (only a provision the whole provision cites anew, or no longer: "…第三十六条、第三十八条…" → "…第三十六条…" beside
    # another sentence that now cites 第三十八条, 道路运输条例 第三十九条, is no citation dropped)
    cited_old = set().union(*(became.get(n, set()) for n in own_articles_cited(pair.old_text))) if pair.old_text else set()
    cited_new = own_articles_cited(pair.new_text)
    put = [n for n in own_articles_cited(m.group(2)) if n not in cited_old]
    taken = [n for n in own_articles_cited(m.group(1)) if not became.get(n, set()) & cited_new]
    said = _said_again(m.group(1), m.group(2), became, labels, strict=False, keep=(put, taken)) if put or taken else None
    if not said or not said[0]:
        return f
    return replace(f, message=f"{f.message}（{said[0]}）", message_en=f"{f.message_en} ({said[1]})")


_ARTICLE_NUMBER = recache.compile(rf"第[{_NUMERAL}]+(?=[条款项])")


def _renamed_and_renumbered(f, renamed) -> bool:
    """A wording note whose every edit is the document's renames and renumbered citations (its own or another law's):
    "“…不符合专利法第十九条第一款或者本细则第六十五条规定的，专利复审委员会不予受理…”改为“…不符合专利法第十八条第一款或者本细则
    第六十九条规定的，国务院专利行政部门不予受理…”" says nothing the rename's note does not (专利法实施细则 第六十六条 → 第七十条,
    useless in the forty-fourth reading)."""
    if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith("表述修改：") or not renamed:
        return False
    edits = CHANGED_QUOTES.findall(f.message)
    if not edits or f.message.count("“") != 2 * len(edits):
        return False  # (something put in or taken out besides)

    def plain(text: str) -> str:
        for old, new in renamed:
            text = text.replace(old, new)
        return substance(_ARTICLE_NUMBER.sub("第#", text))

    return all(a != b and plain(a) == plain(b) for a, b in edits)


def _renumbered(f, pair, became, labels) -> Optional[Tuple[str, str]]:
    if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith("表述修改：") or "条" not in f.message:
        return None
    quotes = _QUOTED.findall(f.message)
    if not quotes or not all(not q or _CITATION_WORDS.match(q) for q in quotes):
        return None
    old_phrase, new_phrase = _whole_phrase(f.old, pair.old_text), _whole_phrase(f.new, pair.new_text)
    if not old_phrase or not new_phrase:
        return None
    # every edit the note quotes stands in the document's own citations (another law's are not followed)
    groups = "\0".join(m.group(1) for p in (old_phrase, new_phrase) for m in _OWN.finditer(p))
    if not all(q in groups for q in quotes if q):
        return None
    # (every edit the note quotes in those citations: other words the sentence changed are other notes' (专利法实施细则
    # 第六十五条 → 第六十九条's "…规定的情形"; the note "“第二十条”改为“第十一条、第二十三条”" kept, the forty-sixth reading)
    return _said_again(old_phrase, new_phrase, became, labels, strict=False)
