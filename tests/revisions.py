"""A synthetic revision generator: a statute's articles edited as drafters edit them, with the truth.

Operations (each article takes part in at most one):

- insert: a new article (an article of another statute) at a random place;
- delete: an article dropped;
- split: an article cut in two at a paragraph (款) or sentence boundary;
- merge: two neighbouring articles made one;
- move: an article moved ten or more places away;
- rewrite: a few drafter's edits inside an article (应当 → 可以, a figure changed,
  a clause dropped, a proviso or a sentence added);
- renumber: follows from all of the above, every article numbered afresh.

The truth is the set of links (old article, new article) a reviewer would
draw: one for a rewrite or move, two for a split or merge, none for an
insertion or deletion.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import List, Sequence, Set, Tuple

OPERATIONS = ("insert", "delete", "split", "merge", "move", "rewrite")

_CN = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """1 → 一, 10 → 十, 15 → 十五, 105 → 一百零五, 240 → 二百四十."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    if not rest:
        return _CN[hundreds] + "百"
    return _CN[hundreds] + "百" + ("零" + _CN[rest] if rest < 10 else ("一" + chinese(rest) if rest < 20 else chinese(rest)))


@dataclass
class _Article:
    text: str
    sources: Tuple[int, ...]  # indexes of the old articles it comes from
    touched: bool = False


@dataclass(frozen=True)
class Revision:
    old_text: str
    new_text: str
    links: Set[Tuple[int, int]]  # (old article index, new article index)
    operations: Tuple[str, ...]


def as_text(title: str, articles: Sequence[str]) -> str:
    return f"# {title}\n\n" + "\n\n".join(f"第{chinese(k)}条 {text}" for k, text in enumerate(articles, 1)) + "\n"


def _rewrite(text: str, rng: random.Random) -> str:
    edits = [
        lambda t: t.replace("应当", "可以", 1) if "应当" in t else None,
        lambda t: re.sub(r"([一二三四五六七八九十百千]+)(日|年|万元|元|倍)", lambda m: "两" + m.group(2), t, count=1)
        if re.search(r"[一二三四五六七八九十百千]+(日|年|万元|元|倍)", t) else None,
        lambda t: t.rstrip("。") + "，但是法律、行政法规另有规定的除外。",
        lambda t: t + "\n具体办法由国务院有关部门制定。",
        lambda t: (lambda parts: "，".join(parts[:1] + parts[2:]) if len(parts) > 3 else None)(t.split("，")),
        lambda t: t.replace("县级以上", "设区的市级以上", 1) if "县级以上" in t else None,
    ]
    done = 0
    for edit in rng.sample(edits, len(edits)):
        changed = edit(text)
        if changed and changed != text:
            text, done = changed, done + 1
            if done == 2:
                break
    return text


def _split_point(text: str) -> int:
    """Where to cut an article in two: its middle paragraph break, else its middle sentence end; 0 if none."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    if not breaks:
        breaks = [m.end() for m in re.finditer("[。；](?=.)", text)]
    if not breaks:
        return 0
    return breaks[len(breaks) // 2]


def revise(title: str, articles: Sequence[str], donors: Sequence[str], seed: int,
           share: float = 0.12) -> Revision:
    """A revision of ``articles``: about ``share`` of them take part in an operation."""
    rng = random.Random(seed)
    items: List[_Article] = [_Article(t, (k,)) for k, t in enumerate(articles)]
    done: List[str] = []
    wanted = max(6, int(len(articles) * share))
    tries = 0
    while len(done) < wanted and tries < wanted * 20:
        tries += 1
        op = OPERATIONS[len(done) % len(OPERATIONS)] if len(done) < len(OPERATIONS) else rng.choice(OPERATIONS)
        free = [k for k, a in enumerate(items) if not a.touched and a.sources]
        if not free:
            break
        k = rng.choice(free)
        article = items[k]
        if op == "insert":
            items.insert(rng.randrange(len(items) + 1), _Article(rng.choice(donors), (), True))
        elif op == "delete":
            del items[k]
        elif op == "split":
            cut = _split_point(article.text)
            if not cut or len(article.text) < 60:
                continue
            first, second = article.text[:cut].strip(), article.text[cut:].strip()
            items[k:k + 1] = [_Article(first, article.sources, True), _Article(second, article.sources, True)]
        elif op == "merge":
            if k + 1 >= len(items) or items[k + 1].touched or not items[k + 1].sources:
                continue
            nxt = items[k + 1]
            items[k:k + 2] = [_Article(article.text + "\n" + nxt.text, article.sources + nxt.sources, True)]
        elif op == "move":
            if len(items) < 25:
                continue
            del items[k]
            far = [p for p in range(len(items) + 1) if abs(p - k) >= 10]
            article.touched = True
            items.insert(rng.choice(far), article)
        else:  # rewrite
            changed = _rewrite(article.text, rng)
            if changed == article.text:
                continue
            items[k] = _Article(changed, article.sources, True)
        done.append(op)
    links = {(old, new) for new, a in enumerate(items) for old in a.sources}
    return Revision(as_text(title, articles), as_text(title, [a.text for a in items]), links, tuple(done))
