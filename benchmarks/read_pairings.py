"""Draw pairings of the five full revisions for a reviewer to judge by reading (issue 13).

For each of 公司法, 行政复议法, 体育法, 突发事件应对法 and 海洋环境保护法, draw with a
printed seed 10 pairs that are not unchanged and 10 articles shown as deleted or
added, and print each with the texts needed to judge it: both texts of a pair;
for a deleted (added) article its text and the closest articles of the other
version, each with what the tool did with it, so a successor (predecessor)
standing among the added (deleted) is seen at once.

Verdicts: a pairing is right iff the old article is the new one's predecessor;
a deleted article is a miss when its successor is among the added (an added
one, when its predecessor is among the deleted).

    python benchmarks/read_pairings.py [--seed N] [--width N]
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policydiff import compare  # noqa: E402
from policydiff.models import Status  # noqa: E402
from policydiff.normalize import loose_key  # noqa: E402

LAWS = ROOT.parent / "shared" / "corpus" / "laws"
REVISIONS = {
    "公司法": ("2018-10-26", "2023-12-29"),
    "行政复议法": ("2017-09-01", "2023-09-01"),
    "体育法": ("2016-11-07", "2022-06-24"),
    "突发事件应对法": ("2007-08-30", "2024-06-28"),
    "海洋环境保护法": ("2017-11-04", "2023-10-24"),
}


def draw(name: str, seed: int):
    """The comparison and the drawn (pairs, deleted-or-added) of one revision."""
    old, new = REVISIONS[name]
    comparison = compare(LAWS / name / f"{old}.md", LAWS / name / f"{new}.md")
    rng = random.Random(f"{seed}:{name}")
    paired = [p for p in comparison.pairs if p.old and p.new and p.status is not Status.UNCHANGED]
    lone = [p for p in comparison.pairs if not (p.old and p.new)]
    return comparison, rng.sample(paired, min(10, len(paired))), rng.sample(lone, min(10, len(lone)))


def _closest(comparison, clause, side: str, k: int = 2):
    from rapidfuzz.fuzz import ratio

    status = {}
    for pair in comparison.pairs:
        for c in pair.old if side == "old" else pair.new:
            status[c.id] = pair.status.value + ("→" + "+".join(x.label for x in (pair.new if side == "old" else pair.old))
                                                if pair.old and pair.new else "")
    pool = comparison.old.clauses if side == "old" else comparison.new.clauses
    key = loose_key(clause.text)
    scored = sorted(((ratio(key, loose_key(c.text)) / 100, c) for c in pool if c.label), key=lambda t: -t[0])
    return [(round(s, 2), c, status[c.id]) for s, c in scored[:k]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--width", type=int, default=110)
    args = parser.parse_args()
    w = args.width
    print(f"seed {args.seed}")
    for name in REVISIONS:
        comparison, pairs, lone = draw(name, args.seed)
        print(f"\n==== {name}")
        for n, p in enumerate(pairs, 1):
            print(f"P{n} {p.status.value} {'+'.join(c.label for c in p.old)} → {'+'.join(c.label for c in p.new)}"
                  f" sim {p.similarity}")
            print("   old:", p.old_text.replace("\n", " ")[:w])
            print("   new:", p.new_text.replace("\n", " ")[:w])
        for n, p in enumerate(lone, 1):
            clause, other = (p.old[0], "new") if p.old else (p.new[0], "old")
            print(f"L{n} {p.status.value} {clause.label}: {clause.text.replace(chr(10), ' ')[:w]}")
            for score, c, status in _closest(comparison, clause, other):
                print(f"   ~{score} {c.label} [{status}]: {c.text.replace(chr(10), ' ')[:w - 20]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
