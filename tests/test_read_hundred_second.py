"""What the hundred-and-second reading (2026-12-03: groups A, C, D, G, seeds 102101, 102103, 102104 and 102107, on
e0897d1's JSON) and the earlier readings' open items found wrong, useless or less than clear, fixed after them, pinned on
the real text."""

from conftest import law_fixture as _law
from conftest import old_pair as _old
from conftest import pair_messages as _messages

company = _law("公司法", "2018-10-26", "2023-12-29")
statistics = _law("统计法", "2009-06-27", "2024-09-13")
emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")


def test_words_put_in_for_words_taken_out_of_a_kept_sentence_are_no_addition(company):
    """公司法 第一百八十三条 → 第二百三十二条: "应当在…十五日内成立清算组，开始清算" (its words kept, in order, in two new
    sentences) became "…十五日内组成清算组进行清算"; the old side of the edit was hidden in the kept sentence, so "新增“进行清算”"
    said words put in that replace "开始清算" (wrong in the ninety-ninth reading). The duty put in is still said."""
    notes = _messages(_old(company, "第一百八十三条"))
    assert "表述修改：新增“董事为公司清算义务人”" in notes, notes
    assert not [n for n in notes if "新增“进行清算”" in n], notes


def test_words_put_in_that_the_provision_said_before_are_quoted_in_their_clause(company, statistics, emergencies):
    """"新增“责令关闭”" (公司法 第一百四十六条 → 第一百七十八条, useless in the hundred-and-second reading: 责令关闭 stood in item
    (四) before; what is new is that the three years also run from the closure order) and "新增“单位”" (统计法 第三十七条、
    第四十一条, wrong in the ninety-ninth reading: 单位 is all over the old article) quote the clause they were put in."""
    bar = _messages(_old(company, "第一百四十六条"))
    assert "表述修改：“自该公司、企业被吊销营业执照之日起未逾三年”改为“自该公司、企业被吊销营业执照、责令关闭之日起未逾三年”" in bar, bar
    assert "表述修改：新增“责令关闭”" not in bar, bar
    for label in ("第三十七条", "第四十一条"):
        notes = _messages(_old(statistics, label))
        assert "表述修改：“由任免机关或者监察机关依法给予处分”改为“由任免机关、单位或者监察机关依法给予处分”" in notes, notes
        assert not [n for n in notes if "新增“单位”" in n], notes
    teams = _messages(_old(emergencies, "第二十六条"))
    assert "表述修改：“人民政府有关部门可以根据实际需要设立专业应急救援队伍”改为“县级以上人民政府有关部门可以根据实际需要设立专业应急" \
           "救援队伍”" in teams, teams
