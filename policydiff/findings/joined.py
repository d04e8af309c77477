"""Notes that say one rewrite: several notes a pair's diff gave one change in pieces, said as that change.

Split from repeats.py: two items rewritten as one (``items_rewritten_together``), and a sentence beside a rewritten one
that its rewrite took in; a run of bans made one general ban (``rules_made_general``); an old clause made a sentence of
its own (``clause_made_a_sentence``); a clause put in that goes on from the one put in before it
(``continuation_with_its_sentence``); an item the new version keeps word for word, no change (``kept_items_unsaid``);
two old sentences merged into one new one, said as that (``merged_into_a_rewrite``, ``kept_sentence_taken_in``); an
old sentence the diff read into a sentence put in whole, left of it only words taken out, said taken out
(``taken_out_in_pieces``).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind, Pair, Status
from .counterparts import ITEM_LABEL
from .repeats import _EDIT, _WORDING, _edit_of, _edit_sides, rewritten_as
from .rewrites import BREACH, merged, quote
from .sentences import Sentence, held_in_order, sentences
from .words import _content_words, _longest_run


def kept_items_unsaid(findings: Sequence[Finding], new_text: str) -> Tuple[Finding, ...]:
    """A wording note of an item whose old text the new version still says word for word, as another item of the pair (its
    label aside), read against a like item: the item stands, no change of it to tell. "表述修改：“严重污染环境”改为“情节严重”"
    read 环境污染刑事案件解释 2016 第一条（十八）"其他严重污染环境的情形" against 2023 第二条（十一）"其他情节严重的情形", when
    第一条（十一） says it as it was (wrong in reading 859)."""
    wording = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.old and f.new
               and f.message.startswith(("表述修改：", "改写：")) and ITEM_LABEL.match(f.old) and ITEM_LABEL.match(f.new)]
    if not wording:
        return tuple(findings)
    items = {}
    for s in sentences(new_text):
        m = ITEM_LABEL.match(s.text)
        if m:
            items.setdefault(s.text[m.end():].rstrip("。；;"), []).append(s.text)
    gone = set()
    for f in wording:
        body = f.old[ITEM_LABEL.match(f.old).end():].rstrip("。；;")
        said = items.get(body, [])
        if len(said) == 1 and said[0].rstrip("。；;") != f.new.rstrip("。；;"):
            gone.add(id(f))
    return tuple(f for f in findings if id(f) not in gone)


#: Characters, at least, of an item said taken out that the new words of another item's rewrite hold, and its old words do
#: not, for the two items to be one rewritten.
JOINED_ITEM_RUN = 5
#: Of a sentence's own words (those the rewritten sentence beside it did not say), the share, at least, its rewrite says.
JOINED_SENTENCE_SHARE = 0.35


def _run_put_in(words: str, old: str, new: str) -> bool:
    """A run of JOINED_ITEM_RUN characters of ``words`` stands in ``new`` and not in ``old``."""
    n = JOINED_ITEM_RUN
    return any(words[k:k + n] in new and words[k:k + n] not in old for k in range(len(words) - n + 1))


def _said_taken_out(findings: Sequence[Finding]) -> List[Finding]:
    """The wording notes "不再规定：“…”" whose quote is the whole sentence (no "…")."""
    return [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("不再规定：")
            and f.old and "…" not in f.old]


def items_rewritten_together(findings: List[Finding], old_text: str) -> List[Finding]:
    """An item said taken out ("不再规定：“（十六）致使三人以上轻伤…的”") whose distinctive words (JOINED_ITEM_RUN characters
    at least) stand in the new words of another item's rewrite and not in its old ones ("改写：“（十七）致使一人以上重伤…的”改为
    “（十）致使一人以上重伤、严重疾病或者三人以上轻伤的”"): the two items were rewritten as one, said as one note quoting both
    in their order (环境污染刑事案件解释 2016 第一条 → 2023 第二条: "不再规定" was wrong in reading 839). So too a sentence
    beside the rewritten one, one sentence end between them, when its rewrite says JOINED_SENTENCE_SHARE of its own words:
    矿产资源法 2009 第二十九条 "矿山企业的开采回采率、采矿贫化率和选矿回收率应当达到设计要求" is in 2024 第三十九条 "…确保矿产资源开采回采率、
    选矿回收率和综合利用率达到有关国家标准的要求" ("不再规定" wrong in reading 835); not "支持为工业互联网领域重点企业配备服务管家"
    (Shijingshan 第十三条), whose topic word alone the rewrite says."""
    gone = _said_taken_out(findings)
    cut = _items_cut_into_a_rewrite(findings, old_text)
    if not gone and not cut:
        return findings
    replaced: Dict[int, Optional[Finding]] = {id(g): None for g, _ in cut.values()}
    for f, (_, mine) in cut.items():
        first, second = sorted((mine, f.old), key=old_text.find)
        replaced[id(f)] = rewritten_as(f, f"{first}；{second}", f.new)
    for g in gone:
        item = ITEM_LABEL.match(g.old)
        for f in findings:
            if f is g or id(f) in replaced or f.kind is not FindingKind.WORDING_CHANGED \
                    or not f.message.startswith("改写：") or not f.old or not f.new or "…" in f.old:
                continue
            if item and not (ITEM_LABEL.match(f.old) and ITEM_LABEL.match(f.new)):
                continue
            if not item and (ITEM_LABEL.match(f.old) or _next_sentences(old_text, g.old, f.old) is None):
                continue  # (sentences of no list: only one beside the other)
            if not _run_put_in(g.old[item.end() if item else 0:], f.old, f.new):
                continue
            if not item:  # (a sentence: most of its own words there, not a topic word the whole text says)
                own = [w for w in _content_words(g.old) if w not in f.old]
                if sum(1 for w in own if w in f.new) < JOINED_SENTENCE_SHARE * len(own):
                    continue
            if item:
                first, second = (g, f) if 0 <= old_text.find(g.old) < old_text.find(f.old) else (f, g)
                old = f"{first.old}；{second.old}"
            else:
                old = _next_sentences(old_text, g.old, f.old)
            replaced[id(f)] = rewritten_as(f, old, f.new)
            replaced[id(g)] = None
            break
    return [replaced.get(id(f), f) for f in findings if replaced.get(id(f), f) is not None]


def _items_cut_into_a_rewrite(findings: Sequence[Finding], old_text: str) -> Dict[Finding, Tuple[Finding, str]]:
    """{an item's rewrite: (the note of one deletion from another old item, that item)} where that other item, its label
    aside, stands in order in the rewrite's new item, DELETED_HELD of it at least, and in the new item of no other rewrite:
    the two old items were said as one (人体器官捐献和移植条例 2007 第二十五条 "（一）未经公民本人同意摘取其活体器官的" and
    "（三）摘取未满18周岁公民的活体器官的" → 2023 第三十六条 "（二）未经本人同意获取其活体器官，或者获取未满18周岁公民的活体器官…":
    "表述修改：删除“未经公民”" was wrong in reading 1088, 未经 still there). The deletion's note goes; the rewrite quotes both
    old items in their order."""
    rewrites = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：")
                and f.old and f.new and "…" not in f.old + f.new and ITEM_LABEL.match(f.old) and ITEM_LABEL.match(f.new)]
    if not rewrites:
        return {}
    items = [s.text for s in sentences(old_text) if ITEM_LABEL.match(s.text)]
    out: Dict[Finding, Tuple[Finding, str]] = {}
    for g in findings:
        m = _edit_of(g)
        if m is None or m.group(3) != "删除" or not m.group(4):
            continue
        mine = [t for t in items if m.group(4) in t]
        if len(mine) != 1:
            continue
        body = mine[0][ITEM_LABEL.match(mine[0]).end():]
        into = [f for f in rewrites if f not in out and f.old != mine[0]
                and held_in_order(body, f.new)[0] >= DELETED_HELD * len(body)]
        if len(into) == 1:
            out[into[0]] = (g, mine[0])
    return out


#: Words that open a clause going on from the one before it ("…的，依照…定罪处罚；虽不足以…，但…的，以…定罪处罚").
_GOES_ON = recache.compile(r"^(?:虽然|虽|但是|但|否则)")
#: A clause whose duty has no subject of its own after its case, the clause before it naming who: "在妇女与其家属或者关系人
#: 意见不一致时，应当尊重妇女本人意愿" after "医疗机构施行生育手术…时，应当征得妇女本人同意；" (妇女权益保障法 2022 第二十一条:
#: said alone it read as a rule for every disagreement, wrong in reading 1710); or one whose act follows a step with no
#: one named to do it: "常务委员会会议审议后，作出提请全国人民代表大会审议的决定" (议事规则 2022 第二十三条, wrong in reading
#: 1736). Joined when both are JOINED_AT_MOST
#: characters or fewer.
_SUBJECT_BEFORE = recache.compile(r"^(?:(?:在[^，；。]{1,30}时|[^，；。]{1,30}的)，(?:应当|不得|可以|必须)"
                                   r"|[^，；。]{2,30}后，(?:作出|提出|报送|报请|提请|予以|办理|通知))")
JOINED_AT_MOST = 100
#: A sentence that only hands the details of what the sentence before it says to another body ("具体实施办法由国务院规定"):
#: said alone, "新增规定：“具体实施办法由国务院规定”" told a reviewer nothing of what (公司法 2023 第二百六十六条, useless in
#: reading 1363); joined to that sentence, after its "。", when that one is said put in too.
_DELEGATION = recache.compile(r"^具体(?:实施|管理)?办法(?:和实施步骤)?由[^，。；]{2,24}(?:规定|制定)$")


def continuation_with_its_sentence(findings: List[Finding], new_text: str) -> List[Finding]:
    """A clause said put in that goes on from the clause before it ("虽不足以造成严重食物中毒事故…，但符合刑法第一百四十条规定的，
    以生产、销售伪劣产品罪定罪处罚", after "对畜禽注水或者注入其他物质，足以造成…的，依照刑法第一百四十三条…定罪处罚；"), that clause
    said put in too: one note says both, the clause after "；" (the clause alone, its subject left out, read as a rule of its
    own: 危害食品安全刑事案件解释 2013 第十二条 → 2021 第十七条, wrong twice in reading 839; and left out of the first note,
    quoted whole, it was said by none). So too a sentence that only hands the details to another body (_DELEGATION), after
    the "。" of a sentence put in and quoted whole."""
    put = [f for f in findings if f.message.startswith("新增规定：“") and f.new]
    if len(put) < 2:
        return findings
    dropped = set()
    joined: Dict[int, Finding] = {}
    for f in put:
        delegation = bool(_DELEGATION.match(f.new))
        subjectless = not _GOES_ON.match(f.new) and not delegation
        if subjectless and not _SUBJECT_BEFORE.match(f.new):
            continue
        at = new_text.find(f.new)
        mark = "。" if delegation else "；"
        if at <= 0 or new_text[at - 1] != mark:
            continue
        start = max(new_text.rfind(end, 0, at - 1) for end in "。；\n") + 1
        before = new_text[start:at - 1]
        for g in put:
            if g is not f and id(g) not in dropped and before and g.new.rstrip("…") and \
                    before.startswith(g.new.rstrip("…")) and (g.new == before or not delegation):
                # (a delegation joins only a sentence quoted whole: after one cut short it is said on its own)
                if subjectless and (g.new != before or len(before) + len(f.new) > JOINED_AT_MOST):
                    break  # (a clause with no subject of its own, too long to join or after one cut short: said alone)
                dropped.add(id(f))
                if g.new == before:  # (the clause before quoted whole: the one going on from it after "；")
                    both = f"{g.new}{mark}{f.new}"
                    joined[id(g)] = Finding(g.kind, g.old, both, f"新增规定：“{both}”", f"now provides: “{both}”",
                                            subject=g.subject)
                break
    return [joined.get(id(f), f) for f in findings if id(f) not in dropped] if dropped else findings


#: Words that open a rule of duty or prohibition: a run of clauses each opening on the same one is one list of rules.
_RULE_OPENING = recache.compile(r"^(?:禁止|严禁|不得|应当)")
#: A clause's closing mark, kept by the split.
_CLAUSE_ENDS = recache.compile(r"([。；])")


def rules_made_general(findings: List[Finding], old_text: str) -> List[Finding]:
    """A run of clauses of one paragraph, "；" between them, each opening on the same word of prohibition or duty as the
    one rewritten beside them and as its new form ("禁止溺、弃、残害女婴；禁止歧视、虐待…；禁止用迷信、暴力等手段残害妇女；禁止虐待、
    遗弃病、残妇女和老年妇女" → "禁止虐待、遗弃、残害、买卖以及其他侵害女性生命健康权益的行为"), the others said taken out, each
    sharing a word with that new form: the rules listed were made one general rule, said as one rewrite quoting them all
    (妇女权益保障法 2018 第三十八条 → 2022 第二十一条: three "不再规定" were wrong in reading 850)."""
    gone = {f.old: f for f in _said_taken_out(findings)}
    if not gone:
        return findings
    replaced: Dict[int, Optional[Finding]] = {}
    for f in findings:
        if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith("改写：") or not f.old or not f.new \
                or "…" in f.old + f.new or id(f) in replaced:
            continue
        m = _RULE_OPENING.match(f.old)
        if not m or not f.new.startswith(m.group(0)):
            continue
        line = next((x for x in old_text.split("\n") if f.old in x), "")
        pieces = _CLAUSE_ENDS.split(line)
        clauses = [c.strip() for c in pieces[0::2]]
        ends = pieces[1::2] + [""]  # (the mark after each clause: a run goes on over "；" only)
        if f.old not in clauses:
            continue
        at = clauses.index(f.old)

        def joins(c: str) -> bool:  # (a ban said taken out that shares a word with the general one, whole or in part)
            g = gone.get(c)
            return g is not None and id(g) not in replaced and c.startswith(m.group(0)) \
                and any(w in f.new or w[:2] in f.new or w[-2:] in f.new for w in _content_words(c) if w != m.group(0))

        first, last = at, at
        while first > 0 and ends[first - 1] == "；" and joins(clauses[first - 1]):
            first -= 1
        while last + 1 < len(clauses) and ends[last] == "；" and joins(clauses[last + 1]):
            last += 1
        if first == last:
            continue
        for c in clauses[first:last + 1]:
            if c != f.old:
                replaced[id(gone[c])] = None
        replaced[id(f)] = rewritten_as(f, "；".join(clauses[first:last + 1]), f.new)
    return [replaced.get(id(f), f) for f in findings if replaced.get(id(f), f) is not None]


#: How near (Indel ratio, 0–100) a sentence said put in is to the old clause a deletion's words open, for it to be that
#: clause rewritten.
CLAUSE_REWRITTEN = 60
#: "表述修改：删除“…”" of one deletion.
_DELETED_ALONE = recache.compile(r"^表述修改：删除“([^“”]{4,})”$")


def clause_made_a_sentence(findings: List[Finding], old_text: str) -> List[Finding]:
    """An old clause made a sentence of its own, rewritten: "表述修改：删除“原是高等学校”" (the words it opens on, what the
    diff left of it) beside "新增规定：“原是已被普通高等学校录取或者正在普通高等学校就学的学生的，原学校应当按照有关规定准予入学或者
    复学”", the old clause "原是高等学校学生的，原学校应当按照有关规定准予复学" CLAUSE_REWRITTEN near that sentence: one rewrite
    (征兵工作条例 2001 第四十四条 → 2023 第五十五条, a fragment and a rule said new in reading 863)."""
    from rapidfuzz.fuzz import ratio

    put = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("新增规定：“") and f.new
           and "…" not in f.new]
    if not put:
        return findings
    replaced: Dict[int, Optional[Finding]] = {}
    for d in findings:
        m = _DELETED_ALONE.match(d.message) if d.kind is FindingKind.WORDING_CHANGED else None
        at = old_text.find(m.group(1)) if m else -1
        if at < 0 or old_text.find(m.group(1), at + 1) >= 0 or at > 0 and old_text[at - 1] not in "，；。\n":
            continue  # (words that open a clause, said once)
        end = min((x for x in (old_text.find(c, at) for c in "。；\n") if x >= 0), default=len(old_text))
        clause = old_text[at:end]
        near = [f for f in put if id(f) not in replaced and ratio(clause, f.new) >= CLAUSE_REWRITTEN]
        if len(near) == 1 and len(clause) > len(m.group(1)):
            replaced[id(near[0])] = rewritten_as(near[0], clause, near[0].new)
            replaced[id(d)] = None
    return [replaced.get(id(f), f) for f in findings if replaced.get(id(f), f) is not None] if replaced else findings


#: Of a sentence's own words, at least this many its rewrite must say, besides JOINED_SENTENCE_SHARE of them, for a sentence
#: apart from the rewritten one to be merged into it.
MERGED_WORDS = 4


def merged_into_a_rewrite(findings: List[Finding], old_text: str, new_text: str, lexicon) -> List[Finding]:
    """A sentence said taken out ("不再规定：“涉密人员上岗应当经过保密教育培训，掌握保密知识技能，签订保密承诺书…”") whose own
    words (those the rewritten old sentence does not say), MERGED_WORDS and JOINED_SENTENCE_SHARE of them at least, and a
    run of JOINED_ITEM_RUN characters, stand in the new sentence of another sentence's rewrite, the one such rewrite of the
    pair: the two old sentences were merged into that one, said as one note (保守国家秘密法 2010 第三十五条、第三十六条 →
    2024 第四十三条, "涉密人员应当具有良好的政治素质和品行，经过保密教育培训，具备…保密知识技能，签订保密承诺书…": "不再规定"
    wrong in reading 890). The sentence beside the rewritten one is items_rewritten_together's."""
    olds = sentences(old_text)
    news = sentences(new_text)
    gone = [(f, f.old, False, ()) for f in _said_taken_out(findings) if not ITEM_LABEL.match(f.old)] + \
        [(f, words, True, ()) for f, words in _deleted_whole(findings, olds)] + \
        [(pieces[0], words, True, pieces[1:]) for words, pieces in _diffed_in_pieces(findings, olds, news)]
    if not gone:
        return findings
    replaced: Dict[int, Optional[Finding]] = {}
    for g, gone_words, edited, others in gone:
        mine = next((s for s in olds if s.text == gone_words), None)
        if mine is None:
            continue
        found = []
        for f in findings:
            if f is g or id(f) in replaced or f.kind is not FindingKind.WORDING_CHANGED or not f.old or not f.new:
                continue
            if f.message.startswith("改写：“"):
                said_old, said_new = f.old, f.new
            else:  # (a wording note's own words: its old and new fields may hold the sentences around them, "A。 B")
                edit = _edit_of(f)
                if edit is None or not edit.group(1):
                    continue
                said_old, said_new = edit.group(1), edit.group(2)
            if "…" in said_old + said_new:
                continue
            old = next((s for s in olds if said_old in s.text), None)
            new = next((s for s in news if said_new in s.text), None)
            if old is None or new is None or old is mine:
                continue
            if not _run_put_in(gone_words, old.text, new.text):
                continue
            own = [w for w in _content_words(gone_words) if w not in old.text]
            held = sum(1 for w in own if w in new.text)
            if held >= MERGED_WORDS and held >= JOINED_SENTENCE_SHARE * len(own) or edited and held_in_order(
                    gone_words, new.text)[0] >= DELETED_HELD * len(gone_words):
                found.append((f, old, new))
        if len(found) == 1:
            f, old, new = found[0]
            replaced[id(f)] = merged(sorted((old, mine), key=lambda s: s.start), new, lexicon).finding
            for piece in (g, *others):
                replaced[id(piece)] = None
    return [replaced.get(id(f), f) for f in findings if replaced.get(id(f), f) is not None] if replaced else findings


#: Share, at least, of a sentence the diff took out word by word ("表述修改：删除“…”") that stands in order in the new sentence
#: of another sentence's rewrite, for the two old sentences to be said merged into it (merged_into_a_rewrite).
DELETED_HELD = 0.6


def _deleted_whole(findings: Sequence[Finding], olds) -> List[Tuple[Finding, str]]:
    """(note, sentence) for the wording notes of one edit that take out a whole old sentence: "表述修改：删除“残疾军人凭《中华
    人民共和国残疾军人证》免费乘坐市内公共汽车、电车和轨道交通工具”" (军人抚恤优待条例 第三十六条 → 第五十二条, whose new "军人、
    残疾军人凭证免费乘坐市内公共汽车、电车、轮渡和轨道交通工具" says it with the sentence before it: wrong in reading 960)."""
    whole = {s.text for s in olds}
    out = []
    for f in findings:
        m = _edit_of(f)
        if m is not None and m.group(3) == "删除" and m.group(4) in whole and not ITEM_LABEL.match(m.group(4)):
            out.append((f, m.group(4)))
    return out


def _diffed_in_pieces(findings: Sequence[Finding], olds, news) -> List[Tuple[str, Tuple[Finding, ...]]]:
    """(sentence, its notes) for an old sentence the diff said only in wording notes of one edit, each read (its quoted
    context and words) from that sentence into the new sentence of another old sentence's rewrite note: the two old
    sentences were merged into it. 中国人民解放军实施《药品管理法》办法 2004 第二十八、二十九条 → 2025 第四十八条: 第二十九条's
    "军队医疗机构将其配制的制剂在市场销售的，责令改正，没收违法销售的制剂" stands in the new sentence of 第二十八条's rewrite,
    and the diff left of it "表述修改：删除“的制剂”" (false in recall 1281)."""
    rewritten_old, rewritten_new = set(), set()
    for f in findings:
        if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：“") and f.old and f.new:
            rewritten_old.update(s.text for s in olds if f.old in s.text)
            rewritten_new.update(s.text for s in news if f.new in s.text)
    if not rewritten_new:
        return []
    pieces: Dict[str, List[Finding]] = {}
    for f in findings:
        edit = _edit_of(f)
        if edit is None or not f.old or not f.new:
            continue
        taken, put = _edit_sides(edit)
        head_old, head_new = (_first_clause(f.old), _first_clause(f.new))
        mine = [s.text for s in olds if head_old in s.text and taken in s.text and s.text not in rewritten_old]
        if len(mine) == 1 and any(head_new in t and put in t for t in rewritten_new):
            pieces.setdefault(mine[0], []).append(f)
    return [(words, tuple(found)) for words, found in pieces.items()]


def _first_clause(context: str) -> str:
    """A wording note's quoted context up to its first sentence end: the part of it that stands in one sentence."""
    return recache.compile(r"[。；]").split(context.rstrip("…"), maxsplit=1)[0]


#: Share of an old sentence's characters, at least, that a wording note's pieces take out of it, all of them taken out
#: and no word put in, and share of the rest, at least, that a new sentence said put in whole holds in order, for the
#: sentence to be said taken out whole (taken_out_in_pieces).
PIECES_TAKE, REST_IN_PUT_IN = 0.5, 0.8


def taken_out_in_pieces(findings: List[Finding], old_text: str, new_text: str, lexicon) -> List[Finding]:
    """A wording note that only takes words out ("表述修改：删除“各级红十字会依法参”；删除“的宣传等”"), all of one old sentence,
    PIECES_TAKE of its characters, the rest of it (REST_IN_PUT_IN, in order) standing in a new sentence another note says
    put in whole: the diff read that sentence's words into the new one; the old sentence was taken out, said so
    ("不再规定：“各级红十字会依法参与人体器官捐献的宣传等工作”", 人体器官捐献和移植条例 第四条: the fragments were partly said
    in recall 1346; the Red Cross's part is now 第五条)."""
    put_in = [f.new.rstrip("…") for f in findings if f.message.startswith("新增规定：“") and f.new]
    if not put_in:
        return findings
    news = [s.text for s in sentences(new_text) if any(s.text.startswith(q[:12]) for q in put_in)]
    olds = None
    out = list(findings)
    for k, f in enumerate(findings):
        if f.kind is not FindingKind.WORDING_CHANGED or not f.message.startswith(_WORDING):
            continue
        pieces = f.message[len(_WORDING):].split("；")
        taken = [m.group(4) for p in pieces for m in [_EDIT.fullmatch(p)] if m and m.group(3) == "删除"]
        if not taken or len(taken) != len(pieces):
            continue
        olds = olds if olds is not None else sentences(old_text)
        mine = [s for s in olds if all(t in s.text for t in taken)]
        if len(mine) != 1 or sum(map(len, taken)) < PIECES_TAKE * len(mine[0].text):
            continue
        rest = mine[0].text
        for t in taken:
            rest = rest.replace(t, "", 1)
        rest = rest.strip("，。；、 ")
        if not rest or not any(held_in_order(rest, n)[0] >= REST_IN_PUT_IN * len(rest) for n in news) \
                or any(g is not f and g.old and mine[0].text in g.old for g in findings):
            continue
        q = quote(mine[0].text.rstrip("。；"), lexicon)
        out[k] = Finding(FindingKind.WORDING_CHANGED, q, None, f"不再规定：“{q}”", f"no longer provides: “{q}”")
    return out


#: Characters, at least, of an old sentence kept word for word in the new sentence of its neighbour's rewrite, for the
#: rewrite to be said as the two merged (kept_sentence_taken_in).
KEPT_TAKEN_IN = 8


def kept_sentence_taken_in(findings: List[Finding], old_text: str, new_text: str, lexicon) -> List[Finding]:
    """A rewrite "改写：“A”改为“N”" whose new sentence N holds, word for word and nowhere else in the new text, the old
    sentence that stood just after A (or just before it, a sentence end alone between): the two old sentences were merged
    into N, "改写：“A”“B”合并为“N”". Else N's words that B said look new: 国防教育法 2018 第二十三条 "…应当对有组织的中小学生
    免费开放；在全民国防教育日向社会免费开放" → 2024 第二十七条 "国防教育基地应当对军队人员、退役军人和学生免费开放，在全民国防
    教育日向社会免费开放" (false in recall 1298: the free opening on the day looked new)."""
    rewrites = [f for f in findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("改写：“")
                and "”改为“" in f.message and f.old and f.new and "；" not in f.old]
    if not rewrites:
        return findings
    olds, news = sentences(old_text), sentences(new_text)
    replaced: Dict[int, Finding] = {}
    for f in rewrites:
        old = _sentence_quoted(f.old, olds)
        new = _sentence_quoted(f.new, news)
        if old is None or new is None:
            continue
        k = olds.index(old)
        for other in (olds[k + 1] if k + 1 < len(olds) else None, olds[k - 1] if k else None):
            if other is None or len(other.text) < KEPT_TAKEN_IN or other.text in old.text:
                continue
            first, second = sorted((old, other), key=lambda s: s.start)
            if old_text[first.end:second.start].strip(" ") not in ("。", "；") or new_text.count(other.text) != 1 \
                    or other.text not in new.text:
                continue
            replaced[id(f)] = merged((first, second), new, lexicon).finding
            break
    return [replaced.get(id(f), f) for f in findings] if replaced else findings


def _sentence_quoted(quoted: str, texts) -> Optional[Sentence]:
    """The one sentence a quote, cut ("……") or not, is of: the only one that holds each of the quote's parts."""
    parts = [p for p in quoted.replace("…", "\0").split("\0") if p]
    found = [s for s in texts if parts and all(p in s.text for p in parts)]
    return found[0] if len(found) == 1 else None


def _next_sentences(text: str, a: str, b: str) -> Optional[str]:
    """The two sentences ``a`` and ``b`` as ``text`` says them one after the other, in its order ("A。B"); None when no
    sentence end alone stands between them."""
    for first, second in ((a, b), (b, a)):
        for end in "。；":
            if first + end + second in text:
                return first + end + second
    return None


#: Characters, at least, of a phrase at either end of an edit's old words, and the share of them a sentence said put in
#: holds in order, for the phrase to have become that sentence.
PHRASE_MADE_A_SENTENCE, PHRASE_HELD = 6, 0.8
#: Characters, at least, of the run of the phrase the sentence holds word for word.
RUN_AT_LEAST = 4


def phrase_made_a_sentence(findings: Sequence[Finding]) -> List[Finding]:
    """An edit whose old words open (or end) on a phrase its new words do not hold, which one sentence said put in holds
    (PHRASE_HELD of its characters in order): the phrase became that sentence. "表述修改：“帮助妇女接受职业教育，组织失业人员
    接受各种形式的职业教育”改为“组织各类转岗、再就业、失业人员以及特殊人群等接受各种形式的职业教育”" beside "新增规定：“国家
    保障妇女平等接受职业教育的权利”" (职业教育法 第七条 → 第十条) read as the women's clause dropped, and the new one as new
    (wrong in reading 1575): "改写：“帮助妇女接受职业教育”改为“国家保障妇女平等接受职业教育的权利”" and the edit of the rest."""
    out = list(findings)
    for f in findings:
        m = _edit_of(f)
        if m is None or m.group(1) is None or "（共" in f.message:
            continue
        old, new = _edit_sides(m)
        phrases = old.split("，")
        if len(phrases) < 2:
            continue
        for k in (0, len(phrases) - 1):
            phrase = phrases[k]
            if len(phrase) < PHRASE_MADE_A_SENTENCE or phrase in new:
                continue
            # (and a run of it said word for word, half of it at least: "公司新增资本时" is no "股份有限公司为增加注册资本发行新股
            # 时…", 公司法 第三十四条 → 第二百二十七条, its characters there one or two at a time)
            hosts = [j for j, g in enumerate(out) if g.message.startswith("新增规定：“") and g.new and "…" not in g.new
                     and held_in_order(phrase, g.new)[0] >= PHRASE_HELD * len(phrase)
                     and _longest_run(phrase, g.new) >= max(RUN_AT_LEAST, len(phrase) // 2)]
            if len(hosts) != 1:
                continue
            rest = "，".join(phrases[:k] + phrases[k + 1:])
            host = out[hosts[0]]
            out[hosts[0]] = rewritten_as(host, phrase, host.new)
            if f in out and sorted(rest) == sorted(new):  # (the rest only reordered: "组织和个人" → "个人和组织")
                out.remove(f)
            elif f in out:
                out[out.index(f)] = replace(f, message=f"{_WORDING}“{rest}”改为“{new}”",
                                            message_en=f"wording changed: “{rest}” → “{new}”")
            break
    return out


def sentence_split_off_made_general(pair: Pair) -> Optional[Finding]:
    """The note of a provision split in two whose later part is a sentence of the old one, now opened by the words of a
    breach of the law ("违反本法规定，"), which the old text did not say: that sentence made a provision of its own, for every
    breach of the law ("“构成犯罪的，依法追究刑事责任”另列为第六十二条，统一规定为“违反本法规定，构成犯罪的，依法追究刑事责任”",
    保守国家秘密法 第五十一条 → 第六十一条、第六十二条: "仅编号或个别虚词…内容未变" was wrong in reading 1861). None for any
    other pair."""
    from ..numerals import article_en

    if pair.status is not Status.SPLIT:
        return None
    for clause in pair.new[1:]:
        m = BREACH.match(clause.text)
        if m is None or m.group(0) in pair.old_text or not clause.label:
            continue
        sentence, whole = clause.text[m.end():].rstrip("。"), clause.text.rstrip("。")
        if len(sentence) < 4 or sentence not in pair.old_text:
            continue
        return Finding(FindingKind.WORDING_CHANGED, sentence, whole,
                       f"表述修改：“{sentence}”另列为{clause.label}，统一规定为“{whole}”",
                       f"wording changed: “{sentence}” made {article_en(clause.label)} of its own, for every breach: “{whole}”")
    return None
