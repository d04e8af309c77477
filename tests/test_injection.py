"""Injected markup in a policy's title and text never executes or breaks its container,
in any output: the HTML report, the Markdown digest, the JSON, the Word 对照表, and the
subscriber digest (its e-mail page parsed as HTML, its Atom feed as XML)."""
from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from policydiff.cli import cli

EVIL_TITLE = "关于<script>alert('t')</script>]]></textarea>支持\u202egnp.exe企业的办法"
EVIL = [
    "第一条 为支持企业<script>alert(1)</script>发展，制定本办法。",
    "第二条 详见[点我](javascript:alert(2))及<a href=\"javascript:alert(3)\">链接</a>。",
    "第三条 奖励</textarea><img src=x onerror=alert(4)>最高100万元]]><![CDATA[。",
    "第四条 本办法自发布之日起施行\u202e。",
]
MARKERS = ("alert(1)", "alert(2)", "alert(3)", "onerror=alert(4)")


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evil")
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text("\n".join([EVIL_TITLE, *EVIL]) + "\n", encoding="utf-8")
    changed = [line.replace("最高100万元", "最高200万元").replace("制定本办法", "特制定本办法") for line in EVIL]
    new.write_text("\n".join([EVIL_TITLE, *changed]) + "\n", encoding="utf-8")
    return old, new


def report(versions, tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = CliRunner().invoke(cli, ["compare", str(versions[0]), str(versions[1]), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 1, result.output
    return out


def assert_inert_html(page: str, report_scripts: int) -> None:
    soup = BeautifulSoup(page, "html.parser")
    scripts = soup.find_all("script")
    assert len(scripts) <= report_scripts and not any("alert" in s.get_text() for s in scripts)
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            assert not name.lower().startswith("on"), (tag.name, name)
            text = " ".join(value) if isinstance(value, list) else str(value)
            assert not text.strip().lower().startswith("javascript:"), (tag.name, name, text)
    assert not soup.find_all("img") and not soup.find_all("textarea", string=lambda s: s and "alert" in s)
    shown = soup.get_text()
    for marker in MARKERS:  # the document's text is shown, literally
        assert marker in shown, marker
    assert "\u202e" not in page and "⟦U+202E⟧" in shown


def test_html_report(versions, tmp_path):
    page = report(versions, tmp_path, "html").read_text(encoding="utf-8")
    assert_inert_html(page, report_scripts=1)
    csp = BeautifulSoup(page, "html.parser").find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert "default-src 'none'" in csp["content"]


def test_markdown_digest_renders_no_link_or_html(versions, tmp_path):
    from markdown_it import MarkdownIt

    text = report(versions, tmp_path, "md").read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").render(text)
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all(["script", "img", "textarea"])
    assert not [a for a in soup.find_all("a") if "javascript" in a.get("href", "").lower()]
    assert "\u202e" not in text


def test_json_keeps_the_text_as_data(versions, tmp_path):
    data = json.loads(report(versions, tmp_path, "json").read_text(encoding="utf-8"))
    texts = [c["text"] for c in data["old"]["clauses"]]
    assert any("<script>alert(1)</script>" in t for t in texts)
    assert "\u202e" not in json.dumps(data, ensure_ascii=False)


def test_word_table_holds_the_text_as_text(versions, tmp_path):
    import docx

    document = docx.Document(str(report(versions, tmp_path, "docx")))
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "<script>alert(1)</script>" in cells and "\u202e" not in cells


def test_digest_page_and_feed(versions, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    toml = tmp_path / "sources.toml"
    toml.write_text('[[policy]]\nname = "注入测试<script>alert(5)</script>"\nsource = "site/policy.txt"\n',
                    encoding="utf-8")
    store, out = tmp_path / "store.sqlite3", tmp_path / "digest"
    runner = CliRunner()
    shutil.copy(versions[0], site / "policy.txt")
    assert runner.invoke(cli, ["watch", str(toml), "--store", str(store)]).exit_code == 0
    runner.invoke(cli, ["digest", "--store", str(store), "-o", str(out)])
    shutil.copy(versions[1], site / "policy.txt")
    assert runner.invoke(cli, ["watch", str(toml), "--store", str(store)]).exit_code == 0
    result = runner.invoke(cli, ["digest", "--store", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    [page] = out.glob("digest-*.html")
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    assert not [s for s in soup.find_all("script") if "alert" in s.get_text()]
    assert not [t for t in soup.find_all(True) if any(a.lower().startswith("on") for a in t.attrs)]
    assert "alert(5)" in soup.get_text()
    feed = ET.parse(out / "feed.atom").getroot()  # well-formed XML despite ]]> in the text
    content = "".join(feed.itertext())
    assert "alert(5)" in content and "\u202e" not in content
