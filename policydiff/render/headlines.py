"""What a reviewer would say first: the changes of a comparison as sentences.

Shared by every report (``ranking.ranked_headlines`` orders them; HTML, Word,
Markdown, the digest and the feed all say the ranked list). The sentences:
structural changes (deletions and additions with their gist, splits, merges,
moves, a run of renumbering said once as a range), each document-wide rename
once, then the substantive findings, the same note on several clauses said
once with all their labels. Every sentence has a ``kind``: "deleted",
"added", "split", "merged", "moved", "renumbered", "renamed", or a finding kind.
"""
from __future__ import annotations

import re
from dataclasses import field
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from .. import recache
from ..findings.counterparts import ITEM_LABEL
from ..findings.elsewhere import crimes_given_by
from ..findings.moved import (CAME_FROM as _CAME_FROM, NOW_AT as _NOW_AT, SANCTIONS_THERE, left_after_moves,
                              named_by_moves, now_in, what_is_left, wholly_moved as _wholly_moved)
from ..findings.reworded import REWORDED, REWRITTEN
from ..findings.sentences import sentences
from ..findings.unkept import UNKEPT, rewritten_throughout
from ..models import Clause, Comparison, FindingKind, Pair, Status
from ..numerals import article_en
from .phrases import gist, money, name, names, text_gist
from ..records import dataclass

STATUS_ZH = {
    Status.UNCHANGED: "未修改", Status.MODIFIED: "修改", Status.ADDED: "新增",
    Status.DELETED: "删除", Status.SPLIT: "拆分", Status.MERGED: "合并", Status.MOVED: "移动",
}
STATUS_EN = {
    Status.UNCHANGED: "unchanged", Status.MODIFIED: "modified", Status.ADDED: "added",
    Status.DELETED: "deleted", Status.SPLIT: "split", Status.MERGED: "merged", Status.MOVED: "moved",
}

KIND_ZH = {
    FindingKind.AMOUNT_CHANGED: "金额变化", FindingKind.AMOUNT_ADDED: "新增金额", FindingKind.AMOUNT_REMOVED: "删除金额",
    FindingKind.RATE_CHANGED: "比例变化", FindingKind.RATE_ADDED: "新增比例", FindingKind.RATE_REMOVED: "删除比例",
    FindingKind.QUANTITY_CHANGED: "数量/期限变化", FindingKind.QUALIFIER_REMOVED: "限定词删除",
    FindingKind.QUALIFIER_ADDED: "限定词新增", FindingKind.MODALITY_CHANGED: "义务强度变化",
    FindingKind.CONDITION_REMOVED: "条件删除", FindingKind.CONDITION_ADDED: "条件新增",
    FindingKind.REFERENCE_CHANGED: "引用变化", FindingKind.WORDING_CHANGED: "表述修改", FindingKind.FORMATTING: "仅格式",
    FindingKind.TERM_RENAMED: "用语统一修改", FindingKind.TEXT_MOVED: "内容移动", FindingKind.PENALTY_CHANGED: "罚则变化",
}
KIND_EN = {
    FindingKind.AMOUNT_CHANGED: "amount changed", FindingKind.AMOUNT_ADDED: "amount added",
    FindingKind.AMOUNT_REMOVED: "amount removed", FindingKind.RATE_CHANGED: "rate changed",
    FindingKind.RATE_ADDED: "rate added", FindingKind.RATE_REMOVED: "rate removed",
    FindingKind.QUANTITY_CHANGED: "quantity or period changed", FindingKind.QUALIFIER_REMOVED: "qualifier removed",
    FindingKind.QUALIFIER_ADDED: "qualifier added", FindingKind.MODALITY_CHANGED: "force of duty changed",
    FindingKind.CONDITION_REMOVED: "condition removed", FindingKind.CONDITION_ADDED: "condition added",
    FindingKind.REFERENCE_CHANGED: "reference changed", FindingKind.WORDING_CHANGED: "wording",
    FindingKind.FORMATTING: "formatting only", FindingKind.TERM_RENAMED: "term changed throughout",
    FindingKind.TEXT_MOVED: "text moved", FindingKind.PENALTY_CHANGED: "penalty changed",
}

#: Finding kinds in the order a digest lists them, with their group titles.
KIND_ORDER = (
    (FindingKind.PENALTY_CHANGED, "罚则", "Penalties"),
    (FindingKind.AMOUNT_CHANGED, "金额", "Amounts"), (FindingKind.AMOUNT_REMOVED, "金额", "Amounts"),
    (FindingKind.AMOUNT_ADDED, "金额", "Amounts"), (FindingKind.RATE_CHANGED, "比例", "Rates"),
    (FindingKind.RATE_REMOVED, "比例", "Rates"), (FindingKind.RATE_ADDED, "比例", "Rates"),
    (FindingKind.QUANTITY_CHANGED, "数量与期限", "Quantities and terms"),
    (FindingKind.QUALIFIER_REMOVED, "限定词", "Qualifiers"), (FindingKind.QUALIFIER_ADDED, "限定词", "Qualifiers"),
    (FindingKind.MODALITY_CHANGED, "义务强度", "Duties"),
    (FindingKind.CONDITION_REMOVED, "条件与程序", "Conditions and procedures"),
    (FindingKind.CONDITION_ADDED, "条件与程序", "Conditions and procedures"),
    (FindingKind.TERM_RENAMED, "用语修改", "Terms changed throughout"),
    (FindingKind.TEXT_MOVED, "内容移动", "Moved text"),
    (FindingKind.REFERENCE_CHANGED, "引用与施行", "References and dates"),
    (FindingKind.WORDING_CHANGED, "文字修改", "Wording"),
)
STRUCTURE_GROUP = ("条文变动", "Provisions")
RENAME_GROUP = ("用语修改", "Terms changed throughout")


@dataclass
class Headline:
    """One sentence of the report's summary, with the rows and clauses it is about."""

    group: str           # the group title, in the report's language
    text: str            # one sentence
    anchors: List[str] = field(default_factory=list)  # row ids it is about ("o7", "n13")
    kind: str = "modified"  # deleted | added | split | merged | moved | renumbered | renamed | a finding kind
    labels: List[str] = field(default_factory=list)  # the clauses a finding note is on
    note: str = ""  # the note said of all of them
    pairs: List[int] = field(default_factory=list)  # indexes into Comparison.pairs
    strength: Tuple[int, int] = (0, 0)  # a joined penalty sentence: (its biggest note's rank, notes)
    scale: float = 0.0  # a joined penalty sentence: how far its biggest range moved (stories._scale)
    chapter: str = ""  # a chapter put in or taken out whole: its label, "第五章" (chapters.fold)


def policy_title(comparison: Comparison) -> str:
    """The title of the newer version, as the policy itself gives it (see structure.own_title)."""
    from ..structure import own_title

    return own_title(comparison.new.title or comparison.old.title)


def anchor(pair: Pair) -> str:
    """The row id of a pair: its first old clause, else its first new one."""
    return (pair.old or pair.new)[0].id


def counts_sentence(comparison: Comparison, lang: str = "zh") -> str:
    """The pairs by status, as a sentence: "修改13条、删除1条、拆分1条" ("13 modified, 1 deleted")."""
    counts = {status: 0 for status in Status}
    for pair in comparison.pairs:
        counts[pair.status] += 1
    if lang == "en":
        return ", ".join(f"{n} {STATUS_EN[s]}" for s, n in counts.items() if n)
    return "、".join(f"{STATUS_ZH[s]}{n}条" for s, n in counts.items() if n)


def labels(clauses: Tuple[Clause, ...], sep: str = "、", lang: str = "zh") -> str:
    return names(clauses, lang, sep if lang != "en" or sep != "、" else ", ")


def pair_label(pair: Pair, lang: str = "zh") -> str:
    """How a row is named in a sentence: "第八条（现第七条）" ("Article 8 (now Article 7)") when renumbered."""
    if not pair.old:
        return labels(pair.new, lang=lang)
    old = labels(pair.old, lang=lang)
    if not pair.new:  # (a deletion: no new label to tell)
        return old
    new = labels(pair.new, lang=lang)
    if pair.renumbered or (pair.new and old != new and pair.status is Status.MOVED):
        return f"{old} (now {new})" if lang == "en" else f"{old}（现{new}）"
    return old


def _named(clause: Clause, lang: str) -> str:
    """A clause with its gist: "第七条（支持工业互联网应用场景建设）"."""
    return f"{name(clause, lang)}（{gist(clause)}）" if lang != "en" else name(clause, lang)


def _structure(comparison: Comparison, lang: str) -> List[Headline]:
    en = lang == "en"
    group = STRUCTURE_GROUP[en]
    out: List[Headline] = []
    run: List[Pair] = []

    def flush() -> None:
        if len(run) >= 2:
            first, last = run[0], run[-1]
            if en:
                text = (f"{name(first.old[0], lang).replace('Article ', 'Articles ')}–{last.old[0].number} renumbered "
                        f"{first.new[0].number}–{last.new[0].number}")
            else:
                text = (f"原{first.old[0].display_label}至{last.old[0].display_label}依次改为"
                        f"{first.new[0].display_label}至{last.new[0].display_label}")
            out.append(Headline(group, text, [anchor(p) for p in run], "renumbered"))
        elif run:
            p = run[0]
            text = (f"{name(p.old[0], lang)} renumbered {name(p.new[0], lang)}" if en
                    else f"原{p.old[0].display_label}改为{p.new[0].display_label}")
            out.append(Headline(group, text, [anchor(p)], "renumbered"))
        run.clear()

    def offset(p: Pair) -> Optional[int]:
        a, b = p.old[0].number, p.new[0].number
        return None if a is None or b is None else b - a

    def renumbering(p: Pair) -> bool:
        return (p.renumbered and len(p.old) == 1 and len(p.new) == 1
                and p.status in (Status.UNCHANGED, Status.MODIFIED))

    into = _moved_into_added(comparison.pairs)
    said_with_it = {id(added) for added in into.values()}  # (added provisions the deleted one's line says)
    hedged = rewritten_throughout(comparison.pairs)  # (a deleted provision "已删除或改写": findings/unkept.py)
    for pair in comparison.pairs:
        if not pair.new or not pair.old:  # (a deletion or an addition: never renumbering)
            if run:
                flush()
            if id(pair) in said_with_it:
                continue  # (said by the deleted provision's line)
            sentence = _structural_sentence(pair, lang, into.get(id(pair)), new_version_text(comparison.pairs), hedged)
            if sentence:
                out.append(Headline(group, sentence, [anchor(pair)] + ([anchor(into[id(pair)])] if id(pair) in into else []),
                                    pair.status.value))
            continue
        if renumbering(pair) and run and offset(pair) is not None and offset(pair) == offset(run[-1]) \
                and pair.old[0].number == run[-1].old[0].number + 1:
            run.append(pair)
            continue
        flush()
        if renumbering(pair):
            run.append(pair)
            continue
        sentence = _structural_sentence(pair, lang)
        if sentence:
            out.append(Headline(group, sentence, [anchor(pair)], pair.status.value))
    flush()
    return out


def _moved_into_added(pairs: Sequence[Pair]) -> Dict[int, Pair]:
    """A deleted provision part of which is now in one new provision alone (not folded whole into it), a provision
    put in whose part that came from elsewhere came from it alone: id(deleted) → the added pair. The two are one
    change, said in one line ("第五十二条…整条删除，部分内容现见新增的第一百零九条（…）"), not a line from each side
    (体育法 第五十二条 → 第一百零九条, the second line useless in the fifty-fifth reading)."""
    added = {p.new[0].display_label: p for p in pairs if p.status is Status.ADDED and len(p.new) == 1}
    out: Dict[int, Pair] = {}
    for pair in pairs:
        if pair.status is not Status.DELETED or len(pair.old) != 1:
            continue
        now = now_in(pair.findings)
        other = added.get(now[0]) if len(now) == 1 else None
        if other is not None and _came_from(other) == [pair.old[0].display_label] \
                and not _wholly_moved(pair)[0] and not _wholly_moved(other, into=True)[0]:
            out[id(pair)] = other
    return out


def not_moved(pair: Pair, new_version: str = "") -> str:
    """A deleted provision's text without the sentences its text_moved notes say are now elsewhere, nor those the new
    version (``new_version``: its text, new_version_text) says word for word, item labels aside: the sums it takes out
    are those ("整条删除，含一百万元以上的金额" said of 环境污染解释 2016 第三条, whose "（五）致使公私财产损失一百万元以上的" 2023
    第二条（四）and 第四条（一）still say, wrong in readings 566 and 629). The whole text when every sentence moved: the
    provision folded into another is weighed and said by what it held ("并入现第一百零三条，文字有改动（罚款由…提高到…）")."""
    if _wholly_moved(pair)[0]:
        return pair.old_text
    text = left_after_moves(pair)
    if new_version:
        for s in sentences(text):
            said = ITEM_LABEL.sub("", s.text, count=1)
            if len(said) >= SAID_AGAIN and said in new_version:
                text = text.replace(said, "", 1)
    return text


#: Characters, at least, of a deleted provision's sentence the new version says word for word for it to be no part of
#: what the provision takes out (not_moved).
SAID_AGAIN = 12

_NEW_VERSION: list = [None, ""]


def new_version_text(pairs: Sequence[Pair]) -> str:
    """The new version's text, its provisions joined by lines (the last pairs asked kept)."""
    if _NEW_VERSION[0] is not pairs:
        _NEW_VERSION[:] = [pairs, "\n".join(p.new_text for p in pairs if p.new)]
    return _NEW_VERSION[1]


def _gone(pair: Pair) -> str:
    """The gist of a deleted provision part of which is now elsewhere, said by what is gone: "第五十四条（妇女联合会或者相关妇女
    组织对侵害特定妇女群体利益的行为…）整条删除，部分内容现见第七十三条", not by its first sentence, the part 第七十三条 holds
    ("…（妇女组织对于受害妇女进行诉讼需要帮助的，应当给予支持）整条删除", 妇女权益保障法 2022, read as the support gone: wrong in
    reading 605). The provision's own gist when what is left opens no sentence, or is an item of a list."""
    if _wholly_moved(pair)[0]:
        return gist(pair.old[0])
    rest = what_is_left(pair)
    return text_gist(rest) if rest else gist(pair.old[0])


def _rewritten_as(pair: Pair, into: Pair) -> bool:
    """A deleted provision whose opening sentence is the opening of the provision put in that holds part of it: the one
    rewritten as the other, not deleted ("第三十八条（妇女的生命健康权不受侵犯）改写为现第二十一条（妇女的生命权、身体权、健康权
    不受侵犯）", not "整条删除，部分内容现见新增的第二十一条", wrong in reading 562; 征兵工作条例 第三十条 → 第三十八条, "由县、市组织
    新兵自行到部队报到的，应当做好下列工作" → "由新兵自行报到的，应当做好下列工作", useless in reading 561)."""
    for f in pair.findings:
        if f.kind is FindingKind.TEXT_MOVED and f.old and _NOW_AT.match(f.message):
            was, now = f.old.split("…")[0], (f.new or f.old).split("…")[0]
            if was and now and pair.old_text.startswith(was) and into.new_text.lstrip().startswith(now):
                return True
    return False


def _came_from(pair: Pair) -> List[str]:
    """The provisions of the old version a new one's moved sentences came from (text_moved notes)."""
    return named_by_moves(pair.findings, _CAME_FROM)


_FIGURE_OF_MOVE = recache.compile(r"文字有改动（([^（）]+)）$")
_FIGURE_OF_MOVE_EN = recache.compile(r"\(reworded\) \(((?:[^()]|\([^()]*\))+)\)$")  # (a gloss inside: “故意” (intentionally) added)


def _figures_of_moves(pair: Pair, en: bool) -> List[str]:
    """The figures a pair's moved sentences say changed ("罚款由2万–10万元提高到20万–100万元"), each once."""
    pattern = _FIGURE_OF_MOVE_EN if en else _FIGURE_OF_MOVE
    found = [m.group(1) for f in pair.findings if f.kind is FindingKind.TEXT_MOVED
             for m in [pattern.search((f.message_en or "") if en else f.message)] if m]
    return list(dict.fromkeys(found))


def moved_in_whole(pair: Pair) -> bool:
    """An added provision whose rule was another's, moved in whole ("第四十九条（…）由原第八条移入，文字有改动")."""
    return pair.status is Status.ADDED and _moved_in_whole(pair, _came_from(pair))[0]


def folded_as_it_was(pair: Pair, renamed: FrozenSet[Tuple[str, str]] = frozenset()) -> bool:
    """A deleted provision whose rule went whole into another, no figure or force of it changed on the way ("第五十三条
    （…）并入现第七条，文字有改动"), or only a term the whole document renames (``renamed``: "（“其他组织”改为“非法人组织”）",
    慈善法 第一百零七条, the eighth headline above new rules, useless in reading 441): a move, not a rule taken out."""
    return pair.status is Status.DELETED and bool(now_in(pair.findings)) and _wholly_moved(pair)[0] \
        and not [c for c in _figures_of_moves(pair, False) if not _renames_only(c, renamed)]


#: A replacement a note says: "“其他组织”改为“非法人组织”" (groups: the old words, the new).
REPLACEMENT_SAID = recache.compile(r"“([^”]+)”改为“([^”]+)”")


def _renames_only(change: str, renamed: FrozenSet[Tuple[str, str]]) -> bool:
    """The change a move's note gives is renames of the document's, nothing else ("“其他组织”改为“非法人组织”")."""
    return bool(renamed) and not REPLACEMENT_SAID.sub("", change).strip("；") \
        and all(m.groups() in renamed for m in REPLACEMENT_SAID.finditer(change))


def _moved_in_whole(pair: Pair, came: List[str]) -> Tuple[bool, str]:
    """(moved in whole, how reworded: moved.wholly_moved) of an added provision, given where its moved text came from."""
    return _wholly_moved(pair, into=True) if came else (False, "")


#: What a structural line adds of how a provision folded into another (moved in from another) changed: reworded, largely.
_HOW_SAID = {"": ("", ""), "reworded": (REWORDED[0], " and reworded"), "rewritten": (REWRITTEN[0], " and largely rewritten"),
             "sanctioned": (SANCTIONS_THERE[0], ", its penalties now that article's")}


#: A deleted provision this share of whose characters its moved sentences quote, all in one provision, went there for the
#: most part: "删除，大部分内容现见第十九条", not "整条删除，部分内容现见…" (突发事件应对法 第九条, whose 行政领导机关 clause is
#: 第十九条's and whose 办事机构 clause alone is gone: wrong in reading 111).
MOSTLY_MOVED = 0.6


def _moved_share(pair: Pair) -> float:
    """The share of a deleted provision's characters (line breaks left out) its text_moved notes quote."""
    quoted = sum(len(m.group(1).replace("……", "")) for f in pair.findings if f.kind is FindingKind.TEXT_MOVED
                 for m in [_NOW_AT.match(f.message)] if m)
    return quoted / max(1, len(pair.old_text.replace("\n", "")))


def mostly_moved(pair: Pair) -> bool:
    """A deleted provision whose line says "删除，大部分内容现见第X条": most of it now in one other provision, not folded
    whole into it."""
    if pair.status is not Status.DELETED:
        return False
    now = now_in(pair.findings)
    return len(now) == 1 and _moved_share(pair) >= MOSTLY_MOVED and not _wholly_moved(pair)[0]


def _structural_sentence(pair: Pair, lang: str, into: Optional[Pair] = None, new_version: str = "",
                         hedged: bool = False) -> str:
    """What a pair's change of structure is, in one sentence; ``into``: the added provision part of a deleted one is
    now in (see _moved_into_added); ``new_version``: new_version_text; ``hedged``: a deleted provision of a revision that
    rewrites much of the text is said deleted or rewritten, not deleted (findings/unkept.py)."""
    en = lang == "en"
    if pair.status is Status.DELETED:
        clause = pair.old[0]
        now = now_in(pair.findings)
        folded, reworded = _wholly_moved(pair) if now else (False, "")
        if folded:  # its rule is now in another provision: said so, not "deleted"; the number is the new version's
            # ("并入现第七条": "并入第七条" read as old 第七条 beside the old numbers of every other line, the thirty-fifth reading;
            # with the figures its moves say changed, "（罚款由2万–10万元提高到20万–100万元）", 海洋 第八十条, the forty-second)
            changed = _figures_of_moves(pair, en)
            if en:
                return (f"{labels(pair.old, lang=lang)} ({gist(clause)}) folded into "
                        f"{', '.join(article_en(n) for n in now)} of the new version{_HOW_SAID[reworded][1]}"
                        f"{''.join(f' ({c})' for c in changed)}")
            return f"{_named(clause, lang)}并入现{'、'.join(now)}{_HOW_SAID[reworded][0]}" \
                f"{''.join(f'（{c}）' for c in changed)}"
        mostly = len(now) == 1 and into is None and _moved_share(pair) >= MOSTLY_MOVED
        # (named by what is left, "部分内容现见第十条" read as where that went: "另有部分内容", document._named_by_what_stayed)
        another = bool(now) and not mostly and not _wholly_moved(pair)[0] and what_is_left(pair) is not None
        if en:
            part = "most" if mostly else "another part" if another else "part"
            also = f"; {part} of it is now in {', '.join(article_en(n) for n in now)}" if now else ""
            given = crimes_given_by(pair.findings)
            if given and not now and into is None:
                also = f"; criminal liability is now provided by {article_en(given)} for every breach of the law"
            if into is not None and _rewritten_as(pair, into):
                return (f"{labels(pair.old, lang=lang)} ({gist(clause)}) rewritten as the new {article_en(now[0])}"
                        f"{money(into.new_text, lang)} ({gist(into.new[0])})")
            if into is not None:
                also = f"; part of it is now in the new {article_en(now[0])}{money(into.new_text, lang)} ({gist(into.new[0])})"
            said = _gone(pair) if now and not mostly else gist(clause)
            if hedged and not mostly and not (given and not now and into is None):
                # (its crimes now given for every breach: "deleted", as the Chinese "删除，刑事责任现由…统一规定" says)
                return f"{labels(pair.old, lang=lang)} ({said}) {UNKEPT[1]}{money(not_moved(pair, new_version), lang)}{also}"
            return f"{labels(pair.old, lang=lang)} deleted{money(not_moved(pair, new_version), lang)} ({said}){also}"
        if into is not None and _rewritten_as(pair, into):
            return f"{_named(clause, lang)}改写为现{_named(into.new[0], lang)}{money(into.new_text)}"
        gone = UNKEPT[0] if hedged else "整条删除"
        if into is not None:
            return (f"{name(clause, lang)}（{_gone(pair)}）{gone}{money(not_moved(pair, new_version))}，部分内容现见新增的"
                    f"{_named(into.new[0], lang)}{money(into.new_text)}")
        if mostly:
            return f"{_named(clause, lang)}删除{money(not_moved(pair, new_version))}，大部分内容现见{now[0]}"
        given = crimes_given_by(pair.findings)
        if given and not now:  # (a list of crimes whose liability one provision now gives for every breach: not "整条删除")
            return f"{_named(clause, lang)}删除{money(not_moved(pair, new_version))}，刑事责任现由{given}统一规定"
        return f"{name(clause, lang)}（{_gone(pair) if now else gist(clause)}）{gone}{money(not_moved(pair, new_version))}" \
            f"{('，另有部分内容现见' if another else '，部分内容现见') + '、'.join(now) if now else ''}"
    if pair.status is Status.ADDED:
        clause = pair.new[0]
        came = _came_from(pair)
        folded, reworded = _moved_in_whole(pair, came)
        if folded:  # its rule was another provision's: said so, not "new", with what its moves say changed (the one line
            # of the move: see _findings)
            changed = _figures_of_moves(pair, en)
            if en:
                return (f"{labels(pair.new, lang=lang)} ({gist(clause)}) moved in from former "
                        f"{', '.join(article_en(n) for n in came)}{_HOW_SAID[reworded][1].replace(' and', ',')}"
                        f"{''.join(f' ({c})' for c in changed)}")
            return f"{_named(clause, lang)}由原{'、'.join(came)}移入{_HOW_SAID[reworded][0]}" \
                f"{''.join(f'（{c}）' for c in changed)}"
        # (and what it puts in beside what came: "；新增“经全体股东一致同意，也可以不设监事”", 公司法 第八十三条, whose headline
        # showed only the moved part, the forty-third reading)
        put = [f.new for f in pair.findings if came and f.kind is FindingKind.WORDING_CHANGED and f.new
               and f.message.startswith("新增规定：")]
        if en:
            also = f"; part of it from former {', '.join(article_en(n) for n in came)}" if came else ""
            also += "".join(f"; adds “{q}”" for q in put)
            # ("New Article 35", the new version's numbering said as such: "Article 35 added" read as the old Article 35
            # by the numbering convention, a near miss in the English reading 100)
            return f"New {labels(pair.new, lang=lang)}{money(pair.new_text, lang)} ({gist(clause)}){also}"
        # (a sentence of it moved in from another provision: said, as a deleted one's "部分内容现见…";
        # 上海 第三十九条's 住宅工程 insurance came from old 第三十五条, the twenty-first reading)
        return (f"新增{_named(clause, lang)}{money(pair.new_text)}{'，部分内容由原' + '、'.join(came) + '移入' if came else ''}"
                f"{''.join(f'；新增“{q}”' for q in put)}")
    if pair.status is Status.SPLIT:
        return (f"{labels(pair.old, lang=lang)} split into {labels(pair.new, ' and ', lang)}" if en
                else f"{labels(pair.old)}拆分为{labels(pair.new)}")
    if pair.status is Status.MERGED:
        return (f"{labels(pair.old, ' and ', lang)} merged into {labels(pair.new, lang=lang)}" if en
                else f"{labels(pair.old)}合并为{labels(pair.new)}")
    if pair.status is Status.MOVED:
        return (f"{labels(pair.old, lang=lang)} moved (now {labels(pair.new, lang=lang)})" if en
                else f"{labels(pair.old)}位置调整（现{labels(pair.new)}）")
    return ""


def _renames(comparison: Comparison, lang: str) -> List[Headline]:
    """Each document-wide rename said once: "“股东大会”统一改为“股东会”（共N条）"."""
    from ..findings.qualifiers import share_meaning
    from ..findings.renames import still_used

    group = RENAME_GROUP[lang == "en"]
    out = []
    texts = [c.text for c in comparison.new.clauses] if comparison.renames else []
    for rename in comparison.renames:
        pairs = [comparison.pairs[i] for i in rename.pairs if 0 <= i < len(comparison.pairs)]
        n = rename.provision_count
        from .stories import widened

        was, now = widened(rename.old, rename.new, comparison,
                           [i for i in rename.pairs if 0 <= i < len(comparison.pairs)])
        partial = still_used(rename, texts)  # (the old term still written elsewhere: not "统一")
        means = share_meaning(was, now)[lang == "en"]  # ("不再包含本数（半数）": a bar moved)
        means = (f", {means}" if lang == "en" else f"，{means}") if means else ""
        text = (f"“{was}” changed to “{now}”{'' if partial else ' throughout'}{means} ({n} article{'s' if n != 1 else ''})"
                if lang == "en" else f"“{was}”{'' if partial else '统一'}改为“{now}”{means}（共{n}条）")
        out.append(Headline(group, text, [anchor(p) for p in pairs], "renamed",
                            pairs=sorted(set(i for i in rename.pairs if 0 <= i < len(comparison.pairs)))))
    return out


_HEAD = recache.compile(r"^(.*?)[：，:,]")
_HEAD_EN = recache.compile(r"^(.*?)[;:]")
_WHOLE = recache.compile(r"^(.*)$", re.S)
_TIMES = recache.compile(r"（共\d+处）$")
#: The words a note quotes in brackets at its end to say which place ("（“企业可以…”改为“企业应当…”）").
_WHICH = recache.compile(r"（“[^”]*”改为“[^”]*”）$| \(“[^”]*” → “[^”]*”\)$")


def _findings(comparison: Comparison, lang: str, wording: bool, merge: bool = True) -> List[Headline]:
    en = lang == "en"
    order = {kind: i for i, (kind, _, _) in enumerate(KIND_ORDER)}
    groups = {kind: (en_title if en else zh) for kind, zh, en_title in KIND_ORDER}
    items: Dict[Tuple[int, str], Headline] = {}
    apart = set()  # the keys of lines whose clauses' notes differ
    whole_in = {id(p): p for p in comparison.pairs if moved_in_whole(p)}  # (added provisions another's rule moved into whole)
    moved_in = {p.new[0].display_label: _came_from(p) for p in whole_in.values()}
    for pair in comparison.pairs:
        label = None  # (asked only for a note that is said: a deletion's note is wording)
        folded = _folded_whole(pair) or id(pair) in whole_in
        for finding in pair.findings:
            if folded and finding.kind is FindingKind.TEXT_MOVED:
                continue  # said by its structural line, "…并入现第七条，文字有改动（新增“故意”）", "…由原第八条移入"
            if finding.kind is FindingKind.TEXT_MOVED and _into_one_moved_in(finding, pair, moved_in):
                continue
            if pair.status is Status.ADDED and finding.kind is FindingKind.TEXT_MOVED and _CAME_FROM.match(finding.message):
                continue  # said by its structural line, "新增第一百零六条（…），…部分内容由原第七十三条移入", and what changed by the
                # line of the provision it left (海洋环境保护法 第七十三条 → 第一百零六条 was said three times)
            if finding.kind is FindingKind.FORMATTING or finding.kind not in order:
                continue
            if finding.kind is FindingKind.WORDING_CHANGED and not wording:
                continue
            if finding.kind is FindingKind.TERM_RENAMED and comparison.renames:
                continue  # said once, by the rename's own sentence
            if finding.kind is FindingKind.REFERENCE_CHANGED and _by_a_rename(finding, comparison.renames):
                continue  # "《中华人民共和国收养法》" → "《…民法典》" beside "“收养法”统一改为“民法典”": said by it
            message = (finding.message_en if en and finding.message_en else finding.message)
            message = _TIMES.sub("", message)
            head = _HEAD.match(_TIMES.sub("", finding.message))  # merged on the Chinese note in both languages
            note = (_HEAD_EN.match(message) or _WHOLE.match(message)).group(1) if en else (head and head.group(1))
            # Qualifier and duty notes read the same on every clause: say them once.
            shared = merge and finding.kind in (FindingKind.QUALIFIER_REMOVED, FindingKind.QUALIFIER_ADDED,
                                                FindingKind.MODALITY_CHANGED, FindingKind.TERM_RENAMED) and head
            key = (order[finding.kind], head.group(1) if shared else f"{anchor(pair)}|{message}")
            if label is None:
                label = pair_label(pair, lang)
            if key in items:
                line = items[key]
                if anchor(pair) not in line.anchors:
                    line.anchors.append(anchor(pair))
                    line.labels.append(label)
                    # (said of several clauses, the words each note quotes to say which place are left out: "第三十条、第四十三条、
                    # 第六十条：“可以”改为“应当”：义务加强", each with its own duty in brackets, 上海市优化营商环境条例)
                    line.text = _WHICH.sub("", line.text)
                    if _WHICH.sub("", message) != line.text:
                        apart.add(key)
                continue
            items[key] = Headline(groups[finding.kind], message, [anchor(pair)], finding.kind.value,
                                  [label], note if shared else message)
    out = []
    for key in sorted(items, key=lambda k: k[0]):
        line = items[key]
        # (the words they share when the clauses' notes differ after them; the whole note when it is the same on every
        # one: "“半数以上”改为“过半数”：不再包含本数（半数）", whose meaning was cut off in the forty-second reading)
        said = line.note if len(line.labels) > 1 and key in apart else line.text
        line.text = f"{_listed(line.labels, en)}{': ' if en else '：'}{said}"
        out.append(line)
    return out


def _into_one_moved_in(finding, pair: Pair, moved_in: Dict[str, List[str]]) -> bool:
    """A sentence moved out of this provision into a new one that holds nothing else, from nowhere else: the new one's line
    says the move, with what changed ("第四十九条（…）由原第八条移入，文字有改动（“中国人民解放军总后勤部”改为…）"). 会计法
    第八条 → 第四十九条 was three lines, one from each side and the new provision's own (two useless in reading 109)."""
    m = _NOW_AT.match(finding.message)
    return bool(m) and len(pair.old) == 1 and moved_in.get(m.group(2)) == [pair.old[0].display_label]


def _folded_whole(pair: Pair) -> bool:
    """A deleted provision of one sentence, moved whole into another: its structural line says where, and how it changed
    (突发事件应对法 第五十四条's "…并入现第七条，文字有改动（新增“故意”）" was said again by its move's own line)."""
    if pair.status is not Status.DELETED:
        return False
    moves = [f for f in pair.findings if f.kind is FindingKind.TEXT_MOVED]
    return len(moves) == 1 and bool(now_in(pair.findings)) and _wholly_moved(pair)[0]


def _by_a_rename(finding, renames) -> bool:
    """A changed reference that is a document-wide rename made inside it."""
    old, new = finding.old or "", finding.new or ""
    return bool(old and new) and any(r.old in old and old.replace(r.old, r.new) == new for r in renames)


#: A note on more clauses than this names the first ones and counts the rest.
LISTED = 4


def _listed(names: List[str], en: bool) -> str:
    if en and len(names) > 1 and all(_PLAIN_ARTICLE.match(n) for n in names):
        # ("Articles 36, 38 and 48", as numerals.article_en says a list, not "Article 36, Article 38, Article 48")
        numbers = [n.split(" ", 1)[1] for n in names]
        if len(numbers) <= LISTED + 1:
            return f"Articles {', '.join(numbers[:-1])} and {numbers[-1]}"
        return f"Articles {', '.join(numbers[:LISTED])} and {len(numbers) - LISTED} more"
    if len(names) <= LISTED + 1:
        return (", " if en else "、").join(names)
    if en:
        return ", ".join(names[:LISTED]) + f" and {len(names) - LISTED} more"
    return "、".join(names[:LISTED]) + f"等{len(names)}条"


_PLAIN_ARTICLE = recache.compile(r"^Article [\d-]+$")


def headlines(comparison: Comparison, lang: str = "zh", wording: bool = False,
              merge: bool = True) -> List[Headline]:
    """The structural changes, the renames, then the substantive findings (wording
    notes only when asked), in document order within each; ``merge`` says a
    qualifier or duty note shared by several clauses once, with all their labels.
    For the order a reader wants, see ``ranking.ranked_headlines``."""
    return _structure(comparison, lang) + _renames(comparison, lang) + _findings(comparison, lang, wording, merge)


def ranked_headlines(comparison: Comparison, lang: str = "zh") -> List[Headline]:
    """The summary sentences, most important first (see ranking.py)."""
    from .ranking import ranked_headlines as ranked

    return ranked(comparison, lang)
