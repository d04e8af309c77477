"""realign rule 1 scores every weak old clause against every open new one in bulk (rapidfuzz's
cdist, in blocks; a small table before numpy is loaded, one call per row): the best partner found
must be the one the plain formula gives, pair by pair."""
import random
from dataclasses import replace
import subprocess
import sys

import pytest

from rapidfuzz.fuzz import ratio as indel_ratio

from policydiff import align, pipeline, realign, similarity
from policydiff.models import RawText

from conftest import LAWS


@pytest.mark.parametrize("path", ["cdist in blocks", "a small table by rows", "texts said in several blocks"])
def test_best_partners_are_the_pairwise_best(monkeypatch, path):
    if path == "texts said in several blocks":  # each text scored once, its row reused in later blocks
        monkeypatch.setattr(realign, "BLOCK_ROWS", 7)
        monkeypatch.setattr(realign, "SMALL_TABLE", 0)
        monkeypatch.setattr(realign, "KEPT_CELLS", 40 * 60)  # some rows kept, then no more
        every_old, every_new = 1, 2
    elif path == "cdist in blocks":
        monkeypatch.setattr(realign, "BLOCK_ROWS", 7)  # several blocks, one of them short
        monkeypatch.setattr(realign, "SMALL_TABLE", 0)  # the bulk path even on a table this size
        every_old, every_new = 3, 2
    else:  # before numpy is loaded, a table this size is scored one rapidfuzz call per row
        monkeypatch.setattr(realign, "_numpy_loaded", lambda: False)
        monkeypatch.setattr(realign, "SMALL_TABLE", 10 ** 9)
        every_old, every_new = 4, 3
    old = pipeline.load(LAWS / "公司法" / "2018-10-26.md")
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    if path == "texts said in several blocks":  # 40 clauses, penalties among them, three times over
        clauses = old.clauses[-40:] * 3
        old = replace(old, clauses=tuple(replace(c, id=f"o{k}") for k, c in enumerate(clauses)))
    scorer = align._Scorer(align._Side(old), align._Side(new))
    steps = [align._Step((i,), (i,)) for i in range(min(len(old.clauses), len(new.clauses)))]
    cites = realign._Citations(scorer, steps)  # a full revision: many clauses cite articles
    candidates = list(range(0, len(old.clauses), every_old))
    open_news = list(range(1, len(new.clauses), every_new))
    got = realign._best_partners(scorer, cites, candidates, open_news)
    assert any(cites.cites(i) and cites.targets(i) for i in candidates)
    for i in candidates:
        key = scorer.old.keys[i]
        if cites.cites(i):
            cutoff = 100 * (realign.STRONG - realign.CITES)
            scored = [(indel_ratio(key, scorer.new.keys[j], score_cutoff=cutoff) / 100.0
                       + realign.CITES * cites.agreement(i, j), j) for j in open_news]
        else:
            scored = [(indel_ratio(key, scorer.new.keys[j], score_cutoff=100 * realign.STRONG) / 100.0, j)
                      for j in open_news]
        assert got[i] == max(scored), i


def test_a_statute_pair_does_not_pay_for_numpy():
    # Importing numpy costs about 0.17 s of CPU: the bulk paths are for tables larger than that.
    code = ("import sys; from policydiff.pipeline import compare; "
            f"compare({str(LAWS / '公司法' / '2018-10-26.md')!r}, {str(LAWS / '公司法' / '2023-12-29.md')!r}); "
            "print('numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def _unpaired_steps(gone, born):
    return [align._Step((i,), ()) for i in gone] + [align._Step((), (j,)) for j in born]


def _phrasing_both_ways(monkeypatch, old, new, gone, born):
    """Rule 4 pair by pair and summed by numpy (in blocks of 3 rows): (pairwise, bulk) steps."""
    scorer = align._Scorer(align._Side(old), align._Side(new))
    steps = _unpaired_steps(gone, born)
    monkeypatch.setattr(realign, "PHRASING_TABLE", 10 ** 12)
    pairwise = realign._pair_by_phrasing(scorer, list(steps), align._Step, realign.Shares(scorer))
    monkeypatch.setattr(realign, "PHRASING_TABLE", 0)
    monkeypatch.setattr(similarity, "BLOCK_CELLS", 3 * len(born))
    bulk = realign._pair_by_phrasing(scorer, list(steps), align._Step, realign.Shares(scorer))
    return pairwise, bulk


def test_bulk_phrasing_pairs_are_the_pairwise_ones(monkeypatch):
    old = pipeline.load(LAWS / "公司法" / "2018-10-26.md")
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    gone = list(range(0, len(old.clauses), 2))
    born = list(range(1, len(new.clauses), 2))
    pairwise, bulk = _phrasing_both_ways(monkeypatch, old, new, gone, born)
    paired = [s for s in pairwise if s.olds and s.news]
    assert len(paired) >= 10  # the rule pairs many of these clauses: a real check
    assert bulk == pairwise


def test_bulk_phrasing_breaks_ties_as_max_does(monkeypatch):
    # Every clause twice on both sides: each deleted clause ties with its copy, each added one
    # with its copy; max() takes the first of equals, and so must the bulk path.
    text = (LAWS / "公司法" / "2018-10-26.md").read_text(encoding="utf-8")
    twice = pipeline.parse(RawText("twice", text + "\n\n" + text))
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    new_twice = pipeline.parse(RawText("twice", (LAWS / "公司法" / "2023-12-29.md").read_text(encoding="utf-8") * 2), "n")
    half, half_new = len(twice.clauses) // 2, len(new_twice.clauses) // 2
    assert twice.clauses[5].text == twice.clauses[half + 5].text
    gone = [i for i in range(len(twice.clauses)) if i % half % 3 == 0]
    for other, born in ((new, range(0, len(new.clauses), 2)),
                        (new_twice, [j for j in range(len(new_twice.clauses)) if j % half_new % 2 == 0])):
        pairwise, bulk = _phrasing_both_ways(monkeypatch, twice, other, gone, list(born))
        assert any(s.olds and s.news for s in pairwise)
        assert bulk == pairwise


def test_a_short_text_against_a_far_longer_one_scores_as_rapidfuzz_does():
    # similarity.ratio compares through the short text's characters: the same value, exactly.
    text = (LAWS / "公司法" / "2023-12-29.md").read_text(encoding="utf-8")
    long = text[:60_000]
    many = "".join(chr(0x4E00 + k) for k in range(400))  # more than 255 distinct characters
    for short in ("公司", "有限责任公司的股东", text[70_000:70_300], long[30_000:31_500], many, "ｘ"):
        assert similarity.lopsided(short, long)
        assert similarity.ratio(short, long) == indel_ratio(short, long) == similarity.ratio(long, short)


def test_the_ratio_table_skips_only_what_cannot_reach_the_cutoff():
    import numpy as np
    from rapidfuzz.process import cdist

    text = (LAWS / "公司法" / "2023-12-29.md").read_text(encoding="utf-8")
    queries = [text[k:k + n] for k, n in ((0, 40), (100, 45), (5_000, 30_000), (900, 8), (902, 80), (0, 0))]
    choices = [text[k:k + n] for k, n in ((90, 50), (0, 41), (6_000, 20_000), (905, 9), (1, 200))]
    # and many lengths, some texts on both sides (bands of rows against the columns they can reach)
    rng = random.Random(3)
    spans = [text[k:k + n] for k, n in ((rng.randrange(60_000), rng.choice((0, 1, 3, 9, 27, 81, 243, 729)))
                                        for _ in range(120))]
    for queries, choices in ((queries, choices), (spans[:70], spans[50:])):
        for cutoff in (0, 20, 50, 90, 100):
            expected = cdist(queries, choices, scorer=indel_ratio, score_cutoff=cutoff, dtype=np.float64)
            assert (similarity.ratio_table(queries, choices, cutoff) == expected).all()


def test_the_narrow_table_is_rapidfuzz_table(monkeypatch):
    """Rows in blocks of at most 255 characters, read as one byte each (textratio._Narrow): the
    same values as cdist on the texts themselves, clause against clause of a full revision, with
    rows holding characters no choice holds, a NUL, and a row of more than 255 characters."""
    import numpy as np
    from rapidfuzz.process import cdist

    from policydiff import textratio

    old = pipeline.load(LAWS / "公司法" / "2018-10-26.md")
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    queries = [c.text for c in old.clauses[:120]] + ["\x00ｘ公司𠀋", "".join(c.text for c in old.clauses[:40]), ""]
    choices = [c.text for c in new.clauses[:150]] + ["", "𠀋"]
    blocks = textratio._alphabet_blocks(queries)
    assert len(blocks) > 5 and sorted(r for rows, _ in blocks for r in rows) == list(range(len(queries)))
    assert any(len(chars) > textratio.NARROW for _, chars in blocks)  # the long row, scored as it is
    assert all(len(chars) <= textratio.NARROW for rows, chars in blocks if len(rows) > 1)
    for cutoff in (0, 30, 50, 80):
        expected = cdist(queries, choices, scorer=indel_ratio, score_cutoff=cutoff, dtype=np.float64)
        got = textratio._Narrow(choices).cdist(queries, range(len(choices)), cutoff)
        assert (got == expected).all()
    assert (textratio._Narrow(["", ""]).cdist(queries[:3], [0, 1], 0) == cdist(
        queries[:3], ["", ""], scorer=indel_ratio, dtype=np.float64)).all()
    # a query longer than NARROW_CHARS is scored as it is, alone; choices longer in all, as they are
    monkeypatch.setattr(textratio, "NARROW_CHARS", 3_000)
    long_rows = [rows for rows, chars in textratio._alphabet_blocks(queries) if queries[rows[0]] == queries[-2]]
    assert long_rows == [[len(queries) - 2]]
    for narrow in (textratio._Narrow(choices), textratio._Wide(choices)):
        expected = cdist(queries, choices, scorer=indel_ratio, score_cutoff=40, dtype=np.float64)
        assert (narrow.cdist(queries, range(len(choices)), 40) == expected).all()
    assert sum(map(len, choices)) > 3_000
    assert (textratio.ratio_table(queries, choices, 40) == expected).all()
