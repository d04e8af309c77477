"""Web pages read right: the policy's title and text, none of the page's furniture.

The pages are the seed page of tests/formats.py and the 21 hand-built
government and WeChat layouts in tests/fixtures/html (made by make.py there
from real statutes; not fetched: these machines have no internet).
"""
import json
from pathlib import Path

import pytest

from conftest import CORPUS, FINAL_WEB
from policydiff import ingest
from policydiff.ingest.html import is_furniture_line
from policydiff.normalize import canonical, loose_key

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
FURNITURE = EXPECTED["furniture"]


def key(text: str) -> str:
    return loose_key(canonical(text))


def check(text: str, title: str, first: str, last: str) -> None:
    lines = text.splitlines()
    assert key(title) in key("".join(lines[:3])), lines[:3]
    assert key(first) in key(text) and key(last) in key(text)
    leaked = [f for f in FURNITURE if f in text]
    assert not leaked, [line for line in lines if any(f in line for f in leaked)]


@pytest.mark.parametrize("name", sorted(EXPECTED["pages"]))
def test_each_government_layout_reads_title_and_text_without_furniture(name):
    want = EXPECTED["pages"][name]
    check(ingest.read(str(FIXTURES / name)).text, want["title"], want["first"], want["last"])


def test_the_seed_page_reads_title_and_text_without_furniture(tmp_path):
    from formats import paragraphs_of, write_html

    title, paragraphs = paragraphs_of(FINAL_WEB)
    page = write_html(title, paragraphs, tmp_path / "final.html")
    text = ingest.read(str(page)).text
    check(text, title, paragraphs[0], paragraphs[-1])
    assert text.splitlines()[0] == title  # from the page's <h1>, not <title>'s "…_北京市石景山区人民政府"


def test_a_repost_title_is_the_policy_inside_the_quotes():
    text = ingest.read(str(FIXTURES / "09-wechat-repost.html")).text
    assert "关注！" not in text and "往期推荐" not in text and "石景山区召开工业互联网大会" not in text


def test_a_site_name_chain_is_cut_from_a_head_title():
    text = ingest.read(str(FIXTURES / "16-title-only-in-head.html")).text
    assert text.splitlines()[0] == "上海市优化营商环境条例"


@pytest.mark.parametrize("line", [
    "发布时间：2022-11-30 16:32\u3000来源：区经济和信息化局\u3000字号：大 中 小\u3000打印本页",
    "发布日期：2023-09-01 浏览次数：451", "【打印本页】 【关闭窗口】", "[ 打印 ] [ 关闭 ]",
    "来源： 中国人大网　　浏览字号： 大 中 小　　2023年03月14日 08:58:17", "分享到：微信 微博",
    "编辑：张三\u3000审核：李四", "点击上方蓝字关注我们", "上一篇：关于某事项的公告",
])
def test_furniture_lines(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", [
    "关闭。", "第十条 打印、复制和分享涉密文件的，应当经批准。", "2022年11月30日",
    "北京市石景山区人民政府", "（三）来源于财政资金的补助，按照有关规定办理。",
])
def test_text_that_mentions_the_same_words_is_not_furniture(line):
    assert not is_furniture_line(line)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_no_line_of_the_statutes_is_taken_for_furniture():
    lines = [line.strip() for path in (CORPUS / "laws").glob("*/*.md") for line in
             path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 8000
    assert [line for line in lines if is_furniture_line(line)] == []
