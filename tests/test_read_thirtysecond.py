"""Errors left after the thirty-first reading (2026-12-01, seeds 31101–31105, commit 3a1f891) and
the readings after it, fixed in the sessions after them, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

transport = _law("道路运输条例", "2022-03-29", "2023-07-20")


def test_another_party_fined_apart_for_the_conduct_before_it_is_its_fine_changed(transport):
    """道路运输条例 2022 第七十一条 → 2023 第七十条: the 道路运输站（场）经营者 fined 1万–3万元 are now the 道路旅客运输站
    (same fine) and, in a paragraph of their own, "道路货物运输站（场）经营者有前款违法情形的" fined 3000元–3万元. Their fine
    was lowered; it was "新增罚款档次：处3000元–3万元（低于原有的1万–3万元，原档次仍保留）" beside the new paragraph quoted
    whole (wrong: the thirty-first reading)."""
    notes = _messages(_old(transport, "第七十一条"))
    assert "道路货物运输站（场）经营者有前款违法情形的：罚款由1万–3万元降为3000元–3万元（单列一款）" in notes
    assert not [m for m in notes if m.startswith(("新增罚款档次", "新增规定：“道路货物运输站"))]


def test_a_sentence_taken_out_lends_no_words_to_the_one_kept_beside_it():
    """专利法实施细则 第九条: "应当及时向申请人发出保密审查通知；申请人未在其请求递交日起4个月内收到保密审查通知的，可以…向外国
    申请专利…" → "应当在请求递交日起2个月内向申请人发出保密审查通知；情况复杂的，可以延长2个月". The applicant's 4-month wait was
    taken out (said so); the office's notice is now due within 2 months. The diff had lent the sentence taken out's
    "在…请求递交日起…个月内" to the kept one, and the notes said "期限由4个月降低到2个月" (wrong: two periods of two
    parties) and "“应当及时向申请人发出保密审查通知”改为“应当在”；“月内”改为“月内向申请人发出保密审查通知”" (the
    thirty-first reading). (The second 及时 with its verb since reading 1709: "“及时”改为“在请求递交日起4个月内”" did not say
    which.)"""
    from conftest import LAWS
    from policydiff import compare

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    notes = _messages(_old(patents, "第九条"))
    assert "表述修改：“及时向”改为“在请求递交日起2个月内向”" in notes
    assert "表述修改：“及时作出”改为“在请求递交日起4个月内作出”" in notes
    assert any(m.startswith("删除或改写：“申请人未在其请求递交日起4个月内收到保密审查通知的") for m in notes)
    assert not [m for m in notes if "降低到" in m or "“应当在”" in m]


def test_an_edit_another_note_quotes_whole_is_said_once():
    """北京市机动车停车条例 第二十九条: "“收费价格时”改为“收费价格”" beside the note quoting both sentences whole ("…收费价格时，
    应当经专有部分…" → "…收费价格，应当由业主依法共同决定…"): useless in the thirty-second reading. An edit made in several
    places is still said with its count (行政复议法 第七条: "“规定”改为“规范性文件”（共4处）" since the sixty-first reading, the
    place quoted with its item counted), and an edit whose words stand in
    other places than the quote is said (突发事件应对法 第七条's last paragraph, "“应对工作”改为“应对管理工作”")."""
    from conftest import LAWS
    from policydiff import compare

    parking = compare(LAWS / "北京市机动车停车条例/2021-09-24.md", LAWS / "北京市机动车停车条例/2024-03-29.md")
    notes = _messages(_old(parking, "第二十九条"))
    assert "表述修改：“收费价格时”改为“收费价格”" not in notes
    assert any("收费价格时，应当经" in m for m in notes)
    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    # (6 since reading 266: the two places the notes beside it show counted too)
    assert "表述修改：“规定”改为“规范性文件”（共6处）" in _messages(_old(review, "第七条"))


def test_shares_counted_are_shares():
    """公司法 第八十五条 → 第一百条: "认购股数" → "认购的股份数" says the same (useless in the thirty-second reading)."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert "表述修改：“股数”改为“股份数”" not in _messages(_old(company, "第八十五条"))


def test_a_sanction_replaced_is_not_also_a_sentence_taken_out():
    """道路运输条例 2019 → 2022 第七十四条: "拒不改正的，由原许可机关吊销其经营许可" → "拒不改正的，责令停业整顿" is said by
    "处罚由“吊销其经营许可”改为“责令停业整顿”"; "不再规定：“拒不改正的，由原许可机关吊销其经营许可”" beside it was wrong (the
    thirty-second reading): the trigger stands, with another sanction."""
    from conftest import LAWS
    from policydiff import compare

    roads = compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")
    notes = _messages(_old(roads, "第七十四条"))
    assert "处罚由“由原许可机关吊销其经营许可”改为“责令停业整顿”" in notes  # (who imposed it: reading 1514)
    assert not [m for m in notes if m.startswith(("不再规定", "删除或改写"))]


def test_a_blank_title_filled_in_is_no_citation_added():
    """北京市机动车停车条例 第三十九条: the 2021 copy says "由公安机关依照《》予以处理", the 2024 one "依照《中华人民共和国治安管理
    处罚法》予以处理". The law was cited before, its title blank in the copy: "新增引用文件" (the law's second headline) was
    wrong in the thirty-third reading."""
    from conftest import LAWS
    from policydiff import compare
    from policydiff.render.ranking import ranked_headlines

    parking = compare(LAWS / "北京市机动车停车条例/2021-09-24.md", LAWS / "北京市机动车停车条例/2024-03-29.md")
    notes = _messages(_old(parking, "第三十九条"))
    assert notes == ["引用文件名称补全：《中华人民共和国治安管理处罚法》（原文为“《》”）"]
    assert not [h for h in ranked_headlines(parking) if "新增引用文件" in h.text]


def test_a_conduct_made_a_paragraph_of_its_own_is_not_also_a_new_rule(transport):
    """道路运输条例 2022 第七十五条 → 2023 第七十四条: "…或者未标明国籍识别标志的，…" is now a paragraph of its own, fined
    200–2000元. "…：罚款由3万–6万元降为200–2000元（单列一款）" says it; "新增规定：“外国国际道路运输经营者未按照规定标明国籍识别
    标志的，…”" beside it was wrong (the thirty-third reading): the rule was there."""
    notes = _messages(_old(transport, "第七十五条"))
    assert notes == ["外国国际道路运输经营者未按照规定标明国籍识别标志的：罚款由3万–6万元降为200–2000元（单列一款）"]


def test_a_cited_article_renumbered_at_its_last_digit_is_renumbering():
    """民事诉讼法 2021 第二百六十一条 → 2023 第二百六十五条: "本法第二百四十九条、第二百五十条、第二百五十一条" → "…第二百五十三条、
    第二百五十四条、第二百五十五条", the rest the same. The last edit, "一" → "五" five characters after its "第", was read
    without the citation around it: "表述修改：“一条”改为“五条”" (useless)."""
    from conftest import LAWS
    from policydiff import compare

    procedure = compare(LAWS / "民事诉讼法/2021-12-24.md", LAWS / "民事诉讼法/2023-09-01.md")
    assert _messages(_old(procedure, "第二百六十一条")) == ["仅编号或个别虚词、同义用语不同，内容未变"]


def test_quotation_marks_inside_a_quote_are_closed_and_single():
    """上海市优化营商环境条例 第二十三条 → 第二十四条: "指导监督“一网通办”工作" → "指导监督“一网通办”“高效办成一件事”等工作，推进
    数字政府建设". It was quoted "“工作”改为“高效办成一件事”等工作，推进数字政府建设”", its mark left open (useless in the
    thirty-third reading); quotation marks inside a quote are ‘…’."""
    from conftest import LAWS
    from policydiff import compare

    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    notes = _messages(_old(shanghai, "第二十三条"))
    # (since the eighty-fourth reading each insertion said apart: "“工作”改为“‘高效办成一件事’等工作，推进数字政府建设”" before)
    assert "表述修改：新增“‘高效办成一件事’等”；新增“推进数字政府建设”" in notes
    assert "表述修改：新增“通过‘一网通办’平台集成办理”" in _messages(_old(shanghai, "第十七条"))


def test_a_number_put_in_with_the_sentence_a_merge_quotes_is_said_by_it():
    """公司法 第四十四条 → 第六十八条: "新增数量：人数三百人以上" (职工 left out) beside "改写：“…”“…”合并为“职工人数三百人以上的
    有限责任公司，…其董事会成员中应当有公司职工代表”" (useless in the thirty-second and thirty-third readings). (The rewrite
    quotes it: of the 国有企业 sentence alone since reading 257.)"""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    notes = _messages(_old(company, "第四十四条"))
    assert "新增数量：人数三百人以上" not in notes
    assert any("改为“职工人数三百人以上的有限责任公司" in m for m in notes)


def test_a_short_word_said_in_other_places_is_quoted_with_its_phrase():
    """统计法 第六条 → 第七条: "“政府”改为“县级以上人民政府”" read as if "地方人民政府" had changed (the thirty-third reading's
    第三十七条 → 第四十条); the phrase says which: "政府统计机构和有关部门以及各单位的负责人" → "县级以上人民政府统计机构…". (A word
    replaced, "支持" → "补助" of Shijingshan, was said as it is until reading 1709: now "予以支持" → "予以补助".)"""
    from conftest import LAWS
    from policydiff import compare

    statistics = compare(LAWS / "统计法/2009-06-27.md", LAWS / "统计法/2024-09-13.md")
    notes = _messages(_old(statistics, "第六条"))
    # (the phrase whole, its list's first member with it, since one edit most of a phrase is quoted so)
    assert "表述修改：“地方各级人民政府、政府统计机构和有关部门以及各单位的负责人”改为“地方各级人民政府、县级以上人民政府统计机构和有关部门以及" \
           "各单位的负责人”" in notes
    assert "表述修改：“政府”改为“县级以上人民政府”" not in notes


def test_an_exception_of_other_law_goes_with_the_sentence_it_qualifies():
    """上海市优化营商环境条例 第三十条 → 第三十一条: "…无需向市场监管部门申请办理经营主体登记备案手续；法律、行政法规另有规定的，
    从其规定" put in is one note; the exception said alone qualified nothing (useless in the thirty-fourth reading)."""
    from conftest import LAWS
    from policydiff import compare

    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    notes = _messages(_old(shanghai, "第三十条"))
    assert "新增规定：“法律、行政法规另有规定的，从其规定”" not in notes
    assert any(m.startswith("新增规定：“本市登记的经营主体可以在登记住所以外开展经营活动") and "另有规定" in m for m in notes)


def test_a_share_put_in_with_its_sentence_is_said_by_it():
    """公司法 第九十七条 → 第一百一十条: "新增比例：股份百分之三以上" beside "新增规定：“连续一百八十日以上单独或者合计持有公司百分之
    三以上股份的股东要求查阅公司的会计账簿…”" (useless in the thirty-fourth reading)."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    notes = _messages(_old(company, "第九十七条"))
    assert "新增比例：股份百分之三以上" not in notes
    assert any("百分之三以上股份的股东要求查阅" in m for m in notes)


def test_a_citation_written_in_full_is_no_summary_line():
    """北京市机动车停车条例 第三十九条 (a blank 《》 filled in) was the law's second headline, "另有1条文字表述修改：第三十九条"
    (useless in the thirty-fourth reading); the summary names it no more."""
    from conftest import LAWS
    from policydiff import compare
    from policydiff.render.ranking import ranked_headlines

    parking = compare(LAWS / "北京市机动车停车条例/2021-09-24.md", LAWS / "北京市机动车停车条例/2024-03-29.md")
    assert [h for h in ranked_headlines(parking) if "第三十九条" in h.text] == []


def test_a_sentence_moved_is_found_with_the_drafting_norms_made_in_it():
    """海洋环境保护法 第六十四条 (deleted) "船舶必须配置相应的防污设备和器材" is 第八十条's "船舶应当配备相应的防污设备和器材": 必须 →
    应当 is a drafting norm. It was "删除原第六十四条" and "新增规定" there (wrong in the thirty-fourth reading)."""
    from conftest import LAWS
    from policydiff import compare

    sea = compare(LAWS / "海洋环境保护法/2017-11-04.md", LAWS / "海洋环境保护法/2023-10-24.md")
    assert "“船舶必须配置相应的防污设备和器材”移至现第八十条，文字有改动" in _messages(_old(sea, "第六十四条"))
    assert "“船舶应当配备相应的防污设备和器材”由原第六十四条移入，文字有改动" in _messages(_old(sea, "第六十三条"))


def test_an_edit_that_ends_with_a_joiner_takes_the_word_it_joins():
    """体育法 第八条 → 第十三条 "给予奖励" → "按照有关规定给予表彰和奖励" was "“给予”改为“按照有关规定给予表彰和”"; 专利法实施细则
    第十二条 → 第十三条 "技术资料" → "技术信息和资料" was "新增“信息和”" (useless in the thirty-fourth reading)."""
    from conftest import LAWS
    from policydiff import compare

    sports = compare(LAWS / "体育法/2016-11-07.md", LAWS / "体育法/2022-06-24.md")
    assert "表述修改：“给予奖励”改为“按照有关规定给予表彰和奖励”" in _messages(_old(sports, "第八条"))
    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    assert "表述修改：“资料”改为“信息和资料”" in _messages(_old(patents, "第十二条"))


def test_other_direct_responsible_persons_are_direct_responsible_persons():
    """统计法 第三十八条 → 第四十一条: "其他直接责任人员" → "直接责任人员" beside the rename of 直接负责的主管人员 says nothing
    (useless in the thirty-fourth reading)."""
    from conftest import LAWS
    from policydiff import compare

    statistics = compare(LAWS / "统计法/2009-06-27.md", LAWS / "统计法/2024-09-13.md")
    assert "表述修改：“其他直接责任人员”改为“直接责任人员”" not in _messages(_old(statistics, "第三十八条"))


def test_a_sentence_restated_with_five_of_its_six_words_moved():
    """公司法 第八十三条 "以发起设立方式设立股份有限公司的，发起人应当书面认足公司章程规定其认购的股份…" is 第九十七条's "…发起人应当认足
    公司章程规定的公司设立时应发行的股份", not "新增规定" there."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert any(m.startswith("“以发起设立方式设立股份有限公司的，发起人应当认足公司章程规定的公司设立时应发行的股份”由原第八十三条移入")
               for m in _messages(_old(company, "第八十四条")))


def test_words_taken_out_into_a_new_paragraph_moved_within_the_provision(transport):
    """道路运输条例 2022 第六十九条 → 2023 第六十八条: "客运经营者、货运经营者有下列情形之一的" → "客运经营者有下列情形之一的", the
    freight operators' conduct now a paragraph of its own ("…货运经营者强行招揽货物或者…的，…处1000元以上3000元以下的罚款"),
    which its rewrite quotes. "表述修改：删除“货运经营者”" said they were no longer covered (wrong in the thirty-fifth
    reading). Words the text says in other places stay new where put in (突发事件应对法 第三十九条's "县级以上", quoted in its
    clause since the hundred-and-second reading's fixes)."""
    from conftest import LAWS
    from policydiff import compare

    notes = _messages(_old(transport, "第六十九条"))
    assert "表述修改：删除“货运经营者”" not in notes
    assert any(m.startswith("改写：“（二）强行招揽旅客、货物的”") and "“客运经营者强行招揽旅客" in m for m in notes)  # (with
    # item (五), "合并为", since the forty-third reading's fixes)
    emergencies = compare(LAWS / "突发事件应对法/2007-08-30.md", LAWS / "突发事件应对法/2024-06-28.md")
    assert "表述修改：“人民政府有关部门可以根据实际需要设立专业应急救援队伍”改为“县级以上人民政府有关部门可以根据实际需要设立" \
           "专业应急救援队伍”" in _messages(_old(emergencies, "第二十六条"))


def test_a_list_lead_in_past_a_comma_is_no_rule_nor_condition_of_its_own():
    """行政复议法 第十七条 → 第三十条: "新增规定：“对符合下列规定的，行政复议机关应当予以受理：”" beside its seven items, each said
    (useless in the thirty-fifth reading); nor is "符合下列规定的" a condition of its own."""
    from conftest import LAWS
    from policydiff import compare

    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    notes = _messages(_old(review, "第十七条"))
    assert not [m for m in notes if "符合下列规定的" in m]


def test_between_provisions_barely_alike_sentences_are_said_not_conditions():
    """专利法实施细则 第八十条 → 第九十六条 (similarity 0.23): "新增条件：“对行业发展有重大影响的”" compared a new list's item with
    an unrelated rule (wrong in the thirty-fifth reading); the item is said put in, as its siblings are. 公司法 第二百一十八条 →
    第二百六十六条 (0.18) keeps its transitional rules on capital terms ranked as the conditions inside them."""
    from conftest import LAWS
    from policydiff import compare
    from policydiff.render.ranking import ranked_headlines

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    notes = _messages(_old(patents, "第八十条"))
    assert not [m for m in notes if m.startswith("新增条件")]
    # (since the thirty-ninth reading the two are no longer paired: 第八十条 deleted, 第九十六条 added; the notes above were
    # true of the new text but attached to the wrong article)
    assert [p.status.value for p in patents.pairs if any(c.label == "第八十条" for c in p.old)] == ["deleted"]
    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert any(h.kind == "condition_added" and "本法施行前已登记设立的公司" in h.text for h in ranked_headlines(company))


def test_a_fine_now_for_serious_cases_only_says_so():
    """公司法 第一百九十九条 → 第二百五十二条: "处以虚假出资金额百分之五以上百分之十五以下的罚款" (always) → "…可以处以五万元以上二十万元
    以下的罚款；情节严重的，处以虚假出资或者未出资金额百分之五以上百分之十五以下的罚款". The headline read as if both fines
    applied alike (wrong in the thirty-fifth reading)."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert "罚款由虚假出资金额5%–15%改为情节严重的虚假出资或者未出资金额5%–15%" in _messages(_old(company, "第一百九十九条"))


def test_a_sum_up_to_which_is_a_condition_not_a_list_lead_in():
    """"违法所得五万元以下的" is a condition; "对符合下列规定的" leads a list in (conditions._not_a_condition)."""
    from policydiff.findings.conditions import _not_a_condition

    assert not _not_a_condition("违法所得五万元以下的", "")
    assert _not_a_condition("对符合下列规定的", "")


def test_a_deleted_provision_partly_moved_says_where_in_its_note():
    """公司法 第八十三条 (deleted; its first sentence restated in 第九十七条): "删除原第八十三条（…）" read as all of it gone
    (wrong in the thirty-sixth reading); it says where part of it is, as its headline does. Not named by its first
    sentence, which the move's note beside it quotes (reading 1936)."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    notes = _messages(_old(company, "第八十三条"))
    assert "原第八十三条已删除或改写，部分内容现见第九十七条" in notes


def test_a_pairing_whose_new_clause_holds_almost_none_of_the_old_ones_phrasing_is_undone():
    """行政复议法 第十五条 (which authority reviews the acts of 派出机关, 派出机构, 授权组织…) was paired with 第二十八条 (the acts
    of a 司法行政部门), 0.21 alike, 3% of its phrasing there: its notes were wrong in every reading from the twenty-second
    to the thirty-sixth. 第二十八条 is new; 第十五条 pairs with 第二十五条, which restates its 派出机构 and 授权组织 items."""
    from conftest import LAWS
    from policydiff import compare

    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    [pair] = [p for p in review.pairs if [c.label for c in p.old] == ["第十五条"]]
    assert [c.label for c in pair.new] == ["第二十五条"]
    assert [p.status.value for p in review.pairs if [c.label for c in p.new] == ["第二十八条"]] == ["added"]


def test_a_rename_inside_a_rewrite_is_quoted_as_the_provision_writes_it():
    """道路运输条例 2019 → 2022 第七十四条: "由县级以上道路运输管理机构责令改正" → "由县级以上地方人民政府交通运输主管部门责令改正"
    was noted "“道路运输管理机构”改为“人民政府交通运输主管部门”" without 地方, another body (wrong in the thirty-sixth
    reading): the diff ran the name on into the new sanction, and the note fell back to the forms' shared words."""
    from conftest import LAWS
    from policydiff import compare

    roads = compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")
    notes = _messages(_old(roads, "第七十四条"))
    assert any(m.startswith("“道路运输管理机构”改为“地方人民政府交通运输主管部门”") for m in notes)


def test_an_added_provision_is_named_by_what_it_provides_not_by_whom_it_binds():
    """统计法 新增第九条 was "新增第九条（地方各级人民政府、县级以上人民政府统计机构和有关部门应当根据国家有关规定…）": who, and by
    what rules, nothing of what (useless in the thirty-sixth reading)."""
    from conftest import LAWS
    from policydiff import compare
    from policydiff.render.ranking import ranked_headlines

    statistics = compare(LAWS / "统计法/2009-06-27.md", LAWS / "统计法/2024-09-13.md")
    assert "新增第九条（…将防范和惩治统计造假、弄虚作假纳入依法行政、依法履职责任范围…）" in [h.text for h in ranked_headlines(statistics)]
