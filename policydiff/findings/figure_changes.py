"""Figure notes: a sum, rate or quantity that changed, came or went, told by what it measures.

Old and new values are paired by subject (董事会成员 with 成员, 期限 with
期限), not by their order: a removed cap on the board's size and a new
threshold on the staff count are two notes, never "数量由十三人提高到三百人".
A value still present anywhere in the other version of the provision is never
"新增" or "删除". Sanctions are left to :mod:`penalties`.
"""
from __future__ import annotations


from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from .. import numerals
from .. import recache
from ..models import Finding, FindingKind, clause_starts
from .changes import Note, clip
from .values import Value, last_of, parse_values, same_subject

#: Sums that only say when a sanction applies ("违法所得不足2万元的"): the penalty note's, not a figure's.
PENALTY_THRESHOLDS = ("违法所得", "货值金额")
#: What follows a sum that ends the case of a fine: "…的，" and the fine in the same clause.
_CASE_OF_A_FINE = recache.compile(r"(?:以上|以下)?的，[^；。]*?罚款")


def fine_case(value: Value, text: str) -> bool:
    """A sum that only says which fine applies ("检测费用不足一万元的，并处五万元以上十万元以下罚款"): the penalty note's case, no
    figure of its own ("新增金额：不足一万元" and "新增金额：一万元以上", 农产品质量安全法 第四十四条 → 第六十五条, useless in
    reading 308)."""
    return value.kind == "amount" and bool(_CASE_OF_A_FINE.match(text, value.end))


_NOUN = {"amount": ("金额", "amount"), "rate": ("比例", "rate"), "quantity": ("数量", "quantity")}
#: The unit of an age ("满60周岁").
AGE = "周岁"


def noun(value: Value) -> Tuple[str, str]:
    """What a value is called in a note: its subject when known, else 期限/金额/比例/数量."""
    if value.group == "period":
        return ("任期", "term of office") if value.subject == "任期" else ("期限", "period")
    if value.unit == AGE:  # ("满60周岁" was "新增期限：60周" until 周岁 was a unit, 军人抚恤优待条例 第六十二条)
        return ("年龄", "age")
    if value.subject and value.subject != "期限":
        return (value.subject, value.subject)
    return _NOUN[value.kind]


def _minus(these: List[Value], those: List[Value]) -> List[Value]:
    if not these or not those:  # most changes hold no figure on one side or both
        return list(these)
    pool = Counter(v.key for v in those)
    left = []
    for v in these:
        if pool[v.key]:
            pool[v.key] -= 1
        else:
            left.append(v)
    return left


def pair_by_subject(olds: List[Value], news: List[Value]) -> Tuple[List[Tuple[Value, Value]], List[Value], List[Value]]:
    """Pairs of the same subject first; then in order, unless both subjects are known and differ."""
    pairs: List[Tuple[Value, Value]] = []
    olds, news = list(olds), list(news)
    for o in list(olds):
        n = next((n for n in news if same_subject(o.subject, n.subject)), None)
        if n is not None:
            pairs.append((o, n))
            olds.remove(o)
            news.remove(n)
    for o in list(olds):
        n = next((n for n in news if not (o.subject and n.subject)), None)
        if n is not None:
            pairs.append((o, n))
            olds.remove(o)
            news.remove(n)
    return pairs, olds, news


def direction(o: Value, n: Value) -> int:
    """+1 when every end that both have rose (or held) and one rose, -1 the other way, else 0."""
    ends = [(a, b) for a, b in ((o.low, n.low), (o.high, n.high)) if a is not None and b is not None]
    if not ends or (o.low is None) != (n.low is None) or (o.high is None) != (n.high is None) or o.unit != n.unit:
        return 0
    if all(b >= a for a, b in ends) and any(b > a for a, b in ends):
        return 1
    if all(b <= a for a, b in ends) and any(b < a for a, b in ends):
        return -1
    return 0


def _bounds_note(o: Value, n: Value) -> Tuple[str, str]:
    if o.high is not None and n.high is None:
        return "，不再设上限", "; no ceiling any more"
    if o.high is None and n.high is not None:
        return "，新设上限", "; now with a ceiling"
    if o.low is not None and n.low is None:
        return "，不再设下限", "; no floor any more"
    if o.low is None and n.low is not None:
        return "，新设下限", "; now with a floor"
    return "", ""


def _shown(o: Value, n: Value) -> Tuple[str, str, str, str]:
    """The two values as the note prints them (Chinese, English): single figures as printed."""
    if o.two_ended or n.two_ended or (o.low is None) != (n.low is None) or (o.high is None) != (n.high is None):
        return o.display(), n.display(), o.display("en"), n.display("en")
    return o.figures, n.figures, _en(o), _en(n)


def _en(v: Value) -> str:
    point = v.low if v.low is not None else v.high
    return numerals.show_range(point, point, v.unit, "en")


def _en_noun(v: Value) -> str:
    """"amount (“奖金”)": the kind in English, the document's word for the subject beside it, quoted."""
    generic = "period" if v.group == "period" else "age" if v.unit == AGE else _NOUN[v.kind][1]
    subject = v.subject if v.subject and v.subject != "期限" else ""
    return f"{generic} (“{subject}”)" if subject else generic


def _kind(value: Value, changed: Optional[bool], removed: bool = False) -> FindingKind:
    if value.kind == "quantity":
        return FindingKind.QUANTITY_CHANGED
    return FindingKind(f"{value.kind}_{'changed' if changed else ('removed' if removed else 'added')}")


def _under(text: str, v: Value) -> bool:
    """The age is one not yet reached ("未满16周岁", "不满十八周岁")."""
    return text[max(0, v.start - 2):v.start] in ("未满", "不满")


#: What a provision's cases amount to, in its opening: "…具有下列情形之一的，应当认定为“严重污染环境”" (group 1).
_TIER = recache.compile(r"^[^。：]*?认定为[^“。：]{0,12}“([^”]{2,16})”")


def _clause_at(clauses, at: int):
    """The clause of a split or merged pair whose text (or the line break after it) holds position ``at`` of the pair's
    joined text."""
    return clauses[bisect_right(clause_starts(clauses), at) - 1]


def _tiers(pair, change) -> Optional[Tuple[str, str, str, int]]:
    """(the old case, the new case, the new provision's label, where the change starts in the old text) when a split or
    merged pair's figure stands in provisions that say different cases: "应当认定为“严重污染环境”" and "应当认定为“情节严重”"
    (环境污染刑事案件解释 2016 第一条 → 2023 第一条、第二条: the land item moved to the tier of 情节严重, its 5/10/20亩 now
    10/20/50亩)."""
    hunk = next((h for h in change.hunks if h.old_at >= 0 and h.new_at >= 0), None)
    if hunk is None:
        return None
    # (where the hunk ends: a hunk that puts in whole lines before the figure's own edit ends in the figure's provision,
    # 环境污染刑事案件解释 第二条's new items （一）–（五） before its （六）, the old （十二）)
    old = _clause_at(pair.old, hunk.old_at + max(len(hunk.deleted) - 1, 0))
    new = _clause_at(pair.new, hunk.new_at + max(len(hunk.inserted) - 1, 0))
    a, b = _TIER.match(old.text), _TIER.match(new.text)
    if a is None or b is None or a.group(1) == b.group(1):
        return None
    return a.group(1), b.group(1), new.label, hunk.old_at


def _sentence_at(text: str, at: int) -> int:
    """Where the sentence (or list item) holding position ``at`` starts."""
    return max(text.rfind(c, 0, at) for c in "。；\n") + 1


def _tier_note(figures: List[Tuple[Value, Value, object]], old_tier: str, new_tier: str, label: str) -> Note:
    """"数量：“严重污染环境”情形的五亩、十亩、二十亩，改为“情节严重”情形的十亩、二十亩、五十亩（现第二条）": figures of one tier of
    cases and of another are no figures raised or lowered ("数量由五亩提高到十亩" and two more, wrong three times, notes and
    headlines, in reading 342)."""
    from ..numerals import article_en

    o, n, change = figures[0]
    shown = [_shown(a, b) for a, b, _c in figures]
    a, b = "、".join(x[0] for x in shown), "、".join(x[1] for x in shown)
    a_en, b_en = ", ".join(x[2] for x in shown), ", ".join(x[3] for x in shown)
    return Note(Finding(_kind(o, True), clip(change.old), clip(change.new),
                        f"{noun(o)[0]}：“{old_tier}”情形的{a}，改为“{new_tier}”情形的{b}（现{label}）",
                        f"{_en_noun(o)}: {a_en} for “{old_tier}”, now {b_en} for “{new_tier}” ({article_en(label)})",
                        subject=o.subject or n.subject),
                tuple(dict.fromkeys(x for a_, b_, _c in figures for x in (a_.text, b_.text, a_.figures, b_.figures))))


def changed_note(o: Value, n: Value, old_phrase: str, new_phrase: str) -> Note:
    zh_noun, _ = noun(o)
    a, b, a_en, b_en = _shown(o, n)
    step = direction(o, n)
    verb, en_verb = {1: ("提高到", "raised"), -1: ("降低到", "lowered"), 0: ("改为", "changed")}[step]
    tail, en_tail = _bounds_note(o, n)
    # what a period is for, in the provision's words: "期限由三个月改为六十日" alone did not say it is the notice's,
    # not the post's three months (民事诉讼法 第二百七十四条 → 第二百八十三条, the sixty-fourth reading)
    context = _period_context(new_phrase, n) if o.group == "period" or o.unit == AGE else ""
    if context:
        tail, en_tail = f"{tail}（{context}）", f"{en_tail} (“{context}”)"
    return Note(Finding(_kind(o, True), clip(old_phrase), clip(new_phrase),
                        f"{zh_noun}由{a}{verb}{b}{tail}", f"{_en_noun(o)} {en_verb} from {a_en} to {b_en}{en_tail}",
                        subject=o.subject or n.subject), (o.text, n.text, o.figures, n.figures))


_PERIOD_STARTS = ("自", "在", "于", "满", "逾", "经过", "每", "超过")
_PHRASE_STOPS = "，。；：、\n"
#: A period read with what follows it when nothing says where it is counted from.
_WITHIN = ("内", "以内")
#: The words that say a period runs from a day named before them ("自…之日起").
_COUNTED_FROM = "日起"


#: Words of a ban said right before the period it lasts ("禁止其3年内从事…").
_BANS_BEFORE = ("禁止其", "禁止", "不准其", "限制其")
#: Words of a suspension said right before the period it lasts, longest first ("责令暂停1年执业活动").
_SUSPENDED_BY = ("责令暂停", "暂停", "暂扣", "停止")
#: Characters, at most, of what must have run a period ("医疗终结满3年后"), read back from its 满.
RUNS_BACK = 10
#: Joiners before what must have run a period: it opens after them.
_JOINERS = ("或者", "以及", "并且", "和", "或")


def _period_context(phrase: str, v: Value) -> str:
    """"自公司成立之日起五年内缴足": the words a period is counted from and what it is for."""
    window = phrase[max(0, v.start - 16):v.start]
    starts = [window.rfind(w) for w in _PERIOD_STARTS if window.rfind(w) != -1]
    if not starts and _COUNTED_FROM in window:
        # (a day counted from further back in the phrase: "但是自知道或者应当知道行政行为内容之日起最长不得超过一年",
        # 行政复议法 第二十条's new paragraph, was "新增期限：不得超过一年", counted from nothing: a fragment in the notes left
        # undone by the sixty-fifth session)
        window = phrase[last_of(phrase, _PHRASE_STOPS, v.start) + 1:v.start]
        starts = [window.find("自")] if "自" in window else []
    if starts:
        start = v.start - len(window) + min(starts)
        if phrase.startswith("满", start):
            # (and what must have run that long, "医疗终结满3年后", not "满3年后", too short to say and dropped: "删除期限：3年"
            # alone was useless in reading 1841, 军人抚恤优待条例 2019 第二十五条)
            lo = max(last_of(phrase, _PHRASE_STOPS, start) + 1, start - RUNS_BACK)
            joiner = max((phrase.rfind(j, lo, start) + len(j) for j in _JOINERS if phrase.rfind(j, lo, start) >= 0),
                         default=lo)
            start = joiner if start - joiner >= 2 else start
    elif phrase.startswith(_WITHIN, v.end):  # "5年内不得从事原备案的业务": the period and what it bounds
        start = v.start
        # (and the ban it bounds, when said before it: "禁止其3年内从事人体器官获取…", 人体器官捐献和移植条例 2023 第四十条;
        # "3年内从事…" alone read as leave to do it, useless in reading 877)
        ban = next((w for w in _BANS_BEFORE if phrase.endswith(w, 0, v.start)), "")
        start -= len(ban)
    elif suspended := next((w for w in _SUSPENDED_BY if phrase.endswith(w, 0, v.start)), ""):
        # (what a period of suspension stops, "责令暂停1年执业活动": "新增期限：1年" alone was useless in reading 918)
        start = v.start - len(suspended)
    else:
        return ""
    start = _with_its_case(phrase, start)
    stops = [i for i in (phrase.find(c, v.end) for c in _PHRASE_STOPS) if i != -1]
    end = min(stops + [len(phrase)])
    context = phrase[start:end] if end - v.end <= 20 else phrase[start:v.end + 19] + "…"
    return context if len(context) > len(v.text) + 2 else ""


#: Characters, at most, of what a multiple is of, quoted with it.
MULTIPLE_OF_LONGEST = 32
#: What the multiple makes, right after it ("30倍的标准").
_MULTIPLE_NOUN = recache.compile(r"的[^，。；：的\n]{1,4}?(?=[，。；：\n]|发放|计算|确定|给予|执行|$)")
#: Words that impose a multiple as a sanction or a sum due ("处…", "罚款…"): fines are penalties.py's.
_IMPOSES = ("处", "并处", "罚款", "赔偿")


def _multiple_of(phrase: str, v: Value) -> str:
    """What a multiple put in or taken out is of, in the provision's words ("上一年度全国城镇居民人均可支配收入30倍的标准":
    "新增数量：30倍" alone, 军人抚恤优待条例 第十三条 → 第十五条's 烈士褒扬金, was useless as a headline in reading 678); "" for
    any other figure, or when no noun stands right before it."""
    if not v.text.endswith("倍") or v.start < 1 or not "\u4e00" <= phrase[v.start - 1] <= "\u9fff" \
            or phrase.endswith(_IMPOSES, 0, v.start):
        return ""
    lo = last_of(phrase, "，。；：\n", v.start) + 1
    after = _MULTIPLE_NOUN.match(phrase, v.end)
    words = phrase[lo:after.end() if after else v.end]
    for lead in ("按照", "依照", "按", "以"):
        if words.startswith(lead):
            words = words[len(lead):]
            break
    if len(words) > MULTIPLE_OF_LONGEST:
        words = "…" + words[len(words) - MULTIPLE_OF_LONGEST:]
    return words if len(words) > len(v.text) + 2 else ""


#: Characters, at most, of a sentence's opening phrase said before a period's words as whose period it is.
WHOSE_PERIOD = 24


def _with_whose(phrase: str, context: str) -> str:
    """A period's words with its sentence's opening phrase before them, when the other version says the same figure
    elsewhere and only a duty's word stands between them: "大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起
    60日内支付款项", not the period alone beside the 60日 the old text set for 机关、事业单位 (保障中小企业款项支付条例 第八条 →
    第九条, read as that one in reading 1787). As it was when the context opens the sentence, or the opening is long or a
    case ("…的")."""
    words = context.rstrip("…")
    at = phrase.find(words)
    if at < 0 or phrase.count(words) > 1:
        return context
    lo = last_of(phrase, "。；\n", at) + 1
    comma = phrase.find("，", lo, at)
    opening = phrase[lo:comma] if comma >= 0 else ""
    if not opening or len(opening) > WHOSE_PERIOD or opening.endswith("的"):
        return context
    between = phrase[comma + 1:at]
    return f"{opening}，{between}{context}" if between in ("", "应当", "可以", "必须") else context


#: The longest case a period is read with ("被宣告缓刑的，").
_CASE_LONGEST = 12


def _with_its_case(phrase: str, start: int) -> int:
    """Where a period's words start with the case it is for, when a short clause ending "的，"
    comes right before them ("被宣告缓刑的，自缓刑考验期满之日起未逾二年": the two years are
    the suspended sentence's, not every sentence's)."""
    if not phrase.startswith("的，", start - 2):
        return start
    opening = max(phrase.rfind(c, 0, start - 1) for c in _PHRASE_STOPS) + 1
    return opening if start - opening <= _CASE_LONGEST + 1 else start


#: Words before a thing counted that are no part of whose it is ("一项发明专利的奖金").
_COUNTED = recache.compile(r"^(?:一|每|该|各)(?:项|件|个|名|次)?")
#: The longest "whose" said before a subject.
_WHOSE_LONGEST = 20


def _whose(phrase: str, v: Value, subject: str) -> str:
    """Whose the subject is, when its phrase says it as "X的<subject>" ("一项发明专利的奖金最低不少于4000元":
    "发明专利的"), so that two notes of one subject in a provision tell apart (专利法实施细则 第七十七条 → 第九十三条:
    "奖金由3000元提高到4000元" beside "奖金由1000元提高到1500元", which is which unsaid in the forty-seventh
    reading). "" when the phrase says it otherwise."""
    lo = last_of(phrase, "，。；：\n", v.start) + 1
    at = phrase.rfind(subject, lo, v.start)
    if at < 2 or phrase[at - 1] != "的":
        return ""
    whose = _COUNTED.sub("", phrase[lo:at])
    return whose if 3 <= len(whose) <= _WHOSE_LONGEST + 1 else ""


def one_sided_words(v: Value, removed: bool) -> Tuple[str, str]:
    """"新增期限：30日" / "删除金额：…" and its English: a figure put in or taken out, what it is."""
    zh_noun, _ = noun(v)
    generic = zh_noun in ("期限", "金额", "比例", "数量", "任期", "年龄")
    what = v.text if generic or zh_noun in v.text else f"{zh_noun}{v.text}"
    zh_label = "期限" if v.group == "period" else "年龄" if v.unit == AGE else _NOUN[v.kind][0]
    shown = _shown_en(v)
    return f"{'删除' if removed else '新增'}{zh_label}：{what}", f"{_en_noun(v)} {'removed' if removed else 'added'}: {shown}"


def _shown_en(v: Value) -> str:
    """A figure put in or taken out as an English note shows it: a range as a range, else the figure."""
    return v.display("en") if v.is_range else _en(v)


#: What a period of years names when these follow it: a sentence, not a time limit.
_SENTENCES = (("有期徒刑", "fixed-term imprisonment"), ("拘役", "criminal detention"))


def _sentence_named(v: Value, phrase: str) -> Optional[Tuple[str, str]]:
    """(the sentence, its English) a period names ("处五年以上十年以下有期徒刑"), or None."""
    if v.group != "period" or v.end > len(phrase):
        return None
    return next(((zh, en) for zh, en in _SENTENCES if phrase.startswith(zh, v.end)), None)


#: Characters, at most, of the case a sentence is for, quoted with it (its last phrases).
CASE_QUOTED = 60


def _case_of(phrase: str, at: int) -> str:
    """The case the sentence at ``at`` punishes: the words of its sentence up to the last "的，" before it, its last
    phrases when longer than CASE_QUOTED ("…" before them); "" when there is none."""
    lo = last_of(phrase, "。；\n", at) + 1
    end = phrase.rfind("的，", lo, at)
    if end < 0:
        return ""
    whole = phrase[lo:end + 1]
    parts = whole.split("，")
    while len(parts) > 1 and len("，".join(parts)) > CASE_QUOTED:
        parts.pop(0)
    case = "，".join(parts)
    if len(case) > CASE_QUOTED:
        return ""
    return case if case == whole else "…" + case


def one_sided_note(v: Value, phrase_old: str, phrase_new: str, removed: bool,
                   texts: Tuple[str, str] = ("", "")) -> Note:
    zh, en = one_sided_words(v, removed)
    sentence = _sentence_named(v, phrase_old if removed else phrase_new)
    if sentence is not None:  # a prison term put in, not a time limit ("新增期限：五年以上十年以下" of "处五年以上十年以下
        # 有期徒刑", 环境污染刑事案件解释 第十条: useless to the English reader of reading 363, "period added: 5–10 years")
        shown = _shown_en(v)
        zh = f"{'删除' if removed else '新增'}刑期：{v.text}{sentence[0]}"
        en = f"prison term {'removed' if removed else 'added'}: {shown} of {sentence[1]}"
        case = _case_of(phrase_old if removed else phrase_new, v.start)
        if case:  # (for what: "…提供虚假的环境影响评价等证明文件，致使…遭受特别重大损失的")
            zh, en = f"{zh}（{case}）", f"{en} (“{case}”)"
        return Note(Finding(_kind(v, False, removed), clip(phrase_old) or None, clip(phrase_new) or None, zh, en,
                            subject=v.subject), tuple(dict.fromkeys((v.text, v.figures))))
    if v.group == "period" or v.unit == AGE:  # what the period (or age) is for, in the provision's words
        context = _period_context(phrase_old if removed else phrase_new, v)
        own, other = texts if removed else texts[::-1]
        if context and v.text in other:
            context = _with_whose(own, context)
        context = _after_its_sentences_case(phrase_old if removed else phrase_new, context)
        if context:
            zh, en = f"{zh}（{context}）", f"{en} (“{context}”)"
    else:
        base = _multiple_of(phrase_old if removed else phrase_new, v)
        if base:
            zh, en = f"{zh}（{base}）", f"{en} (“{base}”)"
    return Note(Finding(_kind(v, False, removed), clip(phrase_old) or None, clip(phrase_new) or None, zh, en,
                        subject=v.subject), tuple(dict.fromkeys((v.text, v.figures))))


def _after_its_sentences_case(phrase: str, context: str) -> str:
    """A period's words that open a clause after the "；" of a sentence opened by the case it is for, said after that
    case: "以提供虚假申请材料、欺骗、贿赂等不正当手段申请取得倾倒许可证的，……三年内不得再次申请倾倒许可证", not "新增期限：三年（三年内
    不得再次申请倾倒许可证）" read as the bar of every breach the article lists (海洋环境保护法 2023 第一百零七条, reading 1945)."""
    at = phrase.find(context) if context else -1
    # (or after the "，但是" of a proviso: "但是自知道或者应当知道行政行为内容之日起最长不得超过一年" is the bar of the case the
    # sentence opens on, "行政机关作出行政行为时，未告知…申请期限的", 行政复议法 2023 第二十条, wrong in readings 1922 and 1965)
    after_but = at > 2 and phrase.endswith(("，但是", "，但"), 0, at)
    if at < 1 or not (phrase[at - 1] == "；" or after_but) or phrase.count(context) > 1 or "的，" in context:
        return context  # (not one said with a case of its own, "情节严重的，禁止其一年至五年内担任…", 慈善法 第一百一十二条)
    lo = last_of(phrase, "。\n", at - 1) + 1
    end = phrase.find("的，", lo, at)
    case = phrase[lo:end + 1] if end >= 0 else ""
    if not case or len(case) > CASE_QUOTED or any(mark in case for mark in "；：“"):
        return context
    return f"{case}，……{context}"


#: Words right before a period that make it an extension, not the period itself ("延长至六个月" is).
_EXTENDED_BY = ("延长", "延期", "顺延")


def find_figure_changes(pair, changes, lexicon) -> List[Note]:
    """amount_/rate_ changed, added, removed; quantity_changed. Fines are penalties.py's."""
    notes: List[Note] = []
    one_sided: List[Tuple[Value, object, bool]] = []
    changed: List[Tuple[Value, Value, object]] = []
    for change in changes:
        olds = [v for v in parse_values(change.old, lexicon) if not v.penalty and v.subject not in PENALTY_THRESHOLDS
                and not fine_case(v, change.old)]
        news = [v for v in parse_values(change.new, lexicon) if not v.penalty and v.subject not in PENALTY_THRESHOLDS
                and not fine_case(v, change.new)]
        gone, came = _minus(olds, news), _minus(news, olds)
        # A period one may extend by ("情况复杂的，可以延长2个月") replaces no period: said on its own.
        extensions = [v for v in came if v.group == "period" and change.new[:v.start].endswith(_EXTENDED_BY)]
        came = [v for v in came if v not in extensions]
        one_sided += [(v, change, False) for v in extensions]
        for group in dict.fromkeys(v.group for v in gone + came):
            pairs, lone_old, lone_new = pair_by_subject([v for v in gone if v.group == group],
                                                        [v for v in came if v.group == group])
            if group == AGE:
                # (an age over which and one under which are no one age changed: "男年满60周岁" and "未满16周岁的烈士遗属",
                # 烈士褒扬条例 第二十四条 → 第三十一条, were "年龄由60周岁降低到16周岁", wrong in reading 322)
                apart = [(o, n) for o, n in pairs if _under(change.old, o) != _under(change.new, n)]
                pairs = [p for p in pairs if p not in apart]
                lone_old, lone_new = lone_old + [o for o, _ in apart], lone_new + [n for _, n in apart]
            changed += [(o, n, change) for o, n in pairs]
            one_sided += [(v, change, True) for v in lone_old] + [(v, change, False) for v in lone_new]
    alike = Counter(noun(o)[0] for o, _, _ in changed)
    across: Dict[Tuple, List[Tuple[Value, Value, object]]] = {}  # (its old sentence, what, its tiers) → its figures
    for o, n, change in changed:
        tiers = _tiers(pair, change) if len(pair.new) > 1 or len(pair.old) > 1 else None
        if tiers:
            across.setdefault((_sentence_at(pair.old_text, tiers[3]), noun(o)[0], tiers[:3]), []).append((o, n, change))
            continue
        note = changed_note(o, n, change.old, change.new)
        whose = _whose(change.new, n, noun(o)[0]) if alike[noun(o)[0]] > 1 and o.subject else ""
        if whose:  # (two of one subject: "发明专利的奖金…", "实用新型专利或者外观设计专利的奖金…")
            note = Note(replace(note.finding, message=whose + note.finding.message,
                                message_en=f"{note.finding.message_en} (of “{whose.rstrip('的')}”)"), note.evidence)
        notes.append(note)
    notes += [_tier_note(figures, *key[2]) for key, figures in across.items()]
    if one_sided:  # the values of the whole provision, read only when a figure came or went
        in_old = {v.key for v in parse_values(pair.old_text, lexicon)}
        in_new = {v.key for v in parse_values(pair.new_text, lexicon)}
    for value, change, removed in one_sided:
        # Still in the other version of the provision (moved with its words, or said twice):
        # not added, not deleted.
        if value.key in (in_new if removed else in_old):
            continue
        # "一名监事", "一次会议": a count of one is the wording's news, not a quantity's.
        if value.kind == "quantity" and value.group != "period" and value.low == value.high == 1:
            continue
        at_once = _made_at_once(value, change.old, pair.new_text) if removed and value.group == "period" else None
        if at_once is not None:
            notes.append(at_once)
            continue
        notes.append(one_sided_note(value, change.old, change.new, removed, (pair.old_text, pair.new_text)))
    return notes


#: A period counted from a day ("之日起七个工作日内") that the new text replaces by acting on that day.
_FROM_THE_DAY = recache.compile(r"之日起$")
_ON_THE_DAY = recache.compile(r"之日[，,]?\s*(同步|同时|即时|立即|当日|当场|实时)")


#: The words for "no time at all" in English ("期限由七个工作日改为同步" is "period changed from 7 working days to the same day":
#: "now none: 同步" read as the deadline gone, wrong in the seventy-fifth reading).
_AT_ONCE_EN = {"同步": "the same day", "同时": "the same time", "即时": "immediately", "立即": "immediately",
               "当日": "the same day", "当场": "on the spot", "实时": "real time"}


def _made_at_once(v: Value, phrase_old: str, new_text: str) -> Optional[Note]:
    """"…取消之日起七个工作日内，有关部门应当完成清单更新" → "…应当在…取消之日，同步更新清单": the period
    is not gone, it is now none (上海市优化营商环境条例 第二十八条 → 第二十九条 was "删除期限：七个工作日")."""
    if not _FROM_THE_DAY.search(phrase_old[max(0, v.start - 4):v.start]):
        return None
    m = _ON_THE_DAY.search(new_text)
    if m is None:
        return None
    lo = last_of(new_text, "。；\n", m.start()) + 1
    hi = min([i for i in (new_text.find(c, m.end()) for c in "。；\n") if i != -1] + [len(new_text)])
    said = new_text[lo:hi] if hi - lo <= 40 else "…" + new_text[hi - 39:hi]
    zh = f"期限由{v.text}改为{m.group(1)}（“{said}”）"
    en = f"period changed from {_en(v)} to {_AT_ONCE_EN.get(m.group(1), m.group(1))} (“{said}”)"
    return Note(Finding(FindingKind.QUANTITY_CHANGED, clip(phrase_old) or None, clip(m.group()) or None, zh, en,
                        subject=v.subject), (v.text, m.group()))


# ------------------------------------------------------------------ across the document

_ONE_SIDED = {FindingKind.AMOUNT_ADDED, FindingKind.AMOUNT_REMOVED, FindingKind.RATE_ADDED,
              FindingKind.RATE_REMOVED, FindingKind.QUANTITY_CHANGED}
#: Two phrases share this much of their character pairs: the same words, moved.
SAME_PHRASE = 0.5


_PHRASE_STOP = recache.compile("[，。；：\n]")


def _phrase_around(text: str, v: Value) -> str:
    lo = last_of(text, "，。；：\n", v.start) + 1
    hit = _PHRASE_STOP.search(text, v.end)
    return text[lo:hit.start() if hit else len(text)]


#: ...or, in a provision next to the pair's (where a split or merge most often moves a sentence),
#: the shorter phrase is this many character pairs or more, half of them in the longer: the
#: sentence moved and was reworded around the figure (公司法 第八十九条's "自股款缴足之日起三十日内
#: 主持召开公司创立大会" in 第一百零三条's "…的股款缴足之日起三十日内召开公司成立大会"). Farther away, a
#: shared subject is no evidence ("单独或者合计持有公司百分之三以上股份的股东" proposes there, inspects here).
SAME_CORE = 12


def _same_phrase(mine: set, other: set, near: bool) -> bool:
    shared = len(mine & other)
    return shared >= SAME_PHRASE * max(1, len(mine)) or (
        near and shared >= SAME_CORE and shared >= SAME_PHRASE * min(len(mine), len(other)))


def _pairs_of(text: str) -> set:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _phrases_with(texts: Sequence[str], lexicon, read: Dict[str, list]) -> Dict[Tuple, List[Tuple[int, set]]]:
    """Every value of a document (its provisions' ``texts``), by key, with the provision it stands
    in (an index of ``texts``) and the character pairs of the phrase it sits in: the values of the
    texts joined by newlines, read run by run (``read``: runs already read, by text; a document
    that repeats its provisions reads each once)."""
    from bisect import bisect_right

    starts, at = [], 0  # where each text starts in the joined text
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    out: Dict[Tuple, List[Tuple[int, set]]] = {}
    offset = 0
    for run in _runs(texts, lexicon):
        found = read.get(run)
        if found is None:
            found = read[run] = [(v.key, v.start, _pairs_of(_phrase_around(run, v))) for v in parse_values(run, lexicon)]
        for key, start, pairs in found:
            out.setdefault(key, []).append((bisect_right(starts, offset + start) - 1, pairs))
        offset += len(run) + 1
    return out


#: Ends of a provision after which nothing a figure reader reads (a figure, its unit, range, bound
#: words, subject or phrase) goes on into the next provision.
_CLOSED = ("。", "；", "！", "？")
_PLAIN_WORD = recache.compile(r"[\u4e00-\u9fff]+")


def _runs(texts: Sequence[str], lexicon) -> List[str]:
    """The texts joined by newlines, cut after each text that ends a sentence: the values of the
    runs are those of the whole joined text (none reads across "。\n", see ``_CLOSED``). Words of
    the lexicon's ``not_figures`` other than plain characters might, so then the text is one run."""
    if not all(_PLAIN_WORD.fullmatch(p.pattern) for p in lexicon.not_figures):
        return ["\n".join(texts)]
    runs, run = [], []
    for text in texts:
        run.append(text)
        if text.endswith(_CLOSED):
            runs.append("\n".join(run))
            run = []
    if run:
        runs.append("\n".join(run))
    return runs


def drop_moved_figures(comparison, lexicon):
    """Take back "新增/删除" figure notes whose figure, with the words around it, stands in
    another provision of the other version: the sentence moved, the figure did not come or go
    (公司法 第八十九条's 三十日内未召开创立大会 is now in 第一百零五条)."""
    from dataclasses import replace

    olds = newer = None
    pairs = list(comparison.pairs)
    for index, pair in enumerate(pairs):
        keep = []
        for f in pair.findings:
            removed = f.message.startswith("删除")
            if f.kind not in _ONE_SIDED or not f.message.startswith(("新增", "删除")):
                keep.append(f)
                continue
            if olds is None:
                read: Dict[str, list] = {}
                olds = _phrases_with([c.text for c in comparison.old.clauses], lexicon, read)
                newer = _phrases_with([c.text for c in comparison.new.clauses], lexicon, read)
                # where each clause stands in its version: the other version's, for a note's figure
                places = {gone: {c.id: k for k, c in enumerate(side.clauses)}
                          for gone, side in ((True, comparison.new), (False, comparison.old))}
            text = pair.old_text if removed else pair.new_text
            said = f.message.split("：", 1)[-1].split("（")[0]
            value = next((v for v in parse_values(text, lexicon) if said.endswith(v.text)), None)
            if value is None:
                keep.append(f)
                continue
            mine = _pairs_of(_phrase_around(text, value))
            elsewhere = (newer if removed else olds).get(value.key, [])
            around = _neighbours(places[removed], pair.new if removed else pair.old)
            if not any(_same_phrase(mine, other, where in around) for where, other in elsewhere):
                keep.append(f)
        if len(keep) != len(pair.findings):
            pairs[index] = replace(pair, findings=tuple(keep))
    return replace(comparison, pairs=tuple(pairs))


def _neighbours(place: Dict[str, int], clauses) -> set:
    """The provisions just before and after ``clauses`` in their version (``place``: where each
    of its clauses stands), as indexes of its clauses."""
    at = [place[c.id] for c in clauses if c.id in place]
    return {min(at) - 1, max(at) + 1} if at else set()
