"""What the findings stage reuses or skips for speed (issue 18) says what it said before.

Each shortcut is checked on 公司法 2018 → 2023 (nearly every article rewritten, 股东大会 → 股东会
renamed in dozens of them) against the long way round.
"""
from dataclasses import replace

import pytest

from policydiff import findings
from policydiff.findings import moved, wording
from policydiff.findings.rewrites import canonical
from policydiff.findings.sentences import sentences
from policydiff.pipeline import compare, load

from conftest import LAWS

OLD, NEW = LAWS / "公司法" / "2018-10-26.md", LAWS / "公司法" / "2023-12-29.md"


@pytest.fixture(scope="module")
def company():
    return compare(str(OLD), str(NEW))


def test_a_pair_analysed_again_for_a_rename_says_what_a_fresh_analysis_says():
    from policydiff import align, diff
    from policydiff.findings.renames import find_renames, rename_notes
    from policydiff.models import Comparison

    old, new = load(str(OLD), "o"), load(str(NEW), "n")
    lexicon = findings.load_lexicon()
    pairs = tuple(findings.analyze(diff.diff_pair(p), lexicon) for p in align.align(old, new))
    renames, per_pair = find_renames(Comparison(old, new, pairs), lexicon)
    assert any(r.old == "股东大会" for r in renames) and len(per_pair) >= 20
    again = {i: findings.analyze(replace(pairs[i], findings=()), lexicon, rename_notes(subs, renames))
             for i, subs in per_pair.items()}  # the finders' notes reused from the first analysis
    findings._PREPARED.clear()
    for i, subs in per_pair.items():
        fresh = findings.analyze(replace(pairs[i], findings=()), lexicon, rename_notes(subs, renames))
        assert again[i].findings == fresh.findings
        assert any(f.kind.value == "term_renamed" for f in fresh.findings)


def test_a_sentence_key_is_its_canonical_form_unless_it_holds_a_bound_word():
    for path in (OLD, NEW):
        for clause in load(str(path)).clauses:
            for s in sentences(clause.text):
                if "不" not in s.text and "为" not in s.text:
                    assert s.key == canonical(s.text), s.text


def test_runs_outside_sentences_said_whole_are_the_characters_outside_them():
    text = load(str(NEW)).clauses[5].text + load(str(NEW)).clauses[6].text
    whole = list(sentences(text))[::2]
    for span in [(0, len(text)), (3, 40), (len(text) // 2, len(text)), (10, 10)]:
        expect, run = [], None
        for i in range(*span):
            if any(s.start <= i <= s.end for s in whole):
                run = None
                continue
            if run is None:
                run = [i, i + 1]
                expect.append(run)
            else:
                run[1] = i + 1
        assert wording._outside(span, whole) == [tuple(r) for r in expect]


def test_a_sentence_said_elsewhere_is_still_found_with_the_index_read_on_demand(company):
    said = [f.message for p in company.pairs for f in p.findings if "不再在此规定，现见" in f.message]
    assert said  # 董事每届任期不得超过三年 is now in 第七十条
    assert any("现见第七十条" in m for m in said)
    assert moved._now_elsewhere([], findings.load_lexicon()) == []
