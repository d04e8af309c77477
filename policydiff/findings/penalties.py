"""Penalties: a sanction's range or kind, said as one change per fine.

"处1000元以上3000元以下的罚款" → "处1000元以上2000元以下的罚款" is
"罚款由1000–3000元降为1000–2000元", whatever the edits inside the digits.
Fines are grouped by what they are (罚款, 罚金, 拘留), how they are counted
(a sum, a multiple of 违法所得, a rate of 出资金额) and on whom they fall; in
each group a range found in both versions is kept, not new. When an article
is split by case and only some cases get the new range, the note says the
rest keep the old one. Kinds of sanction that come or go (吊销营业执照,
撤销公司登记, 责令停业整顿) are notes of their own.
"""
from __future__ import annotations

import re
from typing import Dict, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind, Op
from ..normalize import HAN
from ..textratio import common_prefix, in_order
from .changes import Note, clip
from .figure_changes import direction
from .references import quoted_en
from .sentences import span_at
from .values import Value, parse_values

_PER_EN = {"平方米": "m²", "立方米": "m³", "吨": "tonne", "日": "day", "天": "day", "辆": "vehicle",
           "亩": "mu", "公顷": "hectare", "件": "item"}
#: A fine imposed each time (day) the breach is met (values.py), as said after the sum.
_EACH_TIME = {"按次": "per occurrence", "按日": "per day"}
_EN_SUBJECT = {"罚款": "fine", "罚金": "criminal fine", "拘留": "detention"}


def _group(v: Value) -> Tuple[str, str, str]:
    """Fines comparable with each other: same sanction, same measure, same person fined."""
    return (v.subject or "", "元" if v.kind == "amount" else v.unit, v.target)


def _dedupe(values: Sequence[Value]) -> List[Value]:
    return list({v.key: v for v in values}.values())


def _listed(values: Sequence[Value], lang: str, with_basis: bool = True) -> str:
    sep = "、" if lang == "zh" else ", "
    out = []
    for v in values:
        shown = v.display(lang)
        if with_basis and v.basis in _EACH_TIME:
            shown = f"{shown}（{v.basis}）" if lang == "zh" else f"{shown} {_EACH_TIME[v.basis]}"
        elif with_basis and v.basis.startswith("每"):
            shown = f"{v.basis}{shown}" if lang == "zh" else f"{shown} per {_PER_EN.get(v.basis[1:], v.basis[1:])}"
        elif with_basis and v.basis:
            shown = f"{v.basis}{shown}" if lang == "zh" else _of_basis(shown, v.basis)
        out.append(shown)
    return sep.join(out)


def _of_basis(shown: str, basis: str) -> str:
    """"1–5 times the illegal gains", "5–15% of the false capital contribution": a multiple or share of what the fine is
    reckoned on, in English when EN_WORDS has it, else quoted ("1–5 times of 违法所得" was clumsy to the seventy-fifth
    reading's English reader)."""
    said = _said_en(basis)
    if shown.endswith("times"):
        return f"{shown} {'the ' if not said.startswith(('the ', '“')) else ''}{said}"
    return f"{shown} of {said}"


def _floored(v: Value) -> Value:
    """A fine "X以下" has a floor of nothing: 2万元以下 → 2万–20万元 is a rise."""
    from dataclasses import replace

    return replace(v, low=0.0) if v.low is None else v


#: The Chinese words an English penalty note would carry (who is fined, a sanction), in English.
EN_WORDS = {
    "直接负责的主管人员和其他直接责任人员": "the responsible persons",
    "其直接负责的主管人员和其他直接责任人员": "its responsible persons",  # (对其…: "fine on 其the responsible persons", 会计法)
    "直接负责的主管人员和其他责任人员": "the responsible persons",  # (海洋环境保护法 第一百零三条's wording)
    # ("fine added on 单位the responsible persons", 文物保护法 第九十五条, the English reading 306)
    "单位直接负责的主管人员和其他直接责任人员": "the entity's responsible persons",
    "单位直接负责的主管人员和其他责任人员": "the entity's responsible persons",
    "没收违法所得": "confiscation of illegal gains", "违法所得": "illegal gains", "货值金额": "the value of the goods",
    "涉及金额": "the amount involved", "所得收入": "income",
    "吊销营业执照": "revocation of the business licence", "撤销公司登记": "revocation of the company registration",
    "吊销直接责任人员的资格证书": "revocation of the responsible persons' qualification certificates",
    "吊销排污许可证": "revocation of the pollutant discharge permit", "吊销经营许可": "revocation of the operating permit",
    "责令停业整顿": "suspension for rectification", "责令停产停业": "order to stop production or business",
    "暂扣或者吊销许可证": "suspension or revocation of permits", "暂扣或者吊销执照": "suspension or revocation of licences",
    "没收非法财物": "confiscation of illegal property", "通报批评": "public criticism",
    "警告": "warning", "拘留": "detention", "吊销其经营许可": "revocation of its operating permit",
    "责令停业": "order to suspend business", "吊销登记证书": "revocation of the registration certificate",
    "责令限期停止活动": "order to stop activities within a time limit", "责令停止活动": "order to stop activities", "虚假出资金额": "the false capital contribution",
    "虚假出资或者未出资金额": "the false or unpaid capital contribution",
    "吊销相关任职资格许可": "revocation of the relevant qualification licences", "予以通报": "a circulated notice",
    "建设项目总投资额": "the project's total investment", "责令该机构停业": "order to suspend the firm's business",
}
#: The cases a tier is for, in English ("20万元以下，情节严重的20万–100万元" → "…, 200,000–1,000,000 yuan in serious cases").
_CASES_EN = {"情节严重的": "in serious cases", "情节特别严重的": "in especially serious cases",
             "情节较轻的": "in minor cases", "拒不改正的": "if not corrected",
             "拒不关闭或者拆除的": "if not closed or removed"}
_EN_ORDER: list = []  # EN_WORDS' keys, longest first (made on first use)
#: Who a fine is on, said whole, in English (a word that stands inside other words too, so never replaced in a text).
_TARGETS_EN = {"单位": "the entity", "其单位": "its entity", "个人": "individuals"}


def _case_en(case: str) -> str:
    """" in serious cases" for "情节严重的"; " where “<case>”" for a case not in _CASES_EN; "" for none."""
    return f" {_CASES_EN[case]}" if case in _CASES_EN else (f" where “{case}”" if case else "")


def _target_en(target: str) -> str:
    """Who a fine is on, in English, else quoted (the law's words: "fine on “建设单位”")."""
    return _TARGETS_EN.get(target) or _said_en(target)


def _said_en(text: str) -> str:
    """``text`` in English (EN_WORDS), else quoted as the law's words: "sanction removed: 责令该机构停业" left an English reader
    without the sanction (useless in the seventy-sixth reading)."""
    titled = _REVOKED_TITLE.match(text)
    if titled:  # (a licence by its title: "revocation of 《商用密码产品销售许可证》", here and in document.py)
        return f"revocation of {titled.group(1)}"
    said = in_english(text)
    # (and when some of it is left in Chinese: "没收农产品和illegal gains" is neither)
    return quoted_en(text) if said == text or HAN.search(said) else said


_REVOKED_TITLE = recache.compile(r"^吊销(《[^《》]+》)$")


def in_english_unquoted(text: str) -> str:
    """``text`` in English but for quotes that EN_WORDS cannot say whole: a quote is the law's words, kept whole ("sanction
    “没收违法所得” replaced by “没收种畜禽和违法所得”" was "…replaced by “没收种畜禽和illegal gains”" in the English headline)."""
    def said(part: str) -> str:
        english = in_english(part)
        return part if part.startswith("“") and HAN.search(english) else english

    return "".join(said(part) for part in _QUOTED.split(text))


_QUOTED = recache.compile(r"(“[^”]*”)")


def in_english(text: str) -> str:
    """``text`` with the Chinese words of EN_WORDS in English (the longest first: "其直接负责的…" before "直接负责的…")."""
    if not _EN_ORDER:
        _EN_ORDER.extend(sorted(EN_WORDS, key=len, reverse=True))
    for zh in _EN_ORDER:
        if zh in text:
            text = text.replace(zh, EN_WORDS[zh])
    return text


#: The case a tier of fines is for: the clause it stands in opens with it ("情节严重的，对单位可以并处…").
_CASE = recache.compile(r"([^，。；：、\n]{2,12}的)，")


def _case_at(v: Value, text: str) -> Tuple[str, int]:
    """The case the clause of ``v`` opens with ("情节严重的", or "") and where the clause starts; or the
    case said in the phrase just before the fine's ("…的罚款，情节严重的，可以处五十万元以上…", 会计法 第四十一条:
    the twenty-third reading)."""
    start, own, before = _phrase_before_the_fine(v, text)
    m = _CASE.match(text, start, v.start)
    if m:
        return m.group(1), start
    if before >= start and (_CASE.fullmatch(text, before, own + 1) or _LONG_CASE.fullmatch(text, before, own + 1)):
        return text[before:own], before
    return "", start


#: A longer case said in the phrase just before a fine's, when it is a case of the fine's measure: "上一年度没有销售额或者
#: 销售额难以计算的，处五百万元以下的罚款" (反垄断法 第六十二条: "改为500万元以下" read as the new fine of every unit, which is
#: 1% of its turnover; misleading in reading 795); or the effect a fine's case lacks: "不具有排除、限制竞争效果的，处五百万元以下
#: 的罚款" (反垄断法 第四十八条 → 第五十八条: "罚款由50万元以下提高到500万元以下" read as the fine of every concentration, where
#: one that restricts competition is fined 10% of its turnover: misleading, left undone in the last sessions' notes).
_LONG_CASE = recache.compile(r"([^，。；：、\n]{2,24}(?:没有|难以|不足|无法)[^，。；：、\n]{0,12}的|不具有[^，。；：\n]{2,20}的)，")


def _phrase_before_the_fine(v: Value, text: str) -> Tuple[int, int, int]:
    """(where the clause of ``v`` starts, where the fine's own phrase starts (its "，"), where the phrase just before
    that starts, or -1 when the fine's phrase opens the clause). Not a 、 inside a case ("不具有排除、限制竞争效果的"); the
    clause's own opening when no other phrase stands before it."""
    start = max(text.rfind(mark, 0, v.start) for mark in "。；：\n") + 1
    own = text.rfind("，", start, v.start)
    before = max(text.rfind("，", start, own) + 1, start) if own > start else -1
    return start, own, before


def _case_before(v: Value, text: str) -> str:
    """The longer case (_LONG_CASE) said in the phrase just before the fine's, inside a clause that opens on another
    case ("拒不改正的，…，处…一倍以上三倍以下罚款，没有采出矿产品或者…不足十万元的，处十万元以上…"), or ""."""
    start, own, before = _phrase_before_the_fine(v, text)
    return text[before:own] if before > start and _LONG_CASE.fullmatch(text, before, own + 1) else ""


def case_of(v: Value, text: str) -> str:
    """The case the clause of ``v`` opens with ("情节严重的"), or ""."""
    return _case_at(v, text)[0]


def _own_cases(values: Sequence[Value], text: str) -> List[Tuple[str, int]]:
    """For each tier, (the case of its own it is for, where its clause starts): its clause's case when that
    differs from the first tier's; "" for the first tier, and for one of the same case or of none."""
    at = [_case_at(v, text) for v in values] if text else [("", 0)] * len(values)
    first = at[0][0] if at else ""
    return [("", start) if k == 0 or case == first else (case, start) for k, (case, start) in enumerate(at)]


def _case_clauses(values: Sequence[Value], text: str) -> Tuple[str, ...]:
    """The clauses of the tiers ``_cased`` names the case of, from their case to their fine: what
    the note says, so no wording note quotes them again ("新增“情节严重的，对单位可以并处二十万”")."""
    return tuple(_case_clause(v, text, case, at) for v, (case, at) in zip(values, _own_cases(values, text)) if case)


def _case_clause(v: Value, text: str, case: str, at: int) -> str:
    """The clause from its case to the fine ``v``, when it says nothing else (what stands between them,
    but the last phrase, are fines: "情节严重的，对单位可以并处…的罚款，对其直接负责的主管人员…可以处"); else the
    case alone ("拒不关闭或者拆除的，强制关闭、拆除，所需费用由违法者承担，处…": the rest is not the fine's)."""
    between = text[at + len(case) + 1:v.start].split("，")
    return text[at:v.end] if all("罚款" in phrase for phrase in between[:-1]) else case


def _cased(values: Sequence[Value], text: str, lang: str, with_basis: bool = True) -> str:
    """``_listed``, with the case of each tier after the first whose clause opens with a case of its
    own: "20万元以下，情节严重的20万–100万元" (会计法 第四十二条 → 第四十条), not "20万元以下、20万–100万元"."""
    cases = [case for case, _ in _own_cases(values, text)]
    if not any(cases):
        return _listed(values, lang, with_basis)
    out = _listed(values[:1], lang, with_basis)
    for v, case in zip(values[1:], cases[1:]):
        shown = _listed([v], lang, with_basis)
        if case:
            out += f"，{case}{shown}" if lang == "zh" else f", {shown}{_case_en(case)}"
        else:
            out += f"、{shown}" if lang == "zh" else f", {shown}"
    return out


def _step(o: Value, n: Value) -> int:
    return direction(_floored(o), _floored(n))


def _trend(befores: Sequence[Value], afters: Sequence[Value]) -> int:
    steps = {_step(o, n) for o in befores for n in afters}
    if steps == {1}:
        return 1
    if steps == {-1}:
        return -1
    return 0


_VERB = {1: ("提高到", "raised to"), -1: ("降为", "lowered to"), 0: ("改为", "changed to")}


def _note(zh: str, en: str, gone: Sequence[Value], came: Sequence[Value], old: str, new: str, subject: str,
          said: Tuple[str, ...] = ()) -> Note:
    # (what a multiple or rate is counted on too: "“出资金额”改为“出资或者未出资金额”" beside "罚款由虚假出资金额5%–15%改为
    # 虚假出资或者未出资金额5%–15%" said it twice, 公司法 第一百九十九条, useless in the thirty-first reading)
    evidence = tuple(t for v in list(gone) + list(came) for t in (v.text, v.figures, v.basis) if t) + said
    return Note(Finding(FindingKind.PENALTY_CHANGED, clip(old) or None, clip(new) or None, zh, en,
                        subject=subject), evidence)


def offsets_in_old(pair) -> List[int]:
    """For each character of the new text, where it stands in the old one (an insertion: where it went in)."""
    out: List[int] = []
    o = 0
    for op, text in pair.diff:
        if op is Op.EQUAL:
            out.extend(range(o, o + len(text)))
            o += len(text)
        elif op is Op.INSERT:
            out.extend([o] * len(text))
        else:
            o += len(text)
    out.append(o)
    return out


def _counterpart(v: Value, olds: Sequence[Value], to_old: List[int]) -> Optional[Value]:
    """The old fine that stood where ``v`` stands now, by the diff."""
    if not olds or not to_old:
        return None
    lo, hi = to_old[min(v.start, len(to_old) - 1)], to_old[min(v.end, len(to_old) - 1)]
    return next((o for o in olds if o.start <= hi and lo <= o.end and (lo, hi) != (o.end, o.end)), None)


#: A fine tied to items of the list before it: "有前款第（二）、（四）项行为之一的，处…的罚款".
_BY_ITEMS = recache.compile(r"有前款(第[^，。；]{1,30}?项)行为(?:之一)?的，[^，。；]{0,12}$")
#: An item number in "第（一）、（三）项" or "第一项、第二项".
ITEM_NUMBER = recache.compile(r"[一二三四五六七八九十]+|\d+")


def _items(v: Value, text: str) -> List[str]:
    """The items a fine is for (["一", "三"]), when the provision ties its fines to items."""
    m = _BY_ITEMS.search(text, max(0, v.start - 60), v.start)
    return [] if m is None else ITEM_NUMBER.findall(m.group(1))


def _items_span(v: Value, text: str) -> str:
    """The words from "有前款第…项行为…的" to the fine ``v``, when the fine is tied to items; else ""."""
    m = _BY_ITEMS.search(text, max(0, v.start - 60), v.start)
    return text[m.start():v.end] if m else ""


def _tiers(values: Sequence[Value], text: str) -> List[Tuple[Value, List[str]]]:
    """Each range once, in the order of the text, with the items it is for (["三", "四"]; [] if none)."""
    numbers: Dict[object, Tuple[Value, List[str]]] = {}
    for v in values:
        numbers.setdefault(v.key, (v, []))[1].extend(n for n in _items(v, text) if n not in numbers[v.key][1])
    return list(numbers.values())


def _item_label(numbers: List[str], lang: str) -> str:
    """["一", "三"] → "第一、三项" (zh), "items 1, 3" (en)."""
    from ..numerals import value

    if lang == "zh":
        return f"第{'、'.join(numbers)}项"
    shown = [str(int(value(n))) if not n.isdigit() and value(n) is not None else n for n in numbers]
    return f"item{'s' if len(shown) > 1 else ''} {', '.join(shown)}"


def _by_items(subject: str, target: str, olds: List[Value], news: List[Value], old_text: str,
              new_text: str) -> Optional[List[Note]]:
    """Fines tied to items of a list, in both versions, and changed: one note with each version's
    tiers and their items, and the highest fine before and after. The items were rewritten and
    renumbered with them (海洋环境保护法 第七十三条 → 第九十三条), so a tier cannot be paired with
    the one that stood in its place: "由2万–10万元改为1万–20万元" was said of fines for other acts."""
    old_tiers, new_tiers = _tiers(olds, old_text), _tiers(news, new_text)
    if sum(1 for _, i in old_tiers if i) < 2 or sum(1 for _, i in new_tiers if i) < 2:
        return None
    if [(v.key, i) for v, i in old_tiers] == [(v.key, i) for v, i in new_tiers]:
        return []

    def listed(tiers, lang: str) -> str:
        if lang == "zh":
            return "，".join(f"{_item_label(i, 'zh')}{_listed([v], 'zh')}" if i else _listed([v], "zh")
                            for v, i in tiers)
        return ", ".join(f"{_listed([v], 'en')} ({_item_label(i, 'en')})" if i else _listed([v], "en")
                         for v, i in tiers)

    en_subject = _EN_SUBJECT.get(subject, subject)
    who, who_en = (f"对{target}", f" on {_target_en(target)}") if target else ("", "")
    tiers_zh = f"{subject}档次按项调整：原{listed(old_tiers, 'zh')}；现{listed(new_tiers, 'zh')}"
    tiers_en = f"{en_subject} tiers by item: before {listed(old_tiers, 'en')}; now {listed(new_tiers, 'en')}"
    numbers = {n for tiers in (old_tiers, new_tiers) for _, items in tiers for n in items}
    if not _same_items(numbers, old_text, new_text):
        # (the items themselves rewritten: a number is not the same act in both, 海洋环境保护法 第七十四条 → 第九十四条'
        # "原第一、三项…；现第一、三项…" read as the same acts re-tiered, wrong in the thirty-eighth reading)
        tiers_zh = f"{subject}档次：原{listed(old_tiers, 'zh')}；现{listed(new_tiers, 'zh')}；所列行为已调整，各项不一一对应"
        tiers_en = (f"{en_subject} tiers: before {listed(old_tiers, 'en')}; now {listed(new_tiers, 'en')}; the listed "
                    f"acts changed too, items do not correspond one to one")
    zh, en = f"{who}{tiers_zh}", f"{en_subject}{who_en} changed; {tiers_en}"
    tops = [max((v.high for v, _ in tiers), default=None) if all(v.high is not None for v, _ in tiers) else None
            for tiers in (old_tiers, new_tiers)]
    if None not in tops and tops[0] != tops[1] and all(v.kind == "amount" and (not v.basis or v.basis in _EACH_TIME)
                                                       for v, _ in old_tiers + new_tiers):
        # said as stories.py reads a range that moved: "由<old>提高到<new>（", "raised from <old> to <new>;"
        top_old = next(v for v, _ in old_tiers if v.high == tops[0])
        top_new = next(v for v, _ in new_tiers if v.high == tops[1])
        verb, verb_en = ("提高到", "raised") if tops[1] > tops[0] else ("降为", "lowered")
        zh = f"{who}最高{subject}由{_top(top_old, 'zh')}{verb}{_top(top_new, 'zh')}（{tiers_zh}）"
        en = (f"the highest {en_subject}{who_en} {verb_en} from {_top(top_old, 'en')} to {_top(top_new, 'en')}; "
              f"{tiers_en}")
    gone = [v for v, _ in old_tiers]
    came = [v for v, _ in new_tiers]
    # the sentences of the tiers, "有前款第三项行为的，处十万元以上一百万元以下", are said by the note
    said = tuple(dict.fromkeys(span for values, text in ((olds, old_text), (news, new_text))
                               for v in values for span in [_items_span(v, text)] if span))
    return [_note(zh, en, gone, came, "；".join(v.text for v in gone), "；".join(v.text for v in came), subject, said)]


#: An item of a list: its number and its text.
_LIST_ITEM = recache.compile(r"[（(]([一二三四五六七八九十]+)[)）]([^；。\n]*)")
#: Items under the same number this alike (0–100) are the same act.
SAME_ITEM = 70


def _same_items(numbers, old_text: str, new_text: str) -> bool:
    """Every item of ``numbers`` is the same act under its number in both versions."""
    from rapidfuzz.fuzz import ratio

    olds, news = dict(_LIST_ITEM.findall(old_text)), dict(_LIST_ITEM.findall(new_text))
    return all(n in olds and n in news and ratio(olds[n], news[n]) >= SAME_ITEM for n in numbers)


#: An item's act this alike (fuzz.ratio, 0–100) to a conduct an old fine punished is that conduct, if no other
#: item of the list is within ITEM_MARGIN of it.
ITEM_ACT, ITEM_MARGIN = 55, 20


def item_for_conduct(conduct: str, acts: Dict[str, str]) -> Optional[str]:
    """The item of ``acts`` (its label → its words) that states ``conduct`` ("违反本法规定，不按照许可证的规定倾倒，或者向…
    倾倒废弃物的"), one of the acts it joins with 或者 being as alike as ITEM_ACT and no other item within ITEM_MARGIN."""
    from rapidfuzz.fuzz import ratio

    from .rewrites import BREACH

    parts = [p for p in re.split(r"，?或者", BREACH.sub("", conduct)) if p]
    if len(acts) < 2 or not parts:
        return None
    scores = {n: max(ratio(p, act) for p in parts) for n, act in acts.items()}
    best = max(scores, key=scores.get)
    if scores[best] < ITEM_ACT or any(scores[n] > scores[best] - ITEM_MARGIN for n in scores if n != best):
        return None
    return best


def _to_its_item(became: Dict[object, List[Value]], fresh: List[Value], news: List[Value], old_text: str,
                 new_text: str) -> Tuple[Dict[object, List[Value]], List[Value]]:
    """An old fine not tied to items that the diff put where a fine tied to an item now stands
    ("有前款第三项行为的，处…") is paired with the fines of the item that is its conduct, when one item is
    (海洋环境保护法 第八十五条 → 第一百零七条: "不按照许可证的规定倾倒" is item (四) "未按照倾倒许可证的规定倾倒废弃物的",
    fined 20万–100万元; it was "由3万–20万元提高到有前款第三项行为的3万–30万元", item (三) being another act)."""
    acts = dict(_LIST_ITEM.findall(new_text))
    by_item: Dict[str, List[Value]] = {}
    for v in news:
        for n in _items(v, new_text):
            by_item.setdefault(n, []).append(v)
    if len(by_item) < 2:
        return became, fresh
    out: Dict[object, List[Value]] = {}
    for key, (o, *ns) in became.items():
        tied = {n for v in ns for n in _items(v, new_text)}
        if not tied or _items(o, old_text):
            out[key] = [o, *ns]
            continue
        best = item_for_conduct(_conduct_of(_line_of(old_text, o.start)), {n: acts.get(n, "") for n in by_item})
        if best is None or best in tied:
            out[key] = [o, *ns]
            continue
        theirs = _dedupe(by_item[best])
        taken = {t.key for t in theirs}
        out[key] = [o, *theirs]
        fresh = [v for v in [*fresh, *ns] if v.key not in taken]  # (the fines that stood in its place: another item's)
    return out, sorted(_dedupe(fresh), key=lambda v: v.start)


def _counted_with_their_fallbacks(olds: Sequence[Value], news: Sequence[Value], new_text: str) -> Dict[int, tuple]:
    """id → group of each new fine counted on something (上一年度销售额…%) that no old fine of its measure stood for,
    weighed with the fines in sums (元) of its sentence that follow it for a case of their own (its fallback) when old
    fines in sums stood there: the old sum became the two (_counted_fine_before)."""
    out: Dict[int, tuple] = {}
    old_groups = {_group(o) for o in olds}
    for f in news:
        own = _group(f)
        if not f.basis or own in old_groups or case_of(f, new_text):
            continue
        for n in news:
            g = _group(n)
            if n.start > f.start and g != own and g[0] == own[0] and g[2] == own[2] and g in old_groups \
                    and case_of(n, new_text) and _one_sentence(f, n, new_text):
                out[id(f)] = g
                break
    return out


def _counted_fine_before(ns: List[Value], fresh: List[Value], new_text: str) -> Optional[Value]:
    """The new fine counted on something (上一年度销售额) that opens the sentence of the one fine ``ns`` an old fine became,
    when that one is given for a case of its own the counted one is not (a fallback: "上一年度没有销售额的", "不具有排除、限制
    竞争效果的"); else None."""
    if len(ns) != 1 or not new_text or not case_of(ns[0], new_text):
        return None
    n = ns[0]
    for v in fresh:
        if v.basis and v.basis != n.basis and v.start < n.start and not case_of(v, new_text) \
                and _one_sentence(v, n, new_text):
            return v
    return None


def _one_sentence(first: Value, then: Value, text: str) -> bool:
    """No sentence or line ends between the two values (``first`` before ``then``)."""
    return not any(mark in text[first.end:then.start] for mark in "。\n")


def _top(v: Value, lang: str) -> str:
    """A fine's ceiling alone: 3万–20万元 → 20万元."""
    from dataclasses import replace

    return replace(v, low=v.high, text=v.text).display(lang)


def _group_notes(subject: str, target: str, olds: List[Value], news: List[Value], to_old: List[int],
                 old_text: str = "", new_text: str = "") -> List[Note]:
    tiered = _by_items(subject, target, olds, news, old_text, new_text) if olds and news else None
    if tiered is not None:
        return tiered
    en_subject = _EN_SUBJECT.get(subject, subject)
    who, who_en = (f"对{target}", f" on {_target_en(target)}") if target else ("", "")
    old_keys, new_keys = {v.key for v in olds}, {v.key for v in news}
    gone = _dedupe([v for v in olds if v.key not in new_keys])
    # Each new range with the old one that stood in its place (the diff says where), every place of it: the same new
    # fine in two paragraphs replaced two old ones (文物保护法 第七十一条 → 第八十八条: 违法经营额2–5倍 and 1–3倍 both became
    # 2–10倍; "删除罚款：处违法经营额2–5倍" was wrong in reading 300).
    became: Dict[object, List[Value]] = {}
    fresh: List[Value] = []
    for v in [v for v in news if v.key not in old_keys]:
        o = _counterpart(v, olds, to_old)
        if o is None:
            fresh.append(v)
        elif all(n.key != v.key for n in became.get(o.key, ())[1:]):
            became.setdefault(o.key, [o]).append(v)
    placed = {n.key for ns in became.values() for n in ns[1:]}
    fresh = _dedupe([v for v in fresh if v.key not in placed])
    gone = [o for o in gone if o.key not in became]
    if became and old_text and new_text:
        became, fresh = _to_its_item(became, fresh, news, old_text, new_text)
    if len(gone) == 1 and len(fresh) == 1:  # one range out, one in: the one became the other
        became[gone[0].key] = [gone[0], fresh[0]]
        gone, fresh = [], []
    if target and len(became) == 1 and fresh and not gone and next(iter(became)) not in new_keys:
        # The one fine on a named party there was is gone and the new ones on it stand in its place:
        # it became all of them
        # (会计法 第四十二条 → 第四十条: 对直接责任人员 2000元–2万元 → 5万元以下, 情节严重的 5万–50万元;
        # not "提高到5万–50万元" and a "new tier" of 5万元以下 beside it).
        o, *ns = next(iter(became.values()))
        became = {o.key: [o, *sorted(ns + fresh, key=lambda v: v.start)]}
        fresh = []
    notes: List[Note] = []
    def changed(before: List[Value], after: List[Value]) -> Tuple[str, str]:
        """"<who>罚款由<before>提高到/降为/改为<after>" and its English (a fine counted on something else,
        违法所得 or 每平方米, is neither higher nor lower: 改为); a tier of its own case is said with it
        ("20万元以下，情节严重的20万–100万元")."""
        trend = _trend(before, after) if all(o.basis == n.basis for o in before for n in after) else 0
        zh_verb, en_verb = _VERB[trend]
        with_basis = any(n.basis != o.basis for o in before for n in after)
        # A case the new fine is now given for that the old one had none of: "改为情节严重的虚假出资或者未出资金额5%–15%"
        # (公司法 第一百九十九条 → 第二百五十二条: the percentage fine, once always imposed, is now for serious cases only;
        # its headline did not say so, wrong in the thirty-fifth reading)
        case = case_of(after[0], new_text) if after and new_text else ""
        case = case if case and before and not case_of(before[0], old_text) else ""
        # (not the line between a crime and an offence the old text drew too: "拘留由15日以下降为尚不构成犯罪的10日以下",
        # 反间谍法 第三十一条 → 第六十条, where the old detention stood beside "构成犯罪的，依法追究刑事责任")
        case = "" if "不构成犯罪" in case and "构成犯罪" in old_text else case
        return (f"{who}{subject}由{_cased(before, old_text, 'zh')}{zh_verb}{case}"
                f"{_cased(after, new_text, 'zh', with_basis)}",
                f"{en_subject}{who_en} {en_verb.replace(' to', '')} from {_cased(before, old_text, 'en')} "
                f"to {_cased(after, new_text, 'en')}{_case_en(case)}")

    # The one new fine on a party standing where its first tier stood, its other tiers gone: all of them became it
    # ("对个人可以处二万元以下的罚款…；情节严重的，对个人处二万元以上十万元以下的罚款" → "对个人处五十万元以下的罚款", 反垄断法 第五十二条
    # → 第六十二条: "删除罚款：对个人处2万–10万元" beside "提高到50万元以下" read as a tier dropped, wrong in reading 311).
    tiers_of: Dict[object, List[Value]] = {}
    # (or the two new fines of its sentence, one counted on sales and its fallback, "对单位处上一年度销售额百分之一以下的罚款，
    # 上一年度没有销售额或者销售额难以计算的，处五百万元以下的罚款", the same article)
    lone = len(fresh) == 1 or len(fresh) == 2 and _counted_fine_before(fresh[1:], fresh[:1], new_text) is fresh[0]
    if target and not became and lone and len(gone) >= 2 and all(v.target == target for v in gone):
        first, *rest = sorted(gone, key=lambda v: v.start)
        became, tiers_of[first.key] = {first.key: [first, *fresh]}, rest
        gone, fresh = [], []
    for key, (o, *ns) in list(became.items()):
        lead = _counted_fine_before(ns, fresh, new_text)
        if lead is not None:
            # (a fine now counted on sales that the fallback the old fine became follows: "罚款由50万元以下改为上一年度销售额
            # 10%以下，不具有排除、限制竞争效果的500万元以下", not "提高到不具有…的500万元以下" beside "新增罚款：处上一年度销售额
            # 10%以下" read as a fine added to one kept, 反垄断法 第四十八条 → 第五十八条, wrong in readings 1497 and 1949)
            became[key] = [o, lead, *ns]
            fresh = [v for v in fresh if v.key != lead.key]
    for o, *ns in became.values():
        partial = o.key in new_keys
        before = [o] + tiers_of.get(o.key, [])
        zh, en = changed(before, ns)
        if partial:
            zh += f"（部分情形；另有情形仍为{_listed([o], 'zh')}）"
            en += f" in some cases; other cases keep {_listed([o], 'en')}"
        notes.append(_note(zh, en, before, ns, "；".join(v.text for v in before), "；".join(n.text for n in ns), subject,
                           _case_clauses(ns, new_text)))
    def apart(group: List[Value]) -> Optional[Note]:
        """The note of new fines that stand in one paragraph, when that paragraph is a conduct of its own."""
        # (an old fine that became a fine of this paragraph is said by that note: 反垄断法 第四十六条's 50万元以下 became
        # 300万元以下 beside it, and the new cases' fines were "罚款由50万元以下提高到500万元以下、100万元以下", wrong in reading 311)
        line = _line_of(new_text, group[0].start)
        placed_here = {o.key for o, *ns in became.values() if any(_line_of(new_text, n.start) == line for n in ns)}
        kept = _same_conduct(group, [o for o in olds if o.key not in placed_here], old_text, new_text)
        if kept:
            # The paragraph of the same conduct, its fines changed, while the old fines stand in another paragraph for
            # another conduct (道路运输条例 2019 → 2023 第六十五条: 机动车维修 not filed, 5000元–2万元 → 3000元–1万元, while
            # 5000元–2万元 now fines the goods stations and driver training not filed; it was "新增罚款档次：处3000元–1万元
            # （低于原有的…，原档次仍保留）", wrong in reading 115).
            conduct, before = kept
            zh, en = changed(before, group)
            return _note(f"{conduct}：{zh}", f"{conduct}: {en}", before, group, "；".join(v.text for v in before),
                         "；".join(v.text for v in group), subject)
        carved = _carved_out(group, olds, old_text, new_text) or _party_split(group, olds, news, old_text, new_text)
        if carved:
            # A conduct taken out of a paragraph into one of its own, with its own fine: that conduct's
            # fine changed (道路运输条例 第七十五条 → 第七十四条: 未标明国籍识别标志, fined with the unlicensed
            # transport at 3万–6万元, is now fined 200–2000元; it was "新增罚款档次…低于原有的3万–6万元").
            conduct, before, taken_out = carved
            zh, en = changed(before, group)
            return _note(f"{conduct}：{zh}（单列一款）", f"{conduct}: {en} (now a paragraph of its own)", before, group,
                         "；".join(v.text for v in before), "；".join(v.text for v in group), subject, taken_out)
        if _in_new_paragraphs(group, old_text, new_text):
            # A fine in a paragraph the provision did not have is for conduct it did not punish: no tier
            # of the fines beside it (道路运输条例 第七十五条's new 备案 fine was "低于原有的3万–6万元", the
            # foreign operators' fine, the 2026-12-01 reading).
            zh = f"新增{subject}：{who}{_imposed(group, new_text)}{_listed(group, 'zh')}（{_conduct(group[0], new_text)}）"
            en = (f"{_may(group, new_text)}{en_subject} added{who_en}: {_listed(group, 'en')} "
                  f"({_conduct(group[0], new_text)})")
            return _note(zh, en, [], group, "", "；".join(v.text for v in group), subject)
        return None

    put_in = fresh
    if fresh and olds:
        # Each paragraph's new fines apart (道路运输条例 2019 → 2023 第七十五条 → 第七十四条: the 国籍识别标志 paragraph carved
        # out of the old one, 3万–6万元 → 200–2000元, and a new paragraph's 备案 fine, 5000元–2万元, were one "新增罚款：处200–
        # 2000元、5000元–2万元（外国国际道路运输经营者未按照规定标明国籍识别标志的）", wrong in reading 114); the fines no
        # paragraph of their own explains are a tier of the fines beside them, below.
        paragraphs = list(dict.fromkeys(_line_of(new_text, v.start) for v in fresh))
        rest: List[Value] = []
        for paragraph in paragraphs:
            group = fresh if len(paragraphs) == 1 else [v for v in fresh if _line_of(new_text, v.start) == paragraph]
            note = apart(group)
            if note is None:
                rest += group
            else:
                notes.append(note)
        fresh = rest
    if fresh and olds:
        # A new tier beside fines the provision already had: say how it stands to them.
        before = _dedupe(olds)
        # Ranges are weighed against ranges ("3000元–3万元" against "1万–3万元", not a flat "3000元").
        alike = [o for o in before if any(o.two_ended == f.two_ended for f in fresh)] or before
        kept = all(o.key in new_keys for o in before)
        before = alike
        gone_keys = {o.key for o in gone}
        counted = [o for o in before if all(o.basis == f.basis for f in fresh)]
        if counted and all(o.key in gone_keys for o in counted):
            # The fines it stands beside are gone from the provision: they became the new ones (海洋环境
            # 保护法 第八十二条 → 第一百零三条: 5万–20万元 → 20万–100万元 and, refusing, 100万–200万元; it was "新增罚款
            # 档次…高于原有的5万–20万元" beside "删除罚款：处5万–20万元").
            zh, en = changed(counted, fresh)
            notes.append(_note(zh, en, counted, fresh, "；".join(v.text for v in counted),
                               "；".join(v.text for v in fresh), subject))
            gone = [o for o in gone if o.key not in {c.key for c in counted}]
            became = {o.key: [o, *fresh] for o in counted}  # (said: no "不再有…一档" below)
        elif len(fresh) >= 2 and (cases := _new_cases(fresh, old_text, new_text)):
            # New fines each given for a case of its own the old text never named: each said with its case ("新增罚款：
            # 上一年度没有销售额的，处500万元以下；…负有个人责任的，处100万元以下", 反垄断法 第四十六条 → 第五十六条), not
            # as tiers above the fine of another case
            zh = "；".join(f"{case}，{who}{_imposed([v], new_text)}{_listed([v], 'zh')}"
                          for v, (case, _) in zip(fresh, cases))
            en = "; ".join(f"{_may([v], new_text)}{_listed([v], 'en')}{who_en}{_case_en(case)}"
                           for v, (case, _) in zip(fresh, cases))
            notes.append(_note(f"新增{subject}：{zh}", f"{en_subject} added: {en}", [], fresh, "",
                               "；".join(v.text for v in fresh), subject, tuple(clause for _, clause in cases)))
        else:
            trend = _trend(before, fresh)
            cmp_zh, cmp_en = {1: ("高于", "above"), -1: ("低于", "below"), 0: ("原有", "beside")}[trend]
            # the case of the new tier ("情节特别严重的", 突发事件应对法 第九十六条), when the fines beside it have another
            at = [_case_at(v, new_text) for v in fresh]
            cases = {c for c, _ in at}
            case = cases.pop() if len(cases) == 1 else ""
            case = case if case and all(case_of(o, old_text) != case for o in before) else ""
            zh = (f"新增{subject}档次：{case + '，' if case else ''}{who}{_imposed(fresh, new_text)}{_listed(fresh, 'zh')}"
                  f"（{cmp_zh if trend else ''}原有的{_listed(before, 'zh')}{'，原档次仍保留' if kept else ''}）")
            en = (f"new {_may(fresh, new_text)}{en_subject} tier{who_en}{_case_en(case)}: {_listed(fresh, 'en')} "
                  f"({cmp_en} the existing "
                  f"{_listed(before, 'en')}{', which remains' if kept else ''})")
            clauses = tuple(_case_clause(v, new_text, c, start) for v, (c, start) in zip(fresh, at)) if case else ()
            notes.append(_note(zh, en, [], fresh, "", "；".join(v.text for v in fresh), subject, clauses))
    elif fresh:
        # In a paragraph the provision did not have, a fine is said with what it punishes (体育法 第四十九条
        # → 第一百一十二条: the athletes' cheating, not the gambling of the old article).
        said = f"（{_conduct(fresh[0], new_text)}）" if _in_new_paragraphs(fresh, old_text, new_text) else ""
        case, clauses = _one_new_case(fresh, old_text, new_text) if not said else ("", ())
        zh = f"新增{subject}：{case + '，' if case else ''}{who}{_imposed(fresh, new_text)}{_listed(fresh, 'zh')}{said}"
        en = f"{_may(fresh, new_text)}{en_subject} added{who_en}{_case_en(case)}: {_listed(fresh, 'en')}" \
             f"{' (' + said[1:-1] + ')' if said else ''}"
        if subject == "罚款" and not who and _sum_set(fresh[0], old_text, new_text):
            # A fine the old text imposed without a sum now has one: "可以并处罚款" → "可以并处五百元以下的罚款" (文物保护法
            # 第六十六条 → 第八十三条: "新增罚款" was wrong in reading 303)
            # (with the case of its own a fine's phrase opens on in a clause of several: "没有采出矿产品或者违法采出的矿产品
            # 市场价值不足十万元的，处十万元以上五十万元以下罚款" (矿产资源法 第三十九条 → 第六十七条) said "处10万–50万元" as the fine
            # of every refusal, wrong in reading 1744)
            own = _case_before(fresh[0], new_text) if len(fresh) == 1 else ""
            zh = (f"{subject}定出数额：{own + '，' if own else ''}{who}{_imposed(fresh, new_text)}{_listed(fresh, 'zh')}"
                  f"{said}（原未定数额）")
            en = f"{_may(fresh, new_text)}{en_subject} now set{who_en}{_case_en(own)}: {_listed(fresh, 'en')}" \
                 f"{' (' + said[1:-1] + ')' if said else ''} (no sum before)"
        notes.append(_note(zh, en, [], fresh, "", "；".join(v.text for v in fresh), subject,
                           ((who,) if who else ()) + clauses))
    if gone and not put_in and not became and any(o.key in new_keys for o in olds):
        kept = _dedupe([o for o in olds if o.key in new_keys])
        zh = f"{who}{subject}不再有{_listed(gone, 'zh')}一档，仍有{_listed(kept, 'zh')}"
        en = f"{en_subject}{who_en} of {_listed(gone, 'en')} removed; {_listed(kept, 'en')} remains"
        notes.append(_note(zh, en, gone, [], "；".join(v.text for v in gone), "", subject))
    elif gone:
        zh = f"删除{subject}：{who}{_imposed(gone, old_text)}{_listed(gone, 'zh')}"
        en = f"{_may(gone, old_text)}{en_subject} removed{who_en}: {_listed(gone, 'en')}"
        notes.append(_note(zh, en, gone, [], "；".join(v.text for v in gone), "", subject, (who,) if who else ()))
        tiers = [n for n in notes if n.finding.message.startswith(f"新增{subject}档次：")]
        if len(tiers) == 1 and not became:
            # New tiers beside an old one taken out: the tiers revised, both sets said ("新增罚款档次：处20万元以下、20万–200万元、
            # 50万元以下（原有的20万–50万元、50万–500万元）" beside "删除罚款：处20万–50万元", 反洗钱法 第三十二条, read as a fine
            # removed where it was raised, wrong in reading 309)
            before, after = _dedupe(olds), _dedupe(news)
            notes.pop()  # (the fine taken out, said by the one note)
            notes = [n for n in notes if n is not tiers[0]] + [_note(
                f"{who}{subject}档次调整：原为{_listed(before, 'zh')}，现为{_listed(after, 'zh')}",
                f"{en_subject} tiers{who_en} revised: was {_listed(before, 'en')}; now {_listed(after, 'en')}",
                before, after, "；".join(v.text for v in before), "；".join(v.text for v in after), subject,
                (who,) if who else ())]
    return notes


#: A paragraph no line of the old provision is this alike (fuzz.ratio), nor holds this much of in
#: one piece (fuzz.partial_ratio: 海洋环境保护法 第九十九条's first paragraph grew around old 第七十七条's),
#: is new, unless it punishes conduct of another paragraph (有前款第一项行为的…: a rewritten list).
NEW_PARAGRAPH, NEW_PARAGRAPH_PART = 60, 65


#: The longest case (characters) a new fine is said with.
NEW_CASE_AT_MOST = 40
#: A case this alike (fuzz.partial_ratio) to a stretch of the old text is one the old text named.
OLD_CASE_ALIKE = 85


def _new_cases(values: List[Value], old_text: str, new_text: str) -> Optional[List[Tuple[str, str]]]:
    """For each new fine, (the case it is given for, its clause from the case to the fine's end), when every one has a
    case of its own that the old text never named ("上一年度没有销售额的"; "经营者的法定代表人、主要负责人和直接责任人员对
    达成垄断协议负有个人责任的": a sentence's opening up to its "的，", the fine after it in that sentence), none the same;
    else None."""
    from rapidfuzz.fuzz import partial_ratio

    if not old_text:
        return None
    out: List[Tuple[str, str]] = []
    for v in values:
        case, start = _case_at(v, new_text)
        if not case:
            opening = new_text[start:v.start]
            end = opening.find("的，")
            case = opening[:end + 1] if end > 0 else ""
        if not case or len(case) > NEW_CASE_AT_MOST or any(case == c for c, _ in out) \
                or partial_ratio(case, old_text) >= OLD_CASE_ALIKE:
            # (a case the old text named in other figures is no new case: "没有违法所得或者违法所得不足1万元的" where it said
            # "不足2万元的", 道路运输条例 2022 → 2023 第六十三条, a fine lowered, "低于原有的3万–10万元")
            return None
        end = min((at for at in (new_text.find(mark, v.end) for mark in "，；。\n") if at >= 0), default=len(new_text))
        out.append((case, new_text[start:end]))
    return out


def _one_new_case(values: List[Value], old_text: str, new_text: str) -> Tuple[str, Tuple[str, ...]]:
    """(the case every one of the new fines ``values`` opens its clause with, the clauses from it to each fine) when they
    share one the old text never named ("违法所得10万元以上的"); else ("", ()). Said with the fine, "新增罚款：违法所得10万元以上
    的，处违法所得1–3倍", no "新增规定" quotes the clause again (商用密码管理条例 第二十二条 → 第五十三条, useless twice in
    reading 331)."""
    from rapidfuzz.fuzz import partial_ratio

    at = [_case_at(v, new_text) for v in values]
    cases = {case for case, _ in at}
    case = cases.pop() if len(cases) == 1 else ""
    if not case or len(case) > NEW_CASE_AT_MOST or not old_text or partial_ratio(case, old_text) >= OLD_CASE_ALIKE \
            or case in _CASES_EN:  # (a case of seriousness is the tier's, said by the notes of tiers)
        return "", ()
    return case, tuple(_case_clause(v, new_text, c, start) for v, (c, start) in zip(values, at))


def _line_of(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]


def _in_new_paragraphs(values: List[Value], old_text: str, new_text: str) -> bool:
    """Every value stands in a paragraph of the new text that no paragraph of the old one is like."""
    from rapidfuzz.fuzz import partial_ratio, ratio

    if "\n" not in new_text:
        return False
    olds = old_text.split("\n")
    lines = {_line_of(new_text, v.start) for v in values}
    return all("前款" not in line and max(ratio(line, o) for o in olds) < NEW_PARAGRAPH
               and max(partial_ratio(line, o) for o in olds) < NEW_PARAGRAPH_PART for line in lines)


#: Words of a conduct this long or longer (characters), taken out of an old paragraph, name it there.
CARVED_AT_LEAST = 6


def _carved_out(fresh: List[Value], olds: List[Value], old_text: str, new_text: str):
    """(the conduct, the old fines it bore, the words its old paragraph no longer says) when the new
    fines stand in one paragraph whose conduct was taken out of an old paragraph with fines: words of
    the conduct (CARVED_AT_LEAST or more) that the old paragraph held and its new form (the new
    paragraph most like it) no longer holds."""
    from rapidfuzz.distance import Indel
    from rapidfuzz.fuzz import ratio

    lines = {_line_of(new_text, v.start) for v in fresh}
    if len(lines) != 1 or "\n" not in new_text:
        return None
    line = lines.pop()
    conduct = _conduct_of(line)
    if conduct == line:
        return None
    others = [n for n in new_text.split("\n") if n != line]
    best, most, best_now = None, 0, ""
    if not others:
        return None
    for old_line in dict.fromkeys(_line_of(old_text, v.start) for v in olds):
        # Its new form: the new paragraph whose conduct is most like its own. The new fines'
        # paragraph itself, and they are a tier of that conduct (海洋环境保护法 第九十九条's 拒不关闭).
        said = _conduct_of(old_line)
        now = max(others, key=lambda n: ratio(said, _conduct_of(n)))
        if ratio(said, conduct) >= ratio(said, _conduct_of(now)):
            continue
        # (the runs both hold, as their alignment keeps them; difflib's SequenceMatcher would make a
        # namedtuple, compiled, on import)
        blocks = [old_line[op.src_start:op.src_end] for op in Indel.opcodes(old_line, conduct) if op.tag == "equal"]
        taken = max((len(b) for b in blocks if len(b) >= CARVED_AT_LEAST and b not in now), default=0)
        if taken > most:
            best, most, best_now = old_line, taken, now
    if best is None:
        return None
    # the words its old paragraph no longer says ("或者未标明国籍识别标志"): said by the note
    said, now_said = _conduct_of(best), _conduct_of(best_now)
    out = tuple(said[op.src_start:op.src_end] for op in Indel.opcodes(said, now_said)
                if op.tag in ("delete", "replace") and op.src_end - op.src_start >= CARVED_AT_LEAST)
    # (the conduct itself, whole, is said too: its paragraph is no "新增规定", 道路运输条例 2022 → 2023 第七十四条)
    return clip(conduct, 40), [v for v in olds if _line_of(old_text, v.start) == best], out + (conduct,)


#: A paragraph that punishes another party for the conduct of the paragraph before it: "道路货物运输站
#: （场）经营者有前款违法情形的，" (not a graver case of the same party's, "有前款行为，情节严重的").
_PARTY_FOR_THE_LAST = recache.compile(r"^(?:违反本\w{1,3}规定，)?([^，。；]{2,30}?(?:者|人员|单位|机构|企业|组织))有前款[^，。；]{0,12}的，")


#: Two paragraphs' conducts this alike (fuzz.ratio) or more are one conduct (but for the names of the bodies renamed).
SAME_CONDUCT = 90


def _same_conduct(fresh: List[Value], olds: List[Value], old_text: str, new_text: str):
    """(the conduct, the old fines of its paragraph) when the new fines stand in one paragraph of a multi-paragraph
    provision whose conduct an old paragraph with other fines punished, and no other new paragraph punishes it."""
    from rapidfuzz.fuzz import ratio

    lines = {_line_of(new_text, v.start) for v in fresh}
    if len(lines) != 1 or "\n" not in new_text or "\n" not in old_text:
        return None
    line = lines.pop()
    conduct = _conduct_of(line)
    if conduct == line:
        return None
    fresh_keys = {v.key for v in fresh}
    for old_line in dict.fromkeys(_line_of(old_text, v.start) for v in olds):
        said = _conduct_of(old_line)
        if said == old_line or ratio(said, conduct) < SAME_CONDUCT:
            continue
        if any(n != line and ratio(said, _conduct_of(n)) >= ratio(said, conduct) for n in new_text.split("\n")):
            return None
        before = _dedupe([o for o in olds if _line_of(old_text, o.start) == old_line])
        if before and not {o.key for o in before} & fresh_keys:
            return clip(conduct, 40), before
    return None


def _party_split(fresh: List[Value], olds: List[Value], news: List[Value], old_text: str, new_text: str):
    """(the new paragraph's conduct, the old fines, ()) when the new fines stand in a paragraph that
    punishes a party the provision did not name for the conduct of the paragraph before it, and that
    paragraph keeps the fines the provision had: the party was fined as the paragraph's conduct was and
    is now fined apart (道路运输条例 2022 第七十一条 → 2023 第七十条: 道路运输站（场）经营者 1万–3万元 → 道路旅客
    运输站 1万–3万元 and 道路货物运输站（场）经营者有前款违法情形的 3000元–3万元; it was "新增罚款档次…原档次仍保留",
    wrong in the thirty-first reading)."""
    lines = {_line_of(new_text, v.start) for v in fresh}
    if len(lines) != 1:
        return None
    line = lines.pop()
    found = _PARTY_FOR_THE_LAST.match(line)
    paragraphs = new_text.split("\n")
    if found is None or found.group(1) in old_text or line not in paragraphs[1:]:
        return None
    last = paragraphs[paragraphs.index(line) - 1]
    kept = {v.key for v in news if _line_of(new_text, v.start) == last}
    before = _dedupe([o for o in olds if o.key in kept])
    conduct = _conduct_of(line)
    return (conduct, before, (conduct,)) if before else None


def _conduct_of(line: str) -> str:
    """A paragraph's conduct: its opening up to the first "的，" (the whole paragraph without one)."""
    end = line.find("的，")
    return line[:end + 1] if end > 0 else line


def _conduct(value: Value, text: str) -> str:
    """What a fine is for: its paragraph's opening up to the first "的" that ends a phrase. When that phrase is the
    criminal case ("…，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，由…处…罚款"), the fine's own clause says its case instead:
    "违反本法规定，有下列行为之一，尚不构成犯罪的" (反间谍法 第六十条: "…，构成犯罪的" was the opposite case)."""
    line = _line_of(text, value.start)
    at = value.start - text.rfind("\n", 0, value.start) - 1  # (where the fine stands in its line)
    end = line.find("的，")
    if not 0 < end <= at:
        return clip(line[:24], 40)
    conduct = line[:end + 1]
    own = line.rfind("；", end, at) + 1
    case = line[own:line.find("的，", own) + 1] if own and 0 < line.find("的，", own) < at else ""
    if conduct.endswith("构成犯罪的") and not conduct.endswith("不构成犯罪的"):
        if case:
            conduct = conduct[:conduct.rfind("，") + 1] + case
    elif _NOT_CORRECTED.search(case):
        # (a fine only if an order to correct is not obeyed: "从事国际道路货物运输经营，未按规定进行备案的，…责令改正；拒不改正的，
        # 处5000元以上2万元以下的罚款", 道路运输条例 2022 第七十五条, read as a fine for the failure itself in reading 1660)
        return f"{clip(conduct, 40)[:-1]}，{case}"
    # (a fine given by the sum at stake, its phrase opening on the sum: "…之一的，货值金额一万元以上的", not the paragraph's
    # conduct alone, read as the fine of every such act where a fixed range fines the goods worth less, 农产品质量安全法
    # 第四十九条 → 第七十二条, wrong in reading 1713)
    own_case = case_of(value, text)
    if own_case and own_case != conduct and _BY_THE_SUM.search(own_case):
        return f"{_clip_at_a_word(conduct, 40)}，{own_case}"
    return _clip_at_a_word(conduct, 40)


def _clip_at_a_word(text: str, limit: int) -> str:
    """``clip``, cut at a word's end: "…弄虚作假、营私舞弊等行为的", not "…弄虚作假、营…" (体育法 第一百一十二条, a fine's conduct
    cut in a word in reading 1749)."""
    text = text.replace("\n", " ").strip()
    if len(text) <= limit:
        return text
    from .rewrites import _cut_at_a_word

    return _cut_at_a_word(text, limit - 1) + "…"


#: A case drawn by a sum: "货值金额一万元以上的", "违法所得五千元以上的", "没有违法所得或者违法所得不足五千元的"; or by gains at
#: all, "有违法所得的" (体育法 第一百一十二条: "新增罚款：处1万–10万元（运动员…）" read as the fine of every cheat, wrong in
#: reading 1749).
_BY_THE_SUM = recache.compile(r"(?:金额|所得|营业额|销售额)[^，；]*?(?:不足|以上|以下|超过)[^，；]*的$|没有违法所得|^有违法所得的$")


#: A fine's own case that makes it one for not obeying an order to correct.
_NOT_CORRECTED = recache.compile(r"(?:拒不|逾期不|逾期未|仍不|仍未)改正的$")


#: (or a clause that opens on the sanction: "伪造…批准证明文件的，没收违法所得；情节严重的，吊销相关许可证…", 中国人民解放军
#: 实施《药品管理法》办法 2025 第四十一条, whose confiscation was unsaid in recall 1490)
_IMPOSES = recache.compile(r"责令|处以|并处|罚款|罚金|拘留|给予[^，。；]{0,12}处分|(?:^|[，；。])(?:没收|吊销|暂扣)")
#: Sanctions named as decisions someone contests ("对行政机关作出的警告、罚款…等行政处罚决定不服的"):
#: not imposed by this provision.
_CONTESTED = recache.compile(r"对[^。；]{0,20}作出的[^。；]*?不服")
_NOT_IMPOSED_BEFORE = ("被", "申请", "作出")
#: An authority named as the one who revokes, for conduct: "有本条例第二十条…所列行为，造成严重后果的，由国家密码管理机构撤销其指定
#: 科研、生产单位资格，吊销《…》" imposes both without 责令 or 罚款 (商用密码管理条例 1999 第二十二条, the first unsaid in recall
#: 1468); not a registration cancelled on an evaluation ("对评估不合格的，由原登记部门撤销…登记", 人体器官捐献和移植条例 第十四条,
#: which the new version has 注销 on notice: a wording note says it).
_REVOKED_BY = recache.compile(r"由[^，。；由]{2,20}?(?:吊销|撤销)")
_FOR_CONDUCT = recache.compile(r"违反|行为")
#: Powers an authority exercises ("依法行使侦查、拘留、预审和执行逮捕以及法律规定的其他职权"): no sanction imposed
#: (反间谍法 第八条 → 第二十三条: "不再规定处罚：拘留" was wrong, a headline, in reading 299).
_POWERS = recache.compile(r"行使[^。；]{0,40}?职权")


def _inside_another(word: str, found: Dict[str, Tuple[int, int]]) -> bool:
    """``word``'s match overlaps another sanction matched in the same text, one that starts before it."""
    start = found[word][1]
    return any(other != word and at < start < at + len(other) for other, (_, at) in found.items())


def _sanctions(text: str, lexicon) -> Dict[str, Tuple[int, int]]:
    """The kinds of sanction a provision imposes: only where it imposes some (责令, 处以, 罚款…),
    and not a sanction met as a fact ("被吊销营业执照", "申请撤销变更登记")."""
    text = _CONTESTED.sub("", text)
    if "职权" in text:
        text = _POWERS.sub("", text)
    if not _IMPOSES.search(text) and not (_REVOKED_BY.search(text) and _FOR_CONDUCT.search(text)):
        return {}
    spans = []
    for kind, pattern in enumerate(lexicon.sanctions):
        for m in pattern.finditer(text):
            if not text[max(0, m.start() - 3):m.start()].endswith(_NOT_IMPOSED_BEFORE):
                spans.append((m.start(), m.end(), m.group(), kind))
    # "责令停业" inside "责令停业整顿" is the longer one.
    kept = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[:2] != s[:2] for o in spans)]
    out: Dict[str, Tuple[int, int]] = {}  # word → (its kind: the lexicon pattern's index, its first use)
    for start, _, word, kind in sorted(kept):
        # (the suspension said of "其" or not is one: "暂停其6个月以上1年以下执业活动" → "责令暂停6个月以上1年以下执业活动")
        out.setdefault(_CONFISCATED.sub("没收违法所得", word).replace("暂停其", "暂停"), (kind, start))
    return out


#: The confiscation of illegal gains said object first: "（有违法所得的，）由民政部门予以没收" is "没收违法所得" (慈善法 2016
#: 第一百条, 第一百零五条 → 第一百一十二条, 第一百一十八条: "新增处罚：没收违法所得" was wrong in reading 311).
_CONFISCATED = recache.compile(r"^违法所得的，由[^，。；]{0,16}?予以没收$")


#: How far apart (in the old text's characters) a new sanction may stand from the old one it replaced.
IN_PLACE = 12


def _in_place(to_old: List[int], old_at: int, new_at: int) -> bool:
    """The new text at ``new_at`` stands, by the diff (``offsets_in_old``), within IN_PLACE characters
    of ``old_at``."""
    return abs(to_old[min(new_at, len(to_old) - 1)] - old_at) <= IN_PLACE


#: Characters, at most, a sanction's new name adds to the old one to say which it is ("许可证" → "倾倒许可证").
NAMED_CLOSER = 4
#: What makes a sanction depend on how serious the breach is, in the words before it.
_SERIOUS = recache.compile(r"情节(?:特别)?严重")


def named_closer(old: str, new: str) -> bool:
    """The same thing named more closely, the old name's characters in order with at most NAMED_CLOSER more: a sanction's
    object ("暂扣或者吊销许可证" → "暂扣或者吊销倾倒许可证"), a business (regimes.py: "道路运输站（场）经营" → "道路货物运输站
    （场）经营")."""
    if not 0 < len(new) - len(old) <= NAMED_CLOSER:
        return False
    return in_order(old, new)


#: What a licence is called: a sanction on one, named another way, is the same sanction.
_LICENCES = ("许可证", "执照")


def _licence_named_otherwise(old: str, new: str) -> bool:
    """The same sanction on a licence named another way: "吊销其执业许可证" → "吊销其许可证件" (突发事件应对法 第六十五条 →
    第九十七条, its second headline as "处罚由…改为…", useless in the sixty-fifth reading: the law now says 许可证件 for every
    permit, as 第九十六条's wording note says). The same words before the licence, a licence on both sides. Or the same
    words with a short gloss in brackets put in: "没收违法销售的畜禽" → "没收违法销售的（种）畜禽" (畜牧法 第六十五条 → 第八十五条,
    useless in reading 502)."""
    if GLOSS.sub("", new) == old:
        return True
    k = common_prefix(old, new)
    return k >= 2 and any(w in old[k:] for w in _LICENCES) and any(w in new[k:] for w in _LICENCES)


#: A short gloss in brackets ("（种）"), put in a sanction (here) or a phrase (edits.gloss_alone) without changing it.
GLOSS = recache.compile(r"（[^（）]{1,4}）")


def _sanction_replaced(o: str, n: str, same: bool, old_at: int, new_at: int, pair) -> List[Note]:
    """The note of sanction ``o`` become ``n``: "处罚由“o”改为“n”", or, when the two are the same sanction named
    another way (``same``), only what changed around it (``_severity_changed``)."""
    if same:
        return _severity_changed(o, n, old_at, new_at, pair.old_text, pair.new_text)
    by_old = _imposed_by(pair.old_text, old_at)
    if by_old and by_old[1:] not in pair.new_text:  # the authority that imposed it no longer acts here
        o = by_old + o
    return [Note(Finding(FindingKind.PENALTY_CHANGED, o, n, f"处罚由“{o}”改为“{n}”", f"sanction “{o}” replaced by “{n}”",
                         subject=n), (o, n))]


#: The authority a sanction's clause names right before it: "（拒不改正的，）由原许可机关" before "吊销其经营许可".
_IMPOSED_BY = recache.compile(r"由[^，；。由]{2,16}$")


def _imposed_by(text: str, at: int) -> str:
    """The words "由…" that open the clause of the sanction at ``at`` and name who imposes it, or "": said with
    the old sanction when the new provision does not name that authority
    (道路运输条例 2019 → 2022 第七十四条: "处罚由“吊销其经营许可”改为“责令停业整顿”" left out that the licensing
    authority, gone with the licence, no longer acts: partly said in recall readings 1514 and 1515)."""
    start = max(text.rfind(ch, 0, at) for ch in "，；。\n") + 1
    m = _IMPOSED_BY.search(text, start, at)
    return m.group() if m and m.start() == start else ""


def _severity_changed(old: str, new: str, old_at: int, new_at: int, old_text: str, new_text: str) -> List[Note]:
    """The same sanction now given whatever the breach, or only for a serious one: the words of its clause before it say
    so ("对情节严重的，可以暂扣或者吊销许可证" → "…责令改正，处以罚款，暂扣或者吊销倾倒许可证", 海洋环境保护法 第八十五条 → 第一百零七条:
    "处罚由“暂扣或者吊销许可证”改为“暂扣或者吊销倾倒许可证”" said the same permit changed and missed this, useless in the
    sixty-first reading). Nothing else changed: no note."""
    def serious(text: str, at: int) -> bool:
        start = max(text.rfind(ch, 0, at) for ch in "；。\n") + 1
        return bool(_SERIOUS.search(text, start, at))

    was, now = serious(old_text, old_at), serious(new_text, new_at)
    if was == now:
        return []
    zh, en = ("不再限于情节严重的情形", "no longer only for a serious breach") if was else \
        ("改为限于情节严重的情形", "now only for a serious breach")
    return [Note(Finding(FindingKind.PENALTY_CHANGED, old, new, f"处罚“{new}”{zh}", f"sanction “{new}”: {en}",
                         subject=new), (old, new))]


#: A fine left to the authority ("可以处…罚款", "可以对单位并处…"), and one it must impose ("处…罚款", "并处…"), in the
#: words of its phrase before the figure.
_MAY_FINE = recache.compile(r"可以[^，；。]{0,12}?处")


def _discretion(v: Value, text: str) -> Optional[bool]:
    """True: the fine is one the authority may impose ("可以处"); False: one it must ("处"); None: neither said."""
    start = max(text.rfind(ch, 0, v.start) for ch in "，；。：\n") + 1
    words = text[start:v.start]
    return True if _MAY_FINE.search(words) else False if "处" in words else None


def _imposed(values: Sequence[Value], text: str) -> str:
    """The verb of a note's sanctions put in or taken out: "可以处" when the text leaves every one of them to the authority
    ("…；没有违法所得或者违法所得不足10万元的，可以并处3万元以上10万元以下罚款", 商用密码管理条例 2023 第五十三条: "新增罚款：…处
    3万–10万元" read as a fine the authority must impose, wrong in reading 1743), else "处"."""
    return "可以处" if text and values and all(_discretion(v, text) for v in values) else "处"


def _may(values: Sequence[Value], text: str) -> str:
    """``_imposed``'s word in English: "discretionary " before the sanction's name, or nothing."""
    return "discretionary " if _imposed(values, text) == "可以处" else ""


def _fines_made_mandatory(olds: Sequence[Value], news: Sequence[Value], old_text: str, new_text: str) -> List[Note]:
    """Fines on one party the authority may impose ("可以处…罚款") now all ones it must ("处…罚款"), or the other way:
    the figures' notes said the sums and not that the fine is no longer the authority's choice (反垄断法 第五十二条 →
    第六十二条 "对个人可以处二万元以下的罚款" → "对个人处五十万元以下的罚款"; 农产品质量安全法 第四十七条 → 第六十九条
    "逾期不改正的，可以处二千元以下罚款" → "…处二千元以上二万元以下罚款": unsaid in recall readings 1274, 1279, 1280)."""
    notes: List[Note] = []
    old_fines, new_fines = [v for v in olds if v.subject == "罚款"], [v for v in news if v.subject == "罚款"]
    for target in dict.fromkeys(v.target for v in old_fines):
        was = {_discretion(v, old_text) for v in old_fines if v.target == target} - {None}
        now = {_discretion(v, new_text) for v in new_fines if v.target == target} - {None}
        if not was or len(now) != 1 or (True in was) == (True in now):
            continue  # (else the party's fines were in part the authority's choice and none is now, or none was and all are)
        whom = f"对{target}" if target else ""
        whom_en = f" on {_target_en(target)}" if target else ""
        if True in was:
            zh, en = f"{whom}罚款由“可以处”改为“处”：不再由执法机关选择是否处罚款", f"fine{whom_en} made mandatory: “可以处” (may) → “处” (shall)"
            before, after = "可以处", "处"
        else:
            zh, en = f"{whom}罚款由“处”改为“可以处”：是否处罚款改由执法机关选择", f"fine{whom_en} made discretionary: “处” (shall) → “可以处” (may)"
            before, after = "处", "可以处"
        notes.append(Note(Finding(FindingKind.PENALTY_CHANGED, before, after, zh, en, subject="罚款"), ("可以处",)))
    return notes


def find_penalty_changes(pair, changes, lexicon) -> List[Note]:
    """penalty_changed: fine, multiple, rate or detention ranges; sanction kinds added or removed."""
    olds = [v for v in parse_values(pair.old_text, lexicon) if v.penalty]
    news = [v for v in parse_values(pair.new_text, lexicon) if v.penalty]
    notes: List[Note] = []
    to_old = offsets_in_old(pair) if olds and news else []
    olds = _parties_named(olds, news, pair.old_text)
    groups = {id(v): _group(v) for v in olds + news}
    groups.update(_counted_with_their_fallbacks(olds, news, pair.new_text))
    for group in dict.fromkeys(groups[id(v)] for v in olds + news):
        subject, _unit, target = group
        notes += _group_notes(subject, target, [v for v in olds if groups[id(v)] == group],
                              [v for v in news if groups[id(v)] == group], to_old, pair.old_text, pair.new_text)
    notes += _fines_made_mandatory(olds, news, pair.old_text, pair.new_text)
    before, after = _sanctions(pair.old_text, lexicon), _sanctions(pair.new_text, lexicon)
    # (one inside the other: the same sanction said with a word more or less, "吊销许可证" → "吊销许可证件";
    # and a match inside another of the same side is that one: "暂扣或者吊销许可证件" read also as 吊销许可证件)
    gone = [w for w in before if w not in after and not any(w in a or a in w for a in after)
            and not _inside_another(w, before) and not _said_without_its_paper(w, pair.new_text)
            and not _object_first(w, pair.new_text)]
    came = [w for w in after if w not in before and not any(w in b or b in w for b in before)
            and not _inside_another(w, after) and not _said_without_its_paper(w, pair.old_text)
            and not _object_first(w, pair.old_text)]
    # The same kind of sanction said another way ("暂扣或者吊销许可证" → "暂扣或者吊销倾倒许可证"): rewritten,
    # not one dropped and another added.
    # One sanction out and one in, the new one where the old one stood: the one became the other
    # ("吊销其经营许可" → "责令停业整顿"); elsewhere in the provision it is one dropped, one added
    # ("予以警告" gone from the opening, "吊销相关任职资格许可" added to item (二)).
    one_for_one = len(gone) == 1 and len(came) == 1 and _in_place(
        to_old or offsets_in_old(pair), before[gone[0]][1], after[came[0]][1])
    for o in [] if one_for_one else list(gone):
        n = next((n for n in came if after[n][0] == before[o][0]), None)
        if n is not None:
            gone.remove(o)
            came.remove(n)
            same = named_closer(o, n) or _licence_named_otherwise(o, n)
            notes += _sanction_replaced(o, n, same, before[o][1], after[n][1], pair)
    if one_for_one:
        (o,), (n,) = gone, came
        notes += _sanction_replaced(o, n, _licence_named_otherwise(o, n), before[o][1], after[n][1], pair)
        gone = came = []
    for word in gone:
        said = _gains_only(word, pair.new_text)
        notes.append(Note(Finding(FindingKind.PENALTY_CHANGED, said, None, f"不再规定处罚：{said}",
                                  f"sanction removed: {_said_en(said)}", subject=said), (word,)))
    for word in came:
        said = _gains_only(word, pair.old_text)
        notes.append(Note(Finding(FindingKind.PENALTY_CHANGED, None, said, f"新增处罚：{said}",
                                  f"sanction added: {_said_en(said)}", subject=said), (word,)))
    return _referred(pair, notes)


#: A revocation said object first, its paper named before it: "有《医疗机构制剂许可证》或者制剂批准证明文件的，由原发证部门予以
#: 吊销或者撤销" (group 1: the verb).
_OBJECT_FIRST = recache.compile(r"予以(吊销|撤销)")


def _object_first(word: str, other_text: str) -> bool:
    """The other text imposes the revocation object first ("…予以吊销或者撤销"), which the lexicon does not read: "新增处罚：
    吊销相关许可证或者批准证明文件" was wrong of 中国人民解放军实施《药品管理法》办法 2004 第二十五条 → 2025 第四十一条."""
    return word.startswith(("吊销", "撤销")) and any(m.group(1) == word[:2] for m in _OBJECT_FIRST.finditer(other_text))


def _said_without_its_paper(word: str, other_text: str) -> bool:
    """The other text imposes the sanction without naming the paper it is on: "吊销其从业资格证书" where the old text said
    "吊销其从业资格" (文物保护法 第七十六条 → 第九十四条, "新增处罚：吊销其从业资格证书" wrong in reading 390)."""
    bare = _PAPER.sub("", word)
    return bare != word and len(bare) >= 4 and bare in other_text


#: The paper a qualification or licence is on, at the end of a sanction's words.
_PAPER = recache.compile(r"(?:证书|证件)$")


#: A confiscation of things and of illegal gains ("没收违法配制的制剂和违法所得"): the things.
_THINGS_AND_GAINS = recache.compile(r"^没收([^，。；]+?)[和及、]违法所得$")
#: A confiscation of things, not of illegal gains ("没收违法配制的制剂"): the things.
_THINGS = recache.compile(r"没收(?!违法所得)([^，。；]{2,24})")
#: Of two confiscations, the things named share a run of this many characters, at least, to be the same things.
SAME_THINGS = 2


def _gains_only(word: str, other_text: str) -> str:
    """A confiscation of things and illegal gains come (or gone) where the other version confiscates the same things
    alone: only the gains are new (or gone): "没收其使用的假药、劣药" → "没收其使用的假药、劣药和违法所得" is "新增处罚：没收违法
    所得" (中国人民解放军实施《药品管理法》办法 第二十条 → 第三十九条, 第二十二条 → 第四十七条, 第二十八、二十九条 → 第四十八条:
    "新增处罚：没收其使用的假药、劣药和违法所得" said the drugs' confiscation new, wrong six times in reading 326)."""
    m = _THINGS_AND_GAINS.match(word)
    if m is None or "没收" not in other_text:
        return word
    things = m.group(1)
    runs = {things[i:i + SAME_THINGS] for i in range(len(things) - SAME_THINGS + 1)}
    if any(run in other.group(1) for other in _THINGS.finditer(other_text) for run in runs):
        return "没收违法所得"
    return word


#: A fine imposed without a sum ("可以并处罚款").
_UNQUANTIFIED = recache.compile(r"(?:并处|处以|处)罚款")
#: How alike (fuzz.ratio) the old paragraph of a fine without a sum and the new one of the fine are, at least.
UNQUANTIFIED_ALIKE = 50


def _sum_set(v: Value, old_text: str, new_text: str) -> bool:
    """The new fine ``v`` stands where an old paragraph like its own (UNQUANTIFIED_ALIKE) imposed a fine without a sum."""
    from rapidfuzz.fuzz import ratio

    if _UNQUANTIFIED.search(new_text):
        return False
    line = _line_of(new_text, v.start)
    unset = [old for old in old_text.split("\n") if _UNQUANTIFIED.search(old)]
    # (or the one old paragraph of such a fine, rewritten, and the first new paragraph that fines: 矿产资源法 第四十四条's
    # "…采取破坏性的开采方法开采矿产资源的，处以罚款" → 第六十八条's "…有下列情形之一，造成矿产资源破坏的，…处十万元以上五十万元以下
    # 罚款", "新增罚款" as the first headline, wrong in reading 307)
    return any(ratio(old, line) >= UNQUANTIFIED_ALIKE for old in unset) or (
        len(unset) == 1 and "罚款" not in new_text[:new_text.rfind("\n", 0, v.start) + 1])


#: The parties a fine on anyone is split between (not the managers fined beside a unit: 海洋环境保护法 第一百零三条).
_ANYONE = ("个人", "单位")


def _parties_named(olds: List[Value], news: List[Value], old_text: str = "") -> List[Value]:
    """Old fines on no party named, each read as on the party a new fine of the same range falls on, when no new fine of
    that range and sanction falls on no party named: "处五万元以上五十万元以下的罚款" → "对单位处五十万元以上五百万元以下的
    罚款，对个人处五万元以上五十万元以下的罚款" keeps the fine for individuals and adds one for units (文物保护法 第六十六条 →
    第八十三条: it was "罚款由5万–50万元降为500元以下", the new paragraph's fine, and "新增罚款：对个人处5万–50万元", wrong
    in reading 300)."""
    from dataclasses import replace

    unnamed = {(v.subject, v.key) for v in news if not v.target}
    out = []
    for v in olds:
        party = None if v.target or (v.subject, v.key) in unnamed else next(
            (n.target for n in news if n.target in _ANYONE and n.subject == v.subject and n.key == v.key), None)
        out.append(replace(v, target=party) if party else v)
        # (and the other party, fined now on another range, was fined the old range too: "情节严重的，处五千元以上五万元以下的
        # 罚款" → "…对单位处十万元以上三百万元以下的罚款，对个人处五千元以上五万元以下的罚款" raises the fine of units, 文物保护法
        # 第七十四条 → 第九十一条: "新增罚款：对单位处10万–300万元" was wrong in reading 771, units were fined before)
        if party and not any(o.target for o in olds if o.subject == v.subject):
            other = next((n.target for n in news if n.target in _ANYONE and n.target != party and n.subject == v.subject
                          and not any(o.target == n.target or o.key == n.key for o in olds if o.subject == v.subject)),
                         None)
            if other:
                out.append(replace(v, target=other))
        # (and a party the new text fines apart beside a fine on anyone that stays: "并处二千元以上二万元以下罚款" → "…并处五千元
        # 以上五万元以下罚款…；对农户，并处三百元以上三千元以下罚款" lowers the farmers' fine, 农产品质量安全法 第四十九条 → 第七十二条:
        # "新增罚款：对农户处300–3000元" was wrong in reading 783, farmers were fined before)
        if not v.target and not party and v.subject == "罚款" and any(not n.target and n.subject == v.subject for n in news) \
                and _ON_ANYONE.match(old_text, max(old_text.rfind(c, 0, v.start) for c in "。\n") + 1):
            # (a sentence that opens on the conduct, no party named: not "农产品生产企业、农民专业合作经济组织销售的农产品有…的，…
            # 并处…罚款" nor "农产品批发市场违反…的，…处…罚款" of 第五十条, farmers not fined there: their new fine is new, reading 783)
            for t in dict.fromkeys(n.target for n in news if n.target in _FINED_APART and n.subject == v.subject):
                if not any(o.target == t for o in olds):
                    out.append(replace(v, target=t))
    return out


#: Parties a new text fines apart from the rest, whom an old fine on anyone fined too.
_FINED_APART = ("农户",)
#: The opening of an old fine's sentence that names no party, only the conduct: the fine was on anyone.
_ON_ANYONE = recache.compile(r"有本|违反本")


#: Penalties given by reference to other laws: "依照《中华人民共和国会计法》等法律、行政法规的规定处罚".
#: (or liability: "依照《中华人民共和国动物防疫法》的有关规定追究法律责任", 畜牧法 第六十八条 → 第八十八条, where "不再规定没收伪造、
#: 变造的畜禽标识" read as the conduct unpunished, wrong in reading 481)
_REFERRAL = recache.compile(r"依照((?:《[^》]{2,40}》[、和及]?)+)([^，。；：]{0,16}?)的?(?:有关)?规定(?:(?:予以|给予)?(处罚)|(追究法律责任))")


def _referred(pair, notes: List[Note]) -> List[Note]:
    """A fine or sanction taken out where the provision now punishes "依照《…》…的规定": said first, so
    "删除5万–50万元罚款" does not read as the conduct going unpunished (公司法 第二百零一条 → 第二百五十四条,
    the 2026-12-01 reading)."""
    if not any(n.finding.old and not n.finding.new for n in notes):
        return notes
    m = _REFERRAL.search(pair.new_text)
    if m is None or m.group(1) in pair.old_text:
        return notes
    laws = m.group(1).rstrip("、和及")
    rest = m.group(2)
    if m.group(3):
        zh, en = f"改为依照{laws}{rest}的规定处罚", f"now punished as {laws}{rest} provide"
    else:
        # (said as the text says it, "和其他有关法律" with its 和)
        zh, en = f"改为{m.group(0)}", f"liability now under {m.group(1) if rest else laws}{rest}"
    conduct = _referred_conduct(pair.new_text, m.start())
    if conduct:
        zh, en = f"{zh}（{conduct}）", f"{en} (“{conduct}”)"
    # The fines and sanctions the provision no longer sets are said with the referral: "不再规定处罚：吊销营业执照" alone read
    # as the conduct going unpunished, when the law referred to punishes it (公司法 第二百零七条 → 第二百五十七条, wrong in
    # reading 1685; 第二百零一条's "删除罚款" beside its referral, reading 1652).
    gone = [n for n in notes if n.finding.kind is FindingKind.PENALTY_CHANGED and not n.finding.new
            and n.finding.message.startswith(_NO_LONGER)]
    if gone:
        items = [_as_item(n.finding.message, _NO_LONGER, "罚款（{}）") for n in gone]
        items_en = [_as_item(n.finding.message_en or "", _NO_LONGER_EN, "fine ({})") for n in gone]
        zh = f"{zh}，原{'、'.join(items)}不再在此规定"
        en = f"{en}; no longer set here: {', '.join(items_en)}"
        notes = [n for n in notes if all(n is not g for g in gone)]
    return [Note(Finding(FindingKind.PENALTY_CHANGED, None, clip(m.group(0)), zh, en, subject=laws), (m.group(0),))] + notes


#: How a sanction and a fine taken out are said (zh, en), and what each becomes in a referral's note ("罚款（处5万–50万元）").
_NO_LONGER = ("不再规定处罚：", "删除罚款：")
_NO_LONGER_EN = ("sanction removed: ", "fine removed: ")


def _as_item(message: str, starts: Tuple[str, str], fine: str) -> str:
    """A sanction or fine note taken out ("不再规定处罚：X", "删除罚款：Y") as an item of the referral's list ("X", ``fine``
    filled with Y)."""
    if message.startswith(starts[1]):
        return fine.format(message[len(starts[1]):])
    return message[len(starts[0]):] if message.startswith(starts[0]) else message


#: The longest conduct (characters) a referral's note names.
REFERRED_CONDUCT = 64


def _referred_conduct(text: str, at: int) -> str:
    """The conduct the sentence of a referral at ``at`` names before it ("销售的种畜禽未附具检疫证明，伪造、变造畜禽标识，或者
    持有、使用伪造、变造的畜禽标识的"), when it opens the sentence and ends on 的: what is now punished under the other law
    (畜牧法 第六十八条 → 第八十八条: the certificate taken out of the first paragraph's list, now under 《动物防疫法》, was
    partly said in recalls 1537 and 1544), else ""."""
    conduct = text[span_at(text, at)[0]:at].rstrip("，")
    return conduct if conduct.endswith("的") and 4 <= len(conduct) <= REFERRED_CONDUCT and not _VIOLATION_ONLY.match(conduct) \
        else ""


#: A conduct that only says the law was broken: no news beside the referral.
_VIOLATION_ONLY = recache.compile(r"^违反本[^，。；]{0,6}规定的$")
