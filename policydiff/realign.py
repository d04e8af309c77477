"""A second look at the alignment: the rules a reviewer applies when reading it.

The aligner (``align``) keeps the order of the text wherever it can: anchors,
then a monotone table in each gap, then moves between what is left. On a big
rewrite that order costs a few pairings a reviewer spots at once. This module
revisits the finished alignment with these rules, in this order:

0. **A pairing needs a basis.** One whose texts are little alike (similarity
   under ``BASELESS_RATIO``) and share none of their distinctive phrasing
   (weighted share under ``BASELESS_SHARE``: only the boilerplate every article
   has) is undone: 公司法 2018 第六十条 (一人有限责任公司章程由股东制定) is not
   2023 第八十三条 (不设监事会). So is one still less alike (``HOLLOW_RATIO``) whose
   new clause holds almost none of the old one's distinctive phrasing
   (``HOLLOW_SHARE``), however much of a short new clause's stock words the old
   one holds: 行政复议法 第十五条 is not 第二十八条.
1. **A strong pairing beats a weak one.** An old clause paired weakly (or left
   deleted) whose text is found almost whole elsewhere in the new version is
   paired there instead, when it is also that new clause's best match; the
   partners it leaves become deleted/added (and may pair with each other or
   move).
2. **Penalties follow the duties they punish.** A clause that cites articles
   of its own law ("违反本法第十三条规定…") scores higher with a new clause citing
   the articles those became; so a penalty clause pairs with the new penalty
   for the same duty, not with its neighbour's.
3. **A rewritten clause between two anchors** — one deleted and one added at
   the same place, the only ones there, or the last of both texts after the
   last anchor (反间谍法 第四十条 "本法自公布之日起施行…" → 第七十一条) — is paired
   when its citations or its heading tie it to the new one, or their texts
   share real phrasing.
   More widely, a deleted and an added clause under the same section heading
   (第一节 设立 → 第一节 设立, whatever the chapter's new number) that are each
   other's closest match there are one clause rewritten, when they share some
   phrasing (``SECTION_RATIO`` and ``SECTION_EVIDENCE``) or one holds most of the
   other (``SECTION_CONTAINED``): 公司法 2018 第七十六条 (设立股份有限公司应当具备下列条件 …
   （四）发起人制订公司章程) → 2023 第九十四条 (设立股份有限公司，应当由发起人共同制订公司章程).
4. **Distinctive phrasing carried over.** A deleted and an added clause that
   are each other's closest match by the phrasing only they share (trigrams
   weighted as for splits, so boilerplate counts for little) are one clause
   rewritten when that share (``PHRASING_SHARE``) and the plain containment
   (``PHRASING_CONTAINED``) are both real: 行政复议法 2017 第三十条 (侵犯其已经依法取得的
   自然资源的所有权或者使用权的，应当先申请行政复议) → 2023 第二十三条 (先申请行政复议的情形).
   Not in chapters of sanctions, as above.
5. **Neighbours paired crosswise.** Two neighbouring pairings in the chapters of
   sanctions (a → x, b → y) whose clauses share far more distinctive phrasing the
   other way round (a → y, b → x: ``CROSSED`` times as much, ``CROSSED_SHARE`` at
   least), a and y each other's best match in the whole of the other version, are
   that other way round: the order of the text paired the penalties of two duties by
   their boilerplate (农产品质量安全法 2018 第四十九条, 保鲜剂、防腐剂、添加剂, is 2022
   第七十二条 (二), not 第七十一条).
6. **The enacting clauses pair.** The old version's "根据…，制定本法" among its first
   three articles and the new one's are one clause rewritten, when the new one
   stands alone and the old one is alone or paired with a clause that enacts nothing
   (国务院组织法 1982 第一条 → 2024 第一条, not 第二条).
7. **Penalties paired by their conduct.** A deleted and an added penalty (under a
   heading of sanctions, or, in a version without chapters, a clause that imposes
   one) are one penalty rewritten when the conduct each punishes (its opening up to
   the first "的，") is the other's closest in the words only conducts of this law
   share rarely (``CONDUCT_SHARE``): the boilerplate of sanctions, which rule 4
   leaves out, is no part of a conduct (中国人民解放军实施《药品管理法》办法 2004 第二十一条,
   未取得《医疗机构制剂许可证》配制制剂, is 2025 第三十八条, 未取得…军队医疗机构制剂许可证生产、供应药品).

8. **A clause kept whole as a paragraph.** An old clause of one paragraph, paired
   no nearer than ``PARAGRAPH_WEAK`` (or deleted), that is nearly word for word
   (``PARAGRAPH_SAME``) one paragraph of an added clause, and that paragraph's
   nearest old clause, is that clause, new paragraphs added around it: whole-text
   similarity, weighed down by the added paragraphs, does not see it (危害食品安全刑事案件解释
   2013 第十条 → 2021 第十五条, not 第十二条).

9. **Penalties of other conducts are no pair** (run just before rule 7). A pairing of
   two penalties less alike than ``OTHER_CONDUCT_RATIO`` whose conducts (the
   openings of all their paragraphs) share almost none of their rarer words
   (``OTHER_CONDUCT``) is undone, and rule 7 may pair each with its own: the
   boilerplate of sanctions had paired 体育法 2016 第五十条 (侵占、破坏公共体育设施)
   with 2022 第一百一十九条 (civil liability for every breach), not 第一百一十四条.

10. **The neighbour that holds it** (run after rule 5). A weak pairing (a → x) beside an
   added clause y that holds more of a's distinctive phrasing, and all of what x shares
   with a, a and y each other's best, is a → y, x added: the order of the text paired
   反间谍法 2014 第十五条 (查封、扣押、冻结) with 2023 第二十九条 (查询财产信息) by the
   opening both new clauses share, not with 第三十条. The other way round too: a weak pairing (a → x) beside a deleted
   clause b that holds twice as much of x's distinctive phrasing (``BESIDE_HOLDS``), b and x each other's best, is
   b → x, a deleted: 征兵工作条例 2001 第四十五条 (开展征兵工作所需经费, 兵役征集费) is 2023 第五十七条, not 第四十六条
   (为武警部队征集新兵所需经费), its short neighbour.

11. **Penalties whose conducts went elsewhere are no pair** (run after rule 9). A
   weak pairing of two penalties none of whose old conducts its partner says near,
   each said nearly word for word by another new penalty, is undone
   (人体器官捐献和移植条例 2007 第三十条 is 2023 第四十条（三）, not 第四十三条).

12. **Neighbours joined** (run last, after the moves: ``joined_neighbours``). A deleted clause beside an old clause
   paired one to one, whose nearest clause in the whole new version is that pairing's new clause, that holds some of
   its distinctive phrasing (``JOIN_SHARE``) and that makes the old side read nearer the new one once joined
   (``JOIN_GAIN``), went there with its neighbour: a merge (and the same for an added clause beside the new one: a
   split). The order of the text cannot see it when the pairing moved or the gap's table found the one-to-one pairing
   better: 征兵工作条例 2001 第四条 and 第五条 are 2023 第五条, 矿产资源法 2009 第二十九条 and 第三十条 are 2024 第三十九条,
   国境卫生检疫法 2018 第八条 and 第九条 are 2024 第十条 ("整条删除" beside them, wrong in readings 640, 655 and 657).

13. **The same opening** (run after rule 4). A deleted and an added clause that open on the same subject doing the same
   thing (``OPENING_SAME`` characters alike, a word of duty among them), the only clauses left over that open so, are
   one clause rewritten however little else they share: 职业教育法 1996 第二十三条 (…实施职业教育应当实行产教结合) is 2022
   第四十条 (…实施职业教育应当注重产教融合).

14. **A paragraph rewritten** (run after rule 13). A deleted and an added clause, each the other's best by distinctive
   phrasing among those left over, one paragraph of which is half the other's (``PARAGRAPH_ALIKE``), are one clause
   rewritten, unless more of the old clause's paragraphs stand near word for word in one other new clause
   (``PARAGRAPH_SAID``): 国境卫生检疫法 2018 第四条 is 2024 第九条's first paragraph.

Scores are the Indel ratio of the texts (as ``align`` uses) plus the citation
agreement; the thresholds below were set on the corpus' five full revisions
and checked against the synthetic revisions of every statute (tests/test_revisions.py).
"""
from __future__ import annotations

import math
import os
from collections import Counter
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Tuple

from . import conduct, recache, similarity
from .structure import chinese_number

#: Rule 0: below this similarity and this distinctive share a pairing has no basis.
BASELESS_RATIO = 0.3
BASELESS_SHARE = 0.1
#: A pairing at most this similar is weak: a far better partner elsewhere may take its clause.
WEAK = 0.6
#: How much better (similarity) the other partner must be.
MARGIN = 0.25
#: The least similarity for a strong pairing.
STRONG = 0.5
#: Weight of citation agreement (Jaccard of the cited articles, mapped old → new).
CITES = 0.3
#: Least trigram containment for rule 3 without a citation or heading to tie the two.
REWRITE_EVIDENCE = 0.2
#: Rule 3 within a section: least similarity and trigram containment, or containment alone.
SECTION_RATIO = 0.3
SECTION_EVIDENCE = 0.15
SECTION_CONTAINED = 0.5
#: Rule 4: least distinctive share and plain containment (0.25: 职业教育法 1996 第二十八条, the costs of training, holds 0.29
#: of 2022 第五十八条, the training fund that bears them; "整条删除" was wrong in reading 841).
PHRASING_SHARE = 0.2
PHRASING_CONTAINED = 0.25
#: Sections of sanctions, left out of the section rule: every article there shares the boilerplate
#: of fines (由…责令改正，处…罚款), so shared phrasing says nothing (公司法 第二百零二条 ≠ 第二百五十一条).
PENALTY_SECTIONS = ("法律责任", "罚则")
_CONTAINER_NUMBER = recache.compile(r"^第[零〇一二三四五六七八九十百千\d]+[编章节]\s*")

_CITE = recache.compile(r"(?<![》〉])第([零〇一二三四五六七八九十百千\d]+)条")


def _cited(scorer, side, index: int, cache: Dict) -> FrozenSet[int]:
    """The article numbers a clause cites in its own law (not its own number)."""
    got = cache.get(index)
    if got is None:
        clause = side.clauses[index]
        alike = (clause.text, clause.number)  # (a text said many times is read once)
        got = cache.get(alike)
        if got is None:
            numbers = {chinese_number(m.group(1)) for m in _CITE.finditer(clause.text)}
            got = cache[alike] = frozenset(n for n in numbers if n is not None and n != clause.number)
        cache[index] = got
    return got


class Shares:
    """The distinctive share of phrasing two clauses have in common: ``parts`` (of the old clause's weight, of the new
    one's), called, the larger; each clause's total weight summed once and every result kept."""

    def __init__(self, scorer):
        self.scorer = scorer
        self._got: Dict[Tuple[int, int], Tuple[float, float]] = {}

    def parts(self, i: int, j: int) -> Tuple[float, float]:
        got = self._got.get((i, j))
        if got is None:
            scorer = self.scorer
            weight = scorer.weight
            a, b = scorer.old.grams(i), scorer.new.grams(j)
            total_a, total_b = scorer.total_old(i), scorer.total_new(j)
            shared = sum(map(weight.__getitem__, a & b))
            got = self._got[(i, j)] = (shared / total_a if total_a else 0.0, shared / total_b if total_b else 0.0)
        return got

    def __call__(self, i: int, j: int) -> float:
        return max(self.parts(i, j))


class _Citations:
    """Citation agreement between an old and a new clause, through the alignment found so far."""

    def __init__(self, scorer, steps):
        self.scorer = scorer
        self.old_cache: Dict[int, FrozenSet[int]] = {}
        self.new_cache: Dict[int, FrozenSet[int]] = {}
        self.to_new: Dict[int, set] = {}
        self.mapped: Dict[int, set] = {}
        for step in steps:
            if step.olds and step.news:
                for i in step.olds:
                    number = scorer.old.clauses[i].number
                    if number is not None:
                        self.to_new.setdefault(number, set()).update(
                            scorer.new.clauses[j].number for j in step.news if scorer.new.clauses[j].number is not None)

    def cites(self, i: int) -> bool:
        """True when old clause i cites articles of its own law."""
        return bool(_cited(self.scorer, self.scorer.old, i, self.old_cache))

    def targets(self, i: int) -> set:
        """The new numbers of the articles old clause i cites (through the alignment so far)."""
        mapped = self.mapped.get(i)
        if mapped is None:
            mapped = set()
            for number in _cited(self.scorer, self.scorer.old, i, self.old_cache):
                mapped |= self.to_new.get(number, set())
            self.mapped[i] = mapped
        return mapped

    def agreement(self, i: int, j: int) -> float:
        mapped = self.targets(i)
        if not mapped:
            return 0.0
        new = _cited(self.scorer, self.scorer.new, j, self.new_cache)
        if not new:
            return 0.0
        return len(mapped & new) / len(mapped | new)


def refine(scorer, steps: List, step_type, shares: Optional[Shares] = None) -> List:
    """The alignment after the rules above; user-fixed steps and exact matches are never touched."""
    shares = shares or Shares(scorer)
    steps = _drop_baseless(scorer, steps, step_type, shares)
    steps = _strong_beats_weak(scorer, steps, step_type)
    steps = _pair_rewrites(scorer, steps, step_type, shares)
    steps = _pair_in_section(scorer, steps, step_type)
    steps = _pair_by_phrasing(scorer, steps, step_type, shares)
    steps = _pair_by_opening(scorer, steps, step_type)
    steps = _pair_by_paragraph(scorer, steps, step_type, shares)
    steps = _uncrossed(scorer, steps, step_type, shares)
    steps = _beside_an_added(scorer, steps, step_type, shares)
    steps = _beside_a_deleted(scorer, steps, step_type, shares)
    steps = _enactments_paired(scorer, steps, step_type)
    steps = _other_conducts_apart(scorer, steps, step_type)
    steps = _conducts_gone_elsewhere(scorer, steps, step_type)
    steps = _conduct_partner_added(scorer, steps, step_type)
    steps = _penalties_by_conduct(scorer, steps, step_type)
    return _whole_in_a_paragraph(scorer, steps, step_type)


#: A pairing of two penalties less alike than this whose conducts share less than OTHER_CONDUCT of their rarer words …
OTHER_CONDUCT_RATIO, OTHER_CONDUCT = 0.6, 0.03


def _other_conducts_apart(scorer, steps: List, step_type) -> List:
    """9. **Penalties of other conducts are no pair.** A pairing of two penalties that punish conducts sharing almost none
    of their rarer words (OTHER_CONDUCT), their texts no nearer than OTHER_CONDUCT_RATIO, is undone: the boilerplate of
    sanctions ("责令限期改正；逾期不改正的，可以处…罚款") paired them (农产品质量安全法 2018 第四十八条, packaging and labels, is not 2022
    第七十五条, traceability: "罚款由2000元以下提高到1万元以下" was wrong, a headline, in reading 344). Rule 7 may pair them again,
    each with its own."""
    apart = _of_other_conducts(scorer, [(n, s.olds[0], s.news[0]) for n, s in enumerate(steps)
                                        if len(s.olds) == 1 and len(s.news) == 1 and not s.user])
    return _undone(steps, apart, step_type)


def _undone(steps: List, apart: set, step_type) -> List:
    """``steps`` with the pairings numbered in ``apart`` undone: each a deletion and an addition in its place."""
    if not apart:
        return steps
    out = []
    for n, step in enumerate(steps):
        out += [step_type(step.olds, ()), step_type((), step.news)] if n in apart else [step]
    return out


def _of_other_conducts(scorer, pairs: Sequence[Tuple[object, int, int]]) -> set:
    """The keys of the (key, old clause, new clause) pairings that rule 9 undoes: two penalties of other conducts."""
    found = []
    for key, i, j in pairs:
        if scorer.old.keys[i] == scorer.new.keys[j]:
            continue
        a, b = _penalty_conduct(scorer.old, i, listed=False), _penalty_conduct(scorer.new, j, listed=False)
        if a and b and scorer.ratio(i, j) < OTHER_CONDUCT_RATIO:
            # (the conducts of every paragraph: 体育法 2016 第四十九条's betting is 2022 第一百一十二条's second paragraph)
            found.append((key, _conducts_said(scorer.old.clauses[i].text), _conducts_said(scorer.new.clauses[j].text)))
    if not found:
        return set()
    weight = _conduct_weights(scorer)
    # (two conducts whose words weigh nothing, every penalty saying them, tell nothing apart)
    return {key for key, wa, wb in found
            if any(weight.get(w, 0.0) for w in wa | wb) and _conduct_share(weight, wa, wb) < OTHER_CONDUCT}


def _weak_penalty_pairings(scorer, steps: List) -> List[Tuple[int, int, int]]:
    """(step number, old clause, new clause) of the one-to-one pairings of two penalties, not the user's, not word for word,
    less alike than OTHER_CONDUCT_RATIO: those rules 11 and 15 read."""
    return [(n, s.olds[0], s.news[0]) for n, s in enumerate(steps) if len(s.olds) == 1 and len(s.news) == 1
            and not s.user and in_penalties(scorer.old.clauses[s.olds[0]]) and in_penalties(scorer.new.clauses[s.news[0]])
            and scorer.old.keys[s.olds[0]] != scorer.new.keys[s.news[0]]
            and scorer.ratio(s.olds[0], s.news[0]) < OTHER_CONDUCT_RATIO]


#: Rule 11: an old conduct this near (Indel ratio of their keys) a conduct or item of another new penalty went there; one
#: this near a conduct or item of its own pairing stayed.
GONE_ELSEWHERE, STAYED = 0.75, 0.5
#: Characters, at least, of a conduct read by rule 11.
CONDUCT_AT_LEAST = 8


def _conducts_gone_elsewhere(scorer, steps: List, step_type) -> List:
    """11. **Penalties whose conducts went elsewhere are no pair.** A weak pairing of two penalties (less alike than
    OTHER_CONDUCT_RATIO) none of whose old conducts (its paragraphs' openings, its list's items) its partner says near
    (STAYED), each of them said nearly word for word by another new penalty (GONE_ELSEWHERE), is undone: the order of the
    text paired 人体器官捐献和移植条例 2007 第三十条 (doctors in the death determination, now 2023 第四十条（三）) with 第四十三条:
    "新增5万–20万元罚款" of a conduct 第四十三条 never punished was a headline, wrong in readings 641 and 646. (Undoing a pairing
    when one conduct alone went elsewhere also took 第二十九条 from 第四十一条, rightly, but came apart 反间谍法 第二十七条 →
    第五十三条 and paired 第二十九条 with it.)"""
    weak = _weak_penalty_pairings(scorer, steps)
    if not weak:
        return steps
    from rapidfuzz.fuzz import ratio

    units = [(j, unit) for j, clause in enumerate(scorer.new.clauses) if in_penalties(clause)
             for unit in _conduct_units(clause.text)]
    apart = set()
    for n, i, j in weak:
        mine = _conduct_units(scorer.old.clauses[i].text)
        theirs = [u for k, u in units if k == j]
        if not mine or not theirs:
            continue
        if any(ratio(c, u) >= 100 * STAYED for c in mine for u in theirs):
            continue
        if all(any(k != j and ratio(c, u) >= 100 * GONE_ELSEWHERE for k, u in units) for c in mine):
            apart.add(n)
    return _undone(steps, apart, step_type)


#: Rule 15: a pairing of penalties whose conducts (their lists' items read) share less than this …
WEAK_CONDUCT = 0.1


def _conduct_partner_added(scorer, steps: List, step_type) -> List:
    """15. **A penalty's own conduct beats the order of the text.** A weak pairing of two penalties (less alike than
    OTHER_CONDUCT_RATIO) whose conducts, their lists' items read, share less than WEAK_CONDUCT of their rarer words, while
    an added penalty's conducts are the old one's closest of all the new version's penalties and it theirs (CONDUCT_SHARE at
    least), is undone; rule 7 then pairs the old penalty with that one. The order of the text had paired 人体器官捐献和移植条例
    2007 第二十九条 (医疗机构 that decide on a removal the ethics committee did not approve…) with 2023 第四十一条 (跨区域转运,
    转介信息, 虚假材料: new offences) while 第四十二条 (医疗机构未经人体器官移植伦理委员会审查同意获取人体器官) was "新增": a
    rank-3 headline "新增10万–50万元罚款" of the wrong article, wrong in every reading of the law (838, 857, 877, 893)."""
    weak = _weak_penalty_pairings(scorer, steps)
    born = {s.news[0] for s in steps if s.news and not s.olds and not s.user}
    if not weak or not born:
        return steps
    olds = [(i, conduct.words(c)) for i in range(len(scorer.old.clauses))
            for c in [_penalty_conduct(scorer.old, i)] if c]
    news = [(j, conduct.words(c)) for j in range(len(scorer.new.clauses))
            for c in [_penalty_conduct(scorer.new, j)] if c]
    old_at, new_at = {i: k for k, (i, _) in enumerate(olds)}, {j: k for k, (j, _) in enumerate(news)}
    weight = _conduct_weights(scorer)
    unseen = max(weight.values(), default=0.0)
    old_holding, new_holding = _holding(olds), _holding(news)

    def best(words: FrozenSet[str], among, holding) -> Tuple[float, int]:
        return _closest_conduct(weight, unseen, words, among, holding)

    apart = set()
    for n, i, j in weak:
        if i not in old_at or j not in new_at:
            continue
        mine = olds[old_at[i]][1]
        if _conduct_share(weight, mine, news[new_at[j]][1], unseen) >= WEAK_CONDUCT:
            continue
        score, minus = best(mine, news, new_holding)
        k = news[-minus][0]
        if score >= CONDUCT_SHARE and k in born and -best(news[-minus][1], olds, old_holding)[1] == old_at[i]:
            apart.add(n)
    return _undone(steps, apart, step_type)


def _conduct_units(text: str) -> List[str]:
    """The conducts a penalty punishes, each as compared (no marks): its paragraphs' openings and its list's items."""
    said = [c for paragraph in text.split("\n") for c in [conduct.conduct(paragraph)] if c]
    listed = _listed_conduct(text)
    said += listed.split("；") if listed else []
    keys = [_MARKS.sub("", c) for c in said]
    return [k for k in keys if len(k) >= CONDUCT_AT_LEAST]


#: What a conduct is compared without: marks and spaces.
_MARKS = recache.compile(r"[^\u4e00-\u9fff\w]")


def moves_of_one_conduct(scorer, moves: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The moves found after the rules ran but those rule 9 would undo: a move is looked for again among the clauses left
    alone, and found the pairing rule 9 had undone (农产品质量安全法 2018 第四十八条 → 2022 第七十五条, packaging against
    traceability, said moved: "罚款由2000元以下提高到1万元以下" wrong again in reading 373)."""
    apart = _of_other_conducts(scorer, [((i, j), i, j) for i, j in moves]) if moves else set()
    return [m for m in moves if m not in apart]


#: Rule 8: an old clause this near (Indel ratio) one paragraph of an added clause …
PARAGRAPH_SAME = 0.9
#: … and paired at most this near, and this much less near than that paragraph, went there.
PARAGRAPH_WEAK, PARAGRAPH_MARGIN = 0.75, 0.2


def _whole_in_a_paragraph(scorer, steps: List, step_type) -> List:
    """8. **A clause kept whole as a paragraph.** An old clause of one paragraph, paired no nearer than PARAGRAPH_WEAK
    (or deleted), that is nearly word for word (PARAGRAPH_SAME) one paragraph of an added clause, by PARAGRAPH_MARGIN
    nearer than its pairing, and that paragraph's nearest old clause, is that clause: the new one added paragraphs
    around it. Whole-text similarity cannot see it (the added paragraphs weigh it down): 危害食品安全刑事案件解释 2013
    第十条 (伪劣产品罪 for 食品添加剂 and packaging) is 2021 第十五条's first paragraph (0.93; 0.51 as a whole), and was
    paired with 第十二条 (0.67), a new rule on packaging that pollutes food, its notes "表述修改" of another rule."""
    from rapidfuzz.fuzz import ratio
    from rapidfuzz.process import extractOne

    from .normalize import loose_key

    added = [s.news[0] for s in steps if not s.olds and len(s.news) == 1 and not s.user]
    paragraphs = [(j, loose_key(p)) for j in added for p in scorer.new.clauses[j].text.split("\n")
                  if "\n" in scorer.new.clauses[j].text.strip() and p.strip()]
    if not paragraphs:
        return steps
    choices = [key for _j, key in paragraphs]
    found = []
    for step in steps:
        if step.user or len(step.olds) != 1 or len(step.news) > 1:
            continue
        i = step.olds[0]
        if "\n" in scorer.old.clauses[i].text.strip() or len(scorer.old.keys[i]) < 20:
            continue
        now = scorer.ratio(i, step.news[0]) if step.news else 0.0
        if now > PARAGRAPH_WEAK:
            continue
        best = extractOne(scorer.old.keys[i], choices, scorer=ratio,
                          score_cutoff=100 * max(PARAGRAPH_SAME, now + PARAGRAPH_MARGIN))
        if best is None:
            continue
        _key, score, q = best
        # that paragraph's nearest old clause (of any pairing but a word-for-word one) is this one
        if any(k != i and ratio(scorer.old.keys[k], choices[q]) > score for k in range(len(scorer.old.keys))
               if abs(len(scorer.old.keys[k]) - len(choices[q])) < len(choices[q]) // 2):
            continue
        found.append((score, i, paragraphs[q][0], step))
    if not found:
        return steps
    out, taken_old, taken_new = list(steps), set(), set()
    for _score, i, j, step in sorted(found, key=lambda f: (-f[0], f[1])):
        if i in taken_old or j in taken_new:
            continue
        taken_old.add(i)
        taken_new.add(j)
        out = [s for s in out if s is not step and (s.olds or s.news != (j,))]
        if step.news:  # (the clause it was paired with stands alone, where it stands in the new text)
            k = step.news[0]
            out.insert(next((n for n, s in enumerate(out) if s.news and min(s.news) > k), len(out)), step_type((), (k,)))
        _insert(out, step_type((i,), (j,)), step_type)
    return out


#: An enacting clause: the law's basis and purpose, ending "制定本法" (本条例, 本组织法…).
_ENACTING = recache.compile(r"制定本[\u4e00-\u9fff]{0,6}?(?:法|条例|规定|办法|细则|规则)。?$")
#: Of each version, the enacting clause is looked for among its first clauses this many.
ENACTING_WITHIN = 3


def _enacting(side) -> Optional[int]:
    """The index of the one enacting clause among the side's first labelled clauses, or None."""
    found = [k for k, c in enumerate(side.clauses) if c.label][:ENACTING_WITHIN]
    found = [k for k in found if _ENACTING.search(side.clauses[k].text.strip())]
    return found[0] if len(found) == 1 else None


def _enactments_paired(scorer, steps: List, step_type) -> List:
    """6. **The enacting clauses pair.** The old version's enacting clause ("根据中华人民共和国宪法…，制定本组织法") and the
    new one's ("为了…，根据宪法，制定本法") are one clause rewritten, when the new one stands alone and the old one is alone or
    paired with a clause that enacts nothing (国务院组织法 1982 第一条 went to 2024 第二条, the State Council's definition, and
    "新增第一条" was wrong in reading 321)."""
    i, j = _enacting(scorer.old), _enacting(scorer.new)
    if i is None or j is None:
        return steps
    here = next((s for s in steps if i in s.olds), None)
    there = next((s for s in steps if j in s.news), None)
    if here is None or there is None or here is there or there.olds or here.user or len(here.olds) != 1 \
            or len(here.news) > 1 or (here.news and scorer.old.keys[i] == scorer.new.keys[here.news[0]]):
        return steps
    out = [s for s in steps if s is not here and s is not there]
    if here.news:  # (the clause it was paired with stands alone, where it stands in the new text)
        k = here.news[0]
        out.insert(next((n for n, s in enumerate(out) if s.news and min(s.news) > k), len(out)), step_type((), here.news))
    _insert(out, step_type((i,), (j,)), step_type)
    return out


#: Rule 0 also undoes a pairing less alike than HOLLOW_RATIO whose new clause holds under HOLLOW_SHARE of the old
#: one's distinctive phrasing (the share the other way is high when the new clause is short and says the
#: law's stock words): 行政复议法 第十五条 (which authority reviews the acts of 派出机关, 授权组织…, now spread over
#: 第二十四、二十五条) is not 第二十八条 (司法行政部门's acts), 0.21 alike, 3% of its phrasing there; its notes were wrong in
#: every reading from the twenty-second to the thirty-sixth.
HOLLOW_RATIO, HOLLOW_SHARE = 0.25, 0.05
#: And one less alike than HOLLOW_RATIO whose new clause's phrasing is under HOLLOW_SHARE shared and the old one's under
#: THIN_SHARE: 专利法实施细则 第八十条 (国务院专利行政部门's 业务指导 of the local offices, deleted) is not 第九十六条 (the
#: disputes of national importance, new), 0.23 alike, sharing only the law's names of its offices (3.6% of the new
#: clause's phrasing, 16% of the old one's); its notes were wrong in the thirty-fifth, thirty-seventh and thirty-ninth
#: readings.
THIN_SHARE = 0.2


def _hollow(scorer, shares: Shares, i: int, j: int) -> bool:
    """Less alike than HOLLOW_RATIO, and the new clause holds almost none of the old one's phrasing, or its own
    phrasing is almost all new and the old one's mostly gone."""
    if scorer.ratio(i, j) >= HOLLOW_RATIO:
        return False
    old_part, new_part = shares.parts(i, j)
    return old_part < HOLLOW_SHARE or (old_part < THIN_SHARE and new_part < HOLLOW_SHARE)


def _drop_baseless(scorer, steps: List, step_type, shares: Shares) -> List:
    out = []
    for step in steps:
        if (len(step.olds) == 1 and len(step.news) == 1 and not step.user and not step.moved
                and scorer.old.keys[step.olds[0]] != scorer.new.keys[step.news[0]]  # (alike: 100 %)
                and scorer.ratio(step.olds[0], step.news[0]) < BASELESS_RATIO
                and (shares(step.olds[0], step.news[0]) < BASELESS_SHARE
                     or _hollow(scorer, shares, step.olds[0], step.news[0]))):
            out += [step_type(step.olds, ()), step_type((), step.news)]
        else:
            out.append(step)
    return out


def _score(scorer, cites: _Citations, i: int, j: int) -> float:
    return scorer.ratio(i, j) + CITES * cites.agreement(i, j)


def _strong_beats_weak(scorer, steps: List, step_type) -> List:
    cites = _Citations(scorer, steps)
    partner_of_old: Dict[int, Optional[int]] = {}  # old → its new partner (None: deleted)
    partner_of_new: Dict[int, Optional[int]] = {}
    locked_new = set()
    for step in steps:
        one_to_one = len(step.olds) == 1 and len(step.news) == 1
        if step.user or (step.olds and step.news and not one_to_one):
            locked_new.update(step.news)
            continue
        if one_to_one:
            i, j = step.olds[0], step.news[0]
            if scorer.old.keys[i] == scorer.new.keys[j]:
                locked_new.add(j)
                continue
            partner_of_old[i], partner_of_new[j] = j, i
        elif step.olds:
            partner_of_old[step.olds[0]] = None
        else:
            partner_of_new[step.news[0]] = None

    def current(i: int) -> float:
        j = partner_of_old.get(i)
        return 0.0 if j is None else _score(scorer, cites, i, j)

    def weak(i: int) -> bool:
        return partner_of_old[i] is None or scorer.ratio(i, partner_of_old[i]) <= WEAK

    candidates = [i for i in partner_of_old if weak(i)]
    open_news = [j for j in partner_of_new]
    if not candidates or not open_news:
        return steps
    proposals = _proposals(scorer, cites, candidates, open_news, partner_of_old, partner_of_new, current)
    if not proposals:
        return steps
    moved_old, moved_new, new_pairs = set(), set(), []
    for _score_, i, j in sorted(proposals, reverse=True):
        if i in moved_old or j in moved_new:
            continue
        moved_old.add(i)
        moved_new.add(j)
        new_pairs.append((i, j))
    # Take the chosen clauses out of their steps, leave their old partners unpaired.
    out = []
    for step in steps:
        if step.user or not (set(step.olds) & moved_old or set(step.news) & moved_new):
            out.append(step)
            continue
        left_old = tuple(i for i in step.olds if i not in moved_old)
        left_new = tuple(j for j in step.news if j not in moved_new)
        out += [step_type((i,), ()) for i in left_old] + [step_type((), (j,)) for j in left_new]
    for i, j in sorted(new_pairs, key=lambda p: p[1]):
        _insert(out, step_type((i,), (j,)), step_type)
    return out


#: Rows of the similarity table of rule 1 computed at once (a block of rows × every open new
#: clause, 8 bytes a cell): memory stays bounded whatever the size of the rewrite.
BLOCK_ROWS = 256
#: Largest table of rule 1 (weak old clauses × open new ones) scored pair by pair in Python:
#: below it, importing numpy (for rapidfuzz's cdist) would cost more than the table.
SMALL_TABLE = 100_000
#: Cells of rule 1's table kept for texts said in several blocks of rows (a document pasted over
#: and over: each of its texts scored once, not once per block), 8 bytes each.
KEPT_CELLS = 4_000_000


def _numpy_loaded() -> bool:
    """numpy is imported already (a gap large enough for similarity.candidates): a table of any
    size is then cheaper in C than pair by pair (a clause of 900,000 characters against each of
    15 new ones took 4 s one by one)."""
    import sys

    return "numpy" in sys.modules


def _best(scorer, cites: _Citations, i: int, open_news: List[int], choices: List[str],
          citing_news: Dict[int, List[int]]) -> Tuple[float, int]:
    """max((score, new clause)) of old clause i over the open new clauses (``choices``: their
    texts), as max over every pair gives it: the similarities in one rapidfuzz call (those under
    the cutoff are 0, as fuzz.ratio with the cutoff says). Only the clauses with a similarity or
    a citation agreement (``citing_news``: an article number → positions of the new clauses
    citing it) score above 0; when none does, the last open clause scoring 0 is the best."""
    from rapidfuzz.fuzz import ratio as indel_ratio
    from rapidfuzz.process import extract_iter

    citing = cites.cites(i)
    values: Dict[int, float] = {}
    for _choice, value, q in extract_iter(scorer.old.keys[i], choices, scorer=indel_ratio,
                                          score_cutoff=100 * (STRONG - CITES) if citing else 100 * STRONG):
        values[q] = value
    if citing:
        for q in {q for n in cites.targets(i) for q in citing_news.get(n, ())}:
            values.setdefault(q, 0.0)
        scored = [(value / 100.0 + CITES * cites.agreement(i, open_news[q]), open_news[q]) for q, value in values.items()]
    else:
        scored = [(value / 100.0, open_news[q]) for q, value in values.items()]
    # (each of them scores above 0; with none, every clause scores 0 and max says the last)
    return max(scored) if scored else (0.0, max(open_news))


def _citing_news(scorer, cites: _Citations, open_news: List[int]) -> Dict[int, List[int]]:
    """An article number → the positions in ``open_news`` of the new clauses citing it."""
    citing_news: Dict[int, List[int]] = {}
    for q, j in enumerate(open_news):
        for number in _cited(scorer, scorer.new, j, cites.new_cache):
            citing_news.setdefault(number, []).append(q)
    return citing_news


def _best_partners(scorer, cites: _Citations, candidates: List[int], open_news: List[int]):
    """For each candidate old clause: (its best score, that new clause) among the open new ones.

    The score is the Indel ratio with a cutoff (below it rapidfuzz says 0: a new clause under
    the cutoff could not be the best one of ratio ≥ STRONG, its score staying below STRONG
    even with full citation agreement), plus CITES × the citation agreement for a clause that
    cites. A large table is computed in blocks by rapidfuzz's cdist (in C, one thread); ties go
    to the later new clause, as max() over (score, index) pairs does for a small one."""
    if len(candidates) * len(open_news) <= SMALL_TABLE and not _numpy_loaded():
        choices = [scorer.new.keys[j] for j in open_news]
        citing_news = _citing_news(scorer, cites, open_news)
        return {i: _best(scorer, cites, i, open_news, choices, citing_news) for i in candidates}
    import numpy as np

    js = np.array(open_news)
    choices = [scorer.new.keys[j] for j in open_news]
    citing_news = _citing_news(scorer, cites, open_news)
    best = {}
    ready = similarity.prepared(choices)  # (once for every block of rows)
    citing_rows = [cites.cites(i) for i in candidates]
    for citing in (False, True):
        rows = [i for i, cites_some in zip(candidates, citing_rows) if cites_some == citing]
        cutoff = 100 * (STRONG - CITES) if citing else 100 * STRONG
        said = Counter(scorer.old.keys[i] for i in rows)
        kept: Dict[str, object] = {}  # the row of a text said in several blocks, scored once (bounded)
        for start in range(0, len(rows), BLOCK_ROWS):
            block = rows[start:start + BLOCK_ROWS]
            keys = [scorer.old.keys[i] for i in block]
            distinct = [key for key in dict.fromkeys(keys) if key not in kept]  # (each text once)
            table = similarity.ratio_table(distinct, choices, cutoff, ready) / 100.0
            if len(distinct) < len(keys):
                at = {key: r for r, key in enumerate(distinct)}
                for key, r in at.items():
                    if said[key] > 1 and len(kept) * len(choices) < KEPT_CELLS:
                        kept[key] = table[r].copy()
                table = np.array([table[at[key]] if key in at else kept[key] for key in keys],
                                 dtype=np.float64).reshape(len(keys), len(choices))
            if citing:  # agreement is 0 unless the new clause cites one of the mapped articles
                for row, i in zip(table, block):
                    for q in sorted({q for n in cites.targets(i) for q in citing_news.get(n, ())}):
                        row[q] += CITES * cites.agreement(i, open_news[q])
            # each row's top and the last new clause scoring it, for the whole block at once
            tops = table.max(axis=1)
            last = np.where(table == tops[:, None], js[None, :], -1).max(axis=1)
            best.update(zip(block, zip(tops.tolist(), last.tolist())))
    return best


def _proposals(scorer, cites: _Citations, candidates: List[int], open_news: List[int],
               partner_of_old: Dict, partner_of_new: Dict, current) -> List[Tuple[float, int, int]]:
    """(score, old, new) of each weak old clause with a far better partner that is also that
    new clause's best match."""
    best_of = _best_partners(scorer, cites, candidates, open_news)
    found = []
    for i in candidates:
        best, best_j = best_of[i]
        if best_j == partner_of_old[i]:
            continue
        if best < current(i) + MARGIN or scorer.ratio(i, best_j) < STRONG:  # (the margin first: a
            continue  # deleted clause whose best is under MARGIN is not compared with it again)
        rival = partner_of_new[best_j]
        if rival is not None and _score(scorer, cites, rival, best_j) > best - MARGIN:
            continue
        found.append((best, i, best_j))
    if not found:
        return []
    # i must be the new clause's best match among the clauses that could take it.
    if len(candidates) * len(found) <= SMALL_TABLE and not _numpy_loaded():
        return [(best, i, best_j) for best, i, best_j in found
                if not any(_score(scorer, cites, k, best_j) > best for k in candidates if k != i)]
    # A clause under the cutoff cannot beat ``best`` (≥ STRONG): only those above it are scored in full.
    import numpy as np

    targets = sorted({j for _b, _i, j in found})
    at = {j: q for q, j in enumerate(targets)}
    table = similarity.ratio_table([scorer.old.keys[k] for k in candidates], [scorer.new.keys[j] for j in targets],
                                   100 * (STRONG - CITES))
    proposals = []
    for best, i, best_j in found:
        column = table[:, at[best_j]]
        rivals = (candidates[p] for p in np.flatnonzero(column))
        if any(_score(scorer, cites, k, best_j) > best for k in rivals if k != i):
            continue
        proposals.append((best, i, best_j))
    return proposals


def _insert(steps: List, step, step_type) -> None:
    """Put a pairing where its new clause stands; moved when it breaks the order of the old side."""
    i, j = step.olds[0], step.news[0]
    at = next((k for k, s in enumerate(steps) if s.news and min(s.news) > j), len(steps))
    before = next((s for s in reversed(steps[:at]) if s.olds and s.news and not s.moved), None)
    after = next((s for s in steps[at:] if s.olds and s.news and not s.moved), None)
    in_order = (before is None or max(before.olds) < i) and (after is None or min(after.olds) > i)
    if in_order:
        # Deleted clauses that stood before it in the old text stay before it.
        while at > 0 and not steps[at - 1].news and steps[at - 1].olds[0] > i:
            at -= 1
    steps.insert(at, step._replace(moved=not in_order))


def _pair_rewrites(scorer, steps: List, step_type, shares: Shares) -> List:
    """Rule 3: a lone deleted and a lone added clause between two pairings, tied by citations or phrasing."""
    cites = _Citations(scorer, steps)
    out = list(steps)
    k = 0
    while k < len(out):
        # A run of unpaired steps between two pairings (or the ends).
        if out[k].olds and out[k].news:
            k += 1
            continue
        end = k
        while end < len(out) and not (out[end].olds and out[end].news):
            end += 1
        run = out[k:end]
        gone = [s for s in run if s.olds and not s.user]
        born = [s for s in run if s.news and not s.user]
        if len(gone) == 1 and len(born) == 1 and len(run) == 2 and 0 < k:
            i, j = gone[0].olds[0], born[0].news[0]
            # (the last clauses of both texts, after the last pairing: 反间谍法 第四十条 本法自公布之日起施行 → 第七十一条)
            before, after = out[k - 1], out[end] if end < len(out) else None
            in_order = (not before.moved and max(before.olds) < i and max(before.news) < j
                        and (after is None or not after.moved and i < min(after.olds) and j < min(after.news)))
            tied = (cites.agreement(i, j) > 0 or scorer.same_heading(i, j)
                    or max(scorer.contain(i, j)) >= REWRITE_EVIDENCE and not _hollow(scorer, shares, i, j))  # (rule 0's)
            if in_order and tied:
                out[k:end] = [step_type((i,), (j,))]
                end = k + 1
        k = end
    return out


def _section(clause) -> Tuple[str, ...]:
    """The innermost heading above a clause without its number: ("设立",) under 第一节 设立.

    Only the innermost: a reorganisation moves sections between chapters
    (行政复议法 第二章 行政复议范围 → 第二章 行政复议申请 / 第一节 行政复议范围)."""
    return _innermost(clause.path[-1]) if clause.path else ()


@lru_cache(maxsize=4096)  # (every clause of a section asks: once per heading)
def _innermost(heading: str) -> Tuple[str, ...]:
    return (_CONTAINER_NUMBER.sub("", heading),)


def _pair_in_section(scorer, steps: List, step_type) -> List:
    """Rule 3, widened: a deleted and an added clause under the same section heading, each the other's best."""
    gone = [s.olds[0] for s in steps if s.olds and not s.news and not s.user]
    born = [s.news[0] for s in steps if s.news and not s.olds and not s.user]
    if not gone or not born:
        return steps
    by_section: Dict[Tuple[str, ...], List[int]] = {}
    for j in born:
        section = _section(scorer.new.clauses[j])
        if section and not any(word in heading for heading in section for word in PENALTY_SECTIONS):
            by_section.setdefault(section, []).append(j)

    def score(i: int, j: int) -> float:
        return scorer.ratio(i, j) + max(scorer.contain(i, j))

    gone_by_section: Dict[Tuple[str, ...], List[int]] = {}
    for i in gone:
        gone_by_section.setdefault(_section(scorer.old.clauses[i]), []).append(i)
    found = []
    for i in gone:
        section = _section(scorer.old.clauses[i])
        options = by_section.get(section)
        if not options:
            continue
        j = max(options, key=lambda j: score(i, j))
        if max(gone_by_section[section], key=lambda k: score(k, j)) != i:
            continue
        ratio, contained = scorer.ratio(i, j), max(scorer.contain(i, j))
        if (ratio >= SECTION_RATIO and contained >= SECTION_EVIDENCE) or contained >= SECTION_CONTAINED:
            found.append((i, j))
    return _joined(steps, found, step_type)


def _joined(steps: List, found: List, step_type) -> List:
    """The steps with each (deleted i, added j) of ``found`` made one pairing, in place."""
    if not found:
        return steps
    olds = {i for i, _ in found}
    news = {j for _, j in found}
    out = [s for s in steps if not ((s.olds and not s.news and s.olds[0] in olds)
                                    or (s.news and not s.olds and s.news[0] in news))]
    for i, j in sorted(found, key=lambda p: p[1]):
        _insert(out, step_type((i,), (j,)), step_type)
    return out


def in_penalties(clause) -> bool:
    """The clause stands under a heading of penalties ("法律责任", "罚则"): read by the rules here and by the headlines'
    regimes (render/chapters.py: penalties put in one after another are no regime)."""
    return _penalties_path(clause.path)


@lru_cache(maxsize=4096)  # (every clause under the same headings asks: once per path)
def _penalties_path(path: Tuple[str, ...]) -> bool:
    return any(word in heading for heading in path for word in PENALTY_SECTIONS)


def _left_over(scorer, steps: List) -> Tuple[List[int], List[int]]:
    """The clauses left deleted and added (not by the user), outside chapters of sanctions: what rules 4, 13 and 14 pair."""
    gone = [s.olds[0] for s in steps if s.olds and not s.news and not s.user
            and not in_penalties(scorer.old.clauses[s.olds[0]])]
    born = [s.news[0] for s in steps if s.news and not s.olds and not s.user
            and not in_penalties(scorer.new.clauses[s.news[0]])]
    return gone, born


def _pair_by_phrasing(scorer, steps: List, step_type, shares: Shares) -> List:
    """Rule 4: a deleted and an added clause, each the other's best by distinctive shared phrasing."""
    gone, born = _left_over(scorer, steps)
    if not gone or not born:
        return steps

    if len(gone) * len(born) > (PHRASING_TABLE if _numpy_loaded() else SMALL_TABLE):
        return _joined(steps, _best_anywhere(scorer, shares, _phrasing_pairs(scorer, shares, gone, born)), step_type)
    share = shares
    found = []
    best_gone: Dict[int, int] = {}  # j → the deleted clause whose best it is: once per j, not once per (i, j)
    for i in gone:
        j = max(born, key=lambda j: share(i, j))
        if j not in best_gone:
            best_gone[j] = max(gone, key=lambda k: share(k, j))
        if best_gone[j] != i:
            continue
        if share(i, j) >= PHRASING_SHARE and max(scorer.contain(i, j)) >= PHRASING_CONTAINED:
            found.append((i, j))
    return _joined(steps, _best_anywhere(scorer, shares, found), step_type)


def _best_anywhere(scorer, shares: Shares, found: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Of rule 4's pairings, those whose old clause no new clause of the whole version, paired ones too, holds CROSSED
    times as much of by distinctive phrasing: 农产品质量安全法 2018 第二十条 (生产技术要求和操作规程, 加强指导) is 2022 第二十五条, which 第二十三条
    holds; the two left over, 第二十条 and the new 第十三条 (风险监测), shared only the names of the bodies (a move said of
    them was wrong in readings 459, 464, 466 and 467; 0.22 of its phrasing against 第二十五条's 0.55). 行政复议法 2017
    第三十条 → 2023 第二十三条 stays (0.25; no clause holds more than 0.26)."""
    news = range(len(scorer.new.clauses))
    return [(i, j) for i, j in found if max(shares(i, q) for q in news) < CROSSED * shares(i, j)]


#: Rule 13: the least characters a deleted and an added clause open on alike, a duty's word among them.
OPENING_SAME = 15
_DUTY_WORD = recache.compile(r"应当|可以|必须|不得")


def _pair_by_opening(scorer, steps: List, step_type) -> List:
    """Rule 13: a deleted and an added clause that open on the same subject doing the same thing (OPENING_SAME
    characters alike, a word of duty among them), each the other's only such clause: one clause rewritten, however
    little of the rest the two share (职业教育法 1996 第二十三条 "职业学校、职业培训机构实施职业教育应当实行产教结合…" is 2022
    第四十条 "职业学校、职业培训机构实施职业教育应当注重产教融合，实行校企合作": "整条删除" was wrong in reading 841). Not in
    chapters of sanctions, whose openings are boilerplate."""
    gone, born = _left_over(scorer, steps)
    if not gone or not born:
        return steps
    openings: Dict[str, Tuple[List[int], List[int]]] = {}  # the first OPENING_SAME characters → (deleted, added)
    for side, clauses, which in ((0, scorer.old.clauses, gone), (1, scorer.new.clauses, born)):
        for k in which:
            openings.setdefault(clauses[k].text[:OPENING_SAME], ([], []))[side].append(k)
    found = []
    for (olds, news) in openings.values():
        if len(olds) == 1 and len(news) == 1:  # (an opening several clauses share is no evidence)
            a, b = scorer.old.clauses[olds[0]].text, scorer.new.clauses[news[0]].text
            k = len(os.path.commonprefix((a, b)))
            if k >= OPENING_SAME and _DUTY_WORD.search(a[:k]) and "\n" not in a[:k]:
                found.append((olds[0], news[0]))
    return _joined(steps, found, step_type)


#: Rule 14: the least Indel ratio (0–100) of a paragraph of a deleted clause with a paragraph of an added one, each of
#: PARAGRAPH_AT_LEAST characters or more; the table of shares read pair by pair up to PHRASING_TABLE pairs.
PARAGRAPH_ALIKE, PARAGRAPH_AT_LEAST = 50, 20
#: A paragraph this near (0–100) one of another clause is said there.
PARAGRAPH_SAID = 80


def _pair_by_paragraph(scorer, steps: List, step_type, shares: Shares) -> List:
    """Rule 14: a deleted and an added clause, each the other's best by distinctive phrasing among those left over, one
    paragraph of which is half the other's (PARAGRAPH_ALIKE) however little their whole texts or their stock phrasing
    share: the new clause's first paragraph the old one rewritten, paragraphs put after it (国境卫生检疫法 2018 第四条
    "入境、出境的人员、交通工具…都应当接受检疫，经国境卫生检疫机关许可，方准入境或者出境" is 2024 第九条 "进境出境的人员、交通运输
    工具…应当依法接受检疫查验，经海关准许，方可进境出境", the privileged persons' paragraph after it; "删除原第四条" was wrong in
    reading 845). Not in chapters of sanctions."""
    gone, born = _left_over(scorer, steps)
    if not gone or not born or len(gone) * len(born) > PHRASING_TABLE:
        return steps
    from rapidfuzz.fuzz import ratio

    def paragraphs(text: str) -> List[str]:
        return [p for p in (p.strip() for p in text.split("\n")) if len(p) >= PARAGRAPH_AT_LEAST]

    found = []
    best_gone: Dict[int, int] = {}
    for i in gone:
        j = max(born, key=lambda j: shares(i, j))
        if j not in best_gone:
            best_gone[j] = max(gone, key=lambda k: shares(k, j))
        if best_gone[j] != i or not shares(i, j):
            continue
        olds, news = paragraphs(scorer.old.clauses[i].text), paragraphs(scorer.new.clauses[j].text)
        if any(ratio(a, b) >= PARAGRAPH_ALIKE for a in olds for b in news) \
                and not _said_more_elsewhere(scorer, olds, j, paragraphs, ratio):
            found.append((i, j))
    return _joined(steps, found, step_type)


def _said_more_elsewhere(scorer, olds: List[str], j: int, paragraphs, ratio) -> bool:
    """More of the paragraphs ``olds`` stand nearly word for word (PARAGRAPH_SAID) in one other new clause than in new
    clause ``j``: they went there, and ``j`` is no rewrite of them (环境污染刑事案件解释 2016 第三条, 后果特别严重, whose cases
    went to 2023 第二条, 情节严重, is not 第三条, the new tier above it)."""
    def said(k: int) -> int:
        theirs = paragraphs(scorer.new.clauses[k].text)
        return sum(1 for a in olds if any(ratio(a, b) >= PARAGRAPH_SAID for b in theirs))

    here = said(j)
    return any(k != j and said(k) > here for k in range(len(scorer.new.clauses)))


#: Above this many (deleted × added) pairs rule 4's shares are summed by numpy, not pair by pair
#: (once numpy is loaded; before, above SMALL_TABLE).
PHRASING_TABLE = 20_000
#: Rounding allowed between the shares numpy sums and the exact ones (their sums run in another order).
_ROUNDING = 1e-9


def _phrasing_pairs(scorer, shares: Shares, gone: List[int], born: List[int]) -> List[Tuple[int, int]]:
    """Rule 4 over many clauses: what the loop of ``_pair_by_phrasing`` finds, from the shares of
    every (deleted, added) pair summed by numpy (similarity.weighted_shared). Only a deleted clause
    whose best share reaches PHRASING_SHARE can be paired; its best added clause, and that added
    clause's best deleted one, are settled on the exact shares of the pairs within rounding of the
    top (the first of equals, as max() takes it)."""
    import numpy as np

    index = scorer.index
    weights = index.weights()
    phrases, rows = index.new_phrases(born)
    total_new = np.bincount(rows, weights=weights[phrases], minlength=len(born))
    with np.errstate(divide="ignore"):
        inv_new = np.where(total_new > 0, 1.0 / total_new, 0.0)
    floor = PHRASING_SHARE - _ROUNDING
    best_of: Dict[int, int] = {}  # position in gone → position in born of its best
    near_top: Dict[int, List[Tuple[float, int]]] = {}  # born position → (approximate share, gone position)
    for first, table, total_old in similarity.weighted_shared(index, gone, born):
        with np.errstate(divide="ignore"):
            inv_old = np.where(total_old > 0, 1.0 / total_old, 0.0)
        share = np.maximum(table * inv_old[:, None], table * inv_new[None, :])
        top = share.max(axis=1)
        for r in np.flatnonzero(top >= floor).tolist():
            i = gone[first + r]
            close = np.flatnonzero(share[r] >= top[r] - _ROUNDING).tolist()
            exact = [(shares(i, born[q]), -q) for q in close]
            best_of[first + r] = -max(exact)[1]
        column_top = share.max(axis=0)
        for q in np.flatnonzero(column_top >= floor).tolist():
            rows = np.flatnonzero(share[:, q] >= column_top[q] - _ROUNDING)
            near_top.setdefault(q, []).extend(zip(share[rows, q].tolist(), (rows + first).tolist()))
    found = []
    for p, q in sorted(best_of.items()):
        i, j = gone[p], born[q]
        if shares(i, j) < PHRASING_SHARE:
            continue
        rivals = near_top[q]
        ceiling = max(value for value, _ in rivals)
        exact = [(shares(gone[k], j), -k) for value, k in rivals if value >= ceiling - _ROUNDING]
        if -max(exact)[1] == p and max(scorer.contain(i, j)) >= PHRASING_CONTAINED:
            found.append((i, j))
    return found


#: Rule 5: two neighbouring pairings are crossed when the other way round shares this many times as much distinctive
#: phrasing, at least CROSSED_SHARE for the one whose clauses are each other's best.
CROSSED, CROSSED_SHARE = 1.3, 0.2


def _uncrossed(scorer, steps: List, step_type, shares: Shares) -> List:
    """Rule 5: neighbouring one-to-one pairings of penalties, each the other's partner by distinctive phrasing, swapped
    (only there, where the boilerplate of fines makes the order of the text pair them; elsewhere a rewrite shares little
    crosswise and asking costs a table: the 民法典 rewritten whole, 0.33 s)."""
    ones = [k for k, s in enumerate(steps) if len(s.olds) == 1 and len(s.news) == 1 and not s.user and not s.moved
            and scorer.old.keys[s.olds[0]] != scorer.new.keys[s.news[0]]
            and in_penalties(scorer.old.clauses[s.olds[0]]) and in_penalties(scorer.new.clauses[s.news[0]])]
    swaps = []
    taken: set = set()
    for k, m in zip(ones, ones[1:]):
        if k in taken:
            continue
        (a,), (x,) = steps[k].olds, steps[k].news
        (b,), (y,) = steps[m].olds, steps[m].news
        if shares(a, y) < CROSSED_SHARE and shares(b, x) < CROSSED_SHARE:
            continue  # (no real phrasing shared crosswise: most neighbours, asked once; no scan of the whole)
        now, other = shares(a, x) + shares(b, y), shares(a, y) + shares(b, x)
        if other < CROSSED * now:
            continue
        # (one of the two swapped pairings each other's best in the whole of the other version)
        firm = next(((i, j) for i, j in ((a, y), (b, x)) if shares(i, j) >= CROSSED_SHARE
                     and max(range(len(scorer.new.clauses)), key=lambda q: shares(i, q)) == j
                     and max(range(len(scorer.old.clauses)), key=lambda q: shares(q, j)) == i), None)
        if firm is None:
            continue
        swaps.append((k, m, (a, y), (b, x)))
        taken.update((k, m))
    if not swaps:
        return steps
    gone = {k for k, m, _, _ in swaps} | {m for k, m, _, _ in swaps}
    out = [s for k, s in enumerate(steps) if k not in gone]
    for _k, _m, one, two in swaps:
        for i, j in (one, two):
            _insert(out, step_type((i,), (j,)), step_type)
    return out


def _beside_an_added(scorer, steps: List, step_type, shares: Shares) -> List:
    """Rule 10: a weak one-to-one pairing (a → x) beside an added clause y (x's neighbour in the new version) that shares
    more of a's distinctive phrasing, CROSSED_SHARE at least, all that x shares with a among it (``_within``), a and y
    each other's best in the whole of the other version: a → y, x added. The order of the text paired the clause with its new neighbour by their shared
    opening (反间谍法 2014 第十五条, 查封、扣押、冻结 of what served espionage, is 2023 第三十条, not 第二十九条, 查询财产信息:
    wrong in reading 439)."""
    def fits(a: int, x: int, y: int) -> bool:
        return shares(a, y) >= CROSSED_SHARE and shares(a, y) > shares(a, x) and _within(scorer, a, x, y) \
            and max(range(len(scorer.new.clauses)), key=lambda q: shares(a, q)) == y \
            and max(range(len(scorer.old.clauses)), key=lambda q: shares(q, y)) == a

    return _beside_a_lone(scorer, steps, step_type, True, fits)


#: Rule 10: the share, at most, of the phrasing an old clause shares with its partner that the partner's neighbour lacks.
BESIDE_OWN = 0.1


def _beside_a_deleted(scorer, steps: List, step_type, shares: Shares) -> List:
    """Rule 10, the other way: a weak one-to-one pairing (a → x) beside a deleted clause b (a's neighbour in the old
    version) that holds BESIDE_HOLDS times as much of x's distinctive phrasing, CROSSED_SHARE at least, x the new clause b
    shares most with and b the old clause that holds most of x: b → x, a deleted (and joined to x by rule 12 if it
    went there too). A short neighbour paired by the few words it shares: 征兵工作条例 2001 第四十六条 (为武警部队征集新兵所需
    经费…) is no 2023 第五十七条, which rewrites 第四十五条 (开展征兵工作所需经费…兵役征集费开支范围…): wrong in reading 1392."""
    def fits(a: int, x: int, b: int) -> bool:
        held = shares.parts(b, x)[1]
        return held >= CROSSED_SHARE and held >= BESIDE_HOLDS * shares.parts(a, x)[1] \
            and max(range(len(scorer.old.clauses)), key=lambda q: shares.parts(q, x)[1]) == b \
            and max(range(len(scorer.new.clauses)), key=lambda q: shares(b, q)) == x

    return _beside_a_lone(scorer, steps, step_type, False, fits)


def _beside_a_lone(scorer, steps: List, step_type, new_side: bool, fits) -> List:
    """Rule 10 either way: each weak one-to-one pairing (a → x) beside a lone clause c (an added one next to x when
    ``new_side``, else a deleted one next to a) that ``fits(a, x, c)`` is paired with c instead (a → c, x added; or c → x,
    a deleted), each lone clause once."""
    lone = {(s.news if new_side else s.olds)[0]: k for k, s in enumerate(steps)
            if len(s.news if new_side else s.olds) == 1 and not (s.olds if new_side else s.news) and not s.user}
    if not lone:
        return steps
    found: Dict[int, Tuple[int, int, int]] = {}  # the step of the pairing → (a, x, the lone clause)
    taken: set = set()  # the lone clauses paired so
    for k, s in enumerate(steps):
        if len(s.olds) != 1 or len(s.news) != 1 or s.user or s.moved:
            continue
        (a,), (x,) = s.olds, s.news
        here = x if new_side else a
        beside = [c for c in (here - 1, here + 1) if c in lone]
        if not beside or scorer.old.keys[a] == scorer.new.keys[x] or scorer.ratio(a, x) > WEAK:
            continue
        for c in beside:
            if c not in taken and fits(a, x, c):
                found[k] = (a, x, c)
                taken.add(c)
                break
    if not found:
        return steps
    gone = set(found) | {lone[c] for c in taken}
    out = [s for k, s in enumerate(steps) if k not in gone]
    for a, x, c in found.values():
        if new_side:  # (x added where it stands in the new version)
            at = next((k for k, s in enumerate(out) if s.news and min(s.news) > x), len(out))
            out.insert(at, step_type((), (x,)))
            _insert(out, step_type((a,), (c,)), step_type)
        else:  # (a deleted where it stood in the old version)
            at = next((k for k, s in enumerate(out) if s.olds and not s.moved and min(s.olds) > a), len(out))
            out.insert(at, step_type((a,), ()))
            _insert(out, step_type((c,), (x,)), step_type)
    return out


#: Rule 10, the other way: how many times as much of the new clause the deleted neighbour holds as its partner does.
BESIDE_HOLDS = 2


def _within(scorer, a: int, x: int, y: int) -> bool:
    """What old clause ``a`` shares with new ``x`` it shares with new ``y`` too, all but BESIDE_OWN of it by weight: ``x``
    holds no part of ``a`` of its own (a clause split in two, each half a part, is another matter: 军人抚恤优待条例 第十三条's
    standards went to 第十五条, its increases to 第十六条)."""
    weight = scorer.weight
    grams = scorer.old.grams(a)
    with_x, with_y = grams & scorer.new.grams(x), grams & scorer.new.grams(y)
    own = sum(map(weight.__getitem__, with_x - with_y))
    return own <= BESIDE_OWN * sum(map(weight.__getitem__, with_x))


#: Rule 7: the least share (Dice, words weighted by how rarely the law's conducts say them) of two penalties' conducts.
CONDUCT_SHARE = 0.35
#: A clause that imposes a sanction (a penalty in a version without chapters of sanctions).
_SANCTIONING = recache.compile(r"罚款|处分|追究刑事责任|吊销|没收|责令改正|警告|责令停止|撤销")


def _penalty_conduct(side, k: int, listed: bool = True) -> Optional[str]:
    """The conduct a penalty clause punishes (``conduct``, or its list's items unless not ``listed``), or None (not a
    penalty, no conduct)."""
    clause = side.clauses[k]
    if not (in_penalties(clause) or (not clause.path and _SANCTIONING.search(clause.text))):
        return None
    return conduct.conduct(clause.text) or (_listed_conduct(clause.text) if listed else None)


#: A penalty's list header: the conducts are its items ("医疗机构违反本条例规定，有下列情形之一的，由…").
_LIST_HEADER = recache.compile(r"有下列(?:行为|情形)之一")
_ITEM_OPENING = recache.compile(r"^[（(][一二三四五六七八九十]+[)）]")


def _listed_conduct(text: str) -> Optional[str]:
    """The items of a penalty whose first paragraph is a list's header, as one conduct ("；" between them), or None: 畜牧法
    2022 第七十七条 (officials who license the unqualified, do not punish…) had no conduct, so rule 7 could not pair 2015
    第七十条, the same conducts in one sentence ("整条删除" beside "新增", wrong in readings 476–496). Rule 9 reads no list
    (``listed=False``): with lists read there, 商用密码管理条例 第二十三条 → 第五十九条 came apart (docs/alignment.md)."""
    first, _, rest = text.partition("\n")
    if not _LIST_HEADER.search(first):
        return None
    items = [_ITEM_OPENING.sub("", p.strip()).strip("；;。 ") for p in rest.split("\n") if _ITEM_OPENING.match(p.strip())]
    return "；".join(items) or None


def _penalties_by_conduct(scorer, steps: List, step_type) -> List:
    """7. **Penalties paired by their conduct.** A deleted and an added penalty whose conducts are each other's closest
    by their rarer words (CONDUCT_SHARE at least) are one penalty rewritten: 中国人民解放军实施《药品管理法》办法 2004
    第二十一、二十三、二十五条 are 2025 第三十八、四十、四十一条, rewritten in the new licences' names ("整条删除" beside "新增"
    were wrong, four headlines, in reading 326)."""
    gone = [(s.olds[0], _penalty_conduct(scorer.old, s.olds[0])) for s in steps if s.olds and not s.news and not s.user]
    born = [(s.news[0], _penalty_conduct(scorer.new, s.news[0])) for s in steps if s.news and not s.olds and not s.user]
    gone = [(i, conduct.words(c)) for i, c in gone if c]
    born = [(j, conduct.words(c)) for j, c in born if c]
    if not gone or not born:
        return steps
    weight = _conduct_weights(scorer)
    # (a word of a list's items no conduct said before them weighs as the rarest: it would otherwise weigh nothing, and a
    # list would be near any conduct that says its few weighed words, 海洋环境保护法 2017 第八十八条's oil-spill plan and
    # 2023 第一百一十二条's cargo ships)
    unseen = max(weight.values(), default=0.0)

    def best(words: FrozenSet[str], among: List[Tuple[int, FrozenSet[str]]], holding: Dict[str, List[int]]):
        return _closest_conduct(weight, unseen, words, among, holding)

    born_holding, gone_holding = _holding(born), _holding(gone)
    found = []
    for g, (i, a) in enumerate(gone):
        score, minus = best(a, born, born_holding)
        if score >= CONDUCT_SHARE and -best(born[-minus][1], gone, gone_holding)[1] == g:
            found.append((i, born[-minus][0]))
    return _joined(steps, found, step_type)


def _closest_conduct(weight: Dict[str, float], unseen: float, words: FrozenSet[str],
                     among: List[Tuple[int, FrozenSet[str]]], holding: Dict[str, List[int]]) -> Tuple[float, int]:
    """(share, -place) of the first of ``among`` sharing most with ``words`` (only those sharing a word are scored: a
    table of every pair would be quadratic in a version of thousands of penalties)."""
    near = sorted({k for w in words for k in holding.get(w, ())})
    return max(((_conduct_share(weight, words, among[k][1], unseen), -k) for k in near), default=(0.0, 0))


def _conduct_weights(scorer) -> Dict[str, float]:
    """How rarely the conducts of the law's penalties (both versions) say a word: its weight, log(n / in how many)."""
    # (the conducts said before their lists: the weights as they were before lists' items were read as conducts)
    conducts = [c for side in (scorer.old, scorer.new) for k in range(len(side.clauses))
                for c in [_penalty_conduct(side, k, listed=False)] if c]
    seen = Counter(w for c in conducts for w in conduct.words(c))
    return {w: math.log(len(conducts) / n) for w, n in seen.items()}


def _conduct_share(weight: Dict[str, float], a: FrozenSet[str], b: FrozenSet[str], unseen: float = 0.0) -> float:
    """The weighted share (Dice) of the words two conducts have in common (a word ``weight`` lacks weighing ``unseen``);
    0 when neither weighs anything."""
    total = sum(weight.get(w, unseen) for w in a) + sum(weight.get(w, unseen) for w in b)
    return 2 * sum(weight.get(w, unseen) for w in a & b) / total if total else 0.0


def _conducts_said(text: str) -> FrozenSet[str]:
    """The words of the conducts every paragraph of a penalty opens with."""
    return frozenset(w for paragraph in text.split("\n") for c in [conduct.conduct(paragraph)] if c
                     for w in conduct.words(c))


def _holding(conducts: List[Tuple[int, FrozenSet[str]]]) -> Dict[str, List[int]]:
    """word → the places in ``conducts`` of those that say it."""
    out: Dict[str, List[int]] = {}
    for k, (_, words) in enumerate(conducts):
        for w in words:
            out.setdefault(w, []).append(k)
    return out


#: Rule 12: how much nearer (Indel ratio) the joined side must read to the other than the pairing alone …
JOIN_GAIN = 0.08
#: … and the least distinctive share the joined clause has with its new (or old) partner; each pairing takes one clause
#: a round, so JOIN_ROUNDS clauses at most.
JOIN_SHARE = 0.1
JOIN_ROUNDS = 3
#: A lone clause sharing this much of its distinctive phrasing with the pairing's clause or more was carried there near
#: word for word: the notes of sentences moved say it better than one diff of the joined texts (中国人民解放军文职人员条例
#: 2017 第二十九条 → 2022 第三十一条: "…由原第二十九条移入，文字有改动（删除“培训情况”…）", where the joined diff quoted the
#: whole sentence "删除").
JOIN_CARRIED = 0.5


def joined_neighbours(scorer, steps: List, step_type, shares: Shares) -> List:
    """12. **Neighbours joined.** A deleted old clause beside the old clause of a one-to-one pairing (or an added new
    clause beside its new one), nearest by similarity to that pairing's other side among all of that version's clauses,
    sharing JOIN_SHARE of its distinctive phrasing (less than JOIN_CARRIED) and bringing the two sides JOIN_GAIN nearer
    once joined, is part of the pairing: a merge (a split). One clause joins each pairing a round, the largest gain
    first, so up to JOIN_ROUNDS clauses may join one; a third that makes the joined side read farther does not
    (国境卫生检疫法 2018 第七条, whose first sentence is 2024 第十条's too, stays out of 第八条、第九条 → 第十条)."""
    from rapidfuzz.fuzz import ratio as nearest
    from rapidfuzz.process import extractOne

    ratio = similarity.ratio  # (a book-long clause is not one table)
    keys = (scorer.old.keys, scorer.new.keys)
    out = list(steps)
    # (a lone clause of each side → its nearest clause of the other)
    nearest_of: Tuple[Dict[int, int], Dict[int, int]] = ({}, {})
    for _round in range(JOIN_ROUNDS):
        alone = ({s.olds[0]: k for k, s in enumerate(out) if not s.news and len(s.olds) == 1 and not s.user},
                 {s.news[0]: k for k, s in enumerate(out) if not s.olds and len(s.news) == 1 and not s.user})
        if not alone[0] and not alone[1]:
            break
        found = []  # (gain, the pairing's step, the lone clause's step, the joined step)
        for k, s in enumerate(out):
            if s.user or not s.olds or not s.news or (len(s.olds) > 1 and len(s.news) > 1):
                continue
            for side, mine, theirs in ((0, s.olds, s.news), (1, s.news, s.olds)):  # (a merge, then a split)
                if len(theirs) != 1:
                    continue
                x = theirs[0]
                mine_keys, other = keys[side], keys[1 - side][x]

                def alike(group: Tuple[int, ...]) -> float:  # (old text first, as everywhere)
                    joined = "".join(mine_keys[i] for i in group)
                    return ratio(joined, other) if side == 0 else ratio(other, joined)

                for d in (min(mine) - 1, max(mine) + 1):
                    if d not in alone[side] or not JOIN_SHARE <= (shares(d, x) if side == 0 else shares(x, d)) \
                            < JOIN_CARRIED:
                        continue
                    group = tuple(sorted(mine + (d,)))
                    gain = alike(group) - alike(mine)
                    if gain < 100 * JOIN_GAIN:
                        continue
                    if d not in nearest_of[side]:
                        nearest_of[side][d] = extractOne(mine_keys[d], keys[1 - side], scorer=nearest)[2]
                    if nearest_of[side][d] == x:
                        step = s._replace(olds=group) if side == 0 else s._replace(news=group)
                        found.append((gain, k, alone[side][d], step))
        if not found:
            break
        used: set = set()
        joined: Dict[int, object] = {}
        for _gain, k, lone, step in sorted(found, key=lambda f: (-f[0], f[1], f[2])):
            if k not in used and lone not in used:
                used.update((k, lone))
                joined[k] = step
        out = [joined.get(k, s) for k, s in enumerate(out) if k in joined or k not in used]
    return out
