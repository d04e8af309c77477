"""Size and repetition are no excuse (issue 18): what a reviewer would check on
texts too big or too repetitive to read, built from the real statutes by
benchmarks/synthetic.py. Not timed: the speed targets live in benchmarks/."""
import sys
from collections import Counter

from policydiff.align import align
from policydiff.diff import char_diff
from policydiff.models import Op

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic  # noqa: E402


def _pairs(tmp_path, old_text, new_text):
    """The pair table of the two texts (read as files, aligned; the findings are not needed here)."""
    from policydiff.pipeline import load

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    return align(load(old, "o"), load(new, "n"))


def _numbers(pair, side):
    return [c.number for c in getattr(pair, side)]


def test_3000_identical_articles_each_edited_are_3000_modified_pairs_in_order(tmp_path):
    pairs = _pairs(tmp_path, *synthetic.repeated_pair(3000))
    assert Counter(p.status.value for p in pairs) == {"modified": 3000}
    assert [(_numbers(p, "old"), _numbers(p, "new")) for p in pairs] == [([k], [k]) for k in range(1, 3001)]


def test_one_article_inserted_before_3000_identical_ones_is_one_addition(tmp_path):
    pairs = _pairs(tmp_path, *synthetic.repeated_pair(3000, inserted=True))
    assert Counter(p.status.value for p in pairs) == {"added": 1, "modified": 3000}
    first, rest = pairs[0], pairs[1:]
    assert first.status.value == "added" and _numbers(first, "new") == [1]
    assert [(_numbers(p, "old"), _numbers(p, "new")) for p in rest] == [([k], [k + 1]) for k in range(1, 3001)]


def test_a_200000_character_article_shows_exactly_its_edits():
    old, new = synthetic.long_article_pair(200_000)
    edits = char_diff(old, new)
    assert "".join(t for op, t in edits if op is not Op.INSERT) == old
    assert "".join(t for op, t in edits if op is not Op.DELETE) == new
    inserted = [t for op, t in edits if op is Op.INSERT]
    # The generator inserts "等" into 5% of the sentences and changes nothing else.
    assert inserted and set(inserted) == {"等"} and not any(op is Op.DELETE for op, _ in edits)
    assert len(inserted) == len(new) - len(old)


def test_a_200000_character_article_in_one_paragraph_is_read_whole_for_its_findings(tmp_path):
    """findings.window cuts a very long provision at line breaks; one without any (this article is a
    single paragraph) is read whole, once: the edits are said (a cut that left the pair as it was
    once sent analyze round in a loop until the recursion limit)."""
    from policydiff.diff import diff_pair
    from policydiff.findings import analyze, window

    old, new = synthetic.long_article_pair(200_000)
    assert len(old.strip().splitlines()) == 1 and len(old) > window.LONG
    pairs = _pairs(tmp_path, old, new)
    assert [p.status.value for p in pairs] == ["modified"]
    pair = diff_pair(pairs[0])
    assert window.where_changed(pair) is pair
    messages = [f.message for f in analyze(pair).findings]
    assert any("等" in m for m in messages), messages
