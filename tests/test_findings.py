"""Findings: the margin notes. Expected notes were read off the texts themselves."""
import json

import pytest
from click.testing import CliRunner

from policydiff import compare, compare_documents
from policydiff.cli import cli
from policydiff.findings.figures import parse_figures
from policydiff.findings.lexicon import load_lexicon
from policydiff.ingest import RawText
from policydiff.normalize import normalize
from policydiff.structure import parse

from conftest import FINAL_SOURCES, DRAFT, FINAL_WEB, FINAL_WECHAT, LAWS, ROOT


def kinds_by_old_label(result):
    return {"+".join(c.label for c in p.old): [f.kind.value for f in p.findings] for p in result.pairs}


def findings_of(old_text: str, new_text: str, **kwargs):
    old = parse(normalize(RawText("old.txt", old_text)), "o")
    new = parse(normalize(RawText("new.txt", new_text)), "n")
    return [f for p in compare_documents(old, new, **kwargs).pairs for f in p.findings]


@pytest.mark.parametrize("source", FINAL_SOURCES)
def test_shijingshan_draft_to_final(source, finals):
    final = finals[source]
    result = compare(DRAFT, final)
    kinds = kinds_by_old_label(result)
    with_qualifier_removed = sorted(k for k, v in kinds.items() if "qualifier_removed" in v)
    assert with_qualifier_removed == sorted(["第三条", "第四条", "第五条", "第八条", "第十条"])
    assert "condition_removed" in kinds["第十四条"]
    removed = [f for p in result.pairs for f in p.findings if f.kind.value == "condition_removed"]
    assert any("失信被执行人" in f.message for f in removed)
    assert any("审议" in f.message and "三重一大" in (f.old or "") for f in removed)
    first = next(p for p in result.pairs if p.old and p.old[0].label == "第一条")
    assert any(f.kind.value == "reference_changed" and "京经信发〔2022〕162号" in f.message for f in first.findings)
    everything = [k for v in kinds.values() for k in v]
    assert "amount_changed" not in everything and "rate_changed" not in everything
    assert set(kinds["第六条"]) <= {"formatting"}


def test_the_ceiling_message_says_what_a_reviewer_would():
    result = compare(DRAFT, FINAL_WECHAT)
    third = next(p for p in result.pairs if p.old and p.old[0].label == "第三条")
    (note,) = [f for f in third.findings if f.kind.value == "qualifier_removed"]
    assert note.message == "上限表述“不超过”被删除：比例由上限变为固定值（“不超过项目支持资金30%”改为“项目支持资金30%”）"
    assert "不超过" in note.old and "不超过" not in note.new
    tenth = next(p for p in result.pairs if p.old and p.old[0].label == "第十条")
    (note,) = tenth.findings
    assert note.message == "上限表述“不超过”被删除：“最高不超过5000万元”改为“最高5000万元”，金额上限不变"


def test_two_published_finals_have_only_formatting():
    result = compare(FINAL_WECHAT, FINAL_WEB)
    assert {f.kind.value for p in result.pairs for f in p.findings} == {"formatting"}
    assert not result.differs


def _pair(old, new, label):
    result = compare(LAWS / old, LAWS / new)
    return next(p for p in result.pairs if p.old and p.old[0].label == label)


def test_statistics_law_2024_raised_the_fines():
    # 第四十一条 → 第四十四条: 可以并处五万元以下 → 十万元以下; 五万元以上二十万元以下 → 十万元以上五十万元以下.
    # Both are fines: one penalty_changed each, with the range read whole.
    pair = _pair("统计法/2009-06-27.md", "统计法/2024-09-13.md", "第四十一条")
    messages = [f.message for f in pair.findings if f.kind.value == "penalty_changed"]
    assert messages == ["罚款由5万元以下提高到10万元以下", "罚款由5万–20万元提高到10万–50万元"]
    assert not [f for f in pair.findings if f.kind.value.startswith("amount_")]


def test_road_transport_2023_lowered_a_fine_ceiling():
    # 第六十九条 → 第六十八条: items (一)(三)(四) now 1000–2000元; 强行招揽 and 货物脱落 keep 1000–3000元
    # in a paragraph of their own.
    pair = _pair("道路运输条例/2022-03-29.md", "道路运输条例/2023-07-20.md", "第六十九条")
    (note,) = [f for f in pair.findings if f.kind.value == "penalty_changed"]
    assert note.message == "罚款由1000–3000元降为1000–2000元（部分情形；另有情形仍为1000–3000元）"
    assert note.subject == "罚款"
    assert not [f for f in pair.findings if f.kind.value.startswith("amount_")]
    # The 1000–3000元 that stays may be quoted where item (二) became a paragraph of its own
    # ("改写：…"), never as a sum added or taken away.
    assert not any("3000" in f.message and ("删除" in f.message or "新增" in f.message)
                   for f in pair.findings if f.kind.value == "wording_changed")


def test_patent_rules_2023_shortened_the_secrecy_review():
    # 第九条: the office's notice, due "及时", is now due within 2 months (extendable by 2); the applicant's
    # 4-month wait before filing abroad was taken out. This test expected "期限由4个月降低到2个月" until the
    # thirty-second reading judged it wrong: the two periods bind two parties (and the longest wait is
    # still 4 months). What is said now: test_read_thirtysecond.py.
    pair = _pair("专利法实施细则/2010-01-09.md", "专利法实施细则/2023-12-11.md", "第九条")
    messages = [f.message for f in pair.findings]
    assert "表述修改：“及时向”改为“在请求递交日起2个月内向”" in messages
    assert "新增规定：“情况复杂的，可以延长2个月”（共2处）" in messages
    # (each award says whose it is since the forty-seventh reading: "奖金由3000元提高到4000元" beside "奖金由1000元提高到
    # 1500元" did not say which was the invention's; see test_read_fortyeighth.py)
    award = _pair("专利法实施细则/2010-01-09.md", "专利法实施细则/2023-12-11.md", "第七十七条")
    assert {f.message for f in award.findings if f.kind.value == "amount_changed"} == {
        "发明专利的奖金由3000元提高到4000元", "实用新型专利或者外观设计专利的奖金由1000元提高到1500元"}


def test_business_environment_2024_made_a_permission_a_duty():
    pair = _pair("上海市优化营商环境条例/2020-04-10.md", "上海市优化营商环境条例/2024-09-27.md", "第六十条")
    # (with the duty's phrase since readings 1739 and on: the article says 可以 elsewhere)
    assert [f.message for f in pair.findings if f.kind.value == "modality_changed"] == [
        "“可以”改为“应当”：义务加强（“市人民政府有关部门可以探索建立不予实施行政强制措施清单”改为“市人民政府有关部门应当探索建立完善不予"
        "实施行政强制措施清单”）"]


def test_sme_payments_2025_added_a_sixty_day_term():
    pair = _pair("保障中小企业款项支付条例/2020-07-05.md", "保障中小企业款项支付条例/2025-03-17.md", "第八条")
    # The note says what the period is for, in the article's words (and whose since readings 1773 and on: the old
    # text's 60日 was 机关、事业单位's).
    assert "新增期限：60日（大型企业从中小企业采购货物、工程、服务，应当自货物、工程、服务交付之日起60日内支付款项）" in [
        f.message for f in pair.findings]


def test_injury_interpretation_effective_date():
    pair = _pair("最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释/2020-12-29.md",
                 "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释/2022-04-04.md", "第二十四条")
    assert [f.message for f in pair.findings if f.kind.value == "reference_changed"] == [
        "施行日期条款修改：“自2004年5月1日起施行”改为“自2022年5月1日起施行”"]


# ------------------------------------------------------------ small cases

def test_figures_keep_their_value_across_forms():
    lexicon = load_lexicon()
    keys = lambda text: [f.key for f in parse_figures(text, lexicon)]  # noqa: E731
    assert keys("一百万元") == keys("100万元") == keys("1,000,000元") == [("amount", 1000000.0, "元")]
    assert keys("30%") == keys("百分之三十") == [("rate", 30.0, "%")]
    assert keys("第三条") == keys("2022年8月22日") == keys("一次性资金") == keys("第1864次会议") == []


def test_ceiling_dropped_beside_another_is_one_note_and_no_amount_change():
    notes = findings_of("第一条 予以支持，最高不超过100万元。", "第一条 予以支持，最高100万元。")
    assert [f.kind.value for f in notes] == ["qualifier_removed"]


def test_width_of_a_figure_is_not_a_change():
    notes = findings_of("第一条 按照项目支持资金30%予以补助。", "第一条 按照项目支持资金30％予以补助。")
    assert [f.kind.value for f in notes] == []  # equal after normalisation: unchanged


def test_amount_quantity_and_rate_changes():
    assert [(f.kind.value, f.message) for f in findings_of("第一条 最高100亿元。", "第一条 最高120亿元。")] == [
        ("amount_changed", "金额由100亿元提高到120亿元")]
    assert [f.kind.value for f in findings_of("第一条 放假3天。", "第一条 放假4天。")] == ["quantity_changed"]
    assert [f.kind.value for f in findings_of("第一条 按30%给予补助。", "第一条 按20%给予补助。")] == ["rate_changed"]


def test_duty_softened():
    notes = findings_of("第一条 有关部门应当依法进行调查。", "第一条 有关部门可以要求申报。")
    assert [(f.kind.value, f.message) for f in notes if f.kind.value == "modality_changed"] == [
        ("modality_changed", "“应当”改为“可以”：义务减弱")]


def test_english_messages(tmp_path):
    result = CliRunner().invoke(cli, ["compare", str(DRAFT), str(FINAL_WECHAT), "--format", "json", "--lang", "en"])
    messages = [f["message"] for p in json.loads(result.output)["pairs"] for f in p["findings"]]
    # (with the ratio it bounded since readings 1739 and on)
    assert "ceiling word “不超过” removed: the rate is now fixed, not a ceiling (“不超过项目支持资金30%” → “项目支持资金30%”)" \
        in messages


def test_user_rules_extend_the_lexicon(tmp_path):
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps({"procedures": ["联审"]}, ensure_ascii=False), encoding="utf-8")
    old, new = "第一条 经部门联审后拨付。", "第一条 经部门同意后拨付。"
    assert "condition_removed" not in [f.kind.value for f in findings_of(old, new)]
    assert "condition_removed" in [f.kind.value for f in findings_of(old, new, rules=str(rules))]


@pytest.mark.parametrize("content,expect", [("{not json", "not valid JSON"), ('{"verbs": []}', "unknown rules section")])
def test_bad_rules_file_exits_2(tmp_path, content, expect):
    rules = tmp_path / "rules.json"
    rules.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["compare", str(DRAFT), str(FINAL_WECHAT), "--rules", str(rules)])
    assert result.exit_code == 2 and expect in result.output and str(rules) in result.output


def test_the_readme_rules_example_works(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("```json\n", 1)[1].split("```", 1)[0]
    rules = tmp_path / "rules.json"
    rules.write_text(example, encoding="utf-8")
    notes = findings_of("第一条 经联审后，上浮不超过10%。", "第一条 上浮10%。", rules=str(rules))
    assert {f.kind.value for f in notes} >= {"condition_removed", "qualifier_removed"}


# Mistakes found by reading samples of the findings on the statutes; each stays fixed.

def test_service_by_publication_period_and_no_false_notes():
    # 民事诉讼法 第二百七十四条 → 第二百八十三条: 公告送达 满三个月 → 经过六十日; the mail-service
    # item moved from （六） to （八） with its 三个月; "所在国法律禁止的" is no new duty.
    pair = _pair("民事诉讼法/2021-12-24.md", "民事诉讼法/2023-09-01.md", "第二百七十四条")
    messages = [f.message for f in pair.findings]
    assert "期限由三个月改为六十日（自发出公告之日起，经过六十日）" in messages  # (the notice's period, not the post's)
    assert not any("删除期限" in m or "新增期限" in m for m in messages)
    assert not [f for f in pair.findings if f.kind.value == "modality_changed"]


def test_restructured_filing_duty_is_not_a_new_procedure():
    # 道路运输条例 第六十五条 (2022 → 2023): 备案 is split over more sentences, not introduced.
    pair = _pair("道路运输条例/2022-03-29.md", "道路运输条例/2023-07-20.md", "第六十五条")
    assert not [f for f in pair.findings if "备案" in f.message and f.kind.value.startswith("condition")]


def test_ordinal_item_list_is_no_quantity():
    # "本规定第二条第一、二、三项所称…": 三项 is an item number.
    pair = _pair("最高人民法院关于知识产权法庭若干问题的规定/2018-12-28.md",
                 "最高人民法院关于知识产权法庭若干问题的规定/2023-10-21.md", "第三条")
    assert not [f for f in pair.findings if f.kind.value == "quantity_changed"]


def test_market_entity_renamed_in_both_sentences():
    # 上海市优化营商环境条例 第四十六条 → 第五十一条: 市场主体 → 企业等经营主体, twice, plus a new duty.
    pair = _pair("上海市优化营商环境条例/2020-04-10.md", "上海市优化营商环境条例/2024-09-27.md", "第四十六条")
    # Since the renames pass: 市场主体 → 企业等经营主体 is made in 18 articles of the 2024 text (15 until the
    # eighteenth reading found 第二、十三、七十七条, reworded around the name; not all:
    # 第一条 still writes 市场主体), so it is a term_renamed here (twice) and no wording note.
    messages = [f.message for f in pair.findings]
    assert any(m.startswith("“市场主体”改为“企业等经营主体”（共18条") and "本条2处" in m for m in messages)
    assert not any("市场" in m for m in messages if m.startswith("表述修改"))
    # The new duty is said as the rule it adds, quoting its words (not a bare "新增“应当”").
    assert any(m.startswith("新增规定：“商务、经济信息化及其他有关部门应当建立咨询服务机制") for m in messages)


def test_an_unnumbered_text_says_its_short_edits():
    """A notice without article numbers is read as unlabelled paragraphs, as a statute's opening is;
    there a relabelled record line ("修订" → "第一次修订") stays unsaid (test_figures), but in
    sentences "应当" → "必须" is a change of substance (it was dropped, and the pair called
    "内容未变"). Built from the 民法典's first articles with their numbers taken off."""
    import re

    from conftest import CORPUS

    civil = (CORPUS / "large" / "民法典-2020.md").read_text(encoding="utf-8")
    articles = re.findall(r"^第[一二三四五六七八九十]+条\s+(.+)$", civil, flags=re.M)[:10]
    assert len(articles) == 10 and all(not re.match(r"第.{1,4}条", a) for a in articles)
    old = "\n\n".join(["关于适用民事法律的通知", "各有关单位："] + articles) + "\n"
    new = old.replace("处理民事纠纷，应当依照法律", "处理民事纠纷，必须依照法律")
    assert new.count("必须依照法律") == 1
    messages = [f.message for f in findings_of(old, new)]
    assert messages == ["表述修改：“应当”改为“必须”"], messages

