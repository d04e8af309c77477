"""What the sixty-ninth reading (2026-12-02: seeds 69101–69105, on 2d33b29's JSON) found wrong, useless or less than
clear, fixed after it, pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

legislation = _law("立法法", "2015-03-15", "2023-03-13")


def test_the_fourth_place_of_an_edit_beside_a_joiner_is_counted_not_cut(legislation):
    """立法法 第五十二条 → 第五十六条: 年度 goes in four places; at the fourth the diff took in the 和 → 、 before it, and the
    note "“编制立法规划和拟订年度”改为“编制立法规划、拟订”" (a quote cut at 年度, its joiner no change) stood beside "（共3处）"
    (useless). The fourth place is counted; nothing of the joiner is said."""
    notes = _messages(_old(legislation, "第五十二条"))
    assert "表述修改：“年度立法计划”改为“立法计划”（共4处）" in notes
    assert not [n for n in notes if "拟订" in n], notes


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_prohibition_whose_conduct_now_bears_a_liability_says_where(company):
    """公司法 第二十条 → 第二十一条: "不再规定：“不得滥用公司法人独立地位和股东有限责任损害公司债权人的利益”" (wrong in the
    sixty-ninth reading: the creditors' protection stands in 第二十三条, as the shareholder's joint liability for that abuse)
    says what became of it; 第二十三条 keeps what it says (its sentence moved in from old 第二十条's third paragraph)."""
    found = [f for f in _old(company, "第二十条").findings if "不得滥用公司法人独立地位" in (f.old or "")]
    assert [(f.message, f.message_en) for f in found] == [(
        "“不得滥用公司法人独立地位和股东有限责任损害公司债权人的利益”不再作为禁止性规定；该行为的责任现见第二十三条",
        "“不得滥用公司法人独立地位和股东有限责任损害公司债权人的利益” is no longer a prohibition; Article 23 of the new "
        "version gives the conduct's liability")]
    assert "“公司股东滥用公司法人独立地位和股东有限责任，逃避债务，严重损害公司债权人利益的，应当对公司债务承担连带责任”由原第二十条移入" \
        in _messages(_old(company, "第六十三条"))


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_sentence_cut_down_where_it_stands_is_rewritten_not_gone(sea):
    """海洋环境保护法 第二条: the scope "…内水、领海、毗连区、专属经济区、大陆架以及中华人民共和国管辖的其他海域" is now said in one word,
    "本法适用于中华人民共和国管辖海域"; the new sentence, all of whose characters stand in the old one, read as still there and so no
    candidate, and the old one was "不再规定" (wrong in the sixty-ninth reading)."""
    notes = _messages(_old(sea, "第二条"))
    assert "改写：“本法适用于中华人民共和国内水、领海、毗连区、专属经济区、大陆架以及中华人民共和国管辖的其他海域”改为“本法适用于中华人民共和国管辖海域”" \
        in notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes


sport = _law("体育法", "2016-11-07", "2022-06-24")


def test_a_use_renamed_at_a_new_paragraph_is_counted(sport):
    """体育法 第三十三条 → 第五十一条: 体育竞赛 three times, all three 体育赛事 (the second opening a paragraph of its own now,
    "体育赛事活动组织者"): "本条2处" was wrong in the sixty-ninth reading."""
    assert "“体育竞赛”改为“体育赛事”（全文统一修改，共5条，本条3处）" in _messages(_old(sport, "第三十三条"))


def test_a_paragraph_gone_sentence_by_sentence_to_one_provision_went_there(sport):
    """体育法 第四十五条's second paragraph (不得侵占、破坏公共体育设施; 临时占用…批准，并及时归还; 改变体育场地用途…先行择地新建
    偿还) is 第八十七条's three paragraphs in other words; its three "不再规定" (one wrong in the sixty-ninth reading) say where
    it went, and 第八十七条 says what came (and what is new in it: the three months)."""
    notes = _messages(_old(sport, "第四十五条"))
    assert "“按照城市规划改变体育场地用途的，应当按照国家有关规定，先行择地新建偿还”不再在此规定，现见第八十七条（文字有改动）" in notes
    assert not [n for n in notes if n.startswith(("不再规定", "删除或改写"))], notes
    new = [f.message for p in sport.pairs if [c.label for c in p.new] == ["第八十七条"] for f in p.findings]
    assert "“经批准拆除公共体育场地设施或者改变其功能、用途的，应当依照国家有关法律、行政法规的规定先行择地重建”由原第四十五条移入，" \
           "文字有改动" in new
    assert "新增规定：“超过三个月的，应当报上一级人民政府体育行政部门批准”" in new
