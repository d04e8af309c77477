"""What a provision lost that another provision of the new version now says, found across the document after
the moves (document.py runs these):

- a number taken out of a provision that now applies others by reference, said with what they state
  (``figures_by_reference``);
- a sanction or a fine taken out that another article gives for the same conduct, or states word for word
  (``sanctions_now_elsewhere``, ``fines_now_elsewhere``), criminal liability now given once for every breach of the
  law (``crimes_said_once``);
- a deleted provision's sentence nearly the same as another old provision's that went on into a new one
  (``with_a_sibling``); a deleted penalty's conduct now an item put in another provision's list
  (``conduct_into_an_item``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from .. import recache
from ..models import Comparison, Finding, FindingKind, Status
from ..numerals import article_en
from .citations import own_articles_cited
from .values import last_of


#: A provision that applies others by reference: "本法第六十七条、第六十八条第一款、第七十条、第七十一条的规定，
#: 适用于股份有限公司" (group 1: the articles cited).
_APPLIES = recache.compile(r"本法((?:第[零〇一二三四五六七八九十百千]+条(?:第[一二三四五六七八九十]+款)?[、和及]?)+)的规定，适用于")
_CITED_ARTICLE = recache.compile(r"第([零〇一二三四五六七八九十百千]+)条")
_FIGURE_TAKEN_OUT = ("删除数量：", "quantity removed: ")


def figures_by_reference(comparison: Comparison, lexicon) -> Comparison:
    """A number taken out of a provision that now applies others by reference, one of which states a number of
    the same thing, is said with it: "删除数量：成员五人至十九人（现适用第六十八条：“有限责任公司董事会成员为三人以上”）"
    (公司法 第一百零八条 → 第一百二十条: the board of a 股份有限公司 follows 第六十八条第一款 now; "删除数量" alone
    read as no size at all, wrong in the twenty-eighth reading)."""
    from .figures import parse_figures

    by_label = {c.label: c for c in comparison.new.clauses if c.label}
    changed: dict = {}
    for pair in comparison.pairs:
        wanted = [f for f in pair.findings if f.kind is FindingKind.QUANTITY_CHANGED and f.subject
                  and f.message.startswith(_FIGURE_TAKEN_OUT[0]) and not f.message.endswith("）")]
        applies = _APPLIES.search(pair.new_text) if wanted else None
        if applies is None:
            continue
        cited = [by_label.get(f"第{n}条") for n in _CITED_ARTICLE.findall(applies.group(1))]
        for f in wanted:
            said = next(((c, phrase) for c in cited if c is not None for phrase in re.split(r"[，。；]", c.text)
                         if f.subject in phrase and parse_figures(phrase, lexicon)), None)
            if said is None:
                continue
            clause, phrase = said
            changed[id(f)] = replace(f, message=f"{f.message}（现适用{clause.label}：“{phrase}”）",
                                     message_en=f"{f.message_en} (now as {article_en(clause.label)} provides: “{phrase}”)")
    return _with_changed(comparison, changed)


_SANCTION_TAKEN_OUT = ("不再规定处罚：", "sanction removed: ")
#: The conduct an article punishes: its words up to the first "的，", after "违反本法（第X条的）规定，".
_CONDUCT = recache.compile(r"^(?:违反本法[^，。；]{0,12}规定，)?([^。；]{12,80}?的)，")
#: A second conduct joined to the first by 或者 ("…的，或者明知是…隐瞒的，由…").
_OR_CONDUCT = recache.compile(r"或者([^。；]{12,80}?的)，")
#: How near (partial ratio, 0–100) another article states the conduct to be the same one.
CONDUCT_ELSEWHERE = 90


def sanctions_now_elsewhere(comparison: Comparison) -> Comparison:
    """A sanction said no longer given for a conduct that one other article of the new version states, with
    the sanction's verb, went there: "撤销公司登记不再在此规定，现见第三十九条" (公司法 第一百九十八条 → 第二百五十条:
    "虚报注册资本、提交虚假材料或者采取其他欺诈手段隐瞒重要事实取得公司设立登记的，公司登记机关应当…予以撤销" is now
    第三十九条; "不再规定撤销公司登记" in the article's headline was wrong in the twenty-seventh reading). When that
    article was put in, it is said moved in from there ("“…予以撤销”由原第一百九十八条移入，并作较大修改"), as a sentence that
    moved says where it came from: counted new in the line of its chapter put in ("其中新增条文5条"), wrong in reading 251."""
    from rapidfuzz.fuzz import partial_ratio

    put_in = {c.id: i for i, p in enumerate(comparison.pairs) if p.status is Status.ADDED for c in p.new}
    came: dict = {}  # the index of a pair put in → the notes of what came to it
    changed: dict = {}
    for pair in comparison.pairs:
        wanted = [f for f in pair.findings
                  if f.kind is FindingKind.PENALTY_CHANGED and f.message.startswith(_SANCTION_TAKEN_OUT[0])]
        m = _CONDUCT.match(pair.old_text) if wanted else None
        if m is None:
            continue
        conduct, theirs = m.group(1), {c.id for c in pair.new}
        for f in wanted:
            what = f.message[len(_SANCTION_TAKEN_OUT[0]):]
            there = [c for c in comparison.new.clauses if c.id not in theirs and what[:2] in c.text
                     and partial_ratio(conduct, c.text) >= CONDUCT_ELSEWHERE]
            if len(there) != 1:
                continue
            label = there[0].display_label
            what_en = _said_after(f, _SANCTION_TAKEN_OUT)
            changed[id(f)] = replace(f, message=f"{what}不再在此规定，现见{label}",
                                     message_en=f"{what_en} no longer here; now in {article_en(label)} of the new version")
            j = put_in.get(there[0].id)
            if j is not None:
                sentence = max((s for s in re.split(r"(?<=[。；])", there[0].text.strip()) if what[:2] in s),
                               key=lambda s: partial_ratio(conduct, s), default=there[0].text).rstrip("。；")
                came.setdefault(j, []).append(_moved_in(pair, sentence))
    return _with_came(_with_changed(comparison, changed), came)


#: A provision that gives criminal liability for every breach of the law: "违反本法规定，构成违反治安管理行为的，依法给予
#: 治安管理处罚；构成犯罪的，依法追究刑事责任。" (other liabilities before it, each "造成/构成…的，…；").
_CRIMES_FOR_ALL = recache.compile(
    r"^违反本(?:法|条例|办法|规定)(?:的)?规定，(?:(?:造成|构成|损害)[^；。]*的，[^；。]*；)*构成犯罪的，依法追究刑事责任"
    r"(?:；(?:给他人)?(?:造成|构成|损害)[^；。]*的，[^；。]*)*。?$")
#: (the clause may end a list's lead-in, its colon quoted: "不再规定：“构成犯罪的，依法追究刑事责任：”", 保守国家秘密法 第四十八条 →
#: 第五十七条, 第六十二条 giving it for every breach: wrong in reading 715)
_CRIME_TAKEN_OUT = recache.compile(r"^不再规定：“([^“”]*(?:构成犯罪的，依法|依照刑法[^“”，；]{0,8}规定[^“”，；]{0,16}?)追究刑事责任)"
                                   r"[：:]?”$")
_CRIME = "构成犯罪的，依法追究刑事责任"
#: A provision of one sentence that only gives a conduct criminal liability ("违反本法规定，引起…的，依照刑法有关规定追究刑事责任").
_ONLY_A_CRIME = recache.compile(r"^[^。；\n]{4,120}的，(?:依照刑法[^。；\n，]{0,16}|依法)追究刑事责任。?$")
#: (its colon quoted too, where it ended a list's lead-in: "“构成犯罪的，依法追究刑事责任：”不再在此规定，现见第六十六条", 烈士褒扬条例
#: 第三十五条 → 第五十八条)
_CRIME_WENT = recache.compile(r"^“(构成犯罪的，依法追究刑事责任)[：:]?”(?:不再在此规定，现见|移至现)(第[^，（）“”]+?条)$")
_CRIME_CAME = recache.compile(r"^“构成犯罪的，依法追究刑事责任”由原第[^，（）“”]+?条移入$")


def crimes_said_once(comparison: Comparison) -> Comparison:
    """A sentence giving criminal liability taken out of a provision, where the new version gives it once for every
    breach of the law, is said there: "“对严重污染海洋环境、破坏海洋生态，构成犯罪的，依法追究刑事责任”不再在此规定，现由第一百
    一十九条统一规定" (海洋环境保护法 第九十条 → 第一百一十五条, "不再规定" wrong in the sixtieth reading: 第一百一十九条 "违反本法
    规定，…构成犯罪的，依法追究刑事责任"; 体育法 第四十九条's 贿赂、诈骗、组织赌博 → 第一百一十九条)."""
    from .repeats import rewritten_as

    general = [c for c in comparison.new.clauses if _CRIMES_FOR_ALL.match(c.text.strip())]
    if len(general) != 1:
        return comparison
    label = general[0].display_label
    changed: dict = {}
    stock = sum(_CRIME in c.text for c in comparison.old.clauses) >= 2
    for pair in comparison.pairs:
        if "治安管理" in general[0].text:
            _public_order_said_once(pair, label, changed)
        if stock and general[0] in pair.new:
            # (the clause many old provisions said, each for its own breach, came from none of them alone: "“构成犯罪的，依法
            # 追究刑事责任”由原第三十三条移入" was useless in reading 320, 科学技术普及法 第五十九条 from 第三十条 to 第三十三条)
            for f in pair.findings:
                if f.kind is FindingKind.TEXT_MOVED and _CRIME_CAME.match(f.message):
                    changed[id(f)] = ()
        if "追究刑事责任" in pair.new_text:
            continue  # (still given here, in other words)
        lead_in = pair.old_text.split("\n", 1)[0]
        if pair.status is Status.DELETED and _CRIME in lead_in and lead_in.rstrip().endswith(("：", ":")) \
                and not any(f.kind is FindingKind.TEXT_MOVED and _CRIME in f.message for f in pair.findings):
            # (a list of crimes, each given criminal liability by its lead-in: the liability the general provision gives,
            # "第六十四条（违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任）整条删除" read as no longer a crime, 文物保护法
            # 2024 第九十六条, wrong in reading 404; the list of examples is what went)
            deleted = next((f for f in pair.findings if f.message.startswith("删除原")), None)
            if deleted is not None:
                changed[id(deleted)] = (deleted, _given_there(lead_in, _CRIME, label))
        elif pair.status is Status.DELETED and _ONLY_A_CRIME.match(pair.old_text.strip()) and len(pair.findings) == 1 \
                and pair.findings[0].message.startswith("删除原"):
            # (a provision that only made one conduct a crime: the liability the general provision gives, "删除原第二十二条
            # （关于“引起检疫传染病传播…依照…”的规定）" read as no longer a crime, 国境卫生检疫法 2018 第二十二条 → 2024 第五十条,
            # wrong in reading 873)
            text = pair.old_text.strip().rstrip("。")
            changed[id(pair.findings[0])] = _given_there(text, text, label)
        for f in pair.findings:
            if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：") and f.old and f.new \
                    and f.old.endswith("，" + _CRIME) and len(f.old) > len(_CRIME) + 1 and id(f) not in changed:
                # (a sentence rewritten whose criminal liability the general provision now gives: "改写：“…徇私舞弊，构成犯罪的，
                # 依法追究刑事责任”改为“…徇私舞弊……依法给予处分”" read as crimes now only disciplined, 商用密码管理条例
                # 第二十五条 → 第六十五条, wrong in reading 849; the rest rewritten, the clause given there)
                rest = f.old[:-len(_CRIME) - 1]
                changed[id(f)] = (rewritten_as(f, rest, f.new), _given_there(f.old, _CRIME, label))
                continue
            m = _CRIME_TAKEN_OUT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else \
                _CRIME_WENT.match(f.message) if f.kind is FindingKind.TEXT_MOVED else None
            if m and (f.kind is FindingKind.WORDING_CHANGED or m.group(2) == label):
                # (and "…不再在此规定，现见第五十九条" or "…移至现第五十九条" of the clause the general one gives: said as given
                # there for every breach)
                q = m.group(1)
                changed[id(f)] = _given_there(f.old, q, label)
        if _CRIME in pair.old_text and any(id(f) in changed for f in pair.findings):
            _short_of_a_crime_off(pair, changed)
    return _with_changed(comparison, changed)


#: A wording note's part that says only the bar of a crime taken out ("删除“尚不构成犯罪”").
_SHORT_OF_A_CRIME_OFF = recache.compile(r"^删除“(?:尚)?不构成犯罪(?:的)?”$")


def _short_of_a_crime_off(pair, changed: dict) -> None:
    """A provision whose criminal liability the general provision now gives: "删除“尚不构成犯罪”" of the sanction that was
    for the case short of a crime is that move's, no edit of its own (商用密码管理条例 第二十五条 → 第六十五条, beside
    "“构成犯罪的，依法追究刑事责任”不再在此规定，现由第六十六条统一规定": useless in reading 1558)."""
    from .repeats import _WORDING, _english_parts, _with_parts

    for f in pair.findings:
        if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith(_WORDING) or id(f) in changed:
            continue
        zh = f.message[len(_WORDING):].split("；")
        en = _english_parts(f, zh)
        keep = [k for k, part in enumerate(zh) if not _SHORT_OF_A_CRIME_OFF.match(part)]
        if len(keep) == len(zh) or en is None:
            continue
        changed[id(f)] = _with_parts(f, [zh[k] for k in keep], [en[k] for k in keep]) if keep else ()


#: The note ``_given_there`` makes of criminal liability (group 1: the provision that now gives it).
_CRIMES_GIVEN = recache.compile(r"^“构成犯罪的，依法追究刑事责任”不再在此规定，现由(第[^，（）“”]+?条)统一规定$")


def crimes_given_by(findings: Sequence[Finding]) -> str:
    """The provision that now gives the criminal liability a provision gave ("第九十六条"), by its notes, or ""."""
    return next((m.group(1) for f in findings if f.kind is FindingKind.TEXT_MOVED
                 for m in [_CRIMES_GIVEN.match(f.message)] if m), "")


def _given_there(old: Optional[str], q: str, label: str) -> Finding:
    """The note of a sanction (quoted ``q``) taken out of a provision that ``label`` now gives for every breach of the law."""
    return Finding(FindingKind.TEXT_MOVED, old, None, f"“{q}”不再在此规定，现由{label}统一规定",
                   f"“{q}” no longer here; {article_en(label)} of the new version now provides it for every breach of the law")


#: A provision that gives sanctions to those responsible for every breach of the law ("…或者有其他违反本办法规定行为的，对负有
#: 责任的领导人员和直接责任人员，依法依规给予处分"): one sentence.
_DISCIPLINE_FOR_ALL = recache.compile(
    r"^[^。；]*(?:有其他违反本(?:法|条例|办法|规定)规定(?:的)?行为|违反本(?:法|条例|办法|规定)规定)的，对[^。；]*?责任人员[^。；]*?给予处分。?$")
#: A sentence giving sanctions to those responsible, said taken out.
_DISCIPLINE_TAKEN_OUT = recache.compile(r"^不再规定：“([^“”]*责任人员[^“”]*给予(?:行政)?处分)”(?:（共\d+处）)?$")


def discipline_said_once(comparison: Comparison) -> Comparison:
    """A sentence giving sanctions (处分) to those responsible taken out of a provision, where the new version gives them
    in one provision for every breach of the law, is said there, as ``crimes_said_once`` says criminal liability: "“对主要
    负责人、负有责任的主管人员和其他直接责任人员，依照《中国人民解放军纪律条令》的规定，给予处分”不再在此规定，现由第五十四条统一规定"
    (中国人民解放军实施《药品管理法》办法 2004 第二十二条 → 2025 第四十七条 and nineteen more: "不再规定" wrong in reading 327,
    第五十四条 "…或者有其他违反本办法规定行为的，对负有责任的领导人员和直接责任人员，依法依规给予处分")."""
    general = [c for c in comparison.new.clauses if _DISCIPLINE_FOR_ALL.match(c.text.strip())]
    if len(general) != 1:
        return comparison
    label = general[0].display_label
    changed: dict = {}
    for pair in comparison.pairs:
        if "处分" in pair.new_text:
            continue  # (still given here, in other words)
        for f in pair.findings:
            m = _DISCIPLINE_TAKEN_OUT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
            if m:
                q = m.group(1)
                changed[id(f)] = _given_there(f.old, q, label)
    return _with_changed(comparison, changed)


#: A provision's own sanction for a breach of public order ("构成违反治安管理行为的，由公安机关依法给予处罚").
_PUBLIC_ORDER = recache.compile(r"构成违反治安管理行为的，[^；。]*?给予[^；。]*?处罚")
_ONE_EDIT = recache.compile(r"^表述修改：“([^“”]+)”改为“([^“”]+)”$")
#: A sentence giving a sanction for a breach of public order, said taken out.
_PUBLIC_ORDER_TAKEN_OUT = recache.compile(r"^不再规定：“([^“”]*违反治安管理[^“”]*?给予[^“”]*?处罚)”$")


def _public_order_said_once(pair, label: str, changed: dict) -> None:
    """An edit of a provision's sanction for a breach of public order into something else, where the new version gives that
    sanction once for every breach (the provision of crimes_said_once): the sanction said there, what came in its place said
    put in. "表述修改：“构成违反治安管理行为的，由公安机关”改为“责令改正”" (突发事件应对法 第六十六条 → 第九十八条, read as the
    public-order sanction become an order to correct: wrong in reading 151) is "“构成违反治安管理行为的，由公安机关依法给予处罚”
    不再在此规定，现由第一百零二条统一规定" and "表述修改：新增“责令改正”"."""
    if "治安管理" in pair.new_text:
        return
    for f in pair.findings:  # (a sentence of it taken out whole: "不再规定：“有前款所列行为，违反治安管理的，由公安机关依照治安管理
        # 处罚法的有关规定给予处罚”", 体育法 第五十条 → 第一百一十四条, 第一百一十九条 giving it for every breach)
        taken = _PUBLIC_ORDER_TAKEN_OUT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        if taken:
            changed[id(f)] = _given_there(f.old, taken.group(1), label)
    m = _PUBLIC_ORDER.search(pair.old_text)
    if m is None:
        return
    for f in pair.findings:
        edit = _ONE_EDIT.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        if edit and edit.group(1) in m.group() and "治安管理" in edit.group(1):
            q, put = m.group(), edit.group(2)
            changed[id(f)] = (
                _given_there(q, q, label),
                Finding(FindingKind.WORDING_CHANGED, None, put, f"表述修改：新增“{put}”", f"wording changed: added “{put}”"))


def _said_after(f, prefixes) -> str:
    """The English note's words after its prefix (``prefixes``: the Chinese and the English one), else the Chinese."""
    zh, en = prefixes
    return f.message_en[len(en):] if f.message_en.startswith(en) else f.message[len(zh):]


def _with_changed(comparison: Comparison, changed: dict) -> Comparison:
    """The comparison with the findings ``changed`` names (by id) replaced, each by one finding or a tuple of them."""
    if not changed:
        return comparison

    def findings(p) -> tuple:
        out = []
        for f in p.findings:
            now = changed.get(id(f), f)
            out.extend(now if isinstance(now, tuple) else (now,))
        return tuple(out)

    return replace(comparison, pairs=tuple(
        p if not any(id(f) in changed for f in p.findings) else replace(p, findings=findings(p))
        for p in comparison.pairs))


_FINE_TAKEN_OUT = ("删除罚款：", "fine removed: ")
#: Characters before a fine's range that say what it is counted on ("建设项目总投资额"), at most.
_FINE_BASE = 10


def fines_now_elsewhere(comparison: Comparison) -> Comparison:
    """A fine said taken out of an article whose words (its range and what it is counted on: "建设项目总投资额
    百分之一以上百分之五以下") one other article of the new version says, and no other of the old one, went there:
    "处建设项目总投资额1%–5%的罚款移至现第一百零一条", not "删除罚款：处建设项目总投资额1%–5%" (海洋环境保护法
    第八十二条: its first paragraph is now 第一百零一条's second, reworded; wrong in the twenty-seventh reading)."""
    from .notes_elsewhere import _elsewhere

    wanted = [(k, f) for k, p in enumerate(comparison.pairs) for f in p.findings
              if f.kind is FindingKind.PENALTY_CHANGED and f.message.startswith(_FINE_TAKEN_OUT[0]) and f.old]
    if not wanted:
        return comparison
    changed: dict = {}
    for k, f in wanted:
        pair = comparison.pairs[k]
        text = pair.old_text
        at = text.find(f.old)
        if at < 0:
            continue
        start = max(text.rfind(c, 0, at) for c in "，；。、处\n") + 1
        words = text[max(start, at - _FINE_BASE):at + len(f.old)]
        if len(words) <= len(f.old):
            continue  # (a range alone says nothing of where it went)
        theirs = {c.id for c in pair.new}
        there = [c for c in comparison.new.clauses if words in c.text and c.id not in theirs]
        mine = {c.id for c in pair.old}
        if len(there) != 1 or any(words in c.text for c in comparison.old.clauses if c.id not in mine):
            continue
        label = there[0].display_label
        if any(g.kind is FindingKind.TEXT_MOVED and g.old and f.old in g.old and (f"现见{label}" in g.message
                                                                                or f"移至现{label}" in g.message)
               for g in pair.findings):
            changed[id(f)] = ()  # (the sentence's note, quoting the fine, says where it went: "移至" beside it said it
            continue  # again, 海洋 第八十二条, useless in reading 211)
        what, what_en = f.message[len(_FINE_TAKEN_OUT[0]):], _said_after(f, _FINE_TAKEN_OUT)
        changed[id(f)] = replace(f, message=f"{what}的罚款移至现{label}",
                                 message_en=f"the fine of {what_en} moved to {article_en(label)} of the new version")
        # (and the sentence of that fine, said taken out, went with it: 海洋 第八十二条's "违反本法第四十七条第一款的规定……处建设
        # 项目总投资额百分之一以上百分之五以下的罚款……" was "不再规定" beside its fine "移至现第一百零一条", the forty-fifth reading)
        for g in pair.findings:
            if g.kind is FindingKind.WORDING_CHANGED and g.message.startswith("不再规定：") and g.old and f.old in g.old:
                changed[id(g)] = _elsewhere(g.old, label, True)
    return _with_changed(comparison, changed)


def _moved_in(pair, sentence: str) -> Finding:
    """"“sentence”由原第X条移入" of ``pair``'s old articles, reworded or largely rewritten."""
    from .moved import _labels, moved_from
    from .reworded import REWORDED, REWRITTEN, rewritten

    return moved_from(sentence, _labels(pair.old), None, *(REWRITTEN if rewritten(pair.old_text, sentence) else REWORDED))


def _with_came(comparison: Comparison, came: dict) -> Comparison:
    """The comparison with the notes ``came`` holds (the index of a pair → the notes of what came to it) added."""
    if not came:
        return comparison
    return replace(comparison, pairs=tuple(replace(p, findings=p.findings + tuple(came[i])) if i in came else p
                                           for i, p in enumerate(comparison.pairs)))


#: A fine on a unit's responsible persons in a follow-on article: "…对负有责任的董事…或者其他直接责任人员，…处…罚款".
_PERSONS_FINED = recache.compile(r"对[^。；]{0,30}人员[^。；]{0,20}罚款")
#: Who a fine taken out fell on, when named: "删除罚款：对…人员处…" (group 1).
_ON_PERSONS = recache.compile(r"^对([^处]*人员)处")


def penalties_to_a_follow_on(comparison: Comparison) -> Comparison:
    """A sanction, or a fine on a unit's responsible persons, said taken out of an article, that one other article of
    the new version gives for the breaches of the articles this one became ("金融机构有本法第五十三条、第五十四条规定的行为，致使
    …，…责令停业整顿、吊销经营许可证", "依照本法第五十二条至第五十四条规定对金融机构进行处罚的，还可以…对负有责任的董事…处…罚款"),
    went there: 反洗钱法 2006 第三十二条's "不再规定处罚：责令停业整顿" and its persons' fines "删除" were wrong in reading 307, the
    first headline (now 第五十五、五十六条)."""
    from .lexicon import load_lexicon
    from .penalties import _listed
    from .values import parse_values

    put_in = {c.id: i for i, p in enumerate(comparison.pairs) if p.status is Status.ADDED for c in p.new}
    came: dict = {}  # the index of a pair put in → the notes of what came to it

    def went(pair, clause, words: str) -> None:
        """The sentence of ``clause`` holding ``words`` said moved in from ``pair``'s old article, when it was put in."""
        j = put_in.get(clause.id)
        if j is None:
            return
        sentence = next((t for t in re.split(r"(?<=[。；])", clause.text.strip()) if words in t), clause.text).rstrip("。；")
        if not any(sentence in g.new for g in came.get(j, ()) if g.new):
            came.setdefault(j, []).append(_moved_in(pair, sentence))

    changed: dict = {}
    for pair in comparison.pairs:
        wanted = [f for f in pair.findings if f.kind is FindingKind.PENALTY_CHANGED
                  and (f.message.startswith(_SANCTION_TAKEN_OUT[0])
                       or f.message.startswith(_FINE_TAKEN_OUT[0]) and _ON_PERSONS.match(f.message[len(_FINE_TAKEN_OUT[0]):]))]
        mine = {c.number for c in pair.new if c.number is not None} if wanted else set()
        if not mine:
            continue
        theirs = {c.id for c in pair.new}
        follow_on = [c for c in comparison.new.clauses if c.id not in theirs and own_articles_cited(c.text) & mine]
        for f in wanted:
            if f.message.startswith(_SANCTION_TAKEN_OUT[0]):
                what = f.message[len(_SANCTION_TAKEN_OUT[0]):]
                there = [c for c in follow_on if what.replace("其", "") in c.text.replace("其", "")]
                if len(there) == 1:
                    label = there[0].display_label
                    changed[id(f)] = replace(f, message=f"{what}不再在此规定，现见{label}",
                                             message_en=f"{_said_after(f, _SANCTION_TAKEN_OUT)} no longer here; now in "
                                                        f"{article_en(label)} of the new version")
                    went(pair, there[0], what.replace("其", "")[:4])
                continue
            what = f.message[len(_FINE_TAKEN_OUT[0]):]
            there = [c for c in follow_on if "罚款" in c.text and "人员" in c.text and _PERSONS_FINED.search(c.text)]
            if len(there) == 1:
                label = there[0].display_label
                en = f.message_en.replace("fine removed", "fine", 1) if f.message_en.startswith("fine removed") \
                    else f"fine {what}"
                # (and what they are there: "移至现第五十六条" alone hid a fine raised from 1万–5万元 to 20万–100万元, reading 309)
                text = there[0].text
                now = [v for v in parse_values(text, load_lexicon()) if v.penalty and v.subject == "罚款"
                       and "人员" in text[max(text.rfind(c, 0, v.start) for c in "。；\n") + 1:v.start]]
                zh_now, en_now = (f"，现为{_listed(now, 'zh')}", f" ({_listed(now, 'en')} there)") if now else ("", "")
                changed[id(f)] = replace(f, message=f"{what}的罚款移至现{label}{zh_now}",
                                         message_en=f"{en}, now in {article_en(label)} of the new version{en_now}")
                went(pair, there[0], "罚款")
    return _with_came(_with_changed(comparison, changed), came)


_SANCTION_PUT_IN = ("新增处罚：", "sanction added: ")


def _sanctions_put_in(pair) -> list:
    """The pair's notes of a sanction put in ("新增处罚：…")."""
    return [f for f in pair.findings
            if f.kind is FindingKind.PENALTY_CHANGED and f.message.startswith(_SANCTION_PUT_IN[0])]


def _stated_here(f: Finding, what: str, label: str, was: str = "") -> Finding:
    """A sanction said put in, said instead as stated here now, formerly in ``label``: "没收违法所得现于本条规定（原见第一百条）";
    ``was``: the old sanction's words, when they were other ("（原见第二十九条：“情节严重的，……撤销该医疗机构人体器官移植诊疗科目
    登记”）")."""
    was_zh, was_en = (f"：“{was}”", f": “{was}”") if was else ("", "")
    return replace(f, kind=FindingKind.TEXT_MOVED, message=f"{what}现于本条规定（原见{label}{was_zh}）",
                   message_en=f"{_said_after(f, _SANCTION_PUT_IN)} now stated here (formerly in {article_en(label)}{was_en})")


def _old_sanction(kind: int, text: str, new_clause: str, lexicon) -> str:
    """The one sanction of ``kind`` an old provision gave, in its words, with the serious cases it was kept for when the new
    clause does not keep it so ("情节严重的，……撤销该医疗机构人体器官移植诊疗科目登记"); "" for none or several."""
    from .penalties import _sanctions

    same = [(words, at) for words, (k, at) in _sanctions(text, lexicon).items() if k == kind]
    if len(same) != 1:
        return ""
    words, _ = same[0]
    at = text.find(words)
    clause = text[last_of(text, "。；\n", at) + 1:at] if at >= 0 else ""
    serious = _SERIOUS.search(clause)
    if serious and not _SERIOUS.search(new_clause):
        gap = "" if clause.endswith(serious.group(0) + "，") else "……"  # (the words between them left out)
        return f"{serious.group(0)}，{gap}{words}"
    return words


#: The serious cases a sanction is kept for.
_SERIOUS = recache.compile(r"情节(?:特别)?严重的")


def sanctions_from_an_old_follow_on(comparison: Comparison) -> Comparison:
    """A sanction said put in that the old version gave in one other article for the breaches of this one ("慈善组织有本法第
    九十八条、第九十九条规定的情形，有违法所得的，由民政部门予以没收") is said from there: "没收违法所得现于本条规定（原见第一百条）"
    (慈善法 2016 第九十八、九十九条 → 第一百零九、一百一十条: "新增处罚：没收违法所得" and two headlines were wrong in reading
    311)."""
    from .lexicon import load_lexicon
    from .penalties import _sanctions

    lexicon = None
    changed: dict = {}
    for pair in comparison.pairs:
        wanted = _sanctions_put_in(pair)
        mine = {c.number for c in pair.old if c.number is not None} if wanted else set()
        if not mine:
            continue
        theirs = {c.id for c in pair.old}
        lexicon = lexicon or load_lexicon()
        follow_on = [c for c in comparison.old.clauses if c.id not in theirs and own_articles_cited(c.text) & mine]
        for f in wanted:
            what = f.message[len(_SANCTION_PUT_IN[0]):]
            there = [c for c in follow_on if what in _sanctions(c.text, lexicon)]
            if len(there) != 1:
                continue
            # (a sanction that stayed where the law puts it: no penalty changed, no penalty headline; useless as the
            # revision's second headline in reading 314)
            changed[id(f)] = _stated_here(f, what, there[0].display_label)
    return _with_changed(comparison, changed)


def sanctions_from_an_old_conduct(comparison: Comparison) -> Comparison:
    """A sanction said put in whose sentence punishes a conduct another old provision punished with a sanction of the same
    kind is said from there: "吊销该医疗机构的人体器官移植诊疗科目现于本条规定（原见第二十九条）" (人体器官捐献和移植条例 2023
    第三十八条's second paragraph, "医疗机构不再具备…条件，仍从事人体器官移植的", was 2007 第二十九条（一）, its registration
    revoked and a 3-year bar: "新增处罚" of both, set beside 第二十七条, wrong in reading 1378). Not a list's lead-in
    ("有下列情形之一的"): its conduct is in the items."""
    from rapidfuzz.fuzz import partial_ratio

    from .lexicon import load_lexicon
    from .penalties import _sanctions

    lexicon = None
    olds = None
    changed: dict = {}
    for pair in comparison.pairs:
        wanted = _sanctions_put_in(pair)
        if not wanted:
            continue
        lexicon = lexicon or load_lexicon()
        if olds is None:  # (the old provisions' sanctions, read once, when a sanction put in asks)
            olds = [(c, {kind for kind, _ in _sanctions(c.text, lexicon).values()}) for c in comparison.old.clauses]
        theirs = {c.id for c in pair.old}
        kinds = _sanctions(pair.new_text, lexicon)
        for f in wanted:
            what = f.message[len(_SANCTION_PUT_IN[0]):]
            at = pair.new_text.find(what)
            if at < 0 or what not in kinds:
                continue
            start = last_of(pair.new_text, "。；\n", at) + 1
            m = _CONDUCT.match(pair.new_text[start:at])
            if m is None or _LEAD_IN.search(m.group(1)):
                continue
            there = [c for c, sanctioned in olds if c.id not in theirs and kinds[what][0] in sanctioned
                     and partial_ratio(m.group(1), c.text) >= CONDUCT_RESTATED]
            if len(there) != 1:
                continue
            # (in the old provision's words when they were other: the sanction reworded, or kept for serious cases;
            # "现于本条规定（原见第二十九条）" of a revocation that was "情节严重的" only read as moved unchanged, wrong in the
            # English reading 1385)
            was = _old_sanction(kinds[what][0], there[0].text, pair.new_text[start:at], lexicon)
            changed[id(f)] = _stated_here(f, what, there[0].display_label, "" if was == what else was)
    return _with_changed(comparison, changed) if changed else comparison


#: How near (0–100) a sanction's conduct and another old provision's text are for the one to restate the other.
CONDUCT_RESTATED = 70
#: A list's lead-in: its conduct is in the items.
_LEAD_IN = recache.compile(r"下列[^，。；]{0,6}之一")


#: How near (0–100) a deleted provision's sentence and another old provision's are to be one rule for two cases.
SIBLING = 85


def with_a_sibling(pairs, lexicon):
    """A deleted provision's sentence nearly the same as a sentence of another old provision that went on into a
    new one (not said taken out or moved) went there with it: 海洋环境保护法 第八十条 ("违反本法第四十四条的规定，海岸
    工程建设项目未建成环境保护设施…并处二万元以上十万元以下的罚款") and 第八十二条第二款 (the same for 海洋工程, 89 alike) are
    both 第一百零三条 now, for every 工程建设项目. "整条删除，含二万元至十万元的罚款" was wrong (the twenty-seventh to
    twenty-ninth readings); the sentence is said moved there, reworded."""
    from .moved import MIN_MOVED, _labels, moved_to
    from .reworded import REWORDED
    from .rewrites import quote
    from .sentences import nearest, sentences

    deleted = [k for k, p in enumerate(pairs) if p.status is Status.DELETED and p.old]
    wanted = []  # (the deleted pair, its sentence not said moved), all looked for in one scan
    for k in deleted:
        said = [f.old or "" for f in pairs[k].findings if f.kind is FindingKind.TEXT_MOVED]
        wanted += [(k, s) for s in sentences(pairs[k].old_text) if len(s.key) >= MIN_MOVED
                   and not any(q and s.text.startswith(q.rstrip("…")) for q in said)]
    if not wanted:
        return pairs
    going = [k for k, p in enumerate(pairs) if p.old and p.new and p.status is not Status.UNCHANGED]
    theirs = [(k, s) for k in going for s in sentences(pairs[k].old_text) if len(s.key) >= MIN_MOVED]
    if not theirs:
        return pairs
    extra: dict = {}
    for (k, s), near in zip(wanted, nearest([s.key for _, s in wanted], [t.key for _, t in theirs], SIBLING, 1)):
        if not near:
            continue
        j, t = theirs[near[0][2]]
        if t.key == s.key:
            continue  # (the same words in two provisions: boilerplate, "本节没有规定的，适用本章第一节、第二节的规定")
        gone = [f for f in pairs[j].findings if (f.message.startswith("不再规定") or "移至现" in f.message
                                                   or "不再在此规定" in f.message) and t.text.startswith((f.old or "-").rstrip("…"))]
        if gone or not _there_too(s, t, pairs[j].new_text):
            continue
        zh, en = REWORDED
        fine = _fine_there(s.text, pairs[j].new_text, lexicon)
        if fine:  # (海洋 第八十条's 2万–10万元 is 20万–100万元 in 第一百零三条: the move alone hid it, the forty-second reading)
            zh, en = f"{zh}（{fine[0]}）", f"{en} ({fine[1]})"
        extra.setdefault(k, []).append(moved_to(quote(s.text, lexicon), _labels(pairs[j].new), None, zh, en))
    return [replace(p, findings=p.findings + tuple(extra[k])) if k in extra else p for k, p in enumerate(pairs)]


def _fine_there(old: str, new_text: str, lexicon):
    """("罚款由2万–10万元提高到20万–100万元", English) when a sentence with one fine went into a provision whose sentence nearest
    it fines otherwise (its first fine); None when the fine is the same or there is none."""
    from rapidfuzz.fuzz import ratio

    from .penalties import _VERB, _trend
    from .sentences import sentences
    from .values import parse_values

    before = [v for v in parse_values(old, lexicon) if v.subject == "罚款"]
    if len(before) != 1:
        return None
    near = max(sentences(new_text), key=lambda n: ratio(old, n.text), default=None)
    after = [v for v in parse_values(near.text, lexicon) if v.subject == "罚款"] if near else []
    if not after or after[0].key == before[0].key or after[0].basis != before[0].basis:
        return None
    zh, en = _VERB[_trend(before, after[:1])]
    return (f"罚款由{before[0].display('zh')}{zh}{after[0].display('zh')}",
            f"fine {en.replace(' to', '')} from {before[0].display('en')} to {after[0].display('en')}")


#: How near (0–100) the deleted sentence must be to a sentence of the provision its sibling went into.
SIBLING_THERE = 55


def _there_too(s, t, new_text: str) -> bool:
    """The new provision says ``s``'s rule as much as ``t``'s: a sentence of it SIBLING_THERE near ``s``, and not
    written for ``t``'s case alone (a word only ``t`` holds in it, none only ``s`` holds: 公司法 第七十条's
    "监事会成员中的职工代表…" is not 第一百七十三条's "董事会成员中的职工代表…", 96 alike)."""
    from rapidfuzz.fuzz import ratio

    from .words import _content_words
    from .sentences import sentences

    if not any(ratio(s.key, n.key) >= SIBLING_THERE for n in sentences(new_text)):
        return False
    only_mine = [w for w in _content_words(s.text) if w not in t.text]  # (海岸 of 海岸工程, not 工程)
    only_its = [w for w in _content_words(t.text) if w not in s.text]
    return any(w in new_text for w in only_mine) or not any(w in new_text for w in only_its)


#: Words of a deleted penalty's conduct (beyond the common ones), at least, and the share of them an item holds.
ITEM_CONDUCT_WORDS, ITEM_CONDUCT_SHARE = 5, 0.8
#: Words, at least, of the conduct's last phrase an item holds every one of.
ITEM_PHRASE_WORDS = 4


def conduct_into_an_item(pairs, lexicon):
    """A deleted provision's conduct ("公司在依法向有关主管部门提供的财务会计报告等材料上作虚假记载或者隐瞒重要事实的") that an
    item put in another provision's list says ("（二）提供存在虚假记载或者隐瞒重要事实的财务会计报告", 公司法 第二百五十四条,
    now punished as the 会计法 provides) went there: said moved on both pairs, the item no longer "新增规定" (公司法
    第二百零二条 was "整条删除" in every reading from the twenty-second to the thirty-first). The provision's fine did not
    go with it: the headline says part of it is there."""
    from .counterparts import ITEM_LABEL, _found_in, _telling_words
    from .moved import SANCTIONS_THERE, _labels, moved_from, moved_to, now_in, sanctions_only
    from .reworded import REWORDED
    from .rewrites import _SANCTIONS, quote

    from .sentences import sentences

    put_in = {}  # an item said put in → (its pair, the note; None for an item of a provision put in whole)
    for k, p in enumerate(pairs):
        for f in p.findings:
            if f.message.startswith("新增规定：“") and f.new and ITEM_LABEL.match(f.new) and "…" not in f.new:
                put_in[f.new] = (k, f)
        if p.status is Status.ADDED:  # (its items too: 体育法 第一百零九条（二）"侵占、挪用、截留、克扣、私分体育资金的")
            for s in sentences(p.new_text):
                if ITEM_LABEL.match(s.text):
                    put_in.setdefault(s.text, (k, None))
    if not put_in:
        return pairs
    out = list(pairs)
    for k, p in enumerate(pairs):
        if p.status is not Status.DELETED or now_in(p.findings):
            continue  # (moved elsewhere already; "构成犯罪的，依法追究刑事责任" said by another article is no move, whether
            # said "现由第一百一十九条统一规定" or, before that pass, "移至现第一百一十九条": 体育法 第五十二条)
        m = _CONDUCT.match(p.old_text)
        if m is None:
            continue
        conduct = m.group(1)
        words = _telling_words(conduct)
        found = [(item, j, f) for item, (j, f) in put_in.items()
                 if _found_in(words, item) >= ITEM_CONDUCT_SHARE * len(words)] if len(words) >= ITEM_CONDUCT_WORDS else []
        if not found and "，" in conduct:  # its last phrase, every word of it, the rules it broke left unnamed
            last = _telling_words(conduct[conduct.rfind("，") + 1:])  # ("违反国家财政制度、财务制度，挪用、克扣体育资金的" →
            # "（二）侵占、挪用、截留、克扣、私分体育资金的", 体育法 第五十二条 → 第一百零九条: "整条删除" in every reading)
            found = [(item, j, f) for item, (j, f) in put_in.items()
                     if len(last) >= ITEM_PHRASE_WORDS and _found_in(last, item) == len(last)]
        if len(found) != 1:
            continue
        item, j, f = found[0]
        # (the rest of the provision only its sanctions, and the list it went to under sanctions of its own: the conduct is
        # punished as that provision says, "处罚改依该条规定", and its sanctions went with it: 人体器官捐献和移植条例 第三十条 →
        # 第四十条（三）, "整条删除，部分内容现见第四十条" the fourth headline, wrong in reading 720)
        there = SANCTIONS_THERE if sanctions_only(p.old_text[m.end():]) and _SANCTIONS.search(pairs[j].new_text) \
            else ("", "")
        conducts = [(conduct, item, f)]
        # (a second conduct joined to it, "…的，或者B的，": its own item beside, 反间谍法 2014 第三十三条's "或者明知是间谍活动的涉案
        # 财物而窝藏…隐瞒的" is 2023 第六十条（五）, not "新增规定" there, wrong in reading 843)
        second = _OR_CONDUCT.match(p.old_text, m.end())
        if second:
            more = _telling_words(second.group(1))
            also = [(other, g) for other, (i, g) in put_in.items() if i == j and other != item
                    and len(more) >= ITEM_CONDUCT_WORDS and _found_in(more, other) >= ITEM_CONDUCT_SHARE * len(more)]
            if len(also) == 1:
                conducts.append((second.group(1), *also[0]))
        for conduct, item, f in conducts:
            q = quote(conduct, lexicon)
            out[k] = replace(out[k], findings=out[k].findings + (
                moved_to(q, _labels(pairs[j].new), item, there[0] + REWORDED[0], there[1] + REWORDED[1]),))
            moved_in = moved_from(item, _labels(p.old), q, *REWORDED)
            out[j] = replace(out[j], findings=tuple(moved_in if g is f else g for g in out[j].findings)
                             + ((moved_in,) if f is None else ()))
    return out
