"""What readings of 2026-12-07 found wrong or useless and the sixty-second session fixed (readings 1945 and 1969 on),
pinned on the real text (the corpus and tests/fixtures/laws)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_word_taken_out_before_words_that_go_on_is_quoted_with_the_word_before_it(sea):
    """海洋环境保护法 第四条 → 第九条: "对污染损害海洋环境的单位和个人" → "对污染海洋环境、破坏海洋生态的单位和个人" was said "“损害海洋环境”
    改为“海洋环境、破坏海洋生态”", the compound 污染损害 cut in two and neither quote readable alone (reading 1945, item 23)."""
    notes = pair_messages(old_pair(sea, "第四条"))
    assert "表述修改：“污染损害海洋环境”改为“污染海洋环境、破坏海洋生态”" in notes, notes


organs = _held_out("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_an_edit_opening_on_the_last_character_of_a_word_is_quoted_with_the_whole_word(organs):
    """人体器官捐献和移植条例 第十六条 → 第三十一条: "对接受人因人体器官移植感染疾病的风险" → "对接受人接受人体器官移植的风险" was said
    "“人因人体器官移植感染疾病”改为“人接受人体器官移植”", opening on the 人 of 接受人 (a fragment in reading 1970, item 49)."""
    notes = pair_messages(old_pair(organs, "第十六条"))
    assert "表述修改：“接受人因人体器官移植感染疾病”改为“接受人接受人体器官移植”" in notes, notes


def test_words_put_in_then_words_replaced_a_word_on_are_one_phrase(sea):
    """海洋环境保护法 第三十六条 → 第五十四条: "避免热污染对水产资源的危害" → "…对珍稀濒危海洋生物、海洋水产资源造成危害" was said
    "新增“珍稀濒危海洋生物、海洋”；“的危害”改为“造成危害”", pieces of words (reading 1975, item 16)."""
    notes = pair_messages(old_pair(sea, "第三十六条"))
    assert "表述修改：“避免热污染对水产资源的危害”改为“避免热污染对珍稀濒危海洋生物、海洋水产资源造成危害”" in notes, notes
    # (both quotes from the words before the words put in, when both texts say them: 第十三条 → 第二十二条's new quote read
    # without its subject 企业, worse in reading 2001)
    notes = pair_messages(old_pair(sea, "第十三条"))
    assert "表述修改：“企业应当优先使用清洁能源”改为“企业事业单位和其他生产经营者应当优先使用清洁低碳能源”" in notes, notes


vocational = _held_out("职业教育法", "1996-05-15", "2022-04-20")


def test_a_modifier_taken_out_before_a_noun_said_often_is_quoted_with_the_word_before_it(vocational):
    """职业教育法 第二十九条 → 第六十四条: "用于本地区的职业教育" → "用于职业教育" was "deleted “本地区的”", a fragment (the English
    reading 1976, item 27): 职业教育 stands many times in the new article, "用于职业教育" once."""
    notes = pair_messages(old_pair(vocational, "第二十九条"))
    assert "表述修改：“用于本地区的职业教育”改为“用于职业教育”" in notes, notes


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_an_edit_run_on_to_a_clause_both_sides_end_on_is_said_without_it(review):
    """行政复议法 第二条: "行政机关受理行政复议申请、作出行政复议决定，适用本法" → "行政复议机关办理行政复议案件，适用本法" was "“行政机关
    受理”改为“行政复议机关办理”；“申请、作出行政复议决定，适用本法”改为“案件，适用本法”", fragments (reading 1972, item 27)."""
    notes = pair_messages(old_pair(review, "第二条"))
    assert "表述修改：“行政机关受理行政复议申请、作出行政复议决定”改为“行政复议机关办理行政复议案件”" in notes, notes


def test_an_edit_cut_a_word_into_the_next_clause_is_said_with_the_clauses_whole(sea):
    """海洋环境保护法 第二条: "造成中华人民共和国管辖海域污染的，也适用本法" → "…海域环境污染、生态破坏的，适用本法相关规定" was "“污染的，
    也”改为“环境污染、生态破坏的”；新增“相关规定”", pieces of words (reading 1975, item 46)."""
    notes = pair_messages(old_pair(sea, "第二条"))
    assert "表述修改：“造成中华人民共和国管辖海域污染的，也适用本法”改为“造成中华人民共和国管辖海域环境污染、生态破坏的，适用本法相关规定”" \
        in notes, notes


civilians = _held_out("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_a_clause_of_a_word_put_before_an_edit_is_said_with_the_clause_it_opens(civilians):
    """文职人员条例 第二十八条 → 第三十一条: "文职人员年度考核和任职前考核结果，分为…四个等次" → "其中，文职人员年度考核结果，分为…" was
    "“年度考核和任职前”改为“其中，文职人员年度”", fragments (reading 1971, item 55)."""
    notes = pair_messages(old_pair(civilians, "第二十八条"))
    assert "表述修改：“文职人员年度考核和任职前考核结果，分为优秀、称职、基本称职、不称职四个等次”改为“其中，文职人员年度考核结果，分为优秀、称职、" \
        "基本称职、不称职四个等次”" in notes, notes


def test_words_that_only_point_back_at_what_the_sentence_named_are_no_note(review):
    """行政复议法 第二十六条 → 第五十六条: "行政复议机关对该规定有权处理的" → "行政复议机关有权处理的" was "删除“对该规定”", true and useless
    (reading 1972, item 8)."""
    notes = pair_messages(old_pair(review, "第二十六条"))
    assert not [n for n in notes if "对该规定" in n], notes


martyrs = _held_out("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_words_put_in_after_a_renamed_term_are_said_apart_from_it(martyrs):
    """烈士褒扬条例 第十七条 → 第二十条: "…退役军人事务部门参照…" → "…退役军人工作主管部门依据其申请，参照…" was "“事务部门”改为“工作主管
    部门依据其申请”", the law-wide rename and a new condition said as one (reading 1973, item 29)."""
    notes = pair_messages(old_pair(martyrs, "第十七条"))
    assert "表述修改：新增“依据其申请”；“给予补助”改为“给予定期补助”" in notes, notes


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_two_words_taken_out_a_word_apart_are_one_phrase(shanghai):
    """上海市优化营商环境条例 第十七条: "本市支持“一业一证”审批模式改革探索" → "本市支持“一业一证”改革" was "删除“审批模式”；删除“探索”",
    bare words (reading 1977, item 32)."""
    notes = pair_messages(old_pair(shanghai, "第十七条"))
    assert "表述修改：“审批模式改革探索”改为“改革”" in notes, notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_a_permission_kept_beside_a_duty_put_in_is_no_change_of_force(relics):
    """文物保护法 第三十二条 → 第四十六条: "文物行政部门可以报请当地人民政府通知公安机关协助保护现场" → "文物行政部门应当采取措施保护现场，
    必要时可以通知公安机关或者海上执法机关协助" was "“可以”改为“应当”：义务加强", false (reading 1980, item 30): the permission to call
    the police stands, the duty to protect the site is put in. The rewrite says it; "删除“如无特殊情况”" stays as it was."""
    notes = pair_messages(old_pair(relics, "第三十二条"))
    assert not [n for n in notes if n.startswith("“可以”改为“应当”")], notes
    assert "改写：“文物行政部门可以报请当地人民政府通知公安机关协助保护现场”改为“文物行政部门应当采取措施保护现场，必要时可以通知公安机关或者" \
        "海上执法机关协助”" in notes, notes
    assert "表述修改：删除“如无特殊情况”" in notes, notes


rules = _held_out("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_one_edit_quoted_with_other_words_on_either_side_is_said_once_with_its_count(rules):
    """议事规则 第二十三条 → 第三十四条: "听取工作报告后" and "将工作报告交有关的专门委员会" both lose 工作; "“听取工作报告”改为“听取报告”"
    beside "“工作报告交”改为“报告交”" said it twice, the second clipped (reading 1981, item 18)."""
    notes = pair_messages(old_pair(rules, "第二十三条"))
    assert "表述修改：“工作报告”改为“报告”（共2处）" in notes, notes
    assert not [n for n in notes if "报告交" in n], notes


women = _held_out("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_two_clauses_of_one_sentence_put_in_are_one_note(women):
    """妇女权益保障法 第五十八条 → 第八十条: the new second paragraph, "学校、用人单位…由上级机关或者主管部门责令改正；拒不改正或者情节严重
    的，依法对…给予处分", was said as two "新增规定", the second read without whom it punishes (reading 1979, item 3)."""
    notes = pair_messages(old_pair(women, "第五十八条"))
    assert "新增规定：“学校、用人单位违反本法规定，未采取必要措施预防和制止性骚扰，造成妇女权益受到侵害或者社会影响恶劣的，由上级机关或者主管部门" \
        "责令改正；拒不改正或者情节严重的，依法对直接负责的主管人员和其他直接责任人员给予处分”" in notes, notes
    assert "新增规定：“拒不改正或者情节严重的，依法对直接负责的主管人员和其他直接责任人员给予处分”" not in notes, notes
