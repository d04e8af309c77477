"""similarity.candidates picks, for each old clause of a large gap, the new clauses worth scoring:
the PER_CLAUSE sharing most rare phrases (ties: nearest the old clause's expected place, then the
earlier) and the BAND around that place. The picks are made for a whole block of rows at once
(numpy); they must be what the rule says, row by row."""
from collections import Counter

import pytest

from policydiff import align, pipeline, similarity
from policydiff.models import RawText

from conftest import LAWS


def _rule(old_grams, new_grams, olds, news):
    """The rule, written out plainly: set intersections and a sort per old clause."""
    n, m = len(olds), len(news)
    holders = Counter(g for j in news for g in new_grams(j))
    rare = {g for g, count in holders.items() if count <= max(8, m // 10)}
    found = []
    for p, i in enumerate(olds):
        mine = old_grams(i) & rare
        counts = [len(mine & new_grams(j)) for j in news]
        expected = (p + 0.5) * m / n - 0.5
        ranked = sorted((q for q in range(m) if counts[q]), key=lambda q: (-counts[q], abs(q - expected), q))
        picks = set(ranked[:similarity.PER_CLAUSE])
        centre = int(round(expected))
        picks.update(range(max(0, centre - similarity.BAND), min(m, centre + similarity.BAND + 1)))
        found += [(i, news[q]) for q in sorted(picks)]
    return found


def _sides(old_text: str, new_text: str):
    old = align._Side(pipeline.parse(RawText("old", old_text)))
    new = align._Side(pipeline.parse(RawText("new", new_text), "n"))
    return old, new


def _index(old, new):
    return similarity.PhraseIndex(old.all_grams(), new.all_grams())


COMPANY_2018 = (LAWS / "公司法" / "2018-10-26.md")
COMPANY_2023 = (LAWS / "公司法" / "2023-12-29.md")


@pytest.mark.parametrize("block_cells", [similarity.BLOCK_CELLS, 1_000])
def test_block_picks_are_the_rule_row_by_row(monkeypatch, block_cells):
    monkeypatch.setattr(similarity, "BLOCK_CELLS", block_cells)  # several blocks, the last one short
    old, new = _sides(COMPANY_2018.read_text(encoding="utf-8"), COMPANY_2023.read_text(encoding="utf-8"))
    olds, news = list(range(1, len(old.keys), 2)), list(range(0, len(new.keys)))
    got = similarity.candidates(_index(old, new), olds, news)
    assert got == _rule(old.grams, new.grams, olds, news)
    assert len(got) > 5 * len(olds)


def test_ties_and_tiny_stretches_follow_the_rule():
    # The law five times on the old side: every clause ties with its copies (and the phrase index
    # numbers each distinct clause once); and stretches of fewer new clauses than PER_CLAUSE or the band.
    text = COMPANY_2018.read_text(encoding="utf-8")
    old, new = _sides((text + "\n\n") * 5, COMPANY_2023.read_text(encoding="utf-8"))
    assert len({id(s) for s in old.all_grams()}) * 4 < len(old.keys)
    for news in (list(range(0, len(new.keys))), [3, 40, 41], [7], list(range(100, 112))):
        olds = list(range(0, len(old.keys)))
        assert similarity.candidates(_index(old, new), olds, news) == _rule(old.grams, new.grams, olds, news)


def test_phrase_holders_of_a_repeated_text_are_counted_per_clause():
    # A text pasted many times: each distinct clause is counted once and weighted by its copies;
    # the counts must be those of every clause counted one by one.
    text = COMPANY_2018.read_text(encoding="utf-8")
    for pasted in (text, text * 6):
        side = align._Side(pipeline.parse(RawText("pasted", pasted)))
        sets = side.all_grams()
        assert similarity.holders(sets) == Counter(g for s in sets for g in s)
    assert len({id(s) for s in sets}) * 4 < len(sets)  # the repeated path was taken


def _same_index(keyed, from_sets, old, new):
    """Two phrase indexes hold the same phrases, as many in each clause, as many holders each."""
    import numpy as np

    assert keyed.size == from_sets.size
    for side, grams in (("old", old.grams), ("new", new.grams)):
        offsets = getattr(keyed, side + "_offsets")
        assert (np.diff(offsets) == np.diff(getattr(from_sets, side + "_offsets"))).all()
        for i in range(len(offsets) - 1):
            phrases = grams(i)
            assert len(phrases) == offsets[i + 1] - offsets[i]
            numbers = sorted(keyed.number[g] for g in phrases)
            assert numbers == sorted(getattr(keyed, side + "_flat")[offsets[i]:offsets[i + 1]].tolist())
            for g in phrases:
                assert getattr(keyed, side + "_holders")[keyed.number[g]] == \
                    getattr(from_sets, side + "_holders")[from_sets.number[g]]


def test_the_index_made_from_keys_is_the_index_made_from_phrases():
    old, new = _sides(COMPANY_2018.read_text(encoding="utf-8"), COMPANY_2023.read_text(encoding="utf-8"))
    _same_index(similarity.PhraseIndex.of_keys(old.keys, new.keys), _index(old, new), old, new)
    # keys shorter than a phrase (one phrase: the whole key), empty, repeated, a lone surrogate
    keys_a = ["", "a", "ab", "abc", "abcabc", "x\ud800y", "公司法", "公司", "ab"]
    keys_b = ["ab", "b", "", "bca", "\ud800y", "公司公司"]
    a, b = align._Side.__new__(align._Side), align._Side.__new__(align._Side)
    for side, keys in ((a, keys_a), (b, keys_b)):
        side.keys, side._grams = tuple(keys), [None] * len(keys)
    _same_index(similarity.PhraseIndex.of_keys(keys_a, keys_b), _index(a, b), a, b)
    with pytest.raises(KeyError):
        similarity.PhraseIndex.of_keys(keys_a, keys_b).number["zzz"]


@pytest.mark.parametrize("block_cells", [similarity.BLOCK_CELLS, 1_000])
def test_counted_candidates_count_every_shared_phrase(monkeypatch, block_cells):
    # the pairs of candidates(), and for each the phrases the two clauses share (rare and common)
    monkeypatch.setattr(similarity, "BLOCK_CELLS", block_cells)
    old, new = _sides(COMPANY_2018.read_text(encoding="utf-8"), COMPANY_2023.read_text(encoding="utf-8"))
    olds, news = list(range(0, len(old.keys))), list(range(3, len(new.keys)))
    for index in (_index(old, new), similarity.PhraseIndex.of_keys(old.keys, new.keys)):
        pairs, shared = similarity.counted_candidates(index, olds, news)
        assert pairs == similarity.candidates(index, olds, news) == _rule(old.grams, new.grams, olds, news)
        assert shared == [len(old.grams(i) & new.grams(j)) for i, j in pairs]
        assert sum(count > 20 for count in shared) > 100  # (common phrases counted too)


def test_a_text_repeated_is_indexed_by_its_distinct_clauses():
    # made from the keys (numpy) for a revision; from each distinct clause's phrases, cut once,
    # for a statute pasted five times (less memory, a fifth of the work)
    text, final = COMPANY_2018.read_text(encoding="utf-8"), COMPANY_2023.read_text(encoding="utf-8")
    for old_text, from_keys in ((text, True), ((text + "\n\n") * 5, False)):
        old, new = _sides(old_text, final)
        index = align._Scorer(old, new).index
        assert isinstance(index.number, dict) != from_keys
        _same_index(index, _index(old, new), old, new)


def test_picks_with_counts_past_sixteen_bits():
    # a long article sharing more than 32,767 rare phrases with its copy: the picks' partition
    # runs on the counts as they are (in 16 bits otherwise); the same picks as the rule
    import re

    code = (LAWS.parent / "large" / "民法典-2020.md").read_text(encoding="utf-8")
    long = re.sub(r"\s", "", code)[:200_000]
    shorts = [re.sub(r"\s", "", c) for c in COMPANY_2018.read_text(encoding="utf-8").split("\n") if len(c) > 30][:12]
    keys_a = shorts[:6] + [long] + shorts[6:]
    keys_b = shorts[:3] + [long[:90_000] + "新增" + long[90_000:]] + shorts[3:]
    a, b = align._Side.__new__(align._Side), align._Side.__new__(align._Side)
    for side, keys in ((a, keys_a), (b, keys_b)):
        side.keys, side._grams = tuple(keys), [None] * len(keys)
    olds, news = list(range(len(keys_a))), list(range(len(keys_b)))
    pairs, shared = similarity.counted_candidates(similarity.PhraseIndex.of_keys(keys_a, keys_b), olds, news)
    assert pairs == _rule(a.grams, b.grams, olds, news)
    assert max(shared) > 1 << 15 and (6, 3) in pairs
