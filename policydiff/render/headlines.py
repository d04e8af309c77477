"""What a reviewer would say first: the changes of a comparison as sentences.

Shared by every report: the HTML header links each sentence to its row, the
Markdown digest is made of them, the Word 对照表 opens with them. Structural
changes come first (deletions, additions, splits, merges, moves, a run of
renumbering said once), then the substantive findings grouped by kind, with
the same note on several clauses said once with all their labels.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from ..models import Clause, Comparison, FindingKind, Pair, Status

STATUS_ZH = {
    Status.UNCHANGED: "未修改", Status.MODIFIED: "修改", Status.ADDED: "新增",
    Status.DELETED: "删除", Status.SPLIT: "拆分", Status.MERGED: "合并", Status.MOVED: "移动",
}

KIND_ZH = {
    FindingKind.AMOUNT_CHANGED: "金额变化", FindingKind.AMOUNT_ADDED: "新增金额", FindingKind.AMOUNT_REMOVED: "删除金额",
    FindingKind.RATE_CHANGED: "比例变化", FindingKind.RATE_ADDED: "新增比例", FindingKind.RATE_REMOVED: "删除比例",
    FindingKind.QUANTITY_CHANGED: "数量/期限变化", FindingKind.QUALIFIER_REMOVED: "限定词删除",
    FindingKind.QUALIFIER_ADDED: "限定词新增", FindingKind.MODALITY_CHANGED: "义务强度变化",
    FindingKind.CONDITION_REMOVED: "条件删除", FindingKind.CONDITION_ADDED: "条件新增",
    FindingKind.REFERENCE_CHANGED: "引用变化", FindingKind.WORDING_CHANGED: "表述修改", FindingKind.FORMATTING: "仅格式",
    FindingKind.TEXT_MOVED: "文字移动",
}

#: Finding kinds in the order a digest lists them, with their group titles.
KIND_ORDER = (
    (FindingKind.AMOUNT_CHANGED, "金额", "Amounts"), (FindingKind.AMOUNT_REMOVED, "金额", "Amounts"),
    (FindingKind.AMOUNT_ADDED, "金额", "Amounts"), (FindingKind.RATE_CHANGED, "比例", "Rates"),
    (FindingKind.RATE_REMOVED, "比例", "Rates"), (FindingKind.RATE_ADDED, "比例", "Rates"),
    (FindingKind.QUANTITY_CHANGED, "数量与期限", "Quantities and terms"),
    (FindingKind.QUALIFIER_REMOVED, "限定词", "Qualifiers"), (FindingKind.QUALIFIER_ADDED, "限定词", "Qualifiers"),
    (FindingKind.MODALITY_CHANGED, "义务强度", "Duties"),
    (FindingKind.CONDITION_REMOVED, "条件与程序", "Conditions and procedures"),
    (FindingKind.CONDITION_ADDED, "条件与程序", "Conditions and procedures"),
    (FindingKind.REFERENCE_CHANGED, "引用与施行", "References and dates"),
    (FindingKind.TEXT_MOVED, "移动的文字", "Moved text"),
    (FindingKind.WORDING_CHANGED, "文字修改", "Wording"),
)
STRUCTURE_GROUP = ("条文变动", "Provisions")


@dataclass
class Headline:
    group: str           # the group title, in the report's language
    text: str            # one sentence
    anchors: List[str] = field(default_factory=list)  # row ids it is about ("o7", "n13")
    kind: str = "structure"  # a finding kind, or "structure"
    labels: List[str] = field(default_factory=list)  # the clauses a finding note is on
    note: str = ""  # the note said of all of them
    pairs: List[int] = field(default_factory=list)  # indexes into Comparison.pairs


def policy_title(comparison: Comparison) -> str:
    """The title of the newer version, as the policy itself gives it (see structure.own_title)."""
    from ..structure import own_title

    return own_title(comparison.new.title or comparison.old.title)


def anchor(pair: Pair) -> str:
    """The row id of a pair: its first old clause, else its first new one."""
    return (pair.old or pair.new)[0].id


def counts_sentence(comparison: Comparison) -> str:
    """The pairs by status, as a sentence: "修改13条、删除1条、拆分1条"."""
    counts = {status: 0 for status in Status}
    for pair in comparison.pairs:
        counts[pair.status] += 1
    return "、".join(f"{STATUS_ZH[s]}{n}条" for s, n in counts.items() if n)


def labels(clauses: Tuple[Clause, ...], sep: str = "、") -> str:
    return sep.join(c.display_label for c in clauses)


def _named(clause: Clause) -> str:
    return f"{clause.display_label}（{clause.heading}）" if clause.heading else clause.display_label


def pair_label(pair: Pair) -> str:
    """How a row is named in a sentence: "第八条（现第七条）" when renumbered."""
    old, new = labels(pair.old), labels(pair.new)
    if not pair.old:
        return new
    if pair.renumbered or (pair.new and old != new and pair.status is Status.MOVED):
        return f"{old}（现{new}）"
    return old


_COUNT_ZH = "零一两三四五六七八九十"


def _money(text: str) -> str:
    """The amounts of a clause as a reviewer lists them: "最高500万元、200万元两项"."""
    from ..findings.figures import parse_figures
    from ..findings.lexicon import load_lexicon

    amounts = []
    for figure in parse_figures(text, load_lexicon(None)):
        if figure.kind == "amount":
            before = text[max(0, figure.start - 3):figure.start]
            cap = next((w for w in ("不超过", "最高", "最多") if before.endswith(w)), "")
            amounts.append((cap, figure.text))
    if not amounts:
        return ""
    caps = {cap for cap, _ in amounts}
    if len(caps) == 1:
        listed = next(iter(caps)) + "、".join(t for _, t in amounts)
    else:
        listed = "、".join(cap + t for cap, t in amounts)
    n = len(amounts)
    count = f"{_COUNT_ZH[n]}项" if 1 < n <= 10 else (f"{n}项" if n > 10 else "")
    # What the sums are, in the clause's own terms: a penalty, a subsidy, or just sums.
    noun = "罚款" if "罚款" in text else ("支持" if re.search("支持|补助|奖励|资助|补贴", text) else "金额")
    return f"，含{listed}{count}{noun}" if count else f"，含{listed}的{noun}"


def _structure(comparison: Comparison, lang: str) -> List[Headline]:
    group = STRUCTURE_GROUP[lang == "en"]
    out: List[Headline] = []
    run: List[Pair] = []

    def flush() -> None:
        if len(run) >= 2:
            first, last = run[0], run[-1]
            if lang == "en":
                text = (f"{first.old[0].display_label}–{last.old[0].display_label} renumbered "
                        f"{first.new[0].display_label}–{last.new[0].display_label}")
            else:
                text = (f"原{first.old[0].display_label}至{last.old[0].display_label}依次改为"
                        f"{first.new[0].display_label}至{last.new[0].display_label}")
            out.append(Headline(group, text, [anchor(p) for p in run]))
        elif run:
            p = run[0]
            text = (f"{p.old[0].display_label} renumbered {p.new[0].display_label}" if lang == "en"
                    else f"原{p.old[0].display_label}改为{p.new[0].display_label}")
            out.append(Headline(group, text, [anchor(p)]))
        run.clear()

    def offset(p: Pair) -> Optional[int]:
        a, b = p.old[0].number, p.new[0].number
        return None if a is None or b is None else b - a

    for pair in comparison.pairs:
        one_to_one = len(pair.old) == 1 and len(pair.new) == 1
        if (pair.renumbered and one_to_one and pair.status in (Status.UNCHANGED, Status.MODIFIED)
                and (not run or (offset(pair) == offset(run[-1]) and offset(pair) is not None
                                 and pair.old[0].number == run[-1].old[0].number + 1))):
            run.append(pair)
            continue
        flush()
        if pair.renumbered and one_to_one and pair.status in (Status.UNCHANGED, Status.MODIFIED):
            run.append(pair)
            continue
        sentence = _structural_sentence(pair, lang)
        if sentence:
            out.append(Headline(group, sentence, [anchor(pair)]))
    flush()
    return out


def _structural_sentence(pair: Pair, lang: str) -> str:
    en = lang == "en"
    if pair.status is Status.DELETED:
        clause = pair.old[0]
        return (f"{labels(pair.old)} deleted" if en
                else f"{_named(clause)}整条删除{_money(pair.old_text)}")
    if pair.status is Status.ADDED:
        clause = pair.new[0]
        return (f"{labels(pair.new)} added" if en
                else f"新增{_named(clause)}{_money(pair.new_text)}")
    if pair.status is Status.SPLIT:
        return (f"{labels(pair.old)} split into {labels(pair.new, ' and ')}" if en
                else f"{labels(pair.old)}拆分为{labels(pair.new)}")
    if pair.status is Status.MERGED:
        return (f"{labels(pair.old, ' and ')} merged into {labels(pair.new)}" if en
                else f"{labels(pair.old)}合并为{labels(pair.new)}")
    if pair.status is Status.MOVED:
        return (f"{labels(pair.old)} moved (now {labels(pair.new)})" if en
                else f"{labels(pair.old)}位置调整（现{labels(pair.new)}）")
    return ""


_HEAD = re.compile(r"^(.*?)[：，:,]")
_TIMES = re.compile(r"（共\d+处）$")


def _findings(comparison: Comparison, lang: str, wording: bool, merge: bool = True) -> List[Headline]:
    en = lang == "en"
    order = {kind: i for i, (kind, _, _) in enumerate(KIND_ORDER)}
    groups = {kind: (en_title if en else zh) for kind, zh, en_title in KIND_ORDER}
    items: Dict[Tuple[int, str], Headline] = {}
    for pair in comparison.pairs:
        label = pair_label(pair)
        for finding in pair.findings:
            if finding.kind is FindingKind.FORMATTING:
                continue
            if finding.kind is FindingKind.WORDING_CHANGED and not wording:
                continue
            message = (finding.message_en if en and finding.message_en else finding.message)
            message = _TIMES.sub("", message)
            head = _HEAD.match(message)
            # Qualifier and duty notes read the same on every clause: say them once.
            shared = merge and finding.kind in (FindingKind.QUALIFIER_REMOVED, FindingKind.QUALIFIER_ADDED,
                                                FindingKind.MODALITY_CHANGED) and head
            key = (order[finding.kind], head.group(1) if shared else f"{anchor(pair)}|{message}")
            if key in items:
                line = items[key]
                if anchor(pair) not in line.anchors:
                    line.anchors.append(anchor(pair))
                    line.labels.append(label)
                continue
            items[key] = Headline(groups[finding.kind], message, [anchor(pair)], finding.kind.value,
                                  [label], head.group(1) if shared else message)
    out = []
    for key in sorted(items, key=lambda k: k[0]):
        line = items[key]
        said = line.note if len(line.labels) > 1 else line.text
        line.text = f"{'、'.join(line.labels)}：{said}"
        out.append(line)
    return out


def headlines(comparison: Comparison, lang: str = "zh", wording: bool = False,
              merge: bool = True) -> List[Headline]:
    """The structural changes, then the substantive findings (wording notes only
    when asked); ``merge`` says a qualifier or duty note shared by several
    clauses once, with all their labels."""
    return _structure(comparison, lang) + _findings(comparison, lang, wording, merge)


def ranked_headlines(comparison: Comparison, lang: str = "zh") -> List[Headline]:
    """The summary sentences, most important first, each with the indexes of its pairs
    (``headlines`` of comparison@2; every format says the same sentences)."""
    index: Dict[str, int] = {}
    for i, pair in enumerate(comparison.pairs):
        for clause in pair.old + pair.new:
            index.setdefault(clause.id, i)
    out = headlines(comparison, lang)
    for line in out:
        line.pairs = sorted({index[a] for a in line.anchors if a in index})
    return out
