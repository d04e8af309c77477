"""What readings 1475 and on (2026-12-06, the forty-eighth session) found unsaid, wrong or useless, fixed, pinned on the
real text (tests/fixtures/laws and the corpus)."""

from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

cipher = _held_out("商用密码管理条例", "1999-10-07", "2023-04-27")


def test_a_qualification_an_authority_revokes_for_conduct_is_a_sanction(cipher):
    """1999 第二十二条: units that commit the listed conduct with serious harm have "由国家密码管理机构撤销其指定科研、生产单位
    资格，吊销《商用密码产品销售许可证》"; 2023 第五十三条 has neither. No 责令 or 罚款 in the old text, so neither read as a
    sanction; the revoked qualification was unsaid in recall 1468 (behind the rewrite's "……"), the licence said once."""
    pair = old_pair(cipher, "第二十二条")
    notes = pair_messages(pair)
    assert "不再规定处罚：撤销其指定科研、生产单位资格" in notes, notes
    assert notes.count("不再规定处罚：吊销《商用密码产品销售许可证》") == 1, notes
    assert not [n for n in notes if n.startswith("不再规定处罚：吊销《") and not n.endswith("》")], notes
    en = [f.message_en for f in pair.findings]
    assert "sanction removed: “撤销其指定科研、生产单位资格”" in en, en


vocational = _held_out("职业教育法", "1996-05-15", "2022-04-20")


def test_a_sentence_grown_in_place_says_the_words_put_in(vocational):
    """1996 第三十七条's "对上岗实习的，应当给予适当的劳动报酬" is 2022 第五十条's "对上岗实习的，应当签订实习协议，给予适当的劳动
    报酬": the old sentence's words in order in the new, the new's close enough to the old text to be no sentence put in.
    Neither said, the internship agreement was unsaid in recall 1482."""
    pair = old_pair(vocational, "第三十七条")
    notes = pair_messages(pair)
    assert [n for n in notes if "签订实习协议" in n and "对上岗实习的，应当给予适当的劳动报酬" in n], notes


quarantine = _held_out("国境卫生检疫法", "2018-04-27", "2024-06-28")


def test_a_deleted_provision_is_named_by_its_rule_not_by_its_exception(quarantine):
    """2018 第七条's second sentence, "除引航员外，未经国境卫生检疫机关许可，任何人不准上下交通工具，…": "原第七条（关于“除引航员外，
    未经国境卫生检疫机关许可”的规定）" named it by the exception and the permission that lift the rule, useless in reading
    1480."""
    pair = old_pair(quarantine, "第七条")
    notes = pair_messages(pair)
    assert [n for n in notes if n.startswith("原第七条（关于“任何人不准上下交通工具")], notes
    assert not [n for n in notes if "除引航员外" in n], notes


veterans = _held_out("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_list_member_put_in_is_no_move_because_another_list_names_it(veterans):
    """2019 第八条's missing-in-action case, "在执行对敌作战、边海防执勤或者抢险救灾任务中失踪", is 2024 第十一条's "在执行对敌
    作战、维持国际和平、边海防执勤或者抢险救灾等任务中失踪": item (五) says "维持国际和平任务" in both versions, so the member
    put in read as words moved within the provision. Unsaid in recall 1490."""
    notes = pair_messages(old_pair(veterans, "第八条"))
    # (said with its place since reading 1846: 维持国际和平 stands twice, findings/placed.py; with the 等 put in a few words
    # on, one phrase since reading 1975)
    assert "表述修改：“边海防执勤或者抢险救灾”改为“维持国际和平、边海防执勤或者抢险救灾等”" in notes, notes


relics = _held_out("文物保护法", "2017-11-04", "2024-11-08")


def test_what_the_diff_left_of_a_rename_is_taken_out_of_a_note_of_several_edits(relics):
    """2017 第七十六条 (三) → 2024 第九十四条 (二): "经营文物拍卖的拍卖企业" → "文物拍卖企业" is the document's rename; "删除“的拍卖”",
    what the diff left of it, went beside the item's real edit, "新增“文物收藏单位”" (alone it was dropped since reading
    891). The whole term taken out stays: 海洋环境保护法 第七十条's "报经海事行政主管部门批准" → "报经批准" (test below)."""
    notes = pair_messages(old_pair(relics, "第七十六条"))
    # (said with its place since reading 1846: the item says 文物收藏单位 twice, findings/placed.py)
    assert "表述修改：“文物行政部门的工作人员举办”改为“文物行政部门、文物收藏单位的工作人员举办”" in notes, notes
    assert not [n for n in notes if "的拍卖”" in n and "文物收藏单位" in n], notes


marine = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_renamed_term_taken_out_whole_beside_other_edits_stays_said(marine):
    """2017 第七十条's "报经海事行政主管部门批准" is 2023 第八十九条's "报经批准": the approving body no longer named, the whole of
    the rename's old term ("海事行政主管部门" → "海事管理机构") taken out, not what a diff left of it."""
    notes = pair_messages(old_pair(marine, "第七十条"))
    assert "表述修改：新增“编制作业方案，采取有效的安全和污染防治措施，并”；删除“海事行政主管部门”" in notes, notes


drugs = _held_out("中国人民解放军实施《药品管理法》办法", "2004-12-09", "2025-04-05")


def test_a_clause_that_opens_on_its_sanction_imposes_it(drugs):
    """2025 第四十一条: "伪造、变造…批准证明文件的，没收违法所得；情节严重的，吊销相关许可证或者批准证明文件", no 责令 or 罚款:
    neither read as a sanction, the confiscation (new against 2004 第二十五条) unsaid in recall 1490. The revocation is
    not new: 2004 said it object first, "…由原发证部门予以吊销或者撤销"."""
    notes = pair_messages(old_pair(drugs, "第二十五条"))
    assert "新增处罚：没收违法所得" in notes, notes
    assert not [n for n in notes if n.startswith("新增处罚：吊销")], notes
    assert "新增处罚：没收违法所得" in pair_messages(old_pair(drugs, "第三十一条"))


def test_a_sentence_put_in_is_quoted_whole_up_to_twice_the_limit(vocational, veterans):
    """Sentences put in were quoted to 64 characters, "……" where phrases were left out: 职业教育法 2022 第五十条's new duties
    "协商实习单位安排与学生所学专业相匹配的岗位，明确实习实训内容和标准" (partly said in recall 1482) and 军人抚恤优待条例 2024
    第四十三条's "或者父母居住地、部队驻地入学，享受当地军人子女教育优待政策" (unsaid in recall 1490) were behind it. Up to 128
    characters now, the phrases that carry substance first beyond."""
    notes = pair_messages(old_pair(vocational, "第三十七条"))
    assert [n for n in notes if n.startswith("新增规定：“职业学校和职业培训机构应当加强对实习实训学生的指导")
            and "协商实习单位安排与学生所学专业相匹配的岗位，明确实习实训内容和标准" in n], notes
    notes = pair_messages(old_pair(veterans, "第三十九条"))
    assert "新增规定：“军人子女入读公办义务教育阶段学校和普惠性幼儿园，可以在本人、父母、祖父母、外祖父母或者其他法定监护人户籍所在地，" \
           "或者父母居住地、部队驻地入学，享受当地军人子女教育优待政策”" in notes, notes


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_words_taken_out_are_not_carried_into_a_new_rule_that_holds_a_longer_word(payments):
    """2020 第十四条's "中小企业以应收账款担保融资的，…" is 2025 第十六条's second sentence with "担保" taken out; the new first
    sentence's "…为担保品的融资提供便利", quoted whole, read as where "担保" went: one "改写" of both. The old sentence is
    the one beside word for word but for the edit, and the new rule holds no run of the words taken out."""
    notes = pair_messages(old_pair(payments, "第十四条"))
    assert "表述修改：“担保融资的”改为“融资的”" in notes, notes
    assert [n for n in notes if n.startswith("新增规定：“鼓励、引导、支持商业银行等金融机构")], notes


def test_a_rewrites_new_quote_running_past_its_first_sentence_stands_for_it():
    """A rewrite's new quote may run past its sentence's "；" into the next ("在畜禽屠宰相关环节，…定罪处罚；对畜禽注水或者注入
    其他物质……", 危害食品安全刑事案件解释 2021 第十七条, when the old sentence moved to 第十八条): the sentences it stands for
    are found by the first one's opening, not by the whole head, which no sentence opens (both went unsaid with the
    rewrite quoted at 96 characters, tried in this session)."""
    from policydiff.findings.moved import _rewrite_new_sentences

    new_text = ("违反国家规定，私设生猪屠宰厂（场），从事生猪屠宰、销售等经营活动，情节严重的，依照刑法第二百二十五条的规定以非法经营罪"
                "定罪处罚。\n在畜禽屠宰相关环节，对畜禽使用食品动物中禁止使用的药品及其他化合物等有毒、有害的非食品原料，依照刑法第一百四十"
                "四条的规定以生产、销售有毒、有害食品罪定罪处罚；对畜禽注水或者注入其他物质，足以造成严重食物中毒事故或者其他严重食源性疾病"
                "的，依照刑法第一百四十三条的规定以生产、销售不符合安全标准的食品罪定罪处罚。")
    quote = ("在畜禽屠宰相关环节，对畜禽使用食品动物中禁止使用的药品及其他化合物等有毒、有害的非食品原料，依照刑法第一百四十四条的规定以"
             "生产、销售有毒、有害食品罪定罪处罚；对畜禽注水或者注入其他物质……")
    found = _rewrite_new_sentences(quote, new_text, ())
    assert len(found) == 2 and found[0].startswith("在畜禽屠宰相关环节") and found[1].startswith("对畜禽注水"), found


def test_a_rewrite_takes_in_a_phrase_the_other_provision_holds_little_of(drugs, veterans):
    """A rewrite's quote takes in, up to FRESH_SLACK (32) characters over its limit, a phrase the other provision holds
    little of: 药品管理法办法 2025 第四十一条's list of papers whole, "…军队特需药品批准证明文件的，没收违法所得" (cut at
    "军队医疗机构制剂批准…", partly said in recall 1505), 军人抚恤优待条例 2024 第四十五条's new standard "其工资、福利待遇不得低于
    本单位同等条件工作人员的平均水平" (behind "……"; better in the A/B reading 1507, 21 of its 47 pairs kept better, 4 worse)."""
    notes = pair_messages(old_pair(drugs, "第二十五条"))
    assert [n for n in notes if n.startswith("改写：“军队医疗机构涂改") and n.endswith("军队特需药品批准证明文件的，没收违法所得”")], notes
    notes = pair_messages(old_pair(veterans, "第三十三条"))
    assert [n for n in notes if n.startswith("改写：“义务兵和初级士官") and "不得低于本单位同等条件工作人员的平均水平”" in n], notes


review = _law("行政复议法", "2017-09-01", "2023-09-01")


def test_a_phrase_the_other_provision_says_in_another_sentence_is_not_taken_in(review):
    """2017 第三十条's "…，应当先申请行政复议" is kept in 2023 第二十三条's opening sentence ("…应当先向行政复议机关申请行政复议"),
    which the rewrite's new quote (its item (二)) does not show: taken in, it read as the requirement dropped (worse in the A/B
    reading 1507)."""
    notes = pair_messages(old_pair(review, "第三十条"))
    assert not [n for n in notes if n.startswith("改写：") and "应当先申请行政复议" in n], notes
