"""What the findings stage reuses or skips for speed (issue 18) says what it said before.

Each shortcut is checked on 公司法 2018 → 2023 (nearly every article rewritten, 股东大会 → 股东会
renamed in dozens of them) against the long way round.
"""
from dataclasses import replace

import pytest

from policydiff import findings
from policydiff.findings import gone, moved, wording
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
    said = [f.message for p in company.pairs for f in p.findings if "不再在此规定" in f.message]
    assert said  # 董事每届任期不得超过三年 is in 第七十条 (old 第四十五条's rule: "已有规定" since the eighteenth reading)
    assert any("现第七十条已有规定" in m for m in said)
    assert any("现见第" in m for m in said)
    assert gone._now_elsewhere([], findings.load_lexicon()) == []


def _candidates_written_out(edit):
    """renames._candidates as first written: every widening tested by _termlike."""
    from policydiff.findings.renames import _NOT_IN_TERM, _member_alone, _termlike, cut_across, no_term_edit

    member = _member_alone(edit.old, edit.new, edit.before)
    if member:
        return member  # (a list's member taken out or put in: no widening, renames._member_alone)
    out = []
    if edit.moved or _NOT_IN_TERM.search(edit.old) or _NOT_IN_TERM.search(edit.new) or no_term_edit(edit.old, edit.new):
        return out  # (a word moved within its phrase is read as no rename at all: renames._Edit.moved)
    widest = 0
    while widest < len(edit.after) and not _NOT_IN_TERM.match(edit.after[widest]):
        widest += 1
    for a in range(len(edit.before) + 1):
        left = edit.before[len(edit.before) - a:]
        if a and _NOT_IN_TERM.match(left):
            break
        old, new = left + edit.old, left + edit.new
        for b in range(widest + 1):
            o, n = old + edit.after[:b], new + edit.after[:b]
            if o != n and _termlike(o) and _termlike(n) and not cut_across(o, n):
                out.append((o, n))
    return out


def test_a_renames_candidates_are_those_of_every_widening_tested_whole():
    """renames._candidates counts Chinese characters as it widens and stops at a citation (there in
    every wider reading): the same candidates, in the same order, as testing each widening with
    _termlike, on every edit of every pair of versions of every corpus statute."""
    from policydiff import align, diff
    from policydiff.findings.renames import _candidates, _edits

    edits = []
    for folder in sorted(p for p in LAWS.iterdir() if p.is_dir()):
        versions = [load(str(p), prefix) for p, prefix in zip(sorted(folder.glob("*.md")), "abcd")]
        for old, new in zip(versions, versions[1:]):
            edits += _edits([diff.diff_pair(p) for p in align.align(old, new)])
    assert len(edits) > 2_000
    found = [_candidates(e) for e in edits]
    assert found == [_candidates_written_out(e) for e in edits]
    assert sum(map(len, found)) > 2_000
    # The cases the shortcuts take are there: a citation in the edit, one reached by widening.
    assert any(not f and "第" in e.new for e, f in zip(edits, found))


def test_terms_counted_together_are_counted_as_one_by_one(monkeypatch):
    """renames._Counts.count_all looks the clauses of many terms up at once (_PairArrays.of_many):
    each term's clauses are those ``of`` gives, and its count ``text.count``'s, on every candidate
    term of 公司法 2018 → 2023 counted in both versions (terms of one character and with a newline
    read from the whole text)."""
    from policydiff import align, diff
    from policydiff.findings import renames

    monkeypatch.setattr(renames, "_in_arrays", lambda length: True)
    old, new = load(str(OLD), "o"), load(str(NEW), "n")
    edits = renames._edits([diff.diff_pair(p) for p in align.align(old, new)])
    terms = sorted({t for e in edits for c in renames._candidates(e) for t in c})
    terms += ["股", "", "股东\n会", "不在文中的词"]
    assert len(terms) > 1_000
    for doc in (old, new):
        clauses = [c.text for c in doc.clauses]
        together, alone = renames._Counts(clauses, 0), renames._Counts(clauses, 0)
        together.count_all(terms)
        assert len(together) > 1_000  # counted together, not one by one when asked
        assert together._holders.of_many(terms[:-4]) == [alone._holding(t) for t in terms[:-4]]
        assert [together[t] for t in terms] == [alone[t] for t in terms] == [together.text.count(t) for t in terms]


def test_the_pair_arrays_sorted_as_one_number_are_those_sorted_by_two_keys(monkeypatch):
    """renames._PairArrays sorts (character pair, clause) as one 63-bit number; with too many
    clauses for that, by numpy's lexsort of the two: the same arrays, on both versions of 公司法."""
    from policydiff.findings import renames

    for path in (OLD, NEW):
        clauses = [c.text for c in load(str(path)).clauses]
        text = "\n".join(clauses)
        one = renames._PairArrays(text, clauses)
        monkeypatch.setattr(renames, "_CLAUSE_MASK", 0)
        two = renames._PairArrays(text, clauses)
        monkeypatch.undo()
        assert one._codes.tolist() == two._codes.tolist() and one._clauses.tolist() == two._clauses.tolist()
        assert len(set(one._clauses.tolist())) == len(clauses)


def test_references_read_only_where_their_key_character_is_are_all_of_them(monkeypatch):
    """references() skips a kind whose key character (起, 《, 年) a text lacks: the same references
    as every pattern run over every text, on every corpus text (and texts holding each kind)."""
    from policydiff.findings import references as refs

    from conftest import CORPUS

    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*")) if p.suffix in (".md", ".txt")]
    texts = [para for t in texts for para in t.split("\n\n")] + [
        "自2024年1月1日起施行。", "依据《中华人民共和国公司法》", "京政发〔2022〕12号", "GB/T 1234-2020"]
    fast = [refs.references(t) for t in texts]
    monkeypatch.setattr(refs, "_KEY_CHARACTER", {})
    assert fast == [refs.references(t) for t in texts]
    assert all(any(kind in f for f in fast) for kind in ("effective", "title", "history", "date", "number", "standard"))


def test_a_note_accounts_for_a_hunk_as_the_rule_written_out(company):
    """Note.accounts_for (loops) says what ``all(any(...))`` said, for every hunk of 公司法 against
    every note of its provision, and for sides and evidence built to sit on each side of SLACK."""
    from policydiff.findings.changes import SLACK, Note, changes_of, sides_of

    def written_out(note, sides):
        return bool(sides) and all(any(e and (s in e or (e in s and len(s) <= len(e) + SLACK))
                                       for e in note.evidence) for s in sides)

    asked = []
    for pair in company.pairs:
        if pair.old and pair.new and pair.diff:
            notes = [Note(f, tuple(x for x in (f.old, f.new) if x)) for f in pair.findings]
            asked += [(n, sides_of(h)) for c in changes_of(pair) for h in c.hunks for n in notes]
    note = Note(company.pairs[0].findings[0] if company.pairs[0].findings else None, ("", "股东会", "董事"))
    asked += [(note, sides) for sides in ([], ["股东"], ["股东会"], ["董事会成员"], ["董事会成员们"], ["股东", "监事"],
                                          ["X董事" + "X" * (SLACK - 1)], ["X董事" + "X" * SLACK])]
    found = [n.accounts_for(s) for n, s in asked]
    assert found == [written_out(n, s) for n, s in asked]
    assert len(asked) > 1_500 and any(found) and not all(found)  # (a sample this large, whatever the notes)


def test_sentences_matched_against_none_are_all_left_unpaired_as_before():
    """match() answers at once when one side has no sentence: what the pairing written out gives
    (equal keys, scored pairs, the rest unpaired), on the sentences of every 公司法 provision."""
    from policydiff.findings.sentences import SAME_SENTENCE, _same_keys, _scored, best_first, match

    def written_out(old, new):
        pairs, rest_old, rest_new = _same_keys(old, new)
        pairs += best_first(_scored(old, new, rest_old, rest_new, SAME_SENTENCE), SAME_SENTENCE)
        used_old, used_new = {i for i, _ in pairs}, {j for _, j in pairs}
        return pairs + [(i, None) for i in range(len(old)) if i not in used_old] + \
            [(None, j) for j in range(len(new)) if j not in used_new]

    cases = [(sentences(c.text), ()) for c in load(str(OLD)).clauses] + \
        [((), sentences(c.text)) for c in load(str(NEW)).clauses] + [((), ())]
    assert all(match(a, b) == written_out(a, b) for a, b in cases)
    assert sum(len(match(a, b)) for a, b in cases) > 1_000
