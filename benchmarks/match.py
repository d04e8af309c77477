"""`policydiff match` on 10,000 synthetic documents, against all-pairs scoring.

Writes 5,000 synthetic policies twice, as an "old" and a "new" folder of
.txt files (10,000 documents). Each policy is a title and 10–16 articles of
sentences drawn from the statutes in ../shared/corpus/laws, so unrelated
documents share legal boilerplate as real ones do; its new version has
articles reworded, dropped, added and renumbered. Then times

  - policydiff: `policydiff match OLD NEW --format json`, a fresh process
    (reading, MinHash LSH candidates, exact scores), and
  - the peer: all-pairs scoring (difflib.SequenceMatcher.quick_ratio, the
    cheapest difflib score, on every pair), timed on a sample of old
    documents against all new ones and scaled up to all pairs,

and prints both times, the ratio, and how many policies found their own new
version first. Targets: at least 99% found, and the whole run in under 120 s.
Exit status 1 when a target is missed.

    python benchmarks/match.py [--policies N] [--sample N]
"""
from __future__ import annotations

import argparse
import difflib
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
RECALL_TARGET = 0.99
TIME_LIMIT = 120.0
NUMERALS = "一二三四五六七八九十"


def chinese_number(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    tens, ones = divmod(n, 10)
    return (NUMERALS[tens - 1] if tens > 1 else "") + "十" + (NUMERALS[ones - 1] if ones else "")


def sentence_pool() -> list:
    pool = set()
    for path in sorted((CORPUS / "laws").glob("*/*.md")):
        for sentence in re.split(r"(?<=[。；])", path.read_text(encoding="utf-8")):
            sentence = re.sub(r"^第[一二三四五六七八九十百零]+条\s*", "", sentence.strip())
            if 12 <= len(sentence) <= 120 and not sentence.startswith(("#", "<")):
                pool.add(sentence)
    return sorted(pool)


def write_versions(policies: int, old_dir: Path, new_dir: Path, seed: int = 7) -> None:
    rnd = random.Random(seed)
    pool = sentence_pool()
    places = ["石景山区", "海淀区", "松江区", "宝安区", "浦东新区", "南山区", "滨海新区", "余杭区"]
    topics = ["工业互联网", "数字经济", "生物医药", "集成电路", "人工智能", "绿色低碳", "商贸流通", "文化旅游"]
    kinds = ["支持办法", "若干措施", "管理办法", "实施细则", "扶持政策"]
    for n in range(policies):
        title = f"{rnd.choice(places)}促进{rnd.choice(topics)}发展{rnd.choice(kinds)}（第{n}号）"
        articles = [" ".join(rnd.sample(pool, 2)) for _ in range(rnd.randint(10, 16))]
        new = list(articles)
        for _ in range(rnd.randint(1, 3)):  # reword an article
            i = rnd.randrange(len(new))
            new[i] = new[i][: len(new[i]) // 2] + rnd.choice(pool)
        if rnd.random() < 0.5:  # drop one, renumbering the rest
            del new[rnd.randrange(len(new))]
        if rnd.random() < 0.5:  # add one
            new.insert(rnd.randrange(len(new) + 1), " ".join(rnd.sample(pool, 2)))
        for folder, body, suffix in ((old_dir, articles, "（征求意见稿）"), (new_dir, new, "")):
            text = "\n".join(f"第{chinese_number(i + 1)}条 {a}" for i, a in enumerate(body))
            (folder / f"{n:05d}.txt").write_text(f"{title}{suffix}\n{text}\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policies", type=int, default=5000, help="policies (each old and new)")
    parser.add_argument("--sample", type=int, default=20, help="old documents the peer is timed on")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        old_dir, new_dir = Path(tmp) / "old", Path(tmp) / "new"
        old_dir.mkdir()
        new_dir.mkdir()
        write_versions(args.policies, old_dir, new_dir)
        print(f"{2 * args.policies} documents written to {tmp}")

        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "policydiff", "match", str(old_dir), str(new_dir),
                               "--format", "json", "--top", "1"], capture_output=True, text=True)
        ours = time.perf_counter() - start
        if proc.returncode:
            raise SystemExit(proc.stderr)
        found = json.loads(proc.stdout)["matches"]
        right = sum(1 for m in found if Path(m["a"]["source"]).name == Path(m["b"]["source"]).name)
        recall = right / args.policies

        olds = sorted(old_dir.iterdir())[: args.sample]
        news = [p.read_text(encoding="utf-8") for p in sorted(new_dir.iterdir())]
        start = time.perf_counter()
        for path in olds:
            matcher = difflib.SequenceMatcher(autojunk=False)
            matcher.set_seq2(path.read_text(encoding="utf-8"))
            for text in news:
                matcher.set_seq1(text)
                matcher.quick_ratio()
        peer = (time.perf_counter() - start) * args.policies / len(olds)

    print(f"policydiff match: {ours:.1f} s for {args.policies} × {args.policies} documents; "
          f"{right}/{args.policies} found their own new version first ({recall:.1%})")
    print(f"all pairs with difflib quick_ratio: {peer:.1f} s (timed on {len(olds)} × {args.policies}, scaled)")
    print(f"ratio policydiff / all pairs: {ours / peer:.3f}")
    ok = recall >= RECALL_TARGET and ours <= TIME_LIMIT
    print("within target" if ok else f"MISSED: need ≥{RECALL_TARGET:.0%} found and ≤{TIME_LIMIT:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
