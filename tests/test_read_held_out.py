"""Errors found by reading seeded samples of notes on four revisions never read before (seeds 9101
and 9102, 2026-12-01: 立法法 2015 → 2023, 统计法 2009 → 2024, 专利法实施细则 2010 → 2023,
保障中小企业款项支付条例 2020 → 2025), each pinned on the real text.

Conditions: the 对 of 统计调查对象 opens no "对…的" condition; a condition inside a sentence put in or
taken out whole is said by that sentence's note. Steps: a step word naming a thing (报送备案的规范性
文件), an excuse (以等待竣工验收备案…为由) or an area (投资项目审批…等方面) is no step; a step that moved
with its sentence is said moved. The record of amendments: a line written with other brackets and
counted ("第一次修正") is not changed, nor rewritten into the next amendment's line. Renames: how
often a provision makes the rename, when the diff joined two uses into one edit."""
import pytest

from conftest import LAWS
from policydiff import compare


def _compare(law, old, new):
    return compare(LAWS / law / f"{old}.md", LAWS / law / f"{new}.md")


def _law(law, old, new):
    """A module fixture: the comparison of two versions of a law of the corpus."""
    return pytest.fixture(scope="module")(lambda: _compare(law, old, new))


legislation = _law("立法法", "2015-03-15", "2023-03-13")
statistics = _law("统计法", "2009-06-27", "2024-09-13")
payments = _law("保障中小企业款项支付条例", "2020-07-05", "2025-03-17")
patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")


def _of(result, old_label):
    """(kind, message) of the findings of the pair of the old article ``old_label``."""
    pair = next(p for p in result.pairs if p.old and p.old[0].label == old_label)
    return [(f.kind.value, f.message) for f in pair.findings]


def _messages(result, old_label):
    return [m for _, m in _of(result, old_label)]


def test_the_dui_of_a_survey_subject_opens_no_condition(statistics):
    """统计法 第三十七条 → 第四十条 "明示、暗示下级单位及其人员或者统计调查对象填报虚假统计数据的": the violation
    is the official's; 第三十九条 → 第四十二条 added only 个人隐私 to "统计调查对象的商业秘密、个人信息"."""
    assert not [m for m in _messages(statistics, "第三十七条") + _messages(statistics, "第三十九条") if "“对象" in m]


def test_a_condition_inside_a_new_item_is_said_by_the_item(statistics):
    """统计法 第四十条 (五) "有其他统计造假、弄虚作假行为的": one note, the whole item, not also the fragment
    "弄虚作假行为的"."""
    found = _of(statistics, "第三十七条")
    assert ("condition_added", "新增规定：“（五）有其他统计造假、弄虚作假行为的”") in found
    assert not [m for _, m in found if m.startswith("新增条件：")]


def test_a_condition_fragment_beside_its_whole_sentence_is_not_said_again(payments, patents):
    """保障中小企业款项支付条例 第二十一条 → 第二十三条: "对情节严重的" without what follows it; 专利法实施细则
    第九十四条 → 第一百一十一条: "不符合本款规定的" beside "不再规定：“不符合本款规定的，视为未办理缴费手续”"."""
    assert "新增条件：“对情节严重的”" not in _messages(payments, "第二十一条")
    assert "条件被删除：“不符合本款规定的”" not in _messages(patents, "第九十四条")


def test_a_step_word_that_names_documents_an_excuse_or_an_area_is_no_step(legislation, payments):
    """立法法 第九十九条 "可以对报送备案的规范性文件进行主动审查" (the documents filed: the review power moved
    to 第一百一十一条); 保障中小企业款项支付条例 第十四条 "以等待竣工验收备案、决算审计等为由，拒绝或者迟延支付"
    (an excuse, 批复 → 备案) and 第二十六条 "在财政资金支持、投资项目审批、融资获取…等方面依法依规予以限制"."""
    assert "程序“备案”被删除" not in _messages(legislation, "第九十九条")
    assert "新增程序“备案”" not in _messages(payments, "第十三条")
    assert "新增程序“审批”" not in _messages(payments, "第十九条")


def test_a_step_that_moved_with_its_sentence_is_said_moved(payments):
    """保障中小企业款项支付条例: old 第十七条 "情节严重的，…将其失信信息纳入全国信用信息共享平台，并将相关涉企信息
    通过企业信用信息公示系统向社会公示" is new 第二十六条 "情节严重或者造成严重不良社会影响的，将相关信息纳入全国
    信用信息共享平台和国家企业信用信息公示系统，向社会公示": not "程序“公示”被删除" there and "新增程序“公示”" here.
    (Since the fifty-third reading the sentence itself is said moved, which says the step: tests/test_read_fiftythird.py.)"""
    assert [m for kind, m in _of(payments, "第十七条") if kind == "text_moved" and "移至现第二十六条，并作较大修改" in m]
    assert [m for kind, m in _of(payments, "第十九条") if kind == "text_moved" and "由原第十七条移入，并作较大修改" in m]
    every = [m for p in payments.pairs for f in p.findings for m in [f.message]]
    assert "程序“公示”被删除" not in every and "新增程序“公示”" not in every


@pytest.mark.parametrize("law", ["legislation", "statistics"])
def test_a_line_of_the_record_rewritten_with_other_brackets_and_counted_is_no_change(request, law):
    """"…《关于修改<中华人民共和国立法法>的决定》修正" → "…《关于修改〈中华人民共和国立法法〉的决定》第一次修正":
    the same amendment, counted now that there is a second; the second's line is new, not its rewrite (read in the pair
    alone: the comparison does not say the revision compared, findings/document.py)."""
    from conftest import own_findings

    opening = [m for p in request.getfixturevalue(law).pairs if p.old and not p.old[0].label
               for f in own_findings(p) for m in [f.message]]
    assert [m for m in opening if m.startswith("新增修订记录：") and "第二次修正" in m]
    assert not [m for m in opening if m.startswith(("修订记录修改：", "改写：")) or "第一次修正" in m]


def test_how_often_a_rename_is_made_counts_the_uses_the_diff_joined(patents):
    """专利法实施细则 第六十六条 holds 专利复审委员会 five times (all now 国务院专利行政部门), 第六十三条 three
    times; the diff joined two of them into one edit with the words between."""
    assert "“专利复审委员会”改为“国务院专利行政部门”（全文统一修改，共12条，本条5处）" in _messages(patents, "第六十六条")
    assert "“专利复审委员会”改为“国务院专利行政部门”（全文统一修改，共12条，本条3处）" in _messages(patents, "第六十三条")


def test_a_period_one_may_extend_by_replaces_no_period(patents):
    """专利法实施细则 第九条: "申请人未在其请求递交日起6个月内收到需要保密的决定的" became "应当在请求递交日起4个月内
    作出是否需要保密的决定…；情况复杂的，可以延长2个月": 6 months did not become 2 (the extension)."""
    found = _messages(patents, "第九条")
    assert not [m for m in found if "由6个月" in m]
    # (the extension is said by its sentence, "新增规定：“情况复杂的，可以延长2个月”", since the thirteenth reading)
    assert "新增规定：“情况复杂的，可以延长2个月”（共2处）" in found


def test_a_new_article_is_named_by_what_it_has_done_not_cut_inside_its_subject(legislation):
    """立法法 2023 第七十条 "全国人民代表大会常务委员会工作机构根据实际需要设立基层立法联系点，…": cut at 20
    characters the headline said "…工作机构根据实…", the rule lost."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(legislation)]
    assert "新增第七十条（全国人民代表大会常务委员会工作机构根据实际需要设立基层立法联系点…）" in lines


def test_no_duty_weakened_between_provisions_barely_alike(patents):
    """专利法实施细则 old 第八十条 "国务院专利行政部门应当对管理专利工作的部门…进行业务指导" (gone) is paired with
    the new 第九十六条 (similarity 0.23), whose "国务院专利行政部门可以指定…管理专利工作的部门处理" is another rule:
    no "“应当”改为“可以”：义务减弱" (it was a top-8 headline in two readings)."""
    assert not [m for m in _messages(patents, "第八十条") if "义务减弱" in m]


# Read on four more revisions never read before (seeds 11101 and 11102, 2026-12-01): 会计法 2017 → 2024,
# 北京市机动车停车条例 2021 → 2024, 上海市优化营商环境条例 2020 → 2024, 民事诉讼法 2021 → 2023.


accounting = _law("会计法", "2017-11-04", "2024-06-28")
parking = _law("北京市机动车停车条例", "2021-09-24", "2024-03-29")
shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def test_a_bare_lower_end_shares_the_unit_of_the_upper(parking):
    """北京市机动车停车条例 2021 第二十三条 "处五千以上一万元以下罚款" → 2024 "处五千元以上一万元以下罚款": the same
    5,000–10,000 yuan; "罚款由1万元以下提高到5000元–1万元" was the law's top headline."""
    assert not [m for m in _messages(parking, "第二十三条") if m.startswith("罚款由")]


def test_who_is_fined_is_read_across_a_comma(accounting):
    """会计法 2017 第四十二条 "对其直接负责的主管人员和其他直接责任人员，可以处二千元以上二万元以下的罚款" → 2024 第四十条
    "…可以处五万元以下的罚款；情节严重的，…可以处五万元以上五十万元以下的罚款": raised, not deleted and added."""
    found = _messages(accounting, "第四十二条")
    assert "对其直接负责的主管人员和其他直接责任人员罚款由2000元–2万元改为5万元以下，情节严重的5万–50万元" in found
    assert not [m for m in found if m.startswith(("删除罚款", "新增罚款"))]


def test_steps_that_are_a_loan_approval_a_matter_a_time_or_a_publication_reworded_are_no_new_steps(shanghai):
    """上海市优化营商环境条例: "提高融资对接和贷款审批发放效率" (a bank's speed), "挖掘道路审批事项协同办理" (an approval
    that was there), "审议公司股东关联交易等事项时，应当…" (a duty when deliberating), "通过国家企业信用信息公示系统进行
    公告" → "…公示" (the same publication), "建立健全审批、监管、执法、司法相互衔接的协同联动机制" (what a mechanism
    joins; seed 12102)."""
    for label in ("第十六条", "第四十三条", "第四十七条", "第四十八条", "第五十七条"):
        assert not [m for m in _messages(shanghai, label) if m.startswith("新增程序")], label


def test_xiangguan_to_youguan_is_drafting_wording_said_once(shanghai):
    """上海市优化营商环境条例 2024 writes 有关部门 where 2020 wrote 相关部门: one drafting-norm note, not a rename
    ("“相关部门”统一改为“有关部门”（共8条）" was the top headline, "“会同相关”改为“会同有关”" a second)."""
    every = [m for p in shanghai.pairs for f in p.findings for m in [f.message]]
    assert not [m for m in every if "“相关部门”改为" in m or "“会同相关”" in m]
    assert len([m for m in every if m.startswith("规范用语：“相关”改为“有关”")]) == 1  # (not 全文: 48 are left)
    assert not [r for r in shanghai.renames if "相关" in r.old]


def test_a_use_of_the_old_name_taken_out_is_not_counted_as_renamed(shanghai):
    """上海市优化营商环境条例 第六十五条 → 第七十七条: "与市场主体生产经营活动" → "与企业等经营主体…" is one rename;
    "应当为市场主体留出必要的适应调整期" → "应当留出…" took the name out, and the other 企业等经营主体 is in a new
    paragraph."""
    found = _messages(shanghai, "第六十五条")
    assert "“市场主体”改为“企业等经营主体”（共18条）" in found  # (15 until the eighteenth reading)


@pytest.mark.parametrize("law", ["accounting", "parking"])
def test_a_new_line_of_the_record_is_said_once(request, law):
    from conftest import own_findings

    opening = [m for p in request.getfixturevalue(law).pairs if p.old and not p.old[0].label
               for f in own_findings(p) for m in [f.message]]
    assert [m for m in opening if m.startswith("新增修订记录：")]
    assert not [m for m in opening if m.startswith("新增：")]


def test_the_next_tier_of_a_fine_falls_on_the_same_party(accounting):
    """会计法 2024 第四十一条: "对其直接负责的主管人员和其他直接责任人员，可以处十万元以上五十万元以下的罚款，情节严重的，
    可以处五十万元以上二百万元以下的罚款" and, for the unit, "对单位可以并处违法所得一倍以上十倍以下的罚款，没有违法所得
    或者违法所得不足二十万元的，可以并处二十万元以上二百万元以下的罚款": raised fines of the same parties (seed 12101)."""
    found = _messages(accounting, "第四十三条")
    # (the 20万–200万 tier with its case, since reading 795: units with gains of 20万 or more are fined by their gains)
    assert "对单位罚款由5000元–10万元提高到没有违法所得或者违法所得不足二十万元的20万–200万元" in found
    assert "对其直接负责的主管人员和其他直接责任人员罚款由3000元–5万元提高到10万–50万元，情节严重的50万–200万元" in found
    assert not [m for m in found if m.startswith(("删除罚款", "新增罚款：处"))]


def test_a_notice_becomes_a_notice_of_criticism(accounting, statistics):
    """会计法 "由县级以上人民政府财政部门予以通报" → "给予警告、通报批评": the notice was there (not a new sanction);
    统计法 第四十五条 "可以予以通报" is new."""
    assert "处罚由“予以通报”改为“通报批评”" in _messages(accounting, "第四十三条")
    assert "新增处罚：予以通报" in _messages(statistics, "第四十二条")


def test_a_line_of_the_record_written_another_way_on_the_same_day_is_no_change(parking):
    """北京市机动车停车条例: "2021年9月24日…第三十三次会议通过的《关于修改部分地方性法规的决定》修正" → "2021年9月24日…
    第三十三次会议通过": the same amendment, written another way (it was the top headline; seed 12101)."""
    from conftest import own_findings

    opening = [m for p in parking.pairs if p.old and not p.old[0].label for f in own_findings(p) for m in [f.message]]
    assert not [m for m in opening if m.startswith(("修订记录修改", "删除引用文件"))]
    assert [m for m in opening if m.startswith("新增修订记录：2024年3月29日")]


def test_a_line_of_the_record_ranks_after_what_changed():
    """中国公民收养子女登记办法 2019 → 2023: the citation 《中华人民共和国收养法》 → 《中华人民共和国民法典》 says what
    changed; the new lines of the record say when (readings 10 and 12 found them ranked first)."""
    from policydiff.render.ranking import ranked_headlines

    lines = [h.text for h in ranked_headlines(_compare("中国公民收养子女登记办法", "2019-03-02", "2023-07-20"))]
    # (the citation is said by the rename's sentence, "“收养法”统一改为“民法典”（共4条）")
    cited = next(i for i, t in enumerate(lines) if "民法典" in t)
    assert all(i > cited for i, t in enumerate(lines) if "修订记录" in t)
