"""What readings 1876 to 1917 (2026-12-07) found wrong or useless and the sixtieth session fixed, pinned on the real text
(the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import old_pair, pair_messages

drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_sanction_taken_out_is_quoted_with_the_conduct_it_punished(drugs):
    """办法 第三十四条 → 第五十五条: the sentence taken out punished 军队卫生部门 for licences issued to those who do not qualify;
    "删除或改写：“军队卫生部门违反药品管理法和本办法……由其上级主管机关责令改正”" hid the conduct behind "……" (reading 1876,
    item 37)."""
    notes = pair_messages(old_pair(drugs, "第三十四条"))
    assert "删除或改写：“军队卫生部门违反药品管理法和本办法，对不符合规定条件的军队医疗机构发给《医疗机构制剂许可证》、不符合军队特需" \
           "药品条件而发给药品批准证明文件的，由其上级主管机关责令改正”" in notes, notes
