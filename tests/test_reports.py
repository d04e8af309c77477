"""The Word 对照表 and the Markdown digest, checked against the Shijingshan pair as read by hand."""
import os
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from policydiff import compare, compare_documents
from policydiff.cli import cli
from policydiff.ingest import RawText
from policydiff.normalize import normalize
from policydiff.render import render
from policydiff.structure import parse

from conftest import DRAFT, FINAL_WEB, FINAL_WECHAT

CEILING_ARTICLES = ["第三条", "第四条", "第五条", "第八条（现第七条）", "第十条（现第九条）"]


@pytest.fixture(scope="module")
def shijingshan():
    return compare(DRAFT, FINAL_WEB)


@pytest.fixture(scope="module")
def docx_file(shijingshan, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "对照表.docx"
    path.write_bytes(render(shijingshan, "docx"))
    return path


def test_docx_is_a_comparison_table(docx_file, shijingshan):
    import docx

    document = docx.Document(str(docx_file))
    assert "修改前后对照表" in document.paragraphs[0].text
    assert "石景山区推动工业互联网产业高质量发展支持办法" in document.paragraphs[0].text
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["原条文", "修改后条文", "修改说明"]
    assert len(table.rows) == 1 + len(shijingshan.pairs)
    struck = [r for row in table.rows for p in row.cells[0].paragraphs for r in p.runs if r.font.strike]
    assert any(r.text == "不超过" for r in struck)
    underlined = [r for row in table.rows for p in row.cells[1].paragraphs for r in p.runs if r.font.underline]
    assert any("京经信发〔2022〕162号" in r.text for r in underlined)
    deleted = next(row for row in table.rows if row.cells[0].text.startswith("第七条"))
    assert deleted.cells[1].text == "（删除）" and deleted.cells[2].text.startswith("删除")
    ceiling = next(row for row in table.rows if row.cells[0].text.startswith("第三条"))
    assert "上限表述“不超过”被删除" in ceiling.cells[2].text


def test_docx_unchanged_clause_is_one_row_marked_unchanged(tmp_path):
    result = compare(DRAFT, FINAL_WECHAT)  # the WeChat final keeps 第六条 word for word
    path = tmp_path / "t.docx"
    path.write_bytes(render(result, "docx"))
    import docx

    rows = docx.Document(str(path)).tables[0].rows
    sixth = next(row for row in rows if row.cells[0].text.startswith("第六条"))
    assert sixth.cells[1].text == "（未修改）"


LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.skipif(not LIBREOFFICE and not os.environ.get("CI"), reason="no LibreOffice (.ci/run installs it)")
def test_docx_opens_in_libreoffice(docx_file, tmp_path):
    assert LIBREOFFICE, "LibreOffice is missing: .ci/run should have installed it"
    subprocess.run([LIBREOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_file)],
                   check=True, timeout=180, capture_output=True)
    pdf = tmp_path / "对照表.pdf"
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    import pdfplumber

    with pdfplumber.open(str(pdf)) as document:
        text = "".join(page.extract_text() or "" for page in document.pages)
    assert "修改前后对照表" in text and "原条文" in text


def test_markdown_digest_names_what_changed(shijingshan):
    digest = render(shijingshan, "md")
    lines = digest.splitlines()
    assert len(lines) < 40
    assert lines[0].startswith("# 石景山区推动工业互联网产业高质量发展支持办法（试行）")
    points = [l for l in lines if re.match(r"\d+\. ", l)]
    assert points[0] == "1. 第七条（支持工业互联网应用场景建设）整条删除，含最高500万元、200万元两项支持"
    assert any("第十四条拆分为第十三条、第十四条" in l for l in points)
    ceiling = [l for l in points if "“不超过”被删除" in l]
    assert len(ceiling) == 1 and ceiling[0].startswith("2. ")
    named = set(ceiling[0][3:].split("：")[0].split("、"))
    assert named == set(CEILING_ARTICLES)
    assert "## 修改要点" in lines


def test_markdown_full_adds_every_changed_clause(shijingshan):
    full = render(shijingshan, "md", full=True)
    changed = [p for p in shijingshan.pairs if p.is_substantive]
    assert full.count("\n### ") == len(changed)
    assert "~~不超过~~" in full


def test_markdown_is_silent_when_nothing_of_substance_changed():
    digest = render(compare(FINAL_WECHAT, FINAL_WEB), "md")
    assert "无实质修改" in digest and len(digest.splitlines()) <= 6 and "## " not in digest


def test_markdown_escapes_document_text():
    old = parse(normalize(RawText("a.txt", "第一条 甲不超过5万元。")), "o")
    new = parse(normalize(RawText("b.txt", "第一条 甲[点此](http://x.y)<b>5万元</b>*粗*。")), "n")
    digest = render(compare_documents(old, new), "md", full=True)
    assert "[点此](" not in digest and "<b>" not in digest and "\\[点此\\]" in digest


@pytest.mark.parametrize("fmt,out", [("md", None), ("docx", "x.docx")])
def test_cli_formats(tmp_path, fmt, out):
    args = ["compare", str(DRAFT), str(FINAL_WEB), "--format", fmt]
    result = CliRunner().invoke(cli, args + (["-o", str(tmp_path / out)] if out else []))
    assert result.exit_code == 1, result.output
    if fmt == "md":
        assert result.output.startswith("# 石景山区")
    else:
        assert (tmp_path / out).read_bytes()[:2] == b"PK"
