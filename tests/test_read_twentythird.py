"""Errors left by the twenty-third reading (2026-12-01, seeds 23101–23105, commit 069dc6b), fixed in
the session after it, each pinned on the real text."""

from conftest import LAWS
from conftest import law_fixture as _law
from conftest import old_pair as _old
from policydiff.render.ranking import ranked_headlines

parking = _law("北京市机动车停车条例", "2021-09-24", "2024-03-29")
ocean = _law("海洋环境保护法", "2017-11-04", "2023-10-24")
patents = _law("专利法实施细则", "2010-01-09", "2023-12-11")


def _messages(pair):
    return [f.message for f in pair.findings]


def test_the_unit_put_after_a_figure_is_no_change(parking):
    """北京市机动车停车条例 第二十三条 "处五千以上一万元以下罚款" → "处五千元以上一万元以下罚款": the same fine; its
    "表述修改：“五千以上”改为“五千元以上”" was the law's third headline ("另有1条文字表述修改：第二十三条")."""
    assert not [m for m in _messages(_old(parking, "第二十三条")) if m.startswith("表述修改")]
    assert not [h.text for h in ranked_headlines(parking) if "第二十三条" in h.text]


def test_a_sentence_a_period_note_quotes_whole_is_said_by_it(ocean):
    """海洋环境保护法 第八十五条 → 第一百零七条: "新增规定：“三年内不得再次申请倾倒许可证”" beside "新增期限：三年（三年内
    不得再次申请倾倒许可证）" said it twice."""
    notes = _messages(_old(ocean, "第八十五条"))
    assert "新增期限：三年（三年内不得再次申请倾倒许可证）" in notes
    assert "新增规定：“三年内不得再次申请倾倒许可证”" not in notes


def test_a_rewrite_whose_quotes_would_read_the_same_quotes_what_changed(patents):
    """专利法实施细则 第五十七条 → 第六十三条: the new sentence adds "但申请人在办理专利权登记手续时请求作出专利权评价报告的，
    …自公告授予专利权之日起2个月内…"; its quote was the shared opening and "……", the same as the old one."""
    notes = [m for m in _messages(_old(patents, "第五十七条")) if m.startswith("改写：“国务院专利行政部门应当自收到")]
    assert notes and all("但申请人在办理专利权登记手续时请求作出专利权评价报告的" in m for m in notes)
