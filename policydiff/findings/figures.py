"""Figures: sums of money, rates and other quantities, parsed to values with units.

30% = 30％ = 百分之三十; 一百万元 = 100万元 = 1,000,000元; 三年 = 3年. Chinese
numerals go through cn2an, loaded only when a figure is written with them.
Dates (2022年8月22日) and ordinals (第三条) are not figures.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import List, Tuple

from .. import numerals
from .. import recache
from .lexicon import Lexicon, ReadOnce
from ..records import dataclass

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CHINESE = r"[零〇一二三四五六七八九十百千两](?:[零〇一二三四五六七八九十百千两点]*[零〇一二三四五六七八九十百千两])?"
_DATE = recache.compile(r"(?:\d{4}|[零〇一二三四五六七八九]{4}|\*\*)年(?:(?:\d{1,2}|\*\*|[一二三四五六七八九十]{1,3})月"
                   r"(?:(?:\d{1,2}|\*\*|[一二三四五六七八九十]{1,3})日)?)?")
# "第一、二、三项": the numbers of a list of ordinals are no quantities.
_ORDINAL_LIST = recache.compile(r"第[零〇一二三四五六七八九十百千\d]+(?:[、，和及或至][零〇一二三四五六七八九十百千\d]+)*[、，和及或至]$")


def _ordinal_list_before(text: str, at: int) -> bool:
    """Whether ``text`` just before ``at`` is "第一、二、" and the like. Such a list holds no 第
    after its first character, so only a match from the last 第 before ``at`` can end there
    (the same answer as searching the whole text before ``at``, without scanning it each time)."""
    start = text.rfind("第", 0, at)
    return start != -1 and _ORDINAL_LIST.match(text, start, at) is not None


_PERCENT = recache.compile(rf"({_ARABIC})\s*%|百分之({_CHINESE}|{_ARABIC})")


@dataclass(frozen=True)
class Figure:
    """A figure read in a text: an amount, a rate or a quantity, with where it is printed."""

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
    # Not inside a longer number, and not an ordinal (第1864次会议, 第十六次). A numeral that goes on after its 万 is one
    # number ("一万五千人" is 15,000 people, not "一万" of money and "五千人": 环境污染刑事案件解释 2016 第三条 (七)).
    return recache.compile(rf"(?<![第\d.,零〇一二三四五六七八九十百千两])({_ARABIC}|{_CHINESE}(?:万{_CHINESE})?)\s*(万|亿)?"
                           rf"({alternation})?")


_ANY_NUMERAL = recache.compile(r"[\d零〇一二三四五六七八九十百千两]")


def parse_figures(text: str, lexicon: Lexicon) -> List[Figure]:
    """Every figure in a text, in order."""
    if not _ANY_NUMERAL.search(text):
        return []
    return _read_figures(text, lexicon)


def _in_a_rate(rates: List[int], start: int, end: int) -> bool:
    """True when [start, end) overlaps one of the rates (``rates``: their starts and ends, in order):
    the rate starting last before ``end`` ends after ``start`` (a bisection, not a flag per
    character: a book-long clause has millions of characters and a few rates)."""
    k = bisect_left(rates, end)  # rates[:k] are bounds before end
    if k % 2:  # end falls inside a rate (after its start, at or before its end)
        return rates[k - 1] < end and start < end
    return k > 0 and rates[k - 1] > start and start < end


def _parse_figures(text: str, lexicon: Lexicon) -> List[Figure]:
    masked = _DATE.sub(lambda m: "#" * len(m.group()), text)
    for pattern in lexicon.not_figures:
        masked = pattern.sub(lambda m: "#" * len(m.group()), masked)
    figures: List[Figure] = []
    rates: List[int] = []  # where the rates start and end, in order (they never overlap)
    for m in _PERCENT.finditer(masked):
        value = numerals.value(m.group(1) or m.group(2))
        if value is not None:
            figures.append(Figure("rate", value, "%", text[m.start():m.end()], m.start(), m.end()))
            if m.end() > m.start():
                rates += (m.start(), m.end())
    pattern = _unit_pattern(tuple(lexicon.units))
    for m in pattern.finditer(masked):
        if _in_a_rate(rates, m.start(), m.end()) or _ordinal_list_before(masked, m.start()) \
                or masked[m.start() - 1:m.start()] == "“" and masked[m.end():m.end() + 1] == "”":
            continue  # (a figure in quotes is named, not set: "有关“三日”、“十日”的规定是指工作日")
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
    if figure.unit == "周岁":  # (an age: "满60周岁" was "新增期限：60周", 军人抚恤优待条例 第六十二条)
        return ("年龄", "age")
    return _NOUN[figure.kind]


_read_figures = ReadOnce(_parse_figures)  # texts already read
