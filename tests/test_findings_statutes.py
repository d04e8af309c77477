"""Findings on full statute revisions: each test pins a mistake found by reading samples
of the notes on 公司法 2018 → 2023 and 道路运输条例 against the two texts."""
import re

import pytest

from policydiff import compare

from conftest import LAWS
from conftest import pair_messages as _messages

_QUOTED = re.compile(r"“([^”]*)”")


@pytest.fixture(scope="module")
def company_law():
    return compare(LAWS / "公司法/2018-10-26.md", LAWS / "公司法/2023-12-29.md")


@pytest.fixture(scope="module")
def road_2019_2022():
    return compare(LAWS / "道路运输条例/2019-03-02.md", LAWS / "道路运输条例/2022-03-29.md")


def _pair(result, old_label):
    return next(p for p in result.pairs if p.old and p.old[0].label == old_label)


def test_must_and_shall_are_one_force_said_once(company_law):
    # 2018 writes 必须 26 times; 2023 writes 应当 (立法技术规范). Never 义务减弱/加强 for it.
    everything = [f for p in company_law.pairs for f in p.findings]
    assert not [f for f in everything if f.kind.value == "modality_changed"
                and "必须" in f.message and "应当" in f.message]
    # (not "全文": 第二十九条 keeps "设立公司必须报经批准", the eighteenth reading)
    norm = [f.message for f in everything if f.message.startswith("规范用语：“必须”改为“应当”")]
    assert len(norm) == 1 and "义务未变" in norm[0]
    # 第十一条 → 第五条: "设立公司必须依法制定公司章程" → "应当": no other note about it there.
    assert not [m for m in _messages(_pair(company_law, "第十七条")) if "必须" in m]


def test_a_bound_is_no_prohibition(company_law):
    # 第五十一条 "其成员不得少于三人" → 第七十六条 "监事会成员为三人以上": the same rule.
    pair = _pair(company_law, "第五十一条")
    assert not [f for f in pair.findings if f.kind.value == "modality_changed"]
    assert not [m for m in _messages(pair) if "为三人以上" in m]


def test_short_duty_words_are_drafting_norm_not_new_duties(company_law):
    # 第七十八条 "须有半数以上的发起人" → 第九十二条 "应当有半数以上": same force.
    pair = _pair(company_law, "第七十八条")
    assert not [f for f in pair.findings if f.kind.value == "modality_changed"]


def test_a_duty_word_moved_within_the_sentence_is_no_new_duty(company_law):
    # 第一百零二条 "临时提案的内容应当属于…，并有明确议题" → "临时提案应当有明确议题".
    pair = _pair(company_law, "第一百零二条")
    assert not [f for f in pair.findings if f.kind.value == "modality_changed"]


def test_notes_quote_whole_words(company_law, road_2019_2022):
    # 道路运输条例 第二十三条: 交通主管部门 → 交通运输主管部门, not “交通”改为“交通运输”.
    # A rename across the document now (findings/renames.py), quoted as whole words.
    assert any(m.startswith("“交通主管部门”改为“交通运输主管部门”")
               for m in _messages(_pair(road_2019_2022, "第二十三条")))
    # 第三十六条: 申请从事 → 从事 (the station licence became a filing), not 删除“申请”; quoted in its clause, not cut at
    # its parenthesis (reading 153).
    assert "表述修改：“申请从事道路运输站（场）经营的”改为“从事道路运输站（场）经营的”" in _messages(_pair(road_2019_2022, "第三十六条"))
    # Nowhere a single character of a longer word: 删除“大” (股东大会 → 股东会).
    for result in (company_law, road_2019_2022):
        quotes = [q for p in result.pairs for f in p.findings if f.kind.value == "wording_changed"
                  for q in _QUOTED.findall(f.message)]
        assert "大" not in quotes


def test_item_renumbering_is_not_wording(company_law):
    # 第三十七条 → 第五十九条: items （三）…（十一） renumbered （二）…（九）.
    pair = _pair(company_law, "第三十七条")
    quotes = [q for f in pair.findings for q in _QUOTED.findall(f.message)]
    assert not [q for q in quotes if re.fullmatch(r"[（(]?[一二三四五六七八九十]+[）)]?", q)]


def test_sentence_moved_to_the_next_article(company_law):
    # 2018 第三条's second paragraph (股东以其认缴的出资额为限…) opens 2023 第四条.
    third, fourth = _pair(company_law, "第三条"), _pair(company_law, "第四条")
    # (the paragraph's two sentences, "；" between, said in one note since reading 781)
    both = "有限责任公司的股东以其认缴的出资额为限对公司承担责任；股份有限公司的股东以其认购的股份为限对公司承担责任"
    assert f"“{both}”移至现第四条" in _messages(third)
    assert f"“{both}”由原第三条移入" in _messages(fourth)
    assert not [m for m in _messages(third) + _messages(fourth) if "认缴的出资额为限" in m
                and m.startswith(("不再规定", "新增规定"))]


def test_a_moved_procedure_is_not_a_removed_one(company_law):
    # 2018 第六条's 报经批准 sentence went to 2023 第二十九条: no "程序“经批准”被删除" on 第六条.
    pair = _pair(company_law, "第六条")
    assert not [f for f in pair.findings if f.kind.value == "condition_removed"]
    assert any(f.kind.value == "text_moved" and "第二十九条" in f.message for f in pair.findings)


def test_publicity_system_is_no_procedure(company_law):
    # 第一百七十三条 → 第二百二十条: 公告 in 报纸 or 国家企业信用信息公示系统; 公示 here names a system.
    pair = _pair(company_law, "第一百七十三条")
    assert not [m for m in _messages(pair) if "程序“公示”" in m]


def test_a_deleted_article_says_what_it_governed(company_law):
    pair = next(p for p in company_law.pairs if p.status.value == "deleted" and p.old[0].label == "第五十八条")
    assert _messages(pair) == ["原第五十八条（关于“一个自然人只能投资设立一个一人有限责任公司”的规定）已删除或改写"]
    assert pair.findings[0].message_en.startswith("former Article 58 (it governed") and pair.findings[0].message_en.endswith("deleted or rewritten")


def test_conditions_said_as_they_are(company_law):
    # 第十五条 → 第十四条: "不得成为对所投资企业的债务承担连带责任的出资人的，从其规定" has no
    # exclusion condition "对…的"; 第二百零八条's "对…不予登记的" is an act, not an exclusion.
    assert not [f for f in _pair(company_law, "第十五条").findings if f.kind.value.startswith("condition_")]
    removed = [f.message for f in _pair(company_law, "第二百零八条").findings if f.kind.value == "condition_removed"]
    assert removed and not [m for m in removed if "排除条件" in m]
    # The five-year transition (第二百六十六条) is said: its sentence whole, ranked as the condition it adds
    # (not the fragment "超过本法规定的期限的" beside it).
    transition = [f for f in _pair(company_law, "第二百一十八条").findings if "超过本法规定的期限的" in f.message]
    assert [(f.kind.value, f.message) for f in transition] == [(
        "condition_added", "新增规定：“本法施行前已登记设立的公司，出资期限超过本法规定的期限的，除法律、行政法规或者国务院"
        "另有规定外，应当逐步调整至本法规定的期限以内”")]


def test_every_new_note_has_its_english(company_law):
    mine = {"wording_changed", "text_moved", "modality_changed", "condition_added", "condition_removed"}
    for p in company_law.pairs:
        for f in p.findings:
            if f.kind.value in mine:
                assert f.message_en != f.message and re.search(r"[a-z]{3,}", f.message_en), f.message_en


def test_drafting_norm_words_said_once(company_law):
    # 依照 → 按照 and 制定 → 制订 are the drafting norms' spelling, like 必须 → 应当 (not "全文": 依照 is still
    # written 50 times in the 2023 text, the eighteenth reading).
    messages = [f.message for p in company_law.pairs for f in p.findings]
    assert len([m for m in messages if m.startswith("规范用语：“依照”改为“按照”")]) == 1
    assert not [m for m in messages if "“依照”改为“按照”" in m and not m.startswith("规范用语：")]


def test_item_citations_renumbered_are_formatting(company_law):
    # 第一百四十二条 → 第一百六十二条: "属于第（一）项情形的" → "属于第一项情形的".
    quotes = [q for f in _pair(company_law, "第一百四十二条").findings for q in _QUOTED.findall(f.message)]
    assert not [q for q in quotes if "第（" in q]


def test_a_sanction_rewritten_in_place_is_said_once(company_law):
    # 第一百九十八条 → 第二百五十条: "情节严重的，撤销公司登记或者吊销营业执照" → "情节严重的，吊销营业执照" is the
    # sanction dropped, said by its note; not the sentence taken out, and no rewrite repeating the note
    # (it was "改写：“情节严重的，撤销公司登记或者吊销营业执照”改为“情节严重的，吊销营业执照”" beside it until the
    # twenty-second reading).
    # (the note says where the sanction went, 第三十九条, since the twenty-seventh reading)
    messages = _messages(_pair(company_law, "第一百九十八条"))
    assert "撤销公司登记不再在此规定，现见第三十九条" in messages
    assert not [m for m in messages if "情节严重的，撤销公司登记" in m]


def test_a_rule_stated_in_another_article_did_not_leave_the_law(company_law):
    # 2018 第一百四十八条's last sentence is 2023 第一百八十六条 (now covering 监事 and 第一百八十一条至第一百八十四条).
    assert any(f.kind.value == "text_moved" and "现见第一百八十六条" in f.message
               for f in _pair(company_law, "第一百四十八条").findings)
    # ... but 监事会成员中的职工代表 is no 董事会成员中的职工代表 (第七十条 is deleted, not moved to 第一百七十三条).
    deleted = next(p for p in company_law.pairs if p.status.value == "deleted" and p.old[0].label == "第七十条")
    assert not [m for m in _messages(deleted) if "第一百七十三条" in m]


def test_road_transport_2023_fines_rewritten_with_both_ranges():
    # 第六十三条 became three cases; the old sentence "没有违法所得或者违法所得不足2万元的，处3万元以上10万元以下的
    # 罚款" stays, word for word, in item (三) (dangerous goods). The lower fines of item (一) (ordinary
    # freight) are a new tier beside it, said with both ranges; not a rewrite of the sentence still there.
    result = compare(LAWS / "道路运输条例/2022-03-29.md", LAWS / "道路运输条例/2023-07-20.md")
    messages = _messages(_pair(result, "第六十三条"))
    assert "新增罚款档次：处3000元–1万元、1万–5万元（低于原有的3万–10万元，原档次仍保留）" in messages
    assert not any(m.startswith("改写：“没有违法所得或者违法所得不足2万元的，处3万元以上10万元以下的罚款”改为")
                   for m in messages)


def test_should_have_known_is_no_duty():
    # 行政复议法 第九条 → 第二十条: "自知道该具体行政行为之日起" → "自知道或者应当知道该行政行为之日起":
    # 应当知道 (should have known) is a standard of knowledge, not a duty.
    result = compare(LAWS / "行政复议法/2017-09-01.md", LAWS / "行政复议法/2023-09-01.md")
    assert not [f for f in _pair(result, "第九条").findings if f.kind.value == "modality_changed"]
    # 第二十一条 → 第四十二条: "可以停止执行" → "应当停止执行" is a stronger duty.
    assert "“可以”改为“应当”：义务加强" in _messages(_pair(result, "第二十一条"))


def test_list_joiner_and_same_meaning_are_not_wording(company_law):
    # 第八十六条 → 第一百五十四条: "（五）认股人的权利、义务" → "（四）认股人的权利和义务" and
    # "本次募股的起止期限" → "起止日期" say the same; not 新增“和义务”, not “起止期限”改为“起止日期”.
    pair = _pair(company_law, "第八十六条")
    quotes = [q for f in pair.findings if f.kind.value == "wording_changed" for q in _QUOTED.findall(f.message)]
    assert "和义务" not in quotes and "起止日期" not in quotes
    # The item that did change is said: 每股 → 面额股 or 无面额股, not a quote running from old item （三） into new
    # item （二）. (Since reading 1357 the rediff without the sentence put in before the list reads it as its two edits.)
    assert "表述修改：“每股”改为“面额股”；新增“或者无面额股的发行价格”" in _messages(pair)
    assert not [q for q in quotes if q.startswith("（三）无记名股票的发行") and q != "（三）无记名股票的发行总数"]
    # The item taken out is still said (无记名股票 no longer exist).
    assert "删除或改写：“（三）无记名股票的发行总数”" in _messages(pair)


def test_a_particle_for_a_verb_is_not_wording(company_law):
    # 第六十八条 "国有独资公司设经理，由董事会聘任或者解聘" → 第一百七十四条 "国有独资公司的经理由董事会
    # 聘任或者解聘": not “设经理”改为“的经理”; the sentence taken out is still said.
    messages = _messages(_pair(company_law, "第六十八条"))
    assert not [m for m in messages if "设经理" in m]
    assert "删除或改写：“经理依照本法第四十九条规定行使职权”" in messages


def test_a_generic_noun_put_in_is_not_wording(company_law):
    # 第六十一条 "所列决定" → 第六十条 "所列事项的决定": not 新增“事项的”; "或者盖章" (either now suffices)
    # is a change of substance and stays.
    messages = _messages(_pair(company_law, "第六十一条"))
    assert not [m for m in messages if "事项的" in m]
    assert "表述修改：新增“或者盖章”" in messages


def test_an_edit_from_one_sentence_into_the_next_is_quoted_whole(company_law):
    # 第一百零三条 "…有一表决权。但是，公司持有的…" → 第一百一十六条 "…有一表决权，类别股股东除外。公司持有的…":
    # never the garbage “但是”改为“类别股股东除外”; the sentence that changed is quoted with its new form.
    messages = _messages(_pair(company_law, "第一百零三条"))
    assert not [m for m in messages if "“但是”改为" in m]
    assert [m for m in messages if "“股东出席股东会会议，所持每一股份有一表决权，类别股股东除外" in m]


def test_words_reordered_or_meeting_said_shorter_are_not_wording(company_law):
    # 第一百一十条 "提议召开董事会临时会议" → 第一百二十三条 "提议召开临时董事会会议": the same meeting.
    assert not [f for f in _pair(company_law, "第一百一十条").findings if f.kind.value == "wording_changed"]
    # 第二十五条 "（八）股东会会议认为需要规定的其他事项" → 第四十六条 "（八）股东会认为需要…": not
    # “会议认为需要”改为“认为需要”; 第七十四条 "股东会会议通过决议" → 第八十九条 "股东会通过决议" likewise.
    for label in ("第二十五条", "第七十四条"):
        assert not [m for m in _messages(_pair(company_law, label)) if "会议认为需要" in m or "会议通过决议" in m]
    # 第一百二十四条 "出席董事会的" → 第一百三十九条 "出席董事会会议的": never “的无”改为“会议的无”;
    # the new reporting duty and "或者个人" stay.
    messages = _messages(_pair(company_law, "第一百二十四条"))
    assert not [m for m in messages if "的无" in m]
    assert "表述修改：新增“或者个人”" in messages


def test_a_sentence_kept_is_not_quoted_as_changed(company_law):
    # 第一百四十六条 "（五）个人所负数额较大的债务到期未清偿。公司违反前款规定…无效" → 第一百七十八条
    # "（五）个人因所负数额较大债务到期未清偿被人民法院列为失信被执行人。违反前款规定…无效": the item
    # changed; the next sentence only lost "公司" and is not quoted as if replaced.
    messages = _messages(_pair(company_law, "第一百四十六条"))
    assert "表述修改：“（五）个人所负数额较大的债务到期未清偿”改为“（五）个人因所负数额较大债务到期未清偿被人民法院列为失信被执行人”" \
        in messages
    assert not [m for m in messages if "该选举、委派或者聘任无效" in m]


def test_a_word_moved_within_the_phrase_is_one_edit(company_law):
    # 第一百八十二条 "持有公司全部股东表决权百分之十以上的股东" → 第二百三十一条 "持有公司百分之十以上表决权的
    # 股东": one phrase reordered, not 删除“全部股东表决权” and 新增“表决权”.
    messages = _messages(_pair(company_law, "第一百八十二条"))
    assert not [m for m in messages if "新增“表决权”" in m]
    # (the phrase whole since: one edit most of its phrase)
    assert "表述修改：“持有公司全部股东表决权百分之十以上的股东”改为“持有公司百分之十以上表决权的股东”" in messages


def test_a_bound_restated_in_the_next_sentence_is_not_deleted(company_law):
    # 第五十一条 "有限责任公司设监事会，其成员不得少于三人。…监事会应当包括股东代表…" → 第七十六条 "有限责任公司
    # 设监事会，本法…另有规定的除外。监事会成员为三人以上。监事会成员应当包括…": not 删除“…其成员不得少于三人”,
    # not “应当包括”改为“成员应当包括”; 半数以上 → 过半数 (a stricter majority) stays.
    messages = _messages(_pair(company_law, "第五十一条"))
    assert not [m for m in messages if "不得少于三人" in m or "“成员应当包括”" in m]
    assert "“半数以上”改为“过半数”：不再包含本数（半数）" in messages  # (said so since the forty-first reading)
    # 第七十一条 → 第八十四条: the consent of the other shareholders, taken out, is still said.
    assert [m for m in _messages(_pair(company_law, "第七十一条")) if "应当经其他股东过半数同意" in m]


def test_same_meaning_said_another_way_is_not_wording(company_law):
    # 第一百一十二条 "致使公司遭受严重损失" → 第一百二十五条 "给公司造成严重损失".
    assert not [m for m in _messages(_pair(company_law, "第一百一十二条")) if "致使公司遭受" in m]


def test_particles_citation_stubs_and_same_words_are_not_wording(company_law):
    # 第一百五十一条 "有权为了公司的利益" → 第一百八十九条 "有权为公司利益": particles only.
    assert not [m for m in _messages(_pair(company_law, "第一百五十一条")) if "为了公司的" in m]
    # 第五十二条 → 第七十七条: only "在任期内辞职" → "辞任" differs; said as slight, not as wording.
    findings = _pair(company_law, "第五十二条").findings
    assert [f.kind.value for f in findings] == ["formatting"] and "同义用语" in findings[0].message
    # 第八十二条 "适用本法第二十七条的规定" → 第九十八条 "适用本法第四十八条、第四十九条第二款关于…的规定":
    # never “第二十七条”改为“第”; the new rule is quoted whole, as the old one's rewrite (since the eighteenth
    # reading: it was "新增规定" beside "表述修改：“的出资方式”改为“的出资”").
    messages = _messages(_pair(company_law, "第八十二条"))
    assert not [m for m in messages if "改为“第”" in m]
    assert "改写：“发起人的出资方式，适用本法第二十七条的规定”改为“发起人的出资，适用本法第四十八条、第四十九条第二款关于" \
        "有限责任公司股东出资的规定”" in messages
    # 第一百四十二条 "依照公司章程的规定或者股东大会的授权" → "按照公司章程或者股东会的授权": not 删除“的规定”.
    assert "表述修改：删除“的规定”" not in _messages(_pair(company_law, "第一百四十二条"))
