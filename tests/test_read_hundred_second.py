"""What the hundred-and-second reading (2026-12-03: groups A, C, D, G, seeds 102101, 102103, 102104 and 102107, on
e0897d1's JSON) and the earlier readings' open items found wrong, useless or less than clear, fixed after them, pinned on
the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")


def test_words_put_in_for_words_taken_out_of_a_kept_sentence_are_no_addition(company):
    """公司法 第一百八十三条 → 第二百三十二条: "应当在…十五日内成立清算组，开始清算" (its words kept, in order, in two new
    sentences) became "…十五日内组成清算组进行清算"; the old side of the edit was hidden in the kept sentence, so "新增“进行清算”"
    said words put in that replace "开始清算" (wrong in the ninety-ninth reading). The duty put in is still said."""
    notes = _messages(_old(company, "第一百八十三条"))
    assert "表述修改：新增“董事为公司清算义务人”" in notes, notes
    assert not [n for n in notes if "新增“进行清算”" in n], notes
