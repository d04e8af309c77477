"""Errors the fifty-seventh reading (2026-12-02, seeds 57101–57105 and 57107 at b9973d3) found, fixed after it, each
pinned on the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")


def test_a_thing_named_by_the_short_name_it_was_given_is_no_change(patents):
    """专利法实施细则 第十六条 → 第十九条: "申请人第一次提出专利申请（以下简称在先申请）的申请日" → "在先申请的申请日", the name
    now given in 第十八条, which comes before it: "表述修改：“申请人第一次提出专利申请（以下简称在先申请）”改为“在先申请”" read
    as the definition gone (useless in the fifty-seventh reading)."""
    assert not [m for m in _messages(_old(patents, "第十六条")) if "以下简称在先申请" in m]


def test_an_order_to_stop_business_with_whom_between_is_a_sanction(company):
    """公司法 第二百零七条 → 第二百五十七条: "…可以由有关主管部门依法责令该机构停业" is gone from the new article, said by no
    note, and the headline's "另有2项罚则变化" counted one short (missed in the fifty-seventh reading)."""
    from policydiff.render.ranking import ranked_headlines

    # (said with the referral since reading 1685: every sanction the provision set, now under the laws it refers to)
    assert any(m.startswith("改为依照") and "、责令该机构停业、" in m for m in _messages(_old(company, "第二百零七条")))
    assert [h.text for h in ranked_headlines(company) if h.text.startswith("第二百零七条") and "、责令该机构停业、" in h.text]


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_an_edit_inside_the_name_of_a_body_is_quoted_to_the_names_end(sea):
    """海洋环境保护法 第五条 → 第四条: "国家渔业行政主管部门" → "国务院渔业主管部门" was "“国家渔业行政”改为“国务院渔业”", a name cut
    before the 主管部门 both go on with (a fragment in the fifty-seventh reading)."""
    notes = _messages(_old(sea, "第五条"))
    assert "表述修改：“国家渔业行政主管部门”改为“国务院渔业主管部门”" in notes
    assert not [m for m in notes if "“国家渔业行政”" in m]


payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")


def test_a_moved_sentence_that_gained_a_time_limit_says_it(payments):
    """保障中小企业款项支付条例 第十七条 → 第二十五条: "及时将投诉转交有关部门、地方人民政府处理" is now "自正式受理之日起10个工作日
    内…转交…"; the move said only "文字有改动" (a new time limit hidden, the fifty-seventh reading). Both sides say it."""
    moved = [m for m in _messages(_old(payments, "第十七条")) if "移至现第二十五条" in m]
    assert moved and moved[0].endswith("文字有改动（新增期限：10个工作日）")
    from conftest import new_pair

    came = [f.message for f in new_pair(payments, "第二十五条").findings if "由原第十七条移入" in f.message]
    assert came and came[0].endswith("文字有改动（新增期限：10个工作日）")


accounting = _law("会计法", "2017-11-04", "2024-06-28")


def test_a_moved_sentence_says_the_few_edits_of_whole_words_it_was_given(accounting, company):
    """会计法 第八条 → 第四十九条: "中国人民解放军总后勤部可以…，报国务院财政部门备案" is now "中央军事委员会有关部门可以…，抄送
    国务院财政部门"; the move said only "文字有改动" (the body in charge and the filing hidden: the fifty-seventh reading).
    A moved sentence's brackets say the few edits of whole words its two forms show; not fragments ("“设立分公司”改为
    “公司设立分公司”", 公司法 第十四条 → 第三十八条, says nothing: no brackets)."""
    moved = [m for m in _messages(_old(accounting, "第八条")) if "移至现第四十九条" in m]
    assert moved and moved[0].endswith(
        "文字有改动（“中国人民解放军总后勤部”改为“中央军事委员会有关部门”；“报国务院财政部门备案”改为“抄送国务院财政部门”）")
    assert "“设立分公司，应当向公司登记机关申请登记，领取营业执照”移至现第三十八条，文字有改动" in _messages(_old(company, "第十四条"))
    assert ("“董事、高级管理人员应当如实向监事会或者不设监事会的有限责任公司的监事提供有关情况和资料，不得妨碍监事会或者监事行使职权”"
            "移至现第八十条，文字有改动（删除“或者不设监事会的有限责任公司的监事”）") in _messages(_old(company, "第一百五十条"))


shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_sentence_a_periods_note_quotes_is_not_quoted_again_by_a_wording_note(shanghai):
    """上海市优化营商环境条例 第二十八条 → 第二十九条: "期限由七个工作日改为同步（“有关部门应当在…之日，同步更新清单”）" beside
    "表述修改：“…之日起七个工作日内，有关部门应当完成清单更新”改为“有关部门应当在…之日，同步更新清单”", the same change said
    twice (useless in the fifty-eighth reading)."""
    notes = _messages(_old(shanghai, "第二十八条"))
    assert [m for m in notes if m.startswith("期限由七个工作日改为同步")]
    assert not [m for m in notes if m.startswith("表述修改：") and "同步更新清单" in m]


roads = _law("道路运输条例", "2019-03-02", "2022-03-29")


def test_a_sentence_renamed_with_the_new_name_without_its_government_is_the_rename(roads):
    """道路运输条例 第五十五条: "上级道路运输管理机构应当对下级道路运输管理机构的执法活动进行监督" → "上级交通运输主管部门应当对
    下级交通运输主管部门的…": the rename (to "县级以上人民政府交通运输主管部门" elsewhere), the new name written without its
    government where 上级/下级 says whose; its "改写" note said the rename again (useless in the fifty-eighth reading)."""
    assert not [m for m in _messages(_old(roads, "第五十五条")) if m.startswith("改写：“上级道路运输管理机构")]


def test_a_renamed_term_taken_out_whole_is_no_rename(shanghai, sea):
    """上海市优化营商环境条例 第六十五条 → 第七十七条: "应当为市场主体留出" → "应当留出" was said by no note, the rename "“市场主体”改为
    "“企业等经营主体”" standing for it (missed in the fifty-seventh reading). A rename says no words taken out whole with
    nothing put in; 海洋环境保护法 第七十条's "报经海事行政主管部门批准" → "报经批准" the same. "股东会、股东大会" → "股东会", the new
    name beside, stays the rename's (公司法)."""
    assert "表述修改：删除“为市场主体”" in _messages(_old(shanghai, "第六十五条"))
    assert [m for m in _messages(_old(sea, "第七十条")) if "删除“海事行政主管部门”" in m]


court = _law("最高人民法院关于知识产权法庭若干问题的规定", "2018-12-28", "2023-10-21")


def test_a_deleted_transitional_provision_ranks_below_the_rules_in_force(court):
    """知识产权法庭规定: the deleted 第十二、十三、十四条 (cases decided "于2019年1月1日前", courts "本规定施行前" approved) ranked
    3, 4 and 7, above 第二条's new jurisdiction, the revision's core, at 8 (the fifty-eighth reading). A spent rule ranks
    below the changes of the rules in force."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(court)]
    core = next(k for k, t in enumerate(lines) if t.startswith("第二条："))
    spent = [k for k, t in enumerate(lines) if t.startswith(("第十二条", "第十三条", "第十四条"))]
    assert len(spent) == 3 and all(core < k for k in spent)
