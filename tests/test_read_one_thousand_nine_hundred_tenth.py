"""What readings 1876 to 1917 (2026-12-07) found wrong or useless and the sixtieth session fixed, pinned on the real text
(the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_sanction_taken_out_is_quoted_with_the_conduct_it_punished(drugs):
    """办法 第三十四条 → 第五十五条: the sentence taken out punished 军队卫生部门 for licences issued to those who do not qualify;
    "删除或改写：“军队卫生部门违反药品管理法和本办法……由其上级主管机关责令改正”" hid the conduct behind "……" (reading 1876,
    item 37)."""
    notes = pair_messages(old_pair(drugs, "第三十四条"))
    assert "删除或改写：“军队卫生部门违反药品管理法和本办法，对不符合规定条件的军队医疗机构发给《医疗机构制剂许可证》、不符合军队特需" \
           "药品条件而发给药品批准证明文件的，由其上级主管机关责令改正”" in notes, notes


farm_produce = _held_out("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_right_everyone_has_said_without_its_all_is_no_note(farm_produce):
    """农产品质量安全法 第三十八条 → 第五十六条: "任何单位和个人都有权对…" → "任何单位和个人有权对…" is the same right;
    "“都有权对”改为“有权对”" beside the change of what may be reported said nothing (reading 1910, item 36)."""
    notes = pair_messages(old_pair(farm_produce, "第三十八条"))
    assert not [n for n in notes if "“都有权对”" in n], notes
    assert "表述修改：“揭发和控告”改为“控告、投诉举报”" in notes, notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")
statistics = _law("统计法", "2009-06-27", "2024-09-13")


def test_a_word_replaced_by_words_with_a_clause_in_them_is_quoted_as_its_phrase(relics, statistics):
    """文物保护法 第二十条 → 第三十一条: "拆除的国有不可移动文物中具有收藏价值的…" → "拆除国有不可移动文物，由文物行政部门监督实施，
    对具有收藏价值的…"; "“中具有”改为“由文物行政部门监督实施，对具有”" was a fragment (reading 1914, item 31). 统计法 第五条
    likewise ("“推进”改为“推动现代信息技术与统计工作深度融合，促进”")."""
    notes = pair_messages(old_pair(relics, "第二十条"))
    assert "表述修改：“依照前款规定拆除的国有不可移动文物中具有收藏价值的壁画、雕塑、建筑构件等”改为“依照前款规定拆除国有不可移动" \
           "文物，由文物行政部门监督实施，对具有收藏价值的壁画、雕塑、建筑构件等”" in notes, notes
    notes = pair_messages(old_pair(statistics, "第五条"))
    assert not [n for n in notes if "“推进”改为" in n], notes
    assert [n for n in notes if n.startswith("表述修改：“推进统计信息搜集") and "“推动现代信息技术与统计工作深度融合，促进统计信息" in n], \
        notes


conscription = _held_out("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_compound_made_a_list_with_its_joiner_changed_is_quoted_to_the_word_both_keep(conscription):
    """征兵工作条例 第三十九条 → 第四十六条: "军用饮食供应站、送兵接兵人员和新兵" → "军用饮食供应站和送兵、领兵、接兵人员以及新兵";
    "“饮食供应站、送兵”改为“饮食供应站和送兵、领兵”" cut the compound 送兵接兵人员 in half (reading 1921, item 35)."""
    notes = pair_messages(old_pair(conscription, "第三十八条"))  # (merged with 第三十八条)
    assert any(n.startswith("表述修改：“饮食供应站、送兵接兵人员”改为“饮食供应站和送兵、领兵、接兵人员”") for n in notes), notes


pensions = _held_out("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_who_acts_moved_after_the_condition_a_sentence_opens_on_is_one_note_of_the_sentence(pensions):
    """军人抚恤优待条例 第十八条 → 第二十一条: "县级以上地方人民政府对依靠定期抚恤金生活仍有困难的…遗属，可以增发…" → "对领取定期
    抚恤金后生活仍有特殊困难的…遗属，县级以上地方人民政府可以增发…"; the note of the condition alone read as the government taken
    out (reading 1923, items 21 and 29; 第二十七条 → 第三十一条 the same)."""
    for label in ("第十八条", "第二十七条"):
        notes = pair_messages(old_pair(pensions, label))
        said = [n for n in notes if n.startswith("表述修改：“县级以上地方人民政府对依靠")]
        assert len(said) == 1 and said[0].endswith("县级以上地方人民政府可以增发抚恤金或者采取其他方式予以困难补助”"), notes
        assert not [n for n in notes if n.startswith("表述修改：“可以增发")], notes


oversight = _held_out("各级人民代表大会常务委员会监督法", "2006-08-27", "2024-11-08")


def test_a_long_sentence_taken_out_is_quoted_to_the_act_its_subject_must_do(oversight):
    """监督法 第十七条 第三款, taken out: "国务院和…有关主管部门应当在…审查和批准预算调整方案的一个月前，将预算调整初步方案送交本级人民
    代表大会财政经济委员会进行初步审查，或者…"; "删除或改写：“…的一个月前…”" stopped before what they had to do (reading 1924,
    item 39)."""
    notes = pair_messages(old_pair(oversight, "第十七条"))
    assert "删除或改写：“国务院和县级以上地方各级人民政府有关主管部门应当在本级人民代表大会常务委员会举行会议审查和批准预算调整方案的一个" \
           "月前，将预算调整初步方案送交本级人民代表大会财政经济委员会进行初步审查……”" in notes, notes


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_a_rewrite_quotes_the_body_that_settled_the_dispute(women):
    """妇女权益保障法 第五十五条 → 第七十五条: "…的，由乡镇人民政府依法调解" → "…的，可以申请乡镇人民政府等进行协调"; the old quote
    stopped at "……男方到女方住所落户……", before the mediation made 协调 (reading 1920, item 17)."""
    notes = pair_messages(old_pair(women, "第五十五条"))
    assert any(n.startswith("改写：“违反本法规定") and "……由乡镇人民政府依法调解”改为“" in n for n in notes), notes


def test_a_condition_that_opens_a_clause_put_in_is_quoted_with_what_it_brings():
    """行政复议法 第十三条 → 第二十四条 第四款: "其中，对直辖市、设区的市人民政府工作部门按照行政区划设立的派出机构作出的行政行为不服的，
    也可以由其所在地的人民政府管辖", put in whole; "新增条件：“对直辖市…不服的”" stopped before the court it opens, the change
    (reading 1922, item 5)."""
    from conftest import LAWS
    from policydiff import compare

    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    notes = pair_messages(old_pair(review, "第十三条"))
    assert "新增条件：“其中，对直辖市、设区的市人民政府工作部门按照行政区划设立的派出机构作出的行政行为不服的，也可以由其所在地的" \
           "人民政府管辖”" in notes, notes
