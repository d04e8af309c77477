"""What readings 514 and on (2026-12-05, the twenty-fourth session) found wrong or useless, or what the last session left
undone, fixed, pinned on the real text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus_law
from conftest import old_pair, pair_messages

quarantine = _law("国境卫生检疫法", "2018-04-27", "2024-06-28")


def test_words_replaced_in_the_elided_part_of_a_sentence_said_gone_are_a_replacement(quarantine):
    """第二十五条 → 第五十三条: the old sentence is said gone ("不再规定：“…临时往来……没有协议的……”"), its elided tail "依照中国政府的
    有关规定办理" became "按照国家有关规定办理" in the new second sentence. "表述修改：新增“按照国家”" (left undone in session 45) was a
    fragment that hid what it replaced. Since 537f510 the two wordings are the same rules (slight.SAME_MEANING: the note of
    the replacement was useless in reading 988), and neither note is made."""
    notes = pair_messages(old_pair(quarantine, "第二十五条"))
    assert not [n for n in notes if n.startswith("表述修改：") and "按照国家" in n], notes


company = _corpus_law("公司法", "2018-10-26", "2023-12-29")


def test_a_sentence_an_old_article_applied_by_reference_is_written_out_not_new(company):
    """第一百一十三条 → 第一百二十六条: the old article applied 第四十九条 ("本法第四十九条关于有限责任公司经理职权的规定，适用于股份有限
    公司经理"), which ends "经理列席董事会会议". "新增规定：“经理列席董事会会议”" was wrong in reading 514: the rule held before."""
    notes = pair_messages(old_pair(company, "第一百一十三条"))
    assert "新增规定：“经理列席董事会会议”" not in notes, notes
    assert "“经理列席董事会会议”原依照第四十九条适用，现在本条写明" in notes, notes


secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_the_dui_a_case_opens_on_is_no_change_of_wording(secrets):
    """第十九条 → 第二十四条: "；对需要延长保密期限的，应当…" → "；需要延长保密期限的，应当…" was "表述修改" (useless in reading 527):
    the same case, with or without its 对. The change beside it (密级、保密期限和知悉范围 to fix again) is still said."""
    notes = pair_messages(old_pair(secrets, "第十九条"))
    assert not [m for m in notes if "对需要延长保密期限的" in m], notes
    assert "表述修改：“确定保密期限”改为“确定密级、保密期限和知悉范围”" in notes, notes  # (its place: readings 1739 and on)


def test_a_list_whose_members_open_on_one_word_is_quoted_with_it(secrets):
    """第四十八条（十二） → 第五十七条（十二）: "涉密计算机、涉密存储设备" → "涉密信息设备" was "“计算机、涉密存储设备”改为“信息设备”", a
    fragment without the 涉密 of its first member (useless in reading 527)."""
    notes = pair_messages(old_pair(secrets, "第四十八条"))
    assert "表述修改：“涉密计算机、涉密存储设备”改为“涉密信息设备”" in notes, notes
    assert "表述修改：“计算机、涉密存储设备”改为“信息设备”" not in notes, notes


ciphers = _law("商用密码管理条例", "1999-10-07", "2023-04-27")
relics = _law("文物保护法", "2017-11-04", "2024-11-08")


def test_a_fine_by_the_gains_below_a_sum_is_the_fine_note_not_a_new_rule(ciphers, relics):
    """第二十二条 → 第五十三条: "没有违法所得或者违法所得不足10万元的，可以并处3万元以上10万元以下罚款" said again as "新增规定" beside
    "新增罚款：处3万–10万元" and "新增罚款：违法所得10万元以上的，处违法所得1–3倍" was useless in reading 534."""
    notes = pair_messages(old_pair(ciphers, "第二十二条"))
    assert not [m for m in notes if m.startswith("新增规定") and "违法所得不足10万元" in m], notes
    # (its case since reading 1713, 可以 since readings 1739 and on)
    assert "新增罚款：没有违法所得或者违法所得不足10万元的，可以处3万–10万元" in notes, notes
    notes = pair_messages(old_pair(relics, "第七十条"))  # (the threshold said by the fine's note since reading 1713; the old
    # fine rewritten said it from reading 747)
    assert "罚款由2万元以下提高到没有违法所得或者违法所得不足五千元的5万元以下" in notes, notes
    assert not [n for n in notes if n.startswith("新增规定") and "不足五千元" in n], notes


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")
pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")
sea = _corpus_law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_renamed_terms_tail_joined_to_the_words_after_it_is_the_rename(martyrs, pensions, sea):
    """烈士褒扬条例 第十条: "国务院退役军人事务部门备案" → "国务院退役军人工作主管部门复核" was also "表述修改：“事务部门备案”改为“工作主管
    部门复核”" (useless in reading 535): the rename of 退役军人事务部门 and the procedure's own note ("程序“备案”改为“复核”")
    say it. 军人抚恤优待条例 第五条's "事务部门主管" → "工作主管部门负责" is the rename and 主管 written 负责 (useless in readings
    536-537 as "“主管”改为“负责”"): no wording note; nor 海洋环境保护法 第七十条's "等有关部门应当" → "等应当"."""
    notes = pair_messages(old_pair(martyrs, "第十条"))
    assert not [m for m in notes if m.startswith("表述修改")], notes
    assert "程序“备案”改为“复核”" in notes, notes
    notes = pair_messages(old_pair(pensions, "第五条"))
    assert not [m for m in notes if m.startswith("表述修改") and ("主管" in m or "事务部门" in m)], notes
    assert "“退役军人事务部门”改为“退役军人工作主管部门”（全文统一修改，共18条，本条2处）" in notes, notes
    notes = pair_messages(old_pair(sea, "第七十条"))
    assert not [m for m in notes if m.startswith("表述修改") and "等应当" in m], notes


def test_the_word_every_use_of_a_renamed_term_opens_on_goes_with_the_rename(relics):
    """"经营文物拍卖的拍卖企业" → "文物拍卖企业": the rename was "“文物拍卖的拍卖企业”改为“文物拍卖企业”" beside "表述修改：删除“经营”"
    (第五十三条 → 第七十条, useless in reading 528). 经营 opens every use of it in the 2017 text: the rename's."""
    notes = pair_messages(old_pair(relics, "第五十三条"))
    assert "“经营文物拍卖的拍卖企业”改为“文物拍卖企业”（共5条）" in notes, notes
    assert "表述修改：删除“经营”" not in notes, notes
    assert not [r for r in relics.renames if r.old == "文物商店或者经营文物拍卖"], relics.renames  # (still spliced)


drugs = _law("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_deleted_articles_subject_is_not_the_breach_of_the_law_alone(drugs):
    """第三十二条 "军队医疗机构、药品供应保障机构违反药品管理法和本办法，给药品使用者造成损害的，依法承担赔偿责任" was "删除原第三十二条
    （关于“军队医疗机构、药品供应保障机构违反药品管理法和本办法”的规定）" (useless in reading 541: what it governed cut off)."""
    notes = pair_messages(old_pair(drugs, "第三十二条"))
    assert "原第三十二条（关于“给药品使用者造成损害的，依法承担赔偿责任”的规定）已删除或改写" in notes, notes
