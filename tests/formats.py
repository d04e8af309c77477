"""Write a policy text as the formats it reaches reviewers in: .docx, .html, .pdf, GB18030.

The text is given as a title and paragraphs; each writer lays it out the way
that format's publishers do (a Word file with a heading and one paragraph per
article; a CMS page with navigation, a script, share buttons and a footer
around the article; a PDF of several A4 pages in a CJK font, hard-wrapped, with
a running head and page numbers).
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import List, Tuple

_ARTICLE = re.compile(r"\s+(?=第[一二三四五六七八九十百]+条\s)")


def paragraphs_of(path: Path) -> Tuple[str, List[str]]:
    """Title and paragraphs of a listing-style text (title line, then the body on one line)."""
    lines = [l.strip() for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    body = re.sub(r"^\[地址[:：][^\]]*\]面议", "", " ".join(lines[1:]))
    return lines[0], [p.strip() for p in _ARTICLE.split(body) if p.strip()]


def write_gb18030(title: str, paragraphs: List[str], path: Path) -> Path:
    path.write_bytes("\r\n".join([title, *paragraphs]).encode("gb18030"))
    return path


def write_docx(title: str, paragraphs: List[str], path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    document.sections[0].footer.paragraphs[0].text = "石景山区经济和信息化局"
    document.save(str(path))
    return path


def page_html(title: str, paragraphs: List[str]) -> str:
    body = "\n".join(f"<p style=\"text-indent:2em\">{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(title)}_北京市石景山区人民政府</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.nav{{color:red}}</style></head>
<body>
<div class="header"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/zcwj">政策文件</a></div>
<div class="nav"><ul><li><a href="/a">机构职能</a></li><li><a href="/b">政策解读</a></li>
<li><a href="/c">通知公告</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcwj">政策文件</a></div>
<div class="main">
  <div class="article">
    <h1>{html.escape(title)}</h1>
    <div class="info">发布时间：2022-11-30　来源：区经济和信息化局　【字体：大 中 小】</div>
    <div class="TRS_Editor">
{body}
    </div>
    <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
  </div>
  <div class="related"><h3>相关文件</h3><ul><li><a href="/x">石景山区关于支持企业上市的若干措施</a></li></ul></div>
</div>
<div class="footer">主办：北京市石景山区人民政府办公室　京ICP备05060933号　<a href="/map">网站地图</a></div>
<script>console.log("footer script");</script>
</body></html>
"""


def write_html(title: str, paragraphs: List[str], path: Path) -> Path:
    path.write_text(page_html(title, paragraphs), encoding="utf-8")
    return path


def write_pdf(title: str, paragraphs: List[str], path: Path) -> Path:
    """A4 pages in STSong-Light (a CJK font every PDF reader has), 2-character
    paragraph indent, hard line breaks, a running head and "- N -" page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    size, left, top, bottom = 12, 72, height - 90, 90
    per_line = int((width - 2 * left) // size)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    page = [1]

    def furniture() -> None:
        pdf.setFont("STSong-Light", 9)
        pdf.drawCentredString(width / 2, height - 40, "石景山区人民政府文件")
        pdf.drawCentredString(width / 2, 40, f"- {page[0]} -")
        pdf.setFont("STSong-Light", size)

    furniture()
    pdf.setFont("STSong-Light", 16)
    pdf.drawCentredString(width / 2, top, title)
    pdf.setFont("STSong-Light", size)
    y = top - 40
    for text in paragraphs:
        first, rest = text[: per_line - 2], text[per_line - 2:]
        lines = [("　　", first)] + [("", rest[i:i + per_line]) for i in range(0, len(rest), per_line)]
        for indent, line in lines:
            if y < bottom:
                pdf.showPage()
                page[0] += 1
                furniture()
                y = top
            pdf.drawString(left + (2 * size if indent else 0), y, line)
            y -= size * 1.6
    pdf.save()
    return path


WRITERS = {"docx": write_docx, "html": write_html, "pdf": write_pdf, "gb18030.txt": write_gb18030}
