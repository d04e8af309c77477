"""The summary in the order a reader wants it: most substantial change first.

Every sentence of ``headlines.headlines`` gets a weight from what it says:
penalties and deleted duties first, then changed figures and ranges, removed
conditions, renames, added provisions, and last the mechanical changes
(references, moves, wording, renumbering). Within one weight a note shared by
several clauses comes first, then the document order. The first ``FRONT``
sentences are the summary; the rest go behind "更多（N）".

The weights are a table, not code: change one line to move a kind up or down.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from .. import recache
from ..findings.counterparts import _common_run
from ..findings.moved import left_after_moves
from ..findings.sentences import sentences
from ..findings.unkept import SENTENCE_UNKEPT, UNKEPT
from ..findings.values import last_of
from ..models import Comparison, Finding, FindingKind, Pair, Status
from ..normalize import HAN
from ..textratio import common_prefix, in_order
from .chapters import CHAPTER_WEIGHT
from .chapters import fold as fold_chapters
from .headlines import (REPLACEMENT_SAID, STRUCTURE_GROUP, Headline, folded_as_it_was, headlines, mostly_moved,
                        moved_in_whole, new_version_text, not_moved, pair_label)
from .phrases import DUTY, PENALTY, _amounts, money
from .stories import arabic, core_deadline, is_body, join_figures, join_penalties, penalty_weight, widened

#: How many sentences the summary shows before "更多（N）".
FRONT = 15

#: kind → weight (higher first). Added and deleted provisions are weighed by
#: what they hold (see _provision_weight).
WEIGHTS: Dict[str, float] = {
    FindingKind.PENALTY_CHANGED.value: 100,
    FindingKind.AMOUNT_CHANGED.value: 91, FindingKind.RATE_CHANGED.value: 90,
    FindingKind.AMOUNT_REMOVED.value: 89, FindingKind.RATE_REMOVED.value: 89,
    FindingKind.MODALITY_CHANGED.value: 88,
    FindingKind.QUALIFIER_REMOVED.value: 84,
    FindingKind.QUANTITY_CHANGED.value: 80,
    FindingKind.AMOUNT_ADDED.value: 78, FindingKind.RATE_ADDED.value: 78,
    FindingKind.CONDITION_REMOVED.value: 75,
    "renamed": 74,
    FindingKind.QUALIFIER_ADDED.value: 68,
    FindingKind.CONDITION_ADDED.value: 66,
    FindingKind.TERM_RENAMED.value: 60,
    FindingKind.TEXT_MOVED.value: 40,
    "split": 38, "merged": 38,
    FindingKind.REFERENCE_CHANGED.value: 30,
    "moved": 20,
    FindingKind.WORDING_CHANGED.value: 10,
    "renumbered": 5,
}

#: A provision deleted or rewritten (findings/unkept.py): weighed as a move, at most.
UNKEPT_WEIGHT = WEIGHTS[FindingKind.TEXT_MOVED.value]

#: (deleted?, what the provision holds) → weight
_PROVISION = {
    (True, "penalty"): 98, (True, "money"): 97, (True, "duty"): 87, (True, "other"): 50,
    (False, "penalty"): 95, (False, "money"): 79, (False, "duty"): 64, (False, "other"): 48,
    (True, "pointer"): 30, (False, "pointer"): 30,  # (its rules are the other part's: with the references)
}


#: Liability said by reference to other law alone ("依法给予处分", "依法追究刑事责任"), or 处分 as disposing of shares: no
#: sanction the provision sets itself. A provision that holds nothing more weighs as a duty: 行政复议法 2023's new 第八十四条
#: ("…的，依法给予处分、治安管理处罚；构成犯罪的，依法追究刑事责任") was its fourth headline and 保障中小企业款项支付条例 2025's
#: new 第三十五条 its first, above the new 60-day payment term (useless in reading 108); 公司法's 第一百四十一条 ("…应当及时
#: 处分相关上市公司股份") read as a penalty.
_BY_REFERENCE = frozenset({"追究刑事责任", "处分"})


@lru_cache(maxsize=4096)  # (a text said many times is read once)
def _holds(text: str) -> str:
    if PENALTY.search(text):
        if _amounts(text) or not {m.group() for m in PENALTY.finditer(text)} <= _BY_REFERENCE:
            return "penalty"
        return "duty"
    if _amounts(text):
        return "money"
    if DUTY.search(text):
        return "duty" if DUTY.search(_POINTER.sub("", text)) else "pointer"
    return "other"


#: A duty to follow policies, leadership or principles ("保障中小企业款项支付工作，应当贯彻落实党和国家的路线方针政策、决策部署，
#: 坚持…的原则"): a provision that declares only this binds no one to a rule, and weighs as one without a duty
#: (保障中小企业款项支付条例's new 第四条 was its seventh headline, above new duties on payment and complaints: useless to both
#: readers of the seventy-seventh and seventy-eighth readings). A provision that binds anything else ("…应当遵循诚实信用原则
#: …不得弄虚作假") keeps its duty; a sentence of policy put into a provision that stays ("会计工作应当贯彻落实党和国家路线方针政策
#: …", 会计法 第二条) keeps its line's weight (a place among the first eight, the seventy-first reading). A duty only to guide
#: another body's work ("应当对管理专利工作的部门处理专利侵权纠纷…进行业务指导", 专利法实施细则 第八十条, deleted: the eighth
#: headline, trivial beside the new 开放许可 articles to two readers, 93 and 98) weighs the same. A principle may run over a
#: comma: "社会体育活动应当坚持业余、自愿、小型多样，遵循因地制宜和科学文明的原则" (体育法 第十条, deleted: the seventh headline,
#: its rule restated in 第十六、十七条, wrong in readings 93–99).
_PRINCIPLE = recache.compile(r"(?:应当|必须)(?:贯彻落实|贯彻|坚持|遵循)[^。；]*?(?:方针政策|决策部署|领导|原则)"
                             r"|应当对[^。；]{0,60}进行业务指导")


#: A duty to follow the rules of another part of the text ("除应当遵守本法第二章的规定外，还应当遵守本章规定"): no rule of its
#: own (会计法 第二十四条, its deletion the fourth headline above new fines, useless in the sixty-first reading).
_POINTER = recache.compile(r"(?:还)?应当(?:遵守|适用|依照)(?:本法|本章|本节|本条例|本办法|本规定)[^，。；]{0,12}的?规定")


def _provision_weight(at: int, pairs: Tuple[Pair, ...], renamed: FrozenSet[Tuple[str, str]] = frozenset()) -> float:
    pair = pairs[at]
    deleted = pair.status is Status.DELETED
    if deleted and _TRANSITIONAL.search(pair.old_text):
        return TRANSITIONAL
    if not deleted and moved_in_whole(pair):
        # (another's rule moved whole, "第四十九条（…）由原第八条移入，文字有改动": ranked with the moved text, not with new rules;
        # 会计法 2024's 军队 provision moved to 附则 was its seventh headline, above 第二条's new duty and 会计信息化: useless in
        # the seventy-first reading)
        return WEIGHTS[FindingKind.TEXT_MOVED.value]
    if deleted and folded_as_it_was(pair, renamed):
        # (likewise a deleted provision folded whole into another: 突发事件应对法 第五十三条 "…并入现第七条，文字有改动" was its
        # fourth headline, trivial beside the new duties and fines in reading 136)
        return WEIGHTS[FindingKind.TEXT_MOVED.value]
    # (what a deleted provision takes out: not the sentences its moves say are now elsewhere, nor those the new version says
    # word for word, "（五）致使公私财产损失一百万元以上的" of 环境污染解释 2016 第三条: its first headline, weighed as a sum taken
    # out, wrong in readings 566 and 629)
    # (an added provision weighed by what it puts in, the parts moved in from old ones aside: "新增第二十条（妇女的人格尊严不受
    # 侵犯），部分内容由原第四十二条移入" weighed as a new duty by the ban 第四十二条 held was the fourth headline, above new duties
    # against sexual harassment, useless in reading 1406)
    text = not_moved(pair, new_version_text(pairs)) if deleted else left_after_moves(pair, into=True)
    if deleted and not money(text) and mostly_moved(pair):
        # (and one whose line says most of it is now in another provision, "第三十三条（…）删除，大部分内容现见第六十条", no sum
        # taken out with what is left: a move, the rule's changes said with that provision; 反间谍法 第三十三条 and 文职人员条例
        # 第二十九条 were eighth headlines beside new chapters, useless in readings 934 and 939)
        return WEIGHTS[FindingKind.TEXT_MOVED.value]
    if not (pair.old or pair.new)[0].label and _RECORD_LINES.fullmatch(text.strip()):
        # (the record of adoption and amendments put before the first article, "新增序言（2020年7月5日中华人民共和国国务院令
        # 第728号公布）": said when, not what; 保障中小企业款项支付条例's thirteenth headline, useless in reading 109)
        return RECORD_WEIGHT
    holds = _holds(text)
    if holds == "duty" and not DUTY.search(_PRINCIPLE.sub("", text)):
        holds = "other"  # (a declaration of policy: _PRINCIPLE)
    return _PROVISION[(deleted, holds)]


#: A deleted provision for the time before a date or before the law took effect ("于2019年1月1日前作出…", "本规定施行前…"):
#: a rule spent, ranked below the changes of the rules in force (知识产权法庭规定 第十二至十四条 ranked above 第二条's new
#: jurisdiction, the fifty-eighth reading).
TRANSITIONAL = 9  # (after the wording lines, before the record lines: RECORD_WEIGHT)
_TRANSITIONAL = recache.compile(r"\d{4}年\d{1,2}月\d{1,2}日(?:前|以前|之前)|施行(?:前|以前)")


#: A text of nothing but lines of a record of adoption and amendments ("2020年7月5日中华人民共和国国务院令第728号公布",
#: "（2021年10月28日…第一次修正）").
_RECORD_LINES = recache.compile(r"(?:[（(]?\d{4}年\d{1,2}月\d{1,2}日[^\n。]*?(?:公布|通过|修订|修正|施行|发布|根据)[^\n。]*[）)]?\n?)+")


#: 必须 → 应当 is current drafting style, one force (CONTRACT.md): ranked as wording.
_SAME_FORCE = recache.compile(r"“(必须|应当)”(?:改为| → )“(应当|必须)”")


#: The first rename of a body, office or instrument (by articles) is a story of the revision;
#: a new or changed deadline on paying in capital too, and the first of the two: 公司法 2018 → 2023's five years to pay
#: in capital is its story, "“股东大会”统一改为“股东会”（共33条）" a name made one for both forms of company (first,
#: trivial beside the five years in readings 129 and 135; second in 169 and 182: now SIBLING_RENAME). Another body's
#: rename is the name it goes by now: below the sentences of duties rewritten (SENTENCES_OF_DUTY), above the others ("“交通主管部门”统一改为“交通运输主管部门”"
#: and "“工商行政管理机关”统一改为“市场监督管理部门”" were 道路运输条例 2019 → 2022's fifth and sixth headlines, above 第十条's
#: new jurisdiction: useless in the sixtieth reading).
TOP_RENAME, CORE_DEADLINE, BODY_RENAME = 102, 102.5, 45
#: Other renames (a place word, a phrase): with the rest.
OTHER_RENAME = 62
#: Deadlines (期限) on other duties.
DEADLINE = 85
#: A figure said without what it is about.
BARE_FIGURE = 60


#: A condition put in or taken out that only defers to other rules ("法律、行政法规…对检验或者验收期限另有规定的，从其规定",
#: 保障中小企业款项支付条例 第九条 → 第十条: the fourth headline, trivial in the eighty-sixth and ninety-first readings):
#: ranked with the text moved, below new duties.
DEFERENCE = 36
_DEFERENCE = recache.compile(r"^[^“]*“[^”]{0,60}另有(?:规定|约定)的[，,]?(?:从其(?:规定|约定)|依照其规定|适用其规定|除外)”$")

#: A sanction left to other law: "由环境保护行政部门依照有关法律、法规的规定给予处罚", "由生态环境主管部门依法给予处罚".
_PUNISHED_UNDER = recache.compile(r"依法给予处罚|依照[^。；]{0,40}规定(?:给予|予以)?(?:处罚|处理)")


def _punished_elsewhere(pair: Pair) -> bool:
    """A provision whose only sanction, in both versions, is one other law sets (_PUNISHED_UNDER), nothing it sets itself
    (_holds "other"): a condition put in or taken out of it says who other law punishes, weighed as a deference (文物保护法
    第六十七条 → 第八十四条's "条件被删除" of polluting facilities not cleaned up in time, left to environmental law either way,
    was its eighth headline above new duties: useless in reading 705)."""
    return all(text and _PUNISHED_UNDER.search(text) and _holds(text) == "other"
               for text in (pair.old_text, pair.new_text))


#: A warning or a public criticism put in or taken out, and nothing more of the article's sanctions: the mildest sanctions,
#: weighed as a condition put in, not above every other change ("第九十八条（现第一百零九条）：新增警告" was 慈善法's first
#: headline, above its new chapter and the revocation now only 情节严重的: useless in reading 339).
#: So is a suspension of a social organisation's activities put in with one (慈善法 第一百零九条's "予以警告或者责令限期停止
#: 活动", since 责令（限期）停止活动 is read as a sanction: still below the new chapter).
MILD_SANCTION = 66
_MILD = recache.compile(r"[：:]\s*(?:(?:新增|不再规定|删除)(?:处罚：)?(?:警告|通报批评)(?:[、和](?:警告|通报批评))?"
                        r"(?:；(?:新增|不再规定|删除)(?:处罚：)?责令(?:限期)?停止活动)?"
                        r"|(?:sanction )?(?:added|removed|no longer)[^:：;；]*?(?:: )?(?:warning|public criticism)"
                        r"(?:; sanction (?:added|removed): order to stop activities(?: within a time limit)?)?)$")

#: A filing put in or taken out, and nothing more of the line: a report to a higher body, not a permission: weighed with
#: the provisions of other content ("第二十五条（现第六十二条）：新增程序“备案”" was 烈士褒扬条例's eighth headline, beside new
#: chapters and fines raised ten-fold: useless twice in readings 364 and 365).
FILING_STEP = 47
_FILING_ONLY = recache.compile(r"[：:]\s*(?:新增程序“备案”|程序“备案”被删除|procedural step “备案” (?:added|removed))$")

#: A deadline put in for handing papers or needs from one office to another ("档案…自新兵起运后10日内…送交新兵训练机构",
#: "在征兵开始日后的5日内，省级人民政府征兵办公室…提出本行政区域新兵运输需求", 征兵工作条例 2023 第四十二、四十五条): the
#: offices' own schedule, no right or duty of anyone else, weighed as a filing step (the seventh and eighth headlines of a
#: revision that rewrote most chapters, useless in readings 903, 938, 961, 966 and 984). Not a deadline for a decision, a
#: review, a payment or a ban.
_HANDED_OVER = recache.compile(r"送交|移交|寄送|邮寄|报送|提出[^，。；]{0,20}需求|交接手续")
_NOT_PAPERS = recache.compile(r"决定|审查|审议|批准|支付|缴|不得|不准|禁止|申请|处罚|罚款|报告")
_PERIOD_SAID = recache.compile(r"[（(]([^（）()]{4,})[）)]$")


def _papers_handed_over(line: Headline, comparison: Comparison) -> bool:
    """A new deadline's line whose sentence in the new text hands papers or needs over (_HANDED_OVER) and decides nothing
    (_NOT_PAPERS)."""
    if "新增期限" not in line.text and "period added" not in line.text or not line.pairs:
        return False
    m = _PERIOD_SAID.search(line.note or line.text)
    if m is None:
        return False
    text = comparison.pairs[line.pairs[0]].new_text
    at = text.find(m.group(1).strip("…“”")[:12])  # (the English quotes the words: "period added: 10 days (“…”)")
    sentence = next((s.text for s in sentences(text) if s.start <= at < s.end), "") if at >= 0 else ""
    return bool(_HANDED_OVER.search(sentence)) and not _NOT_PAPERS.search(sentence)


#: Kinds weight() asks about, looked up once (an enum member's ``.value`` is a Python call).
_CONDITIONS = (FindingKind.CONDITION_ADDED.value, FindingKind.CONDITION_REMOVED.value)
_PENALTY, _QUANTITY, _MODALITY, _WORDING = (
    FindingKind.PENALTY_CHANGED.value, FindingKind.QUANTITY_CHANGED.value, FindingKind.MODALITY_CHANGED.value,
    FindingKind.WORDING_CHANGED.value)


#: Provisions, at least, whose notes make one replacement of words for it to count as the document's (_renamed).
RENAMED_IN = 3


def _renamed(comparison: Comparison) -> FrozenSet[Tuple[str, str]]:
    """The document's renames, (old, new): its rename lines, and words its notes say replaced alike in RENAMED_IN provisions
    or more ("表述修改：“其他组织”改为“非法人组织”" in eleven of 慈善法's)."""
    made: Dict[Tuple[str, str], int] = {}
    for pair in comparison.pairs:
        for found in {m.groups() for f in pair.findings if "改为" in f.message for m in REPLACEMENT_SAID.finditer(f.message)}:
            made[found] = made.get(found, 0) + 1
    return frozenset([(r.old, r.new) for r in comparison.renames if r.old]
                     + [words for words, times in made.items() if times >= RENAMED_IN])


def _replaced_by_the_added(line: Headline, pairs: Tuple[Pair, ...]) -> Optional[int]:
    """The pair a deleted provision's line is weighed by when it says the provision put in that holds part of it ("第三十条
    （…）整条删除，部分内容现见新增的第三十八条（…）", headlines._moved_into_added): the provision put in, the rule as it is now, not
    the old one as if taken out (征兵工作条例 第三十条, rewritten as 第三十八条 and ranked as a duty deleted, useless in reading
    561; 妇女权益保障法 第三十八条 → 第二十一条, the fourth headline). Not a penalty the new provision does not hold: its
    deletion is said as before. None: not such a line."""
    if line.kind != "deleted" or len(line.pairs) != 2:
        return None
    first, second = (pairs[i] for i in line.pairs)
    if {first.status, second.status} != {Status.DELETED, Status.ADDED}:
        return None
    gone, put = (first, second) if first.status is Status.DELETED else (second, first)
    if _holds(gone.old_text) == "penalty" and _holds(put.new_text) != "penalty":
        return None
    return line.pairs[0] if put is first else line.pairs[1]


def _inside_a_rule_put_in(note: str, pair: Pair) -> bool:
    """The words a figure's note quotes in brackets ("（在国家建立定期抚恤金制度时已满18周岁的烈士子女）") stand in a sentence
    of the new text that a "新增规定" note of the pair says put in whole."""
    m = _PERIOD_SAID.search(note)
    words = m.group(1).strip("“”…") if m else ""
    at = pair.new_text.find(words) if words else -1
    if at < 0:
        return False
    sentence = pair.new_text[last_of(pair.new_text, "。；\n", at) + 1:]
    return any(f.message.startswith("新增规定：") and f.new and f.new.rstrip("…")[:SAID_RUN]
               and sentence.startswith(f.new.rstrip("…")[:SAID_RUN]) for f in pair.findings)


def _unkept_only(note: str) -> bool:
    """Whether a provision's line says only sentences deleted or rewritten (SENTENCE_UNKEPT), however many: its note, the
    line without its label."""
    said = _OTHERS_TOO.sub("", note)
    return bool(said) and all(part.startswith(SENTENCE_UNKEPT) for part in _NOTES_APART.split(said) if part)


#: "（另有N处）" / " (N more)" at a line's end; the mark between two notes of one line.
_OTHERS_TOO = recache.compile(r"（另有\d+处）$| \(\d+ more\)$")
_NOTES_APART = recache.compile(r"(?<=”)；|(?<=”); ")


def weight(line: Headline, comparison: Comparison, renamed: Optional[FrozenSet[Tuple[str, str]]] = None) -> float:
    """``renamed``: the document's renames (_renamed), found once by a caller that weighs many lines."""
    if line.kind in ("deleted", "added") and line.pairs:
        renamed = _renamed(comparison) if renamed is None else renamed  # (most lines of a long text; none of the kinds below)
        if line.chapter.endswith("节"):  # (a section: as heavy as the heaviest of its provisions; a regime, chapters.py,
            # as a chapter)
            return max(_provision_weight(i, comparison.pairs, renamed) for i in line.pairs)
        if line.chapter:
            return CHAPTER_WEIGHT
        replaced = _replaced_by_the_added(line, comparison.pairs)
        if replaced is not None:
            return _provision_weight(replaced, comparison.pairs, renamed)
        weighed = _provision_weight(line.pairs[0], comparison.pairs, renamed)
        if line.kind == "deleted" and weighed < _PROVISION[(True, "money")] \
                and (UNKEPT[0] in line.text or UNKEPT[1] in line.text):
            # (a provision of duties or other rules whose text is gone where the revision rewrites much, "已删除或改写": as
            # sure as a move, ranked with the moves; four of six such lines among the first eight were rules restated
            # elsewhere, misleading there, in readings 1185–1192: 反洗钱法 第十四条, 职业教育法 第九条, 科学技术普及法 第十七条,
            # and 药品管理法办法 第二十七条, a provision of sanctions. Of the deleted provisions read in 1179–1184, those of
            # duties were gone or said where they went 56 times in 106, those of other rules 34 in 69, those of sanctions or
            # sums 17 in 22: these keep their weight, 第二十七条 among them)
            return min(UNKEPT_WEIGHT, weighed)
        return weighed
    if line.kind == _PENALTY:
        return MILD_SANCTION if _MILD.search(line.text) else penalty_weight(line)
    if line.kind == "renamed":
        if line.strength == _SPELLING:
            return SPELLING_RENAME
        if line.strength == _SIBLING:
            return SIBLING_RENAME
        if line.strength == _MODIFIER:
            return MODIFIER_RENAME
        return line.strength[0] and TOP_RENAME or (BODY_RENAME if line.strength[1] else OTHER_RENAME)
    if line.kind == FindingKind.CONDITION_REMOVED.value and _unkept_only(line.note):
        # (a sentence whose words are gone where the revision rewrites much, "删除或改写：“…”": ranked with the moves, as a
        # provision so said; four of seven such lines among the first eight were rules restated elsewhere or trivial in
        # readings 1218–1241: 军人抚恤优待条例 第二十一条, 行政复议法 第十四条 (wrong), 第四十一条, 专利法实施细则 第九十四条)
        return UNKEPT_WEIGHT
    if line.kind in _CONDITIONS and (_DEFERENCE.search(line.text) or line.pairs and _punished_elsewhere(
            comparison.pairs[line.pairs[0]])):
        return DEFERENCE
    if line.kind in _CONDITIONS and _FILING_ONLY.search(line.text):
        return FILING_STEP
    if line.kind == _QUANTITY and core_deadline(line, comparison):
        return CORE_DEADLINE
    if line.kind == _QUANTITY and re.search(r"期限|period", line.text):
        # with what it is about, and not a figure quoted in a definition ("“三日”…是指工作日")
        note = line.note or line.text
        said = re.search(r"[（(]", note) and not re.search(r"“[^”]{1,4}[日年月]”", note)
        if said and _papers_handed_over(line, comparison):
            return FILING_STEP
        return DEADLINE if said else BARE_FIGURE
    if line.kind == _QUANTITY and line.pairs and _inside_a_rule_put_in(line.note or line.text,
                                                                      comparison.pairs[line.pairs[0]]):
        # (a figure other than a period, said of words that stand in a sentence the pair puts in whole: a detail of that new
        # rule, weighed as its sentence; "新增年龄：18周岁（…已满18周岁的烈士子女）", 军人抚恤优待条例 第六十二条's fourth
        # headline, shrank the new living allowance to one age, useless in reading 1334)
        return SENTENCES_OF_DUTY
    if line.kind == _MODALITY:
        m = _SAME_FORCE.search(line.text)
        if m and m.group(1) != m.group(2):
            return WEIGHTS[FindingKind.WORDING_CHANGED.value]
    if line.kind == FindingKind.REFERENCE_CHANGED.value and _RECORD.search(line.text):
        return RECORD_WEIGHT
    if line.kind == _WORDING and len(line.pairs) > 1 and not line.note:  # "另有N条其他修改：…": after the lines of one
        return REWORDED_REST  # provision reworded, said with their notes, however many it names
    if line.kind == _WORDING and line.note:  # a clause's sentence line (the wording line has no note)
        if line.pairs and not _wording_only(comparison.pairs[line.pairs[0]].findings):
            return SENTENCES  # (beside the lines of its provision's notes of substance, what they leave: after them)
        if _duty_kept(line.text):
            return SENTENCES
        return SENTENCES_OF_DUTY if _holds(line.note) not in ("other", "pointer") or _LEGAL_EFFECT.search(line.note) \
            else SENTENCES
    return WEIGHTS.get(line.kind, 10)


_IN_FORCE_FROM = recache.compile(r"自(\d{4}年\d{1,2}月\d{1,2}日)起施行”?$")
_RECORD_IN_FORCE = recache.compile(r"(?:修订记录|amendment record)[^：:]*[：:]\s*“?(\d{4}年\d{1,2}月\d{1,2}日)\s*施行”?$")


def _without_restated_dates(lines: List[Headline]) -> List[Headline]:
    """A new line of the record "2022年5月1日施行" beside the provision that now says "自2022年5月1日起
    施行" says it again (人身损害赔偿解释 2020 → 2022, the 2026-12-01 reading): only the provision's line."""
    said = {m.group(1) for line in lines for m in [_IN_FORCE_FROM.search(line.text)] if m}
    if not said:
        return lines
    return [line for line in lines if not ((m := _RECORD_IN_FORCE.search(line.text)) and m.group(1) in said)]


#: A line of the record of adoption and amendments (新增修订记录: most often the very revision compared)
#: says when, not what: after the wording line, before renumbering (the readings found it ranked
#: first in laws with few other changes, 北京市机动车停车条例).
RECORD_WEIGHT = 8
_RECORD = recache.compile(r"修订记录|amendment record")


def _wording_line(comparison: Comparison, lang: str, index: Dict[str, int]) -> List[Headline]:
    """The clauses whose only change is wording, said in one sentence at the end; before it, one
    sentence for each clause whose wording notes take a sentence out, put one in or rewrite one
    (the readings of 2026-12-01 found a removed duty to submit an agreement, 收养登记办法 第六条,
    and licensing turned into filing, 道路运输条例 第三十九条, listed as "文字表述修改"). A deleted or
    added provision is said by its own sentence, never here."""
    from .headlines import anchor

    en = lang == "en"
    group = "Wording" if en else "文字修改"
    kind = FindingKind.WORDING_CHANGED.value
    only, lines = [], []
    repeated = _repeated_rewordings(comparison.pairs)

    def sentence_line(at: int, pair: Pair, sentences: List[Finding], others: int) -> Headline:
        """The line of a provision's sentence notes, quoting the first two (``others``: its notes counted, not quoted)."""
        return Headline(group, _notes_said(pair, sentences, lang, others), [anchor(pair)], kind, pairs=[at],
                        note=" ".join(f"{f.old or ''} {f.new or ''}" for f in sentences))

    for i, pair in enumerate(comparison.pairs):
        if pair.status in (Status.DELETED, Status.ADDED, Status.SPLIT, Status.MERGED):
            continue  # (a split or merge: its own sentence says it; its notes read one side against all the others)
        if not _wording_only(pair.findings):
            # (a provision with notes of substance: its own lines say them, and a line of the sentences put in or taken out
            # that none of them says: 体育法 第二十条 → 第二十八条's new national and local student games were said by no line,
            # its headline "新增下限表述“至少”" alone, useless in reading 116)
            said = [f.message for f in pair.findings if f.kind is not FindingKind.WORDING_CHANGED]
            fined = any(f.kind is FindingKind.PENALTY_CHANGED for f in pair.findings)
            ranked = [(_sentence_rank(f.message, repeated, pair.new_text), f) for f in pair.findings
                      if f.kind is FindingKind.WORDING_CHANGED
                      and not _said_by(f, said) and not (fined and "罚款" in f"{f.old or ''}{f.new or ''}")]
            # (a sentence of fines beside the notes of its fines is theirs: 道路运输条例 第六十三条's "改写：“…责令停止经营”改为
            # “…有下列情形之一的…并处罚款”", useless in reading 114)
            sentences = [f for rank, f in sorted((rf for rf in ranked if rf[0] is not None and rf[0] <= 1),
                                                 key=lambda rf: rf[0])]
            if sentences:
                # (its other wording notes counted too: 统计法 第三十七条 → 第四十条's line said "另有1处" of three, its
                # changed opening not counted, wrong in reading 154)
                others = sum(1 for rank, f in ranked if (rank is None or rank > 1)
                             and not f.message.startswith(_CITATION_STYLE + _NORM))
                lines.append(sentence_line(i, pair, sentences, others))
            continue
        ranked = [(_sentence_rank(f.message, repeated, pair.new_text), f) for f in pair.findings
                  if f.kind is FindingKind.WORDING_CHANGED]
        # (the line quotes the first two, in _sentence_rank's order)
        sentences = [f for _rank, f in sorted((rf for rf in ranked if rf[0] is not None), key=lambda rf: rf[0])]
        if not sentences:
            if all(f.message.startswith(_CITATION_STYLE + _NORM) for _rank, f in ranked):
                continue  # (how a law is cited, a word written by the drafting norms: no change a summary names)
            only.append(i)
            continue
        others = sum(1 for rank, f in ranked if rank is None and not f.message.startswith(_CITATION_STYLE))
        lines.append(sentence_line(i, pair, sentences, others))
    if len(only) <= SPELLED:
        # (a few provisions: each with what its notes say, not "另有1条文字表述修改：第五条（现第六条）", which named no change of
        # 收养登记办法's "“无子女的”改为“生育情况”", useless in the fifty-third reading, nor "另有8条文字表述修改：…", which held
        # 发票管理办法's 纸质发票 only, its invoice register replaced by identity checks, wrong in readings 111 and 116; words
        # only taken out are no less: "删除“但合同另有约定或者”" makes 保障中小企业款项支付条例 第十二条's rule absolute, wrong
        # in reading 118 as a name in "另有2条…")
        spelled, only = only, []
        notes_of = {at: [f for f in comparison.pairs[at].findings if f.kind is FindingKind.WORDING_CHANGED
                         and not f.message.startswith(_CITATION_STYLE + _NORM)] for at in spelled}
        alike = _same_edits(notes_of)
        for at in spelled:
            pair = comparison.pairs[at]
            if at in alike:
                members, (was, now) = alike[at]
                if at == members[0]:
                    lines.append(Headline(group, _same_edit_said([comparison.pairs[i] for i in members], was, now, lang),
                                          [anchor(comparison.pairs[i]) for i in members], kind, pairs=list(members)))
                continue
            lines.append(Headline(group, _notes_said(pair, notes_of[at], lang), [anchor(pair)], kind, pairs=[at]))
    if only:
        said = ("、" if not en else ", ").join(pair_label(comparison.pairs[i], lang) for i in only)
        # ("另有N条其他修改", not "…文字表述修改": the notes read as edits of wording hold changes of substance their finders do
        # not name, 公司法 第十五条's "…的，从其规定", 第二十七条's 股权、债权; the label said wording only, wrong in readings 279 and
        # 295, useless in 296, as in readings 111–118 before)
        text = (f"{len(only)} more provision{'s' if len(only) > 1 else ''} with other changes: {said}" if en
                else f"另有{len(only)}条其他修改：{said}")
        lines.append(Headline(group, text, [anchor(comparison.pairs[i]) for i in only], kind, pairs=only))
    return lines


#: The words around an edit a line of provisions edited alike quotes, at most, on each side.
ALIKE_CONTEXT = 4


def _same_edits(notes_of: Dict[int, List[Finding]]) -> Dict[int, Tuple[Tuple[int, ...], Tuple[str, str]]]:
    """Provisions whose one wording note makes the same edit (the same words out and in, quoted "“…”改为“…”"), two or
    more: each → (all of them, the edit with the words around it that every one of them shares, up to ALIKE_CONTEXT a
    side). 道路运输条例 2022's "“申请从事道路运输站（场）经营的”改为“从事道路运输站（场）经营的”" and two like it (第三十八条,
    第四十八条) were three lines of the fifteen, each useless in reading 198: one line, "第三十六条、第三十八条、第四十八条：表述修改：
    “申请从事”改为“从事”"."""
    by_core: Dict[Tuple[str, str], List[Tuple[int, str, str]]] = {}
    for at, notes in notes_of.items():
        m = _REWORDED.match(notes[0].message) if len(notes) == 1 else None
        if m is None or m.end() != len(notes[0].message):
            continue
        old, new = m.group(1), m.group(2)
        head, tail = _shared_ends(old, new)
        by_core.setdefault(_core(old, new), []).append((at, old[:head], old[len(old) - tail:]))
    out = {}
    for (was, now), members in by_core.items():
        if len(members) < 2:
            continue
        before = [left[::-1] for _, left, _ in members]
        after = [right for _, _, right in members]
        left = min(ALIKE_CONTEXT, min(common_prefix(before[0], b) for b in before))
        right = min(ALIKE_CONTEXT, min(common_prefix(after[0], a) for a in after))
        edit = (before[0][:left][::-1] + was + after[0][:right], before[0][:left][::-1] + now + after[0][:right])
        if not all(HAN.search(side) for side in edit):  # (a side without a Chinese character:
            continue  # no words to quote)
        ats = tuple(at for at, _, _ in members)
        out.update((at, (ats, edit)) for at in ats)
    return out


def _same_edit_said(pairs: Sequence[Pair], was: str, now: str, lang: str) -> str:
    """"第三十六条、第三十八条、第四十八条：表述修改：“申请从事”改为“从事”" (the provisions named, as a rename's line
    counts them)."""
    from .headlines import _listed

    names = _listed([pair_label(p, lang) for p in pairs], lang == "en")
    if lang == "en":
        return f"{names}: wording changed: “{was}” → “{now}”"
    return f"{names}：表述修改：“{was}”改为“{now}”"


#: A sentence note that quotes this many characters in a row of another note's words is said by that note.
SAID_RUN = 12


def _said_by(note: Finding, messages: Sequence[str]) -> bool:
    """The sentence a wording note quotes is quoted by one of the pair's other notes (道路运输条例 第七十五条's "新增规定：“从事国际
    道路货物运输经营，未按规定进行备案的…”" beside its fine's "新增罚款：处5000元–2万元（从事国际道路货物运输经营，未按规定进行备案
    的）")."""
    quoted = (note.new or note.old or "").replace("…", "")
    if note.message.startswith("表述修改："):  # (its quotes, not the whole change it was read from: 统计法 第三十七条 →
        # 第四十条's "（四）…统计数据严重失实情况和…失察的" is no part of the new item （五）'s condition, "另有2处" of three)
        quoted = "".join(_QUOTES.findall(note.message)[-1:])
    return any(_common_run(quoted, m, SAID_RUN) for m in messages)


_QUOTES = recache.compile(r"“([^“”]+)”")


def _notes_said(pair: Pair, notes: Sequence[Finding], lang: str, others: int = 0) -> str:
    """"第五条（现第六条）：<its first SENTENCES_SAID notes>（另有N处）", in the report's language; N counts the notes not
    quoted, ``others`` (its other wording notes) among them: 保障中小企业款项支付条例 第四条's line said "另有1处" of four
    (wrong in reading 110)."""
    said = [(f.message_en or f.message) if lang == "en" else f.message for f in notes[:SENTENCES_SAID]]
    more = len(notes) - len(said) + others
    if lang == "en":
        return f"{pair_label(pair, lang)}: {'; '.join(said)}" + (f" ({more} more)" if more else "")
    return f"{pair_label(pair, lang)}：{'；'.join(said)}" + (f"（另有{more}处）" if more else "")


#: Wording notes on how a law is cited: its title written in full, a blank title filled in (references.py). A
#: provision with no other change is left out of the summary's "另有N条文字表述修改" (北京市机动车停车条例 第三十九条's
#: "引用文件名称补全" was that law's second headline, "另有1条文字表述修改：第三十九条": useless in the thirty-fourth reading).
_CITATION_STYLE = ("引用文件名称补全：", "引用写法修改：")
#: A word written as the drafting norms write it ("规范用语：全文“帐”改为“账”…含义未变", "“必须”改为“应当”…义务未变"): said on
#: its provision, no change a summary names (会计法's 帐 → 账 was its first headline, the thirteenth reading).
_NORM = ("规范用语：",)
#: Wording notes that take a whole sentence out, put one in or rewrite one (rewrites.py), or a list's items
#: (findings/lists.py).
_SENTENCE_NOTES = ("不再规定：", "新增规定：", "改写：", "不再列举", SENTENCE_UNKEPT[0][:-1])
#: An edit quoted "“…”改为“…”" with both sides this long rewrites a phrase or more (北京市机动车停车条例
#: 第二十九条: "应当经专有部分占建筑物总面积过半数的业主且占总人数过半数的业主同意" → "应当由业主依法共同决定").
LONG_REWORDING = 16
_REWORDED = recache.compile(r"^表述修改：“([^”]*)”改为“([^”]*)”")


#: Words put into a sentence that bind someone to a duty or forbid a thing, a clause long ("表述修改：新增“不得明示、暗示下级
#: 单位及其人员或者统计调查对象填报虚假统计数据”", 统计法 第六条 → 第七条: its line quoted only the note before it, a level put
#: before 统计机构, and missed the new prohibition, wrong in reading 109).
_DUTY_PUT_IN = recache.compile(r"^表述修改：新增“[^”]{0,40}?(?:不得|应当|必须|禁止)[^”]{6,}”")


def _sentence_rank(message: str, repeated: frozenset = frozenset(), new_text: str = "") -> Optional[int]:
    """Where a wording note stands in its provision's line: 0 a sentence rewritten, put in or taken out (or a list's items),
    1 words that bind put in, or conduct put into a penalty (_conduct_put_in), 2 a long rewording (not one of
    ``repeated``: _repeated_rewordings); None for a note the line only counts."""
    if message.startswith(_SENTENCE_NOTES):
        return 0
    if _DUTY_PUT_IN.match(message) or _conduct_put_in(message, new_text):
        return 1
    return 2 if _long_rewording(message, repeated) else None


#: Words put in, this long at least, that a penalty's conduct (before its "的，") now names.
CONDUCT_AT_LEAST = 8
_PUT_IN = recache.compile(r"^表述修改：新增“([^“”]+)”$")


def _conduct_put_in(message: str, new_text: str) -> bool:
    """Words put into the conduct a fine punishes: "表述修改：新增“窃取、截留、篡改、出售、泄露发票数据”" of 发票管理办法
    第三十八条 → 第三十六条 ("私自印制、伪造、变造发票…，窃取、截留、篡改、出售、泄露发票数据的，由税务机关…并处1万元以上5万元
    以下的罚款"): a new offence, not a note the line only counts (hidden behind "另有1处" in reading 161)."""
    m = _PUT_IN.match(message)
    if m is None or len(m.group(1)) < CONDUCT_AT_LEAST or new_text.count(m.group(1)) != 1:
        return False
    at = new_text.index(m.group(1))
    start = max(new_text.rfind(c, 0, at) for c in "。；\n") + 1
    end = min((i for i in (new_text.find(c, at) for c in "。；\n") if i >= 0), default=len(new_text))
    conduct_ends = new_text.find("的，", at, end)
    return conduct_ends >= 0 and "罚款" in new_text[conduct_ends:end] and "的，" not in new_text[start:at]



def _long_rewording(message: str, repeated: frozenset = frozenset()) -> bool:
    m = _REWORDED.match(message)
    return bool(m) and min(len(m.group(1)), len(m.group(2))) >= LONG_REWORDING \
        and _core(m.group(1), m.group(2)) not in repeated


#: A rewording made the same way (the words that differ, what both sides share around them left out) in this many
#: provisions or more is a term the revision changed throughout, not a provision's own news: "“应当将及时支付中小企业款项工作
#: 情况纳入评估和评价内容”改为“应当将保障中小企业款项支付工作情况纳入…”" and three like it (保障中小企业款项支付条例 2025,
#: ranked as duties rewritten among the first fifteen: useless in readings 138 and 154) are counted, not quoted.
REPEATED_IN = 3
_QUOTED_EDIT = recache.compile(r"“([^“”]+)”改为“([^“”]+)”")


def _core(old: str, new: str) -> Tuple[str, str]:
    """The words that differ between two quotes, the prefix and suffix they share left out."""
    head, tail = _shared_ends(old, new)
    return old[head:len(old) - tail], new[head:len(new) - tail]


def _shared_ends(old: str, new: str) -> Tuple[int, int]:
    """How long a prefix, then a suffix (of the rest), two quotes share."""
    head = common_prefix(old, new)
    return head, common_prefix(old[head:][::-1], new[head:][::-1])


def _repeated_rewordings(pairs) -> frozenset:
    """The cores (_core) of the rewordings made in REPEATED_IN provisions or more."""
    where: Dict[Tuple[str, str], set] = {}
    for i, pair in enumerate(pairs):
        for f in pair.findings:
            if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("表述修改："):
                for m in _QUOTED_EDIT.finditer(f.message):
                    core = _core(m.group(1), m.group(2))
                    if all(len(side) >= 2 for side in core):
                        where.setdefault(core, set()).add(i)
    return frozenset(core for core, pairs_of in where.items() if len(pairs_of) >= REPEATED_IN)


#: What a rule says of a thing's legal force ("电子发票与纸质发票具有同等法律效力", "视为撤回", "无效"): a sentence of it weighs
#: as a duty's (发票管理办法 2023's new 第三条 was ninth, below two wording lines of duty, useless to miss in the seventy-sixth
#: reading).
_LEGAL_EFFECT = recache.compile(r"法律效力|无效|视为")

#: A provision's line of one rewording, in either language ("第四条：表述修改：“A”改为“B”", "Article 4: wording changed: “A” →
#: “B”").
_ONE_REWORDING = recache.compile(r"^[^“：:]*[：:]\s*(?:表述修改：|wording changed: )“([^“”]*)”(?:改为| → )“([^“”]*)”$")
#: The words of a duty after its modal, and the manner put before what is done ("依照本法和有关法律的规定，", "依法").
_DUTY_AFTER = recache.compile(r"(?:应当|必须|不得|可以)([^“”]*)$")
_MANNER = recache.compile(r"^(?:依法|(?:依照|按照|根据)[^，；“”]{0,20}?规定，?)")


def _duty_kept(text: str) -> bool:
    """The line says one rewording ("表述修改：“A”改为“B”") whose duty, what follows its modal, is the same on both sides but
    for the manner said before it: "…城乡基层群众性自治组织，应当依照本法和有关法律的规定，保障妇女的权益" → "…基层群众性
    自治组织以及其他组织和个人，应当依法保障妇女的权益" (妇女权益保障法 第四条, ranked fifth among the revision's changes as a
    duty, useless in reading 1448): the same duty, who bears it said more widely, weighed as a sentence reworded."""
    m = _ONE_REWORDING.match(text)
    if m is None:
        return False
    duties = [_DUTY_AFTER.search(side) for side in m.groups()]
    if None in duties:
        return False
    old, new = (_MANNER.sub("", d.group(1)) for d in duties)
    return bool(old) and old == new


#: A clause's sentence line quotes this many of them, and counts the rest.
SENTENCES_SAID = 2
#: Up to this many provisions reworded only are each said with their notes; more are one line, "另有N条其他修改：…",
#: weighed REWORDED_REST (after the lines of one provision reworded, before the transitional provisions: TRANSITIONAL).
SPELLED, REWORDED_REST = 8, 9.5
#: A clause's sentence line: after the changes of substance, before references, moves and the
#: wording line; higher when what it quotes holds a duty, a penalty or money.
SENTENCES, SENTENCES_OF_DUTY = 36, 46


def _wording_only(findings) -> bool:
    """Wording notes (and formatting or term notes) alone, one wording note at least."""
    if len(findings) == 1:  # (most pairs that have notes: one)
        return findings[0].kind is FindingKind.WORDING_CHANGED
    return bool(findings) and all(f.kind in (FindingKind.WORDING_CHANGED, FindingKind.FORMATTING,
                                             FindingKind.TERM_RENAMED) for f in findings) \
        and any(f.kind is FindingKind.WORDING_CHANGED for f in findings)


def ranked_headlines(comparison: Comparison, lang: str = "zh") -> List[Headline]:
    """The summary sentences, most important first, each with the indexes of its pairs
    (``headlines`` of comparison@2; every format says the same sentences). Two texts that share
    almost nothing (an ``unrelated`` notice) get that one sentence: their pairs' headlines would
    each claim an edit that was never made (see unrelated.py)."""
    from ..unrelated import of as unrelated

    said = unrelated(comparison)
    if said is not None:
        from .headlines import anchor

        en = lang == "en"  # (its link: the table's first row)
        return [Headline(STRUCTURE_GROUP[en], said.message_en if en else said.message,
                         [anchor(comparison.pairs[0])], kind="unrelated", pairs=list(range(len(comparison.pairs))))]
    index: Dict[str, int] = {}
    for i, pair in enumerate(comparison.pairs):
        for clause in pair.old + pair.new:
            index.setdefault(clause.id, i)
    lines = headlines(comparison, lang)
    for line in lines:
        if not line.pairs:
            anchors = line.anchors
            if len(anchors) == 1:  # (most lines: one row, one pair)
                line.pairs = [index[anchors[0]]] if anchors[0] in index else []
            else:
                line.pairs = sorted({index[a] for a in anchors if a in index})
    lines = join_figures(join_penalties(fold_chapters(lines, comparison, lang, index), lang), lang)
    lines = _without_restated_dates(lines)
    lines += _wording_line(comparison, lang, index)
    _mark_renames(lines, comparison)
    position = {id(line): n for n, line in enumerate(lines)}
    renamed = _renamed(comparison)
    weights = {id(line): weight(line, comparison, renamed) for line in lines}
    if lang == "en":
        for line in lines:
            line.text = arabic(line.text)

    def key(line: Headline):
        first = min(line.pairs) if line.pairs else len(comparison.pairs)
        return (-weights[id(line)], -min(len(line.pairs), 5), first, position[id(line)])

    return diverse(sorted(lines, key=key), weights)


#: Characters written another way, the same word (规范汉字: "会计帐簿" → "会计账簿"): a rename of these
#: only is spelling, ranked with the wording (会计法's first headline, above its fines, the 2026-12-01 reading).
SPELLINGS = {("帐", "账"), ("其它", "其他")}
SPELLING_RENAME = 12
_SPELLING = (-1, -1)
#: A name made one with a sibling's (_made_one_with_a_sibling): after the changes of substance, before the rest (the order
#: of issue 14: duties and penalties, figures, conditions removed, renames, then the rest).
SIBLING_RENAME = WEIGHTS["renamed"]
_SIBLING = (0, 2)


#: A rename that only drops the words before the noun it keeps ("社会组织" → "组织"), in fewer provisions than this: after
#: the provisions put in of other rules and the sentences of duty rewritten (SENTENCES_OF_DUTY), before the moves
#: (科学技术普及法 2002 → 2024's eighth headline "“社会组织”统一改为“组织”（共4条）", beside new chapters, new liabilities
#: and a deletion now said by 第五十九条: useless in readings 1117, 1290 and the English reading 1386).
MODIFIER_RENAME_PAIRS = 10
MODIFIER_RENAME = 45
_MODIFIER = (0, 3)


#: How a provision says "anyone" (任何人, 任何单位和个人…): one such form put for another, in a few provisions, is drafting,
#: ranked as a modifier dropped ("“任何人不得”统一改为“任何组织和个人不得”（共3条）" was 妇女权益保障法 2018 → 2022's fifth
#: headline, above new duties: useless in reading 1406).
_ANYONE = recache.compile(r"^任何(?:人|(?:单位|组织)(?:和|或者)个人)(?:不得|均|都|应当|有权)?$")


def _anyone(words: str) -> bool:
    return bool(_ANYONE.match(words))


def _member_dropped(old: str, new: str) -> bool:
    """``old`` is ``new`` and one more member of a list, after "、"."""
    return old.startswith(new + "、") and "、" not in old[len(new) + 1:]


def _modifier_dropped(old: str, new: str) -> bool:
    """``new`` is ``old``'s last words, a word or two before them dropped."""
    return len(new) >= 2 and len(old) > len(new) and old.endswith(new) and len(old) - len(new) <= 2


#: Words a name of the same body holds or not: "县级以上地方各级人民政府" is "县级以上地方人民政府".
SAME_BODY_WORDS = ("各级",)


def _spelling_only(old: str, new: str) -> bool:
    """The rename changes a spelling (SPELLINGS) or drops or adds a word that leaves the body named the same
    (SAME_BODY_WORDS: 突发事件应对法's "“县级以上地方各级人民政府”统一改为“县级以上地方人民政府”（共10条）" was its top
    headline, above a new fine of up to 100万元, the twenty-second reading)."""
    for a, b in SPELLINGS:
        if a in old and old.replace(a, b) == new:
            return True
    return any(w in longer and longer.replace(w, "", 1) == shorter
               for w in SAME_BODY_WORDS for longer, shorter in ((old, new), (new, old)))


#: Bodies the State Council's 2018 reform and the 2018 amendment of the Constitution gave a new name, each the same body:
#: a rename of one is a drafting update, never the first story of a revision ("“环境保护行政主管部门”统一改为“生态环境主管
#: 部门”（共10条）" was 海洋环境保护法 2017 → 2023's first headline, above fines raised forty-fold: useless in reading 120).
REFORMED_NAMES = (("环境保护行政", "生态环境"), ("环境保护", "生态环境"), ("法律委员会", "宪法和法律委员会"),
                  ("交通", "交通运输"), ("工商行政管理", "市场监督管理"), ("卫生和计划生育", "卫生健康"),
                  ("卫生计生", "卫生健康"), ("安全生产监督管理", "应急管理"), ("国土资源", "自然资源"),
                  ("质量技术监督", "市场监督管理"), ("食品药品监督管理", "市场监督管理"),
                  # (the competent department named as drafting norms now name it, and 卫生 as the reform named it:
                  # "“文物主管部门”统一改为“文物行政部门”" and "“卫生主管部门”统一改为“卫生健康部门”" were the first headlines of
                  # 文物保护法 2017 → 2024 and 人体器官捐献和移植条例 2023, above fines raised to 一千万元: useless in readings
                  # 300, 303 and 304)
                  ("主管部门", "行政部门"), ("卫生主管", "卫生健康"),
                  # (a department named by the work it leads, as drafting names it now: "“退役军人事务部门”统一改为“退役军人
                  # 工作主管部门”" was the first headline of 军人抚恤优待条例 2019 → 2024 and 烈士褒扬条例 2019 → 2024, above new
                  # chapters and fines raised five-fold: useless in reading 360)
                  ("事务部门", "工作主管部门"),
                  # (the 2018 reform's 农业农村部: "“农业行政主管部门”统一改为“农业农村主管部门”" was 农产品质量安全法 2018 →
                  # 2022's first headline, above the 承诺达标合格证 and fines raised: useless in reading 459)
                  ("农业行政", "农业农村"), ("畜牧兽医行政", "农业农村"))


def _reformed_name(old: str, new: str) -> bool:
    """``old`` → ``new`` is one of REFORMED_NAMES, the rest of the name kept."""
    return any(a in old and old.replace(a, b, 1) == new for a, b in REFORMED_NAMES)


#: Uses, at least, of a name on its own in the old version that make it a sibling's name (_made_one_with_a_sibling).
SIBLING_USES = 10


def _made_one_with_a_sibling(old: str, new: str, comparison: Comparison) -> bool:
    """The new name is the old one shortened (characters dropped, the rest in order) and the old version already used it
    on its own, SIBLING_USES times or more, for a body of the same role: "“股东大会”统一改为“股东会”（共33条）" gives the
    joint-stock company's meeting the limited company's name (公司法 2018 → 2023, trivial second among its headlines in
    readings 169 and 182, and first in 129 and 135). Not "城镇居民人均可支配收入或者农村居民人均纯收入" →
    "城镇居民人均可支配收入" (人身损害赔偿解释: the one standard, a story, its shorter name once in the old version)."""
    if len(new) >= len(old) or not in_order(new, old):
        return False
    text = "\n".join(c.text for c in comparison.old.clauses).replace(old, "\0")
    return text.count(new) >= SIBLING_USES


def _mark_renames(lines: List[Headline], comparison: Comparison) -> None:
    """strength on a rename sentence: (1 if the top rename by articles, 1 if of a body); a rename of
    spelling only is marked apart (_SPELLING) and is never the top one."""
    said = [(line, r) for line, r in zip([line for line in lines if line.kind == "renamed"], comparison.renames)]
    for line, r in said:
        if _spelling_only(r.old, r.new):
            line.strength = _SPELLING
        elif _member_dropped(r.old, r.new) or _member_dropped(r.new, r.old):
            line.strength = _MODIFIER  # (a list made shorter or longer by a member, "部门、机构" → "部门": drafting, 反洗钱法
            # 2006 → 2024's seventh headline when it was read as a body renamed)
    said = [(line, r) for line, r in said if line.strength not in (_SPELLING, _MODIFIER)]
    bodies = [(line, r) for line, r in said if is_body(*widened(r.old, r.new, comparison, line.pairs))]
    # the first by articles: of a body, else of a term renamed in ten articles or more (具体行政行为)
    wide = [(line, r) for line, r in said if len(line.pairs) >= 10]
    top = max(bodies or wide, key=lambda lr: len(lr[0].pairs), default=None)
    sibling = top if top is not None and _made_one_with_a_sibling(top[1].old, top[1].new, comparison) else None
    if top is not None and (_reformed_name(top[1].old, top[1].new) or sibling):
        top = None  # (the same body under the name a reform gave it, or a sibling's: no story, whatever comes next)
    if top is not None and top not in bodies:
        top[0].strength = (1, 0)
    for line, _ in bodies:
        line.strength = (int(top is not None and line is top[0]), 1)
    if sibling is not None:  # (a name made one: with the changes of substance, after them, before the rest)
        sibling[0].strength = _SIBLING
    for line, r in said:
        if line.strength == (0, 0) and (_modifier_dropped(r.old, r.new) or _anyone(r.old) and _anyone(r.new)) \
                and len(line.pairs) < MODIFIER_RENAME_PAIRS:
            line.strength = _MODIFIER


#: No more than this many sentences of one kind in the summary, while other substance waits.
PER_KIND = 4
#: Sentences under this weight (moves, references, wording, renumbering) never push a kind aside.
SUBSTANCE = 45


#: A sum or a rate of an article whose penalties a line already tells ("第七十一条（现第八十八条）：违法经营额由一万元降低到五千元…"
#: below "第七十一条（现第八十八条）：罚款由违法经营额2–5倍提高到2–10倍…", the first; the thresholds of the fines it tells, a side
#: detail in the top eight: useless in reading 362): after the other substance, as a kind past PER_KIND is. So too when the
#: penalty line is itself held back: "第七十二条（现第八十九条）：违法经营额由五万元降低到三万元" alone in the top five, its fines
#: raised (2–5 to 2–10 times, 2万–10万 to 5万–25万元) held back as a fifth penalty line, read as the penalty made lighter
#: (文物保护法, useless in reading 547).
_FIGURE_KINDS = tuple(k.value for k in (FindingKind.AMOUNT_CHANGED, FindingKind.AMOUNT_ADDED, FindingKind.AMOUNT_REMOVED,
                                         FindingKind.RATE_CHANGED, FindingKind.RATE_ADDED, FindingKind.RATE_REMOVED))


def diverse(lines: List[Headline], weights: Dict[int, float], front: int = FRONT) -> List[Headline]:
    """The first ``front`` with at most PER_KIND of one kind, and no sum or rate of an article with a penalty line
    (_FIGURE_KINDS), while a sentence of substance of another kind waits; what is held back comes right after, in its
    order."""
    chosen: List[Headline] = []
    held: List[Headline] = []
    seen: Dict[str, int] = {}
    # the pairs of the penalty lines: their other figures wait while other substance does
    fined = {at for line in lines if line.kind == _PENALTY for at in line.pairs}
    at = 0  # (read by index: 64,000 deleted provisions of one kind are held back one by one)
    while at < len(lines) and len(chosen) < front:
        line = lines[at]
        if weights[id(line)] < SUBSTANCE:
            break
        at += 1
        if seen.get(line.kind, 0) >= PER_KIND or (line.kind in _FIGURE_KINDS and line.pairs and set(line.pairs) <= fined):
            held.append(line)
            continue
        seen[line.kind] = seen.get(line.kind, 0) + 1
        chosen.append(line)
    tail = held + lines[at:]
    taken = 0
    while len(chosen) < front and taken < len(tail) and weights[id(tail[taken])] >= SUBSTANCE:
        chosen.append(tail[taken])  # nothing else of substance: the held ones fill the summary
        taken += 1
    return chosen + tail[taken:]


def front_and_rest(lines: List[Headline], front: int = FRONT) -> Tuple[List[Headline], List[Headline]]:
    """The summary's sentences and those behind "更多（N）" (no fold for one or two more)."""
    if len(lines) <= front + 2:
        return lines, []
    return lines[:front], lines[front:]
