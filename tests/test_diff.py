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


# Character diffs come from rapidfuzz's compiled Indel opcodes (issue 18): pinned on the
# real texts where the compiled diff reads better than the Python Myers bisection did.

from conftest import LAWS  # noqa: E402


def _law_pair(law, old, new, old_words):
    comparison = compare(LAWS / law / old, LAWS / law / new)
    return next(p for p in comparison.pairs if p.old and old_words in p.old_text)


def test_no_python_bisection_on_a_rewritten_article(monkeypatch):
    from diff_match_patch import diff_match_patch

    def refuse(*_args):
        raise AssertionError("diff-match-patch's pure-Python bisection was used")

    monkeypatch.setattr(diff_match_patch, "diff_bisect", refuse)
    old = "有关人民政府及其部门作出的应对突发事件的决定、命令，应当及时公布。" * 3
    new = "国家建立健全突发事件信息发布制度。有关人民政府和部门应当及时向社会公布突发事件相关信息。" * 3
    edits = char_diff(old, new)
    assert "".join(t for op, t in edits if op is not Op.INSERT) == old
    assert "".join(t for op, t in edits if op is not Op.DELETE) == new


def test_inserted_words_around_a_kept_phrase():
    # 体育法 2016 第八条 → 2022 第十三条: 在体育事业中做出贡献 → 在体育事业发展中做出突出贡献
    pair = _law_pair("体育法", "2016-11-07.md", "2022-06-24.md", "在体育事业中做出贡献")
    edits = runs(pair.diff)
    assert ("+", "发展") in edits and ("+", "突出") in edits
    assert any(op == "=" and "中做出" in text for op, text in edits)


def test_an_added_word_and_a_dropped_clause_are_two_edits():
    # 突发事件应对法 2007 第五十九条 → 2024 第八十七条: 进行评估 → 进行调查评估, and the clause
    # 组织受影响地区尽快恢复生产、生活、工作和社会秩序 dropped, each shown on its own.
    pair = _law_pair("突发事件应对法", "2007-08-30.md", "2024-06-28.md", "组织受影响地区尽快恢复生产")
    edits = runs(pair.diff)
    assert ("+", "调查") in edits
    assert any(op == "-" and text.startswith("组织受影响地区尽快恢复生产") for op, text in edits)


def test_a_script_from_diff_main_is_merged_already():
    """_char_diffs does not merge again what diff-match-patch's diff_main gave (it ends with its
    own diff_cleanupMerge): merged again, the script of every changed pair of 公司法 2018 → 2023
    (characters and the sentence-level runs) is the same."""
    from policydiff import align, pipeline
    from policydiff.diff import _char_diffs, _dmp, _merged, _opcodes, _sentences

    from conftest import LAWS

    old = pipeline.load(LAWS / "公司法" / "2018-10-26.md")
    new = pipeline.load(LAWS / "公司法" / "2023-12-29.md", "n")
    texts = [(p.old_text, p.new_text) for p in align.align(old, new) if p.old and p.new and p.old_text != p.new_text]
    texts += [(x, y) for a, b in texts for x, y in zip(_sentences(a), _sentences(b)) if x != y]
    assert len(texts) > 500
    for a, b in texts:
        assert _merged(a, b)
        script = [(op, b[b0:b1] if op > 0 else a[a0:a1]) for op, a0, a1, b0, b1 in _opcodes(a, b)]
        again = list(script)
        _dmp.diff_cleanupMerge(again)
        assert again == script
        assert "".join(t for op, t in _char_diffs(a, b) if op <= 0) == a


def _edited(rng, text, pieces, edits):
    chars = list(text)
    for _ in range(edits):
        i, r = rng.randrange(len(chars) + 1), rng.random()
        if r < 0.4:
            chars[i:i] = list(rng.choice(pieces))
        elif r < 0.7:
            del chars[i:i + rng.randrange(1, 30)]
        else:
            chars[i:i + 1] = list(rng.choice(pieces))
    return "".join(chars)


def test_the_sentences_two_long_texts_begin_and_end_with_are_set_aside_with_the_same_script(monkeypatch):
    """A long pair's whole sentences at both ends are not split and numbered (_common_ends): the
    edits are those of numbering them all, on statute text with random edits and on texts of a few
    repeated sentences (where the ends rapidfuzz sets aside reach past the whole sentences both
    begin with). MYERS_LENGTH is made small so that short texts take the long texts' path."""
    import random

    from policydiff import diff
    from conftest import CORPUS, HAVE_CORPUS

    ends = diff._common_ends
    monkeypatch.setattr(diff, "MYERS_LENGTH", 10)
    seed = 20261201
    rng = random.Random(seed)
    laws = sorted((CORPUS / "laws").rglob("*.md")) if HAVE_CORPUS else []
    texts = [p.read_text(encoding="utf-8") for p in laws[:12]]
    cases = []
    for _ in range(300 if texts else 0):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        a = text[start:start + rng.randrange(200, 4000)]
        cases.append((a, _edited(rng, a, ["。", "；", "\n", "不超过", "第十条", "应当"], rng.randrange(1, 6))))
    pieces = ["甲。", "乙。", "甲乙。", "\n", "丙；", "丁", "！", "？"]
    for _ in range(3000):
        a = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 30)))
        b = _edited(rng, a, pieces, rng.randrange(0, 4)) if a else rng.choice(pieces)
        cases.append((a, rng.choice(pieces) + b if rng.random() < 0.3 else b))
    set_aside = 0
    for a, b in cases:
        head, tail = ends(a, b)
        set_aside += bool(head or tail)
        assert a[:head] == b[:head] and a[len(a) - tail:] == b[len(b) - tail:]
        trimmed = diff._sentence_diffs(a, b)
        monkeypatch.setattr(diff, "_common_ends", lambda a, b: (0, 0))
        assert trimmed == diff._sentence_diffs(a, b), (seed, a, b)
        monkeypatch.setattr(diff, "_common_ends", ends)
    assert set_aside > len(cases) // 2
