"""What readings 932 and on (2026-12-05, the thirty-fifth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _law
from conftest import law_fixture as _corpus
from conftest import old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_a_rename_with_the_words_between_it_and_the_kept_words_taken_out_is_counted(organs):
    """2007 第二十九条（二）"…伦理委员会审查同意，做出摘取人体器官的决定" → 2023 第四十二条 "…伦理委员会审查同意获取人体器官的":
    摘取 → 获取 made there too, "，做出" taken out between it and 审查同意. Ten articles make the rename (第八、九、十七、十八、十九、
    二十、二十一、二十五、二十八、二十九条); "共9条" was one short in readings 902, 913 and 933."""
    notes = pair_messages(old_pair(organs, "第二十九条"))
    assert [n for n in notes if n.startswith("“摘取”改为“获取”（全文统一修改，共10条")], notes
    assert [n for n in pair_messages(old_pair(organs, "第八条")) if n == "“摘取”改为“获取”（全文统一修改，共10条）"]
    assert "“摘取”统一改为“获取”（共10条）" in [line.text for line in ranked_headlines(organs)]


mining = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_rewritten_sentences_sanctions_said_in_a_sentence_of_their_own_are_that_sentence_split(mining):
    """2009 第三十九条 "…责令停止开采、赔偿损失，没收采出的矿产品和违法所得，可以并处罚款" is 2024 第六十七条's "…责令改正" and
    its next sentence "拒不改正的，没收直接用于违法开采的工具、设备以及违法采出的矿产品，处…罚款…": the confiscation and the fine
    the old sentence had are no "新增规定" (wrong in reading 935, item 39)."""
    notes = pair_messages(old_pair(mining, "第三十九条"))
    assert not [n for n in notes if n.startswith("新增规定：“拒不改正的")], notes
    assert [n for n in notes if n.startswith("改写：“违反本法规定，未取得采矿许可证擅自采矿的")
            and "分为“违反本法规定，采矿权人未取得采矿许可证进行矿产资源开采作业的，由县级以上人民政府自然资源主管部门责令改正”"
                "“拒不改正的，没收直接用于违法开采的工具、设备以及违法采出的矿产品" in n], notes


vocational = _law("职业教育法", "1996-05-15", "2022-04-20")


def test_an_old_sentence_held_in_a_longer_new_one_is_that_sentence_rewritten(vocational):
    """1996 第十九条 "政府主管部门、行业组织应当举办或者联合举办职业学校、职业培训机构，组织、协调、指导本行业的企业…" stands, 57
    of its 65 characters in order, in 2022 第二十三条's "行业主管部门、工会和中华职业教育社等群团组织、行业组织可以根据需要，参与
    制定…，举办或者联合举办职业学校、职业培训机构，组织、协调、指导相关企业…": one sentence rewritten, not "新增规定" beside
    "表述修改：删除“政府”；删除“行业组织应当”" (fragments, wrong in reading 936, item 32)."""
    notes = pair_messages(old_pair(vocational, "第十九条"))
    assert not [n for n in notes if n.startswith("表述修改：")], notes
    assert not [n for n in notes if n.startswith("新增规定：“行业主管部门、工会")], notes
    # (the new side quoted as a sentence put in is, up to 128 characters, since reading 1482)
    assert ("改写：“政府主管部门、行业组织应当举办或者联合举办职业学校、职业培训机构……”改为“行业主管部门、工会和中华职业教育社等群团"
            "组织、行业组织可以根据需要，参与制定职业教育专业目录和相关职业教育标准，开展人才需求预测、职业生涯发展研究及信息咨询，培育"
            "供需匹配的产教融合服务组织，举办或者联合举办职业学校、职业培训机构……”") in notes, notes


def test_a_contrast_said_with_but_for_and_is_no_note(mining):
    """2009 第三十条 "…必须同时采出而暂时还不能综合利用的矿产…" → 2024 第三十九条 "…必须同时采出但暂时不能综合利用的矿产…": the
    same two cases; "表述修改：“而暂时还”改为“但暂时”" was useless in reading 935 (item 31)."""
    notes = pair_messages(old_pair(mining, "第二十九条"))  # (第二十九条、第三十条 → 第三十九条)
    assert "表述修改：“而暂时还”改为“但暂时”" not in notes, notes
    assert notes, notes


secrets = _law("保守国家秘密法", "2010-04-29", "2024-02-27")
marine = _corpus("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_sentence_that_only_uses_the_short_name_given_is_no_rewrite(secrets):
    """2024 第十五条 names "国家秘密及其密级的具体范围（以下简称保密事项范围）"; its "军事方面的保密事项范围，由中央军事委员会规定" is
    2010 第十一条's "军事方面的国家秘密及其密级的具体范围，由中央军事委员会规定" in the short name: "改写" was useless in reading 939
    (item 26). The definition's own rewrite stays."""
    notes = pair_messages(old_pair(secrets, "第十一条"))
    assert not [n for n in notes if n.startswith("改写：“军事方面")], notes
    assert [n for n in notes if n.startswith("改写：“国家秘密及其密级的具体范围，由国家保密行政管理部门")], notes


espionage = _law("反间谍法", "2014-11-01", "2023-04-26")
civilians = _law("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_a_provision_mostly_now_in_another_is_ranked_as_a_move(espionage, civilians):
    """"第三十三条（隐藏、转移、变卖、损毁…）删除，大部分内容现见第六十条" (反间谍法) and "第二十九条（文职人员的培训和考核实行登记
    管理）删除，大部分内容现见第三十一条" (文职人员条例) were eighth headlines: true, but a move, the penalties' change already
    the first headline; useless in readings 934 and 939. Ranked with the text moved, out of the first eight."""
    for comparison, start in ((espionage, "第三十三条（"), (civilians, "第二十九条（")):
        lines = [line.text for line in ranked_headlines(comparison)]
        moved = [k for k, t in enumerate(lines) if t.startswith(start) and "大部分内容现见" in t]
        assert moved and moved[0] >= 8, lines[:10]


antimonopoly = _law("反垄断法", "2007-08-30", "2022-06-24")


def test_fines_reckoned_from_turnover_are_the_fines_notes(antimonopoly):
    """2022 第五十八条 "…处上一年度销售额百分之十以下的罚款；…处五百万元以下的罚款" and 第六十二条 "对单位处上一年度销售额百分之一以下的
    罚款，上一年度没有销售额或者销售额难以计算的，处五百万元以下的罚款；对个人处五十万元以下的罚款": the penalty notes say them;
    "表述修改：“可以处五十”改为“处上一年度销售额百分之十以下的罚款”" and the quote of the old and new fines were useless in reading 942
    (items 32 and 35)."""
    for label in ("第四十八条", "第五十二条"):
        notes = pair_messages(old_pair(antimonopoly, label))
        assert not [n for n in notes if n.startswith("表述修改：") and "罚款" in n], notes
        assert [n for n in notes if "罚款" in n], notes


livestock = _law("畜牧法", "2015-04-24", "2022-10-30")


def test_a_breach_put_before_a_renamed_body_is_no_note(livestock):
    """2015 第六十条 "未经国务院畜牧兽医行政主管部门批准，向境外输出…" → 2022 第八十条 "违反本法规定，未经国务院农业农村主管部门批准，
    …": the stock opening and the rename the document's note says; "表述修改" of the two was useless in reading 941 (item 27)."""
    notes = pair_messages(old_pair(livestock, "第六十条"))
    assert not [n for n in notes if n.startswith("表述修改：")], notes
    assert [n for n in notes if n.startswith("“畜牧兽医行政主管部门”改为“农业农村主管部门”")], notes


def test_a_quote_ending_on_a_joiner_runs_on_to_the_word_it_joins(marine, secrets):
    """"“管理权的部门予以警告，或者”改为“管理权的部门或者机构责令改正”" (海洋环境保护法 第八十七条 → 第一百零九条) and "“…责令限期改正和”
    改为“…责令改正”" (第七十六条 → 第九十六条) ended on a joiner whose word was cut off: fragments, useless in reading 947 (items 30 and
    38). Both sides run on to the end of that word's clause; so "“给予处分并”改为“将其”" of 保守国家秘密法 第四十四条 → 第五十一条."""
    notes = pair_messages(old_pair(marine, "第八十七条"))
    assert "表述修改：“管理权的部门予以警告，或者处以罚款”改为“管理权的部门或者机构责令改正，处以罚款”" in notes, notes
    notes = pair_messages(old_pair(marine, "第七十六条"))
    assert "表述修改：“管理权的部门责令限期改正和采取补救措施”改为“管理权的部门或者机构责令改正、采取补救措施”" in notes, notes
    notes = pair_messages(old_pair(secrets, "第四十四条"))
    assert [n for n in notes if "“给予处分并调离涉密岗位”改为“将其调离涉密岗位”" in n], notes


review = _corpus("行政复议法", "2017-09-01", "2023-09-01")


def test_a_period_run_out_said_longer_is_no_edit(review):
    """2017 第十九条 "…或者行政复议期满之日起十五日内…" → 2023 第三十四条 "…或者行政复议期限届满之日起十五日内…": the same day;
    "“期满”改为“期限届满”" was useless in reading 947 (item 34)."""
    notes = pair_messages(old_pair(review, "第十九条"))
    assert not [n for n in notes if "“期满”改为“期限届满”" in n], notes
    assert "表述修改：新增“驳回申请”" in notes, notes


relics = _law("文物保护法", "2017-11-04", "2024-11-08")


def test_relics_donated_said_as_received_is_no_edit(relics):
    """2017 第五十二条 "…对捐赠的文物妥善收藏…" → 2024 第六十九条 "…对受赠的文物妥善收藏…": the same relics; the note was useless
    in reading 940 (item 36). The duty widened to every collecting unit (国有文物收藏 → 文物收藏) is still said."""
    notes = pair_messages(old_pair(relics, "第五十二条"))
    assert not [n for n in notes if "受赠的文物" in n], notes
    assert "表述修改：“国有文物收藏”改为“文物收藏”（共2处）" in notes, notes


def test_a_rewritten_sentences_first_clause_said_apart_is_that_sentence_split(livestock):
    """2015 第九条 "畜禽遗传资源保护以国家为主，鼓励和支持有关单位、个人依法发展畜禽遗传资源保护事业" is 2022 第十条's "畜禽遗传资源保护
    以国家为主、多元参与，…" and "国家鼓励和支持有关单位、个人依法发展畜禽遗传资源保护事业，…": the rewrite into the second alone read
    as 以国家为主 dropped, wrong in reading 941 (item 37)."""
    notes = pair_messages(old_pair(livestock, "第九条"))
    assert ("改写：“畜禽遗传资源保护以国家为主，鼓励和支持有关单位、个人依法发展畜禽遗传资源保护事业”分为“畜禽遗传资源保护以国家为主、"
            "多元参与，坚持保护优先、高效利用的原则，实行分类分级保护”“国家鼓励和支持有关单位、个人依法发展畜禽遗传资源保护事业，鼓励和支持"
            "高等学校、科研机构、企业加强畜禽遗传资源保护、利用的基础研究，提高科技创新能力”") in notes, notes
    assert not [n for n in notes if n.startswith("新增规定：“畜禽遗传资源保护以国家为主")], notes


accounting = _corpus("会计法", "2017-11-04", "2024-06-28")


def test_the_laws_general_subject_named_before_the_same_words_is_no_edit(accounting):
    """2017 第十条 "下列经济业务事项，应当办理会计手续" → 2024 "各单位应当对下列经济业务事项办理会计手续": the same duty, the law's
    general subject named; the wording note was useless in reading 950 (item 27). The list's rewrites are still said."""
    notes = pair_messages(old_pair(accounting, "第十条"))
    assert not [n for n in notes if "各单位应当对下列经济业务事项办理会计手续" in n], notes
    assert [n for n in notes if n.startswith("改写：“（二）财物的收发、增减和使用”改为“（一）资产的增减和使用”")], notes


veterans = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_sentence_the_diff_took_out_word_by_word_merged_into_a_rewrite_is_that_merge(veterans):
    """2019 第三十六条's "现役军人凭有效证件乘坐市内公共汽车…享受优待，…" and "残疾军人凭《中华人民共和国残疾军人证》免费乘坐市内公共汽车、
    电车和轨道交通工具" are 2024 第五十二条's one "军人、残疾军人凭证免费乘坐市内公共汽车、电车、轮渡和轨道交通工具": "表述修改：删除"
    of the second was wrong in reading 960 (item 36)."""
    notes = pair_messages(old_pair(veterans, "第三十六条"))
    assert not [n for n in notes if n.startswith("表述修改：删除“残疾军人凭")], notes
    assert ("改写：“现役军人凭有效证件乘坐市内公共汽车、电车和轨道交通工具享受优待，具体办法由有关城市人民政府规定”“残疾军人凭《中华"
            "人民共和国残疾军人证》免费乘坐市内公共汽车、电车和轨道交通工具”合并为“军人、残疾军人凭证免费乘坐市内公共汽车、电车、轮渡和"
            "轨道交通工具”") in notes, notes


money_laundering = _law("反洗钱法", "2006-10-31", "2024-11-08")


def test_sanctions_that_went_with_their_sentence_are_said_by_its_note_alone(money_laundering):
    """2006 第三十二条's "情节特别严重的，…可以建议有关金融监督管理机构责令停业整顿或者吊销其经营许可证" is 2024 第五十五条's: the
    sentence's note says so; "责令停业整顿不再在此规定，现见第五十五条" beside it repeated a part of it, useless in reading 962
    (item 24)."""
    notes = pair_messages(old_pair(money_laundering, "第三十二条"))
    assert [n for n in notes if n.startswith("“情节特别严重的，") and "现见第五十五条" in n], notes
    assert not [n for n in notes if n in ("责令停业整顿不再在此规定，现见第五十五条", "吊销其经营许可证不再在此规定，现见第五十五条")]


def test_a_death_declared_said_shorter_is_no_edit(veterans):
    """"经法定程序宣告死亡的" → "被宣告死亡的" (军人抚恤优待条例 第八、九、十、二十条 → 第十一、十二、十三、二十三条): a court's
    declaration either way; useless in reading 960 (item 35)."""
    for label in ("第八条", "第九条", "第十条", "第二十条"):
        notes = pair_messages(old_pair(veterans, label))
        assert not [n for n in notes if "经法定程序宣告" in n], (label, notes)


conscription = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_a_governments_own_area_said_as_its_administrative_area_is_no_edit(conscription):
    """2001 第七条 "…本地区…" → 2023 第四条 "…本行政区域…": the drafting norm's word for the same area; useless in reading 966
    (item 38)."""
    notes = pair_messages(old_pair(conscription, "第七条"))
    assert "表述修改：“本地区”改为“本行政区域”" not in notes, notes


women = _law("妇女权益保障法", "2018-10-26", "2022-10-30")


def test_whom_a_ban_binds_said_with_and_for_or_is_no_edit(women):
    """2018 第十四条 "任何组织或者个人不得压制或者打击报复" → 2022 第十七条 "任何组织和个人不得…": every organisation and every person
    either way; useless in reading 976 (item 18). The pair's other edits are still said."""
    notes = pair_messages(old_pair(women, "第十四条"))
    assert not [n for n in notes if "任何组织和个人" in n], notes
    assert [n for n in notes if "“建议”改为“可行的建议”" in n], notes  # (the modifier with its noun since reading 1409)


quarantine = _law("国境卫生检疫法", "2018-04-27", "2024-06-28")


def test_a_body_named_anew_where_the_sentence_now_names_it_is_one_replacement(quarantine):
    """2018 第十七条 "各地医疗单位对持有就诊方便卡的人员，应当优先诊治" → 2024 第十二条 "对持有就诊方便卡的人员，医疗机构应当优先
    诊治": the body renamed and put after the object, not "删除“各地医疗单位”" (wrong in readings 956 and 965); the new
    paragraph's "指定的医疗机构" is another body's place, not this one's."""
    notes = pair_messages(old_pair(quarantine, "第十七条"))
    assert "表述修改：“各地医疗单位”改为“医疗机构”" in notes, notes
    assert "表述修改：删除“各地医疗单位”" not in notes, notes


conscription_deadlines = _law("征兵工作条例", "2001-09-05", "2023-04-01")


def test_deadlines_for_handing_papers_between_offices_rank_as_filing_steps(conscription_deadlines):
    """2023 第四十二条 "档案由…征兵办公室自新兵起运后10日内…送交新兵训练机构", 第四十五条 "在征兵开始日后的5日内，省级人民政府征兵
    办公室…提出本行政区域新兵运输需求" and 第五十二条's 7 working days for handing over papers: the offices' own schedule, the
    seventh and eighth headlines of a revision that rewrote most chapters, useless in readings 903, 938, 961, 966 and 984.
    Out of the first eight now, below 公示, a step put in before enlistment."""
    lines = [line.text for line in ranked_headlines(conscription_deadlines)]
    assert not [t for t in lines[:8] if "新增期限" in t], lines[:8]
    shown = next(k for k, t in enumerate(lines) if "新增程序“公示”" in t)
    deadline = next(k for k, t in enumerate(lines) if t.startswith("第三十二条（现第四十二条）：新增期限：10日"))
    assert shown < deadline, lines[:16]
