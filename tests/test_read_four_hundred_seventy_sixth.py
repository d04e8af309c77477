"""What readings 476 and on (2026-12-04/05, the twenty-third session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import new_pair, old_pair, pair_messages

from policydiff.render.headlines import ranked_headlines

organs = _law("人体器官捐献和移植条例", "2007-03-31", "2023-12-04")


def test_the_closing_chapter_printed_without_its_number_is_a_chapter(organs):
    """人体器官捐献和移植条例 2023 prints "附 则" alone after 第四章: it was read as the last line of 第四十九条, "新增规定：“附则”"
    on 第二十七条 → 第四十九条. It is 第五章, as in the 2007 text."""
    last = new_pair(organs, "第四十九条")
    assert "附" not in last.new[0].text
    assert not [m for m in pair_messages(last) if "附则" in m], pair_messages(last)
    assert new_pair(organs, "第五十条").new[0].path[-1].startswith("第五章")


def test_zhiding_and_the_medical_term_written_to_the_norm_are_no_change_of_wording(organs):
    """"具体办法由国务院卫生主管部门制订" → "…制定" (第二十二条 → 第二十条) and "适应症" → "适应证" were "表述修改" (useless in reading
    480): spellings of the drafting norms, said once for the document as 规范用语, as 制定 → 制订 was."""
    notes = pair_messages(old_pair(organs, "第二十二条"))
    assert "表述修改：“制订”改为“制定”" not in notes, notes
    assert "规范用语：全文“制订”改为“制定”（共2处，本条1处，含义未变）" in notes, notes
    notes = pair_messages(old_pair(organs, "第十四条"))
    assert not [m for m in notes if "“制订”改为“制定”" in m and m.startswith("表述修改")], notes
    notes = pair_messages(old_pair(organs, "第十八条"))
    assert not [m for m in notes if "“适应症”改为“适应证”" in m and m.startswith("表述修改")], notes


def test_a_new_items_label_is_not_quoted_as_words_put_for_the_old_ones(organs):
    """第十八条 → 第二十八条: the old (三) paired by label with the item put in before it made "“人体器官”改为“（四）活体器官”"
    (useless in reading 480): the review now covers living organs, "“人体器官”改为“活体器官”"."""
    notes = pair_messages(old_pair(organs, "第十八条"))
    assert "表述修改：“人体器官”改为“活体器官”；新增“临床应用”" in notes, notes
    assert not [m for m in notes if "“（四）活体器官”" in m], notes


def test_a_liability_borne_under_the_law_is_the_same_without_yingdang(organs):
    """"应当依法承担民事责任" → "依法承担民事责任" (第二十七条 → 第四十九条) was "表述修改" (useless in reading 480)."""
    notes = pair_messages(old_pair(organs, "第二十七条"))
    assert not [m for m in notes if "依法承担民事责任" in m], notes


pensions = _law("军人抚恤优待条例", "2019-03-02", "2024-08-05")


def test_a_certificates_title_without_the_states_name_is_no_note(pensions):
    """"《中华人民共和国军人因公牺牲证明书》" → "《军人因公牺牲证明书》" (第十一条 → 第十四条) was "引用写法修改" (useless in reading 479:
    the same certificate); still not paired with 《军人因公牺牲通知书》 (reading 324)."""
    notes = pair_messages(old_pair(pensions, "第十一条"))
    assert not [m for m in notes if "证明书》”改为“《军人" in m or "引用写法修改" in m], notes
    assert not [m for m in notes if "因公牺牲证明书》”改为“《军人因公牺牲通知书" in m], notes


martyrs = _law("烈士褒扬条例", "2019-08-01", "2024-09-27")


def test_a_definition_of_the_same_term_in_another_article_is_the_definition_moved(martyrs):
    """2019 第四十条 "本条例所称战时，是指国家宣布进入战争状态…" was "删除原第四十条" and "整条删除" among the headlines (wrong in
    reading 479): 2024 第六十七条 defines 战时 anew ("本条例所称战时，按照国家和军队有关规定执行")."""
    notes = pair_messages(old_pair(martyrs, "第四十条"))
    assert not [m for m in notes if m.startswith("删除原第四十条")], notes
    assert "“本条例所称战时，是指国家宣布进入战争状态、部队受领作战任务或者遭敌突然袭击时”移至现第六十七条，并作较大修改" in notes, notes
    texts = [h.text for h in ranked_headlines(martyrs, "zh")]
    assert not [t for t in texts if t.startswith("第四十条") and "整条删除" in t], texts
    assert [m for m in pair_messages(new_pair(martyrs, "第六十七条")) if m.endswith("由原第四十条移入，并作较大修改")]
