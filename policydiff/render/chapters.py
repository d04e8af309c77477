"""Chapters put in or taken out whole, said as one headline.

A full revision adds chapters: 专利法实施细则 2023 has "第五章 专利权期限补偿" (第七十七条至第八十四条) and
"第十二章 关于外观设计国际申请的特别规定", none of which the 2010 text had. A reviewer's summary says "新增第五章
“专利权期限补偿”" first; one "新增第X条" line for each of its articles, ranked among the rest, buried the chapter
(the sixty-fourth reading found both chapters missing from the top eight). ``fold`` turns the added lines of such a
chapter into one line, "新增第五章“专利权期限补偿”（第七十七条至第八十四条，共8条）", and the deleted lines of a chapter
the new version no longer has into "删除第四章“…”（原第…条至第…条，共N条）".

A chapter is new when no chapter of the other version has its title (spaces aside: "总 则" is "总则"), it is no
chapter of the other version renamed (one whose title is gone holds a third of its provisions: 体育法's "第三章 学校体育"
→ "青少年和学校体育", see ``_renamed``), and two of its provisions or more were put in (for a chapter taken out,
deleted) as new text: a chapter that also gathers provisions from elsewhere is new all the same (公司法 2023's "第二章
公司登记", 3 of its 13 provisions new, the rest from 总则; 突发事件应对法 2024's "第二章 管理与指挥体制", 3 of 10), and its
line says how many are new: none moved in ("由原第六条移入") or named where another's words went ("“公告公司终止”不再在
此规定，现见第三十七条"). Its provisions that were moved or changed keep their own lines.

Provisions put in one after another outside any chapter or section put in, all using a term the old version never
used, are a regime of their own and one line too (``_regimes``): "新增第八十五条至第八十八条（“开放许可”，共4条）".
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Dict, List, Optional, Sequence, Tuple

from ..findings.moved import NOW_AT, named_by_moves
from ..findings.unkept import UNKEPT, rewritten_throughout
from ..models import Clause, Comparison, FindingKind, Status
from ..numerals import value
from ..realign import in_penalties
from ..textratio import in_order
from .headlines import STRUCTURE_GROUP, Headline, anchor
from .phrases import name

#: A chapter headline ranks with the heaviest changes: below a deleted penalty or money provision, above a new one.
CHAPTER_WEIGHT = 96


def _chapter(clause: Clause, unit: str = "章") -> Optional[Tuple[str, str]]:
    """(the chapter's label "第五章", its title without spaces, with the titles of the parts above it: "合同编/合同的订立",
    the 民法典 having a "第一章 一般规定" in most of its parts) of the chapter a provision is in, or None. The path holds
    the headings as structure.py writes them: "第五章 专利权期限补偿", the label, one space, the title; a part is "第三编
    合同" or, as the corpus's 民法典 heads them, "合同编". ``unit`` "节": the section instead, labelled with its chapter
    ("第十五章第四节"), its title with the chapter's ("特别程序/指定遗产管理人案件": every chapter has its "一般规定")."""
    parts, labels = [], ""
    for heading in clause.path:
        label, _, title = heading.partition(" ")
        title = "".join(title.split())
        if label.startswith("第") and label.endswith(unit):
            return (labels + label, "/".join(parts + [title])) if title else None
        if unit == "节" and label.startswith("第") and label.endswith("章"):
            labels = label
        parts.append(title if label.startswith("第") and label.endswith(("编", "章")) and title
                     else "".join(heading.split()))
    return None


def _chapters(clauses, unit: str = "章") -> Dict[Tuple[str, str], List[Clause]]:
    out: Dict[Tuple[str, str], List[Clause]] = {}
    for clause in clauses:
        chapter = _chapter(clause, unit)
        if chapter is not None:
            out.setdefault(chapter, []).append(clause)
    return out


def _moved(pair) -> bool:
    """A provision put in (or taken out) whose text came from (or went to) another: "由原第六条移入" is no new rule,
    its line says where it came from."""
    return any(f.kind is FindingKind.TEXT_MOVED for f in pair.findings)


def _sentence(chapter: Tuple[str, str], clauses: List[Clause], whole: int, added: bool, lang: str,
              hedged: bool = False) -> str:
    """``hedged``: a chapter taken out of a revision that rewrites much of the text is said deleted or rewritten, its
    provisions without a counterpart not counted as deleted (findings/unkept.py): "删除第二章“矿产资源勘查的登记和开采的
    审批”（…共11条，其中删除条文10条）" counted rules the new 矿产资源法 restates (第三十一、三十五、四十一条), wrong in readings
    1167, 1201 and 1206."""
    label, title = chapter[0], chapter[1].split("/")[-1]
    n = len(clauses)
    span = _span(clauses, lang)
    if hedged and not added:
        if lang == "en":
            return f"{_name_en(label)} “{title}” {UNKEPT[1]} ({span}, {n} article{'s' if n > 1 else ''})"
        return f"{label}“{title}”{UNKEPT[0]}（原{span}，共{n}条）"
    # (hedged, a chapter put in: how many of its provisions are new is not said, some restate old rules in other words,
    # "其中新增条文12条" of 矿产资源法 2024's "矿业权", wrong in reading 1234; that some are old provisions carried over is,
    # "新增第三章“调查处置”（…共17条）" read as seventeen new provisions of 反间谍法 2023, six of them the old chapter's
    # powers, wrong in reading 1249)
    if lang == "en":
        some = "" if whole == n else ", some carried over from former articles" if hedged else \
            f", {whole} of them {'new' if added else 'deleted'}"
        return f"{'New' if added else 'Deleted'}: {_name_en(label)} “{title}” ({span}, " \
               f"{n} article{'s' if n > 1 else ''}{some})"
    some = "" if whole == n else "，部分条文由原条文移入或改写" if hedged else f"，其中{'新增' if added else '删除'}条文{whole}条"
    return f"新增{label}“{title}”（{span}，共{n}条{some}）" if added else \
        f"删除{label}“{title}”（原{span}，共{n}条{some}）"


def fold(lines: List[Headline], comparison: Comparison, lang: str, index: Dict[str, int]) -> List[Headline]:
    """``lines`` with one line for each chapter put in or taken out, in place of the lines of its provisions put in
    (taken out) whole; and for each section so put in or taken out within a chapter that was not (民事诉讼法 2023's
    "第十五章第四节 指定遗产管理人案件", four new provisions that were four headlines, two of them in the top eight, the
    second useless beside the first in the eighty-sixth reading)."""
    out = lines
    hedged = None  # (asked once, where a chapter or section is put in or taken out)
    for unit in ("节", "章"):  # (sections first: a chapter put in whole folds its sections' lines too)
        olds, news = _chapters(comparison.old.clauses, unit), _chapters(comparison.new.clauses, unit)
        if olds or news:
            hedged = rewritten_throughout(comparison.pairs) if hedged is None else hedged
            out = _folded(out, comparison, lang, index, olds, news, hedged)
            if unit == "章":  # (a chapter written anew: chapters only)
                out = _rewritten(out, comparison, lang, index, olds, news, hedged)
    return _regimes(out, comparison, lang)


#: Provisions put in one after another, at least, that a term the old version never used binds into one regime.
REGIME_AT_LEAST = 3
#: The label a regime's line is marked with (``Headline.chapter``): weighed as a chapter put in.
REGIME = "regime"


def _regimes(lines: List[Headline], comparison: Comparison, lang: str) -> List[Headline]:
    """The lines of REGIME_AT_LEAST provisions or more put in one after another (none a chapter's or section's, none moved
    in), every one of them using a term the old version never used, as one line: "新增第八十五条至第八十八条（“开放许可”，共4条）"
    (专利法实施细则 2023: four "新增第X条" lines ranked seventeenth to twentieth, the new open licence missed beside a deleted
    guidance duty in the eighth place, readings 93 and 98), "新增第一百四十四条至第一百四十六条（“类别股”，共3条）" (公司法
    2023's class shares, ranked 59th to 61st). Ranked as a chapter put in."""
    single = {line.pairs[0]: k for k, line in enumerate(lines)
              if line.kind == Status.ADDED.value and len(line.pairs) == 1 and not line.chapter}
    if len(single) < REGIME_AT_LEAST:
        return lines
    position = {c.id: k for k, c in enumerate(comparison.new.clauses)}
    added = sorted((position[comparison.pairs[i].new[0].id], i) for i in single if comparison.pairs[i].new)
    runs, run = [], []
    for at, i in added:
        if run and at != run[-1][0] + 1:
            runs.append(run)
            run = []
        run.append((at, i))
    runs.append(run)
    old_text = "\n".join(c.text for c in comparison.old.clauses)
    gone, out = set(), []
    for run in runs:
        if len(run) < REGIME_AT_LEAST:
            continue
        pairs = [i for _, i in run]
        term = _new_term([comparison.pairs[i].new_text for i in pairs], old_text,
                         [c.text for c in comparison.new.clauses])
        if not term or _title_word(term, comparison) or _in_old_words(term, old_text):
            continue
        clauses = [comparison.pairs[i].new[0] for i in pairs]
        if all(in_penalties(c) for c in clauses):
            continue  # (penalties put in are no regime: their word is the penalties' own, "改正", "十万元以上", reading 380)
        n = len(pairs)
        text = (f"New: {_span(clauses, lang)} (“{term}”, {n} articles)" if lang == "en"
                else f"新增{_span(clauses, lang)}（“{term}”，共{n}条）")
        out.append(Headline(STRUCTURE_GROUP[lang == "en"], text, [anchor(comparison.pairs[i]) for i in pairs],
                            Status.ADDED.value, pairs=pairs, chapter=REGIME))
        gone.update(single[i] for i in pairs)
    if not out:
        return lines
    return [line for k, line in enumerate(lines) if k not in gone] + out


#: Characters, at most, between two of a term's that the old version says with others between them (_in_old_words).
OLD_WORDS_GAP = 6


def _in_old_words(term: str, old_text: str) -> bool:
    """The old version says the term in other words, its characters in order with a few others between (OLD_WORDS_GAP
    at most each, the phrase at most OLD_WORDS_GAP longer; one inner character of a term of five or more may be
    missing): "旅级以上单位" is 征兵工作条例 2001's "旅、武警总队)以上单位", and its new 第四十九条 to 第五十一条 restate the old rules on recruits sent back ("新增第四十九条至第五十一条（“旅级以上单位”，共3条）"
    was wrong in reading 610)."""
    gap = f"[^。；，\n]{{0,{OLD_WORDS_GAP}}}?"
    # (one of a long term's characters may be the new version's own: the 级 of 旅级)
    variants = [term] + ([term[:k] + term[k + 1:] for k in range(1, len(term) - 1)] if len(term) >= 5 else [])
    for said in variants:
        pattern = re.escape(said[0]) + "".join(gap + re.escape(ch) for ch in said[1:])
        if any(len(m.group()) <= len(term) + OLD_WORDS_GAP for m in re.finditer(pattern, old_text)):
            return True
    return False


def _title_word(term: str, comparison: Comparison) -> bool:
    """The term is a chapter title's word put for another, the chapter renamed: "考核" of 征兵工作条例 2023's "第四章 政治考核",
    2001's "政治审查" (its first provisions restate the old 政治审查 ones: "新增第二十四条至第二十六条（“考核”，共3条）" was wrong
    in reading 602)."""
    def titles(clauses) -> set:
        return {part for clause in clauses for heading in clause.path
                for part in ["".join(heading.partition(" ")[2].split())] if part}

    old_titles = titles(comparison.old.clauses)
    for title in titles(comparison.new.clauses):
        if term in title and title not in old_titles:
            before, _, after = title.partition(term)
            if any(o.startswith(before) and o.endswith(after) and len(o) > len(before) + len(after)
                   and term not in o for o in old_titles):
                return True
    return False


#: A word in more than this share of the new version's provisions names no regime of a few: it is the version's own
#: (国境卫生检疫法 2024's "海关", the body acting in 40 of 58 articles, was the "term" of six penalties put in, reading 380).
PERVASIVE_SHARE = 1 / 3


#: Verbs of the drafting style a revision brings in, naming no regime: 监督法 2024 第二十四条至第二十六条 were "（“建立健全”，
#: 共3条）" (useless in reading 491: the three reports, on state assets, government debt and financial work, unsaid).
_STOCK_VERBS = frozenset({"建立健全", "健全", "完善", "加强", "推进", "推动", "促进", "支持", "鼓励"})


def _new_term(texts: List[str], old_text: str, new_texts: Sequence[str] = ()) -> str:
    """The word (two characters or more, as jieba cuts the first text) every text uses and the old version never does,
    said most often; widened while every text still holds it ("类别" → "类别股"). None in more than PERVASIVE_SHARE of
    ``new_texts`` (the new version's provisions). Empty when there is none."""
    from ..findings.words import _tokenizer

    found = {w for w in _tokenizer().cut(texts[0]) if len(w) >= 2 and all(w in t for t in texts) and w not in old_text
             and w not in _STOCK_VERBS}
    found = {w for w in found if sum(w in t for t in new_texts) <= PERVASIVE_SHARE * len(new_texts)}
    if not found:
        return ""
    term = min(found, key=lambda w: (-sum(t.count(w) for t in texts), -len(w), w))
    first = texts[0]
    while True:
        at = first.find(term)
        wider = first[at:at + len(term) + 1]
        if len(wider) > len(term) and "\u4e00" <= wider[-1] <= "\u9fff" and all(wider in t for t in texts):
            term = wider
            continue
        return term


def _folded(lines: List[Headline], comparison: Comparison, lang: str, index: Dict[str, int], olds, news,
            hedged: bool = False):
    old_titles, new_titles = {t for _, t in olds}, {t for _, t in news}
    chapter_of = {c.id: chapter for chapters in (olds, news) for chapter, clauses in chapters.items() for c in clauses}
    out = list(lines)
    there = {label for pair in comparison.pairs for label in named_by_moves(pair.findings, NOW_AT)}  # where words went
    for chapters, others, added in ((news, old_titles, True), (olds, new_titles, False)):
        status = Status.ADDED if added else Status.DELETED
        for chapter, clauses in chapters.items():
            if not others or chapter[1] in others or len(clauses) < 2:
                continue  # (a text first divided into chapters has no chapter put in: 保障中小企业款项支付条例 2025)
            pairs = sorted({index[c.id] for c in clauses if c.id in index})
            whole = [i for i in pairs if comparison.pairs[i].status is status and not _moved(comparison.pairs[i])]
            here = new_titles if added else old_titles
            if len(whole) < 2 or _renamed(pairs, comparison, chapter_of, here, added) \
                    or _renamed_whole(chapter, added, comparison, index, olds, news):
                continue
            merged = _merged_from(chapter, pairs, comparison, chapter_of, here, added)
            folded = set(whole)
            kind = status.value
            out = [line for line in out if not (line.kind == kind and line.pairs and set(line.pairs) <= folded)]
            # (counted new: not one another provision's note says holds its words, "“公告公司终止”不再在此规定，现见第三十七条")
            fresh = [i for i in whole if not added or comparison.pairs[i].new[0].display_label not in there]
            said = _merged_sentence(merged, chapter, clauses, lang) if merged else \
                _sentence(chapter, clauses, len(fresh), added, lang, hedged)
            out.append(Headline(STRUCTURE_GROUP[lang == "en"], said,
                                [anchor(comparison.pairs[i]) for i in whole], kind, pairs=list(whole),
                                chapter=chapter[0]))
    return out


#: A provision kept in name only: its new text this little like its old (the pair's similarity, 0–1).
KEPT_IN_NAME = 0.5


def _rewritten(lines: List[Headline], comparison: Comparison, lang: str, index: Dict[str, int], olds, news,
               hedged: bool = False):
    """``lines`` with one line for each chapter kept under its title but written anew, in place of the lines of its
    provisions taken out (whole or in part). A chapter is written anew when two of its provisions or more, a third of it
    at least, were taken out, those and the ones kept in name only (KEPT_IN_NAME) are half of it or more, and the chapter
    of the new version with its title puts in at least as many provisions as were taken out (海洋环境保护法 2023's
    法律责任, 4 of 21 taken out and most of the rest with higher fines, is revised, not written anew). "第四十七条（…）
    整条删除" of such a chapter (体育法 2022's 法律责任, 6 provisions: 4 taken out, 第四十九条 kept in name; 8 put in) read as a
    rule gone, when the chapter's new provisions restate much of it in other words (第一百一十二条, 第一百一十七条: wrong in the
    sixty-ninth and seventieth readings)."""
    by_title = {chapter[1]: (chapter, clauses) for chapter, clauses in news.items()}
    out = lines
    for chapter, clauses in olds.items():
        there = by_title.get(chapter[1]) or _renamed_into(chapter, clauses, comparison, index, olds, news)
        if there is None or len(clauses) < 3:
            continue
        pairs = sorted({index[c.id] for c in clauses if c.id in index})
        statuses = [comparison.pairs[i] for i in pairs]
        taken = [i for i, p in zip(pairs, statuses) if p.status is Status.DELETED]
        # (counted by provision: a merge of two of them kept in name is two, 国境卫生检疫法 2018 第八条、第九条 → 2024 第十条)
        in_name = [c for c in clauses if c.id in index for p in [comparison.pairs[index[c.id]]]
                   if p.status is not Status.DELETED and p.similarity < KEPT_IN_NAME]
        new_chapter, new_clauses = there
        theirs = sorted({index[c.id] for c in new_clauses if c.id in index})
        put = [i for i in theirs if comparison.pairs[i].status is Status.ADDED and not _moved(comparison.pairs[i])]
        # (two provisions joined into one kept in name only: one of them taken out)
        joined = sum(len(p.old) - 1 for p in statuses if p.status is not Status.DELETED and p.similarity < KEPT_IN_NAME)
        taken_out = len(taken) + joined
        if taken_out < 2 or 3 * taken_out < len(clauses) or 2 * (len(taken) + len(in_name)) < len(clauses) \
                or len(put) < len(taken):
            continue
        # (the lines of its provisions taken out, whole or in part, "…部分内容现见新增的第一百零九条" too: the chapter's line
        # says what took their place)
        within = set(taken) | set(theirs)
        folded = [line for line in out if line.kind == "deleted" and line.pairs and set(line.pairs) <= within
                  and set(line.pairs) & set(taken)]
        if not folded:
            continue
        gone = {id(line) for line in folded}
        out = [line for line in out if id(line) not in gone]
        whole = sorted({i for line in folded for i in line.pairs if i in taken})
        out.append(Headline(STRUCTURE_GROUP[lang == "en"],
                            _rewritten_sentence(chapter, clauses, new_chapter, new_clauses, len(put), lang,
                                                renamed=new_chapter[1] != chapter[1], hedged=hedged),
                            [anchor(comparison.pairs[i]) for i in whole], "deleted", pairs=whole, chapter=chapter[0]))
    return out


def _number(label: str):
    """A chapter's number in English: 5 for "第五章" (the label itself when it is none)."""
    number = value(label[1:-1])
    return int(number) if number else label


def _name_en(label: str) -> str:
    """"Chapter 5" for "第五章"; a section with its chapter's, "Chapter 15, Section 4" for "第十五章第四节"."""
    if not label.endswith("节"):
        return f"Chapter {_number(label)}"
    chapter, _, section = label.rpartition("第")
    return f"{_name_en(chapter) + ', ' if chapter else ''}Section {_number('第' + section)}"


def _span(clauses: List[Clause], lang: str) -> str:
    if lang == "en":
        first, last = name(clauses[0], lang), name(clauses[-1], lang)
        return first if len(clauses) == 1 else f"{first.replace('Article ', 'Articles ')}–{last.split(' ')[-1]}"
    return clauses[0].display_label if len(clauses) == 1 else f"{clauses[0].display_label}至{clauses[-1].display_label}"


def _renamed_into(chapter, clauses, comparison: Comparison, index: Dict[str, int], olds, news):
    """The chapter (or section) of the new version, under a title none of the old version has, that every one of this one's
    provisions kept went to, RENAMED_AT_LEAST of them, and that holds more of them than of all others, one at most of each:
    this one under a new title (国境卫生检疫法 2024's "第二章 检疫" → "第二章 检疫查验", ``_renamed_whole``). None when there is
    none."""
    new_titles, old_titles = {t for _, t in news}, {t for _, t in olds}
    if chapter[1] in new_titles:
        return None
    new_of = {c.id: chapter_ for chapter_, cs in news.items() for c in cs}  # (chapters, or sections: as ``news`` holds)
    went = set()
    for c in clauses:
        pair = comparison.pairs[index[c.id]] if c.id in index else None
        if pair is not None and pair.old and pair.new:
            went.update(new_of.get(n.id) for n in pair.new)
    if len(went) != 1 or None in went:
        return None
    new_chapter = went.pop()
    kept = sum(1 for c in clauses if c.id in index for pair in [comparison.pairs[index[c.id]]] if pair.new and pair.old)
    if new_chapter[1] in old_titles or kept < _renamed_at_least(chapter, new_chapter):
        return None
    old_of = {c.id: chapter_ for chapter_, cs in olds.items() for c in cs}
    came = Counter(old_of.get(o.id) for n in news[new_chapter] if n.id in index for o in comparison.pairs[index[n.id]].old)
    came.pop(None, None)
    # (most of what it holds from this one, another chapter giving it one provision at most: a provision another chapter's
    # rewrite gave it, 国境卫生检疫法 2018 第十七条 (传染病监测) → 2024 第十二条, leaves "第二章 检疫" the old chapter under a new
    # title; two chapters each giving several were merged, _merged_from)
    mine = came.pop(chapter, 0)
    return (new_chapter, news[new_chapter]) if mine > sum(came.values()) and max(came.values(), default=0) <= 1 \
        else None


def _rewritten_sentence(chapter, clauses, new_chapter, new_clauses, put: int, lang: str, renamed: bool = False,
                        hedged: bool = False) -> str:
    """"“法律责任”一章重新编写：原第七章第四十七条至第五十二条（共6条）由现第十一章第一百零九条至第一百一十九条（共11条，其中新增
    条文8条）取代". What took the old provisions' place, not that they are gone: "原第四十七条、第四十八条、第五十一条的条文
    未予保留" read as rules deleted that 第一百一十二条 and 第一百一十七条 restate (wrong in the seventy-second reading)."""
    title = chapter[1].split("/")[-1]
    n, m = len(clauses), len(new_clauses)
    now = new_chapter[1].split("/")[-1]
    # (a chapter renamed as well: how many of its provisions are new is not said, its provisions restate the old ones in
    # other words too far for them to be paired: "其中新增条文10条" of 国境卫生检疫法's "检疫查验", of which seven or eight
    # are, wrong in readings 388 and 389); nor in a revision that rewrites much of the text (findings/unkept.py: "12 of them
    # new" of 矿产资源法 2024's 法律责任, whose 第六十四、七十三、七十五条 restate old rules, wrong in reading 1234)
    uncounted = renamed or hedged
    if lang == "en":
        return (f"Chapter “{title}” rewritten{f' as “{now}”' if renamed else ''}: former Chapter {_number(chapter[0])}, "
                f"{_span(clauses, lang)} ({n} article{'s' if n > 1 else ''}), replaced by Chapter "
                f"{_number(new_chapter[0])}, {_span(new_clauses, lang)} ({m} article"
                f"{'s' if m > 1 else ''}{'' if uncounted else f', {put} of them new'})")
    return (f"“{title}”一章{f'改为“{now}”并' if renamed else ''}重新编写：原{chapter[0]}{_span(clauses, lang)}（共{n}条）由现"
            f"{new_chapter[0]}{_span(new_clauses, lang)}"
            f"（共{m}条{'' if uncounted else f'，其中新增条文{put}条'}）取代")


def _renamed(pairs: List[int], comparison: Comparison, chapter_of, titles_here, added: bool) -> bool:
    """The chapter is one of the other version's under a new title: a chapter of that version whose title this one no
    longer has holds a third of its provisions or more (体育法's "第三章 学校体育" → "青少年和学校体育", 7 of 15; 专利法实施细则's
    "第六章 专利实施的强制许可" → "…特别许可", 3 of 7). A chapter that gathers provisions from chapters still there is new
    (公司法 2023's "第七章 国家出资公司组织机构的特别规定", from 第二章's section on 国有独资公司)."""
    counts: Dict[Tuple[str, str], int] = {}
    for i in pairs:
        pair = comparison.pairs[i]
        for clause in (pair.old if added else pair.new):
            theirs = chapter_of.get(clause.id)
            if theirs is not None and theirs[1] not in titles_here:
                counts[theirs] = counts.get(theirs, 0) + 1
    return any(3 * n >= len(pairs) for n in counts.values())


def _renamed_whole(chapter: Tuple[str, str], added: bool, comparison: Comparison, index: Dict[str, int], olds, news
                   ) -> bool:
    """The chapter and one of the other version are one chapter under a new title by ``_renamed_into``: 国境卫生检疫法
    2024's "第二章 检疫查验" is the old "第二章 检疫" (five of its 16 provisions from there, every one of the eight that was
    kept), not a chapter put in, "新增第二章“检疫查验”", wrong in reading 380."""
    if not added:
        return _renamed_into(chapter, olds[chapter], comparison, index, olds, news) is not None
    return any((_renamed_into(old, clauses, comparison, index, olds, news) or (None,))[0] == chapter
               for old, clauses in olds.items())


#: Provisions, at least, a chapter no longer there gives one of the other version for the two to be one chapter renamed
#: when they are all it kept (``_renamed_into``).
RENAMED_AT_LEAST = 3
#: The same, of a chapter whose number the new one keeps: 征兵工作条例 2023's "第二章 征兵准备" is 2001's "第二章 兵役登记"
#: (the two of its four provisions kept both there, the other two restated in its new ones), not a chapter put in,
#: "新增第二章“征兵准备”", wrong in reading 602.
RENAMED_IN_PLACE = 2


def _renamed_at_least(chapter: Tuple[str, str], new_chapter: Tuple[str, str]) -> int:
    """Provisions kept, at least, for ``chapter`` to be ``new_chapter`` renamed (_renamed_into): RENAMED_AT_LEAST; under
    the same number, RENAMED_IN_PLACE, and one when the two titles open or end alike (征兵工作条例's "第四章 政治审查" → "第四章
    政治考核": its one provision kept, 第二十条, there, the other two restated in its new ones; "新增第二十四条至第二十六条
    （“考核”，共3条）" was wrong in reading 602)."""
    if new_chapter[0] != chapter[0]:
        return RENAMED_AT_LEAST
    a, b = chapter[1].split("/")[-1], new_chapter[1].split("/")[-1]
    return 1 if len(a) >= 4 and len(b) >= 4 and (a[:2] == b[:2] or a[-2:] == b[-2:]) else RENAMED_IN_PLACE


#: Provisions, at least, each chapter merged into a new one gives it.
MERGED_EACH = 2


def _merged_from(chapter: Tuple[str, str], pairs: List[int], comparison: Comparison, chapter_of, titles_here,
                 added: bool) -> List[Tuple[str, str]]:
    """The chapters of the old version, two or more, whose titles the new one no longer has and holds, each in order, in
    its own title, that each give a chapter put in MERGED_EACH provisions or more and together a third of it or more: the
    chapter is those merged, not new (征兵工作条例 2001's "第六章 交接新兵" and "第七章 运输新兵" are 2023's "第六章 交接运输
    新兵", three provisions each of its thirteen: "新增第六章“交接运输新兵”" was wrong in reading 326; 反间谍法 2023's
    "第四章 保障与监督" gathers provisions of two old chapters under a title of its own, and stays new). Empty for a chapter
    taken out, or not so made."""
    if not added:
        return []
    title = chapter[1].split("/")[-1]
    counts: Dict[Tuple[str, str], int] = {}
    for i in pairs:
        for clause in comparison.pairs[i].old:
            theirs = chapter_of.get(clause.id)
            if theirs is not None and theirs[1] not in titles_here:
                counts[theirs] = counts.get(theirs, 0) + 1
    given = [c for c, n in counts.items() if n >= MERGED_EACH and in_order(c[1].split("/")[-1], title)]
    if len(given) < 2 or 3 * sum(counts[c] for c in given) < len(pairs):
        return []
    return sorted(given, key=lambda c: min(k for k, clause in enumerate(comparison.old.clauses)
                                           if chapter_of.get(clause.id) == c))


def _merged_sentence(merged: List[Tuple[str, str]], chapter: Tuple[str, str], clauses: List[Clause], lang: str) -> str:
    """"原第六章“交接新兵”、第七章“运输新兵”合并为第六章“交接运输新兵”（第三十五条至第四十七条，共13条）". How many of its
    provisions are new is not said, as of a chapter renamed (_rewritten_sentence): the chapters merged restate their
    provisions in other words too far for all of them to be paired ("其中新增条文7条" of 征兵工作条例's, of which four are, wrong
    in reading 602)."""
    n, span = len(clauses), _span(clauses, lang)
    title = chapter[1].split("/")[-1]
    if lang == "en":
        olds = ", ".join(f"{_name_en(c[0])} “{c[1].split('/')[-1]}”" for c in merged)
        return f"Former {olds} merged into {_name_en(chapter[0])} “{title}” ({span}, {n} article{'s' if n > 1 else ''})"
    olds = "、".join(f"{c[0]}“{c[1].split('/')[-1]}”" for c in merged)
    return f"原{olds}合并为{chapter[0]}“{title}”（{span}，共{n}条）"
