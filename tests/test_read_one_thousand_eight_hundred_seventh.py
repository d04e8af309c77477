"""What readings 1807 and on (2026-12-07, the fifty-seventh session) found wrong or useless, fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import old_pair, pair_messages

pensions = _held_out("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_word_lengthened_counts_the_places_other_notes_show_it_in(pensions):
    """军人抚恤优待条例 第十三条 → 第十五条: "工资" became "基本工资" six times, three of them inside "月工资或者津贴低于排职少尉
    军官工资标准的" and "按照排职少尉军官工资标准计算", said by their own notes; "（共3处）" was read as every place, wrong in
    reading 1808 (item 20)."""
    notes = pair_messages(old_pair(pensions, "第十三条"))
    assert "表述修改：“工资”改为“基本工资”（共6处）" in notes, notes
    assert "表述修改：“按照排职少尉军官工资标准计算”改为“按照少尉军官基本工资标准计算”" in notes, notes


quarantine = _held_out("国境卫生检疫法", "2018-04-27", "2024-06-28")
minerals = _held_out("矿产资源法", "2009-08-27", "2024-11-08")
laundering = _held_out("反洗钱法", "2006-10-31", "2024-11-08")


def test_a_deleted_provision_opening_on_a_time_is_named_with_what_must_then_be_done(quarantine):
    """国境卫生检疫法 2018 第五条 "国境卫生检疫机关发现检疫传染病或者疑似检疫传染病时，除采取必要措施外，必须立即通知…": named
    by the time alone, the quote stopped before the rule (reading 1807, item 44)."""
    notes = pair_messages(old_pair(quarantine, "第五条"))
    assert "原第五条（关于“国境卫生检疫机关发现检疫传染病…必须立即通知当地卫生行政部门”的规定）已删除或改写" in notes, notes


def test_a_deleted_provision_on_a_thing_someone_decides_is_named_with_who_decides(minerals, laundering):
    """矿产资源法 2009 第四十五条 "本法第三十九条、第四十条、第四十二条规定的行政处罚，由…决定" and 反洗钱法 2006 第二十一条
    "…的具体办法，由国务院反洗钱行政主管部门会同…制定": named by the thing alone, what the provision says of it unsaid (the
    English reading 1810, item 31; reading 1809, item 1); and 矿产资源法 第十九条's "应当采取措施" with the measures' aim."""
    assert "原第四十五条（关于“本法第三十九条、第四十条、第四十二条规定的行政处罚，由县级以上人民政府负责地质矿产…决定”的规定）" \
        "已删除或改写" in pair_messages(old_pair(minerals, "第四十五条"))
    assert "原第十九条（关于“地方各级人民政府应当采取措施，维护本行政区域内的国有矿山企业…的正常秩序”的规定）已删除或改写" \
        in pair_messages(old_pair(minerals, "第十九条"))
    assert "原第二十一条（关于“金融机构建立客户身份识别制度…的具体办法，由国务院反洗钱行政主管部门会同…制定”的规定）已删除或改写" \
        in pair_messages(old_pair(laundering, "第二十一条"))


espionage = _held_out("反间谍法", "2014-11-01", "2023-04-26")
farm_produce = _held_out("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_list_of_bodies_replaced_is_quoted_to_the_noun_its_last_name_ends_on(espionage, farm_produce):
    """反间谍法 第四条 → 第七条 "各社会团体及各企业事业组织" → "各人民团体、企业事业组织和其他社会组织": "“社会团体及各企业事业”改为
    “人民团体、企业事业组织和其他社会”" cut both names before 组织 (the English reading 1810, item 13); 农产品质量安全法
    第二十四条 the same with "农民专业合作经济组织"."""
    assert "表述修改：“社会团体及各企业事业组织”改为“人民团体、企业事业组织和其他社会组织”" \
        in pair_messages(old_pair(espionage, "第四条"))
    assert "表述修改：“生产企业和农民专业合作经济组织”改为“生产企业、农民专业合作社、农业社会化服务组织”" \
        in pair_messages(old_pair(farm_produce, "第二十四条"))


def test_a_deleted_provisions_named_rule_said_again_where_its_other_sentence_went_is_part_of_it_there(farm_produce):
    """农产品质量安全法 2018 第二十条: its first sentence moved to 第二十五条, the one it is named by ("…应当加强对农产品生产的
    指导") restated there too ("并加强对农产品生产经营者的培训和指导"): "另有部分内容现见第二十五条" read as the named rule gone,
    wrong in reading 1812 (item 2)."""
    notes = pair_messages(old_pair(farm_produce, "第二十条"))
    assert "原第二十条（关于“县级以上人民政府农业行政主管部门应当加强对农产品生产的指导”的规定）已删除或改写，部分内容现见第二十五条" \
        in notes, notes
