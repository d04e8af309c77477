"""What readings 1604 and on (2026-12-07, the fifty-first session) found unsaid, wrong or useless, fixed, pinned on the
real text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import new_pair, old_pair, pair_messages

sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_word_replaced_where_another_sentence_also_cuts_its_modifier_is_said(sea):
    """2017 第五十二条 → 2023 第六十八条: "含油的工业垃圾" → "含油的工业固体废物", and in the next sentence "处置其他工业垃圾"
    → "处置其他固体废物". The first replacement was read as said by the second, which also cuts "工业": unsaid in recall 1603."""
    notes = pair_messages(old_pair(sea, "第五十二条"))
    assert "表述修改：“垃圾”改为“固体废物”" in notes, notes
    assert "表述修改：“处置其他工业垃圾”改为“处置其他固体废物”" in notes, notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_a_word_taken_out_that_another_sentence_also_held_is_said(relics):
    """2017 第七十条 (二) "国有文物收藏单位法定代表人离任时…" → 2024 第八十七条 (二) "文物收藏单位法定代表人或者主要负责人
    离任时…": the duty now binds every collecting unit. "国有" out of (二) was read as said by the rewrite of (三), which
    holds the word too ("国有文物收藏单位将馆藏文物…"), found reading 1605."""
    notes = pair_messages(old_pair(relics, "第七十条"))
    assert "表述修改：“国有文物收藏”改为“文物收藏”；新增“或者主要负责人”" in notes, notes


civilians = _held_out("中国人民解放军文职人员条例", "2017-09-27", "2022-12-10")


def test_a_qualifier_taken_out_of_a_lead_sentence_is_said(civilians):
    """2017 第十六条 "面向社会公开招考、直接引进和现役军人转改相结合" → 2022 第十八条 "公开招考、直接引进、专项招录相结合":
    "面向社会" was read as said by the rewrite of the next paragraph, which opened on it too."""
    notes = pair_messages(old_pair(civilians, "第十六条"))
    assert "表述修改：删除“面向社会”；“直接引进和现役军人转改相结合”改为“直接引进、专项招录相结合”" in notes, notes


def test_a_phrase_whose_duty_word_moved_is_quoted_whole(relics):
    """2017 第三十条 "需要配合建设工程进行的考古发掘工作，应当由省、自治区、直辖市文物行政部门在勘探工作的基础上…" → 2024
    第四十四条 "需要配合进行考古发掘工作的，省、自治区、直辖市人民政府文物行政部门应当在勘探工作的基础上…": four fragments
    ("“应当由省”改为“省”", "“在勘探”改为“应当在勘探”"), useless in reading 1609."""
    notes = pair_messages(old_pair(relics, "第三十条"))
    assert notes == ["表述修改：“需要配合建设工程进行的考古发掘工作，应当由省、自治区、直辖市文物行政部门在勘探工作的基础上提出发掘"
                     "计划”改为“需要配合进行考古发掘工作的，省、自治区、直辖市人民政府文物行政部门应当在勘探工作的基础上提出发掘计划”"], notes


organs = _held_out("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_words_put_in_that_a_new_sentence_also_holds_are_said_where_they_are_put(organs):
    """2007 第二十四条 "从事人体器官移植的医疗机构应当定期将实施人体器官移植的情况…报告" → 2023 第三十四条 "从事人体器官获取、
    移植的医疗机构应当将实施人体器官获取、移植的情况…报告": the duty now covers procuring organs. "获取、" was read as said by
    the sentence put in before it, "国家建立人体器官获取、移植病例登记报告制度": unsaid in recall 1610."""
    notes = pair_messages(old_pair(organs, "第二十四条"))
    assert "表述修改：“定期将实施人体器官移植”改为“将实施人体器官获取、移植”" in notes, notes


pensions = _held_out("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_the_base_pay_the_pension_is_counted_on_is_said(pensions):
    """2019 第十三条 → 2024 第十五条: the one-off pension is counted on the "月基本工资", no longer the "月工资"; the
    replacement was read as said by the sentences put in (烈士褒扬金, 追授军衔) that name "基本工资" too."""
    notes = pair_messages(old_pair(pensions, "第十三条"))
    assert [n for n in notes if n.startswith("表述修改：“工资”改为“基本工资”")], notes
    assert "表述修改：“月工资或者津贴低于排职少尉军官工资标准的”改为“月基本工资或者津贴低于少尉军官基本工资标准的”" in notes, notes


def test_notices_sent_to_an_office_are_no_documents_cited(pensions):
    """2024 第十五条: the pension is paid by the county office "收到《烈士评定通知书》、《军人因公牺牲通知书》、《军人病故
    通知书》的": three "新增引用文件" notes for papers issued to a person, wrong in reading 1600; the wording note says them."""
    notes = pair_messages(old_pair(pensions, "第十三条"))
    assert not [n for n in notes if "引用文件" in n], notes
    assert [n for n in notes if "由收到《烈士评定通知书》、《军人因公牺牲通知书》、《军人病故通知书》的" in n], notes


rules = _held_out("全国人民代表大会常务委员会议事规则", "2009-04-24", "2022-06-24")


def test_a_sentence_kept_after_sentences_put_in_before_it_is_diffed_against_itself(rules):
    """2009 第二十四条 "常务委员会认为必要的时候，可以对工作报告作出决议" → 2022 第三十五条, two sentences put in before it:
    the diff read its "常务委员会" against the first of them, and "工作" → "有关" (any report now, not only work reports)
    was read as said by a sentence put in that holds both words. Unsaid in recall 1619."""
    notes = pair_messages(old_pair(rules, "第二十四条"))
    assert "表述修改：“可以对工作报告作出决议”改为“可以对有关报告作出决议”" in notes, notes  # (placed: the new text says 工作报告)


def test_words_replaced_are_not_said_by_a_sentence_put_in_elsewhere(civilians):
    """2017 第四十三条 → 2022 第三十五条: "专业技术资格和职业资格" → "职称、职业资格和职业技能等级"; "职业技能等级" was read as
    said by the sentence put in before it."""
    notes = pair_messages(old_pair(civilians, "第四十三条"))
    assert "表述修改：“在军队工作期间取得的专业技术资格和职业资格仍然有效”改为“在军队工作期间取得的职称、职业资格和职业技能等级仍然" \
           "有效”" in notes, notes


secrets = _held_out("保守国家秘密法", "2010-04-29", "2024-02-27")


def test_a_sentence_moved_first_and_edited_says_its_edit(secrets):
    """2010 第十九条's second sentence "机关、单位应当定期审核所确定的国家秘密" opens 2024 第二十四条 as "机关、单位应当每年
    审核所确定的国家秘密": the diff took it out and put it in whole, each still there in the other text, and no note said
    the yearly review (unsaid in recall 1618)."""
    notes = pair_messages(old_pair(secrets, "第十九条"))
    assert "改写：“机关、单位应当定期审核所确定的国家秘密”改为“机关、单位应当每年审核所确定的国家秘密”" in notes, notes


martyrs = _held_out("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_qualifier_taken_out_of_one_sentence_and_kept_in_others_is_said(martyrs):
    """2019 第二十二条 "…且符合征兵条件的，在同等条件下优先批准其服现役" → 2024 第二十七条 "…应征并且符合征兵条件的，优先
    批准其服现役": martyrs' relatives who enlist are now preferred outright. "在同等条件下" stays in the sentences after it
    (公务员, 研究生) and was read as moved within the provision: unsaid in reading 1605."""
    notes = pair_messages(old_pair(martyrs, "第二十二条"))
    # (which of the three: the words after it, since readings 1739 and on)
    assert "表述修改：“在同等条件下优先批准”改为“优先批准”" in notes, notes


farm = _held_out("农产品质量安全法", "2018-10-26", "2022-09-02")


def test_a_shorter_name_of_a_testing_body_is_said(farm):
    """2018 第三十七条 "委托农产品质量安全检测机构" → 2022 第三十七条 "按照规定设立或者委托检测机构": the words stay in the
    sentence's "农产品质量安全状况" and "农产品质量安全标准"."""
    notes = pair_messages(old_pair(farm, "第三十七条"))
    # (the body's name it was taken out of, since readings 1739 and on: the article says 农产品质量安全 three times more)
    # (and 按照规定 with its place since reading 1846: the article says it twice, findings/placed.py)
    assert "表述修改：“应当设立”改为“应当按照规定设立”；“农产品质量安全检测”改为“检测”" in notes, notes


money = _held_out("反洗钱法", "2006-10-31", "2024-11-08")


def test_a_list_closed_by_the_kind_it_names_is_one_insertion(money):
    """2006 第五条 "…获得的客户身份资料和交易信息，应当予以保密" → 2024 第七条 "…客户身份资料和交易信息、反洗钱调查信息等
    反洗钱信息，应当予以保密": what follows 等 names the kind; "新增“反洗钱调查信息等”；新增“反洗钱信息”" in reading 1615."""
    notes = pair_messages(old_pair(money, "第五条"))
    assert "表述修改：新增“反洗钱调查信息等反洗钱信息”" in notes, notes


def test_a_body_renamed_in_a_name_said_several_times_is_quoted_with_its_end(money):
    """2006 第二十六条 → 2024 第四十五条: "未接到侦查机关继续冻结通知的" → "未接到国家有关机关继续冻结通知的"; "侦查" stands in
    four names "侦查机关…", each followed by other words: "“侦查”改为“国家有关”", a fragment in recall 1634. (Since reading
    1709 the words after it say which of the four: the others became "接受移送的机关".)"""
    notes = pair_messages(old_pair(money, "第二十六条"))
    assert "表述修改：“侦查机关继续”改为“国家有关机关继续”" in notes, notes


def test_an_old_sentence_cut_in_two_its_first_phrase_said_anew_is_a_rewrite(organs):
    """2007 第八条 "公民捐献其人体器官应当有书面形式的捐献意愿，对已经表示捐献其人体器官的意愿，有权予以撤销" → 2023 第九条
    "公民表示捐献其人体器官的意愿，应当采用书面形式，也可以订立遗嘱。公民对已经表示…有权予以撤销": "新增规定" of the first and
    "“应当有书面形式的捐献意愿”改为“公民”", wrong in reading 1631."""
    notes = pair_messages(old_pair(organs, "第八条"))
    assert "改写：“公民捐献其人体器官应当有书面形式的捐献意愿”改为“公民表示捐献其人体器官的意愿，应当采用书面形式，也可以订立遗嘱”" \
        in notes, notes
    assert not [n for n in notes if "“公民”" in n or n.startswith("新增规定：“公民表示")], notes
