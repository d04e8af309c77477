"""What readings 1652 and on (2026-12-07, the fifty-second session) found unsaid, wrong or useless, fixed, pinned on the
real text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

from policydiff.render.json import headline_dicts

quarantine = _held_out("国境卫生检疫法", "2018-04-27", "2024-06-28")


def test_a_body_renamed_only_inside_rewritten_sentences_is_said_once(quarantine):
    """2018 → 2024 puts 海关 for 国境卫生检疫机关 (25 uses, none left) in sentences rewritten around it ("应当立即向国境卫生
    检疫机关报告，并申请临时检疫" → "应当立即向海关报告，海关应当…"): one clean edit in all, so no rename was found and no note
    said who now acts. It is the revision's first headline now, and each provision that makes it says so."""
    renames = {(r.old, r.new): r for r in quarantine.renames}
    assert ("国境卫生检疫机关", "海关") in renames, renames
    assert renames["国境卫生检疫机关", "海关"].provisions >= 7
    assert headline_dicts(quarantine)[0]["text"].startswith("“国境卫生检疫机关”统一改为“海关”")
    notes = pair_messages(old_pair(quarantine, "第十条"))  # "…应当立即向国境卫生检疫机关报告…" → 第十七条
    assert any(n.startswith("“国境卫生检疫机关”改为“海关”（全文统一修改") for n in notes), notes


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_body_whose_work_went_to_several_is_no_rename(sea):
    """2017's 国家海洋行政主管部门 (18 uses, none left) is 国务院生态环境主管部门 in some provisions of 2023 and 国务院自然资源
    主管部门 in others: its work was shared out, no body renamed."""
    assert not any(r.old.endswith("海洋行政主管部门") for r in sea.renames), sea.renames


vocational = _held_out("职业教育法", "1996-05-15", "2022-04-20")


def test_two_old_bodies_are_not_both_renamed_to_one_new(vocational):
    """1996's 事业组织 and 社会团体 both stand where 2022 says 事业单位 in a few rewritten sentences; neither is a rename
    (社会团体 became 社会组织 or went; 事业组织 → 事业单位 is made in two provisions only)."""
    assert not any(r.new == "事业单位" for r in vocational.renames), vocational.renames


secrets = _held_out("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_rewrite_leaves_out_the_lead_in_the_new_text_keeps_as_its_own_sentence(secrets):
    """2010 第二十四条 "机关、单位应当加强对涉密信息系统的管理，任何组织和个人不得有下列行为：" → 2024 第三十一条 "机关、单位应当
    加强对信息系统、信息设备的保密管理，…及时发现并处置安全保密风险隐患。任何组织和个人不得有下列行为：": the duty rewritten, the
    ban's lead-in kept word for word. Quoted with the lead-in, the rewrite read as the lead-in replaced, wrong in reading 1664."""
    notes = pair_messages(old_pair(secrets, "第二十四条"))
    assert "改写：“机关、单位应当加强对涉密信息系统的管理”改为“机关、单位应当加强对信息系统、信息设备的保密管理，建设保密自" \
           "监管设施，及时发现并处置安全保密风险隐患”" in notes, notes


roads = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_a_fine_only_for_not_correcting_says_so(roads):
    """2022 第七十五条 "从事国际道路货物运输经营，未按规定进行备案的，由…责令改正；拒不改正的，处5000元以上2万元以下的罚款":
    the fine is for refusing the order, not for the failure to file; "新增罚款：处5000元–2万元（…未按规定进行备案的）" read as the
    latter, wrong in reading 1660."""
    notes = pair_messages(old_pair(roads, "第七十五条"))
    assert "新增罚款：处5000元–2万元（从事国际道路货物运输经营，未按规定进行备案，拒不改正的）" in notes, notes


mining = _held_out("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_fine_set_for_not_correcting_says_so(mining):
    """2024 第六十七条: mining without a licence is ordered corrected, and fined 1–3 times the product's value (10万–50万元
    with none) only "拒不改正的": the condition was left out of the notes (recall 1634, partly said)."""
    notes = pair_messages(old_pair(mining, "第三十九条"))
    # (with its own case since readings 1739 and on)
    assert any(n.startswith("罚款定出数额：没有采出矿产品或者违法采出的矿产品市场价值不足十万元的，处10万–50万元（")
               and "，拒不改正的）" in n for n in notes), notes


martyrs = _held_out("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_criminal_clause_is_merged_into_no_sentence_that_does_not_give_it(martyrs):
    """2019 第三十五条 "行政机关公务员…有下列情形之一的，依法给予处分；构成犯罪的，依法追究刑事责任：" → 2024 第五十八条 "县级以上
    地方人民政府和有关部门、单位及其工作人员有下列情形之一的，对负有责任的领导人员和直接责任人员依法给予处分：", criminal
    liability now given for every breach by 第六十六条. "“…依法给予处分”“构成犯罪的，依法追究刑事责任：”合并为“…依法给予处分：”"
    read as the liability kept, wrong in reading 1665."""
    notes = pair_messages(old_pair(martyrs, "第三十五条"))
    assert "“构成犯罪的，依法追究刑事责任”不再在此规定，现由第六十六条统一规定" in notes, notes
    assert not any("合并为" in n for n in notes), notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_a_criminal_clause_ending_a_lead_in_is_said_given_for_every_breach(relics):
    """文物保护法 2017 第七十六条's lead-in "…构成犯罪的，依法追究刑事责任：" → 2024 第九十四条, 第九十六条 giving it for every
    breach: said so, not "现见第九十六条" with the lead-in's colon quoted."""
    notes = pair_messages(old_pair(relics, "第七十六条"))
    assert "“构成犯罪的，依法追究刑事责任”不再在此规定，现由第九十六条统一规定" in notes, notes


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_moved_ban_says_its_scope_widened_beside_the_fault_put_in(emergencies):
    """2007 第五十四条 "任何单位和个人不得编造、传播有关突发事件事态发展或者应急处置工作的虚假信息" → 2024 第七条 "…不得编造、故意
    传播有关突发事件的虚假信息": intent now needed, and any false information about an emergency now banned, not only about its
    course and the response. "（新增“故意”）" alone hid the ban widened, wrong in reading 1669."""
    notes = pair_messages(old_pair(emergencies, "第五十四条"))
    assert any(n.endswith("移至现第七条，文字有改动（新增“故意”；删除“事态发展或者应急处置工作”）") for n in notes), notes


def test_a_sentence_rewritten_whose_rest_the_next_new_sentence_says_is_split_in_two():
    """石景山 draft 第十一条 → final 第十条: "加大人才引进力度，…针对人才落户、住房、子女教育等给予服务保障，优先推荐评定“景贤人才”等
    重点人才项目" → "加大工业互联网产业人才引进力度，优先为高层次人才和急需紧缺人才办理人才引进、工作居住证等事项。积极推荐评定景贤
    人才，为其在子女教育、医疗健康、住房保障等方面给予重点支持". The talent scheme and the housing and schooling support were
    there before: "新增规定" of the second sentence was wrong in reading 1668; the old sentence is split in two."""
    from conftest import CORPUS

    from policydiff import compare

    result = compare(CORPUS / "shijingshan" / "2022-draft.txt", CORPUS / "shijingshan" / "2022-final-web.txt")
    notes = pair_messages(old_pair(result, "第十一条"))
    assert notes[0].startswith("改写：“加大人才引进力度，") and "”分为“加大工业互联网产业人才引进力度，" in notes[0], notes
    assert notes[0].endswith("”“积极推荐评定景贤人才，为其在子女教育、医疗健康、住房保障等方面给予重点支持”"), notes
    assert not any(n.startswith("新增规定：“积极推荐评定") for n in notes), notes
