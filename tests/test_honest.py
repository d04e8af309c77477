"""Issue 16: every input read right or refused with a reason, every output where it was asked for."""
import json
import os
import stat

import pytest
from click.testing import CliRunner

from conftest import DRAFT, FINAL_WEB, FINAL_WECHAT, LAWS, LISTING
from policydiff.cli import cli

STATUTE = LAWS / "统计法" / "2009-06-27.md"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


# ------------------------------------------------------------------ dumps

def test_listing_against_the_shijingshan_final_compares_its_shijingshan_entry_and_says_so():
    result = run("compare", LISTING, FINAL_WECHAT, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    data = json.loads(result.stdout)
    # The old side is the listing's first policy (the Shijingshan final), not the whole dump.
    assert data["old"]["source"] == f"{LISTING}#1"
    assert data["old"]["title"].startswith("石景山区推动工业互联网产业高质量发展支持办法")
    assert len(data["old"]["clauses"]) == 15  # 第一条 … 第十五条, as in the WeChat final
    [warning] = [w for w in data["warnings"] if w["code"] == "picked"]
    assert warning["side"] == "old"
    assert "含 20 项政策" in warning["message"] and "第 1 项《石景山区推动工业互联网" in warning["message"]
    assert "#N" in warning["message"]
    assert "holds 20 policies" in result.stderr and "#1" in result.stderr


def test_the_html_and_markdown_reports_say_which_policy_was_picked(tmp_path):
    run("compare", LISTING, FINAL_WECHAT, "-o", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert 'data-code="picked"' in page and "含 20 项政策，已比较第 1 项" in page
    md = run("compare", LISTING, FINAL_WECHAT, "--format", "md", "--lang", "en").stdout
    assert "holds 20 policies; compared" in md and "石景山区推动工业互联网" in md


def test_the_draft_against_the_listing_picks_on_the_new_side_too():
    result = run("compare", DRAFT, LISTING, "--format", "json")
    data = json.loads(result.stdout)
    assert data["new"]["source"] == f"{LISTING}#1"
    assert [w["side"] for w in data["warnings"] if w["code"] == "picked"] == ["new"]


def test_listing_against_an_unrelated_policy_refuses_and_names_its_policies():
    result = run("compare", LISTING, STATUTE)
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "holds 20 policies" in line and str(STATUTE) in line
    for title in ("石景山区推动工业互联网产业高质量发展支持办法", "海淀区促进外贸高质量发展的若干措施",
                  "海淀区支持创新创业服务平台发展若干措施"):  # the first, second and last of the listing
        assert title in line
    assert f"{LISTING}#N" in line and "--pick" in line and "--whole" in line


def test_a_listing_against_itself_refuses_and_whole_compares_the_dump_on_purpose(tmp_path):
    refused = run("compare", LISTING, LISTING)
    assert refused.exit_code == 2 and "holds 20 policies" in refused.stderr
    whole = run("compare", LISTING, LISTING, "--whole", "--format", "json")
    assert whole.exit_code == 0
    data = json.loads(whole.stdout)
    assert data["old"]["source"] == str(LISTING) and data["warnings"] == []


def test_a_chosen_policy_is_not_picked_again():
    result = run("compare", DRAFT, f"{LISTING}#1", "--format", "json")
    assert json.loads(result.stdout)["warnings"] == []


# ------------------------------------------------------------------ PDFs that are not text

def _pdf(font: bytes, content: bytes, *extra: bytes) -> bytes:
    """A one-page PDF written object by object: 1 catalog, 2 pages, 3 page,
    4 content stream, 5 the font, 6… the extra objects the font refers to."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content), font, *extra]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _lines(code_width: int, count: int = 30, per_line: int = 30) -> bytes:
    lines = []
    for k in range(count):
        codes = "".join(f"{(k * 37 + j * 13) % (16 ** code_width):0{code_width}X}" for j in range(per_line))
        lines.append(f"BT /F1 12 Tf 50 {800 - 20 * k} Td <{codes}> Tj ET")
    return "\n".join(lines).encode()


def test_a_pdf_whose_cid_font_has_no_tounicode_map_is_refused(tmp_path):
    # What copy-protected PDFs do: an embedded-subset CJK font, Identity-H, no ToUnicode.
    font = b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>"
    cid_font = (b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo "
                b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>")
    descriptor = (b"<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [0 -141 1000 859] "
                  b"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>")
    path = tmp_path / "protected.pdf"
    path.write_bytes(_pdf(font, _lines(4), cid_font, descriptor))
    result = run("compare", DRAFT, path)
    assert result.exit_code == 2 and result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert str(path) in line and "ToUnicode" in line and "cannot be read" in line
    assert "HTML or Word version" in line and "OCR" in line


def test_a_pdf_in_a_type3_font_with_private_glyph_names_is_refused(tmp_path):
    names = b" ".join(b"/g%d" % i for i in range(256))
    procs = b" ".join(b"/g%d 6 0 R" % i for i in range(256))
    font = (b"<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
            b"/CharProcs << %s >> /Encoding << /Type /Encoding /Differences [0 %s] >> "
            b"/FirstChar 0 /LastChar 255 /Widths [%s] /Resources << >> >>" % (procs, names, b" 1000" * 256))
    square = b"1000 0 0 0 1000 1000 d1\n0 0 1000 1000 re f"
    glyph = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(square), square)
    path = tmp_path / "type3.pdf"
    path.write_bytes(_pdf(font, _lines(2, per_line=40), glyph))
    result = run("compare", path, DRAFT)
    assert result.exit_code == 2
    assert "ToUnicode" in result.stderr and str(path) in result.stderr


def test_a_scanned_pdf_of_page_images_is_refused(tmp_path):
    from PIL import Image, ImageDraw
    from reportlab.pdfgen import canvas

    scan = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(scan)
    for row in range(40):  # lines of "text" as a scanner sees them: dark strokes
        draw.rectangle((150, 150 + 38 * row, 1090 - (row % 3) * 120, 170 + 38 * row), fill=30)
    picture = tmp_path / "page.png"
    scan.save(picture)
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    for _ in range(3):
        pdf.drawImage(str(picture), 0, 0, 595, 842)
        pdf.showPage()
    pdf.save()
    result = run("compare", DRAFT, path)
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert str(path) in line and "scan" in line and "OCR" in line


def test_a_pdf_with_a_real_text_layer_is_still_read(finals):
    result = run("compare", FINAL_WEB, finals["pdf"], "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert len(json.loads(result.stdout)["new"]["clauses"]) == 15


def test_a_few_unreadable_characters_are_said_not_passed_over(tmp_path):
    # A Word file's Symbol-font bullets come out as private-use characters.
    text = FINAL_WECHAT.read_text(encoding="utf-8").replace("第三条", "\uf0b7第三条", 1)
    path = tmp_path / "final.txt"
    path.write_text(text, encoding="utf-8")
    result = run("compare", DRAFT, path, "--format", "json")
    [notice] = [w for w in json.loads(result.stdout)["warnings"] if w["code"] == "unreadable"]
    assert notice["side"] == "new" and "1 个字符无法读取" in notice["message"]
    assert "could not be read" in result.stderr


# ------------------------------------------------------------------ script

def test_traditional_against_simplified_hints_convert(tmp_path):
    import opencc

    traditional = tmp_path / "final-hk.txt"
    traditional.write_text(opencc.OpenCC("s2hk").convert(FINAL_WECHAT.read_text(encoding="utf-8")),
                           encoding="utf-8")
    result = run("compare", DRAFT, traditional, "--format", "json")
    [notice] = json.loads(result.stdout)["warnings"]
    assert notice["code"] == "script" and notice["side"] == "new" and "--convert t2s" in notice["message"]
    assert "--convert t2s" in result.stderr
    converted = run("compare", DRAFT, traditional, "--format", "json", "--convert", "hk2s")
    assert json.loads(converted.stdout)["warnings"] == []
    plain = run("compare", DRAFT, FINAL_WECHAT, "--format", "json")  # both Simplified
    assert json.loads(plain.stdout)["warnings"] == [] and plain.stderr == ""


# ------------------------------------------------------------------ outputs

@pytest.mark.parametrize("name,magic", [("r.json", b"{"), ("r.md", b"# "), ("r.docx", b"PK\x03\x04"),
                                        ("r.html", b"<!DOCTYPE html>")])
def test_the_suffix_of_o_gives_the_format(tmp_path, name, magic):
    result = run("compare", DRAFT, FINAL_WEB, "-o", tmp_path / name)
    assert result.exit_code == 1, result.stderr
    assert (tmp_path / name).read_bytes().startswith(magic)


def test_a_suffix_that_contradicts_format_is_an_error_naming_both(tmp_path):
    result = run("compare", DRAFT, FINAL_WEB, "-o", tmp_path / "r.docx", "--format", "json")
    assert result.exit_code == 2 and not (tmp_path / "r.docx").exists()
    assert ".docx" in result.stderr and "json" in result.stderr and "docx" in result.stderr
    unknown = run("compare", DRAFT, FINAL_WEB, "-o", tmp_path / "r.txt")
    assert unknown.exit_code == 2 and "--format" in unknown.stderr and not (tmp_path / "r.txt").exists()


def test_dash_writes_to_stdout_and_is_refused_for_docx(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("compare", DRAFT, FINAL_WEB, "-o", "-")
    assert result.exit_code == 1 and result.stdout.startswith("<!DOCTYPE html>")
    md = run("compare", DRAFT, FINAL_WEB, "-o", "-", "--format", "md")
    assert md.stdout.startswith("# 石景山区")
    docx = run("compare", DRAFT, FINAL_WEB, "-o", "-", "--format", "docx")
    assert docx.exit_code == 2 and docx.stdout == "" and ".docx" in docx.stderr
    assert os.listdir(tmp_path) == []  # no file named "-", no reports/ folder


def test_output_files_get_the_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        run("compare", DRAFT, FINAL_WEB, "-o", tmp_path / "shared.html")
        os.umask(0o077)
        run("compare", DRAFT, FINAL_WEB, "-o", tmp_path / "private.html")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "shared.html").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "private.html").stat().st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == ["private.html", "shared.html"]  # no temporary left behind


def test_a_store_that_does_not_exist_is_an_error_and_only_watch_makes_one(tmp_path):
    missing = tmp_path / "typo.sqlite3"
    result = run("digest", "--store", missing, "-o", tmp_path / "digest")
    assert result.exit_code == 2 and str(missing) in result.stderr and "watch" in result.stderr
    assert not missing.exists() and not (tmp_path / "digest").exists()
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[policy]]\nname = "draft"\nsource = "{DRAFT}"\n', encoding="utf-8")
    made = run("watch", sources, "--store", missing)
    assert made.exit_code == 0 and str(missing) in made.stderr and missing.exists()
    again = run("watch", sources, "--store", missing)
    assert again.stderr == ""  # an existing store is not announced again
    assert run("digest", "--store", missing, "-o", tmp_path / "digest").exit_code == 0


@pytest.mark.parametrize("limit,shown", [("0.5", "0.5 MB"), ("0.001", "0.001 MB"), ("0.004", "0.004 MB")])
def test_a_size_limit_below_one_mb_is_printed_as_given(limit, shown, tmp_path):
    # (the report into tmp_path: by default it went to the checkout's reports/ when the files are under the limit)
    result = run("compare", DRAFT, FINAL_WEB, "--max-size", limit, "-o", tmp_path / "report.html")
    if DRAFT.stat().st_size > float(limit) * 1048576:
        assert result.exit_code == 2 and f"over the {shown} limit" in result.stderr
        assert "0 MB" not in result.stderr.replace(shown, "")
    else:
        assert result.exit_code == 1


def test_a_wrong_dump_number_lists_the_policies_instead_of_pointing_elsewhere():
    result = run("compare", DRAFT, f"{LISTING}#25")
    assert result.exit_code == 2 and "policydiff split" not in result.stderr
    assert "1 to 20" in result.stderr and "#20 海淀区支持创新创业服务平台发展若干措施" in result.stderr
