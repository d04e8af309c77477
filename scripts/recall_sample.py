"""Draw a recall sample: changed pairs whose every change a reader lists and finds said or not (docs/precision.md).

    python scripts/recall_sample.py SNAPSHOT SEED N OUTDIR

SNAPSHOT: a folder of ``policydiff compare --format json`` outputs, one per statute pair (``<law>_<old>_<new>.json``;
the Shijingshan pairs are left out). Draws N pairs with ``random.Random(SEED).sample`` among every pair modified,
moved, split or merged, and writes OUTDIR/sample.txt: each pair's labels and status, both texts in full and every note.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("seed", type=int)
    parser.add_argument("n", type=int)
    parser.add_argument("outdir", type=Path)
    args = parser.parse_args()
    candidates = []
    for path in sorted(args.snapshot.glob("*.json")):
        if path.name.startswith("shijingshan"):
            continue
        result = json.loads(path.read_text(encoding="utf-8"))
        old = {c["id"]: c for c in result["old"]["clauses"]}
        new = {c["id"]: c for c in result["new"]["clauses"]}
        candidates += [(path.stem, pair, old, new) for pair in result["pairs"]
                       if pair["status"] in ("modified", "moved", "split", "merged") and pair["old"] and pair["new"]]
    drawn = random.Random(args.seed).sample(candidates, args.n)
    lines = [f"# recall sample, seed {args.seed}: {args.n} pairs of {len(candidates)} changed pairs", ""]
    for k, (name, pair, old, new) in enumerate(drawn, 1):
        law, a, b = name.rsplit("_", 2)
        lines.append(f"## {k}. {law} {a} → {b}")
        lines.append("pair: " + "+".join(old[i]["label"] for i in pair["old"]) + " → "
                     + "+".join(new[i]["label"] for i in pair["new"]) + f" ({pair['status']})")
        lines += [f"OLD {old[i]['label']}:\n{old[i]['text']}" for i in pair["old"]]
        lines += [f"NEW {new[i]['label']}:\n{new[i]['text']}" for i in pair["new"]]
        lines.append("NOTES:")
        lines += [f"  - [{f['kind']}] {f['message']}" for f in pair["findings"]] or ["  (none)"]
        lines.append("")
    args.outdir.mkdir(parents=True, exist_ok=True)
    (args.outdir / "sample.txt").write_text("\n".join(lines), encoding="utf-8")
    print(f"{args.n} of {len(candidates)} changed pairs → {args.outdir / 'sample.txt'}")


if __name__ == "__main__":
    main()
