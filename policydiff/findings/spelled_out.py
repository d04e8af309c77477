"""A list spelled out where the old text referred to another provision's list (run by document.across_document: the
referred list is another provision's).

"因第八条第一款规定的情形之一导致残疾的，认定为因战致残" took 第八条第一款's cases (对敌作战…, 因执行任务遭敌人…, 执行外交任务…)
by reference; 军人抚恤优待条例 2024 第二十五条 lists them: "军人残疾，符合下列情形之一的，认定为因战致残：（一）对敌作战负伤致残的；
…（五）在执行外交任务或者国家派遣的对外援助、维持国际和平任务中致残的". Each item read as a rule put in ("新增条件：“对敌作战负伤致
残的”", ranked eighth) beside "不再规定" of the reference was wrong in readings 382, 403, 414, 415 and 417: the cases were
the law's already. One note says it: the reference rewritten as the list, "（原引用第八条第一款规定的情形，现逐项列明）"; an item
of the new list that none of the old cases is like keeps its own note.

A sentence written out where the old text applied another provision ("本法第四十九条关于有限责任公司经理职权的规定，适用于股份有限公司
经理", 公司法 2018 第一百一十三条; 第四十九条 ends "经理列席董事会会议") is the law's already: ``applied_written_out`` says so.
"""
from __future__ import annotations

from dataclasses import replace
from typing import List, Optional, Sequence

from .. import recache
from ..models import Comparison, Finding, FindingKind
from ..numerals import article_en
from ..structure import chinese_number
from .counterparts import ITEM_LABEL

#: A sentence that takes another provision's list by reference (groups: the article, the paragraph or None).
_REFERENCE = recache.compile(r"第([一二三四五六七八九十百零]+)条(?:第([一二三四五六七八九十]+)款)?规定的情形")
#: A note of a sentence taken out, or of one (an item) put in.
_TAKEN_OUT = recache.compile(r"^不再规定：“([^”]+)”$")
_PUT_IN = recache.compile(r"^(?:新增规定|新增条件)：“([^”]+)”$")
#: How like (rapidfuzz ratio, 0–100, labels off) an item put in is to one of the cases referred to, to be that case listed.
CASE_ALIKE = 55
#: Or how like (partial ratio) a short item is to a part of one, and its characters at least.
CASE_PART_ALIKE, CASE_PART_AT_LEAST = 65, 6


def lists_spelled_out(comparison: Comparison) -> Comparison:
    """The comparison with each list spelled out in place of a reference said so (see the module)."""
    if not any(_TAKEN_OUT.match(f.message) and _REFERENCE.search(f.message) for p in comparison.pairs for f in p.findings):
        return comparison
    by_label = {c.display_label: c for c in comparison.old.clauses}
    pairs = list(comparison.pairs)
    for k, pair in enumerate(pairs):
        findings = list(pair.findings)
        for f in list(findings):
            m = _TAKEN_OUT.match(f.message)
            ref = _REFERENCE.search(m.group(1)) if m and f.kind is FindingKind.WORDING_CHANGED else None
            cases = _cases(by_label.get(f"第{ref.group(1)}条"), ref.group(2)) if ref else []
            if not cases:
                continue
            put = [(g, n.group(1)) for g in findings if g is not f and g.kind in (FindingKind.WORDING_CHANGED,
                                                                                   FindingKind.CONDITION_ADDED)
                   for n in [_PUT_IN.match(g.message)] if n and _alike_any(n.group(1), cases)]
            lead, listed = _list_of(pair.new_text, put)
            if len(listed) < 2:
                continue
            where = f"第{ref.group(1)}条" + (f"第{ref.group(2)}款" if ref.group(2) else "")
            where_en = article_en(f"第{ref.group(1)}条") + (f", paragraph {chinese_number(ref.group(2))}"
                                                            if ref.group(2) else "")
            note = Finding(FindingKind.WORDING_CHANGED, f.old, lead,
                           f"改写：“{m.group(1)}”改为“{lead}”（原引用{where}规定的情形，现逐项列明）",
                           f"rewritten: “{m.group(1)}” → “{lead}” (the cases of former {where_en}, referred to before, "
                           f"now listed item by item)")
            findings = [note if g is f else g for g in findings if g not in listed]
        if findings != list(pair.findings):
            pairs[k] = replace(pair, findings=tuple(findings))
    return replace(comparison, pairs=tuple(pairs))


def _cases(clause, paragraph: Optional[str]) -> List[str]:
    """The items (labels off) of the list of ``clause``'s paragraph (its first when none is named)."""
    if clause is None:
        return []
    lines = [line.strip() for line in clause.text.split("\n") if line.strip()]
    number = (chinese_number(paragraph) or 1) if paragraph else 1
    seen, out = 0, []
    for line in lines:
        if ITEM_LABEL.match(line):
            if seen == number:
                out.append(ITEM_LABEL.sub("", line, count=1).rstrip("；。"))
            continue
        seen += 1
        if seen > number:
            break
    return out


def _alike_any(item: str, cases: Sequence[str]) -> bool:
    """The item is like one of the cases, whole or (a short one, "对敌作战负伤致残的") as a part of it
    ("对敌作战死亡，或者对敌作战负伤在医疗终结前因伤死亡的")."""
    from rapidfuzz.fuzz import partial_ratio, ratio

    body = ITEM_LABEL.sub("", item, count=1).rstrip("；。")
    return any(ratio(body, case) >= CASE_ALIKE or len(body) >= CASE_PART_AT_LEAST
               and partial_ratio(body, case) >= CASE_PART_ALIKE for case in cases)


def _list_of(new_text: str, put: Sequence[tuple]) -> tuple:
    """(the lead-in, the notes) of the new list ("…符合下列情形之一的，认定为因战致残：") that holds the most of the items put
    in (each ``put``: (note, its quote)), or ("", [])."""
    lists: List[tuple] = []
    for line in (line.strip() for line in new_text.split("\n") if line.strip()):
        if not ITEM_LABEL.match(line):
            lists.append((line, []) if line.endswith(("：", ":")) else ("", []))
        elif lists and lists[-1][0]:
            lists[-1][1].append(line)
    best: tuple = ("", [])
    for lead, items in lists:
        bodies = [ITEM_LABEL.sub("", item, count=1) for item in items]
        held = [g for g, quote in put
                if any(body.startswith(ITEM_LABEL.sub("", quote, count=1).rstrip("…")[:12]) for body in bodies)]
        if len(held) > len(best[1]):
            best = (lead, held)
    return best


#: Members, at least, of a list run together in one sentence of the old text for it to be read as made a list of items.
RUN_TOGETHER_AT_LEAST = 4
#: How like (rapidfuzz ratio, 0–100, renames made) a member of the new list is to an old member, to be that member.
MEMBER_ALIKE = 80
#: Share, at least, of the new list's members that are old members, for the list to be the old one made items.
MEMBERS_KEPT = 0.6
_MEMBER_JOINERS = recache.compile(r"、|以及|及(?=[\u4e00-\u9fff])")
_SHORT_NAME = recache.compile(r"[（(]以下简称[^）)]*[）)]")


def lists_itemised(comparison: Comparison) -> Comparison:
    """A list run together in one sentence ("现役军人、…残疾军人以及复员军人、退伍军人、烈士遗属、…、现役军人家属，是本条例规定的抚恤
    优待对象") made a lead-in and items ("本条例所称抚恤优待对象包括：（一）军人；…（五）退役军人。"): one note says it and what the
    list gained and lost, "改写：“…”改为分项列举“本条例所称抚恤优待对象包括：”；新增“退役军人”；不再列举“复员军人”、“退伍军人”",
    not the lead-in and each item "新增规定" and the old sentence "改写" into one item (军人抚恤优待条例 第二条, the lead-in
    "新增规定" wrong in reading 450)."""
    renamed = [(r.old, r.new) for r in comparison.renames if r.old]
    pairs = list(comparison.pairs)
    for k, pair in enumerate(pairs):
        if not pair.old or not pair.new or not ITEM_LABEL.search(pair.new_text):
            continue
        note = (_itemised(pair, renamed) if "、" in pair.old_text else None) or _conducts_itemised(pair)
        if note is not None:
            pairs[k] = replace(pair, findings=note)
    return replace(comparison, pairs=tuple(pairs))


#: A list's lead-in that names conducts ("…有下列行为之一的，对…依法给予处分：").
_CONDUCTS_LEAD = recache.compile(r"有下列(?:行为|情形)之一的[^。]*[：:]$")
#: What a lead-in of conducts imposes.
_SANCTION = recache.compile(r"处分|处罚|罚款|吊销|撤销|追究")
#: Of an old clause's pairs of characters (or of a new item's phrase's), the share the other holds, at least, for the
#: phrase to state the clause ("对不符合条件的申请人准予许可" states "对不符合法定条件的单位、个人核发许可证…", 0.46; "超越法定职权准予
#: 许可" does not, 0.22).
CLAUSE_HELD = 0.4
#: Clauses, at least, of an old sentence that names conducts one after another.
CLAUSES_AT_LEAST = 3


def _twos(text: str) -> List[str]:
    """The pairs of Chinese characters of ``text`` (none across punctuation)."""
    return [text[k:k + 2] for k in range(len(text) - 1)
            if "\u4e00" <= text[k] <= "\u9fff" and "\u4e00" <= text[k + 1] <= "\u9fff"]


def _conducts_itemised(pair) -> Optional[tuple]:
    """Conducts run together in one sentence ("…的工作人员利用职务上的便利，收受他人财物或者谋取其他利益，对不符合法定条件的单位、个人
    核发许可证或者有关批准文件，不履行监督职责，或者发现违法行为不予查处的，依法给予行政处分") made a lead-in and items ("…有下列行为
    之一的，…依法给予处分：（一）利用职务上的便利，收受他人财物…（三）发现违法行为不予查处…"): one note says it and which items state no
    old conduct, "改写：“…”改为分项列举“…”；新增“…”", not the lead-in and the items "新增规定" and the old sentence "改写" into one
    item (畜牧法 2015 第七十条 → 2022 第七十七条, four notes wrong in reading 500). Every item but one must state an old
    conduct (a phrase of it and a clause of the old sentence, one holding CLAUSE_HELD of the other's pairs of characters)."""
    put = [f for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED and _PUT_IN.match(f.message)]
    rewritten = [f for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：“")]
    if len(rewritten) != 1 or not put:
        return None
    lines = [line.strip() for line in pair.new_text.split("\n") if line.strip()]
    lead_at = next((j for j, line in enumerate(lines[:-1]) if _CONDUCTS_LEAD.search(line) and ITEM_LABEL.match(lines[j + 1])),
                   None)
    if lead_at is None or not _SANCTION.search(lines[lead_at]):
        return None  # (a list of circumstances that make a case graver, "…具有下列情形之一的，应当认定为“情节严重”：", is none)
    items = []
    for line in lines[lead_at + 1:]:
        if not ITEM_LABEL.match(line):
            break
        items.append(ITEM_LABEL.sub("", line, count=1).rstrip("；。"))
    f = rewritten[0]
    head = (f.old or "").split("……")[0]
    at = pair.old_text.find(head) if head else -1
    if at < 0:
        return None
    ends = [pair.old_text.find(mark, at) for mark in "。；\n"]
    sentence = pair.old_text[at:min([e for e in ends if e >= 0] or [len(pair.old_text)])]
    clauses = [c.removeprefix("或者").removesuffix("的") for c in sentence.split("，")[:-1]]  # (the sanction's off)
    if len(clauses) < CLAUSES_AT_LEAST:
        return None

    def held(clause: str, phrase: str) -> bool:  # (either holds CLAUSE_HELD of the other's pairs of characters)
        return any(twos and sum(x in other for x in twos) >= CLAUSE_HELD * len(twos)
                   for twos, other in ((_twos(clause), phrase), (_twos(phrase), clause)))

    phrases = [[p.removeprefix("或者") for p in item.split("，")] for item in items]
    stating = [any(held(c, p) for p in ps for c in clauses) for ps in phrases]
    if len(items) < 2 or stating.count(False) > 1:
        return None
    lost = [c for c in clauses if not any(held(c, p) for ps in phrases for p in ps)]
    gained = [p for ps in phrases for p in ps if not any(held(c, p) for c in clauses)]
    return _listed_note(pair, f, put, f.old or "", lines[lead_at:lead_at + 1 + len(items)], gained, lost)


def _itemised(pair, renamed) -> Optional[tuple]:
    from rapidfuzz.fuzz import ratio

    put = [f for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED and _PUT_IN.match(f.message)]
    rewritten = [f for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：“")]
    if not put or not rewritten:
        return None
    lines = [line.strip() for line in pair.new_text.split("\n") if line.strip()]
    lead_at = next((j for j, line in enumerate(lines[:-1]) if line.endswith("：") and ITEM_LABEL.match(lines[j + 1])), None)
    if lead_at is None:
        return None
    items = []
    for line in lines[lead_at + 1:]:
        if not ITEM_LABEL.match(line):
            break
        items.append(ITEM_LABEL.sub("", line, count=1).rstrip("；。"))
    for f in rewritten:
        head = (f.old or "").split("……")[0]
        at = pair.old_text.find(head) if head else -1
        if at < 0:
            continue
        end = [pair.old_text.find(mark, at) for mark in "。；\n"]
        sentence = pair.old_text[at:min([e for e in end if e >= 0] or [len(pair.old_text)])]
        run = max(sentence.split("，"), key=lambda part: part.count("、"))
        shown = [_SHORT_NAME.sub("", m) for m in _MEMBER_JOINERS.split(run) if m]
        if len(shown) < RUN_TOGETHER_AT_LEAST:
            continue
        olds = shown
        for a, b in renamed:
            olds = [m.replace(a, b) for m in olds]
        news = [m for item in items for m in _MEMBER_JOINERS.split(item) if m]

        def like(member: str, others: Sequence[str]) -> bool:
            return any(ratio(member, o) >= MEMBER_ALIKE or o.endswith(member) and len(member) >= 2 for o in others)

        matched: List[int] = []  # (each new member, in order, to the first old one after the last matched that it is like)
        gained = []
        for m in news:
            j = next((j for j in range(matched[-1] + 1 if matched else 0, len(olds)) if like(m, [olds[j]])), None)
            if j is None:
                gained.append(m)
            else:
                matched.append(j)
        if len(matched) < MEMBERS_KEPT * len(news) or len(matched) < 2:
            continue
        lost = [m for j, m in enumerate(shown) if j not in matched]
        return _listed_note(pair, f, put, run, lines[lead_at:lead_at + 1 + len(items)], gained, lost)
    return None


def _listed_note(pair, f: Finding, put: Sequence[Finding], run: str, listed: Sequence[str], gained: Sequence[str],
                 lost: Sequence[str]) -> tuple:
    """The pair's findings with the rewrite ``f`` of ``run`` said as the list ``listed`` (its lead-in, then its items):
    "改写：“run”改为分项列举“lead-in”；新增“…”；不再列举“…”", and the notes that put in the lead-in or an item left out."""
    lead = listed[0]
    said = f"改写：“{run}”改为分项列举“{lead}”"
    said_en = f"rewritten: “{run}” now listed item by item under “{lead}”"
    if gained:
        said += "；新增“" + "”、“".join(gained) + "”"
        said_en += "; added: “" + "”, “".join(gained) + "”"
    if lost:
        said += "；不再列举“" + "”、“".join(lost) + "”"
        said_en += "; no longer listed: “" + "”, “".join(lost) + "”"
    note = Finding(FindingKind.WORDING_CHANGED, f.old, lead, said, said_en)
    out = []
    for g in pair.findings:
        m = _PUT_IN.match(g.message) if g in put else None
        if g is f:
            out.append(note)
        elif m and any(m.group(1).rstrip("…") and line.startswith(m.group(1).rstrip("…").rstrip("；。")) for line in listed):
            continue  # (the lead-in or an item: said by the note)
        else:
            out.append(g)
    return tuple(out)


#: The articles a sentence applies ("本法第四十九条关于…的规定，适用于…": "第四十九条", or "第四十九条、第五十条").
_APPLIED = recache.compile(r"第[一二三四五六七八九十百零]+条(?:、第[一二三四五六七八九十百零]+条)*(?=[^。；]*?规定[^。；]*?适用)")
_ARTICLE = recache.compile(r"第[一二三四五六七八九十百零]+条")
#: A note of a sentence put in.
_SENTENCE_PUT_IN = recache.compile(r"^新增规定：“([^”…]+)”$")
#: Characters, at least, of a sentence put in to be read as one of an applied provision's.
APPLIED_AT_LEAST = 6


def applied_written_out(comparison: Comparison) -> Comparison:
    """A sentence put in that an old provision applied by reference held word for word is written out, not a new rule:
    "新增规定：“经理列席董事会会议”" (公司法 第一百一十三条 → 第一百二十六条, wrong in reading 514: the old article applied 第四十九条,
    which ends so) is "“经理列席董事会会议”原依照第四十九条适用，现在本条写明"."""
    by_label = {c.display_label: c.text for c in comparison.old.clauses}
    pairs = list(comparison.pairs)
    for k, pair in enumerate(pairs):
        if not pair.old or not pair.new or "适用" not in pair.old_text:
            continue
        applied = [a for m in _APPLIED.finditer(pair.old_text) for a in _ARTICLE.findall(m.group())]
        if not applied:
            continue
        findings = [_written_out(f, applied, by_label) for f in pair.findings]
        if findings != list(pair.findings):
            pairs[k] = replace(pair, findings=tuple(findings))
    return replace(comparison, pairs=tuple(pairs))


def _written_out(f: Finding, applied: Sequence[str], by_label: dict) -> Finding:
    m = _SENTENCE_PUT_IN.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
    if m is None or len(m.group(1)) < APPLIED_AT_LEAST:
        return f
    said = m.group(1)
    where = next((a for a in applied if said in by_label.get(a, "")), None)
    if where is None:
        return f
    return replace(f, message=f"“{said}”原依照{where}适用，现在本条写明",
                   message_en=f"“{said}” applied before through former {article_en(where)}, now written out here")
