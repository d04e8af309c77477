"""Errors left by the twenty-fifth reading (2026-12-01, seeds 25101–25105, commit b447e53), fixed in
the session after it, each pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")
emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_deleted_provision_whose_every_sentence_moved_is_not_also_said_deleted(company, emergencies):
    """公司法 第一百三十五条 ("公司发行新股，可以根据公司经营情况和财务状况，确定其作价方案", now 第一百五十一条第二款) had
    "删除原第一百三十五条（…）" beside "…移至现第一百五十一条" (the twenty-fifth reading); 突发事件应对法 第五十四条 likewise."""
    notes = _messages(_old(company, "第一百三十五条"))
    assert notes == ["“公司发行新股，可以根据公司经营情况和财务状况，确定其作价方案”移至现第一百五十一条"]
    assert not [m for m in _messages(_old(emergencies, "第五十四条")) if m.startswith(("删除原", "原第"))]


def test_zuo_hao_spelled_zuo_hao_is_no_change(patents):
    """专利法实施细则 第三十六条 → 第四十一条 "作好公布专利申请文件的印刷准备工作" → "做好…": "表述修改：“作好”改为“做好”"
    (useless: the twenty-fifth reading)."""
    assert not [m for m in _messages(_old(patents, "第三十六条")) if "做好" in m]


def test_a_condition_said_without_its_object_is_not_removed():
    """行政复议法 第二十六条 → 第五十六条 "行政复议机关对该规定有权处理的" → "行政复议机关有权处理的": the condition stays; it was
    "条件被删除：“对该规定有权处理的”" (the twenty-fifth reading)."""
    from conftest import LAWS
    from policydiff import compare

    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    assert not [m for m in _messages(_old(review, "第二十六条")) if "有权处理的" in m and m.startswith("条件被删除")]


def test_words_put_in_that_another_note_quotes_in_place_are_said_by_it():
    """行政复议法 第三十条 → 第二十三条: "表述修改：新增“有下列情形之一的，申请人应当先向行政复议机关”" beside "“对行政复议决定
    不服的，可以依法向人民法院提起行政诉讼”改为“有下列情形之一的，申请人应当先向行政复议机关申请行政复议，…”" (a fragment of
    it: the twenty-fifth reading)."""
    from conftest import LAWS
    from policydiff import compare

    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    notes = _messages(_old(review, "第三十条"))
    # (the old quote with the phrase before it that the new quote says again since reading 2029: "应当先申请行政复议；")
    assert any(m.startswith("表述修改：“应当先申请行政复议；对行政复议决定不服的") for m in notes)
    assert "表述修改：新增“有下列情形之一的，申请人应当先向行政复议机关”" not in notes


def test_paragraphs_put_in_another_order_are_said_so(company):
    """公司法 第十四条 → 第十三条: the 子公司 paragraph now comes before the 分公司 one. The character diff across them
    made "表述修改：“分公司”改为“子公司”" and "“子公司，子公司”改为“分公司”" (wrong: the twenty-fifth reading)."""
    notes = _messages(_old(company, "第十四条"))
    assert notes[0] == "调整款的顺序：原第二款现为第一款；原第一款现为第二款"
    assert not [m for m in notes if m.startswith("表述修改")]
    assert any(m.startswith("“设立分公司，应当向公司登记机关申请登记，领取营业执照”移至现第三十八条") for m in notes)


def test_an_item_whose_words_the_provision_still_says_is_not_taken_out(company):
    """公司法 第一百二十八条 → 第一百四十九条: "（四）股票的编号" is still "股票采用纸面形式的，还应当载明股票的编号"; it was
    "不再规定：“（四）股票的编号”" (the twenty-fifth reading)."""
    assert "不再规定：“（四）股票的编号”" not in _messages(_old(company, "第一百二十八条"))


def test_the_one_sentence_rewritten_in_its_paragraph_is_a_rewrite():
    """上海市优化营商环境条例 第六十六条 → 第八十一条, paragraph 2: "本市支持仲裁和调解机构加入“一站式”国际商事纠纷多元化解决
    平台…" → "本市建立涉外商事纠纷调解、仲裁、诉讼多元化解决一站式工作机制…" was "不再规定" beside "新增规定" (the twenty-fifth
    reading): the only sentence out and the only one in of the same paragraph, about the same things."""
    from conftest import LAWS
    from policydiff import compare

    shanghai = compare(LAWS / "上海市优化营商环境条例/2020-04-10.md", LAWS / "上海市优化营商环境条例/2024-09-27.md")
    notes = _messages(_old(shanghai, "第六十六条"))
    assert any(m.startswith("改写：“本市支持仲裁和调解机构加入“一站式”") and "本市建立涉外商事纠纷调解、仲裁、诉讼多元化解决" in m
               for m in notes)
    assert not [m for m in notes if m.startswith(("不再规定：“本市支持仲裁", "新增规定：“本市建立涉外商事纠纷", "删除或改写：“本市支持仲裁"))]


def test_paragraphs_reordered_with_one_put_in_between_are_said_so(patents):
    """专利法实施细则 第二十七条 → 第三十条: the 色彩 paragraph went last, a 局部外观设计 paragraph put in before it; the
    diff across them made "表述修改：删除“提交有关”", though the words stand in the new first paragraph (wrong: the
    twenty-sixth reading)."""
    notes = _messages(_old(patents, "第二十七条"))
    assert notes[0] == "调整款的顺序：原第二款现为第一款；原第一款现为第三款"
    assert "表述修改：删除“提交有关”" not in notes
    assert any(m.startswith("新增规定：“申请局部外观设计专利的") for m in notes)


def test_a_sentence_is_not_rewritten_into_one_without_its_last_word(company):
    """公司法 第三十四条 → 第二百二十七条: "股东按照实缴的出资比例分取红利" was "改写…改为“有限责任公司增加注册资本时，股东在
    同等条件下有权优先按照实缴的出资比例认缴出资”" (5 of its 6 words, not 红利: another rule), beside a false "删除“公司
    新增资本时，股东”" (the twenty-sixth reading)."""
    notes = _messages(_old(company, "第三十四条"))
    assert not [m for m in notes if m.startswith("改写：“股东按照实缴的出资比例分取红利”")]
    assert "表述修改：“公司新增资本时，股东”改为“有限责任公司增加注册资本时，股东在同等条件下”" in notes


def test_a_sentence_quoted_alone_shows_what_it_does_not_only_its_subject():
    """突发事件应对法 第五十二条 → 第七十六条: "新增规定：“履行统一领导职责或者组织处置突发事件的人民政府及其有关部门……”"
    quoted the subject and left out the new duty (useless: the twenty-sixth reading)."""
    from conftest import LAWS
    from policydiff import compare

    emergencies = compare(LAWS / "突发事件应对法/2007-08-30.md", LAWS / "突发事件应对法/2024-06-28.md")
    notes = _messages(_old(emergencies, "第五十二条"))
    assert not [m for m in notes if m == "新增规定：“履行统一领导职责或者组织处置突发事件的人民政府及其有关部门……”"]
    assert any(m.startswith("新增规定：“履行统一领导职责或者组织处置突发事件的人民政府及其有关部门，应当为受突发事件影响")
               for m in notes)
