"""What readings 1807 to 1838 (2026-12-07) found wrong or useless and the fifty-eighth session fixed, pinned on the real
text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

cryptography = _held_out("商用密码管理条例", "1999-10-07", "2023-04-27")
farm_produce = _held_out("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_deleted_provision_opening_on_a_leave_not_obtained_is_named_with_what_is_done_without_it(cryptography):
    """商用密码管理条例 1999 第二十四条 "境外组织或者个人未经批准，擅自使用密码产品或者含有密码技术的设备的，由…给予警告": named
    by "境外组织或者个人未经批准" alone, the quote stopping before what the provision punishes (the English reading 1833,
    item 8)."""
    notes = pair_messages(old_pair(cryptography, "第二十四条"))
    assert "原第二十四条（关于“境外组织或者个人未经批准，擅自使用密码产品或者含有密码技术…”的规定）已删除或改写" in notes, notes


martyrs = _held_out("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_failure_to_follow_a_rule_said_with_another_negation_is_no_change(martyrs):
    """烈士褒扬条例 第三十五条 → 第五十八条（二）"未按照规定的标准…发放…的" → "不按照规定的标准…": the same failure punished;
    "“未按照”改为“不按照”" was useless in reading 1847 (item 13)."""
    notes = pair_messages(old_pair(martyrs, "第三十五条"))
    assert not any("未按照" in n for n in notes), notes


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_words_put_in_inside_every_place_a_count_reads_are_not_said_again(review):
    """行政复议法 第二十九条 → 第七十二条: "或者部分撤销" put in three places, one of them "撤销或者变更罚款" → "撤销或者部分撤销、
    变更罚款", whose edit alone is "部分撤销、": "新增“部分撤销”" beside "新增“或者部分撤销”（共3处）" said that place twice
    (reading 1843, items 30 and 56)."""
    notes = pair_messages(old_pair(review, "第二十九条"))
    assert "表述修改：新增“或者部分撤销”（共3处）；新增“无效”" in notes, notes
    assert "表述修改：新增“部分撤销”" not in notes, notes


supervision = _held_out("监察法", "2018-03-20", "2024-12-25")
company = _law("公司法", "2018-10-26", "2023-12-29")


def test_words_put_in_that_the_new_text_says_elsewhere_too_are_said_with_their_place(supervision, company):
    """监察法 第四十四条 → 第五十条: "新增“管护”" of an article that says 管护 ten times, nine of them in other notes' quotes,
    said nothing of where (reading 1846, item 42): the place it was put in, "“留置一日折抵管制二日”改为“管护、留置一日折抵
    管制二日”"; 公司法 第九十七条 → 第一百一十条 "新增“复制”" of an article that says 复制 twice is "查阅、复制公司章程"."""
    notes = pair_messages(old_pair(supervision, "第四十四条"))
    assert "表述修改：“留置一日折抵管制二日”改为“管护、留置一日折抵管制二日”" in notes, notes
    assert "表述修改：“查阅公司章程”改为“查阅、复制公司章程”；删除“公司债券存根”" in pair_messages(old_pair(company, "第九十七条"))


conscription = _held_out("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_deleted_provision_is_named_with_what_its_subject_must_do_after_the_mark(conscription, cryptography):
    """征兵工作条例 2001 第二十二条 "县、市征兵办公室对准备批准服现役的应征公民，应当逐个进行政治复审…": named by its subject and
    whom it acts on alone, the quote stopping before the rule (reading 1842, item 28); 商用密码管理条例 1999 第八条 the same
    with what must be approved, cut in its subject."""
    assert "原第二十二条（关于“县、市征兵办公室对准备批准服现役的应征公民，应当逐个进行政治复审”的规定）已删除或改写" \
        in pair_messages(old_pair(conscription, "第二十二条"))
    assert "原第八条（关于“商用密码产品指定生产单位生产的…必须经国家密码管理机构批准”的规定）已删除或改写" \
        in pair_messages(old_pair(cryptography, "第八条"))


def test_a_deleted_provision_opening_on_a_list_of_provisions_cited_is_named_with_what_they_provide(farm_produce):
    """农产品质量安全法 2018 第五十二条 "本法第四十四条，第四十七条至第四十九条，第五十条第一款、第四款和第五十一条规定的处理、
    处罚，由…决定": the list of provisions cited, parted by marks, cut the topic at its first mark, "本法第四十四条，第四十七条
    至第四十九条", before what they provide and who decides it (reading 1847, item 10)."""
    assert "原第五十二条（关于“本法第四十四条，第四十七条至…的处理、处罚，由县级以上人民政府农业行政主管部门决定”的规定）" \
        "已删除或改写" in pair_messages(old_pair(farm_produce, "第五十二条"))


pensions = _held_out("军人抚恤优待条例", "2019-03-02", "2024-08-05")
charity = _held_out("慈善法", "2016-03-16", "2023-12-29")


def test_a_period_that_must_have_run_is_said_with_what_runs(pensions, charity):
    """军人抚恤优待条例 2019 第二十五条 "退出现役后或者医疗终结满3年后…申请补办评定残疾等级": "删除期限：3年" said nothing of what
    the three years were (reading 1841, item 16); 慈善法 第二十二条 "依法登记满一年的慈善组织" likewise."""
    assert "删除期限：3年（医疗终结满3年后）" in pair_messages(old_pair(pensions, "第二十五条"))
    assert "期限由二年降低到一年（依法登记满一年的慈善组织）" in pair_messages(old_pair(charity, "第二十二条"))


def test_a_certificate_the_new_text_still_names_is_no_document_taken_out(pensions):
    """军人抚恤优待条例 2019 第十一条 → 2024 第十四条: "《中华人民共和国烈士证明书》" is "烈士证书的颁发按照《烈士褒扬条例》的规定
    执行", the certificate still issued; "删除引用文件：《中华人民共和国烈士证明书》" was wrong in reading 1841 (item 34)."""
    notes = pair_messages(old_pair(pensions, "第十一条"))
    assert not [n for n in notes if "引用文件" in n], notes


laundering = _held_out("反洗钱法", "2006-10-31", "2024-11-08")


def test_a_word_put_for_another_before_a_noun_and_a_joiner_is_read_with_the_noun(laundering):
    """反洗钱法 第二十三条 → 第四十三条 "出示合法证件和…调查通知书" → "出示执法证件和调查通知书": "“合法”改为“执法”" was a bare
    adjective swap (reading 1846, item 8); read with its noun, "合法证件" → "执法证件", the rewrite beside it quotes it."""
    notes = pair_messages(old_pair(laundering, "第二十三条"))
    assert "表述修改：“合法”改为“执法”" not in notes, notes
    assert [n for n in notes if "出示合法证件" in n and "出示执法证件" in n], notes


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_words_replaced_that_the_new_text_still_says_elsewhere_are_said_with_the_word_before(laundering, emergencies):
    """反洗钱法 第十条 → 第十六条 "报告分析结果" → "报告工作情况", the new article still saying "移送分析结果": "“分析结果”改为
    “工作情况”" read as the results no longer passed on (reading 1846, item 2); 突发事件应对法 第六十七条 → 第一百条 likewise."""
    assert "表述修改：“报告分析结果”改为“报告工作情况”" in pair_messages(old_pair(laundering, "第十条"))
    assert "表述修改：“给他人人身、财产造成损害的”改为“造成人身、财产或者其他损害的”" \
        in pair_messages(old_pair(emergencies, "第六十七条"))


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_word_after_the_de_of_a_list_is_quoted_with_the_whole_list(accounting):
    """会计法 第十条 "（五）收入、支出、费用、成本的计算" → "（四）…的增减": "“成本的计算”改为“成本的增减”" read as of costs alone
    (reading 1851, item 8)."""
    assert "表述修改：“（五）收入、支出、费用、成本的计算”改为“（四）收入、支出、费用、成本的增减”" \
        in pair_messages(old_pair(accounting, "第十条"))


sport = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_floor_put_in_a_sentence_worded_otherwise_says_which_quantity(sport):
    """体育法 第二十条 → 第二十八条 "每学年举行一次全校性的体育运动会" → "每学年至少举办一次…": "新增下限表述“至少”：数量由固定值
    变为下限" did not say which quantity (the English reading 1852, item 55)."""
    assert "新增下限表述“至少”：数量由固定值变为下限（现为“每学年至少举办一次”）" in pair_messages(old_pair(sport, "第二十条"))


deputies = _held_out("全国人民代表大会和地方各级人民代表大会代表法", "2015-08-29", "2025-03-11")


def test_words_opening_on_de_after_a_title_are_quoted_with_the_title(deputies):
    """代表法 第四十四条 → 第五十五条 "适用《中华人民共和国治安管理处罚法》第五十条的处罚规定" → "…依照《…》的有关规定给予处罚":
    "“第五十条的处罚规定”改为“的有关规定给予处罚”" did not say whose 第五十条 (the English reading 1862, item 26)."""
    assert "表述修改：“《中华人民共和国治安管理处罚法》第五十条的处罚规定”改为“《中华人民共和国治安管理处罚法》的有关规定" \
        "给予处罚”" in pair_messages(old_pair(deputies, "第四十四条"))


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_a_drafting_norm_word_inside_another_notes_quotes_is_not_said_apart(women):
    """妇女权益保障法 第二十六条 → 第四十七条 "任何单位均应" → "用人单位应当", its only 应 → 应当 of the law: "规范用语：“应”改为
    “应当”（义务未变）" beside "“任何单位均应”改为“用人单位应当”" read as the duty unchanged where its bearer changed (reading
    1860, item 25)."""
    notes = pair_messages(old_pair(women, "第二十六条"))
    assert "表述修改：“任何单位均应”改为“用人单位应当”" in notes, notes
    assert not [n for n in notes if n.startswith("规范用语")], notes


secrets = _held_out("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_sentence_moved_with_its_opening_reworded_is_not_said_largely_rewritten(secrets):
    """保守国家秘密法 2010 第四十四条 "…发现机关、单位存在泄密隐患的，应当要求其采取措施，限期整改…" → 2024 第五十二条 "发现存在
    泄露国家秘密隐患的，应当要求采取措施，限期整改…": "由原第四十四条移入，并作较大修改" was false, the rule's words barely
    changed (reading 1861, item 37)."""
    notes = pair_messages(old_pair(secrets, "第四十五条"))
    assert [n for n in notes if n.endswith("由原第四十四条移入，文字有改动（“泄密”改为“泄露国家秘密”）")], notes
