"""The aligner scores a gap in bulk (a row of the table at a time) and skips the phrase weights of a
split or merge that cannot be credited: the values must be those of the rules written out pair by
pair, on a real full revision (公司法 2018 → 2023)."""
from policydiff import align, pipeline

from conftest import LAWS


def _scorer():
    old = pipeline.load(LAWS / "公司法" / "2018-10-26.md")
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    return align._Scorer(align._Side(old), align._Side(new))


def test_a_table_is_one_to_one_cell_by_cell():
    bulk, plain = _scorer(), _scorer()
    olds = list(range(60, 100))  # chapters rewritten around 股份有限公司: pairs admitted and refused
    for news in (list(range(70, 115)), [3, 5, 80, 81, 83, 200], list(range(90, 96))):  # shared counts by index, by sets
        table = bulk.table(olds, news)
        expected = [[plain.one_to_one(i, j) for j in news] for i in olds]
        assert table == expected
        assert bulk.table(olds, news) == expected  # again, from the memos (as the moves' second look reads them)
        assert bulk.table(olds[5:9], news) == expected[5:9]
        assert any(v is None for row in table for v in row) and any(v is not None for row in table for v in row)
        for i in olds:  # the memos later passes read hold the same values
            for j in news:
                assert bulk._ratio[i, j] == plain._ratio[i, j] and bulk._contain[i, j] == plain._contain[i, j]


def test_a_split_or_merge_is_scored_as_written_out():
    scorer, plain = _scorer(), _scorer()

    def written_out(i, j, of_new):  # _best_with_part of round 4: one_to_one, then the exact share
        first, second = ((plain.one_to_one(i, j), (i + 1, j)), (plain.one_to_one(i + 1, j), (i, j))) if of_new \
            else ((plain.one_to_one(i, j), (i, j + 1)), (plain.one_to_one(i, j + 1), (i, j)))
        best = None
        for core, (a, b) in (first, second):
            if core is not None:
                part = plain._weighted_shares(a, b)[0 if of_new else 1]
                if part >= align.MIN_PART:
                    best = core + part - align.MIN_PART if best is None else max(best, core + part - align.MIN_PART)
        return best

    credited = 0
    for i in range(0, len(scorer.old.keys) - 1, 2):
        for j in range(max(0, i - 5), min(i + 60, len(scorer.new.keys) - 1)):  # (2023: 48 articles more)
            split, merge = scorer.split(i, j), scorer.merge(i, j)
            assert split == written_out(i, j, False), (i, j)
            assert merge == written_out(i, j, True), (i, j)
            credited += (split is not None) + (merge is not None)
    assert credited > 20
    assert scorer._weights is not None  # the bound by occurrences gave way to the weights on this many


def test_the_bound_by_occurrences_never_hides_a_share_that_counts():
    scorer, exact = _scorer(), _scorer()
    hidden = counted = 0
    for i in range(0, 210, 3):
        for j in range(max(0, i - 10), i + 40, 2):
            for of_new in (False, True):
                scorer._weights, scorer._probes = None, 0  # the bound without weights, every time
                below = scorer._below(i, j, of_new, align.MIN_PART)
                share = exact._weighted_shares(i, j)[0 if of_new else 1]
                if below:
                    assert share < align.MIN_PART, (i, j, of_new)
                    hidden += 1
                counted += share >= align.MIN_PART
    assert hidden > 100 and counted > 10


def test_weights_read_from_the_phrase_index_are_the_counted_ones():
    scorer = _scorer()
    from policydiff import similarity

    counted = similarity.PhraseWeights(scorer.old.all_grams(), scorer.new.all_grams())
    indexed = similarity.IndexWeights(scorer.index)
    phrases = set().union(*scorer.old.all_grams(), *scorer.new.all_grams())
    assert len(phrases) > 10_000
    assert all(type(indexed[g]) is float and indexed[g] == counted[g] for g in phrases)
    assert min(counted[g] for g in phrases) < 0.02  # boilerplate held by many clauses weighs little
    old_sets, new_sets = scorer.old.all_grams(), scorer.new.all_grams()
    for g in sorted(phrases)[::97]:  # the formula, phrase by phrase
        assert counted[g] == 1.0 / max(sum(g in s for s in old_sets), sum(g in s for s in new_sets))
    scorer._weights = None
    assert isinstance(scorer.weight, similarity.IndexWeights)  # (the index was built above)


def test_a_split_or_merge_left_unscored_could_not_have_won(monkeypatch):
    # _solve_table skips a split or merge whose best possible score cannot beat its cell's best
    # step: on every gap of five full revisions, the steps are those of the table scoring them all.
    tables, joined, calls = 0, 0, {"pruned": 0, "full": 0}
    for law in ("公司法", "行政复议法", "立法法", "海洋环境保护法", "民事诉讼法"):
        versions = sorted(p for p in (LAWS / law).iterdir() if p.is_file())
        old, new = pipeline.load(versions[0]), pipeline.load(versions[-1], "n")
        gaps = []
        original = align._solve_table
        monkeypatch.setattr(align, "_solve_table", lambda scorer, olds, news: (
            gaps.append((list(olds), list(news))), original(scorer, olds, news))[1])
        align.align(old, new)
        monkeypatch.setattr(align, "_solve_table", original)
        for olds, news in gaps:
            steps = {}
            for way in ("pruned", "full"):
                scorer = align._Scorer(align._Side(old), align._Side(new))
                split, merge = scorer.split, scorer.merge

                def counted(score, *args, way=way):
                    calls[way] += 1
                    return score(*args)
                scorer.split = lambda *args, way=way, split=split: counted(split, *args, way=way)
                scorer.merge = lambda *args, way=way, merge=merge: counted(merge, *args, way=way)
                with monkeypatch.context() as m:
                    if way == "full":
                        m.setattr(align, "_hopeless", lambda cores, need: all(c is None for c in cores))
                    steps[way] = align._solve_table(scorer, olds, news)
            assert steps["pruned"] == steps["full"]
            tables += 1
            joined += sum(len(s.olds) > 1 or len(s.news) > 1 for s in steps["full"])
    assert tables > 20 and joined > 0  # (splits and merges found)
    assert calls["pruned"] < 0.6 * calls["full"]  # (many were not scored)


def test_a_repeated_clause_scored_through_its_first_takes_the_phrases_counted_for_a_copy():
    """A text said again is scored through each clause's first (align._scored); a first's pair that
    was not a candidate itself takes the shared phrases counted for a copy of the clause instead of
    one set intersection: the containment memo holds what ``contain`` gives cell by cell, and the
    scores are ``one_to_one``'s (公司法 2018 pasted three times against 2023)."""
    from policydiff.models import Document

    old = pipeline.load(LAWS / "公司法" / "2018-10-26.md")
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    tripled = Document(old.source, old.title, old.clauses * 3, old.notices)

    def scorer():
        return align._Scorer(align._Side(tripled), align._Side(new))

    bulk, plain = scorer(), scorer()
    olds, news = list(range(len(tripled.clauses))), list(range(len(new.clauses)))
    pairs, scores = align._scored_candidates(bulk, olds, news)
    first = bulk.old.first_alike()
    copied = {(first[i], j) for i, j in pairs} - set(pairs)
    assert copied  # some firsts' pairs were candidates only through a copy
    for pair, value in bulk._contain.items():
        assert value == plain.contain(*pair)
    assert scores == [plain.one_to_one(i, j) for i, j in pairs]
