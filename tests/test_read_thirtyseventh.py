"""Errors left after the thirty-sixth reading (2026-12-01, seeds 36101–36105, commit 8d3c8f0), and those
the thirty-seventh reading (seeds 37101–37105, commit e280353) found, fixed in the session after them,
each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

transport = _law("道路运输条例", "2022-03-29", "2023-07-20")


def test_a_rewrite_is_quoted_to_what_the_other_provision_does_not_say(transport):
    """道路运输条例 2022 第六十九条 → 2023 第六十八条: item (二) "强行招揽旅客、货物的" (with item (五)) left the 客运经营者、
    货运经营者 list for a paragraph of its own, "客运经营者强行招揽旅客，货运经营者强行招揽货物或者没有采取必要措施防止货物
    脱落、扬撒等的，由…责令改正，处1000元以上3000元以下的罚款；…". The rewrite's quote kept the sanction the old lead-in
    said word for word and cut the conduct: "客运经营者强行招揽旅客……由县级以上地方人民政府交通运输主管部门责令改正，处1000元
    以上3000元以下的罚款", hiding the 货运经营者 (a note left undone after the thirty-sixth reading)."""
    notes = _messages(_old(transport, "第六十九条"))
    rewrite = [m for m in notes if m.startswith("改写：“（二）强行招揽旅客、货物的”")]
    assert len(rewrite) == 1
    assert "货运经营者强行招揽货物或者没有采取必要措施防止货物脱落、扬撒等的" in rewrite[0]
    # (since the forty-third reading's fixes both items are said merged into the paragraph, whose whole sentence is quoted:
    # the conduct no longer cut for the sanction)
    assert "“（五）没有采取必要措施防止货物脱落、扬撒等的”合并为" in rewrite[0]


def test_an_item_rewritten_in_a_list_whose_kept_items_moved_up_is_paired_under_its_new_label():
    """会计法 第十条: the list of seven became six; "（六）财务成果的计算和处理" and "（七）需要办理会计手续…" are kept word for word as
    (五) and (六). "（四）资本、基金的增减" is "（三）净资产（所有者权益）的增减" reworded, not "不再规定" beside "新增规定" (wrong in the
    thirty-seventh reading). Items with no word of one another stay said apart ("（一）款项和有价证券的收付")."""
    from conftest import LAWS
    from policydiff import compare

    accounting = compare(LAWS / "会计法/2017-11-04.md", LAWS / "会计法/2024-06-28.md")
    notes = _messages(_old(accounting, "第十条"))
    assert "改写：“（四）资本、基金的增减”改为“（三）净资产（所有者权益）的增减”" in notes
    assert not [m for m in notes if "净资产" in m and m.startswith("新增规定")]
    assert "不再规定：“（一）款项和有价证券的收付”" in notes
    # (the one item at its shifted place on both sides, a character of substance shared: "（三）债权债务的发生和结算" is
    # "（二）负债的增减", "不再规定" beside "新增规定" wrong in the thirty-eighth reading; said once)
    assert "改写：“（三）债权债务的发生和结算”改为“（二）负债的增减”" in notes
    assert not [m for m in notes if "负债的增减" in m and not m.startswith("改写")]


def test_item_labels_are_read_and_shifted_as_written():
    from policydiff.findings.counterparts import _number, _shifted

    assert [_number(x) for x in ("（一）", "（十）", "（十一）", "（二十三）", "(12)", "（甲）")] == [1, 10, 11, 23, 12, None]
    assert [_shifted("（四）", -1), _shifted("（九）", 1), _shifted("（十一）", -1), _shifted("(12)", 1), _shifted("（一）", -1)] \
        == ["（三）", "（十）", "（十）", "(13)", ""]


def test_a_citation_taken_out_of_a_list_or_put_in_is_no_renumbering():
    """道路运输条例 2019 → 2022 第三十九条: "并分别附送符合本条例第三十六条、第三十八条规定条件的相关材料" → "并附送符合本条例第三十六条
    规定条件…" (driver training, 第三十八条, moved to the filing paragraph, which now cites 第三十六条、第三十七条、第三十八条). The
    notes said only "“分别附送符合”改为“附送符合”" and the reverse (useless in the thirty-seventh reading): the citation taken out
    of the list was read as a renumbering. 专利法实施细则 第五十三条 → 第五十九条 now cites 本细则第十一条 too, and was said
    "仅编号或个别虚词、同义用语不同，内容未变"; "第二十六条第三款、第四款" written "第二十六条第三款、第二十六条第四款" and
    "第八十六条" → "第一百五十四条第二款、第三款" (公司法 第八十五条) still cite one article each: no note."""
    from conftest import LAWS
    from policydiff import compare

    roads = compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")
    notes = _messages(_old(roads, "第三十九条"))
    assert "表述修改：“并分别附送符合本条例第三十六条、第三十八条规定条件的相关材料”改为“并附送符合本条例第三十六条规定条件的相关材料”" \
        in notes
    assert not [m for m in notes if m.endswith(("“附送符合”", "“分别附送符合”"))]
    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    notes = _messages(_old(patents, "第五十三条"))
    assert notes == ["表述修改：新增援引本细则第十一条"]  # (old 第二十条 is new 第二十三条: said so since the forty-first reading)
    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert not [m for m in _messages(_old(company, "第八十五条")) if "第八十六条" in m]


def test_a_new_paragraph_repeating_an_old_sentence_still_there_edited_is_new():
    """公司法 第一百五十一条 → 第一百八十九条: the first paragraph stands, edited ("本法第一百四十九条" → "前条", "或者不设监事会的有限
    责任公司的监事" dropped); the new fourth paragraph, the suit for a wholly-owned subsidiary, repeats most of its words. It was
    said the first paragraph's rewrite (wrong in the thirty-seventh reading)."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    notes = _messages(_old(company, "第一百五十一条"))
    assert not [m for m in notes if m.startswith("改写：“董事、高级管理人员有本法第一百四十九条")]
    assert any(m.startswith("新增规定：“公司全资子公司的董事、监事、高级管理人员") for m in notes)
    assert "表述修改：删除“或者不设监事会的有限责任公司的监事”" in notes


def test_words_put_in_across_a_sentence_end_before_an_old_sentence_are_the_words():
    """公司法 第一百二十四条 → 第一百三十九条: "…有关联关系的，不得对该项决议行使表决权…" → "…有关联关系的，该董事应当及时向董事会书面
    报告。有关联关系的董事不得对该项决议行使表决权…". The reporting duty is new, the voting ban is not; the note quoted both
    sentences whole as "新增" (wrong in the thirty-seventh reading)."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    notes = _messages(_old(company, "第一百二十四条"))
    assert "表述修改：新增“该董事应当及时向董事会书面报告”" in notes
    assert not [m for m in notes if "不得对该项决议" in m]


def test_a_member_of_a_list_taken_out_or_put_in_is_said_as_the_member():
    """立法法 第一百零一条 → 第一百一十三条: "将审查、研究情况向…反馈" → "将审查情况向…反馈" was "“研究情况向”改为“情况向”" (useless
    in the thirty-seventh reading): the member "、研究" took in the words after it. Members put in read as themselves too:
    公司法 第一条 "股东和债权人" → "股东、职工和债权人" (a word of three characters or fewer put in once is quoted in its
    clause since the hundred-and-sixth reading's fixes; "研究", taken out in several places, stays alone)."""
    from conftest import LAWS
    from policydiff import compare

    legislation = compare(LAWS / "立法法/2015-03-15.md", LAWS / "立法法/2023-03-13.md")
    assert _messages(_old(legislation, "第一百零一条")) == ["表述修改：删除“研究”"]
    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert "表述修改：“保护公司、股东和债权人的合法权益”改为“保护公司、股东、职工和债权人的合法权益”" in _messages(
        _old(company, "第一条"))


def test_an_edit_the_diff_joined_to_a_rename_beside_it_is_said_alone():
    """行政复议法 第九条 → 第二十条: "自知道该具体行政行为之日起" → "自知道或者应当知道该行政行为之日起". The diff read "该具体" →
    "或者应当知道该"; the note said so (useless in the thirty-seventh reading). "具体" taken out is the rename's (its own note);
    "或者应当知道" put in is the change."""
    from conftest import LAWS
    from policydiff import compare

    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    notes = _messages(_old(review, "第九条"))
    assert "表述修改：新增“或者应当知道”" in notes
    assert not [m for m in notes if "该具体" in m]


def test_a_word_replaced_in_one_of_its_places_is_quoted_to_that_place():
    """道路运输条例 2019 第四十九条: "应当持批准文件依法向有关部门办理相关手续" → "应当持有关文件…". The provision says 批准 four
    times and still does ("作出批准或者不予批准的决定…"); "“批准”改为“有关”" did not say which (useless in the thirty-seventh
    reading). Words of the drafting norms keep their own note ("相关" → "有关", counted)."""
    from conftest import LAWS
    from policydiff import compare

    roads = compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")
    notes = _messages(_old(roads, "第四十九条"))
    assert "表述修改：“批准文件”改为“有关文件”" in notes
    assert "表述修改：“批准”改为“有关”" not in notes
    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    # (22 since 第三十六条's quote shows its second sentence, one more place: tests/test_read_eighteenth.py; said on 第十七条,
    # the first provision of the edit, since reading 1561's fix found its two places)
    assert "规范用语：“相关”改为“有关”（共25处，本条2处，含义未变）" in _messages(_old(shanghai, "第十七条"))


def test_a_sentence_whose_last_phrase_is_now_a_sentence_of_its_own_is_rewritten_not_dropped():
    """海洋环境保护法 第六条 → 第八条: "环境保护行政主管部门、海洋行政主管部门和其他行使海洋环境监督管理权的部门，根据职责分工依法公开
    海洋环境相关信息" is now "…；按照职责分工依法公开海洋环境相关信息" at the end of 各级人民政府及其有关部门's duties. It was
    "不再规定" (wrong in the thirty-seventh reading). Since reading 221 the new quote names the body it shares with the
    sentence's first clause."""
    from conftest import LAWS
    from policydiff import compare

    sea = compare(LAWS / "海洋环境保护法/2017-11-04.md", LAWS / "海洋环境保护法/2023-10-24.md")
    notes = _messages(_old(sea, "第六条"))
    assert "改写：“环境保护行政主管部门、海洋行政主管部门和其他行使海洋环境监督管理权的部门，根据职责分工依法公开海洋环境相关信息”" \
        "改为“各级人民政府及其有关部门……按照职责分工依法公开海洋环境相关信息”" in notes
    assert not [m for m in notes if m.startswith(("不再规定：“环境保护行政主管部门", "删除或改写：“环境保护行政主管部门"))]


def test_a_deleted_penalty_whose_conduct_an_item_of_a_new_provision_says_went_there():
    """体育法 第五十二条 ("违反国家财政制度、财务制度，挪用、克扣体育资金的，由上级机关责令限期归还…依法给予行政处分") is the conduct of
    new 第一百零九条's item "（二）侵占、挪用、截留、克扣、私分体育资金的", in a provision put in whole. It was "整条删除" (wrong in
    every reading that drew it, the thirty-seventh the last)."""
    from conftest import LAWS
    from policydiff import compare

    sport = compare(LAWS / "体育法/2016-11-07.md", LAWS / "体育法/2022-06-24.md")
    notes = _messages(_old(sport, "第五十二条"))
    assert "“违反国家财政制度、财务制度，挪用、克扣体育资金的”移至现第一百零九条，文字有改动" in notes
    from policydiff.render.json import headline_dicts

    # (and since the fifty-fifth reading, which read a second line from the new side, "新增第一百零九条…，部分内容由原第五十二条
    # 移入", as the same change said twice: one line says both)
    # (since the seventy-second reading the line of the 法律责任 chapter written anew, which names 第一百零九条 among what
    # took its place, says it: test_read_seventyfirst.py)
    lines = [h["text"] for h in headline_dicts(sport)]
    assert [t for t in lines if t.startswith("“法律责任”一章重新编写：原第七章第四十七条至第五十二条") and "第一百零九条" in t]
    assert not [t for t in lines if t.startswith(("新增第一百零九条", "第五十二条（"))]


def test_a_rename_that_says_the_same_thing_is_no_note():
    """突发事件应对法: "县级以上地方各级人民政府" → "县级以上地方人民政府" in ten provisions (the same governments) was a
    "全文统一修改，共10条" note on each (useless in the thirty-eighth reading). No note, no rename listed, and its edits
    are no wording notes either (第四十三条 → 第六十四条 is not quoted whole for it)."""
    from conftest import LAWS
    from policydiff import compare

    emergencies = compare(LAWS / "突发事件应对法/2007-08-30.md", LAWS / "突发事件应对法/2024-06-28.md")
    assert not [f for p in emergencies.pairs for f in p.findings if "“县级以上地方各级人民政府”改为" in f.message]
    assert not [r for r in emergencies.renames if "各级" in r.old]
    assert not [m for m in _messages(_old(emergencies, "第四十三条")) if "县级以上地方各级人民政府应当根据" in m]


def test_an_edit_that_joins_two_paragraphs_quotes_the_sentences():
    """海洋环境保护法 第六十六条 → 第八十二条: "…，建立船舶油污保险、油污损害赔偿基金制度。\\n实施船舶油污保险、油污损害赔偿基金制度的
    具体办法由国务院规定。" → "…，完善并实施船舶油污保险、油污损害赔偿基金制度，具体办法由国务院规定。" The diff kept 实施… of the
    second paragraph; the note said "“建立船舶油污保险、油污损害赔偿基金制度”改为“完善并”" (false as written: the thirty-eighth
    reading)."""
    from conftest import LAWS
    from policydiff import compare

    sea = compare(LAWS / "海洋环境保护法/2017-11-04.md", LAWS / "海洋环境保护法/2023-10-24.md")
    notes = _messages(_old(sea, "第六十六条"))
    assert not [m for m in notes if m.endswith("改为“完善并”")]
    assert any(m.endswith("改为“按照船舶油污损害赔偿责任由船东和货主共同承担风险的原则，完善并实施船舶油污保险、油污损害赔偿基金制度，"
                          "具体办法由国务院规定”") for m in notes)


def test_a_new_name_another_rename_makes_is_no_use_of_this_one():
    """道路运输条例 2019 → 2022 第七条: "县级以上地方人民政府交通主管部门负责组织领导…。县级以上道路运输管理机构负责具体实施道路运输管理
    工作。" → "县级以上地方人民政府交通运输主管部门负责本行政区域的道路运输管理工作。" The one new name is 交通主管部门's rename; the
    paragraph naming 道路运输管理机构 is gone. It was "“道路运输管理机构”改为“地方人民政府交通运输主管部门”（共33条）" (wrong in the
    thirty-eighth reading)."""
    from conftest import LAWS
    from policydiff import compare

    roads = compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")
    notes = _messages(_old(roads, "第七条"))
    assert not [m for m in notes if m.startswith("“道路运输管理机构”改为")]
    assert "不再规定：“县级以上道路运输管理机构负责具体实施道路运输管理工作”" in notes
    assert [(r.old, len(r.pairs)) for r in roads.renames][0] == ("道路运输管理机构", 33)  # (第五十五条 since the fifty-first reading)


def test_a_sentence_whose_phrases_all_stand_elsewhere_in_the_provision_is_not_deleted():
    """会计法 第四十三、四十四条 → 第四十一条: "伪造、变造会计凭证、会计帐簿，编制虚假财务会计报告，构成犯罪的，依法追究刑事责任" was
    "删除" (wrong in the thirty-eighth reading): the conduct opens 第四十一条 (账簿 written 账), the crime closes it."""
    from conftest import LAWS
    from policydiff import compare

    accounting = compare(LAWS / "会计法/2017-11-04.md", LAWS / "会计法/2024-06-28.md")
    notes = _messages(_old(accounting, "第四十三条"))
    assert not [m for m in notes if m.startswith("表述修改：删除“伪造、变造会计凭证")]


def test_a_word_moved_within_its_phrase_is_one_edit_after_widening_too():
    """专利法实施细则 第七十七条 → 第九十三条: "自专利权公告之日起" → "自公告授予专利权之日起" names the same day; "新增“公告授予”；
    “公告之日起”改为“之日起”" (useless in the thirty-eighth reading) read as something put in and something dropped."""
    from conftest import LAWS
    from policydiff import compare

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    assert "表述修改：“专利权公告之日起”改为“公告授予专利权之日起”" in _messages(_old(patents, "第七十七条"))


def test_paragraphs_of_one_sentence_each_merged_into_one_sentence_are_said_merged():
    """体育法 第十三、十四条 → 第二十一条: "国家机关、企业事业组织应当开展多种形式的体育活动…" and "工会等社会团体应当根据各自特点，组织
    体育活动" are one sentence now, the 群团组织 listed beside the 国家机关. Two "不再规定" and a "新增规定" were wrong in the
    thirty-eighth reading. 海洋环境保护法 第二十一条's "国家级海洋自然保护区的建立，须经国务院批准", whose approval the new
    sentence does not say, stays "不再规定"."""
    from conftest import LAWS
    from policydiff import compare

    sport = compare(LAWS / "体育法/2016-11-07.md", LAWS / "体育法/2022-06-24.md")
    notes = _messages(_old(sport, "第十三条"))
    assert any(m.startswith("改写：“国家机关、企业事业组织应当开展多种形式的体育活动，举办群众性体育竞赛”“工会等社会团体应当根据各自特点，"
                            "组织体育活动”合并为“国家机关、企业事业单位和工会") for m in notes)
    assert not [m for m in notes if m.startswith(("不再规定", "新增规定", "删除或改写"))]
    sea = compare(LAWS / "海洋环境保护法/2017-11-04.md", LAWS / "海洋环境保护法/2023-10-24.md")
    assert "删除或改写：“国家级海洋自然保护区的建立，须经国务院批准”" in _messages(_old(sea, "第二十一条"))


def test_a_pairing_rule_0_undid_is_not_made_again_between_two_anchors():
    """专利法实施细则 第八十条 (国务院专利行政部门's 业务指导 of the local offices, deleted) and 第九十六条 (disputes of national
    importance, new) are 0.23 alike and share only the law's names of its offices. Rule 0 undid the pairing and rule 3
    made it again (a lone deleted and a lone added clause between two anchors, sharing phrasing); the new article's
    sentences were notes on 第八十条 (wrong in the thirty-fifth, thirty-seventh and thirty-ninth readings)."""
    from conftest import LAWS
    from policydiff import compare

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    statuses = {(tuple(c.label for c in p.old), tuple(c.label for c in p.new)): p.status.value for p in patents.pairs}
    assert statuses[(("第八十条",), ())] == "deleted" and statuses[((), ("第九十六条",))] == "added"


def test_an_item_moved_under_another_number_is_not_reworded():
    """海洋环境保护法 第七十四条（四） "拒报或者谎报船舶载运污染危害性货物申报事项的" is 第一百一十一条（一） word for word; the moves said
    "文字有改动" (wrong in the thirty-ninth reading)."""
    from conftest import LAWS
    from policydiff import compare

    sea = compare(LAWS / "海洋环境保护法/2017-11-04.md", LAWS / "海洋环境保护法/2023-10-24.md")
    assert "“（四）拒报或者谎报船舶载运污染危害性货物申报事项的”移至现第一百一十一条" in _messages(_old(sea, "第七十四条"))


def test_fines_by_item_say_when_the_items_are_other_acts():
    """海洋环境保护法 第七十四条 → 第九十四条: "罚款档次按项调整：原第一、三项2万元以下…；现第一、三项2万–20万元…" read as the same acts
    re-tiered, but old （三） (倾倒 records) and （四） (船舶 cargo declarations) went elsewhere and the new items are other acts
    (wrong in the thirty-eighth reading, and the thirty-ninth's reviewer said the same). A list whose items stay the same
    acts keeps "按项调整" (no corpus pair has one: pinned on the rule)."""
    from conftest import LAWS
    from policydiff import compare
    from policydiff.findings.penalties import _same_items

    sea = compare(LAWS / "海洋环境保护法/2017-11-04.md", LAWS / "海洋环境保护法/2023-10-24.md")
    notes = _messages(_old(sea, "第七十四条"))
    assert any(m.startswith("最高罚款由5万元提高到200万元（罚款档次：原第一、三项2万元以下") and m.endswith("所列行为已调整，各项不一一对应）")
               for m in notes)
    assert not [m for m in notes if "按项调整" in m]
    same = "（一）甲单位违反规定排放的；\n（二）乙单位未经许可倾倒的。"
    assert _same_items({"一", "二"}, same, same.replace("违反规定", "违反本法规定"))


def test_a_rename_with_a_word_the_drafting_drops_is_the_rename():
    """公司法 第八十一条（十二） "股东大会会议认为需要规定的其他事项" → 第九十五条（十三） "股东会认为需要规定的其他事项": 股东大会 renamed,
    会议 dropped as the drafting does (股东会会议 → 股东会). The rename's count left it out (30, short in the thirty-seventh to
    thirty-ninth readings) and a wording note said "“股东大会会议”改为“股东会”" beside it."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert [m for m in _messages(_old(company, "第八十一条")) if "股东大会" in m] == ["“股东大会”改为“股东会”（全文统一修改，共33条）"]


def test_words_taken_out_that_close_a_list_and_go_on_are_two_edits():
    """上海市优化营商环境条例 第三十七条 → 第四十一条: "与公用企事业单位、金融机构等加强协作" → "与公用企事业单位协作": 金融机构 is no
    longer a partner, and 加强 is dropped. "删除“金融机构等加强”" (useless in the thirty-ninth reading) ran the two together."""
    from conftest import LAWS
    from policydiff import compare

    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    assert "表述修改：删除“金融机构等”；删除“加强”" in _messages(_old(shanghai, "第三十七条"))


def test_a_one_character_word_still_written_is_not_said_changed_throughout():
    """公司法 第七十八条 → 第九十二条: "其中须有半数以上的发起人" → "其中应当有…" was "规范用语：全文“须”改为“应当”", but 第二百三十条
    and others still say "须经" (wrong in the fortieth reading). 帐 written nowhere in the new 会计法 is still "全文"."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert "规范用语：“须”改为“应当”（义务未变）" in _messages(_old(company, "第七十八条"))
    accounting = compare(LAWS / "会计法/2017-11-04.md", LAWS / "会计法/2024-06-28.md")
    assert "规范用语：全文“帐”改为“账”（共50处，本条1处，含义未变）" in _messages(_old(accounting, "第三条"))


def test_a_longer_form_of_a_rename_the_provision_also_makes_is_said_by_the_shorter():
    """公司法 第十六条 → 第十五条 ("股东会、股东大会" and "股东会或者股东大会" → "股东会") had "“股东会或者股东大会”改为“股东会”
    （全文统一修改，共5条）" beside "“股东大会”改为“股东会”（…共31条, 32 since the forty-first reading）", whose count holds the five (useless in the fortieth
    reading)."""
    from conftest import LAWS
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    notes = _messages(_old(company, "第十六条"))
    assert [m for m in notes if "股东大会" in m and m.startswith("“")] == ["“股东大会”改为“股东会”（全文统一修改，共33条）"]
    assert any(m.startswith("“股东会或者股东大会”改为“股东会”") for m in _messages(_old(company, "第二十二条")))


def test_a_rename_whose_new_words_the_provision_already_wrote_before_it_quotes_them():
    """上海市优化营商环境条例 第二条: "企业等市场主体" → "企业等经营主体". "“市场主体”改为“企业等经营主体”" read as 企业等 put in (the
    definition itself: wrong in the fortieth reading)."""
    from conftest import LAWS
    from policydiff import compare

    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    # (the count said of the rename since the eighty-ninth reading, test_read_eightysixth)
    assert "“企业等市场主体”改为“企业等经营主体”（“市场主体”改为“企业等经营主体”，共18条）" in _messages(_old(shanghai, "第二条"))
    assert "“市场主体”改为“企业等经营主体”（共18条，本条2处）" in _messages(_old(shanghai, "第三条"))
