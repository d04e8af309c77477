"""Hostile and unlucky inputs, built on demand (tests/test_hostile.py, benchmarks/hostile.py).

Each builder writes its file(s) into a folder it is given and returns the
path(s). Sizes are the ones that broke policydiff before: a zip bomb that
unpacks to 1.5 GB, HTML nested 8,000 and 100,000 deep, a 49 MB text.
"""
from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, paragraphs, doctype: str = "") -> Path:
    """A minimal .docx whose document.xml is streamed from ``paragraphs`` (strings of XML)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        with zf.open("word/document.xml", "w", force_zip64=True) as out:
            out.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
                      f'<w:document {_W}><w:body>'.encode())
            for p in paragraphs:
                out.write(p.encode())
            out.write(b"</w:body></w:document>")
    return path


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx_bomb(folder: Path) -> Path:
    """1.5 GB of XML in one paragraph's worth of runs: packs to about 1.5 MB."""
    chunk = _para("第一条 " + "重复的文字。" * 1000)  # ~18 KB of XML
    n = (1536 * 1024 * 1024) // len(chunk.encode())
    return _docx(folder / "bomb.docx", (chunk for _ in range(n)))


def docx_many_paragraphs(folder: Path) -> Path:
    """900 MB of XML in 100,000 paragraphs."""
    body = "条" * 3000  # 9 KB of UTF-8 per paragraph
    return _docx(folder / "paragraphs.docx", (_para(f"第{i}条 {body}") for i in range(1, 100_001)))


def docx_entity(folder: Path) -> Path:
    """A paragraph holding an entity the document never declares, then more text."""
    return _docx(folder / "entity.docx", [_para("第一条 在实体之前。"), _para("第二条 前文&undeclared;后文。"),
                                          _para("第三条 在实体之后。")])


def docx_billion_laughs(folder: Path) -> Path:
    """The classic entity expansion bomb inside word/document.xml."""
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10))
    doctype = f"<!DOCTYPE w:document [{ents}]>"
    return _docx(folder / "laughs.docx", [_para("第一条 &lol9;")], doctype=doctype)


def html_deep(folder: Path, depth: int) -> Path:
    path = folder / f"deep{depth}.html"
    path.write_text("<html><body>" + "<div>" * depth + "第一条 深处的文字。" + "</div>" * depth + "</body></html>",
                    encoding="utf-8")
    return path


def big_text(folder: Path, megabytes: int = 49) -> Path:
    """Real statute text repeated to ``megabytes``, a little under the 50 MB limit."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "large" / "民法典-2020.md"
    block = corpus.read_bytes()
    path = folder / "big.txt"
    with path.open("wb") as out:
        written = 0
        while written + len(block) <= megabytes * 1024 * 1024:
            out.write(block)
            written += len(block)
    return path


def big_text_edited(folder: Path, megabytes: int = 49) -> Path:
    """big_text with three articles of its middle copy edited (a word added, one changed, one cut)."""
    data = big_text(folder, megabytes).read_bytes().decode("utf-8")
    middle = len(data) // 2
    head, tail = data[:middle], data[middle:]
    for old, new in (("第二条 民法调整平等主体", "第二条 民法调整各类平等主体"),
                     ("第九条 民事主体从事民事活动，应当有利于节约资源、保护生态环境。", "第九条 民事主体从事民事活动，应当有利于节约资源。"),
                     ("第十条 处理民事纠纷，应当依照法律", "第十条 处理民事纠纷，必须依照法律")):
        assert old in tail
        tail = tail.replace(old, new, 1)
    path = folder / "big-edited.txt"
    path.write_bytes((head + tail).encode("utf-8"))
    return path


_ARTICLE_LABEL = re.compile(r"^第[零一二三四五六七八九十百千]+条\s*", re.M)
_CONTAINER_LABEL = re.compile(r"^(#+\s*)第[零一二三四五六七八九十百千]+[编章节]\s*", re.M)


def plain_text(folder: Path, megabytes: float = 49, name: str = "plain.txt") -> Path:
    """The 民法典 without its article and chapter numbers (one long text of paragraphs, not a
    dump of statutes), repeated to ``megabytes``."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "large" / "民法典-2020.md"
    block = _CONTAINER_LABEL.sub(r"\1", _ARTICLE_LABEL.sub("", corpus.read_text(encoding="utf-8"))).encode("utf-8")
    path = folder / name
    with path.open("wb") as out:
        for _ in range(max(1, int(megabytes * 1024 * 1024) // len(block))):
            out.write(block)
    return path


#: The edits plain_text_edited makes, in the second half of the text.
PLAIN_EDITS = (("民法调整平等主体", "民法调整各类平等主体"),
               ("应当有利于节约资源、保护生态环境。", "应当有利于节约资源。"),
               ("处理民事纠纷，应当依照法律", "处理民事纠纷，必须依照法律"))


def plain_text_edited(folder: Path, megabytes: float = 49) -> Path:
    """plain_text with three paragraphs of its second half edited (a word added, one cut, one changed)."""
    data = plain_text(folder, megabytes, "plain-source.txt").read_text(encoding="utf-8")
    middle = len(data) // 2
    head, tail = data[:middle], data[middle:]
    for old, new in PLAIN_EDITS:
        assert old in tail
        tail = tail.replace(old, new, 1)
    path = folder / "plain-edited.txt"
    path.write_text(head + tail, encoding="utf-8")
    return path


def control_text(folder: Path) -> Path:
    path = folder / "control.txt"
    path.write_text("关于\x1b]0;pwned\x07\x1b[31m支持\u202egnp.exe的办法\n\n第一条 本办法\x07自发布之日起施行。\n"
                    "第二条 奖励\x1b[2J最高100万元。\n", encoding="utf-8")
    return path


def dump_with_nul(folder: Path) -> Path:
    """A multi-policy dump whose NUL byte comes after the first 8 KB."""
    body = "第一条 为支持企业发展，对符合条件的企业给予奖励，最高100万元。第二条 本办法自发布之日起施行。" * 3
    block = "".join(f"-\n关于支持第{i}类企业发展的若干措施\n{body}\n" for i in range(1, 60))
    path = folder / "dump.txt"
    data = block.encode("utf-8")
    cut = data.index("-\n关于".encode(), 9000) + 2  # at the start of a title line past 8 KB
    path.write_bytes(data[:cut] + b"\x00" + data[cut:])
    return path


def fifo(folder: Path) -> Path:
    path = folder / "fifo"
    os.mkfifo(path)
    return path
