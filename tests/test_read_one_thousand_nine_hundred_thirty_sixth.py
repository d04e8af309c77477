"""What readings 1936 to 1960 (2026-12-07) found wrong or useless and the sixty-first session fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_deleted_provision_is_not_named_by_the_sentence_its_move_quotes(drugs):
    """办法 第八条 (deleted; its first sentence now in 第十二条): "原第八条（关于“军队药品供应保障机构购进药品，应当建立并执行进货
    检查验收制度”的规定）已删除或改写，部分内容现见第十二条" beside "“军队药品供应保障机构购进药品，应当建立并执行进货检查验收制度，验明
    药品合格证明和其他标识”不再在此规定，现见第十二条（文字有改动）" said the move twice (reading 1936, item 8). Named by what is
    left, which no provision of 2025 says."""
    notes = pair_messages(old_pair(drugs, "第八条"))
    assert "原第八条（关于“不符合规定要求的，不得购进”的规定）已删除或改写，另有部分内容现见第十二条" in notes, notes


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_an_edit_inside_the_duties_a_modality_note_quotes_is_not_said_again(shanghai):
    """上海 第四十三条 → 第四十八条: "表述修改：“可以”改为“应当将承诺书及注销登记申请”" beside "“可以”改为“应当”：义务加强（“企业可以
    通过国家企业信用信息公示系统进行公告”改为“企业应当将承诺书及注销登记申请通过国家企业信用信息公示系统公示”）" said the edit twice
    (reading 1939, item 43)."""
    notes = pair_messages(old_pair(shanghai, "第四十三条"))
    assert "表述修改：“进行公告，公告时限为”改为“公示，公示期为”" in notes, notes
    assert [n for n in notes if n.startswith("“可以”改为“应当”：义务加强（“企业可以通过")], notes


livestock = _held_out("畜牧法", "2015-04-24", "2022-10-30")


def test_a_condition_said_without_its_duty_word_is_no_note(livestock):
    """畜牧法 第二十二条 → 第二十四条: "（一）生产经营的种畜禽必须是通过…审定或者鉴定的品种、配套系" → "…种畜禽是通过…": a condition of
    the licence either way; the item quoted whole for the one word was useless (reading 1949, item 30)."""
    notes = pair_messages(old_pair(livestock, "第二十二条"))
    assert not [n for n in notes if "种畜禽必须是" in n], notes
    assert [n for n in notes if "商品代" in n], notes  # (the pair's other edit is still said)


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_period_after_the_semicolon_of_a_sentence_is_said_with_the_case_that_sentence_opens_on(sea):
    """海洋环境保护法 第八十五条 → 第一百零七条: "新增期限：三年（三年内不得再次申请倾倒许可证）" read as the bar of every breach the
    article lists; it follows the fraud that obtained the permit (reading 1945, item 40). Said once: no "新增规定" of the
    clause."""
    notes = pair_messages(old_pair(sea, "第八十五条"))
    assert "新增期限：三年（以提供虚假申请材料、欺骗、贿赂等不正当手段申请取得倾倒许可证的，……三年内不得再次申请倾倒许可证）" in notes, notes
    assert "新增规定：“三年内不得再次申请倾倒许可证”" not in notes, notes


antitrust = _held_out("反垄断法", "2007-08-30", "2022-06-24")


def test_an_old_fine_that_became_a_fine_on_sales_and_its_fallback_is_one_change(antitrust):
    """反垄断法 第四十八条 → 第五十八条 and 第五十二条 → 第六十二条: the old fine in sums became a fine on last year's sales and, for a
    case without it, a sum; "罚款由50万元以下提高到不具有排除、限制竞争效果的500万元以下" beside "新增罚款：处上一年度销售额10%以下"
    read as a fine added to one kept (reading 1949, items 43 and 46)."""
    notes = pair_messages(old_pair(antitrust, "第四十八条"))
    assert "罚款由50万元以下改为上一年度销售额10%以下，不具有排除、限制竞争效果的500万元以下" in notes, notes
    assert not [n for n in notes if n.startswith("新增罚款")], notes
    notes = pair_messages(old_pair(antitrust, "第五十二条"))
    assert "对单位罚款由20万元以下，情节严重的20万–100万元改为上一年度销售额1%以下，上一年度没有销售额或者销售额难以计算的500万元以下" \
           in notes, notes
    assert not [n for n in notes if n.startswith("新增罚款")], notes


def test_a_long_edit_leaves_out_a_phrase_of_its_middle_both_sides_say(livestock):
    """畜牧法 第五十四条 → 第七十一条: the sentence's new side was cut at "饲料……", before what changed (饲料添加剂, the 生产、经营
    of inputs); the phrase both say, "依照本法和有关法律、行政法规的规定", is what the quote leaves out (reading 1949, item 16)."""
    notes = pair_messages(old_pair(livestock, "第五十四条"))
    assert "表述修改：“县级以上人民政府应当组织畜牧兽医行政主管部门和其他有关主管部门……加强对畜禽饲养环境、种畜禽质量、饲料和兽药等投入品的" \
           "使用以及畜禽交易与运输的监督管理”改为“县级以上人民政府应当组织农业农村主管部门和其他有关部门……加强对畜禽饲养环境、种畜禽质量、" \
           "畜禽交易与运输、畜禽屠宰以及饲料、饲料添加剂、兽药等投入品的生产、经营、使用的监督管理”" in notes, notes


def test_an_exception_made_by_a_need_is_quoted_after_the_ban_it_lifts(drugs, sea):
    """办法 第四条 → 第十三条: "新增规定：“因发生重大灾情、疫情…确需向地方单位和人员供应的，应当经…批准”" beside the rewrite of the
    ban cut before it read as a ban with no way out (reading 1936, item 38); 海洋环境保护法 第三十条's "法律、行政法规另有规定的除外"
    said nothing alone either. Said with the rewrite of the ban, whose new quote the ban is (reading 1963, item 33): one
    note."""
    notes = pair_messages(old_pair(drugs, "第四条"))
    assert [n for n in notes if n.startswith("改写：“军队药品供应保障机构未经") and n.endswith(
        "改为“军队药材供应保障机构不得向地方单位和人员供应药品；因发生重大灾情、疫情或者其他突发事件等原因，确需向地方单位和人员供应的，应当经"
        "中央军事委员会后勤保障部批准”")], notes
    assert not [n for n in notes if n.startswith("新增规定")], notes
    notes = pair_messages(old_pair(sea, "第三十条"))
    assert "新增规定：“……新设工业排污口和城镇污水处理厂排污口；法律、行政法规另有规定的除外”" in notes, notes


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_period_in_a_proviso_is_said_after_the_case_its_sentence_opens_on(review):
    """行政复议法 第九条 → 第二十条: "新增期限：不得超过一年（自知道或者应当知道行政行为内容之日起最长不得超过一年）" read as a cap on
    every application; it bounds the case of an act whose right of review was not told (readings 1922 and 1965, item
    19)."""
    notes = pair_messages(old_pair(review, "第九条"))
    assert "新增期限：不得超过一年（行政机关作出行政行为时，未告知公民、法人或者其他组织申请行政复议的权利、行政复议机关和申请期限的，……" \
           "自知道或者应当知道行政行为内容之日起最长不得超过一年）" in notes, notes


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_deleted_provision_named_by_its_fine_says_the_sum(company):
    """公司法 第二百零二条 (its case now 第二百五十四条): "（关于“由有关主管部门对直接负责的主管人员和其他直接责任人员处以…”的规定）"
    stopped before the fine that went (reading 1940, item 43)."""
    notes = pair_messages(old_pair(company, "第二百零二条"))
    assert [n for n in notes if "处以三万元以上三十万元以下的罚款”的规定）已删除或改写" in n], notes


conscription = _held_out("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_deleted_provision_is_named_with_what_must_be_done_once_the_time_named_comes(conscription):
    """征兵工作条例 第三十三条 (deleted): "（关于“县、市征兵办公室对集中的新兵”的规定）" said who and whom, not the rule (reading 1964,
    item 12)."""
    notes = pair_messages(old_pair(conscription, "第三十三条"))
    assert "原第三十三条（关于“县、市征兵办公室对集中的新兵，在起运前应当进行全面观察”的规定）已删除或改写" in notes, notes
