"""A deleted provision restated in other words by another provision (run by document.across_document once every other
move is known: a provision any of them names is no such rule).

The character measures pair a sentence with its new form when most of its words stay; a rule rewritten in a new
article's own words shares few characters with its old form, and the old article came out "整条删除" beside a "新增"
that says the same thing: "现役军人、残疾军人凭有效证件参观游览公园、博物馆、名胜古迹享受优待" (军人抚恤优待条例 2019
第三十七条) is 2024 第五十三条's "抚恤优待对象参观游览图书馆、博物馆…和公园、展览馆、名胜古迹等按照规定享受优待及优惠
服务". What tells them is their words: several words that no other provision of either version says, said by that
deleted provision and that new one alone (put in, or paired with another old provision: 保守国家秘密法 第二十九条's
procurement in 第四十二条, of 第三十四条 split). Each such pair (each the other's best, RARE_SHARED words at least) is said
a move, largely rewritten: "“…”移至现第五十三条，并作较大修改" on the old, "“…”由原第三十七条移入，并作较大修改" on
the new, so the headlines say where it went.

So too a deleted provision and a new one that alone of both versions say five runs of three Han characters or more
(RARE_RUNS: phrases a restated rule keeps, "不得向地方单位和人员供应药品" of 药品管理法办法 第四条 → 第十三条, "途中转运和交接"
of 征兵工作条例 第二十九条 → 第三十七条): ten more pairs of the corpus and held-out set, each read against its texts (征兵
第十二、十三、四十二条, 国境卫生检疫法 第七条, 矿产资源法 第三十三条, 科学技术普及法 第二十九条…). The
index of the new version's runs costs about 12 ms of a 公司法 comparison (2%), read in versions of RUNS_UP_TO characters at
most.

Measured before it was written (all 55 corpus and held-out pairs): of the deleted and added provisions no sentence
of which was said moved, five pairs share three such words or more (军人抚恤优待条例 第三十七条 → 第五十三条, 国境卫生
检疫法 第十七条 → 第十二条, 征兵工作条例 第四十一条 → 第五十条, 文物保护法 第七十八条 → 第八十二条, 矿产资源法 第三十五条
→ 第二十九条), each a rule restated, whole or in part; two shared words were as often common verbs ("及时", "提出").
A single-word measure or the nearest article by weighted words pointed elsewhere about two times in three (README).
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Dict, List, Sequence, Set, Tuple

from .. import recache
from ..models import FindingKind, Pair, Status
from .lexicon import Lexicon
from .reworded import REWRITTEN
from .rewrites import quote
from .sentences import sentences

#: Words, at least, that a deleted provision and an added one alone say (no other provision of either version), for
#: the one to be the other restated.
RARE_SHARED = 3
_CLAUSE_END = recache.compile("[，；]")
#: Words of the drafting that tell nothing of a rule, however few provisions say them.
_TELLS_NOTHING = frozenset(("其中", "其他", "以及", "或者", "并且", "同时", "应当", "可以", "及时", "提出", "按照", "依照",
                            "有关", "规定", "办理", "进行", "相应"))
#: Deleted (added) provisions, at most, read: a code rewritten whole is no document of a few rules restated.
AT_MOST = 200


def _unmoved(pair: Pair, status: Status) -> bool:
    return pair.status is status and any(c.label for c in (pair.old if status is Status.DELETED else pair.new)) \
        and not any(f.kind is FindingKind.TEXT_MOVED for f in pair.findings)


class _Holders:
    """Which provision of one version says a word, when one alone does: one scan of the version's texts joined."""

    def __init__(self, texts: Sequence[str]):
        self.joined = "\0".join(texts)
        self.starts = [0]
        for text in texts:
            self.starts.append(self.starts[-1] + len(text) + 1)

    def only(self, word: str) -> int:
        """The index of the one text that says ``word``, else -1 (none, or several)."""
        at = self.joined.find(word)
        if at < 0:
            return -1
        i = bisect_right(self.starts, at) - 1
        return i if self.joined.find(word, self.starts[i + 1]) < 0 else -1


def _saying(text: str, words: Set[str]) -> str:
    """The sentence of ``text`` that says most of the words; from the clause that says the first of them when the
    clauses before it say none ("允许个人采挖…只能用作普通建筑材料的砂、石、粘土…", not the policy of 扶持 it follows:
    矿产资源法 第三十五条)."""
    said = max(sentences(text), key=lambda s: sum(w in s.text for w in words)).text
    clauses = _CLAUSE_END.split(said)
    for k, clause in enumerate(clauses):
        if any(w in clause for w in words):
            return said[sum(len(c) + 1 for c in clauses[:k]):]
    return said


#: Runs of three Han characters, at least, that a deleted provision and a new one alone of both versions say (a
#: phrase kept in a rule restated: "不得向地方单位和人员供应药品" of 药品管理法办法 第四条 → 第十三条, "培训和宣传" of 反洗钱法
#: 第二十二条 → 第二十七条), for the one to be the other restated; read in versions of RUNS_UP_TO characters at most.
RARE_RUNS = 5
RUNS_UP_TO = 240_000
_HAN_RUN = recache.compile("[\u4e00-\u9fff]{3,}")
_SENTENCE_END = recache.compile("[。；\n]")


def _runs_of(text: str) -> Set[str]:
    return {run[i:i + 3] for run in _HAN_RUN.findall(text) for i in range(len(run) - 2)}


def _own_runs(text: str) -> Set[str]:
    """The runs of a deleted provision's text without the stock end of its clauses ("…，由中央军事委员会审批", "…按照军队有关
    规定执行"): rules that share only who approves are not one rule (中国人民解放军文职人员条例 第三十条's appointments are not
    第二十一条's recruitment, wrong in reading 305)."""
    from .moved import STOCK_TAIL

    return _runs_of("\n".join(STOCK_TAIL.sub("", part) for part in _SENTENCE_END.split(text)))


def _rare_runs(pairs: Sequence[Pair], deleted: Sequence[int], olds: "_Holders") -> Dict[Tuple[int, int], Set[str]]:
    """(deleted, new provision) → the three-character runs those two alone of both versions say. The new version is
    indexed whole; the old one is asked only of the runs of a link that may count (the index of both cost 2% of a
    公司法 comparison)."""
    news = {k: _runs_of(p.new_text) for k, p in enumerate(pairs) if p.new}
    new_counts: Counter = Counter()
    for runs in news.values():
        new_counts.update(runs)
    rare = {d: {g for g in _own_runs(pairs[d].old_text) if new_counts[g] == 1} for d in deleted}
    wanted = set().union(*rare.values())
    where = {g: k for k, runs in news.items() for g in runs & wanted}
    links: Dict[Tuple[int, int], Set[str]] = defaultdict(set)
    for d, grams in rare.items():
        for g in grams:
            links[(d, where[g])].add(g)
    out: Dict[Tuple[int, int], Set[str]] = {}
    for (d, a), grams in links.items():
        if len(grams) >= RARE_RUNS:
            grams = {g for g in grams if olds.only(g) == d}
            if len(grams) >= RARE_RUNS:
                out[(d, a)] = grams
    return out


def restated(pairs: List[Pair], lexicon: Lexicon) -> List[Pair]:
    """The pairs with each deleted provision restated by a new one (put in, or paired with another old one) said moved
    there, largely rewritten."""
    deleted = [k for k, p in enumerate(pairs) if _unmoved(p, Status.DELETED)]
    if not deleted or len(deleted) > AT_MOST:
        return pairs
    from .moved import _labels, moved_from, moved_to
    from .words import _content_words

    # (a word one old provision alone says and one new provision alone says links those two: counted per link, the
    # new provisions never read word by word)
    olds = _Holders([p.old_text if p.old else "" for p in pairs])
    news = _Holders([p.new_text if p.new else "" for p in pairs])
    links: Dict[Tuple[int, int], Set[str]] = defaultdict(set)
    for d in deleted:
        for w in _content_words(pairs[d].old_text) - _TELLS_NOTHING:
            a = news.only(w)
            if a >= 0 and olds.only(w) == d:
                links[(d, a)].add(w)
    runs = _rare_runs(pairs, deleted, olds) if len(olds.joined) + len(news.joined) <= RUNS_UP_TO else {}

    def score(link: Tuple[int, int]) -> Tuple[bool, int]:
        words, grams = links.get(link, ()), runs.get(link, ())
        return len(words) >= RARE_SHARED or len(grams) >= RARE_RUNS, len(words) + len(grams)

    best_of: Dict[int, Tuple[Tuple[bool, int], int]] = {}  # new provision → (score, -deleted) of its best
    for d, a in set(links) | set(runs):
        best_of[a] = max(best_of.get(a, ((False, 0), 0)), (score((d, a)), -d))
    out = list(pairs)
    for d in deleted:
        found, a = max(((score(link), -link[1]) for link in set(links) | set(runs) if link[0] == d),
                       default=((False, 0), 0))
        a = -a
        if not found[0] or -best_of[a][1] != d:
            continue
        words = links.get((d, a), set()) | runs.get((d, a), set())
        old_sentence, new_sentence = _saying(pairs[d].old_text, words), _saying(pairs[a].new_text, words)
        # (of a pairing's new provisions, the one that says most of the words: 保守国家秘密法 第四十二条 of 第四十一、四十二条)
        to = max(pairs[a].new, key=lambda c: sum(w in c.text for w in words)).display_label
        came = _labels(pairs[d].old)
        out[d] = replace(out[d], findings=out[d].findings + (
            moved_to(quote(old_sentence, lexicon), to, zh=REWRITTEN[0], en=REWRITTEN[1]),))
        # (that provision's own "新增规定" of the sentence, now said moved in, goes: 保守国家秘密法 第四十二条's procurement
        # was both, reading 698)
        # (and one of the whole sentence whose later clauses say the words: the sentence came in, its quote the one moved
        # in, "“县级以上地方人民政府农业农村主管部门应当根据本地区的实际情况，制定…”由原第二十条移入，并作较大修改", not "新增
        # 规定" beside its clauses "由原第二十条移入": 农产品质量安全法 第二十五条, wrong in reading 1348)
        whole = next((t.text for t in sentences(pairs[a].new_text) if new_sentence in t.text), new_sentence)
        put_in = [f for f in out[a].findings if f.kind is FindingKind.WORDING_CHANGED and f.new
                  and f.message.startswith("新增规定：“") and whole.startswith(f.new.split("…")[0])]
        said_put_in = {id(f) for f in put_in}
        moved_in = put_in[0].new if put_in and not new_sentence.startswith(put_in[0].new.split("…")[0]) \
            else quote(new_sentence, lexicon)
        out[a] = replace(out[a], findings=tuple(f for f in out[a].findings if id(f) not in said_put_in) + (
            moved_from(moved_in, came, zh=REWRITTEN[0], en=REWRITTEN[1]),))
    return out
