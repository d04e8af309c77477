"""What readings 1936 to 1960 (2026-12-07) found wrong or useless and the sixty-first session fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import old_pair, pair_messages

drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_deleted_provision_is_not_named_by_the_sentence_its_move_quotes(drugs):
    """办法 第八条 (deleted; its first sentence now in 第十二条): "原第八条（关于“军队药品供应保障机构购进药品，应当建立并执行进货
    检查验收制度”的规定）已删除或改写，部分内容现见第十二条" beside "“军队药品供应保障机构购进药品，应当建立并执行进货检查验收制度，验明
    药品合格证明和其他标识”不再在此规定，现见第十二条（文字有改动）" said the move twice (reading 1936, item 8). Named by what is
    left, which no provision of 2025 says."""
    notes = pair_messages(old_pair(drugs, "第八条"))
    assert "原第八条（关于“不符合规定要求的，不得购进”的规定）已删除或改写，另有部分内容现见第十二条" in notes, notes
