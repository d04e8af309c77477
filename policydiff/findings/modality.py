"""Modality: the force of a duty or permission, as the law uses it.

Force (lexicon ``modals``): 应当 = 必须 > 予以 > 可以 > 鼓励; 不得 = 禁止. The
NPC's drafting norms (立法技术规范) write every 必须 as 应当, so that swap is
no change of force: it is one ``wording_changed`` "规范用语：“必须”改为“应当”"
(said once for the document, see ``document.py``).

Duties are compared sentence by sentence, by the act they bind: a duty is the
modal word with the words before it in its phrase (who) and after it (what).
A duty whose act is still there under another modal word changed its force; a
duty word that went to another sentence or clause with its act did not. A
duty that left with its act is a rewrite (``rewrites.py``), not a change of
force. "不得少于三人" is a bound on a figure, not a prohibition.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from .. import recache
from ..models import Finding, FindingKind
from ..realign import BASELESS_RATIO
from ..records import dataclass
from .changes import Note, clip
from .counterparts import ITEM_LABEL
from .lexicon import Lexicon, ReadOnce
from .sentences import Sentence, held_in_order, match, sentences, similarity
from .words import _content_words

#: Modal words at least this strong are reported when added or removed alone.
STRONG = 4
#: The drafting-norm spelling of a duty word: 必须 is written 应当.
NORM_SPELLING = {"必须": "应当"}
#: Two acts this similar (0–100) are the same act.
SAME_ACT = 60

_PHRASE_END = recache.compile(r"[，,：:]")


def modal_words(phrase: str, lexicon: Lexicon) -> List[str]:
    """Modal words in a phrase, leaving out nouns ("予以支持") and relative clauses ("法律禁止的")."""
    return [d.word for d in _modal_matches(phrase, lexicon)]


@dataclass(frozen=True)
class Duty:
    """A modal word in its phrase: who must (or may) do what, and how strongly."""

    word: str
    force: int
    who: str        # the words before the modal in its phrase
    act: str        # the words after it, to the end of the phrase
    phrase: str     # who + word + act

    def same_act(self, other: "Duty") -> bool:
        a, b = self.act, other.act
        if not a or not b:
            return False
        return a.startswith(b[:4]) or b.startswith(a[:4]) or similarity(a, b) >= SAME_ACT


def _modal_matches(phrase: str, lexicon: Lexicon):
    not_after, not_before = lexicon.modal_not_after, lexicon.modal_not_before
    for m in lexicon.modal_pattern.finditer(phrase):
        # The words before the match end with one of not_after, or those after start with one of not_before.
        if phrase.endswith(not_after, 0, m.start()) or phrase.startswith(not_before, m.end()):
            continue
        yield _Match(m.group(), m.start(), m.end())


@dataclass(frozen=True)
class _Match:
    """A modal word found in a sentence."""

    word: str
    start: int
    end: int


def duties(sentence: str, lexicon: Lexicon) -> List[Duty]:
    """The duties of a sentence (read once per sentence text: a provision's versions share most)."""
    return _read_duties(sentence, lexicon)


#: Words that grant, which after another modal word of their phrase are that duty's verb, not a duty of their own:
#: "有关检查机关应当依法予以协助" binds by 应当 (反间谍法 第四十五条: "“应当”改为“予以”：义务减弱" was wrong).
GRANTS = ("予以", "给予")


def _duties(sentence: str, lexicon: Lexicon) -> List[Duty]:
    out = []
    matches = list(_modal_matches(sentence, lexicon))
    for k, m in enumerate(matches):
        starts = [x.end() for x in _PHRASE_END.finditer(sentence, 0, m.start)]
        lo = starts[-1] if starts else 0
        if m.word in GRANTS and k and matches[k - 1].end <= m.start and (
                matches[k - 1].start >= lo or "的，" not in sentence[matches[k - 1].end:m.start]):
            # the verb of the duty before it in its phrase, or in the phrases it binds one after another ("对上岗实习的，应当
            # 签订实习协议，给予适当的劳动报酬", 职业教育法 第五十条: "“应当”改为“给予”：义务减弱" was wrong in reading 317)
            continue
        stop = _PHRASE_END.search(sentence, m.end)
        hi = stop.start() if stop else len(sentence)
        act = sentence[m.end:hi]
        # The act of one duty ends where the next modal word begins ("应当…，并不得…"), not at a word granting
        # what it binds to ("应当依法予以协助").
        nxt = [x.start for x in _modal_matches(act, lexicon) if x.start > 0 and x.word not in GRANTS]
        act = act[:nxt[0]] if nxt else act
        out.append(Duty(m.word, lexicon.modals[m.word], sentence[lo:m.start], act, sentence[lo:hi]))
    return out


_read_duties = ReadOnce(_duties)


#: Characters, at most, of a duty's phrase a note quotes to say which duty changed force.
DUTY_QUOTED = 32


def _duty_quoted(d: Duty) -> str:
    """The duty's phrase, cut in its subject and then in its act when long: "企业可以通过国家企业信用信息公示系统进行公告"."""
    if len(d.phrase) <= DUTY_QUOTED:
        return d.phrase
    from .rewrites import _cut_at_a_word

    who = d.who if len(d.who) <= DUTY_QUOTED // 3 else _cut_at_a_word(d.who, DUTY_QUOTED // 3) + "…"
    act = d.act if len(who) + len(d.word) + len(d.act) <= DUTY_QUOTED \
        else _cut_at_a_word(d.act, DUTY_QUOTED - len(who) - len(d.word)) + "…"
    return who + d.word + act


def _note_swap(a: Duty, b: Duty, lexicon: Lexicon, old_text: str = "", new_text: str = "") -> Optional[Note]:
    """The duty's change of force; said with the two duties' phrases when the provision says either word elsewhere too
    ("“可以”改为“应当”：义务加强" of 上海市优化营商环境条例 第四十三条 → 第四十八条, whose other 可以 stay, did not say which duty:
    useless three times in reading 1747)."""
    if (a.word in lexicon.prohibitions) != (b.word in lexicon.prohibitions):
        zh, en = "禁止与许可互换", "prohibition and permission swapped"
    elif b.force < a.force:
        zh, en = "义务减弱", "duty weakened"
    elif b.force > a.force:
        zh, en = "义务加强", "duty strengthened"
    else:
        return None  # same force (鼓励 → 支持, 必须 → 应当): wording, not modality
    which, which_en = "", ""
    if old_text.count(a.word) > 1 or new_text.count(b.word) > 1:
        qa, qb = _duty_quoted(a), _duty_quoted(b)
        which, which_en = f"（“{qa}”改为“{qb}”）", f" (“{qa}” → “{qb}”)"
    return Note(Finding(FindingKind.MODALITY_CHANGED, clip(a.phrase), clip(b.phrase),
                        f"“{a.word}”改为“{b.word}”：{zh}{which}", f"“{a.word}” → “{b.word}”: {en}{which_en}",
                        subject=clip(a.who, 20) or None), (a.word, b.word))


def _pair_duties(old: List[Duty], new: List[Duty]) -> Tuple[list, List[Duty], List[Duty]]:
    """Duties of two versions of one sentence paired by their act (then by order of the rest)."""
    pairs, left_new = [], list(new)
    left_old = []
    for d in old:
        same = next((n for n in left_new if n.word == d.word and n.same_act(d)), None) \
            or next((n for n in left_new if n.same_act(d)), None)
        if same is None:
            left_old.append(d)
        else:
            pairs.append((d, same))
            left_new.remove(same)
    return pairs, left_old, left_new


def _moved_elsewhere(d: Duty, others: Sequence[Duty]) -> bool:
    return any(o.same_act(d) and o.force == d.force for o in others)


def _under_their_header(said: Sequence[Sentence], found: List[List[Duty]]) -> List[List[Duty]]:
    """The duties of each sentence, a list item's granting word (予以, 给予) left out under a header that says whether
    one must or may ("…可以采取下列措施：（三）对…文件、资料予以封存"): the header's word binds it (反洗钱法 第二十五条 →
    第四十四条, "可以予以封存" in an item of "可以采取下列措施", was "“可以”改为“予以”：义务加强", a headline, wrong in
    reading 307)."""
    bound = False
    out = []
    for s, ds in zip(said, found):
        text = s.text.strip()
        if ITEM_LABEL.match(text) and bound:
            ds = [d for d in ds if d.word not in GRANTS]
        elif text.endswith(("：", ":")):
            bound = any(d.word not in GRANTS for d in ds)
        else:
            bound = False
        out.append(ds)
    return out


def find_modality_changes(pair, changes, lexicon: Lexicon) -> List[Note]:
    old_s, new_s = sentences(pair.old_text), sentences(pair.new_text)
    old_d = _under_their_header(old_s, [duties(s.text, lexicon) for s in old_s])  # (each sentence text read once)
    new_d = _under_their_header(new_s, [duties(s.text, lexicon) for s in new_s])
    notes: List[Note] = []
    if not any(new_d):
        return notes  # every note is about a duty of the new version
    loose = pair.similarity is not None and pair.similarity < BASELESS_RATIO
    matched = _matched(old_s, new_s, old_d, new_d)
    paired_old, paired_new = {i for i, _ in matched}, {j for _, j in matched}
    alone_old = [d for k, ds in enumerate(old_d) if k not in paired_old for d in ds]
    alone_new = [d for k, ds in enumerate(new_d) if k not in paired_new for d in ds]
    for i, j in matched:
        pairs, lost, gained = _pair_duties(old_d[i], new_d[j])
        # A duty of a sentence now said in a sentence of its own, "应当由当事人直接向…申请" → "当事人可以直接向…申请" (民事诉讼法
        # 第二百九十条 → 第三百零四条, the sentence cut in three: "删除“应当由”" said it, useless in the fifty-third reading).
        if not loose:
            pairs += _with_one_alone(lost, alone_new) + [(a, b) for b, a in _with_one_alone(gained, alone_old)]
        # One duty on the same subject, now with another act and another force ("有关部门应当依法
        # 进行调查" → "有关部门可以要求申报"): the subject's duty changed force. Not in a pair of
        # provisions barely alike (under BASELESS_RATIO): there the same subject doing another thing is
        # another rule (专利法实施细则 第八十条 "…应当对管理专利工作的部门…进行业务指导" and the new
        # 第九十六条 "…可以指定有管辖权的地方人民政府管理专利工作的部门处理", similarity 0.23).
        for a in list(lost) if not loose else ():
            b = next((b for b in gained if a.who and b.who == a.who), None)
            if b is not None and a.force != b.force:
                pairs.append((a, b))
                lost.remove(a)
                gained.remove(b)
        for a, b in pairs:
            if same_route(a.phrase, b.phrase):
                continue
            if a.force != b.force and (_still_bound(a, b, new_d[j]) or _still_bound(b, a, old_d[i])):
                continue
            if a.force != b.force or (a.word in lexicon.prohibitions) != (b.word in lexicon.prohibitions):
                note = _note_swap(a, b, lexicon, pair.old_text, pair.new_text)
                notes.extend([note] if note else [])
            elif a.word != b.word and NORM_SPELLING.get(a.word) == b.word:
                notes.append(norm_spelling_note(a, b))
        # A duty word added to (or taken from) a rule the other version states without one
        # ("实行一人一票" → "应当一人一票") is drafting style, not a change of force: the wording note says it.
        for d in gained:
            short = _short_form(d, old_s[i].text)
            if short:
                notes.append(Note(Finding(
                    FindingKind.WORDING_CHANGED, clip(old_s[i].text), clip(d.phrase),
                    f"规范用语：“{short}”改为“{d.word}”", f"drafting-norm wording: “{short}” now written “{d.word}”"),
                    (short, d.word, d.word.replace(short, ""))))
    notes.extend(_ban_made_the_exception(old_s, new_s, pair.old_text, pair.new_text))
    return notes


#: A ban that holds unless another law provides otherwise: "但是，除法律另有规定外，不得成为…的出资人" (group 1: the ban's act).
_BAN_UNLESS = recache.compile(r"(?:但是?，)?除[^，。；]{1,20}?另有规定(?:的)?外，[^。；]{0,12}?不得([^。；]+)")
#: A ban only where another law makes it: "法律规定公司不得成为…的出资人的，从其规定" (group 1: the act).
_BAN_WHERE = recache.compile(r"[^，。；]{1,20}?规定[^，。；]{0,12}?不得([^。；]+?)的，(?:从其规定|依照其规定|适用其规定)")
#: Share, at least, of the longer act the shorter holds in order, for the two bans to be one.
BAN_SAME_ACT = 0.8


def _ban_made_the_exception(old_s: Sequence[Sentence], new_s: Sequence[Sentence], old_text: str,
                            new_text: str) -> List[Note]:
    """A ban that held unless another law provided otherwise, now one that holds only where another law makes it: "“但是，除
    法律另有规定外，不得成为对所投资企业的债务承担连带责任的出资人”改为“法律规定公司不得成为…的出资人的，从其规定”" (公司法 2018
    第十五条 → 2023 第十四条: the company may now be such a contributor unless a law bars it; said only in fragments, "“但是，除法律
    另有规定外”改为“法律规定公司”；新增“的，从其规定”", partly in recall 1297). The two bans on one act; the note accounts for
    the two sentences and the marks that end the ones before them (the diff's edit "；但是，除…" → "。\n法律规定公司")."""
    out: List[Note] = []
    for o in old_s:
        m = _BAN_UNLESS.search(o.text)
        if m is None:
            continue
        for n in new_s:
            k = _BAN_WHERE.search(n.text)
            if k is None or _BAN_UNLESS.search(n.text):
                continue
            a, b = m.group(1), k.group(1)
            if held_in_order(a, b)[0] < BAN_SAME_ACT * max(len(a), len(b)):
                continue
            old, new = m.group(0), k.group(0)
            out.append(Note(Finding(
                FindingKind.MODALITY_CHANGED, old, new,
                f"禁止改为例外：“{old}”改为“{new}”（原则上不再禁止，仅在法律规定时禁止）",
                f"ban made the exception: “{old}” → “{new}” (no longer barred as a rule; barred only where a law says so)"),
                (old, new, old_text[max(0, o.start - 2):o.end], new_text[max(0, n.start - 2):n.end])))
            break
    return out


#: "应当由当事人" before what the party does on its own behalf: whose the application is.
_WHOSE = recache.compile(r"应当由([^，。；：]{2,8}?)(?=直接|向|依法|申请|请求)")
#: What a party asks for on its own behalf, never a duty to it.
_ASKS = ("申请", "请求")


def same_route(old: str, new: str) -> bool:
    """The same application, said as whose it is ("应当由当事人直接向…法院申请") in one and as the party's permission
    ("当事人可以直接向…法院申请") in the other, the rest of the phrase the same: who applies and where, unchanged; no duty
    either way (民事诉讼法 第二百八十七条 → 第二百九十七条 and 第二百九十条 → 第三百零四条: "“应当”改为“可以”：义务减弱", the
    revision's first headline, useless to both readers of the seventy-seventh and seventy-eighth readings; "删除“应当由”"
    was useless in the fifty-third)."""
    for a, b in ((old, new), (new, old)):
        for m in _WHOSE.finditer(a):
            if a[:m.start()] + m.group(1) + "可以" + a[m.end():] == b and any(w in a[m.end():] for w in _ASKS):
                return True
    return False


def force_changed(old: str, new: str, lexicon: Lexicon) -> Optional[Tuple[str, str]]:
    """(Chinese, English) of what a sentence's new form did to the force of its duty, when it moved: a duty word put for
    another ("“可以”改为“应当”"), or a permission taken off an act the new form states plainly ("删除“可以”": "…受理投诉
    部门可以依法依规将其失信信息纳入全国信用信息共享平台" → "…将相关信息纳入全国信用信息共享平台", 保障中小企业款项支付条例
    第十七条 → 第二十六条, which "文字有改动" alone hid in the fifty-third and fifty-fourth readings). None when neither."""
    pairs, lost, gained = _pair_duties(duties(old, lexicon), duties(new, lexicon))
    for a, b in pairs:
        if a.word + b.word in old:
            continue  # (the word was there, after the one taken out: "可以优先乘坐" → "享有优先乘坐" is no "“可以”改为“优先”",
            # 反间谍法 第十一条 → 第四十二条)
        if a.force != b.force or (a.word in lexicon.prohibitions) != (b.word in lexicon.prohibitions):
            return f"“{a.word}”改为“{b.word}”", f"“{a.word}” → “{b.word}”"
    for a in lost:
        if a.word == PERMISSION and not any(b.same_act(a) for b in gained) and _act_said(a.act, new):
            return f"删除“{a.word}”", f"“{a.word}” taken out"
    return None


#: The word of a permission, whose act a sentence may go on to state plainly (then a duty).
PERMISSION = "可以"
#: Of the words of an act (two characters or more), the share another sentence must hold to state it.
ACT_HELD = 0.6


def _act_said(act: str, other: str) -> bool:
    """``other`` states the act: most of its words, two of them at least."""
    from .words import _content_words

    words = _content_words(act)
    return len(words) >= 2 and len(words & _content_words(other)) >= ACT_HELD * len(words)


#: Content words, at least, that a duty's act shares with another duty of the other version's sentence that keeps it.
KEPT_ACT_WORDS = 2


def _still_bound(a: "Duty", b: "Duty", others: Sequence["Duty"]) -> bool:
    """Another duty of the other version's sentence than ``b`` binds ``a``'s act with ``a``'s force (KEPT_ACT_WORDS of
    its words): "文物行政部门可以报请当地人民政府通知公安机关协助保护现场" is "文物行政部门应当采取措施保护现场，必要时可以通知公安机关…
    协助", the permission kept and a duty put in, not "“可以”改为“应当”" (文物保护法 第三十二条 → 第四十六条, wrong in reading
    1980)."""
    words = _content_words(a.act)
    return any(x is not b and x.force == a.force and len(words & _content_words(x.act)) >= KEPT_ACT_WORDS
               for x in others)


def _with_one_alone(duties: List[Duty], alone: List[Duty]) -> List[Tuple[Duty, Duty]]:
    """(duty, its counterpart) for each of ``duties`` that a duty of a sentence paired with none (``alone``) states with
    another force (_by_whom_alike); both taken out of their lists."""
    out = []
    for d in list(duties):
        other = next((x for x in alone if x.force != d.force and _by_whom_alike(d, x)), None)
        if other is not None:
            out.append((d, other))
            duties.remove(d)
            alone.remove(other)
    return out


def _by_whom_alike(a: Duty, b: Duty) -> bool:
    """The same act by the same subject, the subject said before the duty word in one and after it with 由 in the other
    ("当事人可以直接向…申请", "应当由当事人直接向…申请"), or the same act of the same subject."""
    for x, y in ((a, b), (b, a)):
        subject = y.who[-6:]  # (the words of its phrase before the duty word: the subject, with little else)
        if subject and x.act.startswith("由" + subject):
            act = x.act[1 + len(subject):]
            return bool(act) and (act.startswith(y.act[:4]) or y.act.startswith(act[:4]))
    return bool(a.who) and a.who == b.who and a.same_act(b)


#: One-character duty words of older drafting, the same force as 应当: "须有半数以上", "应载明".
SHORT_FORMS = ("须", "应")


def _short_form(d: Duty, other_sentence: str) -> str:
    """The one-character duty word the other version used for the same act, if any; "必须" when that is the word its
    "须" is of ("进行交易的畜禽必须符合…" → "…应当符合…", 畜牧法 第五十二条 → 第六十三条: "“须”改为“应当”" beside the
    count of "必须" one short, wrong in reading 896)."""
    if d.force != STRONG or len(d.act.strip()) < 2:
        return ""
    short = next((w for w in SHORT_FORMS if w + d.act.strip()[:2] in other_sentence), "")
    whole = next((w for w in NORM_SPELLING if w.endswith(short) and w + d.act.strip()[:2] in other_sentence), "") \
        if short else ""
    return whole or short


def _restated(d: Duty, other: Sequence[Sentence], other_duties) -> bool:
    """The other version already bound the same act with the same force, in another sentence of the clause."""
    act = d.act.strip()[:4]
    return len(act) >= 2 and any(act in s.text and any(o.force == d.force for o in ds)
                                 for s, ds in zip(other, other_duties))


def _act_still_there(d: Duty, other_sentence: str) -> bool:
    """The act the duty bound is still in the other version's sentence, now without that duty word."""
    act = d.act.strip()
    return len(act) >= 2 and (act[:4] in other_sentence or similarity(act, other_sentence) >= SAME_ACT)


def _matched(old_s: Sequence[Sentence], new_s: Sequence[Sentence], old_d, new_d):
    """Sentence pairs to compare duties in: the same sentence revised, or the one
    sentence left on each side whose duty binds the same subject."""
    pairs = match(old_s, new_s)
    done = [(i, j) for i, j in pairs if i is not None and j is not None]
    rest_old = [i for i, j in pairs if j is None and old_d[i]]
    rest_new = [j for i, j in pairs if i is None and new_d[j]]
    alone = len(rest_old) == 1 and len(rest_new) == 1  # (the one sentence left on each side: its duty changed force)
    for i in rest_old:
        for j in rest_new:
            if any(a.who and a.who == b.who and (alone or _acts_share(a, b)) for a in old_d[i] for b in new_d[j]):
                done.append((i, j))
                rest_new.remove(j)
                break
    return done


def _acts_share(a: Duty, b: Duty) -> bool:
    """The two acts share a word (two characters or more). Among several sentences left, the same subject doing something
    else entirely is another rule ("企业可以单独举办或者联合举办职业学校…" beside three new sentences, one "企业应当按照国家有关
    规定实行培训上岗制度", 职业教育法 第二十条 → 第二十四条: "“可以”改为“应当”：义务加强" was wrong in reading 317, a headline;
    the permission is now 第二十五条's)."""
    return bool(_content_words(a.act) & _content_words(b.act))


def norm_spelling_note(a: Duty, b: Duty) -> Note:
    return Note(Finding(FindingKind.WORDING_CHANGED, clip(a.phrase), clip(b.phrase),
                        f"规范用语：“{a.word}”改为“{b.word}”",
                        f"drafting-norm wording: “{a.word}” now written “{b.word}”"), (a.word, b.word))
