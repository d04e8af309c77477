"""Errors left after the twenty-sixth reading (2026-12-01, seeds 26101–26105, commit 65d4966) and the
readings after it, fixed in the sessions after them, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_term_gone_from_the_whole_text_is_a_rename_in_two_provisions(company):
    """公司法: "创立大会" (nine times in the 2018 text, none in the 2023 one) became "成立大会". Its clean edits are in two
    provisions only (第九十条 → 第一百零三条/第一百零四条, 第九十一条 → 第一百零五条; the others are inside reworded sentences),
    so it was no rename: "表述修改：“创立”改为“成立”；“创立”改为“成立”"."""
    renames = {(r.old, r.new) for r in company.renames}
    assert ("创立大会", "成立大会") in renames
    assert not [m for m in _messages(_old(company, "第九十一条")) if "创立" in m and m.startswith("表述修改")]


def test_the_same_words_in_two_provisions_are_no_rename(emergencies):
    """突发事件应对法: "未按规定" → "未按照规定" in 第六十三、六十四条 says the same thing (slight.SAME_MEANING): no
    "全文统一修改" note for it."""
    assert not [r for r in emergencies.renames if r.old == "未按规定"]


def test_a_sentence_moved_is_found_with_the_documents_renames_made_in_it(company):
    """公司法 第八十九条第二款 ("…发起人在三十日内未召开创立大会的，认股人可以按照所缴股款并加算银行同期存款利息，要求发起人返还")
    is now 第一百零五条第一款 with 成立大会: 84 near as it stands (under moved.SAME_TEXT), 86 with the rename made. It was
    "不再规定：“发行的股份超过…”" there and "新增规定：“公司设立时应发行的股份未募足…”" here (wrong: the twenty-seventh reading)."""
    old_notes = _messages(_old(company, "第八十九条"))
    assert any(m.endswith("移至现第一百零五条，文字有改动") and "未召开创立大会的" in m for m in old_notes)
    assert not [m for m in old_notes if m.startswith("不再规定：“发行的股份超过")]
    new_notes = _messages(_old(company, "第九十一条"))
    assert any(m.endswith("由原第八十九条移入，文字有改动") for m in new_notes)
    assert not [m for m in new_notes if m.startswith("新增规定：“公司设立时应发行的股份未募足")]
