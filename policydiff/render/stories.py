"""What a legal reviewer writes first, on top of the sentences of ``headlines``.

- One sentence per article for its penalty changes, the notes joined, a
  changed range first, then a sanction kind added or removed, then a fine on
  someone new ("第一百九十八条（现第二百五十条）：罚款由5万–50万元提高到5万–200万元；
  新增对直接责任人员3万–30万元罚款；不再规定撤销公司登记").
- Which renames are of a body, office or instrument (股东大会 → 股东会), and which
  deadline or threshold is on a core duty (出资, 注册资本): these are the stories.
- English sentences carry no Chinese numerals: "五年内缴足" is said "5年内缴足".
"""
from __future__ import annotations

import re
from typing import Dict, List

from .. import recache
from ..findings.penalties import in_english_unquoted
from ..models import Comparison, FindingKind
from .headlines import Headline

PENALTY = FindingKind.PENALTY_CHANGED.value

#: The person fined, as a reviewer shortens it.
_WHO = {"直接负责的主管人员和其他直接责任人员": "直接责任人员"}


def _rank(note: str) -> int:
    """3: a range raised, lowered or changed (or a new tier beside it); 2: a sanction kind or a
    whole fine added or removed; 1: a fine on someone new (对…处)."""
    # (a sanction replaced by another is a kind, not a range, in either language: "处罚由“…”改为“…”", "sanction “…”
    # replaced by “…”" — the English ranked above the Chinese, 人体器官捐献和移植条例's headlines in another order)
    if re.search(r"由.+(提高到|降为|改为)|档次|raised|lowered|changed|tier|replaced", note) and "处罚由" not in note \
            and not re.search(r"sanction “[^”]*” replaced", note):
        return 3
    if re.search(r"^(新增|删除)[^：]*：对|added on|removed on", note):
        return 1
    return 2


def _said_zh(note: str) -> str:
    """"新增罚款：对X处3万–30万元" → "新增对X3万–30万元罚款"; "不再规定处罚：W" → "不再规定W"."""
    for long, short in _WHO.items():
        note = note.replace(long, short)
    m = re.fullmatch(r"(新增|删除)(罚款|罚金)：(?:对(.+?))?处(.+?)(（[^（）]*(?:（[^（）]*）[^（）]*)*）)?", note)
    if m:  # (what the fine is for, in brackets, after it: "新增5000元–2万元罚款（…备案的）")
        return f"{m.group(1)}{'对' + m.group(3) if m.group(3) else ''}{m.group(4)}{m.group(2)}{m.group(5) or ''}"
    m = re.fullmatch(r"(不再规定|新增)处罚：(.+)", note)
    if m:
        return m.group(1) + m.group(2)
    return note


def _by_article(lines: List[Headline], kinds) -> "tuple[List[Headline], Dict[int, List[Headline]]]":
    """The lines, the notes of ``kinds`` on one article each kept only where the article's first stood (its sentence
    stands there), and those notes by article (pair index), in order."""
    by_pair: Dict[int, List[Headline]] = {}
    out: List[Headline] = []
    for line in lines:
        if line.kind in kinds and len(line.pairs) == 1 and len(line.labels) == 1:
            if line.pairs[0] not in by_pair:
                out.append(line)
            by_pair.setdefault(line.pairs[0], []).append(line)
        else:
            out.append(line)
    return out, by_pair


def join_penalties(lines: List[Headline], lang: str) -> List[Headline]:
    """The penalty notes of one article as one sentence, the biggest change first; ``rank``
    on the sentence is its biggest note's (see ``penalty_weight``)."""
    en = lang == "en"
    out, by_pair = _by_article(lines, (PENALTY,))
    for notes in by_pair.values():
        first = notes[0]
        ordered = sorted(notes, key=lambda h: (-_rank(h.note), not re.search(r"由.+(提高到|降为|改为)|raised|lowered", h.note)))
        said = [in_english_unquoted(h.note) if en else _said_zh(h.note) for h in ordered]
        if len(said) > SAID:
            more = len(said) - SAID + 1
            said = said[:SAID - 1] + [f"and {more} more penalty changes" if en else f"另有{more}项罚则变化"]
        # (read before the first note's own note becomes the sentence: a joined "处罚由…" would rank it 2)
        strength, scale = (_rank(ordered[0].note), len(notes)), max(_scale(h.note) for h in notes)
        first.text = f"{first.labels[0]}{': ' if en else '：'}{('; ' if en else '；').join(said)}"
        first.note = ("; " if en else "；").join(said)
        first.anchors = sorted({a for h in notes for a in h.anchors})
        first.strength, first.scale = strength, scale
    return out


#: An article's sentence says at most this many notes.
SAID = 4

#: Figure notes said as one sentence per article, in this order (the ranking's, strongest first).
FIGURES = tuple(k.value for k in (FindingKind.AMOUNT_CHANGED, FindingKind.RATE_CHANGED, FindingKind.AMOUNT_REMOVED,
                                  FindingKind.RATE_REMOVED, FindingKind.AMOUNT_ADDED, FindingKind.RATE_ADDED))


def join_figures(lines: List[Headline], lang: str) -> List[Headline]:
    """The amount and rate notes of one article as one sentence, in FIGURES' order, under the kind of its
    first: "第七十八条（现第九十四条）：删除比例：利润不低于2%；删除比例：利润不低于0.2%" (专利法实施细则's two articles
    took four of the summary's eight sentences, useless twice in the forty-seventh reading)."""
    out, by_pair = _by_article(lines, FIGURES)
    for notes in by_pair.values():
        if len(notes) == 1:
            continue
        first = notes[0]
        ordered = sorted(notes, key=lambda h: FIGURES.index(h.kind))
        said = [h.note for h in ordered]
        first.kind = ordered[0].kind
        first.note = ("; " if lang == "en" else "；").join(said)
        first.text = f"{first.labels[0]}{': ' if lang == 'en' else '：'}{first.note}"
        first.anchors = sorted({a for h in notes for a in h.anchors})
    return out

_SUM = recache.compile(r"(\d+(?:\.\d+)?)(万|亿)?")
_MOVED = (recache.compile(r"由(.+?)(?:提高到|降为)(.+?)(?:（|$)"),
          recache.compile(r"(?:raised|lowered) from (.+?(?:yuan|times|%)(?: “[^”]*”)?) to (.+?)(?: in some cases|;|$)"))


def _sums(side: str) -> List[float]:
    return [float(n) * {"": 1, "万": 1e4, "亿": 1e8}[u] for n, u in _SUM.findall(side.replace(",", ""))]


def _scale(note: str) -> float:
    """How far a range moved: the larger |log10| of new over old, of the ceilings and of the
    floors (5万–50万元 → 5万–200万元: 0.6; 3万–10万元 → 1万–10万元: 0.48)."""
    import math

    m = _MOVED[0].search(note) or _MOVED[1].search(note)
    if not m:
        return 0.0
    old, new = _sums(m.group(1)), _sums(m.group(2))
    if not old or not new or not all(old + new):
        return 0.0
    steps = [abs(math.log10(new[-1] / old[-1]))]
    if len(old) > 1 and len(new) > 1:
        steps.append(abs(math.log10(new[0] / old[0])))
    return max(steps)


def penalty_weight(line: Headline) -> float:
    """100 + 1 for a changed range, 0.5 for a sanction kind, 0 for a fine on someone new;
    more notes on the article a little higher."""
    rank, count = line.strength if line.strength[0] else (_rank(line.note), 1)
    return 100 + {3: 1.0, 2: 0.5, 1: 0.0}[rank] + min(line.scale or _scale(line.note), 1.0) * 0.4 + min(count, 5) * 0.01


#: What a body, an office or an instrument is called at its end (股东会, 主管部门, 公司债券).
_BODY = recache.compile(r"(会|部门|机关|机构|委员会|局|厅|院|人|证|证书|执照|许可|债券|股票|合同)$")


def is_body(old: str, new: str) -> bool:
    return bool(_BODY.search(new) or _BODY.search(old))


#: A deadline or threshold on a core duty: paying in capital.
_CORE = recache.compile(r"出资|注册资本|缴足|缴纳|实缴|认缴|股款")


def core_deadline(line: Headline, comparison: Comparison) -> bool:
    """A quantity note on a deadline, term or threshold whose sentence is about capital."""
    if line.kind not in (FindingKind.QUANTITY_CHANGED.value,) or not line.pairs:
        return False
    pair = comparison.pairs[line.pairs[0]]
    return any(f.kind is FindingKind.QUANTITY_CHANGED and f.subject == "期限"
               and _CORE.search((f.new or "") + (f.old or ""))
               and (f.message in line.text or (f.message_en or "") in line.text)
               for f in pair.findings)


_CN_FIGURE = recache.compile(r"(?<![第统唯万])([零〇一二三四五六七八九十百千万亿两]+)(?=(个月|年|日|天|元|倍|小时))")


def arabic(text: str) -> str:
    """Chinese numerals before a unit said in Arabic ("五年内缴足" → "5年内缴足"), for English sentences; not a numeral
    that says which ("上一年度" is the previous year: "上1年度" in the ninety-first reading)."""
    from ..numerals import value

    def one(m: "re.Match[str]") -> str:
        if m.group(1) == "一" and text[m.start() - 1:m.start()] in _WHICH:
            return m.group(0)
        v = value(m.group(1))
        return m.group(0) if v is None else (f"{v:.0f}" if v == int(v) else str(v))

    return _CN_FIGURE.sub(one, text)


#: Characters before "一" that make it say which, not how many ("上一年度", "同一日", "每一年").
_WHICH = set("上下同每")


def _around(texts: List[str], term: str, width: int = 6) -> "tuple[str, str]":
    """The longest text standing before and after every occurrence of ``term`` ("", "" when none)."""
    befores, afters = [], []
    for text in texts:
        for m in re.finditer(re.escape(term), text):
            befores.append(text[max(0, m.start() - width):m.start()][::-1])
            afters.append(text[m.end():m.end() + width])
    if not befores:
        return "", ""

    def common(items: List[str]) -> str:
        out = ""
        for chars in zip(*items):
            if len(set(chars)) > 1 or chars[0] in "，。；、：（）":
                break
            out += chars[0]
        return out

    return common(befores)[::-1], common(afters)


def widened(old: str, new: str, comparison: Comparison, pairs: List[int]) -> "tuple[str, str]":
    """A rename said with the words that stand around it on both sides every time:
    "环境保护行政" → "生态环境" is "环境保护行政主管部门" → "生态环境主管部门"."""
    olds = [comparison.pairs[i].old_text for i in pairs]
    news = [comparison.pairs[i].new_text for i in pairs]
    before, after = _around(olds, old)  # what stands around the old term every time…
    # …and around the new one in each article (the new term may also be a word of its own there)
    while after and not all(new + after in t for t in news):
        after = after[:-1]
    while before and not all(before + new in t for t in news):
        before = before[1:]
    was, now = before + old + after, before + new + after
    # Only to name a body whole ("海事行政主管部门"), never to quote a phrase around it.
    return (was, now) if _BODY.search(now) and _BODY.search(was) else (old, new)

