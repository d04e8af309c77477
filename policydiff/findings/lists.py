"""Lists in a provision's notes: a list's lead-in and items said taken out, read as the list they are.

A list ("…应当具备下列条件：（一）…；（二）…") is sentences to the diff: an item taken out is "不再规定" of that item.
These passes over a pair's findings (``findings.analyze``, after the per-sentence notes) say what became of the
list: its lead-in alone says nothing while items are left (``lead_in_alone``), a catch-all item goes with the
list it closes (``catch_all_with_its_list``), items taken out together are the list no longer enumerated
(``items_taken_out_together``).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind
from .counterparts import ITEM_LABEL
from .edits import _phrase_clip
from .sentences import sentences

#: A list's lead-in said taken out: "不再规定：“…，按照下列规定申请行政复议：”" (group 1: the lead-in), or a line of a few
#: words alone that names what its items set out ("文职人员的岗位等级设置：", 中国人民解放军文职人员条例 第十五条 → 第十四条, its
#: items rewritten: "不再规定" of it wrong in reading 1047; not a clause that says a consequence, "构成犯罪的，依法追究刑事责任：").
_LEAD_IN_GONE = recache.compile(r"^不再规定：“([^”]*(?:下列|以下)[^”]*：|[^”，；。]{1,23}：)”$")
#: A duty or leave said in a lead-in before its last phrase (a rule of its own, not only the list's opening).
_RULE_OF_ITS_OWN = recache.compile(r"应当|必须|可以|不得")


def lead_in_alone(findings: Sequence[Finding], old_text: str) -> Tuple[Finding, ...]:
    """Without "不再规定" of a list's lead-in ("…按照下列规定申请行政复议：") when an item of its list is not said taken out:
    the list is still there, its items rewritten or moved, and the lead-in alone says nothing (行政复议法 第十五条 → 第二十五条,
    items (一) to (三) rewritten, their lead-in "不再规定", useless in the seventy-second reading). A list taken out whole
    keeps it: it says what the items were."""
    # (not a lead-in that says a rule of its own before its last phrase: "行政复议机关负责法制工作的机构应当对…进行审查，提出
    # 意见，经…集体讨论通过后，按照下列规定作出行政复议决定：", 行政复议法 第二十八条, the review now 第六十一条's, its note
    # dropped once the sentence was quoted whole, worse in reading 1328)
    gone = [m.group(1) for f in findings for m in [_LEAD_IN_GONE.match(f.message)]
            if m and not _RULE_OF_ITS_OWN.search(m.group(1)[:m.group(1).rfind("，") + 1])]
    if not gone:
        return tuple(findings)
    said = [f.old or "" for f in findings if f.message.startswith("不再规定：“（")]
    lines = old_text.split("\n")
    kept = set()
    for lead in gone:
        at = next((k for k, line in enumerate(lines[:-1])
                   if (line == lead or line.endswith(lead) and ("下列" in lead or "以下" in lead))
                   and ITEM_LABEL.match(lines[k + 1])), None)
        if at is None:
            continue
        first, last, _lead = _list_around(lines, at + 1)
        if not all(any(line.startswith(q.rstrip("…")[:12]) for q in said) for line in lines[first:last]):
            kept.add(lead)
    return tuple(f for f in findings if not ((m := _LEAD_IN_GONE.match(f.message)) and m.group(1) in kept))


#: A list's catch-all item: "（八）董事会授予的其他职权", "（七）法律、法规规定的其他职责".
_CATCH_ALL = recache.compile(r"^（[一二三四五六七八九十]+）[^“”]*其他[^“”]{0,6}$")


def catch_all_with_its_list(findings: Sequence[Finding], old_text: str) -> Tuple[Finding, ...]:
    """Without "不再规定" of a list's catch-all item when every other item of the list is said taken out and a note says what
    became of its lead-in: the list went, and the catch-all alone says nothing of it (行政复议法 第三条's "（七）法律、法规规定的
    其他职责", useless in the eighty-second reading) or the wrong thing (公司法 第四十九条's "（八）董事会授予的其他职权", the
    manager's powers now "根据公司章程的规定或者董事会的授权", said by the lead-in's note: wrong in the seventy-ninth)."""
    gone = {f.old: f for f in findings if f.message.startswith("不再规定：“（") and f.old}
    catch_alls = [q for q in gone if _CATCH_ALL.match(q)]
    if not catch_alls:
        return tuple(findings)
    lines = old_text.split("\n")
    dropped = set()
    for q in catch_alls:
        at = next((k for k, line in enumerate(lines) if line.rstrip("。；;") == q), None)
        if at is None:
            continue
        first, _last, lead = _list_around(lines, at)
        others = [line.rstrip("。；;") for line in lines[first:at]]
        lead = lead.rstrip("：:")
        if others and lead and all(o in gone for o in others) \
                and any(lead in f.message for f in findings if f.old != q):
            dropped.add(q)
    return tuple(f for f in findings if not (f.old in dropped and f.message.startswith("不再规定：")))


def _list_around(lines: Sequence[str], at: int) -> Tuple[int, int, str]:
    """The list that line ``at`` (an item) is of: its first item's line, the line after its last, and its lead-in (the
    last sentence of the line before the first item; "" for none)."""
    first = at
    while first > 0 and ITEM_LABEL.match(lines[first - 1]):
        first -= 1
    last = at + 1
    while last < len(lines) and ITEM_LABEL.match(lines[last]):
        last += 1
    return first, last, re.split(r"[。；]", lines[first - 1])[-1] if first > 0 else ""


#: Items of one list, at least, said taken out that are said as the list no longer enumerated.
TOGETHER_AT_LEAST = 3
#: Characters, at most, of the items quoted in that note (cut where an item ends, "……" after).
ITEMS_QUOTED = 100
#: Characters, at most, of the lead-in it names.
LEAD_QUOTED = 40


def items_taken_out_together(findings: Sequence[Finding], old_text: str) -> Tuple[Finding, ...]:
    """The items of one list said taken out one by one ("不再规定：“（一）股东符合法定人数”", "不再规定：“（五）有公司住所”"),
    all but one of its items and three at least: one note that the provision no longer enumerates them, "不再列举“设立有限
    责任公司，应当具备下列条件”所列4项：“（一）股东符合法定人数；……（五）有公司住所”". What the revision did is drop the
    list; an item read alone as a rule no longer provided was false where another article still requires it (公司法
    第二十三条 and 第七十六条's conditions, the company's 住所 and 发起人 among them: wrong in readings 102 and 104). The
    note takes the first item's place; a note saying the lead-in alone taken out goes with it (the note names it)."""
    gone = [(k, f) for k, f in enumerate(findings) if f.kind is FindingKind.WORDING_CHANGED and f.old
            and f.message.startswith("不再规定：“（") and not f.old.endswith("…")]
    if len(gone) < TOGETHER_AT_LEAST:
        return tuple(findings)
    lines = old_text.split("\n")
    where = {line.rstrip("。；;"): at for at, line in enumerate(lines) if ITEM_LABEL.match(line)}
    lists: Dict[Tuple[int, int, str], List[Tuple[int, Finding]]] = {}  # a list (_list_around) → its items said taken out
    for k, f in gone:
        at = where.get(f.old)
        if at is None:
            continue
        lists.setdefault(_list_around(lines, at), []).append((k, f))
    replaced: Dict[int, Optional[Finding]] = {}
    for (first, last, lead), said in lists.items():
        if len(said) < TOGETHER_AT_LEAST or len(said) < last - first - 1 or not lead.endswith(("：", ":")):
            continue
        whole_lead = lead.rstrip("：:")
        lead = _phrase_clip(whole_lead, LEAD_QUOTED)
        items = [f.old for _, f in said]
        quoted = items[0]
        for item in items[1:]:
            if len(quoted) + len(item) + 1 > ITEMS_QUOTED:
                quoted += "；……"
                break
            quoted += "；" + item
        n, total = len(items), last - first
        # (all but one: "所列7项中的6项"; "所列6项" of a list of seven read as a list of six, wrong in reading 264)
        zh, en = (f"{n}项", f"the {n} items") if n == total else (f"{total}项中的{n}项", f"{n} of the {total} items")
        note = Finding(FindingKind.WORDING_CHANGED, "；".join(items), None, f"不再列举“{lead}”所列{zh}：“{quoted}”",
                       f"no longer lists {en} under “{lead}”: “{quoted}”")
        replaced.update({k: None for k, _ in said})
        replaced[said[0][0]] = note
        for k, f in enumerate(findings):  # (the lead-in said taken out alone: named by the note)
            m = _LEAD_IN_GONE.match(f.message)
            if m and m.group(1).rstrip("：:").endswith(whole_lead):
                replaced[k] = None
    if not replaced:
        return tuple(findings)
    return tuple(replaced.get(k, f) for k, f in enumerate(findings) if replaced.get(k, f) is not None)


#: Joiners that close a list run together in a sentence ("…、慈善项目实施情况以及慈善组织工作人员的工资福利情况"), strongest first.
_CLOSING_JOINERS = ("以及", "及", "和", "或者")
#: Characters, at most, of a head noun the members of a list share and a revision may say once after the last one
#: ("…募捐情况、…使用情况以及…福利情况" → "…募捐、…使用以及…福利等情况").
SHARED_HEAD = 4


def _run_together(text: str) -> List[str]:
    """The "、"-joined members of a sentence, the last cut at its closing joiner; the first holds what leads in."""
    parts = text.strip("。；，：\n ").split("、")
    last = parts[-1]
    for joiner in _CLOSING_JOINERS:
        k = last.rfind(joiner)
        if k > 0:
            parts[-1:] = [last[:k], last[k + len(joiner):]]
            break
    return parts


def _shared_tail(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b), SHARED_HEAD) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n:] if n >= 2 else ""


def members_put_in(old: str, new: str) -> Optional[List[Tuple[str, str]]]:
    """The members put in ("", member) or taken out (member, "") of a list run together in one sentence, where the rest of
    it is the same members, in order, their shared head noun said for each or once at the end ("接受捐赠情况、…实施情况以及
    工作人员的工资福利情况" → "接受捐赠、…实施、募捐成本、工作人员工资福利以及与境外组织或者个人开展合作等情况": 募捐成本 and
    与境外组织或者个人开展合作 put in, 慈善法 第十三条, where "“情况以及”改为“募捐成本”" was wrong in reading 441). None: not
    such a list, or a member reworded."""
    if old.count("、") < 2 or new.count("、") < 2 or any(ch in old.strip("。；") + new.strip("。；") for ch in "。；\n"):
        return None
    olds, news = _run_together(old), _run_together(new)
    head = _shared_tail(olds[-1], news[-1])

    def headless(member: str) -> str:
        member = member.rstrip("。；")
        return (member[:-len(head)] if head and member.endswith(head) and len(member) > len(head) else member).rstrip("等")

    a, b = [headless(m).replace("的", "") for m in olds], [headless(m).replace("的", "") for m in news]
    kept = [m for m in a if m in b]
    if len(kept) < 2 or len(set(a)) != len(a) or len(set(b)) != len(b) or kept != [m for m in b if m in a]:
        return None
    taken = [k for k, m in enumerate(a) if m not in b]
    put = [k for k, m in enumerate(b) if m not in a]
    if bool(taken) == bool(put) or 0 in taken + put:
        return None  # (the lead-in changed, or a member reworded: the edits say it)
    return [(_joined(olds, run, headless), "") for run in _runs(taken)] + \
        [("", _joined(news, run, headless)) for run in _runs(put)]


def _runs(places: List[int]) -> List[List[int]]:
    """Places next to one another, together: members put in side by side are quoted as one ("新增“强制到案、责令候查、管护”")."""
    out: List[List[int]] = []
    for k in places:
        if out and out[-1][-1] == k - 1:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _joined(members: List[str], run: List[int], headless) -> str:
    return "、".join(headless(members[k]) for k in run)


#: Characters, at least, of the close a sentence put in shares with the old sentence whose subject list it leaves.
SHARED_CLOSE = 6
_PUT_IN_RULE = recache.compile(r"^新增规定：“([^“”]+)”$")
#: A sentence's opening up to what its subject does (the subject, a list of bodies: "国家安全机关、公安机关").
_SUBJECT = recache.compile(r"^[^，。；：]*?(?=依照|按照|应当|可以|负责|在|对|根据)")


def member_given_its_own_sentence(findings: Sequence[Finding], old_text: str, new_text: str) -> Tuple[Finding, ...]:
    """A member of the subject list of an old sentence ("国家安全机关、公安机关依照…，适用本法的有关规定") taken out of it and
    given a sentence of its own that closes alike ("公安机关在依法履行职责过程中发现、惩治危害国家安全的行为，适用本法的有关规定"):
    the member's rule restated, not a new rule ("新增规定" wrong in readings 439 and 463, 反间谍法 第三十九条 → 第七十条). One
    note: "“国家安全机关、公安机关”改为“国家安全机关”；公安机关另行规定：“…”"."""
    if "、" not in old_text:
        return tuple(findings)
    olds = [s.text for s in sentences(old_text) if "、" in s.text]
    out = []
    for f in findings:
        m = _PUT_IN_RULE.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        said = _own_sentence(m.group(1), olds, new_text) if m else None
        if said is None:
            out.append(f)
            continue
        run, kept, member = said
        out.append(Finding(FindingKind.WORDING_CHANGED, run, f.new,
                           f"表述修改：“{run}”改为“{kept}”；{member}另行规定：“{m.group(1)}”",
                           f"wording changed: “{run}” → “{kept}”; {member} now provided for separately: “{m.group(1)}”"))
    return tuple(out)


def _own_sentence(put: str, olds: Sequence[str], new_text: str) -> Optional[Tuple[str, str, str]]:
    """(the old subject list, what is left of it, the member) when ``put`` opens on a member of an old sentence's opening
    subject list, closes as that sentence does, and the new text says the sentence without the member."""
    for o in olds:
        head = _SUBJECT.match(o)
        if head is None or "、" not in head.group():
            continue
        members = head.group().split("、")
        for k, member in enumerate(members):
            if k == 0 or not 2 <= len(member) <= 10 or not put.startswith(member):
                continue
            run = head.group()
            kept = "、".join(x for j, x in enumerate(members) if j != k)
            goes_on = o[len(run):len(run) + 4]
            if put[-SHARED_CLOSE:] == o[-SHARED_CLOSE:] and kept + goes_on in new_text and run not in new_text:
                return run, kept, member
    return None


_ITEM_PUT_IN = recache.compile(r"^新增规定：“(（[一二三四五六七八九十]+）[^“”]*)”$")
#: A lead-in whose list the items read alone would say the other way round: what a list is not, or must not do
#: ("下列事项不属于行政复议范围：", "…，文职人员不得辞职或者单方面解除聘用合同：", "禁止买卖下列文物：").
#: So too one that makes its items a step to take first ("有下列情形之一的，申请人应当先向行政复议机关申请行政复议").
_NEGATING_LEAD = recache.compile(r"(?:下列|以下)[^：]*?(?:不属于|不得|禁止|不予|不适用|应当先|必须先)"
                                 r"|(?:不属于|不得|禁止|不予|不适用)[^：]*?(?:下列|以下)")


def _put_in_after(f: Finding, put: str, words: str) -> Finding:
    """The note "新增规定：“put”" quoting ``words`` before what it put in, in both languages."""
    en = f.message_en.replace("“" + put, "“" + words + put, 1) if f.message_en else f.message_en
    return replace(f, message=f"新增规定：“{words}{put}”", message_en=en)


def item_put_in_with_its_lead_in(findings: Sequence[Finding], new_text: str) -> Tuple[Finding, ...]:
    """An item put in ("新增规定：“（二）…”") of a list whose lead-in says what the list is not, must not be done or must be
    done first (LEAD_QUOTED characters at most, cut to the clauses that say so), quoted after that lead-in: "新增规定：
    “下列事项不属于行政复议范围：……（二）行政法规、规章或者行政机关制定、发布的具有普遍约束力的决定、命令等规范性文件”", not the
    item alone, which read as a thing now open to review (行政复议法 第八条 → 第十二条, reading 1906)."""
    out = []
    lines = None
    for f in findings:
        m = _ITEM_PUT_IN.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        if m is None:
            out.append(f)
            continue
        lines = lines if lines is not None else new_text.split("\n")
        item = m.group(1).split("…")[0]
        at = next((k for k, line in enumerate(lines) if line.startswith(item)), None)
        lead = _list_around(lines, at)[2].rstrip("：") if at is not None else ""
        negating = _NEGATING_LEAD.search(lead)
        if negating is not None and len(lead) > LEAD_QUOTED:  # (the clauses that say the list's sense)
            end = lead.find("，", negating.end())
            lead = lead[lead.rfind("，", 0, negating.start()) + 1:end if end >= 0 else len(lead)]
        out.append(_put_in_after(f, m.group(1), lead + "：……") if negating and len(lead) <= LEAD_QUOTED else f)
    return tuple(out)


_EXCEPTION_PUT_IN = recache.compile(r"^新增规定：“(但(?:是)?，?[^“”]*|[^“”，。；]{2,24}另有规定的除外|[^“”。；]*确需[^“”。；]*)”$")
#: A ban, in the rule before an exception put in that opens otherwise ("因…确需…的，应当经…批准").
_BAN = recache.compile(r"不得|禁止|严禁")
#: Characters, at most, of the rule an exception put in is quoted after.
RULE_QUOTED = 40


def exception_with_its_rule(findings: Sequence[Finding], new_text: str) -> Tuple[Finding, ...]:
    """An exception put in ("新增规定：“但是，…除外”") quoted after the last phrase of the rule it excepts, the sentence
    before it (RULE_QUOTED characters at most): "新增规定：“……申请人不得再以同一事实和理由提出行政复议申请。但是，申请人能够证明
    撤回行政复议申请违背其真实意愿的除外”", not the exception alone, which said nothing of what it excepts (行政复议法
    第二十五条 → 第七十四条, readings 1879 and 1906)."""
    out: list = []
    merged = {}  # id of a rewrite whose new quote is the rule → the words it is said with
    for f in findings:
        m = _EXCEPTION_PUT_IN.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
        opening = m.group(1).split("…")[0] if m else ""
        at = new_text.find(opening) if opening and new_text.count(opening) == 1 else -1
        mark = new_text[at - 1] if at > 0 else ""
        rule = new_text[max(new_text.rfind(c, 0, at - 1) for c in "。；，：\n") + 1:at - 1] if mark in ("。", "；", "，") \
            else ""
        # (and an exception made by a need, "因发生重大灾情、疫情…确需向地方单位和人员供应的，应当经…批准", after the ban it
        # lifts: "新增规定：“……军队药材供应保障机构不得向地方单位和人员供应药品；因发生…批准”", not the exception alone beside the
        # rewrite of the ban, read as a ban with no way out, 药品管理法办法 第四条 → 第十三条, wrong in reading 1936; "法律、行政
        # 法规另有规定的除外" likewise)
        needs_a_ban = m is not None and not m.group(1).startswith("但") and "确需" in m.group(1)
        if not 2 <= len(rule) <= RULE_QUOTED or ITEM_LABEL.match(rule) or needs_a_ban and not _BAN.search(rule):
            out.append(f)
            continue
        # (said with the rewrite whose new quote is that rule, when there is one: "改写：“…未经…批准，不得向地方药品经营企业
        # 和医疗机构供应药品”改为“军队药材供应保障机构不得向地方单位和人员供应药品；因发生…确需…的，应当经…批准”", one note, not
        # the ban's rewrite cut before its way out beside the exception, wrong in reading 1963)
        rewrite = next((r for r in findings if r.kind is FindingKind.WORDING_CHANGED and r.message.startswith("改写：")
                        and r.message.endswith(f"改为“{rule}”") and id(r) not in merged), None)
        if rewrite is not None:
            merged[id(rewrite)] = f"{rule}{mark}{m.group(1)}"
            continue
        out.append(_put_in_after(f, m.group(1), f"……{rule}{mark}"))
    return tuple(_said_with(f, merged[id(f)]) if id(f) in merged else f for f in out)


def _said_with(rewrite: Finding, words: str) -> Finding:
    """The rewrite's note with its new quote ``words``, which open with the quote it had."""
    said = rewrite.message[rewrite.message.rindex("改为“") + 3:-1]
    en = rewrite.message_en
    if en and en.endswith(f"“{said}”"):
        en = en[:len(en) - len(said) - 1] + words + "”"
    return replace(rewrite, new=words, message=rewrite.message[:len(rewrite.message) - len(said) - 1] + words + "”",
                   message_en=en)
