"""Findings that need the whole document, not one pair: run after every pair has its own (the pairs covered by a
document-wide rename made around it, renames.analyzed_with_renames).

In order: figures that only
moved with their sentence taken back from "新增/删除"
(figure_changes.drop_moved_figures); sentences that moved between provisions
as ``text_moved`` on both pairs, and drafting-norm wording (必须 → 应当) said
once (moved.py), and what was said taken out that another provision now states (gone.py); a deleted provision's rule
that went with a sibling's, a fine, a sanction, criminal liability or a number now in another provision (elsewhere.py);
a period put in said with its sentence; last, the document's own citations read through its renumbering
(citations.py).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .. import recache
from ..models import Comparison, Finding, FindingKind, Status
from . import lists
from .changes import CHANGED_QUOTES
from .citations import own_citations_renumbered
from .counterparts import _common_run
from .elsewhere import (conduct_into_an_item, crimes_given_by, crimes_said_once, discipline_said_once,
                        figures_by_reference, fines_now_elsewhere, penalties_to_a_follow_on, sanctions_from_an_old_conduct,
                        sanctions_from_an_old_follow_on, sanctions_now_elsewhere, with_a_sibling, _with_changed)
from .figure_changes import _ONE_SIDED, drop_moved_figures
from .lexicon import load_lexicon
from .moved import NOW_AT, document_findings, what_is_left, wholly_moved
from .penalties import _said_en
from .references import _TITLED
from .notes_elsewhere import _elsewhere
from .joined import continuation_with_its_sentence
from .restated import restated
from .rewrites import _GIVEN_SHORT_NAME, text_topic
from .renames import only_renamed
from .sentences import sentences, span_at
from .slight import same_meaning
from .spelled_out import applied_written_out, lists_itemised, lists_spelled_out
from .unkept import rewritten_throughout, unkept


def across_document(comparison: Comparison, lexicon=None) -> Comparison:
    lexicon = lexicon or load_lexicon()
    comparison = drop_moved_figures(comparison, lexicon)
    new_texts = {c.label: c.text for c in comparison.new.clauses}  # (where a deleted provision's sentences went)
    comparison = replace(comparison, pairs=tuple(
        _moves_of_one_sentence(_folded(_fine_put_under_a_condition(_periods_with_their_sentence(
            _figures_of_moved_sentences(p))), new_texts))
        # (a rule restated in other words looked for last: a provision any move names is no such rule)
        for p in restated(list(conduct_into_an_item(with_a_sibling(
            document_findings(comparison.pairs, lexicon, comparison.renames), lexicon), lexicon)), lexicon)))
    comparison = sanctions_now_elsewhere(fines_now_elsewhere(_in_force_said_once(_revisions_compared_unsaid(
        _short_names_unsaid(_renames_said_once(comparison))))))
    comparison = discipline_said_once(crimes_said_once(sanctions_from_an_old_conduct(sanctions_from_an_old_follow_on(
        penalties_to_a_follow_on(comparison)))))
    comparison = own_citations_renumbered(figures_by_reference(comparison, lexicon))
    comparison = applied_written_out(lists_itemised(lists_spelled_out(_approvals_held_by_a_licence(
        _licences_still_named(comparison)))))
    # (last: the passes above read an item said taken out as the sentence it is, and say where it went)
    comparison = replace(comparison, pairs=tuple(
        _sanctions_went_with_their_sentence(_continuations_unsaid(_crimes_of_a_list_given(_items_together(p))))
        for p in comparison.pairs))
    if rewritten_throughout(comparison.pairs):  # (last: what a deleted provision is said, once every pass read it as deleted)
        comparison = replace(comparison, pairs=tuple(unkept(p) for p in comparison.pairs))
    kept = tuple(r for r in comparison.renames if not same_meaning(r.old, r.new))  # (its notes dropped by analyze)
    return comparison if len(kept) == len(comparison.renames) else replace(comparison, renames=kept)


#: A list's lead-in that only makes its items crimes ("违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任：").
_CRIMES_OF_A_LIST = recache.compile(r"^[^。；：:]*有下列[^，。；]{0,6}之一的?，?构成犯罪的，依法追究刑事责任[：:]")


def _crimes_of_a_list_given(pair):
    """A deleted provision that only made the acts it listed crimes, its criminal liability now given by one provision for
    every breach ("“构成犯罪的，依法追究刑事责任”不再在此规定，现由第九十六条统一规定"), says that alone: "删除原第六十四条（关于
    “违反本法规定，有下列行为之一，构成犯罪的，依法追究刑事责任”的规定）" read as the liability taken out (文物保护法, wrong in
    reading 591), and naming it by its first act, "盗掘古文化遗址、古墓葬的……", as that act no longer a crime (594, 595)."""
    if pair.status is not Status.DELETED or not _CRIMES_OF_A_LIST.match(pair.old_text.strip()) \
            or not crimes_given_by(pair.findings):
        return pair
    kept = tuple(f for f in pair.findings if not f.message.startswith("删除原"))
    return pair if len(kept) == len(pair.findings) else replace(pair, findings=kept)


#: A sanction's note said moved: "责令停业整顿不再在此规定，现见第五十五条" (group 1 the sanction, 2 where).
_SANCTION_WENT = recache.compile(r"^([^“”，；]{2,24}?)不再在此规定，现见(第[^，（）“”]+?条)$")


def _sanctions_went_with_their_sentence(pair):
    """A sentence said taken out ("不再规定：“情节特别严重的，…可以建议…责令停业整顿或者吊销其经营许可证”") every sanction of which
    the pair's notes say went to one provision ("责令停业整顿不再在此规定，现见第五十五条", "吊销其经营许可证…现见第五十五条") went
    there, reworded: 反洗钱法 2006 第三十二条 → 2024 第五十五条 ("不再规定" beside the two moves was wrong in reading 853)."""
    went = {}
    for f in pair.findings:
        m = _SANCTION_WENT.match(f.message) if f.kind is FindingKind.PENALTY_CHANGED else None
        if m:
            went[m.group(1)] = (m.group(2), f)
    if not went:
        return pair
    changed = {}
    for f in pair.findings:
        if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith("不再规定：“") or not f.old \
                or "…" in f.old:
            continue
        there = {label for what, (label, _note) in went.items() if what in f.old}
        if len(there) == 1 and "罚款" not in f.old:
            label = there.pop()
            changed[id(f)] = _elsewhere(f.old, label, True)
            # (and the sanctions' own notes, which the sentence's now says: "责令停业整顿不再在此规定，现见第五十五条" beside
            # "“…责令停业整顿或者吊销其经营许可证”不再在此规定，现见第五十五条", useless in reading 962)
            changed.update((id(note), None) for what, (there_, note) in went.items() if what in f.old and there_ == label)
    if not changed:
        return pair
    return replace(pair, findings=tuple(g for f in pair.findings for g in [changed.get(id(f), f)] if g is not None))


def _continuations_unsaid(pair):
    """The pair without the notes of clauses put in that go on from a clause put in before them
    (joined.continuation_with_its_sentence)."""
    if len(pair.findings) < 2 or not pair.new:
        return pair
    findings = continuation_with_its_sentence(list(pair.findings), pair.new_text)
    return pair if len(findings) == len(pair.findings) else replace(pair, findings=tuple(findings))


def _items_together(pair):
    """The pair with the items of a list said taken out together said as the list no longer enumerated."""
    if len(pair.findings) < lists.TOGETHER_AT_LEAST:
        return pair
    findings = lists.items_taken_out_together(pair.findings, pair.old_text)
    return pair if len(findings) == len(pair.findings) else replace(pair, findings=findings)


def _folded(pair, new_texts=None):
    """A deleted provision every sentence of which is said moved to another (moved.wholly_moved) was folded
    into it: "删除原第一百三十五条（…）" beside "“公司发行新股，可以…确定其作价方案”移至现第一百五十一条" said it went and
    stayed (公司法, the twenty-fifth reading); the moves say where it went."""
    if pair.status is not Status.DELETED or not any(f.kind is FindingKind.TEXT_MOVED for f in pair.findings):
        return pair
    if not wholly_moved(pair)[0]:
        return _partly_moved(pair, new_texts or {})
    kept = tuple(f for f in pair.findings if not f.message.startswith("删除原"))
    return pair if len(kept) == len(pair.findings) else replace(pair, findings=kept)


def _partly_moved(pair, new_texts):
    """A deleted provision some of whose sentences are said moved says where, as its headline does: "删除原第八十三条
    （关于“以发起设立方式设立股份有限公司的”的规定），部分内容现见第九十七条" (公司法: the bare "删除原第八十三条" read as all of it
    gone, wrong in the thirty-sixth reading)."""
    from ..numerals import article_en
    from .moved import now_in

    now = now_in(pair.findings)
    if not now:
        return pair

    def said(f):
        if not f.message.startswith("删除原") or f.old is None:
            return f
        there = [new_texts.get(label, "") for label in now]
        zh, en = ("另有部分内容", "another part of it") if _named_by_what_stayed(f, pair, there) \
            else ("部分内容", "part of it")
        return replace(f, message=f"{f.message}，{zh}现见{'、'.join(now)}",
                       message_en=f"{f.message_en}; {en} is now in {', '.join(article_en(n) for n in now)}"
                       if f.message_en else None)
    return replace(pair, findings=tuple(said(_subject_unless_moved(f, pair)) for f in pair.findings))


def _named_by_what_stayed(f, pair, there=()) -> bool:
    """The deleted provision's note names it by a sentence no move takes any part of: where part of it is now is
    "另有部分内容现见…", not "部分内容现见…", read as where the sentence named went ("原第七条（关于“任何人不准上下交通
    工具”的规定）已删除或改写，部分内容现见第十条": 第十条 holds its first sentence, the ban is restated in 第十四条;
    国境卫生检疫法 2018 → 2024, wrong in reading 1480 and 1526, as 第十二条's isolation named beside its cremation now
    in 第二十一条)."""
    m = _SUBJECT.match(f.message)
    if not m:
        return False
    subject = m.group(2).rstrip("…")
    at = pair.old_text.find(subject)
    if at < 0:
        return False
    start, end = span_at(pair.old_text, at)
    sentence = pair.old_text[start:end]
    for g in pair.findings:
        q = NOW_AT.match(g.message) if g.kind is FindingKind.TEXT_MOVED else None
        if q and any(len(part) >= 4 and part in sentence for part in q.group(1).split("…")):
            return False
    return not any(_rule_restated_in(sentence, text) for text in there)


def _rule_restated_in(sentence: str, text: str) -> bool:
    """What the sentence rules (its words after 应当, 可以, 必须…) is mostly in ``text``, a run of its words said again: "县级
    以上人民政府农业行政主管部门应当加强对农产品生产的指导" in "…并加强对农产品生产经营者的培训和指导" (农产品质量安全法 2018
    第二十条, its other sentence moved to 第二十五条: "另有部分内容现见第二十五条" read as this one gone, wrong in reading 1812)."""
    m = _RULE_WORD.search(sentence)
    if not m or not text:
        return False
    rule = sentence[m.end():].rstrip("。；")
    if len(rule) < RESTATED_RUN:
        return False
    run = len(_common_run(rule, text, RESTATED_RUN))
    return run >= RESTATED_RUN and run * 3 >= len(rule) * 2


#: What opens a sentence's rule.
_RULE_WORD = recache.compile(r"应当|可以|必须|不得|禁止")
#: Characters, at least, of a deleted sentence's rule said again in the provision its other sentences went to.
RESTATED_RUN = 6


_SUBJECT = recache.compile(r"^(删除原第[^（]+条)（关于“([^”]+)”的规定）$")


def _subject_unless_moved(f, pair):
    """A deleted provision's note without the subject it names when that sentence's move says it: "删除原第四十八条（关于
    “海洋工程建设项目的环境保护设施，必须与主体工程同时设计…”的规定），部分内容现见第六十二条" beside "“海洋工程建设项目的…”
    移至现第六十二条，文字有改动" said the sentence twice (海洋环境保护法, useless in reading 225): "删除原第四十八条，部分内容现见
    第六十二条"; named instead by what is left of it when that opens a sentence (moved.what_is_left)."""
    m = _SUBJECT.match(f.message)
    if not m or not any(g.kind is FindingKind.TEXT_MOVED and (g.message.startswith(f"“{m.group(2)}”移至") or _inside(
            g.message, m.group(2)) or _opens(g.message, m.group(2))) for g in pair.findings):
        return f
    left = what_is_left(pair)
    if left:
        # (named by what is gone, as its headline is: "原第五十四条（关于“妇女联合会或者相关妇女组织对侵害特定妇女群体利益的
        # 行为…”的规定）已删除或改写，部分内容现见第七十三条", not the bare "原第五十四条已删除或改写…" beside the move of its
        # first sentence, said twice: useless in reading 1350)
        subject = text_topic(left)
        en = f.message_en.replace(f"(it governed “{m.group(2)}”)", f"(it governed “{subject}”)") if f.message_en \
            else None
        return replace(f, message=f"{m.group(1)}（关于“{subject}”的规定）", message_en=en)
    en = f.message_en.replace(f" (it governed “{m.group(2)}”)", "") if f.message_en else None
    return replace(f, message=m.group(1), message_en=en)


_MOVED_QUOTE = recache.compile(r"^“([^“”…]{8,})”(?:移至|不再在此规定，现见)")


def _opens(message: str, subject: str) -> bool:
    """A move's note quotes the sentence the subject, cut short ("…"), opens: "“隐藏、转移、变卖、损毁国家安全机关依法查封、扣押、
    冻结的财物的”移至现第六十条，文字有改动" beside "删除原第三十三条（关于“隐藏、转移、变卖、损毁国家安全机关依法查封、扣押…”的规定），
    部分内容现见第六十条" (反间谍法: the subject said twice, useless in reading 1171); or whose opening words the subject is,
    a move said either way: "“军队药品供应保障机构购进药品，应当建立并执行进货检查验收制度，验明药品合格证明和其他标识”不再在此规定，
    现见第十二条" beside "（关于“军队药品供应保障机构购进药品，应当建立并执行进货检查验收制度”的规定）" (药品管理法办法 第八条,
    reading 1936)."""
    m = _MOVED_QUOTE.match(message)
    return bool(m) and m.group(1).startswith(subject[:-1] if subject.endswith("…") else subject)


def _inside(message: str, subject: str) -> bool:
    """A move's note quotes words the subject says whole: "“负责军队医疗机构所需药品的供应保障”移至现第十三条…" beside "删除原第四条
    （关于“军队药品供应保障机构按照规定的保障范围，负责军队医疗机构所需药品的供应保障”的规定）" (药品管理法办法, the move said
    twice, useless in reading 700)."""
    m = _MOVED_QUOTE.match(message)
    return bool(m) and m.group(1) in subject


def _figures_of_moved_sentences(pair):
    """A figure said taken out (put in) whose sentence is said moved to (from) another provision is said
    by that note: "删除数量：监事一至二名" beside "“…可以设一至二名监事，不设监事会”移至现第八十三条，文字有改动"
    (公司法 第五十一条: the small company's supervisors went to 第八十三条, now one or none; the twentieth
    reading judged "删除" wrong)."""
    moved = [f for f in pair.findings if f.kind is FindingKind.TEXT_MOVED]
    if not moved:
        return pair
    kept = []
    for f in pair.findings:
        if f.kind in _ONE_SIDED and f.message.startswith(("新增", "删除")):
            said = f.message.split("：", 1)[-1].split("（")[0]
            side = "old" if f.message.startswith("删除") else "new"
            if said and any(said[-4:] in (getattr(m, side) or "") for m in moved):
                continue
        kept.append(f)
    return pair if len(kept) == len(pair.findings) else replace(pair, findings=tuple(kept))


_MOVE_NOTE = recache.compile(r"^“([^“”]+)”(移至现第[^，（）]+条|由原第[^，（）]+条移入)(.*)$")
#: Characters, at most, of two halves of a sentence said moved in one note.
JOINED_MOVE = 80


def _moves_of_one_sentence(pair):
    """Two halves of one sentence ("；" between them) said moved to the same provision, each in a note of its own, are one
    note quoting both: "“对涉嫌恐怖活动资金的监控适用本法；其他法律另有规定的，适用其规定”移至现第二条，文字有改动" (反洗钱法
    第三十六条: the second half's own note was useless in reading 781); the stronger word of change of the two kept
    ("并作较大修改" over "文字有改动")."""
    moves = [(f, m) for f in pair.findings if f.kind is FindingKind.TEXT_MOVED and (m := _MOVE_NOTE.match(f.message))]
    if len(moves) < 2:
        return pair
    changed, done = {}, set()
    for k, (f, m) in enumerate(moves):
        for g, n in moves[k + 1:]:
            if id(f) in done or id(g) in done or m.group(2) != n.group(2):
                continue
            text = pair.old_text if m.group(2).startswith("移至") else pair.new_text
            a, b = m.group(1), n.group(1)
            # (or two sentences on end, "。" between them: "常务委员会举行联组会议，由委员长主持。委员长可以委托副委员长主持会议"
            # moved to 全国人民代表大会常务委员会议事规则 2022 第十四条, two notes on each side, useless in reading 931)
            mark = next((c for c in "；。" if a + c + b in text or b + c + a in text), None)
            first, second = ((a, b) if a + mark + b in text else (b, a)) if mark else (None, None)
            if first is None or len(first) + len(second) + 1 > JOINED_MOVE:
                continue
            base = max((f, g), key=lambda x: _change_said(x.message))
            said = base.message[base.message.index("”") + 1:]
            said_en = base.message_en[base.message_en.index("”") + 1:] if "”" in base.message_en else ""
            both = f"{first}{mark}{second}"
            moved_out = m.group(2).startswith("移至")
            changed[id(f)] = replace(base, old=both if moved_out else base.old, new=base.new if moved_out else both,
                                     message=f"“{both}”{said}", message_en=f"“{both}”{said_en}")
            changed[id(g)] = None
            done.update((id(f), id(g)))
    if not changed:
        return pair
    return replace(pair, findings=tuple(changed.get(id(f), f) for f in pair.findings if changed.get(id(f), f) is not None))


def _change_said(message: str) -> int:
    """How much change a move's note says: none, "文字有改动", with what changed, "并作较大修改"."""
    return 3 if "较大修改" in message else 2 if "文字有改动（" in message else 1 if "文字有改动" in message else 0


def _fine_put_under_a_condition(pair):
    """A sentence said put in whole ("新增规定") that states the fine a fine's note says changed (its new amount), the old
    amount standing in a clause of the old text the new no longer holds: that clause rewritten, the fine now under the
    sentence's condition. "没有违法所得或者违法所得不足五千元的，可以并处五万元以下的罚款" was "可以并处二万元以下的罚款" (文物保护法
    第七十条 → 第八十七条: "新增规定" wrong in reading 747, the old text fined already; its dangling "：" off). Asked after
    a period's note took its sentence (海洋环境保护法 第八十五条: "被吊销倾倒许可证的，三年内不得…" said there whole)."""
    fines = [f for f in pair.findings if f.kind is FindingKind.PENALTY_CHANGED and f.old and f.new and f.subject == "罚款"]
    if not fines:
        return pair
    old_text, new_text = pair.old_text, pair.new_text
    changed = {}
    for f in pair.findings:
        m = _PUT_IN.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        if m is None or "…" in m.group(1) or "罚款" not in m.group(1):
            continue
        for fine in fines:
            at = old_text.find(fine.old)
            if fine.new not in m.group(1) or at < 0 or old_text.count(fine.old) != 1:
                continue
            start = max(old_text.rfind(mark, 0, at) for mark in "，；。：\n") + 1
            ends = [e for e in (old_text.find(mark, at) for mark in "，；。：\n") if e >= 0]
            clause = old_text[start:min(ends) if ends else len(old_text)]
            if "罚款" not in clause or clause in new_text:
                continue
            put = m.group(1).rstrip("：:")
            changed[id(f)] = replace(f, old=clause, new=put, message=f"改写：“{clause}”改为“{put}”",
                                     message_en=f"rewritten: “{clause}” → “{put}”")
            break
    if not changed:
        return pair
    return replace(pair, findings=tuple(changed.get(id(f), f) for f in pair.findings))


#: A sentence put in this long or shorter is quoted whole by the note of a period it brought.
PERIOD_SENTENCE = 80
_PERIOD_NOTE = recache.compile(r"^(新增期限：[^（]+)（(.+)）$")
_PUT_IN = recache.compile(r"^新增规定：“([^”]+)”$")


def _periods_with_their_sentence(pair):
    """A period put in with a sentence said put in whole is said by the period's note quoting the sentence:
    "新增期限：5年（备案时提供虚假材料情节严重的，其直接负责的主管人员和其他直接责任人员5年内不得从事原备案的业务）", not
    "新增期限：5年（5年内不得从事原备案的业务）" beside "新增规定：“备案时提供虚假材料…”" (道路运输条例 第六十五条: the
    twenty-third reading). The period keeps its rank; the sentence says whom and why. (Once the document's notes
    are made: a period that moved with its sentence is no longer said put in.)"""
    periods = [(f, m) for f in pair.findings if f.kind is FindingKind.QUANTITY_CHANGED
               and (m := _PERIOD_NOTE.match(f.message))]
    if not periods:
        return pair
    sentences = [(f, text) for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED
                 and (m := _PUT_IN.match(f.message)) and (text := _whole_put_in(m.group(1), pair.new_text))
                 and len(text) <= PERIOD_SENTENCE]
    changed = {}
    for f, m in periods:
        said, text = next(((s, text) for s, text in sentences if id(s) not in changed
                           and m.group(2).rstrip("…") in text), (None, ""))
        if said is None:
            continue
        en = f.message_en[:f.message_en.rindex(" (")] if f.message_en.endswith(")") and " (" in f.message_en \
            else f.message_en
        changed[id(f)] = replace(f, message=f"{m.group(1)}（{text}）", message_en=f"{en} (“{text}”)")
        changed[id(said)] = None
    if not changed:
        return pair
    return replace(pair, findings=tuple(changed.get(id(f), f) for f in pair.findings
                                        if changed.get(id(f), f) is not None))


def _whole_put_in(quoted: str, new_text: str) -> str:
    """The sentence a "新增规定" quotes, whole: the quote, or the one sentence of the new text its cut quote opens (反间谍法
    第六十六条: "…十年内不准入境……" cut "国务院国家安全主管部门的处罚决定为最终决定" off, and the period's note beside it said
    the ten years again, useless in reading 756)."""
    if "…" not in quoted:
        return quoted
    opening = quoted.split("…", 1)[0]
    found = [s.text for s in sentences(new_text) if s.text.startswith(opening)] if opening else []
    return found[0] if len(found) == 1 else ""


_NEW_RECORD = "新增修订记录："
#: A line of the record put in that records an amendment made between the two versions compared.
_BETWEEN = ("修订记录：两个版本之间另有{}次修改：", "amendment record: amended {} between the two versions: ")


def _times_en(n: int) -> str:
    return "once more" if n == 1 else f"{n} more times"


#: A line put into the record: its date (year, month, day) and what it says after the date.
_RECORD_DATE = recache.compile(r"^（?(\d{4})年(\d{1,2})月(\d{1,2})日(.*)$")


#: A record line put in or changed that only dates the coming into force ("2023年8月15日施行"): its new date.
_RECORD_IN_FORCE = recache.compile(r"^(?:新增修订记录：|修订记录修改：“[^“”]*”改为“)(\d{4}年\d{1,2}月\d{1,2}日)\s*施行”?$")
#: An effective-date clause's note: its new date.
_IN_FORCE_NOTE = recache.compile(r"^(?:新增施行日期条款：|施行日期条款修改：“[^“”]*”改为“)自(\d{4}年\d{1,2}月\d{1,2}日)起?施行")


def _in_force_said_once(comparison: Comparison) -> Comparison:
    """No note for the header's line of the coming into force when the effective-date clause's note says the same day:
    "新增修订记录：2023年8月15日施行" beside "施行日期条款修改：“自2017年1月1日起施行”改为“自2023年8月15日起施行”" (环境污染
    刑事案件解释 2016 → 2023, useless in readings 683 and 694; "修订记录修改：“2013年5月4日施行”改为“2022年1月1日施行”" of
    危害食品安全刑事案件解释, useless in 694)."""
    notes = [f for pair in comparison.pairs for f in pair.findings if f.kind is FindingKind.REFERENCE_CHANGED]
    days = {m.group(1) for f in notes for m in [_IN_FORCE_NOTE.match(f.message)] if m}
    return _with_changed(comparison, {id(f): () for f in notes for m in [_RECORD_IN_FORCE.match(f.message)]
                                      if m and m.group(1) in days})


def _revisions_compared_unsaid(comparison: Comparison) -> Comparison:
    """No note for a new line of the record that records one of the two versions compared: the old one, dated the day the
    old file's name gives ("2019-03-02.md" against "2019年3月2日《国务院关于修改部分行政法规的决定》第二次修订": the old
    text is that revision, its header left the line out; 发票管理办法, 收养登记办法, 进出口商品检验法实施条例 2019 → …, their
    top or fifth headline in the 2026-12-01 readings), or the new one, dated the day the new file's name gives, and the
    latest line put in that adopts or amends (not one that only dates the coming into force, whatever day the file is named
    by: 人身损害赔偿解释 2022-04-04.md's "2022年2月15日…第1864次会议通过"): the revision being compared,
    which any two versions hold (道路运输条例 2022 → 2023's seventh headline, useless to two readings; as a note, useless
    in three groups of the ninety-third reading and one of the ninety-fourth). A line of another day, an amendment made
    between the two versions, is said (上海市优化营商环境条例 2020 → 2024's 2021 and 2023 amendments)."""
    from ..dated import date_in_name

    def day(source) -> tuple:
        found = date_in_name(source or "")
        return tuple(int(x) for x in found.split("-")) if found else ()

    records = [(f, m) for pair in comparison.pairs for f in pair.findings
               if f.kind is FindingKind.REFERENCE_CHANGED and f.message.startswith(_NEW_RECORD)
               for m in [_RECORD_DATE.match(f.message[len(_NEW_RECORD):])] if m]
    if not records:
        return _with_changed(comparison, _own_adoptions_changed(comparison))
    dated = [(f, tuple(int(m.group(k)) for k in (1, 2, 3)), m.group(4)) for f, m in records]
    own = {d for d in (day(comparison.old.source), day(comparison.new.source)) if d}
    amending = [when for _, when, rest in dated if not rest.rstrip("”）)").endswith("施行")]
    if amending:
        own.add(max(amending))
    changed: dict = {id(f): () for f, when, _ in dated if when in own}  # (an empty tuple: the note goes)
    changed.update(_own_adoptions_changed(comparison))
    first, last = day(comparison.old.source), day(comparison.new.source)
    # (the amendments between the two, said as such, all in one note: "新增修订记录" alone read as the header's history,
    # no change of the law, useless in readings 260 and 261; one note each, "另有一次修改", read as the only one, wrong in 290)
    between = [f for f, when, rest in dated if first and last and first < when < last and id(f) not in changed
               and not rest.rstrip("”）)").endswith("施行")]
    of_pair = {id(f): k for k, pair in enumerate(comparison.pairs) for f in pair.findings} if between else {}
    for k in dict.fromkeys(of_pair[id(f)] for f in between):
        here = [f for f in between if of_pair[id(f)] == k]
        zh = "；".join(f.message[len(_NEW_RECORD):] for f in here)
        en = "; ".join(f.message_en.split(": ", 1)[-1] for f in here)
        changed.update({id(f): () for f in here})
        changed[id(here[0])] = replace(here[0], message=f"{_BETWEEN[0].format(len(here))}{zh}",
                                       message_en=f"{_BETWEEN[1].format(_times_en(len(here)))}{en}")
    return _with_changed(comparison, changed)


#: A record line changed: the old line and the new.
_RECORD_CHANGED = recache.compile(r"^修订记录修改：“([^“”]+)”改为“([^“”]+)”$")
#: A line of a header's record that adopts or amends (not one that publishes it or dates its coming into force): its date.
_ADOPTING_LINE = recache.compile(r"^（?(\d{4})年(\d{1,2})月(\d{1,2})日.*(?:通过|修正|修订)[”）)]*$")


def _latest_adoption(clauses) -> str:
    """The latest line of the record that adopts or amends, in the unlabelled opening of a version, or ""."""
    head = next((c for c in clauses if not c.label), None) if clauses and not clauses[0].label else None
    lines = [line.strip() for line in (head.text.split("\n") if head else ())]
    dated = [(tuple(int(m.group(k)) for k in (1, 2, 3)), line) for line in lines for m in [_ADOPTING_LINE.match(line)] if m]
    return max(dated)[1] if dated else ""


def _own_adoptions_changed(comparison: Comparison) -> dict:
    """The notes (by id, each to go) of a record line "changed" from the old version's own adoption to the new one's,
    the latest line of each that adopts or amends: an interpretation issued anew, whose two versions each open on the
    meeting that adopted it ("修订记录修改：“2013年4月28日…第1576次会议…通过”改为“2021年12月13日…第1856次会议…通过”", 危害食品
    安全刑事案件解释 2013 → 2021, useless in reading 1559: the two versions compared, no change of either)."""
    old, new = _latest_adoption(comparison.old.clauses), _latest_adoption(comparison.new.clauses)
    if not old or not new:
        return {}
    squeeze = lambda text: "".join(text.split())  # noqa: E731
    return {id(f): () for pair in comparison.pairs for f in pair.findings if f.kind is FindingKind.REFERENCE_CHANGED
            for m in [_RECORD_CHANGED.match(f.message)]
            if m and squeeze(m.group(1)) == squeeze(old) and squeeze(m.group(2)) == squeeze(new)}


def _renames_said_once(comparison: Comparison) -> Comparison:
    """No wording note left that only says a rename again (“股东大会”改为“股东会” where
    the diff cut the edit so that the rename's own note did not explain it)."""
    if not comparison.renames:
        return comparison
    said = {f"“{r.old}”改为“{r.new}”" for r in comparison.renames}
    pairs = []
    for k, pair in enumerate(comparison.pairs):
        # (when a rename this pair's notes say is in it: a pair the renames' counts leave out says its edit itself, 道路
        # 运输条例 第五十五条's second paragraph)
        own = [r for r in comparison.renames if k in r.pairs]
        kept = tuple(f for f in pair.findings if not (
            f.kind is FindingKind.WORDING_CHANGED and (f.message.split("：", 1)[-1].split("（", 1)[0] in said
                                                         or (_only_renamed(f.message, comparison.renames, pair)
                                                             and any(r.old in (f.old or "") for r in own)))))
        kept = _renamed_only_in_a_citation(kept, pair)
        pairs.append(pair if len(kept) == len(pair.findings) else replace(pair, findings=kept))
    return replace(comparison, pairs=tuple(pairs))


def _short_names_unsaid(comparison: Comparison) -> Comparison:
    """No wording note whose every edit only calls a thing by the short name another provision of the new version gives
    it: "“国家秘密及其密级的具体范围”改为“保密事项范围”" where 第十五条 says "国家秘密及其密级的具体范围（以下简称保密事项范围）"
    (保守国家秘密法 第十四条 → 第十九条: the same range, a change of form; useless in the English reading 1388). The whole
    long name, not a part of it: "海洋工程建设项目" → "工程建设项目" of "海岸工程和海洋工程建设项目（以下简称工程建设项目）" now
    says both kinds of project (海洋环境保护法 第四十九条)."""
    given = [(m.group(1), m.group(2)) for c in comparison.new.clauses if "以下简称" in c.text
             for m in _GIVEN_SHORT_NAME.finditer(c.text)]
    if not given:
        return comparison
    pairs = []
    for pair in comparison.pairs:
        kept = tuple(f for f in pair.findings if not (
            f.kind is FindingKind.WORDING_CHANGED and _short_names_only(f.message, given)))
        pairs.append(pair if len(kept) == len(pair.findings) else replace(pair, findings=kept))
    return replace(comparison, pairs=tuple(pairs))


def _short_names_only(message: str, given) -> bool:
    """A "表述修改" note every edit of which puts a short name for the whole long name it was given for."""
    if not message.startswith("表述修改："):
        return False
    body = message[len("表述修改："):]
    edits = CHANGED_QUOTES.findall(body)
    if not edits or CHANGED_QUOTES.sub("", body).strip("；;"):
        return False  # (an edit said otherwise, 新增/删除…, is more than a name)
    return all(any(long in a and a.replace(long, short) == b for long, short in given) for a, b in edits)


#: A title in book marks that names a licence or certificate, not a document cited ("《医疗机构制剂许可证》").
_LICENCE_TITLE = recache.compile(r"^删除引用文件：《([^《》]+(?:许可证|证书|执照|证明书))》$")


def _licences_still_named(comparison: Comparison) -> Comparison:
    """"删除引用文件：《医疗机构制剂许可证》" where the new version still names the licence, without book marks and under a
    longer name ("军队医疗机构制剂许可证"): no document cited is gone, the licence is named otherwise (中国人民解放军实施
    《药品管理法》办法 第三十四条, wrong in readings 326 and 328). The pair's wording notes say its edits."""
    named = _TITLED.sub("", "\n".join(c.text for c in comparison.new.clauses))
    pairs = []
    for pair in comparison.pairs:
        kept = []
        for f in pair.findings:
            m = _LICENCE_TITLE.match(f.message) if f.kind is FindingKind.REFERENCE_CHANGED else None
            if m is None:
                kept.append(f)
            elif m.group(1) in named:
                continue
            elif f"吊销《{m.group(1)}》" in pair.old_text and m.group(1) not in pair.new_text:
                # (a licence no longer named at all, that the provision revoked: the sanction is gone, no cited document;
                # "删除引用文件：《商用密码产品销售许可证》" was wrong in reading 348, 商用密码管理条例 第二十二条 → 第五十三条)
                said = f"吊销《{m.group(1)}》"
                if any(g.message == f"不再规定处罚：{said}" for g in pair.findings):
                    continue  # (said by penalties.py, where an authority revokes it for conduct)
                kept.append(Finding(FindingKind.PENALTY_CHANGED, said, None, f"不再规定处罚：{said}",
                                    f"sanction removed: {_said_en(said)}", subject=said))
            else:
                kept.append(f)
        pairs.append(pair if len(kept) == len(pair.findings) and all(a is b for a, b in zip(kept, pair.findings))
                     else replace(pair, findings=tuple(kept)))
    return replace(comparison, pairs=tuple(pairs))


#: A holder the new version binds to a licence: "文物销售单位应当取得…颁发的文物销售许可证" (group 1: the holder).
_LICENSED = recache.compile(r"(?:^|[，。；\n])([^，。；\n]{2,24}?)(?:应当|必须)(?:依法)?取得[^，。；\n]{0,40}?许可")


def _approvals_held_by_a_licence(comparison: Comparison) -> Comparison:
    """"程序“经批准”被删除" where the old version named "经批准的X" and the new one names, in that provision, a holder it binds
    to a licence elsewhere: "除经批准的文物商店、经营文物拍卖的拍卖企业外" → "除文物销售单位、文物拍卖企业外", 第七十条 "文物销售单位
    应当取得…文物销售许可证" (文物保护法 第五十五条 → 第七十二条: the approval is the licence, still required; wrong in reading 448,
    and its eighth headline)."""
    gone = "程序“经批准”被删除"
    if not any(f.message == gone for p in comparison.pairs for f in p.findings):
        return comparison
    holders = {m.group(1) for c in comparison.new.clauses for m in _LICENSED.finditer(c.text)}
    pairs = []
    for pair in comparison.pairs:
        if "经批准的" in pair.old_text and any(f.message == gone for f in pair.findings) \
                and any(h in pair.new_text for h in holders):
            pair = replace(pair, findings=tuple(f for f in pair.findings if f.message != gone))
        pairs.append(pair)
    return replace(comparison, pairs=tuple(pairs))


#: A cited title and the short name given it: "《中华人民共和国收养法》（以下简称收养法）".
_CITED = recache.compile(r"《[^》]*》(?:[（(]以下简称[^）)]*[）)])?")


def _renamed_only_in_a_citation(findings, pair):
    """No rename note on a provision that uses the old name only in a citation a reference note says changed:
    "“收养法”改为“民法典”（全文统一修改，共4条，本条2处）" beside "引用文件修改：“《中华人民共和国收养法》”改为
    "“《中华人民共和国民法典》”" said it twice (收养登记办法 第一条, useless in the fifty-third reading). Its other provisions
    keep the note, and the count."""
    cited = [m for f in findings if f.kind is FindingKind.REFERENCE_CHANGED for m in CHANGED_QUOTES.findall(f.message)]
    if not cited:
        return findings
    outside = _CITED.sub("", pair.old_text)
    return tuple(f for f in findings if not (
        f.kind is FindingKind.TERM_RENAMED and f.old and f.new and f.old not in outside
        and any(f.old in a and f.new in b for a, b in cited)))


def _only_renamed(message: str, renames, pair) -> bool:
    """A wording note every edit of which is a rename with its neighbouring words (two characters at most
    besides, a level put in: "“道路运输管理机构责令改正”改为“地方人民政府交通运输主管部门责令改正”", 道路运输条例
    第七十四条, the twentieth reading): the rename's note says it."""
    if not message.startswith("表述修改："):
        return False
    body = message[len("表述修改："):]
    edits = CHANGED_QUOTES.findall(body)
    if not edits or len(CHANGED_QUOTES.sub("", body).strip("；;（）0-9共处")) > 0:
        return False  # (an edit said otherwise, 新增/删除…, is more than a rename)
    pairs = [(r.old, r.new) for r in renames]
    return all(only_renamed(a, b, pairs) or _cut_in_a_name(a, b, pairs, pair) for a, b in edits)


def _cut_in_a_name(a: str, b: str, renames, pair) -> bool:
    """An edit the diff cut inside a renamed name, before the words both names end with: "“经国有资产监督管理”改为
    "“经履行出资人职责的”" is 国有资产监督管理机构 → 履行出资人职责的机构 (公司法 第一百七十四条, the twenty-fourth
    reading), where the texts go on so."""
    for old, new in renames:
        for k in range(1, _common_tail(old, new) + 1):
            # (a + old[-k:] ends with old exactly when a ends with the rest of it)
            if a.endswith(old[:-k]) and b.endswith(new[:-k]) and a + old[-k:] in pair.old_text \
                    and b + new[-k:] in pair.new_text and only_renamed(a + old[-k:], b + new[-k:], renames):
                return True
    return False


@lru_cache(maxsize=4096)
def _common_tail(old: str, new: str) -> int:
    """How many last characters two names share, short of the shorter one's first."""
    tail = 0
    while tail < min(len(old), len(new)) - 1 and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return tail
