"""Draw a reading sample: the notes a reader judges against the two texts (docs/precision.md says how).

    python scripts/reading_sample.py GROUP SEED OUTDIR [--snapshot DIR]

For each statute pair of the group (consecutive versions under ../shared/corpus/laws, or for the held-out
groups J–V under tests/fixtures/laws; group I: the
first version against the last, across two revisions), ``policydiff compare
--format json`` (or the JSON already in --snapshot, named ``<law>_<old>_<new>.json``), then, drawn with
``random.Random(SEED).sample``: up to 25 notes of other kinds than wording_changed and formatting, up to 15
wording_changed notes, and every headline of rank 1–8 of each pair (with ``--ranks 9-15``: only the headlines of
those ranks, every one, nothing drawn: the rest of the summary a reader sees before "更多"). Writes OUTDIR/sample.txt: each item with its
kind, the pair's labels and status, the note, and the texts of the provisions it is on.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

LAWS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "laws"
GROUPS = {
    "A": ["公司法"], "B": ["行政复议法", "体育法", "海洋环境保护法"], "C": ["突发事件应对法", "道路运输条例"],
    "D": ["会计法", "上海市优化营商环境条例"], "E": ["立法法", "统计法", "专利法实施细则", "北京市机动车停车条例"],
    "F": ["发票管理办法", "中国公民收养子女登记办法", "进出口商品检验法实施条例"],
    "G": ["民事诉讼法", "保障中小企业款项支付条例"],
    "H": ["最高人民法院关于知识产权法庭若干问题的规定", "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"],
    "I": ["道路运输条例", "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"],
    # held out: full revisions no rule was tuned on before their first reading (tests/fixtures/laws)
    "J": ["反间谍法", "保守国家秘密法"], "K": ["文物保护法"], "L": ["国境卫生检疫法"],
    "M": ["国防教育法", "人体器官捐献和移植条例"], "N": ["互联网上网服务营业场所管理条例", "中国人民解放军文职人员条例"],
    "O": ["矿产资源法", "反洗钱法"], "P": ["畜牧法", "农产品质量安全法"],
    "Q": ["反垄断法", "慈善法"], "R": ["妇女权益保障法"],
    "S": ["监察法", "各级人民代表大会常务委员会监督法"],
    "T": ["全国人民代表大会和地方各级人民代表大会代表法", "职业教育法", "科学技术普及法"],
    "U": ["全国人民代表大会常务委员会议事规则", "国务院组织法", "商用密码管理条例"],
    "V": ["军人抚恤优待条例", "烈士褒扬条例"],
    "W": ["征兵工作条例", "中国人民解放军实施《药品管理法》办法"],
    "X": ["最高人民法院、最高人民检察院关于办理环境污染刑事案件适用法律若干问题的解释",
          "最高人民法院、最高人民检察院关于办理危害食品安全刑事案件适用法律若干问题的解释"]}
#: Groups whose texts are in this repository, not in the shared corpus.
HELD_OUT = {"J", "K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X"}
HELD_OUT_LAWS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "laws"
#: Groups read across two revisions at once: the first version against the last (the others: each against the next).
SPANNING = {"I"}
OTHER, WORDING, HEADLINES = 25, 15, 8


def comparisons(law: str, snapshot: Path = None, spanning: bool = False, lang: str = "zh", laws: Path = LAWS):
    versions = sorted((laws / law).glob("*.md"))
    for old, new in [(versions[0], versions[-1])] if spanning else zip(versions, versions[1:]):
        kept = snapshot / f"{law}_{old.stem}_{new.stem}.json" if snapshot else None
        if kept and kept.exists():
            text = kept.read_text(encoding="utf-8")
        else:
            # (a comparison the snapshot lacks, group I's first version against the last, is made in the notes' language:
            # reading 146's English sample was Chinese)
            text = subprocess.run([sys.executable, "-m", "policydiff", "compare", str(old), str(new), "--format", "json",
                                   "--lang", lang], capture_output=True, text=True, check=False).stdout
        yield old, new, json.loads(text)


def items(group: str, snapshot: Path = None, ranks: range = range(1, HEADLINES + 1), lang: str = "zh"):
    wording, other, heads = [], [], []
    for law in GROUPS[group]:
        for old, new, d in comparisons(law, snapshot, group in SPANNING, lang,
                                       HELD_OUT_LAWS if group in HELD_OUT else LAWS):
            oc = {c["id"]: c for c in d["old"]["clauses"]}
            nc = {c["id"]: c for c in d["new"]["clauses"]}

            def where(p):
                return (" + ".join(oc[i]["label"] or i for i in p["old"]) or "—") + " → " + \
                       (" + ".join(nc[i]["label"] or i for i in p["new"]) or "—")

            def texts(p):
                return "\n".join([f"  OLD {oc[i]['label']}: {oc[i]['text']}" for i in p["old"]]
                                 + [f"  NEW {nc[i]['label']}: {nc[i]['text']}" for i in p["new"]])

            head = f"{law} {old.stem} → {new.stem} ({old} → {new})"
            for p in d["pairs"]:
                for f in p["findings"]:
                    if f["kind"] != "formatting":
                        item = (f"[{f['kind']}] {head}", f"{where(p)} {p['status']}", f["message"], texts(p))
                        (wording if f["kind"] == "wording_changed" else other).append(item)
            for h in d["headlines"][ranks.start - 1:ranks.stop - 1]:
                ps = [d["pairs"][i] for i in h["pairs"]]
                heads.append((f"[headline {h['kind']} rank {h['rank']}] {head}", "; ".join(where(p) for p in ps[:4]),
                              h["text"], "\n".join(texts(p) for p in ps[:3])))
    return wording, other, heads


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("group", choices=sorted(GROUPS))
    ap.add_argument("seed", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--snapshot", type=Path)
    ap.add_argument("--ranks", help="FROM-TO: only the headlines of these ranks (e.g. 9-15)")
    ap.add_argument("--lang", default="zh", choices=("zh", "en"), help="the notes' language of comparisons made here")
    args = ap.parse_args()
    if args.ranks:
        first, last = (int(x) for x in args.ranks.split("-"))
        wording, other, heads = items(args.group, args.snapshot, range(first, last + 1), args.lang)
        wording, other = [], []
    else:
        wording, other, heads = items(args.group, args.snapshot, lang=args.lang)
    rng = random.Random(args.seed)
    drawn = rng.sample(other, min(OTHER, len(other))) + rng.sample(wording, min(WORDING, len(wording))) + heads
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "sample.txt", "w", encoding="utf-8") as fh:
        fh.write(f"# group {args.group}, seed {args.seed}: {len(drawn)} items ({min(OTHER, len(other))} of {len(other)} "
                 f"other notes, {min(WORDING, len(wording))} of {len(wording)} wording notes, {len(heads)} headlines)\n\n")
        for n, (kind, pair, note, text) in enumerate(drawn, 1):
            fh.write(f"## {n}. {kind}\npair: {pair}\nNOTE: {note}\n{text}\n\n")
    print(f"{args.out / 'sample.txt'}: {len(drawn)} items")


if __name__ == "__main__":
    main()
