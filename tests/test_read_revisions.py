"""Errors found by reading seeded samples of notes on four more full revisions (seeds 8101 and
8102, 2026-12-01: 行政复议法, 体育法, 海洋环境保护法, 突发事件应对法), each pinned on the real text.

Renames: a term, not a phrase that runs over a particle into the next word, nor a term cut
inside 以上. Steps: 报批 is no step inside 通报批评. Citations: a law cited before without its
book marks is no new citation. Money in a headline: a threshold (货值金额不足十万元的) is no fine."""
import pytest

from conftest import LAWS
from policydiff import compare


def _renames(law, old, new):
    result = compare(LAWS / law / f"{old}.md", LAWS / law / f"{new}.md")
    return result, [(r.old, r.new, len(r.pairs)) for r in result.renames]


def _messages(result):
    return [f.message for p in result.pairs for f in p.findings]


def test_administrative_review_law_renames_punishment_once_and_keeps_other_edits_as_wording():
    """行政复议法 2017 → 2023: "行政处分" → "处分" in four articles was two renames, "开除的行政处分" and
    "记大过的行政处分" (the word before read into the term across 的), each noted twice per article;
    "其他" dropped from "其他直接责任人员" was a rename of "人员和其他直接责任人员依法给予警告"."""
    result, renames = _renames("行政复议法", "2017-09-01", "2023-09-01")
    # (12 since 第二十三条 is read as split into 第四十七、四十八条, both with 作出行政行为的证据: it was
    # deleted-and-added before, its uses not counted)
    # (12 until the eighteenth reading: 第二条; 14 since 第十五条 pairs with 第二十五条, not the unrelated 第二十八条, the
    # thirty-sixth reading: 20 old articles hold the term)
    # (15 since an article renaming some of its uses in place counts: 第二十八条 → 第六十八、六十九条, 2 of its 13, the
    # sixty-seventh reading)
    assert renames == [("具体行政行为", "行政行为", 15), ("行政处分", "处分", 4)]
    messages = _messages(result)
    assert "“行政处分”改为“处分”（全文统一修改，共4条，本条2处）" in messages
    assert not [m for m in messages if "开除的行政处分" in m or "依法给予警告”改为" in m]


def test_statistics_law_other_persons_is_wording_not_a_rename():
    result, renames = _renames("统计法", "2009-06-27", "2024-09-13")
    assert renames == [("直接负责的主管人员", "负有责任的领导人员", 3)]
    # (the wording note "“其他直接责任人员”改为“直接责任人员”" this test expected until the thirty-fourth reading judged it
    # useless beside the rename: "其他" dropped says the same, no note at all)
    assert not [m for m in _messages(result) if "“其他直接责任人员”" in m]


def test_emergency_response_law_renames_the_whole_term_not_from_inside_yishang():
    """突发事件应对法 2007 → 2024: "上地方各级人民政府" was read from inside "县级以上". The rename says the same
    governments: since the thirty-eighth reading it explains its edits but is no note, rename or headline of its own."""
    from policydiff.findings.renames import find_renames
    from policydiff.pipeline import compare as compare_documents

    result = compare_documents(str(LAWS / "突发事件应对法" / "2007-08-30.md"), str(LAWS / "突发事件应对法" / "2024-06-28.md"))
    found, _ = find_renames(result)
    assert [(r.old, r.new, len(r.pairs)) for r in found] == [("县级以上地方各级人民政府", "县级以上地方人民政府", 10)]
    assert not result.renames and not [h for h in result_headlines(result) if h.kind == "renamed"]


def result_headlines(result):
    from policydiff.render.ranking import ranked_headlines

    return ranked_headlines(result)


@pytest.mark.parametrize("law,old,new,expected", [
    ("公司法", "2018-10-26", "2023-12-29", ("股东大会", "股东会", 32)),  # (with "股东会或者股东大会"'s; 第八十一条's "股东大会会议" since the thirty-ninth reading, 第一百六十九条's "股东会、股东大会" since the forty-first)
    ("道路运输条例", "2019-03-02", "2022-03-29", ("道路运输管理机构", "人民政府交通运输主管部门", 33)),  # (第七十四条: 县级以上[地方]…; 第十条 since the nineteenth reading; 第七条 no more since the thirty-eighth: its paragraph merged into the one above; 第五十五条's "上级交通运输主管部门" since the fifty-first)
    # (会计法's "会计帐簿" → "会计账簿" is no rename since the eighteenth reading: 帐 written 账, said once as 规范用语)
    ("会计法", "2017-11-04", "2024-06-28", ("国家工作人员", "公职人员", 3)),
])
def test_the_renames_read_before_are_kept(law, old, new, expected):
    assert _renames(law, old, new)[1][0] == expected


def test_a_reprimand_is_no_approval_step():
    """通报批评 holds 报批: 会计法 2024 and 行政复议法 2023 gained 通报批评 as a sanction, and each article
    was said to have gained the procedural step "报批"."""
    for law, old, new in (("会计法", "2017-11-04", "2024-06-28"), ("行政复议法", "2017-09-01", "2023-09-01")):
        result = compare(LAWS / law / f"{old}.md", LAWS / law / f"{new}.md")
        messages = _messages(result)
        assert "新增程序“报批”" not in messages
        assert any("通报批评" in m and "新增" in m for m in messages)  # the sanction itself is still said


def test_a_law_cited_before_by_its_short_name_is_no_new_citation():
    """行政复议法 第二十九条 → 第七十二条: "对符合国家赔偿法的有关规定" became "《中华人民共和国国家赔偿法》";
    it was "新增引用文件" (a headline), then a note that said how it is written ("引用写法修改…", useless in readings 482 and
    499), now no note."""
    result = compare(LAWS / "行政复议法" / "2017-09-01.md", LAWS / "行政复议法" / "2023-09-01.md")
    messages = _messages(result)
    assert not [m for m in messages if m.startswith("新增引用文件：《中华人民共和国国家赔偿法》")]
    assert not [m for m in messages if m.startswith("引用写法修改")]
    # (the new sentence on rejecting a claim, which cites the law, is said: not as a new citation)
    assert not [h for h in result_headlines(result) if "国家赔偿法" in h.text and "引用" in h.text]


def test_a_threshold_is_not_listed_as_a_fine():
    """海洋环境保护法 2023 第九十七条: "货值金额不足十万元的" decides which fine applies; it is no fine, but the case of the sum
    that follows it (since the eighty-second reading: test_read_seventyseventh)."""
    result = compare(LAWS / "海洋环境保护法" / "2017-11-04.md", LAWS / "海洋环境保护法" / "2023-10-24.md")
    [line] = [h.text for h in result_headlines(result) if h.text.startswith("新增第九十七条")]
    assert line.endswith("含每米五百元至一万元、货值金额二倍至二十倍（货值金额不足十万元的，二十万元至二百万元）、五万元至五十万元三项罚款")


@pytest.fixture(scope="module")
def marine():
    return compare(LAWS / "海洋环境保护法" / "2017-11-04.md", LAWS / "海洋环境保护法" / "2023-10-24.md")


def _pair_of(result, old_label):
    return next(p for p in result.pairs if p.old and p.old[0].label == old_label)


def test_fines_tied_to_rewritten_items_are_not_paired_by_position(marine):
    """海洋环境保护法 第七十三条 → 第九十三条: the items were rewritten and renumbered with their fines; the
    old 2万–10万元 tier (items 2 and 4) was said to have become 1万–20万元 (new items 5 and 6: other acts)."""
    messages = [f.message for f in _pair_of(marine, "第七十三条").findings]
    assert "罚款由2万–10万元改为1万–20万元" not in messages
    # (said since the thirty-eighth reading with the items not one act each under their numbers: "按项调整" read as the
    # same acts re-tiered)
    assert ("最高罚款由20万元提高到100万元（罚款档次：原第一、三项3万–20万元，第二、四项2万–10万元；"
            "现第一、二项20万–100万元，第三、四项10万–100万元，第五、六项1万–20万元，100–1000元（按次）；所列行为已调整，各项不一一对应）") \
        in messages
    english = [f.message_en for f in _pair_of(marine, "第七十三条").findings]
    assert any(m.startswith("the highest fine raised from 200,000 yuan to 1,000,000 yuan; fine tiers: "
                            "before 30,000–200,000 yuan (items 1, 3)") for m in english)


def test_the_largest_rise_leads_the_penalty_headlines(marine):
    """第七十四条 → 第九十四条: the highest fine went from 5万元 to 200万元. Its sentence also says
    "处罚由“警告”改为…", and the joined sentence used to be ranked as a sanction-kind change. (The first headline since
    reading 120, when the ministry's rename, 环境保护行政主管部门 → 生态环境主管部门, stopped leading.)"""
    lines = [h.text for h in result_headlines(marine)]
    assert lines[0].startswith("第七十四条（现第九十四条）：最高罚款由5万元提高到200万元（")
    assert not [t for t in lines if "罚款由5万元以下提高到20万–200万元" in t]  # (the item-2 tier is now 5万–50万元)


def test_a_sanction_said_with_one_more_word_is_rewritten_not_dropped(marine):
    """第八十五条 → 第一百零七条: "暂扣或者吊销许可证" → "暂扣或者吊销倾倒许可证", the same sanction (since the sixty-first
    reading said by what changed around it: no longer only for a serious breach, tests/test_read_sixtieth.py)."""
    messages = [f.message for f in _pair_of(marine, "第八十五条").findings]
    assert "处罚“暂扣或者吊销倾倒许可证”不再限于情节严重的情形" in messages
    assert "不再规定处罚：暂扣或者吊销许可证" not in messages
    assert "不再规定处罚：警告" in messages  # (the new article has no 警告)


def test_an_approval_step_said_with_words_between_is_no_new_step(marine):
    """第七十条 → 第八十九条: "报经海事行政主管部门批准" → "报经批准" is the same step."""
    assert "新增程序“经批准”" not in [f.message for f in _pair_of(marine, "第七十条").findings]
    assert "新增程序“经批准”" not in [f.message for f in _pair_of(marine, "第五十五条").findings]


def test_a_condition_of_a_sentence_now_in_another_article_was_not_removed():
    """行政复议法 第十条 → 第十四条: the sentence "对行政机关的具体行政行为不服申请行政复议的，作出具体行政行为的
    行政机关是被申请人" is now in 第十九条 (said so, since the eighteenth reading on both pairs: "移至现第十九条，文字有
    改动" and "由原第十条移入"); its condition was also said to be deleted."""
    result = compare(LAWS / "行政复议法" / "2017-09-01.md", LAWS / "行政复议法" / "2023-09-01.md")
    messages = [f.message for f in _pair_of(result, "第十条").findings]
    assert any("对行政机关的具体行政行为不服申请行政复议的" in m and "移至现第十九条" in m for m in messages)
    into = next(p for p in result.pairs if p.new and p.new[0].label == "第十九条")
    assert any(f.message.endswith("由原第十条移入，文字有改动（新增“或者法律、法规、规章授权的组织”）") for f in into.findings)
    assert "条件被删除：“对行政机关的具体行政行为不服申请行政复议的”" not in messages


def test_the_dates_of_a_sentence_taken_out_whole_are_said_with_it():
    """行政复议法 第四十三条 → 第九十条: "1990年12月24日国务院发布、1994年10月9日国务院修订发布的《行政复议条例》
    同时废止" taken out whole: its two dates were "删除日期" notes of their own beside it. Since reading 1127 the sentence
    is no note either (a repeal spent when the old version took effect: repeats.spent_repeal_unsaid)."""
    result = compare(LAWS / "行政复议法" / "2017-09-01.md", LAWS / "行政复议法" / "2023-09-01.md")
    messages = [f.message for f in _pair_of(result, "第四十三条").findings]
    assert not [m for m in messages if "1990年12月24日" in m or "行政复议条例" in m], messages
    assert not [m for m in messages if m.startswith("删除日期")]
    assert "施行日期条款修改：“自1999年10月1日起施行”改为“自2024年1月1日起施行”" in messages


def test_a_deleted_article_whose_content_is_elsewhere_says_where():
    """公司法 第一百三十五条 (公司发行新股…) is deleted, but its sentence on the price of new shares is in
    第一百五十一条: the headline says so; the sentence was also said moved twice (移至 and 现见). Its only
    sentence is there word for word: "并入第一百五十一条" (since the eighteenth reading). 第八十三条, of which one
    sentence is in 第四十九条 (old 第二十八条's, word for word: no move), is "整条删除"; 海洋环境保护法 第四十八条, of
    which one sentence moved to 第六十二条, is "整条删除，部分内容现见第六十二条"."""
    result = compare(LAWS / "公司法" / "2018-10-26.md", LAWS / "公司法" / "2023-12-29.md")
    lines = [h.text for h in result_headlines(result)]
    assert "第一百三十五条（公司发行新股，可以根据公司经营情况和财务状况，确定其作价方案）并入现第一百五十一条" in lines
    # (第八十三条 was "整条删除" until its first sentence was found restated in 第九十七条, four fifths of its words, on
    # 2026-12-01: now the headline says where that part is)
    assert "第八十三条（以发起设立方式设立股份有限公司的…）已删除或改写，部分内容现见第九十七条" in lines
    marine = compare(LAWS / "海洋环境保护法" / "2017-11-04.md", LAWS / "海洋环境保护法" / "2023-10-24.md")
    # (its second sentence, seven tenths of it: "删除，大部分内容现见" since reading 111)
    assert "第四十八条（海洋工程建设项目的环境保护设施…）删除，大部分内容现见第六十二条" in [
        h.text for h in result_headlines(marine)]
    moved = [f.message for f in _pair_of(result, "第一百三十五条").findings if f.kind.value == "text_moved"]
    assert len(moved) == 1
    english = [h.text for h in ranked_headlines_en(result)]
    assert any(t.startswith("Article 135 (") and t.endswith("folded into Article 151 of the new version") for t in english)
    assert "Article 83 (以发起设立方式设立股份有限公司的…) deleted or rewritten; part of it is now in Article 97" in english


def ranked_headlines_en(result):
    from policydiff.render.ranking import ranked_headlines

    return ranked_headlines(result, "en")


def test_boilerplate_now_said_once_for_the_law_is_no_content_moved():
    """体育法 第五十一条: only "构成犯罪的，依法追究刑事责任" is in 第一百一十九条, said once for the whole law. (Its line is
    now the line of the chapter written anew, test_read_seventyfirst.py: it says what took the chapter's place, and no part
    of 第五十一条 as now in 第一百一十九条.)"""
    result = compare(LAWS / "体育法" / "2016-11-07.md", LAWS / "体育法" / "2022-06-24.md")
    lines = [h.text for h in result_headlines(result)]
    [line] = [t for t in lines if "一章重新编写" in t]
    assert line.startswith("“法律责任”一章重新编写：原第七章第四十七条至第五十二条") and "现见" not in line, line
    assert not [t for t in lines if t.startswith("第五十一条（")]


def test_a_sanction_gone_from_one_place_and_another_added_elsewhere_are_two_notes(marine):
    """第七十四条 → 第九十四条: "予以警告" left the opening; "并可以暂扣或者吊销相关任职资格许可" came in the
    fine for item (二). It was "处罚由“警告”改为“吊销相关任职资格许可”", a replacement never made."""
    messages = [f.message for f in _pair_of(marine, "第七十四条").findings]
    assert "处罚由“警告”改为“吊销相关任职资格许可”" not in messages
    assert "不再规定处罚：警告" in messages and "新增处罚：吊销相关任职资格许可" in messages


def test_a_penalty_for_not_filing_adds_no_filing_step(marine):
    """第九十四条（三）"未按照有关规定制定应急预案并备案…的" punishes not filing; it adds no step."""
    assert "新增程序“备案”" not in [f.message for f in _pair_of(marine, "第七十四条").findings]


def test_a_filing_allowed_beside_approval_is_still_said():
    """统计法 第三十八条 → 第四十一条: "未经批准" became "未经批准或者备案": said, since the thirty-first reading, as conduct
    the article punishes ("违法情形新增“未经备案”"): 备案 was a step of the old law already (第十二、十四条), surveys to
    be filed are now punished when not filed; "新增程序“备案”" read as a new filing procedure."""
    result = compare(LAWS / "统计法" / "2009-06-27.md", LAWS / "统计法" / "2024-09-13.md")
    assert "违法情形新增“未经备案”" in [f.message for f in _pair_of(result, "第三十八条").findings]


def test_a_condition_still_said_in_other_words_is_no_condition_change():
    """行政复议法 第十二条 → 第二十七条: 国税 became 税务 in "对海关、金融、…实行垂直领导的行政机关…不服的": no new
    condition; 第十四条 → 第二十六条: "对行政复议决定不服的" is still said, inside a longer phrase."""
    result = compare(LAWS / "行政复议法" / "2017-09-01.md", LAWS / "行政复议法" / "2023-09-01.md")
    assert not [f for f in _pair_of(result, "第十二条").findings if f.kind.value == "condition_added"]
    assert "条件被删除：“对行政复议决定不服的”" not in [f.message for f in _pair_of(result, "第十四条").findings]


def test_a_condition_kept_without_its_preposition_is_not_removed(marine):
    """第八十五条 → 第一百零七条: "对情节严重的，可以暂扣或者吊销许可证" → "情节严重的，报经有批准权的人民政府
    批准，责令停业、关闭": the condition stays (what follows it changed)."""
    assert "条件被删除：“对情节严重的”" not in [f.message for f in _pair_of(marine, "第八十五条").findings]


def test_a_new_reservation_for_other_rules_is_still_said():
    """保障中小企业款项支付条例 2025: "…对本条第一款、第二款付款期限另有规定的，从其规定" is a new reservation:
    its sentence is said whole, ranked as the condition it adds."""
    result = compare(LAWS / "保障中小企业款项支付条例" / "2020-07-05.md", LAWS / "保障中小企业款项支付条例" / "2025-03-17.md")
    assert ("condition_added", "新增规定：“法律、行政法规或者国家有关规定对本条第一款、第二款付款期限另有规定的，从其规定”") in [
        (f.kind.value, f.message) for p in result.pairs for f in p.findings]


def test_a_rename_cut_by_the_diff_is_read_as_the_whole_name(marine):
    """海洋环境保护法: the diff cut "环境保护行政" → "生态环境" and "行政主管部门" → "管理机构"; the names are
    环境保护行政主管部门 → 生态环境主管部门 and 海事行政主管部门 → 海事管理机构 (渔业行政主管部门 became 渔业主管部门,
    so "行政主管部门" was never renamed 管理机构 throughout). 会计法: 国家工作人员 → 公职人员."""
    # (8 and 5 until the eighteenth reading found 第十八、七十七条 and 第七十条, reworded around the names)
    assert [(r.old, r.new, len(r.pairs)) for r in marine.renames] == [
        ("环境保护行政主管部门", "生态环境主管部门", 10), ("海事行政主管部门", "海事管理机构", 6)]
    assert not [f for p in marine.pairs for f in p.findings if "务院生态环境" in f.message and "国务院" not in f.message]
    assert ("国家工作人员", "公职人员", 3) in _renames("会计法", "2017-11-04", "2024-06-28")[1]
    # the sentence going on is no part of a name: 道路运输条例's rename stays as it was
    road = _renames("道路运输条例", "2019-03-02", "2022-03-29")[1]
    assert road[0] == ("道路运输管理机构", "人民政府交通运输主管部门", 33) and road[2][0] == "工商行政管理机关"


def test_a_new_sentence_beside_an_old_one_still_there_is_no_rewrite_of_it():
    """行政复议法 第三十一条 → 第六十二条: the sixty-day rule stays (under 普通程序); the thirty-day rule for
    简易程序 is new. It was "改写：…六十日内…改为…三十日内…", as if the deadline had been halved."""
    result = compare(LAWS / "行政复议法" / "2017-09-01.md", LAWS / "行政复议法" / "2023-09-01.md")
    messages = [f.message for f in _pair_of(result, "第三十一条").findings]
    assert not [m for m in messages if m.startswith("改写：“行政复议机关应当自受理申请之日起六十日内")]
    # (said by the period it brought, with the sentence, since the twenty-third reading)
    assert "新增期限：三十日（适用简易程序审理的行政复议案件，行政复议机关应当自受理申请之日起三十日内作出行政复议决定）" in messages
    sport = compare(LAWS / "体育法" / "2016-11-07.md", LAWS / "体育法" / "2022-06-24.md")
    assert any(m.startswith("改写：“国家鼓励开展对外体育交往”改为“国家鼓励开展对外体育交往，弘扬奥林匹克精神")
               for p in sport.pairs for m in (f.message for f in p.findings))  # extended in place: a rewrite


def test_a_condition_now_in_another_article_is_said_moved_not_removed():
    """行政复议法 第十六条 → 第二十九条: "对行政复议决定不服再向人民法院提起行政诉讼的" was said to be in 第三十四条 now;
    第二十条 → 第三十五条: "超过行政复议期限不作答复的" said to come from old 第十九条. The nineteenth reading found both
    wrong: 第三十四条 is old 第十九条, which had both phrases already, as conditions of its own rule (the right to sue
    when review is refused or not answered). 第十六条's exhaustion case is taken out of the bar on suing during review,
    and 第三十五条's timeout is a new condition of the appeal to the higher organ. (Where the exhaustion case went, 第二十三条,
    is said since reading 259.)"""
    result = compare(LAWS / "行政复议法" / "2017-09-01.md", LAWS / "行政复议法" / "2023-09-01.md")
    sixteen = [f.message for f in _pair_of(result, "第十六条").findings]
    assert not [m for m in sixteen if "现见第三十四条" in m]
    # (quoted whole, with the condition "、" joins to it, since the forty-first reading)
    assert "“法律、法规规定应当先向行政复议机关申请行政复议、对行政复议决定不服再向人民法院…”不再在此规定，现见第二十三条（文字有改动）" in sixteen
    assert "新增条件：“超过行政复议期限不作答复的”" in [f.message for f in _pair_of(result, "第二十条").findings]


def test_a_fine_per_metre_is_listed_as_one(marine):
    """第九十七条 (new): "处每米五百元以上一万元以下的罚款" is a rate per metre, not a sum of 500 to 10,000 yuan."""
    [line] = [h.text for h in result_headlines(marine) if h.text.startswith("新增第九十七条")]
    assert "含每米五百元至一万元、" in line


def test_a_fine_per_metre_is_said_per_metre_in_english(marine):
    from policydiff.render.ranking import ranked_headlines

    [line] = [h.text for h in ranked_headlines(marine, "en") if h.text.startswith("New Article 97")]
    assert "500 to 10,000 yuan per metre" in line


def test_a_penalty_for_not_filing_said_before_a_comma_adds_no_step(marine):
    """第七十七条 → 第九十九条: "设置入海排污口未备案的，由生态环境主管部门责令改正，处…罚款" (fourth reading)."""
    assert "新增程序“备案”" not in [f.message for f in _pair_of(marine, "第七十七条").findings]
