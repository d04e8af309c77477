"""Figures read as a reviewer reads them: with their range and their subject.

"处1000元以上3000元以下的罚款" is one value, a fine of 1000–3000 yuan;
"其成员为三人至十三人" is one value, members 3–13; "不得少于三人" and
"三人以上" are the same value (at least 3). A value knows what it measures
(its ``subject``: 罚款, 注册资本, 董事会成员, 期限) when the words around it
say so, and whether it is a sanction (a fine, detention) with what it is
counted on ("违法所得" for "违法所得2倍以上10倍以下") and on whom ("对直接负责的
主管人员…处").

``parse_values`` builds these on top of :func:`figures.parse_figures`, which
keeps reading the single figures; qualifiers still look at those.
"""
from __future__ import annotations

from typing import List, Optional, Tuple

from .. import numerals
from .. import recache
from .figures import Figure, parse_figures
from .lexicon import Lexicon, ReadOnce
from ..records import dataclass

_TIME_UNITS = {"年", "月", "日", "工作日", "周", "小时"}
_PERIOD_SUBJECTS = ("任期", "期限")
_PHRASE_END = "，。；：！？\n"
# Between the two ends of a range: "1000元以上3000元以下", "三人至十三人", "5—10日".
_BETWEEN = recache.compile(r"(?:以上|至|到|—|－|-|～|~)$")
_AFTER_HIGH = ("以下", "以内")
_BEFORE = sorted((("不得少于", "low"), ("不少于", "low"), ("不低于", "low"), ("不得低于", "low"), ("至少", "low"),
                  ("最低", "low"), ("超过", "low"), ("高于", "low"), ("不得超过", "high"), ("不超过", "high"),
                  ("不高于", "high"), ("最高不超过", "high"), ("最高", "high"), ("最多", "high"),
                  ("不足", "high"), ("低于", "high")), key=lambda w: -len(w[0]))
_LOW_AFTER = ("以上",)
# "一至二名", "处五千以上一万元以下罚款" (北京市机动车停车条例 2021): a bare numeral that shares the unit of
# the figure after it.
_BARE_LOW = recache.compile(r"(\d+(?:\.\d+)?|[零〇一二三四五六七八九十百千两]+)(至|到|—|－|-|～|~|以上)$")


@dataclass(frozen=True)
class Value:
    """A figure or a range of figures, with what it measures."""

    kind: str                # "amount" | "rate" | "quantity"
    unit: str                # "元", "%", "人", "日", "倍"…
    low: Optional[float]     # None: no floor ("20万元以下")
    high: Optional[float]    # None: no ceiling ("三人以上")
    text: str                # as printed, bounds included ("1000元以上3000元以下")
    start: int
    end: int
    subject: Optional[str] = None   # "罚款", "注册资本", "成员", "期限"
    penalty: bool = False           # a sanction: fine, criminal fine, detention
    basis: str = ""                 # what a multiple or rate of a fine is counted on ("违法所得")
    target: str = ""                # on whom a fine falls ("直接负责的主管人员和其他直接责任人员")
    figures: str = ""               # the figures alone, without bound words ("100亿元", "三人至十三人")

    @property
    def group(self) -> str:
        """Values comparable with each other: all sums, all rates, all periods, else one unit."""
        if self.kind != "quantity":
            return self.kind
        return "period" if self.unit in _TIME_UNITS else self.unit

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    @property
    def key(self) -> Tuple:
        """Equal keys: the same value, however it is written."""
        return (self.kind, self.unit, _r(self.low), _r(self.high), self.basis)

    @property
    def two_ended(self) -> bool:
        """"1000元以上3000元以下", "三人至十三人": a range with both ends."""
        return self.low is not None and self.high is not None and self.low != self.high

    def display(self, lang: str = "zh") -> str:
        """"1000–3000元", "3万–10万元", "3人以上", "20万元以下"."""
        return numerals.show_range(self.low, self.high, self.unit, lang)


def _r(x: Optional[float]) -> Optional[float]:
    return None if x is None else round(x, 6)


def _one(fig: Figure) -> Tuple[Optional[float], Optional[float]]:
    return fig.value, fig.value


def _merge_ranges(text: str, figures: List[Figure]) -> List[Tuple[Figure, Figure, int, int]]:
    """(first, last, start, end) for each value: a range's two figures, or one figure twice."""
    out: List[Tuple[Figure, Figure, int, int]] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        if i + 1 < len(figures):
            g = figures[i + 1]
            between = text[f.end:g.start]
            if (len(between) <= 3 and _BETWEEN.search(between) and f.kind == g.kind
                    and (f.unit == g.unit or f.kind != "quantity") and f.value <= g.value):
                end = g.end + (2 if text.startswith(_AFTER_HIGH, g.end) else 0)
                out.append((f, g, f.start, end))
                i += 2
                continue
        out.append((f, f, f.start, f.end))
        i += 1
    return out


def _bounds(text: str, first: Figure, last: Figure, start: int, end: int):
    """The value's low and high ends and its printed extent, with its bound words."""
    if first is not last:
        return (first.value, last.value), start, end
    v = first.value
    bare = _BARE_LOW.search(text, max(0, start - 6), start)
    if bare and bare.end() == start:
        low = numerals.value(bare.group(1))
        if low is not None and low <= v:
            if bare.group(2) == "以上" and text.startswith(_AFTER_HIGH, end):
                end += len(_AFTER_HIGH[0])  # (…以上…以下: the bound word after it is the range's)
            return (low, v), bare.start(), end
    if text.startswith(_LOW_AFTER, end):
        return (v, None), start, end + 2
    if text.startswith(_AFTER_HIGH, end):
        return (None, v), start, end + 2
    before = text[max(0, start - 5):start]
    for word, side in _BEFORE:
        if before.endswith(word):
            return (v, None) if side == "low" else (None, v), start - len(word), end
    return (v, v), start, end


def last_of(text: str, chars: str, at: int) -> int:
    """The last index before ``at`` of any of ``chars``, or -1: looked for in the 256 characters
    before ``at`` first, so a whole document's text is not scanned back to its start each time
    (the answer is the same: one found near is later than any farther back)."""
    near = max(0, at - 256)
    found = max(text.rfind(c, near, at) for c in chars)
    if found == -1 and near:
        found = max(text.rfind(c, 0, near) for c in chars)
    return found


def _phrase_start(text: str, at: int) -> int:
    return last_of(text, _PHRASE_END, at) + 1


_PENALTY_AFTER = recache.compile(r"(?:的)?(罚款|罚金|(?:行政)?拘留)")
_PENALTY_BEFORE = recache.compile(r"(?:处以?|并处|处于)([^，。；：处]{0,16})$")
_PER = recache.compile(r"每(?:平方米|立方米|吨|日|天|辆|亩|公顷|件)$")
#: A fine imposed each time (or each day) the breach is met: its basis "按次" ("按日").
_PER_TIME = recache.compile(r"(按[次日])(?:连续)?(?:并)?处以?$")
_TARGET = recache.compile(r"对([^，。；：对]{2,30}?)(?:可以)?(?:并)?处")
#: A phrase that is only who is fined ("对其直接负责的主管人员和其他直接责任人员，可以处…罚款", 会计法),
#: and the phrase after it, only the sanction's verb. A party described by what it did ("对提交虚假材料
#: 或者采取其他欺诈手段隐瞒重要事实的公司，处…", 25 characters) is the provision's own subject: not named.
#: (Or "并对…人员" of up to 30 characters: "并对直接负责的董事、高级管理人员和其他直接责任人员，处…", 反洗钱法 2006 第三十二条, whose
#: individuals' fine was read as the institution's in reading 307.)
_TARGET_ALONE = recache.compile(r"对([^，。；：对]{2,20})|并?对([^，。；：对]{2,30}人员)")
_FINED_HERE = recache.compile(r"(?:可以)?(?:并)?处以?$")


#: Between two fines, what ends the first one's party: the end of a sentence or item, or another "对".
_ANOTHER_PARTY = recache.compile(r"[。；\n对]")


def _target_before(text: str, phrase_at: int, phrase: str) -> str:
    """Who a fine falls on when a comma stands between them: the phrase before, when it is "对…"
    alone and this phrase is "可以处" alone."""
    if phrase_at < 1 or not _FINED_HERE.fullmatch(phrase) or text[phrase_at - 1] != "，":
        return ""
    m = _TARGET_ALONE.fullmatch(text, _phrase_start(text, phrase_at - 1), phrase_at - 1)
    return (m.group(1) or m.group(2)) if m else ""


_SUBJECT_IS = recache.compile(r"(?:其)?([\u4e00-\u9fff]{2,8}?)(?:应当)?(?:为|不得少于|不少于|不得超过|不超过|至少|最多|达到)$")


def _subject(text: str, value_start: int, value_end: int, lexicon: Lexicon) -> Optional[str]:
    """What the value measures, from the lexicon's subject words around it, nearest first."""
    after = text[value_end:value_end + 8]
    after = after[1:] if after.startswith(("的", "为")) else after
    for word in lexicon.figure_subjects:
        if after.startswith(word):
            return word
    prefix = text[_phrase_start(text, value_start):value_start]
    best, at = None, -1
    for word in lexicon.figure_subjects:
        i = prefix.rfind(word)
        if i > at or (i == at and i >= 0 and best and len(word) > len(best)):
            best, at = word, i
    if best:
        return best
    m = _SUBJECT_IS.search(prefix)
    return m.group(1) if m else None


def parse_values(text: str, lexicon: Lexicon) -> List[Value]:
    """Every value in a text, in order: ranges whole, with subject and sanction when said."""
    return _read_values(text, lexicon)


def _parse_values(text: str, lexicon: Lexicon) -> List[Value]:
    figures = parse_figures(text, lexicon)
    values: List[Value] = []
    fined = None  # the last fine read with the party it falls on
    for first, last, start, end in _merge_ranges(text, figures):
        (low, high), start, end = _bounds(text, first, last, start, end)
        penalty = _PENALTY_AFTER.match(text, end)
        phrase = text[_phrase_start(text, start):start]
        if penalty:
            subject = penalty.group(1).replace("行政", "")
            basis_m = _PENALTY_BEFORE.search(phrase)
            basis = basis_m.group(1) if basis_m and first.kind != "amount" else ""
            per = _PER.search(phrase) or _PER_TIME.search(phrase)
            if first.kind == "amount" and per:
                basis = per.group(per.lastindex or 0)  # "处每平方米一千元以上一万元以下的罚款": a rate, not a sum; so
                # "按次处五千元以上二万元以下的罚款", each time (海洋环境保护法 2023 第一百零七条: said without it in recall 1443)
            target_m = _TARGET.search(phrase)
            target = target_m.group(1) if target_m else _target_before(text, start - len(phrase), phrase)
            if not target and fined is not None and _FINED_HERE.fullmatch(phrase) \
                    and not _ANOTHER_PARTY.search(text, fined.end, start - len(phrase)) \
                    and text[:start - len(phrase)].rstrip("，").endswith("的"):
                target = fined.target  # "…，情节严重的，可以处…": the same party's next tier (会计法)
            values.append(Value(first.kind, first.unit, low, high, text[start:end], start, end,
                                subject, True, basis, target, text[first.start:last.end]))
            if target:
                fined = values[-1]
            continue
        subject = _subject(text, start, end, lexicon)
        if first.kind == "quantity" and first.unit in _TIME_UNITS and subject not in _PERIOD_SUBJECTS:
            subject = "期限"
        values.append(Value(first.kind, first.unit, low, high, text[start:end], start, end, subject,
                            figures=text[first.start:last.end]))
    return values


_read_values = ReadOnce(_parse_values)  # texts already read


def same_subject(a: Optional[str], b: Optional[str]) -> bool:
    """"成员" and "董事会成员" speak of the same thing; two different known subjects do not."""
    if not a or not b:
        return False
    return a.endswith(b) or b.endswith(a)
