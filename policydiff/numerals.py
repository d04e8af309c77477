"""Numbers as printed in Chinese legal text: "十四", "一千二百六十", "1,000", "1.5", "②", "一点五".

Labels and most figures use the plain form below 万 (第一千二百六十条, 十八周岁,
三年), read here directly; anything else (一点五, 两万三千) goes to cn2an, the
library made for Chinese numerals, whose import (~0.15 s of start-up) is then
paid only when such a numeral is met.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from . import recache

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000}
_ARABIC = recache.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def _plain(numeral: str) -> Optional[int]:
    """The plain form below 万 ("一千二百六十", "十四", "二十", "一百零五"); else None."""
    total, digit = 0, None
    for ch in numeral:
        if ch in _DIGIT:
            if digit:
                return None  # two digits in a row ("一二") is not this form
            digit = _DIGIT[ch]
        elif ch in _UNIT:
            total += (1 if digit is None else digit) * _UNIT[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def _plain_wan(numeral: str) -> Optional[int]:
    """The plain form with one 万 ("五万", "二十万", "一万零八十", "三万五千"); else None.
    A bare digit after 万 ("一万五", colloquial for 15,000) is left to cn2an."""
    high, _, low = numeral.partition("万")
    if not high or "万" in low:
        return None
    top = _plain(high)
    rest = _plain(low[1:] if low.startswith("零") else low) if low else 0
    if top is None or rest is None or (low and not low.startswith("零") and low[-1] in _DIGIT and len(low) == 1):
        return None
    return top * 10000 + rest


@lru_cache(maxsize=4096)
def value(numeral: str) -> Optional[float]:
    """The value of a numeral, or None when it is not one."""
    if not numeral:
        return None
    if _ARABIC.fullmatch(numeral):
        return float(numeral.replace(",", ""))
    if len(numeral) == 1 and "①" <= numeral <= "⑳":
        return float(ord(numeral) - ord("①") + 1)
    plain = _plain(numeral) if "万" not in numeral else _plain_wan(numeral)  # no cn2an import for 五万
    if plain is not None:
        return float(plain)
    if all(ch in _DIGIT for ch in numeral):  # digits read one by one ("二五", "二〇二三"), as cn2an reads them
        return float("".join(str(_DIGIT[ch]) for ch in numeral))
    import cn2an

    try:
        return float(cn2an.cn2an(numeral, "smart"))
    except (ValueError, KeyError, TypeError, IndexError):
        return None


# ------------------------------------------------------------------ showing values

_EN_UNITS = {"元": "yuan", "%": "%", "人": "persons", "名": "persons", "日": "days", "工作日": "working days",
             "月": "months", "年": "years", "周": "weeks", "周岁": "years of age", "小时": "hours", "倍": "times", "次": "times",
             "家": "firms", "项": "items", "平方米": "m²", "平方公里": "km²", "公里": "km", "吨": "tonnes",
             "辆": "vehicles", "亩": "mu"}


def _plain_number(x: float) -> str:
    return f"{x:.6f}".rstrip("0").rstrip(".")


def show_amount(x: float) -> str:
    """A sum in 元 as a reviewer writes it: 3000 → "3000", 30000 → "3万", 2e8 → "2亿" (without 元)."""
    if x >= 1e8 and x % 1e6 == 0:
        return _plain_number(x / 1e8) + "亿"
    if x >= 1e4 and x % 100 == 0:
        return _plain_number(x / 1e4) + "万"
    return _plain_number(x)


def _en_number(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}".rstrip("0").rstrip(".")


def show_range(low: Optional[float], high: Optional[float], unit: str, lang: str = "zh") -> str:
    """"1000–3000元", "3万–10万元", "3000元–1万元", "5%–15%", "3人以上", "20万元以下"
    (English: "1,000–3,000 yuan", "at least 3 persons", "up to 200,000 yuan")."""
    if lang == "en":
        name = _EN_UNITS.get(unit, unit)
        sep = "" if unit == "%" else " "
        if low is not None and high is not None:
            body = _en_number(low) if low == high else f"{_en_number(low)}–{_en_number(high)}"
            if low == high == 1 and name.endswith("s") and name != "times":
                name = name[:-1]  # 1 year, 1 person
            return f"{body}{sep}{name}"
        if (low or high) == 1 and name.endswith("s") and name != "times":
            name = name[:-1]  # up to 1 year
        if low is not None:
            return f"at least {_en_number(low)}{sep}{name}"
        return f"up to {_en_number(high)}{sep}{name}"
    if unit == "元":
        show, tail = show_amount, "元"
    else:
        show, tail = _plain_number, unit
    if low is not None and high is not None:
        a, b = show(low), show(high)
        if low == high:
            return a + tail
        if unit == "%":
            return f"{a}%–{b}%"
        if unit == "元" and a.endswith(("万", "亿")) != b.endswith(("万", "亿")):
            return f"{a}元–{b}元"
        return f"{a}–{b}{tail}"
    if low is not None:
        return f"{show(low)}{tail}以上"
    return f"{show(high)}{tail}以下"


_ARTICLE_LABEL = recache.compile(r"^第([零〇一二三四五六七八九十百千两\d]+)条(?:之([一二三四五六七八九十]))?$")
_SUB = "一二三四五六七八九十"


def article_en(labels: str) -> str:
    """Article labels as an English text says them: "第二百零八条" → "Article 208", "第七条之一" → "Article 7-1",
    "序言" → "Preamble", "第十三条、第十四条" → "Articles 13 and 14", "第一条、第三条、第四条" → "Articles 1, 3 and 4"; any
    other label as it is."""
    out, numbers = [], []
    for label in labels.split("、"):
        m = _ARTICLE_LABEL.match(label)
        number = value(m.group(1)) if m else None
        if number is not None:
            numbers.append(f"{int(number)}" + (f"-{_SUB.index(m.group(2)) + 1}" if m.group(2) else ""))
            out.append(f"Article {numbers[-1]}")
        else:
            out.append("Preamble" if label == "序言" else label)
    if len(numbers) > 1 and len(numbers) == len(out):
        return f"Articles {', '.join(numbers[:-1])} and {numbers[-1]}"
    return ", ".join(out)
