"""What reading 114 (2026-12-03: group I, the first version of a law against its last, across two revisions, seed 114109,
on cf04dc3's JSON) and the session after it found wrong, useless or less than clear, fixed, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

roads = _law("道路运输条例", "2019-03-02", "2023-07-20")
ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_new_fines_in_two_paragraphs_are_said_each_with_its_own_conduct(roads, ocean):
    """道路运输条例 2019 第七十五条 → 2023 第七十四条: the 国籍识别标志 conduct, fined 3万–6万元 with unlicensed transport, is a
    paragraph of its own fined 200–2000元 (the 2022 revision), and a new paragraph fines an unfiled international freight
    business 5000元–2万元 (the 2023 one). Compared across both, the two were one "新增罚款：处200–2000元、5000元–2万元（外国
    国际道路运输经营者未按照规定标明国籍识别标志的）" (wrong in reading 114): each paragraph is said for itself, as the two
    revisions' own comparisons say them. 海洋环境保护法 第一百零七条's third paragraph, a permit obtained by fraud, is new
    conduct, not one more tier of 第八十五条's 3万–20万元."""
    notes = _messages(_old(roads, "第七十五条"))
    penalties = [n for n in notes if "罚款" in n]
    assert penalties == ["外国国际道路运输经营者未按照规定标明国籍识别标志的：罚款由3万–6万元降为200–2000元（单列一款）",
                         "新增罚款：处5000元–2万元（从事国际道路货物运输经营，未按规定进行备案，拒不改正的）"], notes
    notes = _messages(_old(ocean, "第八十五条"))
    assert "新增罚款：处20万–50万元（以提供虚假申请材料、欺骗、贿赂等不正当手段申请取得倾倒许可证的）" in notes, notes
    # (the second paragraph's fines, each for an item of the list, said item by item since the sixteenth session: they were
    # "新增罚款档次：…（原有的3万–20万元）", a tier beside the fine that became item 4's, tests/test_read_three_hundred_sixteenth.py)
    assert "新增罚款：有前款第一项行为的，处5000元–2万元（按次）；有前款第二项行为的，处2万–20万元；有前款第三项行为的，处3万–30万元" \
        in notes, notes


def test_a_paragraph_whose_fine_changed_while_its_old_fine_fines_another_conduct(roads):
    """道路运输条例 2019 第六十五条 → 2023 第六十五条: an unfiled 机动车维修 business was fined 5000元–2万元 (the third paragraph);
    now it is fined 3000元–1万元 (the fourth), and 5000元–2万元 fines unfiled goods stations and driver training (the third,
    new: both were licensed before). "新增罚款档次：处3000元–1万元（低于原有的2万–5万元、5000元–2万元，原档次仍保留）" hid the
    cut (wrong in reading 115); the 2022 → 2023 comparison says it as the paragraph's fine changed, and so does this one."""
    old_text = _old(roads, "第六十五条").old_text
    assert "从事机动车维修经营业务，未按规定进行备案的，由县级以上道路运输管理机构责令改正；拒不改正的，处5000元以上2万元以下的罚款" \
        in old_text
    notes = _messages(_old(roads, "第六十五条"))
    assert [n for n in notes if "罚款" in n] == ["从事机动车维修经营业务，未按规定进行备案的：罚款由5000元–2万元降为3000元–1万元"], notes
    # (and the 维修 sentence, the fourth paragraph's read with the renames, is no "新增规定", nor the old form of the third's,
    # new: "改写：“从事机动车维修经营业务…”改为“从事道路货物运输站（场）经营…”" beside "新增规定：“从事机动车维修经营业务…”",
    # wrong in reading 115)
    assert not [n for n in notes if "从事机动车维修经营业务，未按规定进行备案的，由" in n], notes
    assert "新增规定：“从事道路货物运输站（场）经营、机动车驾驶员培训业务，未按规定进行备案的，由县级以上地方人民政府交通运输主管部门" \
        "责令改正”" in notes, notes


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")
company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_new_provision_says_what_came_into_it_from_an_old_one(ocean, company, emergencies):
    """海洋环境保护法 第一百零一条's second paragraph is old 第八十二条's first (the 1%–5% fine for building without an approved
    assessment), said "…不再在此规定，现见第一百零一条" on the old side; the new provision's headline said only "新增第一百零一条"
    (wrong in reading 116): a provision put in has no "新增规定" to say it on, so the move is said on it. 公司法 第一百八十二条's
    second paragraph (the relatives and related parties), which opens as its first, was read as quoted by "董事、监事、高级管理
    人员……应当就…报告……", and the provision as moved in whole: it is new, part of it from 第一百四十八条. A body's duty moved
    to another body says so on both sides (突发事件应对法 第八条 → 第二十一条). A move into a provision put in is said once, by its
    headline and by the line of the provision it left, not a third time (海洋 第七十三条 → 第一百零六条)."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(ocean)]
    assert [t for t in lines if t.startswith("新增第一百零一条")][0].endswith("，部分内容由原第八十二条移入"), lines
    assert not [t for t in lines if t.startswith(("第一百零一条：", "第一百零六条："))], lines
    assert [t for t in lines if t.startswith("第七十三条（现第九十三条）：“（三）未取得海洋倾倒许可证") and "移至现第一百零六条" in t]
    lines = [h.text for h in ranked_headlines(company)]
    assert "新增第一百八十二条（董事、监事、高级管理人员，直接或者间接与本公司订立合同或者进行交易…），部分内容由原第一百四十八条移入" \
        in lines, [t for t in lines if "第一百八十二条" in t]
    lines = [h.text for h in ranked_headlines(emergencies)]
    assert [t for t in lines if t.startswith("第二十一条（") and t.endswith(
        "由原第八条移入，文字有改动（主体改为“县级以上人民政府应急管理部门和卫生健康、公安等有关部门”）")], \
        [t for t in lines if "第二十一条" in t]


def test_a_fine_reckoned_as_a_share_is_counted_with_the_sums(ocean, company):
    """"新增第一百零一条（…），含五万元至二十万元、二十万元至一百万元、五万元以下三项罚款" left out the fine of 1%–5% of the
    project's total investment its second paragraph sets (wrong in reading 116): a fine reckoned as a share or a multiple of
    something is one of the fines, in its place. 公司法 第二百零六条's 违法所得一倍至五倍 and 海洋 第一百一十七条's 倾倒费 multiple,
    their provisions' only fines, were not said at all."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(ocean)]
    assert [t for t in lines if t.startswith("新增第一百零一条")] == [
        "新增第一百零一条（违反本法规定，建设单位未落实建设项目投资计划有关要求的…），含五万元至二十万元、二十万元至一百万元、"
        "建设项目总投资额百分之一至百分之五、五万元以下四项罚款，部分内容由原第八十二条移入"], lines
    assert "新增第一百一十七条（未依照本法规定缴纳倾倒费的…），含应缴纳倾倒费数额一倍至三倍的罚款" in lines
    assert "第二百零六条（清算组不依照本法规定向公司登记机关报送清算报告…）已删除或改写，含违法所得一倍至五倍的罚款" in [
        h.text for h in ranked_headlines(company)]
    en = [h.text for h in ranked_headlines(ocean, "en") if h.text.startswith("New Article 101,")]
    assert en and "1%–5% of the project's total investment" in en[0] and "50,000 to 200,000 yuan" in en[0], en


sports = _law("体育法", "2016-11-07", "2022-06-24")
roads_2023 = _law("道路运输条例", "2022-03-29", "2023-07-20")


def test_sentences_put_in_beside_a_note_of_substance_have_a_line(sports, roads_2023):
    """体育法 第二十条 → 第二十八条 puts in the national and local student games and opens public venues to schools; its only
    headline was "新增下限表述“至少”" (useless in reading 116: the new rules were said by no line). A provision with notes of
    substance gets, after their lines, one line of the sentences put in, taken out or rewritten that they do not say; a
    sentence another of its notes quotes is not said again (道路运输条例 第七十五条's 备案 sentence, quoted by its new fine)."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(sports)]
    games = [t for t in lines if t.startswith("第二十条（现第二十八条）：") and "新增规定：“国家定期举办全国学生（青年）运动会”" in t]
    assert games, [t for t in lines if t.startswith("第二十条")]
    assert lines.index(games[0]) > lines.index("第二十条（现第二十八条）：新增下限表述“至少”：数量由固定值变为下限"
                                               "（现为“每学年至少举办一次”）")
    lines = [h.text for h in ranked_headlines(roads_2023)]
    assert not [t for t in lines if t.startswith("第七十五条：新增规定：")], [t for t in lines if t.startswith("第七十五条")]


invoices = _law("发票管理办法", "2019-03-02", "2023-07-20")
payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_a_few_provisions_reworded_are_each_said_with_their_notes(invoices, payments):
    """"另有8条文字表述修改：第五条、第十二条…" held 发票管理办法's seal and province rules now for paper invoices only and its
    invoice register replaced by identity checks (wrong in readings 111 and 116; its two renumbering lines, useless, came
    first among the fifteen). Up to eight provisions reworded are each said with their notes, before the renumbering;
    words only taken out too: 保障中小企业款项支付条例 第十一条's "删除“但合同另有约定或者”" makes its rule absolute (wrong in
    reading 118 as a name in "另有2条…")."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(invoices)]
    assert "第二十七条（现第二十六条）：表述修改：“设置发票登记簿”改为“配合税务机关进行身份验证”" in lines
    assert "第二十五条（现第二十四条）：表述修改：“发票”改为“纸质发票”（共2处）" in lines
    assert not [t for t in lines if t.startswith("另有")], lines
    last = lines.index("第三十七条（现第三十五条）：表述修改：删除“第二十二条第二款”")
    assert all(lines.index(t) > last for t in lines if t.startswith("原第"))
    lines = [h.text for h in ranked_headlines(payments)]
    assert "第十一条（现第十二条）：表述修改：删除“但合同另有约定或者”" in lines, [t for t in lines if "第十一条" in t]
