"""Errors left by the twenty-third reading (2026-12-01, seeds 23101–23105, commit 069dc6b), fixed in
the session after it, each pinned on the real text."""

from conftest import LAWS
from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages
from policydiff.render.ranking import ranked_headlines

parking = _law("北京市机动车停车条例", "2021-09-24", "2024-03-29")
ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")
patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")


def test_the_unit_put_after_a_figure_is_no_change(parking):
    """北京市机动车停车条例 第二十三条 "处五千以上一万元以下罚款" → "处五千元以上一万元以下罚款": the same fine; its
    "表述修改：“五千以上”改为“五千元以上”" was the law's third headline ("另有1条文字表述修改：第二十三条")."""
    assert not [m for m in _messages(_old(parking, "第二十三条")) if m.startswith("表述修改")]
    assert not [h.text for h in ranked_headlines(parking) if "第二十三条" in h.text]


def test_a_sentence_a_period_note_quotes_whole_is_said_by_it(ocean):
    """海洋环境保护法 第八十五条 → 第一百零七条: "新增规定：“三年内不得再次申请倾倒许可证”" beside "新增期限：三年（三年内
    不得再次申请倾倒许可证）" said it twice. (The period is now said after the case its sentence opens on, reading 1945.)"""
    notes = _messages(_old(ocean, "第八十五条"))
    assert [n for n in notes if n.startswith("新增期限：三年（") and n.endswith("……三年内不得再次申请倾倒许可证）")], notes
    assert "新增规定：“三年内不得再次申请倾倒许可证”" not in notes


def test_a_rewrite_whose_quotes_would_read_the_same_quotes_what_changed(patents):
    """专利法实施细则 第五十七条 → 第六十三条: the new sentence adds "但申请人在办理专利权登记手续时请求作出专利权评价报告的，
    …自公告授予专利权之日起2个月内…"; its quote was the shared opening and "……", the same as the old one."""
    # (since the fifty-sixth reading the old sentence, kept word for word inside the new one, is said by what was put in:
    # "表述修改：新增“但申请人…”", tests/test_read_fiftythird.py)
    notes = [m for m in _messages(_old(patents, "第五十七条")) if m.startswith("表述修改：新增“但申请人在办理专利权登记手续时")]
    assert notes and all("但申请人在办理专利权登记手续时请求作出专利权评价报告的" in m for m in notes)


def test_a_sentence_rewritten_with_a_renamed_term_is_a_rewrite():
    """会计法 第四十五条 → 第四十二条: "属于国家工作人员的，还应当由其所在单位或者有关单位依法给予降级、撤职、开除的行政处分" is
    "属于公职人员的，还应当依法给予处分" (国家工作人员 → 公职人员 throughout): it was "不再规定" beside "新增“依法给予处分”",
    as if the sanction had gone (the twenty-third reading). 公司法 第六十五条's 章程 rule likewise (国有资产监督管理机构 →
    履行出资人职责的机构)."""
    from policydiff import compare

    accounting = compare(LAWS / "会计法/2017-11-04.md", LAWS / "会计法/2024-06-28.md")
    notes = _messages(_old(accounting, "第四十五条"))
    assert "改写：“属于国家工作人员的，还应当由其所在单位或者有关单位依法给予降级、撤职、开除的行政处分”改为“属于公职人员的，" \
           "还应当依法给予处分”" in notes
    assert not [m for m in notes if m.startswith(("不再规定：“属于国家工作人员的",
                                                  "删除或改写：“属于国家工作人员的")) or m == "表述修改：新增“依法给予处分”"]
    merged = [m for p in accounting.pairs if p.new and p.new[0].label == "第四十一条" for m in _messages(p)]
    assert any(m.startswith("改写：“属于国家工作人员的") and m.endswith("（共2处）") for m in merged)
    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    assert "改写：“国有独资公司章程由国有资产监督管理机构制定，或者由董事会制订报国有资产监督管理机构批准”改为“国有独资公司章程由" \
           "履行出资人职责的机构制定”" in _messages(_old(company, "第六十五条"))


def test_two_items_joined_into_one_are_said_as_one_note():
    """公司法 第九十条 → 第一百零三条 "（三）选举董事会成员；（四）选举监事会成员" → "（三）选举董事、监事": "不再规定：“（四）
    选举监事会成员”" beside "“董事会成员”改为“董事、监事”" read as if 监事 were no longer elected (the twenty-third
    reading)."""
    from policydiff import compare

    company = compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")
    notes = _messages(_old(company, "第九十条"))
    assert "表述修改：“（三）选举董事会成员；（四）选举监事会成员”改为“（三）选举董事、监事”" in notes
    assert "不再规定：“（四）选举监事会成员”" not in notes


def test_a_sentence_rewritten_as_like_as_a_move_is_a_rewrite_though_the_old_text_holds_its_new_form(ocean):
    """海洋环境保护法 第八十九条 → 第一百一十四条 "对破坏海洋生态、海洋水产资源、海洋保护区，给国家造成重大损失的，由…" →
    "对污染海洋环境、破坏海洋生态，给国家造成重大损失的，由…" (86 alike): it was "不再规定", the new sentence being read
    as still there in the old text (the twenty-third reading). Since the ninety-third, the one phrase that changed (read
    from the sentence's 对 since reading 206, the sentence after it kept whole by the diff)."""
    notes = _messages(_old(ocean, "第八十九条"))
    assert "表述修改：“对破坏海洋生态、海洋水产资源、海洋保护区”改为“对污染海洋环境、破坏海洋生态”" in notes, notes
    assert not [m for m in notes if m.startswith(("不再规定：“对破坏海洋生态", "删除或改写：“对破坏海洋生态"))]


def test_a_period_put_in_is_said_with_the_sentence_that_brought_it():
    """道路运输条例 2019 → 2022 第六十五条: "新增期限：5年（5年内不得从事原备案的业务）" beside "新增规定：“备案时提供虚假材料
    情节严重的，其直接负责的主管人员和其他直接责任人员5年内不得从事原备案的业务”" said the ban twice (the twenty-third reading);
    行政复议法 第六十二条's thirty days are for the 简易程序 (its headline left that out)."""
    from policydiff import compare

    road = compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")
    notes = _messages(_old(road, "第六十五条"))
    assert "新增期限：5年（备案时提供虚假材料情节严重的，其直接负责的主管人员和其他直接责任人员5年内不得从事原备案的业务）" in notes
    assert not [m for m in notes if m.startswith("新增规定：“备案时提供虚假材料")]
    review = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    lines = [h.text for h in ranked_headlines(review)]
    assert any("新增期限：三十日（适用简易程序审理的行政复议案件" in t for t in lines)
