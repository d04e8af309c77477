"""The small phrases every report sentence is built from, in Chinese and English.

A clause's name ("第七条", "Article 7"), its gist (its heading, else the start
of its first sentence), the sums it holds said as a reviewer lists them
("含最高500万元、200万元两项支持", "including two subsidies of up to 5 million
and 2 million yuan"), and what kind of provision it is (a penalty, a duty).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .. import recache
from ..findings.figures import parse_figures
from ..findings.lexicon import load_lexicon
from ..models import Clause
from ..normalize import HAN_RANGE

_ARTICLE = recache.compile(r"^第[零〇一二三四五六七八九十百千两\d]+条(?:之([一二三四五六七八九十]+))?$")
_SUB = "一二三四五六七八九十"


def label_en(clause: Clause) -> str:
    """"第七条" → "Article 7", "第七条之一" → "Article 7-1", the preamble → "Preamble"."""
    if not clause.label:
        return "Preamble"
    m = _ARTICLE.match(clause.label)
    if m and clause.number is not None:
        extra = f"-{_SUB.index(m.group(1)) + 1}" if m.group(1) and len(m.group(1)) == 1 else ""
        return f"Article {clause.number}{extra}"
    if clause.number is not None:
        return f"Item {clause.number}"
    return clause.label


def name(clause: Clause, lang: str = "zh") -> str:
    return label_en(clause) if lang == "en" else clause.display_label


def names(clauses: Tuple[Clause, ...], lang: str = "zh", sep: Optional[str] = None) -> str:
    if len(clauses) == 1:  # (most rows: one clause, no separator)
        return name(clauses[0], lang)
    if sep is None:
        sep = ", " if lang == "en" else "、"
    return sep.join([name(c, lang) for c in clauses])


_SENTENCE_END = recache.compile(r"[。；：:;\n]")
#: Longest gist: room for a long organ name and what the article has it do ("全国人民代表大会常务委员会
#: 工作机构根据实际需要设立基层立法联系点", 32 characters; cut at 20, the rule was lost).
GIST_MAX = 36


def gist(clause: Clause) -> str:
    """What a clause governs in a few words: its heading, else the start of its first sentence."""
    if clause.heading:
        return clause.heading
    return text_gist(clause.text)


@lru_cache(maxsize=4096)  # (a text said many times is read once)
def text_gist(text: str) -> str:
    """What a text governs in a few words: the start of its first sentence (``gist`` of a clause without a heading)."""
    text = text.strip()
    said = _opening_gist(text)
    if _LEAD_IN_ONLY.search(said) and _SANCTIONED.search(text.split("\n", 1)[0]):
        # (a list's lead-in says nothing of what is punished or meant: "新增第七十三条（违反本法规定，有下列行为之一的…）" told
        # a reviewer only that some fine exists, 农产品质量安全法, useless in reading 783: who, and the first item, "等")
        listed = _first_item(text, said)
        if listed:
            return listed
    return said


#: A gist that ends on a list's lead-in: "…有下列行为之一的…", "…有下列行为之一，尚不构成犯罪的…".
_LEAD_IN_ONLY = recache.compile(r"下列[^，。；：]{0,6}之一(?:的|，尚不构成犯罪的)?…$")
#: A lead-in whose list is of conduct a body punishes ("…之一的，由…主管部门责令…"): its items say what is punished; not
#: a list of cases that a measure or a grade of crime is for (监察法 第二十三条's 责令候查, 环境污染解释 第三条's 七年以上).
_SANCTIONED = recache.compile(r"之一[^：:\n]*?，由|罚款|处分")
#: Who the lead-in names before its "有下列…之一": "违反本法规定，农产品生产企业有下列情形之一的" → 农产品生产企业.
_LEAD_IN_WHO = recache.compile(r"(?:^|，)([^，。；：]{2,16}?)(?:违反本[^，。；：]{1,3}规定，?)?(?:有|具有)下列")
_ITEM_LINE = recache.compile(r"(?m)^[（(][一二三四五六七八九十]+[）)]\s*(.+?)[；;。]?$")


#: Where an item's conduct starts after the parties it names: a failing, a refusal, an act without leave.
_CONDUCT = recache.compile(r"未按照|未依照|未依法|未经|不按照|不依照|拒不|拒绝|擅自")


def _first_item(text: str, said: str) -> str:
    """Who a list's lead-in names and its first item, "等" after it: "农产品生产企业未建立农产品质量安全管理制度等"."""
    m = _ITEM_LINE.search(text)
    if m is None:
        return ""
    who = _LEAD_IN_WHO.search(text.split("\n", 1)[0])
    who = who.group(1) if who and not who.group(1).startswith(("违反", "实施")) else ""
    item = m.group(1).rstrip("的；;。")
    whole = who + item if not item.startswith(who) else item
    if len(whole) + 1 <= GIST_MAX:
        return whole + "等"
    # (a long list of parties before what they failed to do: the first of them, then the conduct, "农产品生产企业…未按照规定
    # 开具承诺达标合格证等", not "…从事农产品收购的单位或者个人未按照…等" cut before it, 农产品质量安全法 新增第七十三条, useless in
    # reading 819)
    conduct = _CONDUCT.search(whole, 4)
    if conduct and "、" in whole[:conduct.start()]:
        shortened = whole[:whole.index("、")] + "…" + whole[conduct.start():]
        if len(shortened) + 1 <= GIST_MAX:
            return shortened + "等"
    return _cut_at_a_word(whole, GIST_MAX - 2) + "…等"


def _cut_at_a_word(text: str, at: int) -> str:
    """``text`` cut at ``at``, or at the start of the word ``at`` falls in when that is GIST_WORD_BACK characters back at
    most; no pause or opening mark left at its end."""
    from ..findings.words import bounds

    start = bounds(text).left(at)
    return text[:start if at - start <= GIST_WORD_BACK else at].rstrip(_OPEN_AT_A_CUT)


def _opening_gist(text: str) -> str:
    first = _SENTENCE_END.split(text, 1)[0].strip()
    if len(first) <= GIST_MAX:
        return first
    comma = _last_comma(first, GIST_MAX + 1)  # (the last phrase that fits: "在体育活动中…" says nothing)
    if comma >= 12:
        if _BY_THE_RULES.search(first, 0, comma):
            # Who, and "应当根据国家有关规定", says nothing: the phrase after it says what (统计法 新增第九条: "地方各级人民政府、
            # 县级以上人民政府统计机构和有关部门应当根据国家有关规定…" was useless in the thirty-sixth reading)
            rest = first[comma + 1:]
            then = rest.split("，", 1)[0]
            if 6 <= len(then) <= GIST_MAX:
                return "…" + then + ("…" if len(rest) > len(then) else "")
        return first[:comma] + "…"
    # (cut between words: "…疾病预防控制机构从药品上市许可持…" cut 持有人 (中国人民解放军实施《药品管理法》办法 新增第四十三条,
    # useless in reading 583))
    cut = _cut_at_a_word(first, GIST_MAX - 4)
    while cut.endswith(_JOINERS_AT_A_CUT) and len(cut) > GIST_MAX // 2:  # (nor on a joiner: "…镇的…", "…申请专利和…")
        cut = cut[:-next(len(j) for j in _JOINERS_AT_A_CUT if cut.endswith(j))].rstrip(_OPEN_AT_A_CUT)
    cut += "…"
    return cut + "”" if cut.count("“") > cut.count("”") else cut  # (a quote cut short, closed)


#: Characters, at most, a gist cut in a word goes back to the word's start.
GIST_WORD_BACK = 6
#: Words a gist cut short does not end on.
_JOINERS_AT_A_CUT = ("或者", "以及", "和", "及", "与", "的", "或")
#: Marks a gist cut short does not end on: a pause, or a mark that opens what was cut ("…附件三、《…").
_OPEN_AT_A_CUT = "，、《“（("


def _last_comma(text: str, end: int) -> int:
    """The last "，" before ``end`` outside quotes (-1 if none): a gist cut at a comma inside “…” leaves the quote open
    ("受理投诉部门应当按照“属地管理、分级负责…", 保障中小企业款项支付条例 第二十五条)."""
    depth, last = 0, -1
    for at, char in enumerate(text[:end]):
        if char == "“":
            depth += 1
        elif char == "”":
            depth = max(0, depth - 1)
        elif char == "，" and depth == 0:
            last = at
    return last


#: A phrase that ends by saying by what rules, not what: "…应当根据国家有关规定".
_BY_THE_RULES = recache.compile(r"(?:根据|按照|依照|依据)[^，。；]{0,12}(?:规定|要求)$")
PENALTY = recache.compile(r"罚款|没收|吊销|拘留|责令停产停业|责令关闭|撤销登记|追究刑事责任|处分")
DUTY = recache.compile(r"应当|不得|必须|禁止|严禁")
MONEY_NOUN = recache.compile(r"支持|补助|奖励|资助|补贴")

_COUNT_ZH = "零一两三四五六七八九十"
_COUNT_EN = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_CAPS = ("不超过", "最高", "最多")


_BOUNDS = {"以下": "up to", "以上": "at least"}
_RANGE = ("以上", "至", "到", "-", "－", "—", "~", "～")


#: Where a phrase starts: the text after the last of these is the phrase a figure stands in.
_PHRASE_START = recache.compile(r"[，。；：、\n]")


#: Words before a sum that say what is at stake in a case, not what is paid (and the sums of a crime's tiers, "非法经营数额在
#: 十万元以上": "含十万元以上、五十万元以上两项金额" was wrong in reading 401, the 违法所得 sums beside them left out).
_AT_STAKE = ("涉及款额", "涉及金额", "涉案金额", "标的额", "争议金额", "经营数额", "数额在")
#: A sum that ends the case of a condition ("…一千万元以上的，处…"): which fine applies, none paid.
_CASE_ENDS = recache.compile(r"(?:以上|以下)?的[，,]")


def paid(figure, text: str) -> bool:
    """A sum of ``text`` that is paid, not a threshold or what is at stake ("违法所得二十万元以上的", "涉及款额三千元以下")."""
    from ..findings.figure_changes import PENALTY_THRESHOLDS

    phrase = _PHRASE_START.split(text[max(0, figure.start - 12):figure.start])[-1]
    # (反洗钱法 第五十五条 "涉及金额一千万元以上的，处涉及金额百分之二十以上二倍以下罚款": "含一千万元以上…罚款" was wrong in reading 307)
    return not any(word in phrase for word in PENALTY_THRESHOLDS + _AT_STAKE) and not _CASE_ENDS.match(text, figure.end)


@lru_cache(maxsize=4096)  # asked by the headline and by its weight; a text repeated is read once
def _amounts(text: str) -> Tuple[Tuple[str, str, Tuple[float, ...]], ...]:
    """The sums of money in a text: (cap word before it or "", as said, value(s) in 元).
    A range ("三万元以上三十万元以下", "1万至5万元") is one sum with two values."""
    return tuple(sum_[:3] for sum_ in _amounts_at(text))


@lru_cache(maxsize=4096)
def _amounts_at(text: str) -> Tuple[Tuple[str, str, Tuple[float, ...], int], ...]:
    """``_amounts`` with where each sum starts in the text."""
    lexicon = load_lexicon(None)
    if not any(unit in text for unit, (kind, *_rest) in lexicon.units.items() if kind == "amount"):
        return ()  # (a sum is said in one of these units: a book-long text without any is not read)
    # (a threshold is no sum paid: "货值金额不足十万元的", "违法所得二十万元以上的" say which fine applies; "案件涉及款额三千元
    # 以下" which cases a procedure is for, 行政复议法 第五十三条: "含三千元以下的金额", useless in the forty-second reading)
    figures = [f for f in parse_figures(text, lexicon) if f.kind == "amount" and paid(f, text)]
    out: List[Tuple[str, str, Tuple[float, ...], int]] = []
    i = 0
    while i < len(figures):
        figure = figures[i]
        before = text[max(0, figure.start - 3):figure.start]
        cap = next((w for w in _CAPS if before.endswith(w)), "")
        per = _PER_UNIT.search(text, max(0, figure.start - 5), figure.start)  # "处每米五百元…": a rate
        per = per.group() if per else ""
        following = figures[i + 1] if i + 1 < len(figures) else None
        if following and text[figure.end:following.start] in _RANGE:
            out.append((cap, f"{per}{figure.text}至{following.text}", (figure.value, following.value), figure.start))
            i += 2
            continue
        bound = text[figure.end:figure.end + 2]
        if not cap and bound in _BOUNDS:  # "二十万元以下": a cap said after the sum
            cap = bound
        out.append((cap, f"{per}{figure.text}", (figure.value,), figure.start))
        i += 1
    return tuple(out)


#: The case a sum is for when it stands after a fine reckoned as a multiple: "…二倍以上二十倍以下的罚款，货值金额不足十万元的，处"
#: (group 1: the case).
_FALLBACK_CASE = recache.compile(r"[，；]([^，；。]{2,30})的，(?:可以)?(?:并)?处$")


@lru_cache(maxsize=4096)
def _multiples(text: str) -> Dict[int, Tuple[str, str, float, float, str]]:
    """The fines reckoned as a multiple of something ("货值金额二倍以上二十倍以下的罚款") each followed by the sum that applies
    in a case of its own ("货值金额不足十万元的，处二十万元以上二百万元以下的罚款"): where that sum starts → (what the multiple
    is of, the case, the multiple's bounds, and as the law says them: "二倍至二十倍"). A headline that listed the sum alone ("含…二十万元至二百万元…三项罚款", 海洋环境保护法
    第九十七条) said the fine for the small case as the fine (wrong in the eighty-second reading)."""
    if "倍" not in text:
        return {}
    from ..findings.lexicon import load_lexicon
    from ..findings.values import parse_values

    starts = [at for *_said, at in _amounts_at(text)]
    out = {}
    for v in parse_values(text, load_lexicon(None)):
        if v.unit != "倍" or not v.penalty or not v.basis or v.low is None or v.high is None:
            continue
        stop = min((k for k in (text.find("；", v.end), text.find("。", v.end)) if k >= 0), default=len(text))
        at = next((a for a in starts if v.end < a < stop), None)
        case = _FALLBACK_CASE.search(text, v.end, at) if at is not None else None
        if case:
            out[at] = (v.basis, case.group(1), v.low, v.high, v.text.replace("以上", "至").removesuffix("以下"))
    return out


#: A sum counted per unit of something ("每米", "每吨", "每平方米"), said just before it.
_PER_UNIT = recache.compile(f"每[{HAN_RANGE}]{{1,3}}$")
_UNITS_EN = {"米": "metre", "平方米": "m²", "立方米": "m³", "吨": "tonne", "日": "day", "天": "day",
             "辆": "vehicle", "亩": "mu", "公顷": "hectare", "件": "item", "次": "time", "人": "person"}
_PER_SAID = recache.compile(f"每([{HAN_RANGE}]{{1,3}}?)(?=[零〇一二三四五六七八九十百千万亿两\\d])")


#: What a fine is reckoned on, in English, and its case said in English when it is that thing under a sum.
_UNDER = recache.compile(r"^(.+?)不足(.+)$")


def _multiple_en(multiple, values) -> str:
    """"2–20 times the value of the goods (200,000 to 2 million yuan where that is under 100,000 yuan)"."""
    from ..findings.penalties import _of_basis, _said_en

    basis, case, low, high, _times = multiple
    sum_ = " to ".join(yuan_en(v) for v in values) + " yuan"
    under = _UNDER.match(case)
    figure = under and _amounts(under.group(2) + "的罚款")
    if under and under.group(1) == basis and figure and len(figure[0][2]) == 1:
        where = f"where that is under {yuan_en(figure[0][2][0])} yuan"
    else:
        where = f"where {_said_en(case)}"
    return f"{_of_basis(f'{low:g}–{high:g} times', basis)} ({sum_} {where})"


def _per_en(printed: str) -> str:
    """" yuan per metre" after a sum said per unit ("每米五百元至一万元"), else ""."""
    m = _PER_SAID.match(printed)
    return f" yuan per {_UNITS_EN.get(m.group(1), m.group(1))}" if m else ""


def yuan_en(value: float) -> str:
    """5000000 → "5 million", 1.2e9 → "1.2 billion", 3000 → "3,000"."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if value >= size:
            return f"{value / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def money(text: str, lang: str = "zh") -> str:
    """The sums of a clause as a tail of a sentence: "，含最高500万元、200万元两项支持"."""
    return _money(text, lang) if _amounts(text) or _shares(text) else ""


#: The share a fine reckoned from a share to a multiple starts at, left in what the parser read as its basis
#: ("涉及金额百分之二十以上" of "处涉及金额百分之二十以上二倍以下罚款"; group 1: the share).
_FROM_A_SHARE = recache.compile(r"百分之([零〇一二三四五六七八九十百]+)以上$")


#: A fine reckoned as a share or a multiple of something, standing alone ("处建设项目总投资额百分之一以上百分之五以下的罚款"):
#: in a sum's place among the sums, (what it is said as in Chinese, in English).
_SHARE = "share"


@lru_cache(maxsize=4096)
def _shares(text: str) -> Tuple[Tuple[int, str, str], ...]:
    """The fines of ``text`` reckoned as a share or a multiple of something and followed by no sum of their own case (those
    are ``_multiples``): (where each starts, as said in Chinese, in English). A headline that counted a new provision's
    sums alone, "含五万元至二十万元、二十万元至一百万元、五万元以下三项罚款", left out its 1%–5% of the project's investment
    (海洋环境保护法 第一百零一条, wrong in reading 116)."""
    if "倍" not in text and "百分之" not in text and "%" not in text:
        return ()
    from ..findings.lexicon import load_lexicon
    from ..findings.penalties import _of_basis, _said_en
    from ..numerals import value as numeral_value
    from ..findings.values import parse_values

    attached = {(basis, low, high) for basis, _case, low, high, _times in _multiples(text).values()}
    out = []
    for v in parse_values(text, load_lexicon(None)):
        mixed = _FROM_A_SHARE.search(v.basis) if v.penalty and v.unit == "倍" and v.low is None else None
        if mixed and v.high is not None:  # "涉及金额百分之二十以上二倍以下": from a share to a multiple (反洗钱法 第五十五条)
            basis = v.basis[:mixed.start()]
            shown = f"{numeral_value(mixed.group(1)) or 0:g}% to {v.high:g} times"
            out.append((v.start - len(mixed.group()), f"{basis}百分之{mixed.group(1)}至{v.text.removesuffix('以下')}",
                        f"{shown} {_said_en(basis) if basis else ''}".rstrip()))
            continue
        if not v.penalty or not v.basis or v.unit not in ("%", "倍") or v.low is None or v.high is None \
                or (v.basis, v.low, v.high) in attached:
            continue
        shown = f"{v.low:g}–{v.high:g} times" if v.unit == "倍" else f"{v.low:g}%–{v.high:g}%"
        out.append((v.start, v.basis + v.text.replace("以上", "至").removesuffix("以下"), _of_basis(shown, v.basis)))
    return tuple(out)


@lru_cache(maxsize=4096)  # (a text said many times is read once)
def _money(text: str, lang: str) -> str:
    multiples = _multiples(text)
    first: Dict[str, int] = {}  # a sum said twice: where it is first said, with what is said with it the last time
    last: Dict[str, tuple] = {}
    for cap, said, values, at in _amounts_at(text):
        first.setdefault(said, at)
        last[said] = (cap, said, values, multiples.get(at))
    placed = [(first[said], entry) for said, entry in last.items()]
    placed += [(at, ("", zh, (), (_SHARE, zh, en))) for at, zh, en in _shares(text)]
    amounts = [entry for _at, entry in sorted(placed, key=lambda p: p[0])]
    if not amounts:
        return ""
    shares = any(m and m[0] == _SHARE for _, _, _, m in amounts)
    n = len(amounts)
    if lang == "en":
        noun = "fine" if "罚款" in text else ("subsidy" if MONEY_NOUN.search(text) else "sum")
        plural = {"fine": "fines", "subsidy": "subsidies", "sum": "sums"}[noun]
        caps = {cap for cap, _, _, _ in amounts}

        def each_en(cap: str, printed: str, values, multiple) -> str:
            if multiple and multiple[0] == _SHARE:
                return multiple[2]
            if multiple:
                return _multiple_en(multiple, values)
            said = " to ".join(yuan_en(v) for v in values) + _per_en(printed)
            if len(caps) > 1 and cap in _BOUNDS:  # (a bound of its own among sums without: "up to 50,000", not "50,000")
                said = f"{_BOUNDS[cap]} {said}"
            return said + (" yuan" if shares and not _per_en(printed) else "")  # (beside a share, each sum its unit)

        each = [each_en(cap, printed, values, multiple) for cap, printed, values, multiple in amounts]
        listed = each[0] if n == 1 else ", ".join(each[:-1]) + " and " + each[-1]
        yuan = "" if shares or _per_en(amounts[-1][1]) else " yuan"  # (the last sum's unit ends the sentence)
        first = next(iter(caps))
        upto = (_BOUNDS.get(first, "up to") + " ") if len(caps) == 1 and first else ""
        count = _COUNT_EN[n] if n <= 10 else str(n)
        if n == 1:
            return f", including a {noun} of {upto}{listed}{yuan}"
        return f", including {count} {plural} of {upto}{listed}{yuan}"
    caps = {cap for cap, _, _, _ in amounts}

    def said(cap: str, printed: str, multiple) -> str:
        if multiple and multiple[0] == _SHARE:  # "建设项目总投资额百分之一至百分之五"
            return printed
        if multiple:  # "货值金额二倍至二十倍（货值金额不足十万元的，二十万元至二百万元）"
            basis, case, _low, _high, times = multiple
            return f"{basis}{times}（{case}的，{printed}）"
        return printed + cap if cap in _BOUNDS else cap + printed

    if len(caps) == 1 and next(iter(caps)) not in _BOUNDS and not multiples and not shares:
        listed = next(iter(caps)) + "、".join(t for _, t, _, _ in amounts)
    else:
        listed = "、".join(said(cap, t, multiple) for cap, t, _, multiple in amounts)
    count = f"{_COUNT_ZH[n]}项" if 1 < n <= 10 else (f"{n}项" if n > 10 else "")
    noun = "罚款" if "罚款" in text else ("支持" if MONEY_NOUN.search(text) else "金额")
    return f"，含{listed}{count}{noun}" if count else f"，含{listed}的{noun}"
