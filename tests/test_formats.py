"""Every format a policy reaches a reader in, read to the same text.

The Shijingshan final (the listing-site text) is written as .docx, .html,
.pdf and GB18030 by tests/formats.py; each must compare against the UTF-8
original as the same document: fifteen one-to-one pairs, no finding but
formatting.
"""
import json
import re

import pytest
from click.testing import CliRunner

from policydiff import PolicydiffError, compare
from policydiff.cli import cli
from policydiff.ingest import read

from conftest import DRAFT, FINAL_WEB, LAWS as CORPUS_LAWS, LISTING, serve_folder
from formats import WRITERS, page_html, paragraphs_of, write_pdf


def one_to_one_and_only_formatting(comparison):
    pairs = comparison.pairs
    assert len(pairs) == 15
    assert all(len(p.old) == 1 and len(p.new) == 1 for p in pairs)
    assert [p.old[0].label for p in pairs] == [p.new[0].label for p in pairs]
    assert {f.kind.value for p in pairs for f in p.findings} <= {"formatting"}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_the_final_in_each_format_is_the_same_document(finals, fmt):
    one_to_one_and_only_formatting(compare(FINAL_WEB, finals[fmt]))


def test_html_reader_keeps_the_article_and_drops_the_page(finals):
    text = read(finals["html"]).text
    assert text.splitlines()[0] == "石景山区推动工业互联网产业高质量发展支持办法(试行)"
    for furniture in ("首页", "政务公开", "当前位置", "统计代码", "footer script", "分享到", "ICP",
                      "相关文件", "color:red"):
        assert furniture not in text


def test_pdf_reader_drops_running_heads_and_page_numbers_and_joins_lines(finals):
    text = read(finals["pdf"]).text
    assert "人民政府文件" not in text and not re.search(r"-\s*\d+\s*-", text)
    lines = text.splitlines()
    # title, the title repeated, fifteen articles, and at most an item of one
    # of them where a page line happens to start with "3."
    articles = [l for l in lines if re.match(r"第[一二三四五六七八九十]+条 ", l)]
    assert len(articles) == 15 and lines[2] == articles[0]
    assert all(re.match(r"第[一二三四五六七八九十]+条 |\d\.", l) for l in lines[2:])


def test_docx_footer_is_not_text(finals):
    assert "经济和信息化局" not in read(finals["docx"]).text


def test_docx_list_numbering_is_printed_as_word_prints_it(tmp_path):
    """Articles numbered by Word's list feature ("第%1条", Chinese counting)."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    title, paragraphs = paragraphs_of(FINAL_WEB)
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        f'<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    document.add_paragraph(title)
    for text in paragraphs[1:]:
        body = re.sub(r"^第[一二三四五六七八九十]+条\s*", "", text)
        paragraph = document.add_paragraph(body)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))
    path = tmp_path / "numbered.docx"
    document.save(str(path))
    lines = read(path).text.splitlines()
    assert lines[1].startswith("第一条 为提升") and lines[15].startswith("第十五条 ")
    one_to_one_and_only_formatting(compare(FINAL_WEB, path))


def test_traditional_repost_compares_by_substance_with_t2s(tmp_path):
    import opencc

    traditional = opencc.OpenCC("s2t").convert(FINAL_WEB.read_text(encoding="utf-8"))
    assert "條" in traditional and "產業" in traditional
    path = tmp_path / "hk-repost.txt"
    path.write_text(traditional, encoding="utf-8")
    one_to_one_and_only_formatting(compare(FINAL_WEB, path, convert="t2s"))
    untouched = compare(FINAL_WEB, path)
    assert sum(p.is_substantive for p in untouched.pairs) >= 10


# ------------------------------------------------------------------ dumps

def listing_titles():
    """The policy titles of the listing, read off the page independently of the
    splitter: the line after a "-" line, when the line after it is the policy body."""
    lines = LISTING.read_text(encoding="utf-8").splitlines()
    return [lines[i + 1] for i in range(len(lines) - 2)
            if lines[i] == "-" and lines[i + 2].startswith("[地址")]


def test_split_writes_one_file_per_policy(tmp_path):
    titles = listing_titles()
    assert len(titles) == 20
    result = CliRunner().invoke(cli, ["split", str(LISTING), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "out").iterdir())
    assert len(files) == len(titles)
    written = [f.read_text(encoding="utf-8") for f in files]
    assert [t.splitlines()[0] for t in written] == titles
    assert files[0].name.startswith("01-石景山区推动工业互联网")
    for text in written:
        assert "[地址" not in text and "面议" not in text and "客服热线" not in text
        assert not re.search(r"^\d{2}-\d{2}", text, re.M)  # the news list's dates
    assert not any("绿色金融重磅支持" in t for t in written)  # a headline, not a policy


def test_a_split_file_compares_as_the_web_final(tmp_path):
    CliRunner().invoke(cli, ["split", str(LISTING), "-o", str(tmp_path)])
    first = next(tmp_path.glob("01-*.txt"))
    one_to_one_and_only_formatting(compare(FINAL_WEB, first))


def _pairs(*args):
    result = CliRunner().invoke(cli, ["compare", *map(str, args), "--format", "json"])
    assert result.exit_code == 1, result.output
    return json.loads(result.output)["pairs"]


def test_dump_number_and_pick_give_the_pairs_of_the_web_final():
    expected = _pairs(DRAFT, FINAL_WEB)
    assert _pairs(DRAFT, f"{LISTING}#1") == expected
    assert _pairs(DRAFT, LISTING, "--pick", "石景山区推动工业互联网") == expected


@pytest.mark.parametrize("args,expect", [
    (["#0"], "no #0"), (["#21"], "no #21"),
    (["", "--pick", "石景山区"], "3 policies"), (["", "--pick", "不存在的政策"], "no policy"),
])
def test_dump_choice_errors(args, expect):
    result = CliRunner().invoke(cli, ["compare", str(DRAFT), f"{LISTING}{args[0]}", *args[1:]])
    assert result.exit_code == 2 and expect in result.output
    assert str(LISTING) in result.output and len(result.output.strip().splitlines()) == 1


# ------------------------------------------------------------------ URLs

@pytest.fixture
def server(tmp_path):
    title, paragraphs = paragraphs_of(FINAL_WEB)
    (tmp_path / "policy.html").write_text(page_html(title, paragraphs), encoding="utf-8")
    (tmp_path / "big.txt").write_text("第一条 内容。" * 200000, encoding="utf-8")
    with serve_folder(tmp_path) as url:
        yield url


def test_a_url_gives_the_same_result_as_the_file(server, finals):
    url = f"{server}/policy.html"
    assert read(url).text == read(finals["html"]).text
    assert _pairs(DRAFT, url) == _pairs(DRAFT, finals["html"])
    one_to_one_and_only_formatting(compare(FINAL_WEB, url))


@pytest.mark.parametrize("path,limit,expect", [
    ("/missing.html", None, "HTTP 404"), ("/big.txt", "1", "over the 1 MB limit")])
def test_url_errors_are_one_line_exit_2(server, path, limit, expect):
    args = ["compare", str(DRAFT), server + path] + (["--max-size", limit] if limit else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2 and expect in result.output
    assert server + path in result.output and len(result.output.strip().splitlines()) == 1


def test_url_that_never_answers_times_out():
    import socket

    from policydiff.ingest.web import fetch

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    try:
        with pytest.raises(PolicydiffError, match="no answer in 0.5 s"):
            fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/", 1000, timeout=0.5)
    finally:
        listener.close()


def test_unreachable_host_is_a_one_line_error():
    result = CliRunner().invoke(cli, ["compare", str(DRAFT), "http://127.0.0.1:9/policy.html"])
    assert result.exit_code == 2 and "could not be fetched" in result.output


# ------------------------------------------------------------------ errors

def _error(path) -> str:
    result = CliRunner().invoke(cli, ["compare", str(DRAFT), str(path)])
    assert result.exit_code == 2, result.output
    assert str(path) in result.output and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    return result.output


def test_scanned_pdf_says_ocr_first(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(50, 50, 400, 600, fill=1)  # a page that is a picture, no text
    pdf.showPage()
    pdf.save()
    assert "scan" in _error(path) and "OCR" in _error(path)


def test_password_protected_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    pdf.drawString(100, 700, "Article 1")
    pdf.save()
    assert "password-protected" in _error(path)


def test_password_protected_docx(tmp_path):
    # Word saves a protected .docx as an OLE compound file holding "EncryptedPackage".
    path = tmp_path / "locked.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"))
    assert "password-protected" in _error(path)


def test_old_word_file(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    assert "save it as .docx" in _error(path)


def test_damaged_docx_and_pdf(tmp_path, finals):
    for fmt in ("docx", "pdf"):
        data = finals[fmt].read_bytes()
        path = tmp_path / f"cut.{fmt}"
        path.write_bytes(data[: len(data) // 2])
        assert "not a readable" in _error(path) or "no text" in _error(path)


def test_html_page_without_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>x()</script><div class='nav'><a href='/'>首页</a></div></body></html>")
    assert "no text" in _error(path)


def test_content_decides_over_suffix(tmp_path, finals):
    disguised = tmp_path / "download.txt"
    disguised.write_bytes(finals["pdf"].read_bytes())
    assert read(disguised).media_type == "application/pdf"


def test_utf16_without_bom(tmp_path):
    path = tmp_path / "utf16.txt"
    text = FINAL_WEB.read_text(encoding="utf-8")
    path.write_bytes(text.encode("utf-16-le"))
    assert read(path).text == text


def test_pdf_of_short_articles_keeps_headings_and_articles_apart(tmp_path):
    """Where most paragraphs are one or two lines, most lines are indented first
    lines; the text column is still found, and chapter headings stay apart."""
    civil = FINAL_WEB.parents[1] / "large" / "民法典-2020.md"
    lines = [l for l in civil.read_text(encoding="utf-8").splitlines() if l.strip()][:260]
    text = tmp_path / "part.md"
    text.write_text("\n\n".join(lines), encoding="utf-8")
    pdf = write_pdf(lines[0].lstrip("# "), lines[1:], tmp_path / "part.pdf")
    result = compare(text, pdf)
    assert len(result.pairs) > 120
    assert {p.status.value for p in result.pairs} == {"unchanged"}


def test_a_single_document_is_never_cut_into_several(corpus):
    from policydiff.ingest.dump import split

    singles = [p for p in corpus.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md"
               and p.parent.name != "listing"]
    assert len(singles) > 30
    assert {str(p): len(split(read(p))) for p in singles} == {str(p): 1 for p in singles}


def test_a_dump_without_separators_is_cut_at_titles(tmp_path):
    from policydiff.ingest.dump import split

    laws = [CORPUS_LAWS / name / version for name, version in (
        ("会计法", "2024-06-28.md"), ("统计法", "2024-09-13.md"), ("立法法", "2023-03-13.md"))]
    dump = tmp_path / "laws.md"
    dump.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in laws), encoding="utf-8")
    policies = split(read(dump))
    assert [p.title for p in policies] == ["中华人民共和国会计法", "中华人民共和国统计法", "中华人民共和国立法法"]
    result = compare(laws[1], f"{dump}#2")
    assert {p.status.value for p in result.pairs} == {"unchanged"}


def test_statutes_pasted_together_are_cut_where_their_numbering_starts_again(tmp_path):
    from policydiff.ingest.dump import split
    from policydiff import pipeline

    code = CORPUS_LAWS.parent / "large" / "民法典-2020.md"
    block = code.read_text(encoding="utf-8")
    dump = tmp_path / "codes.md"
    dump.write_text(block * 3, encoding="utf-8")
    policies = split(read(dump))
    assert [p.title for p in policies] == ["中华人民共和国民法典"] * 3
    whole = pipeline.load(code)
    for number in (1, 3):  # each one is the whole code: title, dates and headings above its 第一条
        one = pipeline.load(f"{dump}#{number}")
        assert len(one.clauses) == len(whole.clauses) == 1260 + 1  # the preamble (dates) and 1260 articles
        assert [(c.label, c.path, c.text) for c in one.clauses] == [(c.label, c.path, c.text) for c in whole.clauses]
    with pytest.raises(PolicydiffError) as refused:
        compare(dump, dump)
    assert "#1–#3 中华人民共和国民法典" in str(refused.value) and "--whole" in str(refused.value)
    dump.write_text(block * 2, encoding="utf-8")  # two runs: a decision with its annexed text stays one document
    assert len(split(read(dump))) == 1
