"""Which main-text extractor reads government pages right: policydiff's own
reader (known containers, then the densest block, then the furniture lines
stripped) against trafilatura and readability-lxml.

Pages: the seed page of the tests (tests/formats.py: a CMS page around the
Shijingshan final) and the 21 hand-built government and WeChat layouts in
tests/fixtures/html (see make.py there). A page is read right when the
policy's title is in the first three lines read (a page may print it
over two lines itself), its first and last paragraphs are
there, and none of the furniture (发布时间, 字号 大 中 小, 打印本页, share bars,
view counters…) is. Prints one row per page and the totals.

    python benchmarks/html_extractors.py
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "html"
sys.path.insert(0, str(ROOT / "tests"))
CORPUS = ROOT.parent / "shared" / "corpus"


def key(text: str) -> str:
    from policydiff.normalize import canonical, loose_key

    return loose_key(canonical(text))


def pages():
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    furniture = expected["furniture"]
    seed = CORPUS / "shijingshan" / "2022-final-web.txt"
    if seed.exists():
        from formats import page_html, paragraphs_of

        title, paragraphs = paragraphs_of(seed)
        yield "00-seed.html", page_html(title, paragraphs).encode("utf-8"), {
            "title": title, "first": paragraphs[0], "last": paragraphs[-1]}, furniture
    for name, want in expected["pages"].items():
        yield name, (FIXTURES / name).read_bytes(), want, furniture


def policydiff_reader(data: bytes) -> str:
    from policydiff.ingest.html import read_html

    return read_html(data, "page.html").text


def _decoded(data: bytes) -> str:
    from policydiff.ingest.html import decode_html

    return decode_html(data, "page.html").text


def trafilatura_reader(data: bytes) -> str:
    import trafilatura

    document = trafilatura.bare_extraction(_decoded(data), include_tables=True, include_comments=False,
                                           with_metadata=True)
    if document is None:
        return ""
    title, text = document.title or "", document.text or ""
    return f"{title}\n{text}"


def readability_reader(data: bytes) -> str:
    from bs4 import BeautifulSoup
    from readability import Document

    document = Document(_decoded(data))
    soup = BeautifulSoup(document.summary(html_partial=True), "html.parser")
    lines = [l.strip() for l in soup.get_text("\n").splitlines() if l.strip()]
    return "\n".join([document.short_title()] + lines)


def trafilatura_stripped(data: bytes) -> str:
    """trafilatura's text with policydiff's furniture lines taken out: the
    extractor's choice of body, given the same line filter."""
    from policydiff.ingest.html import strip_furniture

    return "\n".join(strip_furniture(trafilatura_reader(data).splitlines()))


READERS = {"policydiff": policydiff_reader, "trafilatura": trafilatura_reader,
           "trafilatura+strip": trafilatura_stripped, "readability": readability_reader}


def verdict(text: str, want: dict, furniture) -> str:
    lines = [l for l in text.splitlines() if l.strip()]
    whole = key(text)
    problems = []
    if key(want["title"]) not in key("".join(lines[:3])):
        problems.append("title")
    if key(want["first"]) not in whole:
        problems.append("first")
    if key(want["last"]) not in whole:
        problems.append("last")
    leaked = [f for f in furniture if f in text]
    if leaked:
        problems.append("furniture:" + ",".join(leaked[:3]))
    return " ".join(problems) or "ok"


def main() -> None:
    import logging

    logging.disable(logging.WARNING)
    right = {name: 0 for name in READERS}
    seconds = {name: 0.0 for name in READERS}
    count = 0
    print(f"{'page':32}" + "".join(f"{name:>34}" for name in READERS))
    for page, data, want, furniture in pages():
        count += 1
        row = []
        for name, reader in READERS.items():
            start = time.perf_counter()
            try:
                result = verdict(reader(data), want, furniture)
            except Exception as exc:  # an extractor that fails on a page did not read it
                result = f"error {type(exc).__name__}"
            seconds[name] += time.perf_counter() - start
            right[name] += result == "ok"
            row.append(result[:33])
        print(f"{page:32}" + "".join(f"{r:>34}" for r in row))
    print(f"{'read right':32}" + "".join(f"{f'{right[n]} of {count}':>34}" for n in READERS))
    print(f"{'seconds':32}" + "".join(f"{seconds[n]:>34.2f}" for n in READERS))


if __name__ == "__main__":
    main()
