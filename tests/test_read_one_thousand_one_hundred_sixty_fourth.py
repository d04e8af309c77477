"""What readings 1164 and on (2026-12-06, the fortieth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

espionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_a_deleted_provisions_subject_cut_short_is_not_said_beside_its_sentences_move(espionage):
    """2014 第三十三条 went, its two clauses to 2023 第六十条（四）（五）: "删除原第三十三条（关于“隐藏、转移、变卖、损毁国家安全机关依法
    查封、扣押…”的规定），部分内容现见第六十条" beside "“隐藏、转移、变卖、损毁国家安全机关依法查封、扣押、冻结的财物的”移至现第六十条，
    文字有改动" said the sentence twice (useless in reading 1171, item 27): the subject, cut short, opens the moved quote."""
    notes = pair_messages(old_pair(espionage, "第三十三条"))
    assert "原第三十三条已删除或改写，部分内容现见第六十条" in notes, notes
    assert "“隐藏、转移、变卖、损毁国家安全机关依法查封、扣押、冻结的财物的”移至现第六十条，文字有改动" in notes, notes
    assert not [n for n in notes if n.startswith("原第三十三条已删除或改写（关于")], notes


internet_cafes = _law("互联网上网服务营业场所管理条例", "2019-03-24", "2022-03-29")


def test_an_old_sentence_end_where_the_new_one_runs_on_is_the_phrase_and_the_clause_put_in(internet_cafes):
    """2019 第十一条 "应当向同级公安机关申请信息网络安全审核。" → 2022 "应当向同级公安机关承诺符合信息网络安全审核条件，并经公安机关
    确认当场签署承诺书。": "“申请信息”改为“承诺符合信息”；新增“条件，并经公安机关确认当场签署承诺书”" cut the phrase at 信息 and its
    new clause from the words that close it (useless in reading 1166, item 22)."""
    notes = pair_messages(old_pair(internet_cafes, "第十一条"))
    assert "表述修改：“申请信息网络安全审核”改为“承诺符合信息网络安全审核条件”；新增“并经公安机关确认当场签署承诺书”" in notes, notes
    assert not [n for n in notes if "“申请信息”" in n], notes
