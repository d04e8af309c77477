"""Errors left by the twenty-second reading (2026-12-01, seeds 22101–22105, commit bd0a708), fixed in
the session after it, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages
from policydiff.render.ranking import ranked_headlines

accounting = _law("会计法", "2017-11-04", "2024-06-28")
company = _law("公司法", "2018-10-26", "2023-12-29")
ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_tier_of_fines_is_said_with_its_case(accounting):
    """会计法 第四十二条 → 第四十条: "对单位可以并处二十万元以下的罚款…；情节严重的，对单位可以并处二十万元以上一百万元
    以下的罚款": the higher tier is for 情节严重的. It was "改为20万元以下、20万–100万元", as if either applied, beside a
    fragment "表述修改：新增“情节严重的，对单位可以并处二十万”"."""
    notes = _messages(_old(accounting, "第四十二条"))
    assert "对单位罚款由3000元–5万元改为20万元以下，情节严重的20万–100万元" in notes
    assert "对其直接负责的主管人员和其他直接责任人员罚款由2000元–2万元改为5万元以下，情节严重的5万–50万元" in notes
    assert not [m for m in notes if "情节严重的，对单位可以并处" in m]
    lines = [h.text for h in ranked_headlines(accounting)]
    assert any("罚款由5000元–5万元提高到20万–100万元，情节严重的100万–500万元" in t for t in lines)


def test_a_sentence_rewritten_only_by_its_fines_is_said_by_their_notes(accounting):
    """The same pair: "…责令限期改正，可以对单位并处三千元以上五万元以下的罚款" → "…责令限期改正，给予警告、通报批评，
    对单位可以并处二十万元以下的罚款" is the fine and the two sanctions put in, each said by its note: the "改写：…"
    quoting both (useless, the twenty-first and twenty-second readings) is not made. The rewrite of the same
    pair that the notes do not say ("还应当由其所在单位或者有关单位依法给予行政处分" → "还应当依法给予处分") stays."""
    notes = _messages(_old(accounting, "第四十二条"))
    assert {"新增处罚：警告", "新增处罚：通报批评"} <= set(notes)
    assert not [m for m in notes if m.startswith("改写：“违反本法规定")]
    assert "表述修改：“还应当由其所在单位或者有关单位依法给予行政处分”改为“还应当依法给予处分”" in notes


def test_a_sentence_that_is_one_new_fine_is_said_once(company, ocean):
    """公司法 第一百九十八、一百九十九、二百条 and 海洋环境保护法 第七十五、八十二条 put in "对直接负责的主管人员和其他直接
    责任人员处以…罚款": "新增罚款：对直接负责的主管人员和其他直接责任人员处3万–30万元" says it; a "新增规定：“对直接负责的…
    处以三万元以上三十万元以下的罚款”" beside it said it twice."""
    for law, label in ((company, "第一百九十八条"), (company, "第一百九十九条"), (company, "第二百条"),
                       (ocean, "第七十五条"), (ocean, "第八十二条")):
        notes = _messages(_old(law, label))
        assert [m for m in notes if m.startswith("新增罚款：对直接负责的主管人员")], (label, notes)
        assert not [m for m in notes if m.startswith("新增规定：“对直接负责的主管人员")], (label, notes)


def test_a_period_or_a_law_cited_that_came_or_went_with_its_sentence_is_said_by_it(company):
    """公司法 第一百零二条 → 第一百一十五条: "删除期限：五日（于会议召开五日前至股东大会闭会时将股票交存于公司）" beside
    "不再规定：“无记名股票持有人出席股东大会会议的，应当于会议召开五日前至股东大会闭会时将股票交存于公司”" (the bearer
    shares' whole rule went, not a period); 第九十七条 → 第一百一十条: "新增引用文件：《中华人民共和国证券法》" beside the
    new sentence that cites it. A period put in keeps its note: it is ranked as one (第二十六条's five years)."""
    gone = _messages(_old(company, "第一百零二条"))
    assert any(m.startswith("删除或改写：“无记名股票持有人出席股东大会会议的") for m in gone)
    assert not [m for m in gone if m.startswith("删除期限：")]
    came = _messages(_old(company, "第九十七条"))
    assert any(m.startswith("新增规定：“上市公司股东查阅、复制相关材料的，应当遵守《中华人民共和国证券法》") for m in came)
    assert "新增引用文件：《中华人民共和国证券法》" not in came
    assert "新增期限：五年（全体股东认缴的出资额由股东按照公司章程的规定自公司成立之日起五年内缴足）" in _messages(_old(company, "第二十六条"))


def test_conduct_carved_out_into_a_paragraph_of_its_own_is_not_also_deleted():
    """道路运输条例 2022 第七十五条 → 2023 第七十四条: "或者未标明国籍识别标志" left the first paragraph for a paragraph of
    its own with a fine of 200–2000元, said by "…（单列一款）"; "表述修改：删除“或者未标明国籍识别标志”" beside it read as
    the conduct going unpunished (the twenty-second reading)."""
    from conftest import LAWS
    from policydiff import compare

    road = compare(LAWS / "道路运输条例/2022-03-29.md", LAWS / "道路运输条例/2023-07-20.md")
    notes = _messages(_old(road, "第七十五条"))
    assert any(m.endswith("（单列一款）") and "国籍识别标志" in m for m in notes)
    assert not [m for m in notes if m.startswith("表述修改") and "国籍识别标志" in m]


def test_a_rename_written_with_more_words_here_is_counted_as_the_rename(company):
    """公司法 第一百三十九条 → 第一百五十九条 "股东大会召开前二十日内" → "股东会会议召开前二十日内": the note said "“股东大会”改为
    “股东会会议”（全文统一修改，共30条）", false of 股东会会议 (the twenty-second reading); the thirty are 股东会's."""
    notes = _messages(_old(company, "第一百三十九条"))
    assert "“股东大会”改为“股东会会议”（全文“股东大会”统一改为“股东会”，共33条）" in notes


def test_a_wording_note_inside_another_notes_quotes_is_said_by_it():
    """上海市优化营商环境条例 第七十条 → 第八十六条: "表述修改：“建立市”改为“建立健全市”" (a fragment, the twenty-second
    reading) repeated a note of the same pair quoting the sentence whole, "“本市建立市人民政府和市高级人民法院共同牵头…”改为
    “本市建立健全市人民政府…”"; 体育法 第二十一条 → 第三十一条's "“配备”改为“配足”" likewise."""
    from conftest import LAWS
    from policydiff import compare

    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    notes = _messages(_old(shanghai, "第七十条"))
    assert any(m.startswith("表述修改：“本市建立市人民政府和市高级人民法院共同牵头") for m in notes)
    assert "表述修改：“建立市”改为“建立健全市”" not in notes
    sport = compare(LAWS / "体育法/2016-11-07.md", LAWS / "体育法/2022-06-24.md")
    notes = _messages(_old(sport, "第二十一条"))
    assert any("配足合格的体育教师" in m for m in notes)
    assert "表述修改：“配备”改为“配足”" not in notes


def test_an_item_cut_down_to_part_of_its_words_is_rewritten_not_taken_out():
    """专利法实施细则 第九十三条 → 第一百一十条: "（三）专利登记费、公告印刷费、年费" → "（三）年费" was "不再规定：“（三）专利
    登记费、公告印刷费、年费”", as if the annual fee were no longer charged (the twenty-second reading); 行政复议法
    第八条's "不服行政机关对民事纠纷作出的调解或者其他处理…" is 第十二条's item "（四）行政机关对民事纠纷作出的调解"."""
    from conftest import LAWS
    from policydiff import compare

    patents = compare(LAWS / "专利法实施细则/2010-01-09.md", LAWS / "专利法实施细则/2023-12-11.md")
    notes = _messages(_old(patents, "第九十三条"))
    assert "改写：“（三）专利登记费、公告印刷费、年费”改为“（三）年费”" in notes
    assert not [m for m in notes if m.startswith(("不再规定：“（三）", "删除或改写：“（三）"))]
    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    notes = _messages(_old(review, "第八条"))
    assert any(m.startswith("改写：“不服行政机关对民事纠纷作出的调解") and m.endswith("改为“（四）行政机关对民事纠纷作出的调解”")
               for m in notes)


def test_a_new_tier_is_said_with_its_case_and_a_rename_of_the_same_body_is_not_the_top_headline():
    """突发事件应对法 第六十四条 → 第九十六条: "新增罚款档次：处20万–100万元" did not say it is for 情节特别严重的, and a
    "新增规定：“情节特别严重的，并处二十万元以上一百万元以下的罚款：”" beside it said it again; the law's top headline was
    "“县级以上地方各级人民政府”统一改为“县级以上地方人民政府”（共10条）", the same governments (the twenty-second reading).
    海洋环境保护法 第九十九条's new tier is for 拒不关闭或者拆除的; the sentence saying what else then happens stays."""
    from conftest import LAWS
    from policydiff import compare

    emergencies = compare(LAWS / "突发事件应对法/2007-08-30.md", LAWS / "突发事件应对法/2024-06-28.md")
    notes = _messages(_old(emergencies, "第六十四条"))
    assert "新增罚款档次：情节特别严重的，处20万–100万元（高于原有的5万–20万元，原档次仍保留）" in notes
    assert not [m for m in notes if m.startswith("新增规定：“情节特别严重的")]
    lines = [h.text for h in ranked_headlines(emergencies)]
    assert not lines[0].startswith("“县级以上地方各级人民政府”")
    # (still a headline until the thirty-eighth reading judged its notes useless: the same governments, no headline)
    assert not any(t.startswith("“县级以上地方各级人民政府”统一改为") for t in lines)


def test_a_new_tier_keeps_the_sentence_that_says_more_than_its_fine(ocean):
    notes = _messages(_old(ocean, "第七十七条"))
    assert "新增罚款档次：拒不关闭或者拆除的，处10万–50万元（高于原有的2万–10万元，原档次仍保留）" in notes
    assert any(m.startswith("新增规定：“拒不关闭或者拆除的，强制关闭、拆除，所需费用由违法者承担") for m in notes)


def test_fines_of_other_items_are_no_move_and_their_sentences_are_said_by_the_tiers_note(ocean):
    """海洋环境保护法 第七十三条 → 第九十三条: "有前款第（一）、（三）项行为之一的，处三万元以上二十万元以下的罚款" was "移至现
    第一百一十条" for "有前款第三项行为的，处一万元以上十万元以下的罚款" (a ship's energy efficiency, another conduct:
    the twenty-second reading). The sentences of the item-tied fines are said by the tiers' note, not one by one."""
    notes = _messages(_old(ocean, "第七十三条"))
    assert any(m.startswith("最高罚款由20万元提高到100万元（罚款档次：") for m in notes)
    assert not [m for m in notes if "移至现第一百一十条" in m]
    # (but the one that says more: "情节严重的，吊销排污许可证")
    assert [m for m in notes if "“有前款第" in m and not m.startswith("最高罚款")] == [
        "新增规定：“有前款第四项行为的，处十万元以上一百万元以下的罚款，情节严重的，吊销排污许可证”"]
    here = _messages(next(p for p in ocean.pairs if p.new and p.new[0].label == "第一百一十条"))
    assert not [m for m in here if "由原第七十三条移入" in m]


def test_words_put_in_between_words_kept_are_said_alone():
    """专利法实施细则 第一百一十四条 → 第一百三十二条 "自国际公布日起" → "自国际公布日或者国务院专利行政部门公布之日起" was
    "“日起”改为“日或者国务院专利行政部门公布之日起”", anchored on a fragment (the twenty-second reading): it is 新增“或者
    国务院专利行政部门公布之日”. Cut only where words end: "推进" → "推动…，促进" stays a replacement."""
    from policydiff.findings.edits import _inserted_between

    assert _inserted_between("日起", "日或者国务院专利行政部门公布之日起") == ("", "或者国务院专利行政部门公布之日")
    assert _inserted_between("董事会或者执行董事", "董事会") == ("或者执行董事", "")
    assert _inserted_between("推进", "推动现代信息技术与统计工作深度融合，促进") == (
        "推进", "推动现代信息技术与统计工作深度融合，促进")
    assert _inserted_between("政府", "县级以上人民政府") == ("政府", "县级以上人民政府")  # (人民政府 is one word)


def test_a_sentence_part_of_which_moved_is_quoted_by_that_part():
    """上海市优化营商环境条例 第三十五条's "本市推行工程质量潜在缺陷保险制度，探索推行建筑师负责制": the insurance went to
    第三十九条, 建筑师负责制 to 第三十八条. "“本市推行工程质量潜在缺陷保险制度，探索推行建筑师负责制”移至现第三十九条" named the
    wrong article for half of it (the twenty-second reading)."""
    from conftest import LAWS
    from policydiff import compare

    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    notes = _messages(_old(shanghai, "第三十五条"))
    assert "“本市推行工程质量潜在缺陷保险制度”移至现第三十九条，文字有改动" in notes
    assert not [m for m in notes if "建筑师负责制" in m]


def test_a_tier_whose_case_follows_a_comma_is_said_with_it(accounting):
    """会计法 第四十三、四十四条 → 第四十一条 "…可以处十万元以上五十万元以下的罚款，情节严重的，可以处五十万元以上二百万元以下
    的罚款": the case follows "，", not "；" (the twenty-third reading)."""
    notes = [m for p in accounting.pairs if p.new and p.new[0].label == "第四十一条" for m in _messages(p)]
    assert "对其直接负责的主管人员和其他直接责任人员罚款由3000元–5万元提高到10万–50万元，情节严重的50万–200万元" in notes
