"""Words, conditions, steps and paragraphs said taken out that the new version states in another provision, and the
note that says where a sentence taken out is now (``_elsewhere``, also gone.py's and elsewhere.py's).

Split from gone.py, whose search for the sentences taken out (``_now_elsewhere``) is the rest: what was said taken out
in words ("删除“…”"), a condition, a procedural step or a sentence whose paragraph went whole to one provision, that
another provision says (as it was, shorter, or reworded), did not leave the law.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Dict, List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind, Pair, Status
from ..numerals import article_en
from .citations import OWN_INSTRUMENT
from .lexicon import Lexicon
from .moved import _CONDITION_KINDS, NOW_AT, _labels, _quotes_whole, moved_from, moved_to
from .reworded import REWORDED, REWORDED_THERE, REWRITTEN_THERE, reworded_as
from .sentences import sentences
from .words import _content_words

#: A sentence reworded elsewhere keeps at least this much of its text (0–100).
REWORDED_AT_LEAST = 60


#: ``_Found.how`` of a prohibition whose conduct another provision now gives a liability, not a prohibition:
#: "不得滥用公司法人独立地位和股东有限责任损害公司债权人的利益" (公司法 第二十条) is in 第二十三条 "公司股东滥用公司法人独立地位和
#: 股东有限责任，逃避债务，严重损害公司债权人利益的，应当对公司债务承担连带责任". Neither moved (the forty-ninth reading) nor
#: gone (the sixty-ninth: the creditors' protection stands): "不再作为禁止性规定；该行为的责任现见第二十三条".
LIABILITY_NOW = "liability"


#: Characters, at most, of the rule another provision already stated in other words that a note quotes for them.
ALREADY_QUOTED = 48


#: A quote's last phrase that is only the word that would open the next: "…的，由".
_DANGLING = recache.compile(r"(?<=的)，(?:由|对|向|经|依照|按照)$")


def _elsewhere(q: str, label: str, reworded: bool, already: bool = False, who: str = "", how: str = "",
               there: str = "", redone: bool = False) -> Finding:
    """The note on a sentence ``q`` taken out whose rule the new version states in ``label`` (``there``: its words there;
    ``redone``: less than half of it stands there, reworded.rewritten)."""
    q = _DANGLING.sub("", q)  # ("开展募捐活动有下列情形之一的，由", a quote cut after the case: 慈善法 第一百零一条, reading 311)
    if how == LIABILITY_NOW:
        return Finding(FindingKind.TEXT_MOVED, q, None, f"“{q}”不再作为禁止性规定；该行为的责任现见{label}",
                       f"“{q}” is no longer a prohibition; {article_en(label)} of the new version gives the conduct's "
                       "liability")
    if already:  # a rule another provision already stated, the same in the old version
        zh, en = ("，文字有不同", ", in other words") if reworded else ("", "")
        if reworded and there and len(there) <= ALREADY_QUOTED and not who:
            # (its words, for what differs may be the point: "董事每届任期不得超过三年" is "董事任期由公司章程规定，但每届任期
            # 不得超过三年", 公司法 第六十七条 → 第七十条)
            if not any(q[k:] in there for k in range(len(q) // 2 + 1)):
                # (a special rule dropped beside the general one, whose words are not its own: the one-person company's
                # audit "并经会计师事务所审计" against every company's "并依法经会计师事务所审计", an audit only where the law asks
                # one, 公司法 第六十二条: "已有规定，文字有不同" hid that, wrong in reading 169, and "已有规定：“……”" in 181;
                # quoted whole, its subject the point)
                return Finding(FindingKind.TEXT_MOVED, q, None, f"“{q}”不再规定（现{label}为一般规定：“{there}”）",
                               f"“{q}” no longer provided (the general rule is {article_en(label)} of the new version: "
                               f"“{there}”)")
            zh, en = f"：“{there}”", f": “{there}”"
        if who:
            zh, en = f"{zh}，主体为“{who}”", f"{en}, of “{who}”"
        # (现: the new version's article, as "现见" says; "（第六十八条已有规定）" read as the old 第六十八条, wrong in the
        # sixty-first reading)
        return Finding(FindingKind.TEXT_MOVED, q, None, f"“{q}”不再在此规定（现{label}已有规定{zh}）",
                       f"“{q}” no longer here ({article_en(label)} of the new version already provided it{en})")
    zh, en = REWRITTEN_THERE if redone else REWORDED_THERE if reworded else ("", "")
    if who:  # (now the duty of another body: said, it is the news)
        zh, en = _now_of(who)
    return Finding(FindingKind.TEXT_MOVED, q, None, f"“{q}”不再在此规定，现见{label}{zh}",
                   f"“{q}” no longer here; now in {article_en(label)} of the new version{en}")


def _now_of(who: str) -> Tuple[str, str]:
    """What a moved sentence's note says of the body whose duty it now is, in Chinese and English."""
    return f"（主体改为“{who}”）", f" (now of “{who}”)"


_DELETED_WORDS = recache.compile(r"^表述修改：删除“([^”]{6,})”$")


#: Words taken out this long or longer (characters, punctuation left out) said elsewhere moved there.
DELETED_AT_LEAST = 8
#: Shorter words taken out, this long at least, moved when no other provision of the old version said them and one
#: provision of the new version alone says them.
DISTINCT_AT_LEAST = 6


def _deleted_words_elsewhere(pairs: List[Pair]) -> List[Pair]:
    """"删除“对公司负有忠实义务和勤勉义务”" when another provision of the new version says those very
    words: they moved there."""
    from .rewrites import canonical

    texts = olds = None  # the two versions' provisions, read when a deletion is first met
    out = []
    left = []  # (pair, finding) of words taken out that no provision says as they were
    for k, pair in enumerate(pairs):
        findings, changed = [], False
        for f in pair.findings:
            m = _DELETED_WORDS.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
            if m and texts is None:
                texts = _Provisions([(j, c.display_label, canonical(c.text))
                                     for j, p in enumerate(pairs) for c in p.new])
            words = canonical(m.group(1)) if m else ""  # (eight characters besides punctuation: "董事长、
            # 副董事长" taken out of a list of officers is no rule that moved, 公司法 第六十九条)
            where = texts.first_saying(words, k) if len(words) >= DELETED_AT_LEAST else None
            if where and len(words) < SHORT_WORDS and not _said_in_a_like_sentence(m.group(1), pair, pairs, texts, k, where):
                where = None  # (a short phrase, said there in a sentence of another rule: "重污染天气预警期间" taken out of
                # 环境污染解释 2016 第四条's aggravating cases is 2023 第一条（六）'s record of two penalties, no move: "现见第一条"
                # was wrong in readings 839 and 868)
            if where:
                # (words the other provisions of the old version said as often are no more there than they were:
                # "经省级以上监察机关批准" out of 监察法 第四十八条 stood in 第三十条 already, now 第三十三条; "现见第三十三条" was
                # wrong in reading 316)
                if olds is None:
                    olds = _Provisions([(j, c.display_label, canonical(c.text)) for j, p in enumerate(pairs) for c in p.old])
                if len(olds.all_saying(words, k)) >= len(texts.all_saying(words, k)):
                    where = None
            if m and DISTINCT_AT_LEAST <= len(words) < DELETED_AT_LEAST:
                # ("公告公司终止" out of 公司法 第一百八十八条, the old version's only words of it, in the new version's 第三十七条
                # alone: "删除", wrong in the fifty-fifth reading)
                if olds is None:
                    olds = _Provisions([(j, c.display_label, canonical(c.text)) for j, p in enumerate(pairs) for c in p.old])
                saying = texts.all_saying(words, k)
                if len(saying) == 1 and not olds.all_saying(words, k):
                    where = saying[0][1]
            apart = None if where or len(words) < DELETED_AT_LEAST else texts.saying_each(_conjuncts(words), k)
            if where or apart:
                f, changed = _elsewhere(m.group(1), where or apart, bool(apart)), True
            elif m and len(m.group(1)) >= DELETED_AT_LEAST:
                left.append((k, f))
            findings.append(f)
        out.append(replace(pair, findings=tuple(findings)) if changed else pair)
    return _put_in_elsewhere_shorter(out, left) if left else out


#: Of the words of a sentence or words taken out, at least this share (and WRITTEN_OUT_WORDS of them) said where a citation
#: of their provision was written out in words.
WRITTEN_OUT_SHARE, WRITTEN_OUT_WORDS = 0.6, 3


def _written_out_where_cited(pairs: List[Pair]) -> List[Pair]:
    """Words taken out of a provision ("不再规定：“…”", "表述修改：删除“…”") that the new version writes out where another
    provision cited it: "股东按照实缴的出资比例分取红利" and "分取红利或者不按照出资比例" (公司法 第三十四条) are the words that
    第一百六十六条's "有限责任公司依照本法第三十四条的规定分配" became in 第二百一十条, "有限责任公司按照股东实缴的出资比例分配利润，
    全体股东约定不按照出资比例分配利润的除外" ("删除", wrong in reading 135). Said there, reworded; a citation replaced by
    words is the ground, so WRITTEN_OUT_SHARE of their words suffice."""
    written: Dict[str, List[Tuple[str, str]]] = {}  # an old label cited → (the words it became, the new label there)
    for pair in pairs:
        for f in pair.findings:
            if f.kind is FindingKind.WORDING_CHANGED and f.old and f.new and "本" in f.old:
                for m in re.finditer(OWN_INSTRUMENT + r"(第[一二三四五六七八九十百零〇]+条)(?![一二三四五六七八九十百零〇])",
                                     f.old):
                    if m.group(1) not in f.new:
                        at = next((c.display_label for c in pair.new if f.new in c.text), pair.new[0].display_label)
                        written.setdefault(m.group(1), []).append((f.new, at))
    if not written:
        return pairs
    out = []
    for pair in pairs:
        cited = [w for c in pair.old for w in written.get(c.label, ())]
        if not cited or pair.status is Status.UNCHANGED:
            out.append(pair)
            continue
        findings: List[Optional[Finding]] = []
        sentences_to, words_to = set(), []  # (where its sentences went; its words taken out, by their place in findings)
        for f in pair.findings:
            m = _DELETED_WORDS.match(f.message) if f.kind is FindingKind.WORDING_CHANGED else None
            q = m.group(1) if m else (f.old if f.message.startswith("不再规定：") else None)
            words = _content_words(q) if q else frozenset()
            for text, label in cited if len(words) >= WRITTEN_OUT_WORDS else ():
                held = sum(1 for w in words if w in text)
                if held >= WRITTEN_OUT_WORDS and held >= WRITTEN_OUT_SHARE * len(words):
                    f = _elsewhere(q, label, True)
                    if m:
                        words_to.append((len(findings), label))
                    else:
                        sentences_to.add(label)
                    break
            findings.append(f)
        if not sentences_to and not words_to:
            out.append(pair)
            continue
        # (words taken out where a sentence of the provision went too are said by that sentence's note: "“分取红利或者不按照
        # 出资比例”不再在此规定，现见第二百一十条" beside "“股东按照实缴的出资比例分取红利”不再在此规定，现见第二百一十条" was a
        # fragment saying it again, useless in reading 148)
        for at, label in words_to:
            if label in sentences_to:
                findings[at] = None
        out.append(replace(pair, findings=tuple(f for f in findings if f is not None)))
    return out


#: Words taken out shorter than this (characters, punctuation left out) are said moved only where the sentence that says
#: them is LIKE_SENTENCE near (Indel ratio, 0–100) the old sentence they stood in.
SHORT_WORDS, LIKE_SENTENCE = 12, 50


def _said_in_a_like_sentence(words: str, pair: Pair, pairs: List[Pair], texts: "_Provisions", k: int, label: str) -> bool:
    """The old sentence of ``pair`` that held ``words`` and the sentence of provision ``label`` that holds them are alike."""
    from rapidfuzz.fuzz import ratio

    from .rewrites import canonical

    old = [t.text for t in sentences(pair.old_text) if words in t.text]
    there = [j for j, at in texts.all_saying(canonical(words), k) if at == label]
    new = [t.text for j in there[:1] for t in sentences(pairs[j].new_text) if words in t.text]
    return not old or not new or max(ratio(a, b) for a in old for b in new) >= LIKE_SENTENCE


def _conjuncts(words: str) -> List[str]:
    """"对公司负有忠实义务和勤勉义务" said as its two phrases, "对公司负有忠实义务" and "对公司负有勤勉义务" (the words before
    the first conjunct's noun given to the second): a provision that says each apart says them (公司法 第一百四十七条's
    duties are 第一百八十条's two sentences, "删除" wrong in the fifty-second reading). None for words not so joined."""
    head, joiner, tail = words.partition("和")
    if not joiner or "和" in tail or not 2 <= len(tail) < len(head) - 1:
        return []
    return [head, head[:len(head) - len(tail)] + tail]


_PUT_IN_WORDS = recache.compile(r"^表述修改：新增“([^”]{8,})”$")


#: Words taken out here and words put in another provision this alike (fuzz.ratio), opening (or closing) with
#: as many characters the same, are the words moved and cut short.
MOVED_SHORTER, MOVED_SAME_END = 70, 8


def _put_in_elsewhere_shorter(pairs: List[Pair], left: List[Tuple[int, Finding]]) -> List[Pair]:
    """Words taken out of one provision and their shorter form put into another ("组织受影响地区尽快恢复生产、生活、工作和
    社会秩序" out of 突发事件应对法 第五十九条, "组织受影响地区尽快恢复社会秩序" into 第八十六条: "删除" beside "新增", wrong in the
    forty-first reading): moved, reworded, on both pairs. The one insertion that opens or closes as the words did."""
    from rapidfuzz.fuzz import ratio

    from ..textratio import common_prefix

    put = [(j, f, m.group(1)) for j, p in enumerate(pairs) for f in p.findings
           if f.kind is FindingKind.WORDING_CHANGED and (m := _PUT_IN_WORDS.match(f.message))]
    changed: Dict[int, Finding] = {}
    for k, f in left:
        words = _DELETED_WORDS.match(f.message).group(1)
        near = [(j, g, x) for j, g, x in put if j != k and id(g) not in changed and len(x) < len(words)
                and ratio(words, x) >= MOVED_SHORTER
                and max(common_prefix(words, x), common_prefix(words[::-1], x[::-1])) >= MOVED_SAME_END]
        if len(near) != 1:
            continue
        j, g, x = near[0]
        changed[id(f)] = moved_to(words, _labels(pairs[j].new), x, *REWORDED)
        changed[id(g)] = moved_from(x, _labels(pairs[k].old), words, *REWORDED)
    if not changed:
        return pairs
    return [replace(p, findings=tuple(changed.get(id(f), f) for f in p.findings))
            if any(id(f) in changed for f in p.findings) else p for p in pairs]


class _Provisions:
    """The new version's provisions (pair index, label, canonical text), joined so that one search
    finds the first that says some words. The joint is "”", which canonical texts never hold (it
    takes quotation marks out), so no match runs across two provisions."""

    def __init__(self, provisions: Sequence[Tuple[int, str, str]]):
        self.provisions = provisions
        self.starts, at = [], 0
        for _, _, text in provisions:
            self.starts.append(at)
            at += len(text) + 1
        self.joined = "”".join(text for _, _, text in provisions)

    def saying_each(self, phrases: Sequence[str], k: int) -> Optional[str]:
        """The label of the one provision not of pair ``k`` that holds every one of ``phrases`` (two or more)."""
        said = self.one_saying_each(phrases, k)
        return None if said is None else said[1]

    def one_saying_each(self, phrases: Sequence[str], k: int) -> Optional[Tuple[int, str]]:
        """(pair index, label) of the one provision not of pair ``k`` that holds every one of ``phrases`` (two or more)."""
        if len(phrases) < 2:
            return None
        found = {j_label for phrase in phrases[:1] for j_label in self.all_saying(phrase, k)}
        for phrase in phrases[1:]:
            found &= set(self.all_saying(phrase, k))
        return next(iter(found)) if len(found) == 1 else None

    def all_near(self, words: str, k: int, cutoff: float) -> List[Tuple[int, str]]:
        """(pair index, label) of the provisions not of pair ``k`` that hold ``words`` near word for word (``near``)."""
        from rapidfuzz import fuzz, process

        return [self.provisions[n][:2] for _text, _score, n in process.extract(
            words, [text for _, _, text in self.provisions], scorer=fuzz.partial_ratio, score_cutoff=cutoff, limit=None)
            if self.provisions[n][0] != k]

    @staticmethod
    def near(words: str, text: str) -> float:
        """How near word for word ``text`` holds ``words`` (0–100, rapidfuzz's partial_ratio)."""
        from rapidfuzz.fuzz import partial_ratio

        return partial_ratio(words, text)

    def all_saying(self, words: str, k: int) -> List[Tuple[int, str]]:
        out, at = [], self.joined.find(words)
        while at != -1:
            n = bisect_right(self.starts, at) - 1
            j, label, _ = self.provisions[n]
            if j != k:
                out.append((j, label))
            at = self.joined.find(words, self.starts[n + 1]) if n + 1 < len(self.starts) else -1
        return out

    def first_saying(self, words: str, k: int) -> Optional[str]:
        """The label of the first provision not of pair ``k`` whose text holds ``words``."""
        at = self.joined.find(words) if "”" not in words else -1
        while at != -1:
            n = bisect_right(self.starts, at) - 1
            j, label, _ = self.provisions[n]
            if j != k:
                return label
            at = self.joined.find(words, self.starts[n + 1]) if n + 1 < len(self.starts) else -1
        return None


#: A condition said (best match of its length, 0–100) in another provision of the other version is there now: 84 for
#: 行政复议法 第十六条's "法律、法规规定应当先向行政复议机关申请行政复议、对行政复议决定不服再向人民法院提起行政诉讼的" in
#: 第二十三条's "…申请人应当先向行政复议机关申请行政复议，对行政复议决定不服的，可以再依法向人民法院提起行政诉讼" (said removed,
#: wrong in reading 259; the one condition of the corpus between 80 and 85).
CONDITION_ELSEWHERE = 80


#: The likest provisions a condition is looked for among.
CONDITION_PLACES = 3

#: Shorter conditions ("情节严重的") are said in many provisions: not looked for.
CONDITION_AT_LEAST = 12


_CONDITION_NOTE = recache.compile(r"^(?:排除)?条件被删除：“(.+)”$|^新增(?:排除)?条件：“(.+)”$")


def _conditions_elsewhere(pairs: List[Pair]) -> List[Pair]:
    """A condition said removed here that another provision of the new version states ("对法律、法规授权的组织
    的具体行政行为不服的" → 第二十四条（四）, when a law regroups its rules), or said added here that another
    provision of the old version stated: moved, said with where it is (or was), not removed or added."""
    from rapidfuzz.fuzz import partial_ratio
    from rapidfuzz.process import extract

    from .formatting import substance

    olds = news = None  # (label, pair index, substance) of every provision, read when first needed
    out = []
    for k, pair in enumerate(pairs):
        findings, changed = [], False
        for f in pair.findings:
            m = _CONDITION_NOTE.match(f.message) if f.kind in _CONDITION_KINDS else None
            quoted = (m.group(1) or m.group(2)) if m else ""
            key = substance((f.old if m.group(1) else f.new) or "").rstrip("…") if m else ""
            if len(key) < CONDITION_AT_LEAST:
                findings.append(f)
                continue
            if olds is None:
                olds = [(c.display_label, j, substance(c.text)) for j, p in enumerate(pairs) for c in p.old]
                news = [(c.display_label, j, substance(c.text)) for j, p in enumerate(pairs) for c in p.new]
            provisions = [x for x in (news if m.group(1) else olds) if x[1] != k]
            # (the likest provision that did not say it in the other version too: one that did states another rule's
            # condition, not where this one went)
            hit = next((h for h in extract(key, [x[2] for x in provisions], scorer=partial_ratio,
                                           score_cutoff=CONDITION_ELSEWHERE, limit=CONDITION_PLACES)
                        if not _said_there_before(key, pairs[provisions[h[2]][1]], bool(m.group(1)))), None) \
                if provisions else None
            if hit is None:
                findings.append(f)
                continue
            if _said_there_before(key, pair, not m.group(1)):  # (this pair's other side: its new text, for one removed)
                # (still said here, edited, as like as the likeness that would place it elsewhere: "应当经省、自治区、直辖市
                # 人民政府药品监督管理部门审核同意" → "应当经国务院药品监督管理部门或者省、自治区、直辖市人民政府药品监督管理部门审核，并经…
                # 同意", 中国人民解放军实施《药品管理法》办法 第六条 → 第二十五条, was "不再在此规定，现见第二十三条", a filing there:
                # wrong in reading 326; the wording note says the edit)
                changed = True
                continue
            label, reworded = provisions[hit[2]][0], hit[1] < 100
            zh, en = REWORDED_THERE if reworded else ("", "")
            if m.group(1):
                f = _elsewhere(quoted, label, reworded)
            else:
                f = moved_from(quoted, label, None, zh, en)
            findings.append(f)
            changed = True
        out.append(replace(pair, findings=tuple(findings)) if changed else pair)
    return out


def _said_there_before(key: str, pair: Pair, removed: bool) -> bool:
    """The provision a condition was found in said it already in the other version (its old text, for a
    condition said removed): "对行政复议决定不服再向人民法院提起行政诉讼的" in 行政复议法 第三十四条 was old
    第十九条's too, another rule's condition; not where 第十六条's went."""
    from rapidfuzz.fuzz import partial_ratio

    from .formatting import substance

    other = pair.old_text if removed else pair.new_text
    return bool(other) and partial_ratio(key, substance(other)) >= CONDITION_ELSEWHERE


#: Fewest words two sentences share for the words to say they are one sentence reworded.
SHARED_WORDS_AT_LEAST = 6


def _words_share(a: str, b: str) -> float:
    """Share (0–100) of the words of the sentence with fewer words that the other holds too, when
    they share SHARED_WORDS_AT_LEAST words or more (else 0): "情节严重的，受理投诉部门可以…将其失信信息
    纳入全国信用信息共享平台…通过企业信用信息公示系统向社会公示" and "情节严重或者造成严重不良社会影响的，将相关
    信息纳入全国信用信息共享平台和国家企业信用信息公示系统，向社会公示" share 12 of 18 (ratio 47)."""
    x, y = _content_words(a), _content_words(b)
    shared = len(x & y)
    return 100.0 * shared / min(len(x), len(y)) if shared >= SHARED_WORDS_AT_LEAST else 0.0


_STEP_NOTE = recache.compile(r"^程序“(.+)”被删除$|^新增程序“(.+)”$")


_SENTENCE_END = recache.compile(r"[。；\n]")


def _steps_elsewhere(pairs: List[Pair], lexicon: Lexicon) -> List[Pair]:
    """A procedural step said removed from one provision and added to another, in a sentence the other
    says again in other words (保障中小企业款项支付条例 第十七条 "…情节严重的，…纳入全国信用信息共享平台…
    向社会公示" → 第二十六条 "情节严重或者造成严重不良社会影响的，将相关信息纳入…，向社会公示"): the
    step moved with it, said with where it went and where it came from, not removed here and added
    there. Each removed step goes with the added one whose sentence is nearest (ratio ≥
    REWORDED_AT_LEAST), each at most once."""
    from rapidfuzz.fuzz import ratio

    gone, came = [], []  # (pair index, finding index, step)
    for k, pair in enumerate(pairs):
        for n, f in enumerate(pair.findings):
            m = _STEP_NOTE.match(f.message) if f.kind in _CONDITION_KINDS else None
            if m:
                (gone if m.group(1) else came).append((k, n, m.group(1) or m.group(2)))
    if not gone or not came:
        return pairs

    def said(clauses, step: str) -> List[Tuple[str, str]]:
        """(sentence, the label of its provision) of each sentence holding the step."""
        return [(x, c.display_label) for c in clauses for x in _SENTENCE_END.split(c.text) if step in x]

    gone_said = [said(pairs[k].old, step) for k, _n, step in gone]
    came_said = [said(pairs[j].new, step) for j, _m, step in came]
    scored = []
    for a, (k, n, step) in enumerate(gone):
        for b, (j, m, other) in enumerate(came):
            if other != step or j == k:
                continue
            for x, label_x in gone_said[a]:
                for y, label_y in came_said[b]:
                    score = max(ratio(x, y), _words_share(x, y))
                    if score >= REWORDED_AT_LEAST:
                        scored.append((-score, a, b, label_x, label_y, x != y, x, y))
    new_findings: Dict[Tuple[int, int], Optional[Finding]] = {}
    used_a, used_b = set(), set()
    for _minus, a, b, label_x, label_y, reworded, x, y in sorted(scored):
        if a in used_a or b in used_b:
            continue
        used_a.add(a)
        used_b.add(b)
        (k, n, step), (j, m, _) = gone[a], came[b]
        # The sentence said taken out there and the one said put in here: the sentence moved, reworded, said so on both
        # (保障中小企业款项支付条例 第十七条 → 第二十六条: "新增规定：“情节严重或者造成严重不良社会影响的…向社会公示”" beside
        # "程序“公示”由原第十七条移入", wrong in the fifty-third reading)
        taken = next((i for i, h in enumerate(pairs[k].findings) if h.message.startswith("不再规定：") and _quotes_whole(h.old or "", x)), None)
        put = next((i for i, h in enumerate(pairs[j].findings) if h.message.startswith("新增规定：") and _quotes_whole(h.new or "", y)), None)
        if taken is not None and put is not None:
            q_old, q_new = pairs[k].findings[taken].old, pairs[j].findings[put].new
            zh, en = reworded_as(x, y, lexicon) if reworded else ("", "")
            new_findings[(k, n)] = moved_to(q_old, label_y, q_new if reworded else None, zh, en)
            new_findings[(j, m)] = moved_from(q_new, label_x, q_old if reworded else None, zh, en)
            new_findings[(k, taken)] = new_findings[(j, put)] = None
            continue
        zh, en = REWORDED_THERE if reworded else ("", "")
        f, g = pairs[k].findings[n], pairs[j].findings[m]
        new_findings[(k, n)] = Finding(FindingKind.TEXT_MOVED, f.old, None, f"程序“{step}”不再在此规定，现见{label_y}{zh}",
                                       f"procedural step “{step}” no longer here; now in {article_en(label_y)} of the new version{en}")
        new_findings[(j, m)] = Finding(FindingKind.TEXT_MOVED, None, g.new, f"程序“{step}”由原{label_x}移入{zh}",
                                       f"procedural step “{step}” moved here from former {article_en(label_x)}{en}")
    if not new_findings:
        return pairs
    return [replace(p, findings=tuple(g for n, f in enumerate(p.findings) for g in [new_findings.get((k, n), f)] if g))
            if any(key[0] == k for key in new_findings) else p for k, p in enumerate(pairs)]


#: Sentences of a paragraph, at least, said moved to one provision for the rest of it to be looked for there; and how
#: alike (fuzz.ratio) the sentence of that provision nearest one of the rest must be.
WITH_PARAGRAPH, PARAGRAPH_SENTENCE = 2, 45


def _with_its_paragraph(pairs: List[Pair]) -> List[Pair]:
    """A sentence said taken out of a paragraph whose other sentences, WITH_PARAGRAPH or more, all moved to one provision,
    where words of its own (two at least, none of the paragraph's moved sentences') stand: it went there with them,
    reworded ("失信信息提供单位应当将处理情况告知申请人" of 上海 第五十六条's credit-repair paragraph, now 第六十七条's "信用信息修复结果
    应当及时告知申请人": "不再规定" wrong in the forty-second reading)."""
    from rapidfuzz.fuzz import ratio

    from .counterparts import _telling_words

    news = {c.display_label: c.text for p in pairs for c in p.new}
    out = []
    for pair in pairs:
        gone = [f for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED and f.message.startswith("不再规定：")
                and f.old]
        moves = [(m.group(1).rstrip("…"), m.group(2)) for f in pair.findings if f.kind is FindingKind.TEXT_MOVED
                 for m in [NOW_AT.match(f.message)] if m]
        if not gone or len(moves) < WITH_PARAGRAPH:
            out.append(pair)
            continue
        changed = {}
        for paragraph in pair.old_text.split("\n"):
            here = [to for q, to in moves if q and q.split("……")[0] in paragraph]  # (where its moved sentences went)
            went = set(here)
            mine = [f for f in gone if f.old.split("……")[0] in paragraph]
            if len(went) != 1 or len(here) < WITH_PARAGRAPH or not mine:
                continue
            to = went.pop()
            there = news.get(to, "")
            theirs = set().union(*(_telling_words(q) for q, t in moves if t == to))
            for f in mine:
                # (in one sentence there, as like as a sentence reworded in few words: "对于符合条件的修复申请，失信信息提供单位…
                # 书面反馈意见…" shares only words spread over 第六十七条's sentences, a duty replaced, not moved: wrong in the
                # forty-fourth reading)
                near = max(sentences(there), key=lambda n: ratio(f.old, n.text), default=None)
                own = [w for w in _telling_words(f.old) - theirs if near and w in near.text]
                if len(own) >= 2 and ratio(f.old, near.text) >= PARAGRAPH_SENTENCE:
                    changed[id(f)] = _elsewhere(f.old, to, True)
        out.append(replace(pair, findings=tuple(changed.get(id(f), f) for f in pair.findings)) if changed else pair)
    return out


#: A paragraph said taken out sentence by sentence (WHOLE_PARAGRAPH sentences or more) whose every sentence is nearest one
#: sentence of one other provision, each of its own, all at least PARAGRAPH_NEAR alike (0–100) and one at least
#: PARAGRAPH_SENTENCE, went there reworded.
WHOLE_PARAGRAPH, PARAGRAPH_NEAR = 3, 33


def _paragraph_went_whole(pairs: List[Pair]) -> List[Pair]:
    """A paragraph every sentence of which is said taken out, each of them nearest a sentence of its own in one other
    provision of the new version, went there in other words: 体育法 第四十五条's second paragraph (侵占, 临时占用, 改变用途 →
    先行择地新建偿还) is 第八十七条's three paragraphs (侵占, 临时占用…超过十日, 改变其功能、用途 → 先行择地重建); three
    "不再规定" beside it, one wrong in the sixty-ninth reading. Each is "不再在此规定，现见第八十七条（文字有改动）"."""
    from rapidfuzz.fuzz import ratio
    from rapidfuzz.process import extract

    from .rewrites import canonical

    index = keys = None  # the new version's sentences, read once a paragraph is looked for
    came: Dict[int, List[Finding]] = {}  # a pair of the new version → what came to it
    out = []
    for k, pair in enumerate(pairs):
        gone = {f.old: f for f in pair.findings if f.kind is FindingKind.WORDING_CHANGED
                and f.message.startswith("不再规定：") and f.old and "…" not in f.old}
        if len(gone) < WHOLE_PARAGRAPH:
            out.append(pair)
            continue
        changed = {}
        for paragraph in pair.old_text.split("\n"):
            said = [s for s in sentences(paragraph) if s.key]
            if len(said) < WHOLE_PARAGRAPH or not all(s.text in gone for s in said):
                continue
            if index is None:  # every sentence of the new version: (its text, its provision, the pair it stands in)
                index = [(n.text, c.display_label, j) for j, p in enumerate(pairs) for c in p.new for n in sentences(c.text)]
                keys = [canonical(text) for text, _label, _j in index]
            nearest = []  # (the provision of its nearest sentence, and each provision's nearest: score, its place in index)
            for s in said:
                best: Dict[str, Tuple[float, int]] = {}
                # (all those alike enough in one scan, best first and the first of equals first: a provision's first is its best)
                for _key, score, n in extract(canonical(s.text), keys, scorer=ratio, score_cutoff=PARAGRAPH_NEAR, limit=None):
                    if index[n][2] != k:
                        best.setdefault(index[n][1], (score, n))
                nearest.append((next(iter(best), None), best))
            to = max([label for label, _best in nearest], key=lambda x: sum(label == x for label, _b in nearest))  # (the first
            # of equals: no set's order)
            there = [best.get(to, (0, None)) for _label, best in nearest]
            if 2 * sum(label == to for label, _b in nearest) <= len(nearest) \
                    or len({n for _score, n in there}) != len(there) \
                    or min(score for score, _n in there) < PARAGRAPH_NEAR \
                    or max(score for score, _n in there) < PARAGRAPH_SENTENCE:
                continue
            for s in said:
                changed[id(gone[s.text])] = _elsewhere(s.text, to, True)
            came.setdefault(index[there[0][1]][2], []).extend(
                moved_from(index[n][0], _labels(pair.old), None, *REWORDED) for _score, n in there)
        out.append(replace(pair, findings=tuple(changed.get(id(f), f) for f in pair.findings)) if changed else pair)
    # (and where they went, what came: "“…”由原第四十五条移入，文字有改动", not a provision all new)
    for j, found in came.items():
        said = {f.new for f in out[j].findings if f.kind is FindingKind.TEXT_MOVED}
        out[j] = replace(out[j], findings=out[j].findings + tuple(f for f in found if f.new not in said))
    return out
