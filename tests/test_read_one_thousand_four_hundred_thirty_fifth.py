"""What readings 1435 and on (2026-12-06, the forty-seventh session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

food = _held_out("最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释", "2013-05-02", "2021-12-30")


def test_the_new_catch_all_item_is_the_old_catch_alls_new_form(food):
    """2013 第二十条 lists four kinds of 有毒、有害的非食品原料, the last "（四）其他危害人体健康的物质"; 2021 第九条 lists three,
    (三) "其他有毒、有害的物质", and the old (三)'s 农药 went into the new (二). "改写：“（三）国务院有关部门公告禁止使用的农药、
    兽药以及其他有毒、有害物质”改为“（三）其他有毒、有害的物质”" was the one false note of recall 1433: the catch-all is the
    old catch-all's new form."""
    notes = pair_messages(old_pair(food, "第二十条"))
    assert not [n for n in notes if "兽药以及其他有毒、有害物质”改为" in n], notes
    assert "删除或改写：“（三）国务院有关部门公告禁止使用的农药、兽药以及其他有毒、有害物质”" in notes, notes
    # (with the words around it since reading 2007: "危害人体健康" is put in as a ground in the new (一) and (二), and the
    # bare "“危害人体健康”改为“有毒、有害”" read as the harm to health taken out)
    assert "表述修改：“其他危害人体健康的物质”改为“其他有毒、有害的物质”" in notes, notes


conscription = _held_out("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_deleted_provision_opening_on_a_list_of_who_is_named_by_what_they_do(conscription):
    """2001 第二十一条 opens on who (机关、团体…以及街道办事处和公安派出所), how they are told (应当按照…，根据…), and only then
    what they do: "对体格检查合格的应征公民认真进行政治审查". Named by the list cut short, "former Article 21 (it governed
    “机关、团体、企业事业单位、村民（居民）委员会和乡、民族乡…”)" was useless in the English reading 1441."""
    pair = old_pair(conscription, "第二十一条")
    assert pair_messages(pair) == ["原第二十一条（关于“对体格检查合格的应征公民认真进行政治审查”的规定）已删除或改写"]
    assert [f.message_en for f in pair.findings] == [
        "former Article 21 (it governed “对体格检查合格的应征公民认真进行政治审查”) deleted or rewritten"]


drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_phrase_the_provision_says_again_is_no_sign_of_where_a_sentence_went(drugs):
    """2004 第十三条's "地方医疗机构需要使用军队医疗机构配制的制剂的，应当经…批准" keeps only "军队医疗机构配制的制剂", which its
    third paragraph ("军队医疗机构配制的制剂，不得在市场销售") says too. "改写…改为“军队医疗机构配制的制剂应当在本单位使用”" (2025
    第十九条, whose use in the own unit comes from 2004 第十二条) was wrong in the English reading 1441: the approval rule
    for local institutions is said taken out (its successor, 2025 第二十条, is the restated class)."""
    notes = pair_messages(old_pair(drugs, "第十三条"))
    assert not [n for n in notes if n.startswith("改写：“地方医疗机构需要使用")], notes
    assert "删除或改写：“地方医疗机构需要使用军队医疗机构配制的制剂的，应当经省、自治区、直辖市人民政府药品监督管理部门批准”" \
        in notes, notes
    # (a sentence of the same kind whose kept phrase the provision repeats in fewer characters stays rewritten)
    notes = pair_messages(old_pair(drugs, "第二十五条"))
    assert "改写：“情节严重，有《医疗机构制剂许可证》或者制剂批准证明文件的，由原发证部门予以吊销或者撤销”改为“情节严重的，吊销相关" \
        "许可证或者批准证明文件”" in notes, notes


produce = _held_out("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_qualification_revoked_by_its_certificate_is_the_same_sanction(produce):
    """2018 第四十四条 revokes the testing body's 检测资格; 2022 第六十五条 has the body that granted it 吊销…资质证书.
    "不再规定处罚：撤销其检测资格" was wrong in reading 1447: the sanction is still imposed, now for either breach."""
    pair = old_pair(produce, "第四十四条")
    notes = pair_messages(pair)
    assert "不再规定处罚：撤销其检测资格" not in notes, notes
    assert "处罚由“撤销其检测资格”改为“吊销该农产品质量安全检测机构的资质证书”" in notes, notes


marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_fine_imposed_each_time_says_so(marine):
    """2023 第一百零七条 fines the failure to report dumping "按次处五千元以上二万元以下的罚款": each time. The note gave the sum
    alone (partly said in recall 1443); so 第九十三条's "按次处一百元以上一千元以下的罚款" among its tiers."""
    pair = old_pair(marine, "第八十五条")
    notes = pair_messages(pair)
    assert "新增罚款：有前款第一项行为的，处5000元–2万元（按次）；有前款第二项行为的，处2万–20万元；有前款第三项行为的，处3万–30万元" \
        in notes, notes
    assert any("5,000–20,000 yuan per occurrence where" in (f.message_en or "") for f in pair.findings)
    notes = pair_messages(old_pair(marine, "第七十三条"))
    assert [n for n in notes if n.startswith("最高罚款由20万元提高到100万元（") and "100–1000元（按次）" in n], notes


pensions = _held_out("军人抚恤优待条例", "2019-03-02", "2024-08-05")
martyrs = _held_out("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_word_put_in_alone_is_said_though_a_rewrite_beside_it_holds_it(pensions, martyrs):
    """2024 第二十七条 now has the grade assessed "及时" (promptly); the sentence after it, rewritten, says "应当及时提出申请",
    so the rewrite's quote was taken to say the word too: unsaid in recall 1443. A word the provision did not say before,
    put in alone, is said where it stands; so "基本" of 烈士褒扬条例 2024 第十六条's "少尉军官基本工资"."""
    notes = pair_messages(old_pair(pensions, "第二十三条"))
    assert "表述修改：“应当评定残疾等级”改为“应当及时评定残疾等级”" in notes, notes
    notes = pair_messages(old_pair(martyrs, "第十五条"))
    assert "表述修改：“排职少尉军官工资”改为“少尉军官基本工资”" in notes, notes


def test_but_said_as_but_is_no_change(food):
    """2013 第十三条 "但是构成其他犯罪的" → 2021 "但构成…": the same exception; "“但是构成”改为“但构成”" beside the crime put
    in was useless."""
    notes = pair_messages(old_pair(food, "第十三条"))
    assert "表述修改：新增“妨害动植物防疫、检疫罪”" in notes, notes
    assert not [n for n in notes if "但是构成" in n], notes


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_a_duty_reworded_around_is_no_top_headline(women):
    """2022 第四条 still binds its bodies to 保障妇女的权益; it says "依法" for "依照本法和有关法律的规定" and adds "以及其他组织和
    个人": ranked fifth among the revision's changes as a duty, it was useless in reading 1448. A line of one rewording whose
    duty is the same but for its manner weighs as a sentence reworded: the new budget duty (第五条) and the rewritten bans
    come first."""
    from policydiff.render.ranking import ranked_headlines

    for lang in ("zh", "en"):
        top = ranked_headlines(women, lang)[:8]
        assert not [h for h in top if h.text.startswith(("第四条：", "Article 4:"))], [h.text for h in top]
        assert [h for h in top if h.text.startswith(("第三条（现第五条）", "Article 3 (now Article 5)"))], [h.text for h in top]


def test_a_definition_whose_defining_words_went_is_said_taken_out_whole(pensions):
    """2019 第五十三条 defined 复员军人 ("本条例所称的复员军人，是指在1954年10月31日之前入伍、后经批准从部队复员的人员"); 2024
    第六十二条 grants a living allowance to a list of groups, one of them "1954年10月31日之前入伍后经批准退出现役的人员". The
    defining words deleted were said "表述修改：删除“本条例所称的复员军人，是指在”；删除“从部队复员的人员”" (useless in reading
    1452): the definition is said taken out whole, and not rewritten into the grant (a definition only into a definition)."""
    notes = pair_messages(old_pair(pensions, "第五十三条"))
    assert "删除或改写：“本条例所称的复员军人，是指在1954年10月31日之前入伍、后经批准从部队复员的人员”" in notes, notes
    assert not [n for n in notes if n.startswith(("表述修改：删除“本条例所称", "改写：“本条例所称"))], notes


spies = _held_out("反间谍法", "2014-11-01", "2023-04-26")
company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_deleted_provision_whose_cases_moved_is_named_by_the_consequence_left(spies, company):
    """反间谍法 2014 第三十三条's two cases (hiding seized property; harbouring the proceeds of espionage) moved to 2023
    第六十条; its consequence, "由国家安全机关追回", did not. "原第三十三条已删除或改写，部分内容现见第六十条" beside the two moves
    named nothing of what went (useless in the English reading 1457). So 公司法 2018 第二百零二条, whose false records 第二百五十四条
    now punishes under 会计法: the fine its 有关主管部门 imposed on the persons responsible is what went, said with its sum
    since reading 1940."""
    notes = pair_messages(old_pair(spies, "第三十三条"))
    assert "原第三十三条（关于“由国家安全机关追回”的规定）已删除或改写，部分内容现见第六十条" in notes, notes
    pair = old_pair(company, "第二百零二条")
    assert "原第二百零二条（关于“由有关主管部门对直接负责的主管人员和其他直接责任人员处以三万元以上三十万元以下的罚款”的规定）已删除或改写，" \
        "部分内容现见第二百五十四条" in pair_messages(pair), pair_messages(pair)


minerals = _held_out("矿产资源法", "2009-08-27", "2024-11-08")


def test_an_exception_put_in_where_other_words_went_is_no_replacement(minerals):
    """2009 第三条 "…取得探矿权、采矿权，并办理登记；但是，…的勘查除外" → 2024 第五条 "…取得探矿权、采矿权，本法另有规定的
    除外": "“并办理登记”改为“本法另有规定的除外”" read as the registration become the exception (wrong in the English reading
    1453; registration is 第二十二条's now). One clause each side, an exception on one only: two edits."""
    notes = pair_messages(old_pair(minerals, "第三条"))
    assert "表述修改：删除“并办理登记”；新增“本法另有规定的除外”" in notes, notes
