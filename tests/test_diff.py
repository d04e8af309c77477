import pytest

from policydiff import compare
from policydiff.diff import char_diff
from policydiff.models import Op

from conftest import DRAFT, FINAL_WECHAT


def runs(edits):
    return [(op.value, text) for op, text in edits]


def test_a_replaced_phrase_is_one_edit():
    assert runs(char_diff("各类法人机构。", "各类经营者。")) == [("=", "各类"), ("-", "法人机构"), ("+", "经营者"), ("=", "。")]


def test_a_dropped_ceiling_word():
    assert runs(char_diff("按照不超过项目支持资金30%予以补助", "按照项目支持资金30%予以补助")) == [
        ("=", "按照"), ("-", "不超过"), ("=", "项目支持资金30%予以补助")]


def test_numbers_are_never_cut():
    assert runs(char_diff("最高100万元", "最高120万元")) == [("=", "最高"), ("-", "100"), ("+", "120"), ("=", "万元")]
    assert runs(char_diff("按30%给予", "按20%给予")) == [("=", "按"), ("-", "30"), ("+", "20"), ("=", "%给予")]


def test_short_equal_runs_between_edits_are_folded():
    edits = runs(char_diff("甲乙丙丁戊己", "子乙丑丁寅己"))
    assert ("=", "乙") not in edits and ("=", "丁") not in edits


@pytest.mark.parametrize("index", range(15))
def test_each_side_is_rebuilt_from_the_diff(index):
    pair = compare(DRAFT, FINAL_WECHAT).pairs[index]
    old = "".join(t for op, t in pair.diff if op is not Op.INSERT)
    new = "".join(t for op, t in pair.diff if op is not Op.DELETE)
    assert old == pair.old_text and new == pair.new_text
