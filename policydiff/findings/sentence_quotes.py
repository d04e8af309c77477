"""An edit across sentences, or a long one, quoted as the sentences it touches.

``wording`` quotes an edit in whole words; one that runs over a sentence end, or is longer than RAGGED, would read
as fragments that way. It is quoted as the old and new sentences it touches instead (``across_sentences``): those
another note says whole left out, each old sentence with the new one in its place when they pair up (only the phrases
that changed, "……" where both say the same), the sentences the other version still has left out of the quote, and
words only put in (or taken out) inside a sentence that was there quoted alone.
"""
from __future__ import annotations

from typing import List, Optional, Sequence, Tuple

from .. import recache
from ..textratio import ratio
from .formatting import substance
from .sentences import Sentence, sentences
from .slight import EDGE_PUNCTUATION as _EDGE_PUNCTUATION

#: An edit longer than this (characters, either side), or one across a sentence end, is quoted
#: as the sentences it touches.
RAGGED = 30


def _ragged(old: str, new: str) -> bool:
    """Long, or across a sentence end; an edit that starts at a sentence or item end on one side only
    ("；\n（三）无记名股票的发行" → "或者无面额股的发行价格") runs from one item into the next."""
    a, b = old.strip(_EDGE_PUNCTUATION), new.strip(_EDGE_PUNCTUATION)
    if max(len(a), len(b)) > RAGGED or any(ch in a + b for ch in "。；\n"):
        return True
    starts = [side.lstrip()[:1] in ("。", "；") for side in (old, new)]
    return a != "" and b != "" and starts[0] != starts[1]


def _joins_sentences(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str) -> bool:
    """An edit that ends a paragraph on one side only, the text after it the same on both: the next paragraph goes on the
    other side's ("建立船舶油污保险、油污损害赔偿基金制度。\n" → "完善并", then "实施船舶油污保险…" in both: two
    sentences joined into one, 海洋环境保护法 第八十二条, said "“建立…基金制度”改为“完善并”" in the thirty-eighth reading:
    false as written)."""
    a, b = old_text[o[0]:o[1]].rstrip(" "), new_text[n[0]:n[1]].rstrip(" ")
    if not a.strip() or not b.strip() or a.endswith(("。\n", "；\n")) == b.endswith(("。\n", "；\n")):
        return False  # (a paragraph's end on one side only)
    after = old_text[o[1]:o[1] + 4]
    return len(after) == 4 and after == new_text[n[1]:n[1] + 4] and not any(ch in after for ch in "。；\n")


#: Words put in or taken out that are less than this share of the sentences they touch are quoted
#: alone: the rest of those sentences was there before.
PART_OF_SENTENCE = 0.6
#: An item label the edit ends on ("…组织本单位的会计工作：\n（一）"): the next item's, not the edit's.
_TRAILING_LABEL = recache.compile(r"\s*[（(][一二三四五六七八九十\d]+[)）]$")
_ENDS = recache.compile("[。；]")


def _words_of(edit: str) -> str:
    """An edit's words as a quote: its lines joined, without the edge punctuation or a trailing item label."""
    return _TRAILING_LABEL.sub("", edit.replace("\n", "").strip(_EDGE_PUNCTUATION)).strip(_EDGE_PUNCTUATION)


def _touched(text: str, span: Tuple[int, int], whole: Sequence[Sentence]) -> List[str]:
    """The sentences an edit touches, leaving out those said whole by another note."""
    if span[0] == span[1]:
        return []
    return [s.text for s in sentences(text) if s.start < max(span[1], span[0] + 1) and s.end >= span[0]
            and not any(w.start == s.start for w in whole)]


def _holding(text: str, at: int, whole: Sequence[Sentence]) -> List[str]:
    """The sentence words put in at ``at`` stand inside (not at its start or end), unless said whole by another note: words
    put in that cut it in two ("…各专门委员会会议，并可以应邀参加…有关会议；根据安排参加…执法检查…") rewrite it; quoted alone, the
    new sentences read as new whole ("新增“县级以上的各级人民代表大会代表可以应邀列席…”", 代表法 第二十六条 → 第三十三条, wrong in
    reading 475)."""
    return [s.text for s in sentences(text) if s.start < at < s.end and not any(w.start == s.start for w in whole)]


#: The opening of the next sentence words taken out at the end of a sentence run into that is left to that sentence's own
#: edits: at most this share of it, and this many characters.
NEXT_OPENING_SHARE, NEXT_OPENING = 0.2, 10


def _opening_off(span: Tuple[int, int], text: str, whole: Sequence[Sentence]) -> Tuple[int, int]:
    """``span`` cut at the end of the sentence it starts in when it runs on into only the opening of the next
    (NEXT_OPENING_SHARE of it, NEXT_OPENING characters at most): "经其他股东过半数同意。股东应就其股权转让" taken out of
    公司法 第七十一条 is the consent rule's, "股东应就其股权转让" the opening of the notice sentence another edit rewrites;
    both sentences were quoted taken out as one, and the second again as rewritten (useless in reading 182)."""
    if span[0] == span[1]:
        return span
    found = sentences(text)
    for k, s in enumerate(found):
        if s.start <= span[0] < s.end + 1 < span[1]:
            nxt = found[k + 1] if k + 1 < len(found) else None
            into = span[1] - nxt.start if nxt is not None else 0
            if 0 < into <= min(NEXT_OPENING, NEXT_OPENING_SHARE * len(nxt.text)) \
                    and not any(w.start == nxt.start for w in whole):
                # (with the duty word its phrase opens on, when that is all the diff left of it: "应当经其他股东过半数同意")
                start = max(text.rfind(mark, s.start, span[0]) for mark in "，；：") + 1
                return (start if 0 < start and span[0] - start <= 2 else span[0]), s.end + 1
            break
    return span


def _opening_only(a: str, b: str) -> Tuple[str, str]:
    """A sentence quoted with its own that differs from it only by words at its opening taken out (or put in): those words
    ("删除“有条件的”" of "有条件的小学和初级中学可以组织…" → "小学和初级中学可以组织…", 国防教育法 第十四条)."""
    if a and b and "……" not in a + b and a != b:
        if a.endswith(b):
            return a[:len(a) - len(b)], ""
        if b.endswith(a):
            return "", b[:len(b) - len(a)]
    return a, b


def _next_in_place(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str,
                   removed: Sequence[Sentence], added: Sequence[Sentence]) -> List[str]:
    """The new sentence that opens where an edit ends, when the edit runs into only the opening of the next old sentence
    (``_opening_off``) and ends at a sentence's end in the new text: that old sentence's new form, its opening edited.
    "非国有…由所有人负责修缮、保养。非国有不可移动文物有损毁危险…当地人民政府应当给予帮助" was quoted "改为“…由所有人或者使用人负责
    修缮、保养，县级以上人民政府可以予以补助”", the duty to help read as made a subsidy one may give (文物保护法 第二十一条 →
    第三十二条, wrong in reading 404: "不可移动文物有损毁危险…县级以上人民政府应当给予帮助" follows it)."""
    cut = _opening_off(o, old_text, removed)
    if cut == o or not _ITEM_LABEL.sub("", old_text[cut[1]:o[1]].strip("。；\n ")).strip():
        return []  # (nor an item's label alone: "（八）" of an item made a paragraph, its own edits said by their notes)
    for s in sentences(new_text):
        if s.start >= n[1]:
            if new_text[n[1]:s.start].strip("。；\n ") or any(w.start == s.start for w in added):
                return []
            return [s.text]
    return []


def _rest_made_a_sentence(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str,
                          added: Sequence[Sentence], news: Sequence[str]) -> List[str]:
    """The new sentence that opens where an edit ends, when the edit put a sentence's end into an old sentence and that
    sentence is the rest of the old one word for word: the old sentence cut in two, the edit quoted as its words, not as
    the sentences it touches. "…各专门委员会以及省、自治区、直辖市的人民代表大会常务委员会可以…提出法律解释要求" was quoted
    "改为“…各专门委员会，可以…提出法律解释要求或者提出相关法律案”", the provincial committees read as left out (立法法
    第四十六条 → 第四十九条, wrong in reading 1554: their right is 第四十九条's second paragraph, as it was)."""
    if not _ENDS.search(new_text[n[0]:n[1]]):
        return []
    for s in sentences(old_text):
        if s.start <= o[0] and o[1] < s.end:
            rest = substance(old_text[o[1]:s.end])
            break
    else:
        return []
    for s in sentences(new_text):
        if s.start >= n[1]:
            if new_text[n[1]:s.start].strip("。；\n ") or s.text in news or any(w.start == s.start for w in added) \
                    or substance(s.text) != rest:
                return []
            return [s.text]
    return []


#: Similarity (0–100), at least, of each old sentence an edit across sentences touches to the new one in its place, for
#: each to be quoted with its own.
EACH_ITS_OWN = 50


def _each_its_own(olds: List[str], news: List[str], renamed: Sequence[Tuple[str, str]] = ()) -> List[Tuple[str, str]]:
    """The sentences an edit across sentences touches, old and new, as many on each side (two or more) and each as like
    as EACH_ITS_OWN the one in its place, liker than any other: each quoted with its own. "“国家根据…应急计划。国家海洋
    行政主管部门负责制定…应急计划……”改为“国家根据…应急预案，建立健全海上溢油污染等应急机制……”" read as the oil-spill plan
    replaced by the mechanism, when it is 第三款's now (海洋环境保护法 第十八条 → 第二十八条, wrong in the eighty-seventh reading).
    Empty when they are not so. ``renamed``: the provision's renames (old, new), said by their own notes."""
    if len(olds) < 2 or len(olds) != len(news):
        return []

    scores = [[ratio(substance(x), substance(y)) for y in news] for x in olds]
    if any(row[k] < EACH_ITS_OWN or row[k] < max(row) for k, row in enumerate(scores)):
        return []
    return [_phrases_changed(x, y, renamed) for x, y in zip(olds, news) if x != y]


def _phrases_changed(old: str, new: str, renamed: Sequence[Tuple[str, str]] = ()) -> Tuple[str, str]:
    """Two forms of a sentence, only the phrases that changed, "……" where phrases both say stand (a rename said by its own
    note aside): "“……应当依法向人民法院申请宣告破产”改为“……应当依法向人民法院申请破产清算”" (公司法 第一百八十七条), not the
    forty characters before it twice; 专利法实施细则 第六十三条's "专利复审委员会进行复审后…" is its two phrases changed."""
    a, b = _PHRASES.split(old), _PHRASES.split(new)

    def said(phrase: str) -> str:
        for x, y in renamed:
            phrase = phrase.replace(x, y)
        return phrase.rstrip("，")

    from difflib import SequenceMatcher

    blocks = SequenceMatcher(None, [said(p) for p in a], [said(p) for p in b], autojunk=False).get_opcodes()
    if all(tag != "equal" for tag, *_ in blocks):
        return old, new
    out_a, out_b = [], []
    for tag, i1, i2, j1, j2 in blocks:
        if tag == "equal":
            for out in (out_a, out_b):
                if not out or out[-1] != "……":
                    out.append("……")
        else:
            out_a.append("".join(a[i1:i2]).rstrip("，"))
            out_b.append("".join(b[j1:j2]).rstrip("，"))
    joined = (lambda parts: "".join(p if p == "……" or k == 0 or parts[k - 1] == "……" else "，" + p
                                    for k, p in enumerate(parts)))
    return joined(out_a), joined(out_b)


_PHRASES = recache.compile(r"(?<=，)")


def _joined(quoted: List[str], text: str) -> str:
    """Sentences quoted together: "。" between two that stand next to each other in the text, "……" where
    sentences left out stand between them (海洋环境保护法 第四十六条's quote ran over "严格限制在海岸采挖砂石",
    the nineteenth reading)."""
    out, at = "", 0
    for k, q in enumerate(quoted):
        found = text.find(q, at)
        if k:
            between = text[at:found] if found >= 0 else "…"
            out += "。" if found >= 0 and not between.strip("。；;，,：:！？ \n") else "……"
        out += q
        if found >= 0:
            at = found + len(q)
    return out


def _changed_only(quoted: List[str], other_text: str, other_quoted: Sequence[str] = ()) -> List[str]:
    """Leave out sentences the other version still has but for a word or two ("但是，公司持有的…" →
    "公司持有的…"), or an item it has close to it (ALIKE_ELSEWHERE) outside the other side's quote, its own edits said by
    their own notes (民事诉讼法 第二百七十四条's "（八）不能用上述方式送达的，公告送达…" is 第二百八十三条's last paragraph, not the
    new (九) the diff ran (七) into: wrong in the fifty-third reading), as long as one is left: the quote shows what
    changed."""
    texts = [s.text for s in sentences(other_text)]
    others = [substance(s) for s in texts]
    apart = [substance(_unlabelled(s.lstrip())) for s in texts if s not in other_quoted]

    def kept(sentence: str) -> bool:
        mine = substance(sentence)
        if any((mine in o or o in mine) and abs(len(mine) - len(o)) <= 2 for o in others if o):
            return True
        bare = substance(_unlabelled(sentence.lstrip()))  # (an item: renumbered, or now a paragraph of its own)
        return len(quoted) > 1 and _ITEM_LABEL.match(sentence.lstrip()) and len(bare) >= ALIKE_LENGTH and any(
            ratio(bare, o) >= ALIKE_ELSEWHERE for o in apart if o)

    left = [q for q in quoted if not kept(q)]
    return left if left else quoted


#: An item of an edit's quote this like (0–100), its number off, a sentence of the other version outside the other side's
#: quote, and this long at least, is that sentence, left out of the quote.
ALIKE_ELSEWHERE, ALIKE_LENGTH = 80, 12
_ITEM_LABEL = recache.compile(r"^[（(][一二三四五六七八九十]+[）)]")


def _unlabelled(text: str) -> str:
    return _ITEM_LABEL.sub("", text)


def _words_kept(sentence: str, other_text: str) -> bool:
    """A short sentence whose words (bounds made canonical) the other version of the provision still
    holds; a long one may lose its rule though its words stay ("应当经其他股东过半数同意")."""
    if len(sentence) > 24:
        return False
    from .words import SAME_WORDS, _content_words
    from .rewrites import canonical

    mine = _content_words(canonical(sentence))
    other = canonical(other_text)
    if len(mine) < 3 or sum(1 for w in mine if w in other) < SAME_WORDS * len(mine):
        return False  # too few of its words even occur there: the other text need not be cut into words
    return len(mine & _content_words(other)) >= SAME_WORDS * len(mine)


def _goes_on_as_it_was(at: int, new_text: str, old_text: str) -> bool:
    """The new text's sentence goes on from ``at`` to its end as the old text says it (ten characters or more)."""
    end = _ENDS.search(new_text, at)
    rest = substance(new_text[at:end.start() if end else len(new_text)])
    return len(rest) >= 10 and rest in substance(old_text)


def _with_its_lead_in(item: str, text: str) -> str:
    """An item of a list quoted with the list's lead-in, "……" between them when items stand between: a rule made an item
    says what the lead-in says of every item ("因在中华人民共和国领域内履行…合同发生纠纷提起的诉讼" is a case "由人民法院专属管辖",
    民事诉讼法 第二百七十三条 → 第二百七十九条（三）: quoted alone, it read as the jurisdiction rule dropped, the ninety-third
    reading). Not an item, or no lead-in (a line ending "：") before the items: as it is."""
    at = text.find(item)
    if not _ITEM_LABEL.match(item.lstrip()) or at < 0:
        return item
    colon = text.rfind("：\n", 0, at)
    if colon < 0 or any(line.strip() and not _ITEM_LABEL.match(line.strip()) for line in text[colon + 2:at].split("\n")):
        return item  # (a line between the lead-in and the item that is no item)
    start = max(text.rfind(mark, 0, colon) for mark in ("。", "\n", "；")) + 1
    lead_in = text[start:colon + 1].strip()
    if not lead_in:
        return item
    return lead_in + ("……" if text[colon + 2:at].strip() else "") + item


#: Characters, at least, of an old sentence's opening taken out that is said apart (a shorter one, "本市", is no phrase).
OPENING_AT_LEAST = 4


def _opening_taken_out(olds: List[str], news: List[str], o: Tuple[int, int], n: Tuple[int, int], old_text: str,
                       new_text: str) -> str:
    """The words an edit across sentences takes out of the opening of the last old sentence it touches, one more than the
    new ones, when the rest of that sentence goes on as the new text does after the edit: its own edit, "露天开采海滨砂矿和"
    of "露天开采海滨砂矿和从岸上打井开采海底矿产资源，必须…", not a piece of the sentences before rewritten (海洋环境保护法
    第四十六条 → 第六十四条, whose quote ran from the first sentence to this one and read as the drilling rule replaced by the
    wildlife one, wrong in reading 221). "" otherwise, or when shorter than OPENING_AT_LEAST."""
    if len(olds) != len(news) + 1 or not news:
        return ""
    at = old_text.find(olds[-1], o[0])
    end = at + len(olds[-1])
    if at <= o[0] or not at < o[1] < end:
        return ""
    taken = old_text[at:o[1]]
    kept = old_text[o[1]:o[1] + len(taken)]  # (the rest goes on as the new text does after the edit, as long at least)
    return taken if len(taken) >= OPENING_AT_LEAST and o[1] + len(taken) <= end \
        and kept == new_text[n[1]:n[1] + len(taken)] else ""


def across_sentences(o: Tuple[int, int], n: Tuple[int, int], old_text: str, new_text: str,
                     removed: Sequence[Sentence], added: Sequence[Sentence], renamed: Sequence[Tuple[str, str]],
                     seen: set) -> Optional[List[Tuple[str, str]]]:
    """The quotes of the edit at ``o`` → ``n`` when it runs across sentences or is long (``_ragged``), else None: the
    sentences it touches, whole (those said whole by another note, ``removed``/``added``, left out), each old one with
    its new one when they pair up, or only the words put in or taken out inside a sentence that was there. ``seen``:
    the quotes said already for the provision (added to)."""
    if not (_ragged(old_text[o[0]:o[1]], new_text[n[0]:n[1]]) or _joins_sentences(o, n, old_text, new_text)):
        return None
    # (an edit across sentences: quote the sentences it touches, whole)
    if n[0] == n[1]:  # (words taken out only: with words put in, the edit rewrites both sentences)
        o = _opening_off(o, old_text, removed)
    olds, news = _touched(old_text, o, removed), _touched(new_text, n, added)
    put_in = new_text[n[0]:n[1]]
    if o[0] == o[1] and news and "；" in put_in and "。" not in put_in and "罚款" not in put_in:
        # (a sentence cut by "；" goes on as it was; a "。" opens a rule of its own, and a fine put in is its notes')
        olds = _holding(old_text, o[0], removed)
    if n[0] != n[1] and len(olds) == 1 and news and _rest_made_a_sentence(o, n, old_text, new_text, added, news):
        return None  # (an old sentence cut in two, its rest a sentence of its own as it was: the words put in between)
    if n[0] != n[1] and olds and news:
        news += _next_in_place(o, n, old_text, new_text, removed, added)
    if olds and news:
        olds, news = _changed_only(olds, new_text, news), _changed_only(news, old_text, olds)
    opening = _opening_taken_out(olds, news, o, n, old_text, new_text)
    if opening:
        olds = olds[:-1]
        if (opening, "") not in seen:
            seen.add((opening, ""))
            found = across_sentences((o[0], old_text.find(opening, o[0])), n, old_text, new_text, removed, added,
                                     renamed, seen)
            return (found or []) + [(opening, "")]
    each = [_opening_only(a, b) for a, b in _each_its_own(olds, news, renamed)]
    if each:
        fresh = [p for p in each if p not in seen]
        seen.update(each)
        return fresh
    a, b = _joined(olds, old_text), _joined(news, new_text)
    if len(olds) == 1 and len(news) == 1 and not _ITEM_LABEL.match(olds[0].lstrip()):
        b = _with_its_lead_in(news[0], new_text)
    # Words only put in (or only taken out) inside a sentence that was there: the words, not
    # the sentence, which would read as new whole (专利法实施细则 第三十条's "，以及国务院有关主管
    # 部门认可的由国际组织召开的学术会议或者技术会议" was "新增“…所称学术会议…是指…”").
    put, taken = _words_of(new_text[n[0]:n[1]]), _words_of(old_text[o[0]:o[1]])
    # (within one sentence: an edit across a sentence end is quoted by the sentences it joins)
    if not a and b and put and _ENDS.search(put) and (new_text[n[0]:n[1]].lstrip()[:1] in ("，", "；")
                                                       or new_text[n[0] - 1:n[0]] in ("，", "；")):
        # (a phrase put in at the end of a sentence, then sentences said whole by their own notes: the
        # words, "并向上级人民政府报告"; 突发事件应对法 第四十八条 → 第七十二条 quoted the whole sentence
        # they end as new, the twenty-eighth reading; or then the subject of an old sentence that goes on
        # as it was: "该董事应当及时向董事会书面报告。有关联关系的董事" before "不得对该项决议行使表决权…", 公司法
        # 第一百三十九条, quoted with the old ban as new in the thirty-seventh reading)
        head, *rest = _ENDS.split(put)
        head = _words_of(head)
        if head and rest and all(not _words_of(r) or any(_words_of(r) in w.text for w in added)
                                 or (k == len(rest) - 1 and _goes_on_as_it_was(n[1], new_text, old_text))
                                 for k, r in enumerate(rest)):
            put = head
    if not a and b and put and len(put) < PART_OF_SENTENCE * len(b) and not _ENDS.search(put):
        b = put
    elif not b and a and taken and len(taken) < PART_OF_SENTENCE * len(a) and not _ENDS.search(taken):
        a = taken
    if _words_kept(a, new_text) if not b else (_words_kept(b, old_text) if not a else False):
        return []  # restructured: "其成员不得少于三人" → "监事会成员为三人以上"
    if (a, b) in seen:
        return []
    seen.add((a, b))
    return [(a, b)]
