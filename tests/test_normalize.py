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
