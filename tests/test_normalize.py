from policydiff.ingest import read
from policydiff.normalize import canonical, normalize, wrap_width

from conftest import FINAL_WEB, FINAL_WECHAT


def paragraphs(path):
    return normalize(read(path)).paragraphs


def test_wechat_page_furniture_is_gone():
    text = "\n".join(paragraphs(FINAL_WECHAT))
    for furniture in ("阅读原文", "https://", "javascript", "小程序", "Ai石景山", ".pdf", ".doc", "来源："):
        assert furniture not in text
    assert text.endswith("自印发之日起施行。")


def test_wechat_hard_wraps_are_joined():
    paras = paragraphs(FINAL_WECHAT)
    assert wrap_width(read(FINAL_WECHAT).text.split("\n")) > 0
    first = next(p for p in paras if p.startswith("为提升"))
    assert first.endswith("结合区域实际，特制定本办法。")
    assert "（京经信发〔2022〕162号）" in first


def test_width_and_chinese_punctuation_are_canonical():
    assert canonical("按照项目支持资金30％予以补助") == "按照项目支持资金30%予以补助"
    assert canonical("(一)有以下情况之一者不予支持:") == "（一）有以下情况之一者不予支持："
    assert canonical("GB／T36073—2018") == "GB/T36073—2018"
    assert canonical("以 G60 科创走廊为中心轴") == "以G60科创走廊为中心轴"


def test_listing_site_prefix_is_dropped():
    assert all("[地址" not in p and "面议" not in p for p in paragraphs(FINAL_WEB))


def test_text_that_is_not_wrapped_is_left_alone(corpus):
    law = corpus / "laws" / "道路运输条例" / "2019-03-02.md"
    assert wrap_width(read(law).text.split("\n")) == 0


def test_line_widths_found_in_one_pass_are_each_lines_display_width():
    """normalize._widths (the wide characters of all lines taken out at once, for wrap_width on a
    49 MB text) gives display_width line by line, on every corpus file and on random lines."""
    import random

    from policydiff import normalize as N
    from policydiff.ingest import read

    from conftest import CORPUS

    files = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md", ".html"))
    assert len(files) >= 40
    for path in files:
        lines = [l for l in read(str(path)).text.split("\n") if l.strip()]
        assert N._widths(lines) == [N.display_width(l) if len(l) < 300 else 2 * len(l) for l in lines], path
    rng = random.Random(19)
    for _ in range(2000):
        lines = ["".join(rng.choice("ab 中文，、１𠀀\t가") for _ in range(rng.randint(1, 20))) for _ in range(rng.randint(0, 8))]
        lines = [l for l in lines if l.strip()]
        assert N._widths(lines) == [N.display_width(l) for l in lines], lines


def test_controls_shown_over_the_joined_lines_are_those_shown_line_by_line():
    """show_controls runs visible.show once over the joined lines: the same lines as one by one."""
    import random

    from policydiff.normalize import show_controls
    from policydiff.visible import show

    rng = random.Random(19)
    for _ in range(2000):
        lines = ["".join(rng.choice("a中\x1b\x07\x00\x85\u202e\x7f\t ") for _ in range(rng.randint(0, 12)))
                 for _ in range(rng.randint(0, 6))]
        assert show_controls(lines) == [show(l) for l in lines], lines
    assert show_controls(["a\nb\x1b", "c"]) == ["a\nb␛", "c"]  # a line holding a break: one by one


def _wrap_width_line_by_line(lines):
    """wrap_width as it reads line by line (the widths one by one, not counted by numpy)."""
    from policydiff import normalize as N

    return N.wrap_width_of(N._widths([l for l in lines if l.strip()]))


def test_wrap_width_and_folding_in_bulk_are_the_line_by_line_answers(monkeypatch):
    """A long text's wrap width (counted by numpy), its folded widths and its loose key (the
    characters kept found by numpy) are what the line-by-line count and the patterns give: on every corpus file taken as long, and on random
    texts of tied widths, blank lines, lines of 300 characters or more, a line holding a line
    break, foldable runs and a lone surrogate."""
    import random

    from policydiff import normalize as N

    from conftest import CORPUS

    monkeypatch.setattr(N, "WIDTHS_IN_BULK", 6)
    monkeypatch.setattr(N, "FOLD_IN_BULK", 0)
    monkeypatch.setattr(N, "_numpy_loaded", lambda: True)
    plain_fold = lambda text: N._FOLDABLE.sub(lambda m: m.group().translate(N._WIDTH_TABLE), text)  # noqa: E731
    texts = [read(str(p)).text for p in sorted(CORPUS.rglob("*")) if p.suffix in (".txt", ".md", ".html")]
    wrapped = [t for t in texts if _wrap_width_line_by_line(t.split("\n"))]
    assert wrapped and len(texts) >= 40  # (hard-wrapped pages among them)
    rng = random.Random(23)
    foldable = [chr(c) for c in sorted(N._WIDTH_TABLE)]
    for _ in range(3000):
        lines = ["".join(rng.choice("中文ab ") for _ in range(rng.choice((0, 3, 24, 26, 27, 30, 301))))
                 for _ in range(rng.randint(0, 14))]
        if rng.random() < 0.1:
            lines.append("中\n文" * 15)
        texts.append("\n".join(lines))
        texts.append("".join(rng.choice(foldable + list("中a \n\U00020000")) for _ in range(rng.randint(0, 20))))
    texts.append("ａ\ud800ｂ_")
    for text in texts:
        lines = text.split("\n")
        assert N.wrap_width(lines) == _wrap_width_line_by_line(lines), text[:60]
        assert N._fold_width_text(text) == plain_fold(text), text[:60]
        assert N.loose_key(text) == N._NON_TEXT.sub("", text), text[:60]
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)  # (each character once)
    assert N.loose_key(every) == N._NON_TEXT.sub("", every) != every
