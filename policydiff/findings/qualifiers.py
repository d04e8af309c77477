"""Qualifiers: 不超过, 最高, 以上, 原则上… tied to the figure or duty they qualify.

"最高不超过100万元 → 最高100万元" is one qualifier_removed (and no amount
change: the figure kept its value).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import List, Optional, Tuple

from .. import recache
from ..models import Finding, FindingKind
from .changes import Change, Note, clip
from .figures import Figure, noun, parse_figures
from .lexicon import Lexicon
from .modality import modal_words
from .sentences import span_at
from .values import parse_values
from .words import bounds

# Words that stand after their figure ("500万元以上"); the rest stand before it.
_POSTFIX = {"以上", "以下", "以内"}
_KIND_ZH = {"upper": "上限", "lower": "下限", "soft": "弹性", "cumulative": "累计"}
_KIND_EN = {"upper": "ceiling", "lower": "floor", "soft": "hedge", "cumulative": "cumulative"}


def _qualified_figure(phrase: str, word: str, at: int, figures: List[Figure]) -> Optional[Figure]:
    if word in _POSTFIX:
        before = [f for f in figures if f.end <= at and at - f.end <= 2]
        return before[-1] if before else None
    after = [f for f in figures if f.start >= at + len(word) and f.start - (at + len(word)) <= 12]
    return after[0] if after else None


def _occurrences(phrase: str, lexicon: Lexicon) -> List[Tuple[str, int]]:
    return [(m.group(), m.start()) for m in lexicon.qualifier_pattern.finditer(phrase)]


def _tied(phrase: str, lexicon: Lexicon, figures: List[Figure]) -> List[Tuple[str, Optional[Figure]]]:
    """Each qualifier word of a phrase with the figure it qualifies (None when none)."""
    return [(w, _qualified_figure(phrase, w, at, figures)) for w, at in _occurrences(phrase, lexicon)]


def _in_range(figure: Optional[Figure], ranges) -> bool:
    return figure is not None and any(v.figures.startswith(figure.text) or v.figures.endswith(figure.text)
                                      for v in ranges)


def _key(word: str, figure: Optional[Figure]):
    return (word, figure.key if figure else None)


#: A share counted with its figure ("半数以上", "三分之二以上") and without it ("过半数", "超过三分之二").
_SHARE = recache.compile(r"(半数|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)以上")
_STRICT_SHARE = recache.compile(r"(?:超过|过)(半数|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)")


def share_meaning(old: str, new: str) -> Tuple[str, str]:
    """What a rename says of a share ("半数以上董事共同推举" → "过半数的董事共同推举": "不再包含本数（半数）", and English);
    ("", "") when it says none."""
    notes = _shares_made_strict(Change(old or "", new or "", ()))
    if not notes:
        return "", ""
    zh, en = notes[0].finding.message, notes[0].finding.message_en
    return zh.split("：", 1)[1], en.split(": ", 1)[1]


def _shares_made_strict(change) -> List[Note]:
    """"半数以上" → "过半数": half itself no longer reaches the bar (公司法 2023 throughout: "半数以上董事共同推举" →
    "过半数的董事共同推举", "半数以上监事通过" → "全体监事的过半数通过"; said a rename or "表述修改" only, missed in the
    forty-first reading); and the other way."""
    notes = []
    for inclusive, strict, kind in ((_SHARE, _STRICT_SHARE, FindingKind.QUALIFIER_REMOVED),
                                    (_STRICT_SHARE, _SHARE, FindingKind.QUALIFIER_ADDED)):
        for share in dict.fromkeys(m.group(1) for m in inclusive.finditer(change.old)):
            before = [m.group() for m in inclusive.finditer(change.old) if m.group(1) == share]
            after = [m.group() for m in strict.finditer(change.new) if m.group(1) == share]
            if len(before) > sum(1 for m in inclusive.finditer(change.new) if m.group(1) == share) and len(after) > sum(
                    1 for m in strict.finditer(change.old) if m.group(1) == share):
                counted = kind is FindingKind.QUALIFIER_ADDED
                was, now = _with_its_clause(before[0], after[0], change.old, change.new)
                zh = f"“{was}”改为“{now}”：{'包含' if counted else '不再包含'}本数（{share}）"
                en = (f"“{was}” became “{now}”: the bound {'now includes' if counted else 'no longer includes'} "
                      f"“{share}” itself")
                notes.append(Note(Finding(kind, clip(change.old) or None, clip(change.new) or None, zh, en), (was, now)))
    return notes


def _with_its_clause(before: str, after: str, old: str, new: str) -> Tuple[str, str]:
    """The bar, or the clause that holds it on each side when the clause changed in other words too: "“监事会决议应当经半数
    以上监事通过”改为“监事会决议应当经全体监事的过半数通过”" (公司法 第五十五条 → 第八十一条, the votes now of all
    supervisors: "“半数以上”改为“过半数”" alone left that unsaid, recall 1362), not "半数以上董事共同推举" → "过半数的董事共同
    推举", the same but for the bar."""
    clauses = []
    for bar, text in ((before, old), (after, new)):
        start, end = span_at(text, text.find(bar), _CLAUSE_STOPS, len(bar))
        clauses.append(text[start:end])
    rest = [c.replace(bar, "", 1).replace("的", "") for c, bar in zip(clauses, (before, after))]
    if rest[0] == rest[1] or any(len(c) > CLAUSE_QUOTED for c in clauses):
        return before, after
    return clauses[0], clauses[1]


_CLAUSE_STOPS = "，。；：\n"
#: Characters, at most, of a clause quoted with the bar it holds.
CLAUSE_QUOTED = 40


def find_qualifier_changes(pair, changes, lexicon: Lexicon) -> List[Note]:
    notes: List[Note] = []
    for change in changes:
        if "半数" in change.old + change.new or "分之" in change.old + change.new:
            notes.extend(_shares_made_strict(change))
        if not (lexicon.qualifier_pattern.search(change.old) or lexicon.qualifier_pattern.search(change.new)):
            continue  # no qualifier word on either side: nothing came or went
        old_figs, new_figs = parse_figures(change.old, lexicon), parse_figures(change.new, lexicon)
        tied_to_duty = bool(modal_words(change.old, lexicon) or modal_words(change.new, lexicon))
        if not (old_figs or new_figs or tied_to_duty):
            continue  # a qualifier word with nothing to qualify is wording
        old_tied, new_tied = _tied(change.old, lexicon, old_figs), _tied(change.new, lexicon, new_figs)
        removed = Counter(_key(w, f) for w, f in old_tied) - Counter(_key(w, f) for w, f in new_tied)
        added = Counter(_key(w, f) for w, f in new_tied) - Counter(_key(w, f) for w, f in old_tied)
        # "不得少于三人" → "三人以上": the same bound on the same figure, worded otherwise.
        same = {(w, k) for w, k in removed for w2, k2 in added
                if k is not None and k == k2 and lexicon.qualifiers[w] == lexicon.qualifiers[w2]
                and lexicon.qualifiers[w] in ("upper", "lower")}
        same |= {(w2, k2) for w, k in removed for w2, k2 in added
                 if k is not None and k == k2 and lexicon.qualifiers[w] == lexicon.qualifiers[w2]
                 and lexicon.qualifiers[w] in ("upper", "lower")}
        # A bound that is one end of a range ("三人至十三人") changed with the range: the figure's note.
        ranges = [v for v in parse_values(change.old, lexicon) + parse_values(change.new, lexicon) if v.two_ended]
        for kind, tied, gone, other_tied, other_figs in (
                (FindingKind.QUALIFIER_REMOVED, old_tied, removed, new_tied, new_figs),
                (FindingKind.QUALIFIER_ADDED, new_tied, added, old_tied, old_figs)):
            more = Counter(w for w, _ in tied) - Counter(w for w, _ in other_tied)
            for word, figure in tied:
                key = _key(word, figure)
                if not gone.get(key) or key in same or not more.get(word) or _in_range(figure, ranges):
                    continue
                gone[key] -= 1
                more[word] -= 1
                if _kept(word, figure, other_figs, tied_to_duty, lexicon) and not (
                        figure is None and kind is FindingKind.QUALIFIER_REMOVED
                        and _hedged_gone(word, change.old, change.new)):
                    exclusive = _exclusive(word, figure, _other_phrase(change, kind))
                    if exclusive:
                        notes.append(_exclusive_note(kind, word, figure, exclusive, change))
                        continue
                    still = [w for w, _ in other_tied if lexicon.qualifiers[w] == lexicon.qualifiers[word]]
                    if word in still and figure is not None:
                        continue  # (the same bound on the same figure, said once more elsewhere in the change: "下限表述
                        # “以上”被添加，仍有“以上”，期限下限不变" said nothing, 两高环境污染刑事案件解释 第一条, reading 333)
                    notes.append(_note(kind, word, figure, still, change, lexicon))
    return notes


#: Characters after a hedge that say what it hedges ("一般不少于…": 不少于).
HEDGED = 3


def _hedged_gone(word: str, text: str, other: str) -> bool:
    """What a hedge stood before is said nowhere in the new text: the hedged rule went with it, and "不再留有例外" would call a
    rule gone firmer ("抽查人数一般不少于征兵人数的三分之一" → "根据需要组织…抽查", 征兵工作条例 第十九条 → 第二十二条: wrong in
    reading 326, the sampling became less bound, not more). (A hedge put in a new rule still says the new duty is not firm:
    军人抚恤优待条例 第四十六条's "原则上安置到…", correct in readings 324 and 325.)"""
    after = [text[m.end():m.end() + HEDGED] for m in recache.compile(re.escape(word)).finditer(text)]
    return bool(after) and all(len(a) == HEDGED and a not in other for a in after)


# "以上/以下" count the figure itself; these do not ("超过百分之五十" is more than half).
_EXCLUSIVE = {"以上": ("超过", "高于", "多于"), "以下": ("不足", "低于", "少于", "未满", "未达到")}


def _other_phrase(change, kind: FindingKind) -> str:
    return change.new if kind is FindingKind.QUALIFIER_REMOVED else change.old


def _exclusive(word: str, figure: Optional[Figure], other: str) -> Optional[str]:
    """The exclusive bound word that stands before the same figure on the other side, if any."""
    if figure is None or word not in _EXCLUSIVE:
        return None
    return next((w for w in _EXCLUSIVE[word] if w + figure.text in other), None)


def _exclusive_note(kind: FindingKind, word: str, figure: Figure, exclusive: str, change) -> Note:
    inclusive, strict = f"{figure.text}{word}", f"{exclusive}{figure.text}"
    before, after = (inclusive, strict) if kind is FindingKind.QUALIFIER_REMOVED else (strict, inclusive)
    counts = kind is FindingKind.QUALIFIER_ADDED
    zh = f"“{before}”改为“{after}”：{'包含' if counts else '不再包含'}本数（{figure.text}）"
    en = (f"“{before}” became “{after}”: the bound {'now includes' if counts else 'no longer includes'} "
          f"“{figure.text}” itself")
    return Note(Finding(kind, clip(change.old) or None, clip(change.new) or None, zh, en), (word, exclusive))


def _kept(word: str, figure: Optional[Figure], other_side: List[Figure], tied_to_duty: bool, lexicon) -> bool:
    """The qualifier changed around something that stayed: the same figure, or (hedges) a duty.

    A bound that came or went together with its figure ("处3000元以上…" added whole)
    is the figure's news, not the qualifier's.
    """
    if figure is not None:
        return any(f.key == figure.key for f in other_side)
    return lexicon.qualifiers[word] in ("soft", "cumulative") and tied_to_duty


#: Characters, at most, between a bound word and its figure for the note to quote them.
BOUND_TO_FIGURE = 16


def _bound_quoted(word: str, figure: Optional[Figure], change, removed: bool) -> Optional[Tuple[str, str]]:
    """The bound with its figure on the side that has it and the same words without it on the other, when each stands
    once there: "“不超过项目投资额20%”改为“项目投资额20%”" (石景山 第八条 → 第七条, whose article keeps three other 不超过 and two
    other ratios: "上限表述“不超过”被删除：比例由上限变为固定值" did not say which ratio, useless in reading 1757)."""
    if figure is None:
        return None
    side, other = (change.old, change.new) if removed else (change.new, change.old)
    found = list(recache.compile(re.escape(word) + r"[^，。；：、\n]{0,%d}?" % BOUND_TO_FIGURE + re.escape(figure.text))
                 .finditer(side))
    if len(found) != 1:
        return None
    bound = found[0].group()
    bare = bound[len(word):]
    if other.count(bare) != 1 or side.count(bare) != 1:
        return None
    return (bound, bare) if removed else (bare, bound)


#: Characters, at most, of the words before a bound quoted with it and its figure.
BOUND_WORDS_BEFORE = 4


def _bound_shown(word: str, figure: Figure, side: str) -> str:
    """The bound with its figure and the words before it in its phrase (whole words, BOUND_WORDS_BEFORE characters at
    most), when it stands once on its side; "" else."""
    # (re.compile: a pattern of the text's own words, not one of the program's that recache keeps)
    found = list(re.compile(r"[^，。；：、\n]{0,%d}" % BOUND_WORDS_BEFORE + re.escape(word)
                            + r"[^，。；：、\n]{0,%d}?" % BOUND_TO_FIGURE + re.escape(figure.text)).finditer(side))
    if len(found) != 1:
        return ""
    at, end = found[0].span()
    start = bounds(side).right(at) if at else at
    at_word = found[0].group().find(word) + at
    return side[min(start, at_word):end]


def _note(kind: FindingKind, word: str, figure: Optional[Figure], still: List[str], change, lexicon) -> Note:
    sort = lexicon.qualifiers[word]
    label_zh, label_en = _KIND_ZH.get(sort, "限定"), _KIND_EN.get(sort, "qualifier")
    what_zh, what_en = noun(figure) if figure else ("要求", "requirement")
    removed = kind is FindingKind.QUALIFIER_REMOVED
    both = f"{still[0]}{word}{figure.text}" if still and figure is not None else ""
    if both and both in (change.old if removed else change.new) \
            and f"{still[0]}{figure.text}" in (change.new if removed else change.old):
        # (the words quoted with their figure: "上限表述“不超过”被删除，仍有“最高”，金额上限不变" read alone did not say which
        # amount, beside the ratios of the same article made fixed, 石景山 第四条, reading 1668)
        one = f"{still[0]}{figure.text}"
        before, after = (both, one) if removed else (one, both)
        zh = f"{label_zh}表述“{word}”被{'删除' if removed else '添加'}：“{before}”改为“{after}”，{what_zh}{label_zh}不变"
        en = (f"{label_en} word “{word}” {'removed' if removed else 'added'}: “{before}” became “{after}”, "
              f"the {what_en} {label_en} unchanged")
    elif still:
        zh = f"{label_zh}表述“{word}”被{'删除' if removed else '添加'}，仍有“{still[0]}”，{what_zh}{label_zh}不变"
        en = f"{label_en} word “{word}” {'removed' if removed else 'added'}; “{still[0]}” remains"
    elif sort in ("upper", "lower"):
        if removed:
            zh = f"{label_zh}表述“{word}”被删除：{what_zh}由{label_zh}变为固定值"
            en = f"{label_en} word “{word}” removed: the {what_en} is now fixed, not a {label_en}"
        else:
            zh = f"新增{label_zh}表述“{word}”：{what_zh}由固定值变为{label_zh}"
            en = f"{label_en} word “{word}” added: the {what_en} is now a {label_en}"
        which = _bound_quoted(word, figure, change, removed)
        if which:
            zh, en = f"{zh}（“{which[0]}”改为“{which[1]}”）", f"{en} (“{which[0]}” → “{which[1]}”)"
        elif figure is not None and (shown := _bound_shown(word, figure, change.old if removed else change.new)):
            # (the other side worded otherwise: the bound with its figure as its side says it, "（现为“每学年至少举办
            # 一次”）", not which quantity unsaid (体育法 第二十条 → 第二十八条, "举行" → "举办", useless in reading 1852))
            zh, en = (f"{zh}（原为“{shown}”）", f"{en} (was “{shown}”)") if removed else \
                (f"{zh}（现为“{shown}”）", f"{en} (now “{shown}”)")
    elif sort == "soft":
        zh = (f"弹性表述“{word}”被删除：{what_zh}不再留有例外" if removed
              else f"新增弹性表述“{word}”：{what_zh}留有例外")
        en = f"hedge “{word}” {'removed: no exceptions left' if removed else 'added: exceptions allowed'}"
    else:
        zh = f"“{word}”被{'删除' if removed else '添加'}：{what_zh}的计算方式改变"
        en = f"“{word}” {'removed' if removed else 'added'}: the {what_en} is counted differently"
    return Note(Finding(kind, clip(change.old) or None, clip(change.new) or None, zh, en), (word,))
