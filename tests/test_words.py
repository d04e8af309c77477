"""words.cut and the word boundaries widen uses: jieba's own words, cut one run at a time."""
from pathlib import Path

import pytest

from policydiff.findings.words import _left_cut, _right_cut, _tokenizer, cut

LAWS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "laws"
TEXTS = [
    (LAWS / "公司法" / "2023-12-29.md").read_text(encoding="utf-8")[:6000],
    "第一条 为了规范公司的组织和行为，保护公司、股东、职工和债权人的合法权益，\r\n"
    "处5,000元以上5万元以下的罚款；GB/T 1234-2020 与 ISO9001  标准 。\n（一）股东大会\t股东会",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("hmm", [True, False])
def test_cut_is_jiebas_cut_of_the_whole_text(text, hmm):
    assert cut(text, hmm) == list(_tokenizer().cut(text, HMM=hmm))


@pytest.mark.parametrize("text", TEXTS)
def test_nearest_boundaries_are_those_of_the_whole_text(text):
    bounds, at = {0, len(text)}, 0
    for word in _tokenizer().cut(text, HMM=True):
        at += len(word)
        bounds.add(at)
    for k in range(len(text) + 1):
        assert _left_cut(text, k) == max(b for b in bounds if b <= k), k
        assert _right_cut(text, k) == min(b for b in bounds if b >= k), k
