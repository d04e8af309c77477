"""What readings of Shijingshan (reading 1668, left then) and readings 1684 and on (2026-12-07, the fifty-third session)
found wrong or useless, fixed, pinned on the real text (the corpus and tests/fixtures/laws)."""

import pytest
from conftest import DRAFT, FINAL_WEB, FINAL_WECHAT
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


def test_steps_left_to_the_procedure_say_what_took_their_place(shijingshan):
    """Draft 第十四条（二）"…按“三重一大”要求审议后，形成拟支持名单和资金，报区政府审议批准后，由区财政局拨付" → "…组织专家
    评审后，按程序报审": "程序“审议”被删除" alone (a headline) read as the review gone, when the new text leaves the steps to
    the procedure it refers to. The named steps are gone (issue 2 asks for the condition removed, with "三重一大"); the
    note says what stands in their place."""
    notes = pair_messages(old_pair(shijingshan, "第十四条"))
    assert "程序“审议”被删除，改为“按程序报审”" in notes, notes
    assert "程序“审议”被删除" not in notes, notes


def test_a_ceiling_word_gone_beside_another_says_which_amount(shijingshan):
    """Draft 第四条 "最高不超过100万元" → "最高100万元": "上限表述“不超过”被删除，仍有“最高”，金额上限不变" read alone, beside the
    article's two ratios made fixed, did not say which figure kept its cap. The note stays in the headline of the articles
    whose 不超过 went."""
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
