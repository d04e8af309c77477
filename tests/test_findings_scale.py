"""The findings' shortcuts for big texts give the answers of the plain passes they replace
(issue 18: a long provision or a whole document costs its edits, not its length squared).
Each shortcut is checked against the plain version, written out here, on the real statutes
and on seeded random inputs. Not timed: the speed figures live in benchmarks/scale.py."""
import random

import pytest

from policydiff.findings import sentences as S
from policydiff.findings.figures import _ORDINAL_LIST, _ordinal_list_before
from policydiff.findings.rewrites import _covered
from policydiff.findings.values import _PHRASE_END, last_of

from conftest import LAWS


def _all_pairs_match(old, new, threshold=S.SAME_SENTENCE):
    """sentences.match as it was: every old sentence scored against every new one."""
    pairs = S.best_first(((S.similarity(a.key, b.key), i, j) for i, a in enumerate(old) for j, b in enumerate(new)),
                         threshold)
    used_old, used_new = {i for i, _ in pairs}, {j for _, j in pairs}
    pairs += [(i, None) for i in range(len(old)) if i not in used_old]
    pairs += [(None, j) for j in range(len(new)) if j not in used_new]
    return pairs


def _statute_sentences():
    text = (LAWS / "公司法" / "2023-12-29.md").read_text(encoding="utf-8")
    return [s for s in S.sentences(text)][:400]


@pytest.mark.parametrize("bulk", [S._BULK, 0], ids=["scored-in-python", "scored-in-c"])
def test_sentence_matching_gives_the_all_pairs_answer(monkeypatch, bulk):
    monkeypatch.setattr(S, "_BULK", bulk)
    rng = random.Random(20261130)
    pool = _statute_sentences()
    for _ in range(300):
        def side():
            out = []
            for _ in range(rng.randint(0, 8)):
                s = rng.choice(pool[:12])  # few distinct sentences: repeats, ties and equal keys
                if rng.random() < 0.4:  # an edit of one character
                    k = rng.randrange(len(s.text))
                    s = S._sentence(s.text[:k] + rng.choice("甲乙丙") + s.text[k + 1:], 0)
                out.append(s)
            return out
        old, new = side(), side()
        assert S.match(old, new) == _all_pairs_match(old, new)


def test_a_long_provision_edited_here_and_there_pairs_as_before():
    rng = random.Random(7)
    old = _statute_sentences()
    new = list(old)
    for k in rng.sample(range(len(new)), 20):
        t = new[k].text
        new[k] = S._sentence(t[:len(t) // 2] + "并" + t[len(t) // 2:], 0)
    rng.shuffle(new[:30])
    assert S.match(old, new) == _all_pairs_match(old, new)


def _statute_texts():
    return [p.read_text(encoding="utf-8") for p in sorted(LAWS.glob("*/*.md"))[:12]]


def test_the_ordinal_list_test_reads_only_from_the_last_di():
    for text in _statute_texts():
        for at in range(0, len(text), 7):
            assert _ordinal_list_before(text, at) == bool(_ORDINAL_LIST.search(text, 0, at)), at
    made = "依照第一、二、三、十二项规定" + "，" * 300 + "第五、"
    for at in range(len(made) + 1):
        assert _ordinal_list_before(made, at) == bool(_ORDINAL_LIST.search(made, 0, at))


def test_the_phrase_start_is_the_last_stop_before_the_figure():
    texts = _statute_texts() + ["一" * 1000 + "，" + "二" * 1000, "三" * 3000]
    for text in texts:
        for at in range(0, len(text), 11):
            assert last_of(text, _PHRASE_END, at) == max(text.rfind(c, 0, at) for c in _PHRASE_END)


def test_hunk_coverage_by_bisection_is_the_plain_sum():
    rng = random.Random(3)
    for _ in range(500):
        cuts = sorted(rng.sample(range(400), rng.randrange(0, 20) * 2))
        spans = list(zip(cuts[::2], cuts[1::2]))
        if rng.random() < 0.2:  # overlapping, out of order: read whole
            spans = [(a, b + 30) for a, b in spans][::-1]
        start = rng.randrange(400)
        s = S.Sentence("x", start, start + rng.randrange(1, 80))
        plain = sum(max(0, min(b, s.end) - max(a, s.start)) for a, b in spans) / max(1, s.end - s.start)
        assert _covered(spans, s) == pytest.approx(plain)


@pytest.mark.parametrize("arrays", [False, True])
def test_term_counts_read_in_the_clauses_that_hold_them_are_the_whole_texts(monkeypatch, arrays):
    """renames._Counts counts a term (and finds its uses) only in the clauses holding its rarest
    character pair once many terms are asked about; the answers are those of the joined text,
    with the clauses indexed by pair in Python lists or in numpy arrays."""
    from policydiff import pipeline
    from policydiff.findings import renames
    from policydiff.findings.renames import _Counts, _PairArrays, _PairLists, _uses

    monkeypatch.setattr(renames, "_in_arrays", lambda length: arrays)
    monkeypatch.setattr(_Counts, "PLAIN", 64)  # the index from the 65th term on
    doc = pipeline.load(str(LAWS / "公司法" / "2023-12-29.md"), "new")
    clauses = [c.text for c in doc.clauses]
    counts, text = _Counts(clauses), "\n".join(clauses)
    rng = random.Random(18)
    terms = ["股东会", "董事会", "公司", "第一百", "。\n第", "司法", "会会", "的", "不存在的词"]
    for _ in range(300):  # pieces of the text, across clause ends too
        at = rng.randrange(len(text) - 8)
        terms.append(text[at:at + rng.randint(2, 6)])
    for term in terms + terms:  # past the first 64 terms, counted in the clauses; uses found there in round two
        assert counts[term] == text.count(term), term
        assert counts.uses(term) == _uses(term, text), term
    assert isinstance(counts._holders, _PairArrays if arrays else _PairLists)  # the index was used
    indexed = _Counts(clauses, 0)  # as find_renames makes them when many terms will be asked about
    for term in terms:
        assert indexed[term] == text.count(term), term
        assert indexed.uses(term) == _uses(term, text), term
    assert indexed._holders is not None and len(indexed) == len(set(terms))


def _plain_still_there(piece, other_text):
    """still_there as it was: the sentence against the whole other text."""
    from rapidfuzz.fuzz import partial_ratio

    from policydiff.findings.rewrites import canonical

    a, other = canonical(piece), canonical(other_text)
    return len(a) >= 6 and (a in other or partial_ratio(a, other, score_cutoff=85) >= 85)


def test_still_there_near_a_shared_run_gives_the_whole_texts_answer():
    from policydiff.findings import still_there as T
    from policydiff.findings.rewrites import canonical

    rng = random.Random(20261130)
    text = (LAWS / "公司法" / "2023-12-29.md").read_text(encoding="utf-8")
    other = canonical(text)
    assert len(other) > T._LONG
    old = [s.text for s in S.sentences((LAWS / "公司法" / "2018-10-26.md").read_text(encoding="utf-8"))]
    pieces = rng.sample(old, 150)
    for s in rng.sample(old, 300):  # 1 to 6 characters replaced, dropped or put in: scores around the threshold
        for _ in range(rng.randint(1, 6)):
            k = rng.randrange(len(s))
            s = s[:k] + rng.choice(["甲", "", "乙丙"]) + s[k + 1:]
        pieces.append(s)
    # Near the two ends of the text, where a stretch shorter than the sentence counts.
    pieces += [other[:k] + "甲乙丙" for k in (10, 14, 18, 30)] + ["甲乙丙" + other[-k:] for k in (10, 14, 18, 30)]
    near = 0
    for piece in pieces:
        plain = _plain_still_there(piece, text)
        assert T.still_there(piece, text) == plain, piece
        # Read at its place first (where it is, or anywhere): the same answer.
        found = text.find(piece)
        for at in (found / len(text) if found >= 0 else rng.random(), 1.0):
            assert T.still_there(piece, text, at) == plain, (piece, at)
        a = canonical(piece)
        if 6 <= len(a) <= T._SHORT_NEEDLE and a not in other and T._near(a, other):
            assert plain, piece
            near += 1
    assert near >= 50  # the shortcut answered for many of them


def test_figures_of_a_whole_version_read_run_by_run_are_those_of_the_joined_text():
    from policydiff import pipeline
    from policydiff.findings import load_lexicon
    from policydiff.findings.figure_changes import _pairs_of, _phrase_around, _phrases_with, _runs
    from policydiff.findings.values import parse_values

    from conftest import CORPUS

    lexicon = load_lexicon(None)
    paths = sorted(LAWS.glob("*/*.md")) + sorted((CORPUS / "shijingshan").glob("*.txt")) + \
        [CORPUS / "large" / "民法典-2020.md"]
    # Built: provisions that end inside a figure, a range or before its unit, so a reader of the
    # joined text reads on into the next one ("三\n万元" is one figure there).
    built = ["处一千元以上", "三千元以下的罚款。", "其成员为三人至", "十三人；董事会成员为三", "万元以下。", "年利率为5",
             "%。", "期限为三", "\n日以内。", "不得少于", "三人。", "处五千元罚款。"] * 3
    cut = 0
    for texts in [built] + [[c.text for c in pipeline.load(str(path), "o").clauses] for path in paths]:
        joined = "\n".join(texts)
        starts = [len("\n".join(texts[:k])) + (k > 0) for k in range(len(texts))]
        plain = {}
        for v in parse_values(joined, lexicon):  # drop_moved_figures as it was: the joined text read once
            where = max(k for k, at in enumerate(starts) if at <= v.start)  # the provision it stands in
            plain.setdefault(v.key, []).append((where, _pairs_of(_phrase_around(joined, v))))
        assert _phrases_with(texts, lexicon, {}) == plain, texts[:3]
        runs = _runs(texts, lexicon)
        assert "\n".join(runs) == joined
        cut += len(runs) > 1
    assert cut >= 20  # the versions were read in runs, not whole


@pytest.mark.parametrize("bulk", [S._NEAREST_BULK, 0], ids=["one-by-one", "in-bulk"])
def test_the_nearest_sentences_scored_once_per_distinct_key_are_extracts(monkeypatch, bulk):
    from rapidfuzz import process
    from rapidfuzz.fuzz import ratio

    monkeypatch.setattr(S, "_NEAREST_BULK", bulk)
    rng = random.Random(18)
    new = [s.key for s in S.sentences((LAWS / "公司法" / "2023-12-29.md").read_text(encoding="utf-8"))]
    keys = []
    for k in new * 3 + rng.sample(new, 200):  # a document repeated, and sentences said again here and there
        keys.append(k if rng.random() < 0.9 else k[:len(k) // 2] + "并" + k[len(k) // 2:])
    old = [s.key for s in S.sentences((LAWS / "公司法" / "2018-10-26.md").read_text(encoding="utf-8"))]
    queries = rng.sample(old, 60) + rng.sample(new, 20)
    for cutoff, limit in ((60, 10), (85, 3)):
        got = S.nearest(queries, keys, cutoff, limit)
        for query, near in zip(queries, got):
            assert near == [tuple(x) for x in process.extract(
                query, keys, scorer=ratio, score_cutoff=cutoff, limit=limit)], query


def test_phrase_bounds_found_by_bisection_are_the_whole_texts():
    from policydiff.findings.changes import BOUNDARIES, _phrase_bounds, _stops

    def plain(text, start, end):  # _phrase_bounds as it was: the text read to its ends
        lo = max(text.rfind(b, 0, start) for b in BOUNDARIES) + 1
        hits = [i for i in (text.find(b, end) for b in BOUNDARIES) if i != -1]
        return lo, max(end, min(hits) if hits else len(text))

    texts = _statute_texts()[:4] + ["甲" * 3000 + "，" + "乙" * 3000, "丙" * 2000, "，" * 600]
    for text in texts:
        stops = _stops(text)  # as a pair's hunks ask: the boundaries found once
        for start in range(0, len(text), 13):
            for width in (0, 1, 5, 300):
                end = min(len(text), start + width)
                assert _phrase_bounds(text, start, end) == plain(text, start, end), (start, end)
                assert _phrase_bounds(text, start, end, stops) == plain(text, start, end), (start, end)


def test_references_skip_the_number_pattern_only_where_no_number_ends():
    from policydiff.findings import references as R

    from conftest import CORPUS

    def plain(text):
        found = {}
        for kind, _, _, pattern in R._KINDS:
            for m in pattern.finditer(text):
                found.setdefault(kind, {}).setdefault(R.substance(m.group()), m.group())
        return found

    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "shijingshan").glob("*.txt"))]
    texts += _statute_texts() + ["依据京政发〔2020〕3号文件", "见国办发（ 2019 ）12 号。", "〔2020〕3号", "京政发2020年3号"]
    numbers = 0
    for text in texts:
        assert R.references(text) == plain(text)
        numbers += "number" in plain(text)
    assert numbers >= 3


def test_the_first_provision_saying_words_found_in_the_joined_text_is_the_scans():
    from policydiff import pipeline
    from policydiff.findings.notes_elsewhere import _Provisions
    from policydiff.findings.rewrites import canonical

    rng = random.Random(19)
    doc = pipeline.load(str(LAWS / "公司法" / "2023-12-29.md"), "n")
    provisions = [(j // 2, c.display_label, canonical(c.text)) for j, c in enumerate(doc.clauses)]
    provisions[5:5] = [(2, "空", ""), (3, "空", "")]  # empty texts hold only ""
    found = _Provisions(provisions)
    old = (LAWS / "公司法" / "2018-10-26.md").read_text(encoding="utf-8")
    for _ in range(400):
        _, _, text = rng.choice(provisions[:40])  # words said early, in one or several provisions
        source = text if text and rng.random() < 0.7 else canonical(old)
        at = rng.randrange(max(1, len(source) - 8))
        words = source[at:at + rng.choice((0, 2, 4, 8, 12))]
        for k in (provisions[0][0], rng.randrange(40), -1):
            plain = next((label for j, label, t in provisions if j != k and words in t), None)
            assert found.first_saying(words, k) == plain, (words, k)


@pytest.mark.parametrize("block", [S._NEAREST_BLOCK, 1000, None], ids=["one-block", "rows-in-blocks", "one-by-one"])
def test_nearest_sentences_in_bulk_are_those_extract_finds_one_by_one(monkeypatch, block):
    """sentences.nearest (one cdist over every query) gives process.extract's answer for each
    query: the same choices, scores and order (best first, the first of equals first), on the
    公司法's sentences, which repeat (equal scores), and on queries with nothing near."""
    from rapidfuzz import process
    from rapidfuzz.fuzz import ratio

    if block is None:  # a small job without numpy loaded: process.extract query by query
        monkeypatch.setattr(S, "_in_bulk", lambda pairs: False)
    else:
        monkeypatch.setattr(S, "_in_bulk", lambda pairs: True)
        monkeypatch.setattr(S, "_NEAREST_BLOCK", block)
    old = [s.key for s in S.sentences((LAWS / "公司法" / "2018-10-26.md").read_text(encoding="utf-8"))]
    new = [s.key for s in _statute_sentences()]
    queries = old[:300] + new[:40] + ["", "公司", "无关的句子完全不同"] + old[:20]  # some asked twice
    for cutoff, limit in ((60, 10), (85, 8), (0, 5)):
        got = S.nearest(queries, new, cutoff, limit)
        want = [[tuple(x) for x in process.extract(q, new, scorer=ratio, score_cutoff=cutoff, limit=limit)]
                for q in queries]
        assert got == want
        assert any(len(g) >= 2 for g in got)  # several near one query: their order is checked
        # Only the choices whose length is within a third of the query's (find_moves' spread).
        got = S.nearest(queries, new, cutoff, limit, spread=3)
        for q, near in zip(queries, got):
            within = [i for i, c in enumerate(new) if abs(len(c) - len(q)) <= len(q) // 3]
            found = process.extract(q, [new[i] for i in within], scorer=ratio, score_cutoff=cutoff, limit=limit)
            assert near == [(c, score, within[k]) for c, score, k in found], q
    assert S.nearest(queries[:3], [], 60, 10) == [[], [], []]


def _widen_cutting_both_sides(old, new, o, n, equal_before, equal_after):
    """words.widen as it was: both sides' bounds asked for on every round, kept or not."""
    from policydiff.findings.words import (_LOCATIVES, _LONE, _STOPS, PREFIX_AT_MOST, _bare, _conjunct_before_a_shared_head,
                                           _list_member_before, _qualifier_put_between, _room, bounds, qualified)

    ob, nb = bounds(old), bounds(new)
    left = right = 0
    limit_left = min(equal_before, _room(old, o[0], -1))
    limit_right = min(equal_after, _room(old, o[1], +1))
    for _ in range(3):
        want_left = max(o[0] - left - ob.left(o[0] - left), n[0] - left - nb.left(n[0] - left))
        want_right = max(ob.right(o[1] + right) - o[1] - right, nb.right(n[1] + right) - n[1] - right)
        if not want_left and not want_right:
            break
        left = min(limit_left, left + want_left)
        right = min(limit_right, right + want_right)
    listed = (old[o[0]:o[1]] or new[n[0]:n[1]]).startswith("、") and not (old[o[0]:o[1]] and new[n[0]:n[1]])
    # (a short word put in before a word: the word before it, as widen does)
    prefix = not left and right > 0 and not old[o[0]:o[1]] and len(new[n[0]:n[1]]) <= PREFIX_AT_MOST \
        and o[0] >= 2 and not set(old[o[0] - 2:o[0]]) & (_LONE | _STOPS)
    # (words put in before a locative, or alone before 的 but 之一: the noun before them, as widen does)
    locative = not left and not right and o[1] < len(old) and old[o[1]] in _LOCATIVES and ob.right(o[1] + 1) == o[1] + 1
    locative = locative or (not old[o[0]:o[1]] or not new[n[0]:n[1]]) and old[o[1]:o[1] + 1] == "的" \
        and (old[o[0]:o[1]] or new[n[0]:n[1]]) != "之一"
    for _ in range(2):
        if not _bare(old[o[0] - left:o[1] + right], new[n[0] - left:n[1] + right]):
            break
        if (listed or prefix or locative) and left < limit_left:  # (a member of a list: the member before it, as widen does)
            left = min(limit_left, o[0] - ob.left(o[0] - left - 1))
            break
        if right < limit_right:
            right = min(limit_right, ob.right(o[1] + right + 1) - o[1])
        elif left < limit_left:
            left = min(limit_left, o[0] - ob.left(o[0] - left - 1))
        else:
            break
    right = qualified(old, new, o, n, right, limit_right)  # (a quote ending on 的: what it qualifies, as widen does)
    left = _list_member_before(old, new, o, n, left, equal_before, ob)  # (a short list's member before, as widen does)
    right = max(right, _conjunct_before_a_shared_head(old, new, o, n, right, limit_right))  # (as widen does)
    if left and not right and right < limit_right and _qualifier_put_between(old[o[0]:o[1]], new[n[0]:n[1]]):
        right = min(limit_right, ob.right(o[1] + 1) - o[1])  # (a qualifier put in: what it qualifies, as widen does)
    return (o[0] - left, o[1] + right), (n[0] - left, n[1] + right)


def test_an_edit_is_widened_as_when_both_sides_were_always_cut():
    """words.widen cuts a side only while it has room to take in: the same spans as cutting both
    sides every round, on every hunk of the 公司法 revision (with every amount of equal text
    beside it from none to the hunk's own, so sides without room occur)."""
    from policydiff.findings.changes import changes_of
    from policydiff.findings.words import widen
    from policydiff.pipeline import compare

    comparison = compare(str(LAWS / "公司法" / "2018-10-26.md"), str(LAWS / "公司法" / "2023-12-29.md"))
    checked = widened = 0
    for pair in comparison.pairs:
        if not pair.diff or pair.old_text == pair.new_text:
            continue
        for change in changes_of(pair):
            for h in change.hunks:
                o, n = (h.old_at, h.old_at + len(h.deleted)), (h.new_at, h.new_at + len(h.inserted))
                for before, after in ((0, 0), (0, 6), (6, 0), (2, 3), (6, 6)):
                    want = _widen_cutting_both_sides(pair.old_text, pair.new_text, o, n, before, after)
                    assert widen(pair.old_text, pair.new_text, o, n, before, after) == want
                    checked += 1
                    widened += want != (o, n)
    assert checked > 1000 and widened > 100


def test_the_pairs_holding_a_term_are_found_in_one_scan_as_one_by_one():
    """renames._Texts.holding (one scan of the old texts joined) lists the pairs whose old text
    holds the term, in order, as the loop over every pair did, on the 公司法 revision."""
    from policydiff.findings.renames import _rewritten_texts
    from policydiff.pipeline import compare

    comparison = compare(str(LAWS / "公司法" / "2018-10-26.md"), str(LAWS / "公司法" / "2023-12-29.md"))
    texts = _rewritten_texts(comparison.pairs)
    rng = random.Random(19)
    olds = [both[0] for both in texts if both is not None]
    terms = ["股东大会", "公司", "的", "不存在的词", "。", "\n"]
    for _ in range(300):
        text = rng.choice(olds)
        at = rng.randrange(max(1, len(text) - 6))
        terms.append(text[at:at + rng.randint(1, 6)])
    for term in terms:
        want = [i for i, both in enumerate(texts) if both is not None and term in both[0]]
        assert texts.holding(term) == want, term
    assert len(texts.holding("公司")) > 20 and None in texts  # many holders; pairs without both sides left out


def test_a_very_long_provision_is_read_at_its_changed_paragraphs_and_their_neighbours():
    """window.where_changed: the 民法典 as one clause, three sentences edited far apart. The cut
    pair is the lines of each edit with CONTEXT lines on each side, in order, and no other line;
    its diff gives its texts; the findings say the edits."""
    from policydiff import ingest, normalize
    from policydiff.diff import diff_pair
    from policydiff.findings import analyze, window
    from policydiff.models import Clause, Pair, Status

    from conftest import CORPUS

    text = "\n".join(normalize.normalize(ingest.read(str(CORPUS / "large" / "民法典-2020.md"))).paragraphs)
    edits = (("民法调整平等主体", "民法调整各类平等主体"), ("应当有利于节约资源、保护生态环境。", "应当有利于节约资源。"),
             ("本编调整因侵害民事权益产生的民事关系。", "本编调整因侵害民事权益而产生的民事关系。"))
    edited = text
    for a, b in edits:
        assert edited.count(a) == 1
        edited = edited.replace(a, b)
    pair = diff_pair(Pair(Status.MODIFIED, (Clause("o0", "", None, (), None, text),),
                          (Clause("n0", "", None, (), None, edited),), 0.99))
    assert len(text) > window.LONG
    cut = window.where_changed(pair)
    for whole, part in ((text, cut.old[0].text), (edited, cut.new[0].text)):
        lines = whole.split("\n")
        changed = {k for k, line in enumerate(lines) if any(a in line or b in line for a, b in edits)}
        assert len(changed) == 3
        kept = {k + d for k in changed for d in range(-window.CONTEXT, window.CONTEXT + 1) if 0 <= k + d < len(lines)}
        assert part == "\n".join(lines[k] for k in sorted(kept))
    assert "".join(t for op, t in cut.diff if op.value != "+") == cut.old[0].text
    assert "".join(t for op, t in cut.diff if op.value != "-") == cut.new[0].text
    messages = [f.message for f in analyze(pair).findings]
    assert "表述修改：“平等主体”改为“各类平等主体”" in messages
    assert any("保护生态环境" in m for m in messages), messages


def test_a_figure_inside_a_rate_found_by_bisection_is_the_flag_per_characters():
    """figures._in_a_rate (the rates' bounds bisected) says what a flag per character said, on
    random rates that touch and random spans, empty ones too; and a book-long text's figures are
    those of its parts (its rates, sums and quantities at their offsets)."""
    from policydiff.findings import figures as F
    from policydiff.findings.lexicon import load_lexicon

    rng = random.Random(19)
    for _ in range(3000):
        rates, taken, at = [], [False] * 60, 0
        while at < 55 and rng.random() < 0.8:
            a = at + rng.randint(0, 4)
            b = a + rng.randint(1, 5)
            if b > 60:
                break
            rates += (a, b)
            taken[a:b] = [True] * (b - a)
            at = b
        start = rng.randint(0, 60)
        end = rng.randint(start, 60)
        assert F._in_a_rate(rates, start, end) == any(taken[start:end]), (rates, start, end)
    lexicon = load_lexicon(None)
    part = "罚款五万元以上十万元以下，占比百分之三十，期限为3年；比例为15%的，补助100万元。"
    figures = F._parse_figures(part * 400, lexicon)
    one = F._parse_figures(part, lexicon)
    assert len(one) >= 5 and len(figures) == 400 * len(one)
    assert [(f.kind, f.value, f.start - figures[len(one) * k].start + one[0].start) for k in range(400)
            for f in figures[len(one) * k:len(one) * (k + 1)]] == [(f.kind, f.value, f.start) for f in one] * 400


def test_label_and_citation_numbers_are_looked_for_only_where_their_key_characters_are():
    """substance and renumbering_only run their patterns only over a text holding a character
    every match holds; on pieces of every corpus text (and made-up labels) the answer is the
    plain pattern's."""
    from conftest import CORPUS
    from policydiff.findings.formatting import _ITEM_LABELS, substance
    from policydiff.findings.wording import _NUMBERING, renumbering_only
    from policydiff.normalize import loose_key

    rng = random.Random(18)
    pieces = ["（三）", "第（一）项", "①召开", "一、总则", "1.适用", "本条第二款", "前两款", "依照第十条", "第3条"]
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix in (".md", ".txt"):
            text = path.read_text(encoding="utf-8")
            for _ in range(200):
                at = rng.randrange(len(text))
                pieces.append(text[at:at + rng.randint(1, 60)])
    substance.cache_clear()
    for piece in pieces:
        assert substance(piece) == loose_key(_ITEM_LABELS.sub("", piece)), piece
    plain = [substance(_NUMBERING.sub("#", p)).replace("第#", "#") for p in pieces]
    for k in range(len(pieces) - 1):
        cited = [bool(_NUMBERING.search(p)) for p in pieces[k:k + 2]]  # (a citation taken out whole is no renumbering)
        assert renumbering_only(pieces[k], pieces[k + 1]) == (plain[k] == plain[k + 1] and cited[0] == cited[1]), \
            pieces[k:k + 2]
    assert sum(renumbering_only(a, b) for a, b in [("第三条", "第五条"), ("（九）", "（七）")]) == 2


def test_a_lone_particle_swap_left_unwidened_gives_the_notes_of_widening_it(monkeypatch):
    """wording._widened leaves a 的 ↔ 之 swap that no other edit can reach as it is (its words are not
    cut): the findings are those of widening every edit, on the 公司法 revision with a third of the
    new version's 的 written 之 (seeded), so swaps fall both far from the real edits and beside them."""
    from policydiff.diff import diff_pair
    from policydiff.findings import analyze, wording
    from policydiff.models import Clause, Pair, Status
    from policydiff.pipeline import compare

    rng = random.Random(19)
    comparison = compare(str(LAWS / "公司法" / "2018-10-26.md"), str(LAWS / "公司法" / "2023-12-29.md"))
    pairs = []
    for pair in comparison.pairs:
        if pair.old and pair.new and pair.old_text != pair.new_text:
            new = "".join("之" if ch == "的" and rng.random() < 0.33 else ch for ch in pair.new_text)
            pairs.append(diff_pair(Pair(Status.MODIFIED, (Clause("o0", "", None, (), None, pair.old_text),),
                                        (Clause("n0", "", None, (), None, new),), 0.9)))
    widened = []
    plain_widen = wording.widen
    monkeypatch.setattr(wording, "widen", lambda *a: widened.append(a) or plain_widen(*a))

    def swaps():
        return sum(1 for old, new, o, n, *_ in widened if {old[o[0]:o[1]], new[n[0]:n[1]]} == {"的", "之"})

    shortcut = [analyze(p).findings for p in pairs]
    calls, swaps_near_an_edit = len(widened), swaps()
    monkeypatch.setattr(wording, "_SWAPPED", set())  # every edit widened
    widened.clear()
    assert [analyze(p).findings for p in pairs] == shortcut
    assert len(widened) - calls > 50 and swaps() - swaps_near_an_edit == len(widened) - calls  # swaps left as they are
    assert swaps_near_an_edit > 20  # and swaps another edit can reach, widened


def test_sentences_found_as_bodies_are_the_runs_cut_and_stripped():
    """sentences() finds each sentence's body with one pattern (a book-long provision holds 250,000
    of them); the same sentences, offsets and keys as each run of "[^。；！？\\n]+[。；！？]?" with
    its closing punctuation taken off and stripped, the empty ones left out: on every corpus text
    and on random strings of terminators, line breaks, odd spaces and text."""
    import re

    run = re.compile(r"[^。；！？\n]+[。；！？]?")

    def plain(text):
        out = []
        for m in run.finditer(text):
            body = m.group().rstrip("。；！？").strip()
            if body:
                start = m.start() + m.group().find(body)
                out.append(S.Sentence(body, start, start + len(body), S._key(body)))
        return tuple(out)

    texts = [p.read_text(encoding="utf-8") for p in sorted(LAWS.parent.rglob("*.txt")) + sorted(LAWS.rglob("*.md"))]
    rng = random.Random(7)
    alphabet = list("。；！？\n \t\u3000\xa0\x1c\x85ab，第条")
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    assert len(texts) > 20_040
    for text in texts:
        assert S.sentences.__wrapped__(text) == plain(text), repr(text[:80])


def test_moves_read_from_deleted_texts_are_those_of_every_sentence_made():
    """find_moves reads a deleted provision's sentences as texts and keys (moved._deleted_long) and
    makes a Sentence only of one that moved: the same moves, in the same order, as the pass that
    made every sentence, on 公司法 2018 → 2023 with a third of its old provisions taken as deleted,
    repeated twice (each text said three times: first of equals first)."""
    from dataclasses import replace

    from policydiff import align, diff, findings, pipeline
    from policydiff.findings import moved as M
    from policydiff.findings.sentences import best_first, nearest, sentences
    from policydiff.models import Pair, Status

    from policydiff.findings.wording import NORM_WORDS

    def plain(pairs):  # find_moves as it read before: every sentence made, every query scored
        whole = [M._whole_sentences(p) for p in pairs]
        out_ = [(i, s) for i, (removed, _) in enumerate(whole) for s in removed if len(s.key) >= M.MIN_MOVED]
        in_ = [(j, s) for j, (_, added) in enumerate(whole) for s in added if len(s.key) >= M.MIN_MOVED]
        # (both sides in the drafting norms' words, as find_moves reads them: "必须" is "应当", 公司法 第一百三十六条 →
        # 第一百五十六条's "…必须…并公告" → "…应予公告" is near only so)
        norms = sorted(NORM_WORDS)
        in_keys = [M._with_renames(b.key, norms) for _, b in in_]
        scored = []
        near_all = nearest([M._with_renames(a.key, norms) for _, a in out_], in_keys, M.RESTATED_AT_LEAST, 8, spread=2)
        for k, ((i, a), near) in enumerate(zip(out_, near_all)):
            for _key, score, m in near:
                if in_[m][0] != i and (score >= M.SAME_TEXT and not M._said_at_home(a, score, pairs[i])
                                       or score < M.SAME_TEXT and M._restated(a, in_[m][1], pairs[i])):
                    scored.append((score, k, m))
        return [(out_[k][0], out_[k][1], in_[m][0], in_[m][1]) for k, m in best_first(scored, M.RESTATED_AT_LEAST)]

    old = pipeline.load(LAWS / "公司法" / "2018-10-26.md")
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    lexicon = findings.load_lexicon(None)
    pairs = [findings.analyze(diff.diff_pair(p), lexicon) for p in align.align(old, new)]
    gone = [Pair(Status.DELETED, p.old, (), 0.0) for p in pairs[::3] if p.old]
    pairs = pairs + gone + [replace(p) for p in gone]
    moves = M.find_moves(pairs)
    assert moves == plain(pairs)
    assert sum(1 for i, *_ in moves if pairs[i].status is Status.DELETED) >= 10
    assert all(s in sentences(pairs[i].old_text) for i, s, _, _ in moves)
