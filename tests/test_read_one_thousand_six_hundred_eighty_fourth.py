"""What readings of Shijingshan (reading 1668, left then) and readings 1684 and on (2026-12-07, the fifty-third session)
found wrong or useless, fixed, pinned on the real text (the corpus and tests/fixtures/laws)."""

import pytest
from conftest import DRAFT, FINAL_WEB, FINAL_WECHAT
from conftest import held_out_fixture as _held_out
from conftest import law_fixture as _law
from conftest import old_pair, pair_messages

from policydiff import compare
from policydiff.render.json import headline_dicts


@pytest.fixture(scope="module", params=[FINAL_WEB, FINAL_WECHAT], ids=["web", "wechat"])
def shijingshan(request):
    return compare(DRAFT, request.param)


def test_a_first_phrase_said_anew_in_two_places_is_split_not_new(shijingshan):
    """Draft 第十四条 "本办法中所称补贴、奖励等资金按照“从优不重复”原则支持，享受本办法支持的单位，不再同时享受…" → final
    第十三条 "享受本措施支持的申报单位，不再同时享受…。同一项目符合本措施多个条款规定的，按照从优不重复的原则予以支持。" and
    第十四条 "本措施中所称补助、奖励等资金支持，由…发布申报通知": the draft already gave the 从优不重复 principle. "新增规定：
    “同一项目…”" (a headline) and "新增“本措施中所称补助、奖励等资金支持”" were wrong, and the edit note quoted the phrase with
    the next one as if replaced by "享受本措施支持的申报单位"."""
    notes = pair_messages(old_pair(shijingshan, "第十四条"))
    split = [n for n in notes if n.startswith("改写：“本办法中所称补贴、奖励等资金按照“从优不重复”原则支持”分为“同一项目符合本措施多个"
                                              "条款规定的，按照")]
    assert len(split) == 1 and split[0].endswith("”“本措施中所称补助、奖励等资金支持”"), notes
    assert not any(n.startswith("新增规定：“同一项目") or "新增“本措施中所称" in n for n in notes), notes
    assert not any("本办法中所称" in n for n in notes if n.startswith("表述修改")), notes
    assert not any(h["text"].startswith("第十四条（现第十三条、第十四条）：新增规定") for h in headline_dicts(shijingshan))


def test_steps_left_to_the_procedure_are_said_by_the_rewrite_that_quotes_them(shijingshan):
    """Draft 第十四条（二）"…按“三重一大”要求审议后，形成拟支持名单和资金，报区政府审议批准后，由区财政局拨付" → "…组织专家
    评审后，按程序报审": "程序“审议”被删除" beside the rewrite (a headline) read as the review gone, wrong in reading 1668;
    "…，改为“按程序报审”" beside it said the rewrite's change again, wrong in reading 1684. The rewrite says it, with the
    condition's kind (issue 2 asks for the steps said removed, with "三重一大")."""
    pair = old_pair(shijingshan, "第十四条")
    (rewrite,) = [f for f in pair.findings if f.message.startswith("改写：“（二）")]
    assert rewrite.kind.value == "condition_removed" and "三重一大" in rewrite.old and "按程序报审" in rewrite.message
    assert not [f.message for f in pair.findings if f.message.startswith("程序“")], pair_messages(pair)


def test_a_ceiling_word_gone_beside_another_says_which_amount(shijingshan):
    """Draft 第四条 "最高不超过100万元" → "最高100万元": "上限表述“不超过”被删除，仍有“最高”，金额上限不变" read alone, beside the
    article's two ratios made fixed, did not say which figure kept its cap. The note stays in the headline of the
    articles whose 不超过 went."""
    assert "上限表述“不超过”被删除：“最高不超过100万元”改为“最高100万元”，金额上限不变" \
        in pair_messages(old_pair(shijingshan, "第四条"))
    assert "上限表述“不超过”被删除：“最高不超过5000万元”改为“最高5000万元”，金额上限不变" \
        in pair_messages(old_pair(shijingshan, "第十条"))
    assert headline_dicts(shijingshan)[1]["text"] == \
        "第三条、第四条、第五条、第八条（现第七条）、第十条（现第九条）：上限表述“不超过”被删除"


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_a_new_rule_beside_a_phrase_rewritten_in_place_is_still_new(emergencies):
    """2007 第二十七条 "国务院有关部门、…应当为专业应急救援人员购买人身意外伤害保险，配备…" → 2024 第四十条, the insurance duty
    rewritten where it stood and a new paragraph on rescuers' qualifications: the phrase is not said in two places."""
    notes = pair_messages(old_pair(emergencies, "第二十七条"))
    assert any(n.startswith("新增规定：“专业应急救援人员应当具备相应的身体条件") for n in notes), notes
    assert not any("分为" in n for n in notes), notes


company = _law("公司法", "2018-10-26", "2023-12-29")


def test_a_list_member_taken_out_before_a_renamed_term_is_said_alone(company):
    """2018 第九十六、九十七条 "…股东名册、公司债券存根、股东大会会议记录…" → 2023 第一百零九、一百一十条 "…股东名册、股东会会议
    记录…": the bond counterfoils taken out of the list, beside the rename of 股东大会. The diff joined the two, and the note
    read "“公司债券存根、股东大会”改为“股东会”", two unrelated changes as one replacement (reading 1685)."""
    for label in ("第九十六条", "第九十七条"):
        notes = pair_messages(old_pair(company, label))
        assert any("删除“公司债券存根”" in n for n in notes), notes
        assert not any("“公司债券存根、股东大会”" in n for n in notes), notes


def test_sanctions_the_provision_no_longer_sets_are_said_with_its_referral(company):
    """2018 第二百零七条 → 2023 第二百五十七条: every sanction of the provision (confiscation, fines, suspension, the
    licence revoked) gave way to "由有关部门依照《中华人民共和国资产评估法》、《中华人民共和国注册会计师法》等…的规定处罚".
    "不再规定处罚：吊销营业执照" beside the referral read as the conduct no longer punished, when those laws punish it
    (wrong in reading 1685); so too 第二百零一条's "删除罚款" (reading 1652)."""
    notes = pair_messages(old_pair(company, "第二百零七条"))
    assert not any(n.startswith(("不再规定处罚：", "删除罚款：")) for n in notes), notes
    assert "改为依照《中华人民共和国资产评估法》、《中华人民共和国注册会计师法》等法律、行政法规的规定处罚，原罚款（处违法所得" \
           "1–5倍、所得收入1–5倍）、没收违法所得、责令该机构停业、吊销直接责任人员的资格证书、吊销营业执照不再在此规定" in notes


livestock = _held_out("畜牧法", "2015-04-24", "2022-10-30")


def test_a_sanction_of_conduct_now_referred_to_another_law_is_said_with_the_referral(livestock):
    """2015 第六十八条 → 2022 第八十八条: the use of forged livestock tags, once punished here with confiscation and a fine, is
    now "依照《中华人民共和国动物防疫法》的有关规定追究法律责任": "不再规定处罚：没收伪造、变造的畜禽标识和违法所得" alone read as
    the confiscation gone (reading 1688)."""
    notes = pair_messages(old_pair(livestock, "第六十八条"))
    assert not any(n.startswith("不再规定处罚：") for n in notes), notes
    assert any(n.startswith("改为依照《中华人民共和国动物防疫法》的有关规定追究法律责任") and
               n.endswith("，原没收伪造、变造的畜禽标识和违法所得不再在此规定") for n in notes), notes


sea = _law("海洋环境保护法", "2017-11-04", "2023-10-24")


def test_a_long_phrase_of_what_is_done_is_quoted_to_its_end(sea):
    """2017 第二十一条 "…选划、建立海洋自然保护区" → 2023 第三十四条 "…根据保护海洋的需要，依法将重要的海洋生态系统、珍稀濒危海洋
    生物的天然集中分布区、…等区域纳入国家公园、自然保护区或者自然公园等自然保护地": the rewrite's quote was cut at "天然集中…",
    before the areas' new status (wrong in reading 1686, partly said in recall 1691)."""
    notes = pair_messages(old_pair(sea, "第二十一条"))
    assert any(n.startswith("改写：") and n.endswith("……分布区等区域纳入国家公园、自然保护区或者自然公园等自然保护地”")
               for n in notes), notes


def test_words_put_in_that_make_a_term_the_text_uses_quote_the_whole_term(shijingshan):
    """Draft 第九条 "对工信部认定为工业互联网试点示范项目的单位" → final 第八条 "…认定为工业互联网安全领域试点示范项目的单位": the
    award now needs a 工业互联网安全领域 pilot project, the term the article already used. "“互联网”改为“互联网安全领域”" quoted a
    piece of 工业互联网 (wrong in reading 1684). So too 第十四条's "申报单位" ("“的单位”改为“的申报单位”", the same reading).
    (Since reading 1717 on to the compound's end, which says which of the four 工业互联网.)"""
    assert any(n.startswith("表述修改：“工业互联网试点示范项目”改为“工业互联网安全领域试点示范项目”")
               for n in pair_messages(old_pair(shijingshan, "第九条")))
    notes = pair_messages(old_pair(shijingshan, "第十四条"))
    assert "表述修改：“支持的单位”改为“支持的申报单位”" in notes, notes
