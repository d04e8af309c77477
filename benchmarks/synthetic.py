"""Synthetic version pairs for the speed benchmarks and the scale tests.

Every generator is seeded and builds texts from the real statutes in
../shared/corpus, so the clauses read like law (shared boilerplate included).
"""
from __future__ import annotations

import random
import re
from pathlib import Path
from typing import List, Tuple

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CIVIL_CODE = CORPUS / "large" / "民法典-2020.md"
NUMERALS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1..99,999,999 as a Chinese numeral (第一千二百六十条, 第一万零八十条)."""
    if n >= 10000:
        high, low = divmod(n, 10000)
        return chinese_number(high) + "万" + ("零" if 0 < low < 1000 else "") + (chinese_number(low) if low else "")
    units = ["", "十", "百", "千"]
    digits = [int(d) for d in str(n)]
    out, zero = "", False
    for k, d in enumerate(digits):
        unit = units[len(digits) - 1 - k]
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += ("" if d == 1 and unit == "十" and not out else NUMERALS[d]) + unit
    return out


def civil_code_articles() -> List[str]:
    """The bodies of the 民法典's articles (without their 第X条 labels), in order."""
    text = CIVIL_CODE.read_text(encoding="utf-8")
    parts = re.split(r"(?m)^第[一二三四五六七八九十百千零]+条\s*", text)[1:]
    bodies = []
    for part in parts:
        body = "\n".join(l for l in part.strip().split("\n")
                         if l.strip() and not re.match(r"^(第.+[编章节]|#)", l.strip()))
        bodies.append(body)
    return bodies


def as_text(title: str, articles: List[str]) -> str:
    return title + "\n" + "\n".join(f"第{chinese_number(k + 1)}条 {a}" for k, a in enumerate(articles)) + "\n"


def edit_article(text: str, rng: random.Random) -> str:
    """One reviewer-visible edit: a figure, a modal verb, a dropped or an added phrase."""
    kind = rng.randrange(4)
    if kind == 0 and re.search(r"[一二三四五六七八九十]+[日年个倍]", text):
        return re.sub(r"[一二三四五六七八九十]+(?=[日年个倍])", lambda m: m.group() + "五", text, count=1)
    if kind == 1 and "应当" in text:
        return text.replace("应当", "可以", 1)
    if kind == 2 and "，" in text:
        head, _, tail = text.partition("，")
        rest = tail.partition("，")[2]
        if rest:
            return head + "，" + rest
    return text.rstrip("。") + "，但是法律另有规定的除外。"


def rewrite_article(text: str, rng: random.Random) -> str:
    """The article reworded throughout: every sentence's clauses reordered and one phrase replaced."""
    sentences = [s for s in re.split(r"(?<=[。；])", text) if s]
    out = []
    for s in sentences:
        parts = s.rstrip("。；").split("，")
        rng.shuffle(parts)
        out.append("，".join(parts) + "。")
    return "".join(out).replace("的", "之", 1) + "有关部门应当加强监督管理。"


def civil_code_pair(times: int, share: float, seed: int = 18, rewrite: bool = False) -> Tuple[str, str]:
    """The 民法典 repeated ``times`` times, and a copy with ``share`` of the articles edited
    (or, with ``rewrite``, every article rewritten)."""
    rng = random.Random(seed)
    articles = civil_code_articles() * times
    new = []
    for a in articles:
        if rewrite:
            new.append(rewrite_article(a, rng))
        elif rng.random() < share:
            new.append(edit_article(a, rng))
        else:
            new.append(a)
    return as_text("中华人民共和国民法典", articles), as_text("中华人民共和国民法典", new)


def repeated_pair(count: int = 3000, inserted: bool = False, seed: int = 18) -> Tuple[str, str]:
    """``count`` identical articles, each edited differently in the new version (with
    ``inserted``, one unrelated article added at the start)."""
    base = "违反本法规定，有关单位未按照规定履行职责的，由县级以上人民政府有关部门责令改正，给予警告；情节严重的，处五万元以上二十万元以下的罚款。"
    old = [base] * count
    new = [base.replace("。", f"，并公告第{chinese_number(k + 1)}批名单。") for k in range(count)]
    if inserted:
        new.insert(0, "本法自公布之日起施行。国务院有关部门应当制定配套规定。")
    return as_text("某某管理条例", old), as_text("某某管理条例", new)


def rewritten_pair(count: int = 3000, seed: int = 18) -> Tuple[str, str]:
    """``count`` articles of the 民法典 (cycled), every one rewritten in the new version."""
    rng = random.Random(seed)
    articles = civil_code_articles()
    old = [articles[k % len(articles)] for k in range(count)]
    return as_text("某某法", old), as_text("某某法", [rewrite_article(a, rng) for a in old])


def long_article_pair(length: int = 200_000, share: float = 0.05, seed: int = 18) -> Tuple[str, str]:
    """One article of ``length`` characters (the 民法典's sentences), and a copy with
    ``share`` of its sentences edited."""
    rng = random.Random(seed)
    body = "".join(civil_code_articles()).replace("\n", "")
    while len(body) < length:
        body += body
    body = body[:length]
    sentences = re.findall(r"[^。；]*[。；]?", body)
    new = "".join(s[: len(s) // 2] + "等" + s[len(s) // 2:] if s and rng.random() < share else s
                  for s in sentences)
    return "第一条 " + body + "\n", "第一条 " + new + "\n"
