"""Figures: sums of money, rates and other quantities, parsed to values with units.

30% = 30％ = 百分之三十; 一百万元 = 100万元 = 1,000,000元; 三年 = 3年. Chinese
numerals go through cn2an, loaded only when a figure is written with them.
Dates (2022年8月22日) and ordinals (第三条) are not figures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Tuple

from .. import numerals
from ..models import Finding, FindingKind
from .changes import Note, clip
from .lexicon import Lexicon

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CHINESE = r"[零〇一二三四五六七八九十百千两](?:[零〇一二三四五六七八九十百千两点]*[零〇一二三四五六七八九十百千两])?"
_DATE = re.compile(r"(?:\d{4}|[零〇一二三四五六七八九]{4}|\*\*)年(?:(?:\d{1,2}|\*\*|[一二三四五六七八九十]{1,3})月"
                   r"(?:(?:\d{1,2}|\*\*|[一二三四五六七八九十]{1,3})日)?)?")
# "第一、二、三项": the numbers of a list of ordinals are no quantities.
_ORDINAL_LIST = re.compile(r"第[零〇一二三四五六七八九十百千\d]+(?:[、，和及或至][零〇一二三四五六七八九十百千\d]+)*[、，和及或至]$")
_PERCENT = re.compile(rf"({_ARABIC})\s*%|百分之({_CHINESE}|{_ARABIC})")


@dataclass(frozen=True)
class Figure:
    kind: str      # "amount" | "rate" | "quantity"
    value: float   # in 元 for amounts, in percent for rates
    unit: str      # "元", "%", or the quantity's canonical unit ("年", "日", "平方米", …)
    text: str      # as printed
    start: int
    end: int

    @property
    def key(self) -> Tuple[str, float, str]:
        return (self.kind, round(self.value, 6), self.unit)


@lru_cache(maxsize=16)
def _unit_pattern(units: Tuple[str, ...]) -> "re.Pattern[str]":
    alternation = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True) if u not in ("万", "亿"))
    # Not inside a longer number, and not an ordinal (第1864次会议, 第十六次).
    return re.compile(rf"(?<![第\d.,零〇一二三四五六七八九十百千两])({_ARABIC}|{_CHINESE})\s*(万|亿)?({alternation})?")


def parse_figures(text: str, lexicon: Lexicon) -> List[Figure]:
    """Every figure in a text, in order."""
    masked = _DATE.sub(lambda m: "#" * len(m.group()), text)
    figures: List[Figure] = []
    taken = [False] * len(masked)
    for m in _PERCENT.finditer(masked):
        value = numerals.value(m.group(1) or m.group(2))
        if value is not None:
            figures.append(Figure("rate", value, "%", text[m.start():m.end()], m.start(), m.end()))
            taken[m.start():m.end()] = [True] * (m.end() - m.start())
    pattern = _unit_pattern(tuple(lexicon.units))
    for m in pattern.finditer(masked):
        if any(taken[m.start():m.end()]) or _ORDINAL_LIST.search(masked, 0, m.start()):
            continue
        numeral, multiplier, unit = m.group(1), m.group(2), m.group(3)
        if not unit and not multiplier:
            continue
        following = masked[m.end():m.end() + 1]
        last = unit or multiplier
        if lexicon.not_a_unit_after.get(last) and following == lexicon.not_a_unit_after[last]:
            continue
        if not unit:
            unit = multiplier  # "50万" in a list of sums: money
            multiplier = None
        value = numerals.value(numeral)
        if value is None:
            continue
        kind, factor, canonical = lexicon.units[unit]
        if multiplier:
            factor *= lexicon.units[multiplier][1]
        figures.append(Figure(kind, value * factor, "元" if kind == "amount" else canonical,
                              text[m.start():m.end()], m.start(), m.end()))
    figures.sort(key=lambda f: f.start)
    return figures


# ------------------------------------------------------------------ finder

_NOUN = {"amount": ("金额", "amount"), "rate": ("比例", "rate"), "quantity": ("数量", "quantity")}
_TIME_UNITS = {"年", "月", "日", "工作日", "周", "小时"}


def noun(figure: Figure) -> Tuple[str, str]:
    if figure.kind == "quantity" and figure.unit in _TIME_UNITS:
        return ("期限", "period")
    return _NOUN[figure.kind]


def _minus(these: List[Figure], those: List[Figure]) -> List[Figure]:
    """The figures of ``these`` whose value is not among ``those`` (multiset difference)."""
    pool = [f.key for f in those]
    left = []
    for f in these:
        if f.key in pool:
            pool.remove(f.key)
        else:
            left.append(f)
    return left


def _unmatched(old: List[Figure], new: List[Figure]) -> Tuple[List[Figure], List[Figure]]:
    """The figures on each side whose value is not on the other side too."""
    return _minus(old, new), _minus(new, old)


def _group(figure: Figure) -> str:
    """Figures comparable with each other: all sums, all rates, all periods, else one unit."""
    if figure.kind != "quantity":
        return figure.kind
    return "period" if figure.unit in _TIME_UNITS else figure.unit


def _groups(figures: List[Figure]) -> List[Tuple[str, str]]:
    return list(dict.fromkeys((f.kind, _group(f)) for f in figures))


def find_figure_changes(pair, changes, lexicon) -> List[Note]:
    """amount_/rate_ changed, added, removed; quantity_changed."""
    notes: List[Note] = []
    one_sided: List[Tuple[Figure, object, bool]] = []  # (figure, change, removed?)
    for change in changes:
        gone, came = _unmatched(parse_figures(change.old, lexicon), parse_figures(change.new, lexicon))
        for kind, group in _groups(gone + came):
            olds = [f for f in gone if f.kind == kind and _group(f) == group]
            news = [f for f in came if f.kind == kind and _group(f) == group]
            for o, n in zip(olds, news):
                up = n.value > o.value
                zh_noun, en_noun = noun(o)
                verb, en_verb = ("提高到", "raised to") if up else ("降低到", "lowered to")
                if kind == "quantity":
                    verb, en_verb = ("改为", "changed to") if o.unit != n.unit else (verb, en_verb)
                notes.append(Note(Finding(
                    FindingKind(f"{kind}_changed" if kind != "quantity" else "quantity_changed"),
                    clip(change.old), clip(change.new),
                    f"{zh_noun}由{o.text}{verb}{n.text}", f"{en_noun} {o.text} {en_verb} {n.text}"),
                    (o.text, n.text)))
            one_sided += [(f, change, True) for f in olds[len(news):]]
            one_sided += [(f, change, False) for f in news[len(olds):]]
    # A figure that left one phrase and turns up in another of the same provision moved with
    # its words ("（六）… 三个月" became "（八）… 三个月"): the wording note tells that.
    removed_keys = [f.key for f, _, removed in one_sided if removed]
    added_keys = [f.key for f, _, removed in one_sided if not removed]
    moved = [k for k in removed_keys if k in added_keys]
    for figure, change, removed in one_sided:
        if figure.key in moved:
            continue
        notes.append(_one_sided(figure.kind, figure, change, removed))
    return notes


def _one_sided(kind: str, figure: Figure, change, removed: bool) -> Note:
    zh_noun, en_noun = noun(figure)
    if kind == "quantity":
        finding_kind = FindingKind.QUANTITY_CHANGED
    else:
        finding_kind = FindingKind(f"{kind}_{'removed' if removed else 'added'}")
    zh = f"{'删除' if removed else '新增'}{zh_noun}：{figure.text}"
    en = f"{en_noun} {'removed' if removed else 'added'}: {figure.text}"
    return Note(Finding(finding_kind, clip(change.old) or None, clip(change.new) or None, zh, en),
                (figure.text,))
