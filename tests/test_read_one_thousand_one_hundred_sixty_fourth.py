"""What readings 1164 and on (2026-12-06, the fortieth session) found wrong or useless, fixed, pinned on the real
text (tests/fixtures/laws)."""

from conftest import held_out_fixture as _law
from conftest import old_pair, pair_messages

espionage = _law("反间谍法", "2014-11-01", "2023-04-26")


def test_a_deleted_provisions_subject_cut_short_is_not_said_beside_its_sentences_move(espionage):
    """2014 第三十三条 went, its two clauses to 2023 第六十条（四）（五）: "删除原第三十三条（关于“隐藏、转移、变卖、损毁国家安全机关依法
    查封、扣押…”的规定），部分内容现见第六十条" beside "“隐藏、转移、变卖、损毁国家安全机关依法查封、扣押、冻结的财物的”移至现第六十条，
    文字有改动" said the sentence twice (useless in reading 1171, item 27): the subject, cut short, opens the moved quote.
    (Named since reading 1457 by the consequence left of the sentence whose cases moved.)"""
    notes = pair_messages(old_pair(espionage, "第三十三条"))
    assert "原第三十三条（关于“由国家安全机关追回”的规定）已删除或改写，部分内容现见第六十条" in notes, notes
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


minerals = _law("矿产资源法", "2009-08-27", "2024-11-08")


def test_a_chapter_taken_out_of_a_rewritten_law_counts_no_provision_deleted(minerals):
    """2009's 第二章 "矿产资源勘查的登记和开采的审批" is no chapter of 2024, but several of its rules are restated there
    (第十四条 → 第三十一条, 第十八、十九条 → 第三十五条, 第二十一条 → 第四十一条): "删除第二章…（…共11条，其中删除条文10条）" was
    wrong in readings 1167, 1201 and 1206. Said as what the tool knows, in both languages."""
    from policydiff.render.headlines import ranked_headlines

    texts = [h.text for h in ranked_headlines(minerals)]
    assert "第二章“矿产资源勘查的登记和开采的审批”已删除或改写（原第十二条至第二十二条，共11条）" in texts, texts[:8]
    assert not [t for t in texts if "其中删除条文" in t], texts
    english = [h.text for h in ranked_headlines(minerals, "en")]
    assert "Chapter 2 “矿产资源勘查的登记和开采的审批” deleted or rewritten (Articles 12–22, 11 articles)" in english, english[:8]


def test_a_provision_without_a_counterpart_in_a_rewritten_law_is_said_deleted_or_rewritten(minerals):
    """矿产资源法 2009 第四十条 (mining beyond the approved area) has no counterpart the tool finds; 2024 第六十四条 punishes it
    in other words (reading 1184). In a revision that rewrites much the note says what the tool knows."""
    notes = pair_messages(old_pair(minerals, "第四十条"))
    assert [n for n in notes if n.startswith("原第四十条（关于") and n.endswith("已删除或改写")], notes
    assert not [n for n in notes if n.startswith("删除原")], notes


def test_a_light_revision_keeps_deleted():
    """The Shijingshan draft → final: one provision of fifteen deleted, none put in, 第七条 gone: said "删除", and its headline
    "整条删除" (the light revision findings/unkept.py leaves as it was)."""
    from conftest import DRAFT, FINAL_WEB
    from policydiff import compare
    from policydiff.render.headlines import ranked_headlines

    result = compare(DRAFT, FINAL_WEB)
    notes = pair_messages(old_pair(result, "第七条"))
    assert [n for n in notes if n.startswith("删除原第七条（关于")], notes
    assert not [n for n in notes if "已删除或改写" in n], notes
    assert ranked_headlines(result)[0].text.startswith("第七条（支持工业互联网应用场景建设）整条删除")
