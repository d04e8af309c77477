"""Count and sample findings on real statute pairs, for reading by hand.

    python scripts/findings_sample.py                 # counts only
    python scripts/findings_sample.py --seed 12 --wording 40 --other 20
    python scripts/findings_sample.py --seed 20261201 --wording 40 --other 40   # issue 12 samples

Counts: modality_changed, wording_changed, and the share of wording notes that
quote a fragment of one or two characters. The sample is drawn with
``random.Random(seed).sample`` so anyone can redraw it.
"""
from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from policydiff import compare

LAWS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "laws"
PAIRS = [("公司法", "2018-10-26", "2023-12-29"),
         ("道路运输条例", "2019-03-02", "2022-03-29"),
         ("道路运输条例", "2022-03-29", "2023-07-20")]
_QUOTED = re.compile(r"“([^”]*)”")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--laws", type=Path, default=LAWS)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--wording", type=int, default=40)
    ap.add_argument("--other", type=int, default=20)
    ap.add_argument("--other-kinds", default="all",
                    help="comma-separated kinds, or 'all': every kind but wording_changed and formatting")
    args = ap.parse_args()
    everything = []
    for law, a, b in PAIRS:
        result = compare(args.laws / law / f"{a}.md", args.laws / law / f"{b}.md")
        items = [(law, a, b, p, f) for p in result.pairs for f in p.findings]
        everything += items
        kinds = [f.kind.value for *_, f in items]
        wording = [f for *_, f in items if f.kind.value == "wording_changed"]
        quotes = [q for f in wording for q in _QUOTED.findall(f.message)]
        short = [f for f in wording if any(len(q) <= 2 for q in _QUOTED.findall(f.message))]
        print(f"{law} {a} → {b}: modality_changed {kinds.count('modality_changed')}, "
              f"wording_changed {len(wording)}, text_moved {kinds.count('text_moved')}, "
              f"condition_* {sum(k.startswith('condition_') for k in kinds)}, formatting {kinds.count('formatting')}; "
              f"wording notes quoting a 1–2 character fragment {len(short)}/{len(wording)} "
              f"({len(short) / max(len(wording), 1):.0%}); 1–2 character quotes {sum(len(q) <= 2 for q in quotes)}"
              f"/{len(quotes)}")
    if args.seed is None:
        return
    rng = random.Random(args.seed)
    other_kinds = ({f.kind.value for *_, f in everything} - {"wording_changed", "formatting"}
                   if args.other_kinds == "all" else set(args.other_kinds.split(",")))
    for title, kinds, n in (("wording_changed", {"wording_changed"}, args.wording),
                            ("non-wording (" + "+".join(sorted(other_kinds)) + ")", other_kinds, args.other)):
        pool = [it for it in everything if it[4].kind.value in kinds]
        sample = rng.sample(pool, min(n, len(pool)))
        print(f"\n== seed {args.seed}: {len(sample)} of {len(pool)} {title}")
        for i, (law, a, b, p, f) in enumerate(sample, 1):
            labels = "+".join(c.label for c in p.old) or "—"
            new_labels = "+".join(c.label for c in p.new) or "—"
            print(f"{i}. {law} {a[:4]}→{b[:4]} {labels}→{new_labels} [{f.kind.value}] {f.message}")
            print(f"   old: {f.old}\n   new: {f.new}")


if __name__ == "__main__":
    main()
