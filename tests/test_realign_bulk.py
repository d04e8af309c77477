"""realign rule 1 scores every weak old clause against every open new one in bulk (rapidfuzz's
cdist, in blocks): the best partner found must be the one the plain formula gives, pair by pair."""
import subprocess
import sys

from rapidfuzz.fuzz import ratio as indel_ratio

from policydiff import align, pipeline, realign

from conftest import LAWS


def test_bulk_best_partners_are_the_pairwise_best(monkeypatch):
    monkeypatch.setattr(realign, "BLOCK_ROWS", 7)  # several blocks, one of them short
    monkeypatch.setattr(realign, "SMALL_TABLE", 0)  # the bulk path even on a table this size
    old = pipeline.load(LAWS / "公司法" / "2018-10-26.md")
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    scorer = align._Scorer(align._Side(old), align._Side(new))
    steps = [align._Step((i,), (i,)) for i in range(min(len(old.clauses), len(new.clauses)))]
    cites = realign._Citations(scorer, steps)  # a full revision: many clauses cite articles
    candidates = list(range(0, len(old.clauses), 3))
    open_news = list(range(1, len(new.clauses), 2))
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
