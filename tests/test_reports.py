"""The Word 对照表 and the Markdown digest, checked against the Shijingshan pair as read by hand."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from policydiff import compare, compare_documents
from policydiff.cli import cli
from policydiff.ingest import RawText
from policydiff.normalize import normalize
from policydiff.render import render
from policydiff.structure import parse

from conftest import DRAFT, FINAL_WEB, FINAL_WECHAT, LAWS

COMPANY = LAWS / "公司法"

CEILING_ARTICLES = ["第三条", "第四条", "第五条", "第八条（现第七条）", "第十条（现第九条）"]


@pytest.fixture(scope="module")
def shijingshan():
    return compare(DRAFT, FINAL_WEB)


@pytest.fixture(scope="module")
def docx_file(shijingshan, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "对照表.docx"
    path.write_bytes(render(shijingshan, "docx"))
    return path


def _rows(path):
    import docx

    return docx.Document(str(path)).tables[0].rows


def test_docx_is_a_comparison_table(docx_file, shijingshan):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document(str(docx_file))
    title = document.paragraphs[0]
    # A plain centred title: the policy's own title, no file path, no draft marker.
    assert title.text == "《石景山区推动工业互联网产业高质量发展支持办法（试行）》修改前后对照表"
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    before_table = " ".join(p.text for p in document.paragraphs[:2])
    assert "/" not in before_table and ".txt" not in before_table and "征求意见稿" not in before_table
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["原条文", "修改后条文", "修改说明"]
    header = table.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None  # repeated on every page
    starts = [row.cells[0].text[:4] for row in table.rows]
    for label in ("第一条", "第七条", "第十四条", "第十五条"):
        assert any(s.startswith(label) for s in starts), label
    struck = [r for row in table.rows for p in row.cells[0].paragraphs for r in p.runs if r.font.strike]
    assert any(r.text == "不超过" for r in struck)
    underlined = [r for row in table.rows for p in row.cells[1].paragraphs for r in p.runs if r.font.underline]
    assert any("京经信发〔2022〕162号" in r.text for r in underlined)
    deleted = next(row for row in table.rows if row.cells[0].text.startswith("第七条"))
    assert deleted.cells[1].text == "（删除）" and deleted.cells[2].text.startswith("删除")
    ceiling = next(row for row in table.rows if row.cells[0].text.startswith("第三条"))
    assert "上限表述“不超过”被删除" in ceiling.cells[2].text
    split = next(row for row in table.rows if row.cells[0].text.startswith("第十四条"))
    # Where each new article of a split begins is shown by its label.
    assert split.cells[1].text.startswith("第十三条") and "\n第十四条" in split.cells[1].text
    footer = "".join(p._p.xml for p in document.sections[0].footer.paragraphs)
    assert "PAGE" in footer and "NUMPAGES" in footer and "第 " in footer
    # The ranked summary follows the table, the deletion of 第七条 first.
    after = [p.text for p in document.paragraphs]
    assert after[after.index("修改要点") + 1].startswith("1. 第七条（支持工业互联网应用场景建设）整条删除")


def test_docx_unchanged_clauses_omitted_briefly_or_in_full(tmp_path):
    result = compare(DRAFT, FINAL_WECHAT)  # the WeChat final keeps 第六条 word for word
    sixth = [p for p in result.pairs if p.old and p.old[0].label == "第六条"][0]
    assert sixth.status.value == "unchanged"
    for mode, expected in (("omit", None), ("brief", "第六条未修改"), ("full", "（未修改）")):
        path = tmp_path / f"{mode}.docx"
        path.write_bytes(render(result, "docx", unchanged=mode))
        rows = _rows(path)
        texts = [row.cells[0].text for row in rows]
        if mode == "omit":
            assert not any(t.startswith("第六条") for t in texts)
            assert rows[-1].cells[0].text == "其余条文未修改"
        elif mode == "brief":
            assert expected in texts
        else:
            row = next(row for row in rows if row.cells[0].text.startswith("第六条"))
            assert row.cells[1].text == expected
    default = tmp_path / "default.docx"
    default.write_bytes(render(result, "docx"))
    assert _rows(default)[-1].cells[0].text == "其余条文未修改"


def test_docx_moved_row_says_from_where():
    from policydiff.render.where import moved_from

    comparison = compare(COMPANY / "2018-10-26.md", COMPANY / "2023-12-29.md")
    moved = [p for p in comparison.pairs if p.status.value == "moved"]
    # 2018 第十一条 (公司章程) stood after 第十条; in 2023 it is 第五条.
    eleventh = next(p for p in moved if p.old[0].label == "第十一条")
    assert eleventh.new[0].label == "第五条"
    assert moved_from(comparison, eleventh) == "第十条之后"
    table = io_docx(render(comparison, "docx")).tables[0]
    row = next(r for r in table.rows if r.cells[0].text.startswith("第十一条"))
    assert row.cells[2].text.startswith("移动：原位于第十条之后")


def io_docx(data):
    import io

    import docx

    return docx.Document(io.BytesIO(data))


def test_docx_in_english_has_english_headings(shijingshan):
    document = io_docx(render(shijingshan, "docx", lang="en"))
    assert document.paragraphs[0].text.endswith(": table of amendments")
    assert [c.text for c in document.tables[0].rows[0].cells] == ["Old text", "New text", "Notes"]
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("1. Article 7 deleted, including two subsidies of up to 5 million and 2 million yuan")
               for t in texts)


LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
needs_libreoffice = pytest.mark.skipif(not LIBREOFFICE and not os.environ.get("CI"),
                                       reason="no LibreOffice (.ci/run installs it)")


def to_pdf(path, tmp_path):
    assert LIBREOFFICE, "LibreOffice is missing: .ci/run should have installed it"
    subprocess.run([LIBREOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, timeout=300, capture_output=True)
    pdf = tmp_path / (path.stem + ".pdf")
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF")
    import pdfplumber

    with pdfplumber.open(str(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


@needs_libreoffice
def test_docx_opens_in_libreoffice(docx_file, tmp_path):
    pages = to_pdf(docx_file, tmp_path)
    text = "".join(pages)
    assert "修改前后对照表" in text and "原条文" in text
    assert f"第 1 页 共 {len(pages)} 页" in pages[0]


#: The Word 对照表 of 公司法 2018 → 2023 ran to 64 pages in LibreOffice before this change
#: (commit 62d734b: every unchanged article in full, the summary first, 10.5 pt).
COMPANY_PAGES_BEFORE = 64


@needs_libreoffice
def test_company_law_table_in_half_the_pages_with_the_header_on_every_page(tmp_path):
    path = tmp_path / "公司法.docx"
    path.write_bytes(render(compare(COMPANY / "2018-10-26.md", COMPANY / "2023-12-29.md"), "docx",
                            unchanged="omit"))
    pages = to_pdf(path, tmp_path)
    assert len(pages) <= COMPANY_PAGES_BEFORE // 2
    assert pages[0].splitlines()[0].startswith("《中华人民共和国公司法》修改前后对照表")
    assert "原条文 修改后条文 修改说明" in pages[0]  # the table starts on page 1
    for number, page in enumerate(pages[1:], 2):  # every page of the table starts with its header
        if "修改要点" in page.splitlines()[0]:
            break
        assert page.splitlines()[0].replace(" ", "") == "原条文修改后条文修改说明", number
        assert f"第 {number} 页 共 {len(pages)} 页" in page
        if "修改要点" in page:
            break  # (the table ends on this page; the summary that follows may run on to the next)


PYTHON_UNO = "/usr/bin/python3"


def _has_uno() -> bool:
    return subprocess.run([PYTHON_UNO, "-c", "import uno"], capture_output=True).returncode == 0


def as_read(document):
    """A document's text as a reader has it: title, each heading where it begins, each article
    with its label, one line per paragraph."""
    lines = [document.title] if document.title else []
    path = ()
    for clause in document.clauses:
        same = 0
        while same < min(len(clause.path), len(path)) and clause.path[same] == path[same]:
            same += 1
        lines += list(clause.path[same:])
        path = clause.path
        lines += ((clause.label + "　" if clause.label else "") + clause.text).split("\n")
    return lines


@needs_libreoffice
@pytest.mark.skipif(not os.environ.get("CI") and not (os.path.exists(PYTHON_UNO) and _has_uno()),
                    reason="no python3-uno (.ci/run installs it)")
@pytest.mark.parametrize("name,old,new", [("石景山", DRAFT, FINAL_WEB),
                                          ("公司法", COMPANY / "2018-10-26.md", COMPANY / "2023-12-29.md")])
def test_tracked_changes_accept_all_gives_the_new_text_and_reject_all_the_old(tmp_path, name, old, new):
    import json

    comparison = compare(old, new)
    path = tmp_path / f"{name}.docx"
    result = CliRunner().invoke(cli, ["compare", str(old), str(new), "--format", "docx", "--track-changes",
                                      "-o", str(path)])
    assert result.exit_code == 1, result.output
    tool = Path(__file__).parent / "tools" / "lo_revisions.py"
    done = subprocess.run([PYTHON_UNO, str(tool), str(path), str(tmp_path), str(tmp_path / "profile")],
                          check=True, timeout=300, capture_output=True, text=True)
    revisions = json.loads(done.stdout.strip().splitlines()[-1])["redlines"]
    kinds = {r["type"] for r in revisions}
    assert {"Insert", "Delete"} <= kinds and {r["author"] for r in revisions} == {"policydiff"}
    assert all(r["year"] >= 2024 for r in revisions)  # each revision is dated
    accepted = (tmp_path / "accepted.txt").read_text(encoding="utf-8-sig").rstrip("\n").split("\n")
    rejected = (tmp_path / "rejected.txt").read_text(encoding="utf-8-sig").rstrip("\n").split("\n")
    assert accepted == as_read(comparison.new)
    assert rejected == as_read(comparison.old)


def test_track_changes_needs_docx():
    result = CliRunner().invoke(cli, ["compare", str(DRAFT), str(FINAL_WEB), "--track-changes"])
    assert result.exit_code == 2
    assert "--format docx" in result.output


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


def test_cli_unchanged_option_reaches_word_and_html(tmp_path):
    word, page = tmp_path / "t.docx", tmp_path / "t.html"
    for args, path in ((["--format", "docx", "--unchanged", "full"], word), (["--unchanged", "omit"], page)):
        result = CliRunner().invoke(cli, ["compare", str(DRAFT), str(FINAL_WECHAT), "-o", str(path)] + args)
        assert result.exit_code == 1, result.output
    row = next(r for r in _rows(word) if r.cells[0].text.startswith("第六条"))  # 第六条 is word for word
    assert row.cells[1].text == "（未修改）"
    html = page.read_text(encoding="utf-8")
    assert "其余条文未修改" in html and ">第六条<" not in html
