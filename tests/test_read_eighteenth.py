"""Errors left by the seventeenth reading (2026-12-01, seeds 17101–17104), fixed in the session after
it, each pinned on the real text.

Moves: a provision whose rule went into another article, restated in fewer or more words, is said
moved on both pairs ("移至现第X条，文字有改动" there, "由原第Y条移入" here), not deleted there and new here;
a deleted article whose every sentence moved is "并入第X条", not "整条删除"."""
import pytest

from conftest import LAWS
from policydiff import compare
from policydiff.render.ranking import ranked_headlines


def _law(law, old, new):
    """A module fixture: the comparison of two versions of a law of the corpus."""
    return pytest.fixture(scope="module")(lambda: compare(LAWS / law / f"{old}.md", LAWS / law / f"{new}.md"))


emergencies = _law("突发事件应对法", "2007-08-30", "2024-06-28")
review = _law("行政复议法", "2017-09-01", "2023-09-01")
company = _law("公司法", "2018-10-26", "2023-12-29")
shanghai = _law("上海市优化营商环境条例", "2020-04-10", "2024-09-27")


def _old(result, label):
    return next(p for p in result.pairs if p.old and p.old[0].label == label)


def _new(result, label):
    return next(p for p in result.pairs if p.new and p.new[0].label == label)


def _messages(pair):
    return [f.message for f in pair.findings]


def test_a_ban_restated_shorter_in_another_article_moved(emergencies):
    """突发事件应对法 第五十四条 "任何单位和个人不得编造、传播有关突发事件事态发展或者应急处置工作的虚假信息" is
    第七条's second paragraph "任何单位和个人不得编造、故意传播有关突发事件的虚假信息": it was "整条删除" (the sixth
    headline) and "新增规定" in 第七条, as if the ban had gone and come back."""
    gone = _messages(_old(emergencies, "第五十四条"))
    assert "“任何单位和个人不得编造、传播有关突发事件事态发展或者应急处置工作的虚假信息”移至现第七条，文字有改动" in gone
    here = _messages(_new(emergencies, "第七条"))
    assert "“任何单位和个人不得编造、故意传播有关突发事件的虚假信息”由原第五十四条移入，文字有改动" in here
    assert not [m for m in here if m.startswith("新增规定：“任何单位和个人")]
    lines = [h.text for h in ranked_headlines(emergencies)]
    assert any(t.startswith("第五十四条（") and t.endswith("并入第七条，文字有改动") for t in lines)
    assert not [t for t in lines if t.startswith("第五十四条（") and "整条删除" in t]


def test_a_penalty_clause_moved_is_said_on_both_pairs(emergencies):
    """Old 第六十五条's "构成违反治安管理行为的，由公安机关依法给予处罚" is new 第一百零二条's "违反本法规定，构成违反
    治安管理行为的，依法给予治安管理处罚": 第一百零二条 said it "新增规定"."""
    assert "“违反本法规定，构成违反治安管理行为的，依法给予治安管理处罚”由原第六十五条移入，文字有改动" \
        in _messages(_new(emergencies, "第一百零二条"))


def test_an_item_is_not_moved_to_its_opposite(review):
    """行政复议法 第二十八条 (一) "…程序合法，内容适当的，决定维持" is 第六十八条's rule (in its own pair); 第六十三条 (一)
    "…程序合法，但是内容不适当" (变更) shares its words but says the opposite: not where it went. Its (二) did go to
    第六十六条, reworded, and both pairs say so."""
    old = _messages(_old(review, "第二十八条"))
    assert not [m for m in old if "现第六十三条" in m]
    assert "“（二）被申请人不履行法定职责的，决定其在一定期限内履行”移至现第六十六条，文字有改动" in old
    assert not [m for m in _messages(_new(review, "第六十三条")) if "由原第二十八条移入" in m]


def test_a_special_rule_folded_into_the_general_one(company):
    """公司法 第六十二条 (一人有限责任公司…编制财务会计报告，并经会计师事务所审计) is 第二百零八条's rule for every
    company: "并入第二百零八条，文字有改动", not "整条删除，部分内容现见…"."""
    lines = [h.text for h in ranked_headlines(company)]
    assert any(t.startswith("第六十二条（") and t.endswith("并入第二百零八条，文字有改动") for t in lines)


def test_a_system_moved_with_a_word_put_in(shanghai):
    """上海 第三十五条's "本市推行工程质量潜在缺陷保险制度" is 第三十九条's "本市推行住宅工程质量潜在缺陷保险制度"."""
    assert [m for m in _messages(_old(shanghai, "第三十五条")) if m.endswith("移至现第三十九条，文字有改动")]

