"""A business taken from licensing to filing: condition_removed, "改为备案：“…”由许可改为备案".

道路运输条例 2019 → 2022 第三十九条: "申请从事道路运输站(场)经营和机动车驾驶员培训业务的，…作出许可或者不予许可的决定"
became "申请从事道路旅客运输站（场）经营业务的，…许可…" and "从事道路货物运输站（场）经营、机动车维修经营和机动车驾驶员
培训业务的，…进行备案". The wording notes said two lists edited ("“运输站”改为“旅客运输站”", "“机动车维修经营”改为“道路货物
运输站（场）经营、机动车维修经营和机动车驾驶员培训”"); what a reviewer writes is that driver training and freight
stations no longer need a licence, only a filing (missing from the headlines in readings 59–66).

A business is what a paragraph's "（申请）从事X（业务）的，" names, each member of X's list on its own; licensed where
that paragraph grants or refuses a licence (许可), filed where it files (备案). Penalty paragraphs ("未取得许可，擅自从事…")
say what is punished, not what is required: not read. A business the new version files that the old one licensed,
and the new one no longer licenses, moved from licensing to filing; so did one the new version names more narrowly
(道路运输站（场） → 道路货物运输站（场）, while 道路旅客运输站（场） stays licensed).
"""
from __future__ import annotations

from typing import Dict, List

from .. import recache
from ..models import Finding, FindingKind
from .changes import Note
from .penalties import named_closer  # (a name more closely: its words in order, a few more)
from .slight import _HEAD_JOINERS  # (the words that join a list's members)

#: "申请从事道路运输站(场)经营和机动车驾驶员培训业务的，": the business, before its 业务 and the 的 closing the case.
_DOING = recache.compile(r"(?:申请)?从事([^，。；：、\n]{2,40}(?:[、和及][^，。；：、\n]{2,40})*?)(?:业务)?的，")
_MEMBERS = recache.compile("|".join(_HEAD_JOINERS))  # (或者, 以及 before 及: the longer joiner first)
_PENALTY = recache.compile(r"罚款|处罚|没收|责令|吊销|擅自|未取得|未经")
_LICENCE = recache.compile(r"许可|批准|审批")
_FILING = recache.compile(r"备案")
_BRACKETS = str.maketrans("()", "（）")
_QUOTED = recache.compile(r"“([^”]*)”")


def _businesses(text: str, marker) -> Dict[str, str]:
    """The businesses that paragraphs saying ``marker`` (and no penalty) name, in order, each with the marker's word
    there (许可, 批准)."""
    out: Dict[str, str] = {}
    for paragraph in text.split("\n"):
        said = marker.search(paragraph)
        if not said or _PENALTY.search(paragraph):
            continue
        for m in _DOING.finditer(paragraph):
            for member in _MEMBERS.split(m.group(1)):
                member = member.strip().translate(_BRACKETS)
                member = member[:-2] if member.endswith("业务") else member
                if len(member) >= 2:
                    out.setdefault(member, said.group())
    return out


def find_regime_changes(pair, changes, lexicon) -> List[Note]:
    """condition_removed: businesses the old version licensed and the new one files instead."""
    if not _FILING.search(pair.new_text) or not _LICENCE.search(pair.old_text):
        return []
    licensed_old, licensed_new = _businesses(pair.old_text, _LICENCE), _businesses(pair.new_text, _LICENCE)
    filed_old, filed_new = _businesses(pair.old_text, _FILING), _businesses(pair.new_text, _FILING)
    moved: Dict[str, List[str]] = {}  # the old version's word (许可, 批准) → the businesses filed instead
    for business in filed_new:
        if business in filed_old or business in licensed_new:
            continue
        was = licensed_old.get(business) or next((word for old, word in licensed_old.items()
                                                  if old not in licensed_new and named_closer(old, business)), None)
        if was:
            moved.setdefault(was, []).append(business)
    # (a business the old version licensed under a wider name, licensed still under a narrower one: "道路运输站（场）" whose
    # freight stations are filed, "道路旅客运输站（场）" licensed; said, and its edit, "“运输站”改为“旅客运输站”", is the
    # note's: a fragment repeating it in reading 126)
    narrowed = [b for b in licensed_new if b not in licensed_old and any(
        named_closer(old, b) for old in licensed_old if old not in licensed_new)]
    notes = []
    for word, businesses in moved.items():
        quoted = "".join(f"“{b}”" for b in businesses)
        still = [b for b in narrowed if licensed_new[b] == word]
        zh = f"（{''.join(f'“{b}”' for b in still)}仍需{word}）" if still else ""
        en = f" ({', '.join(f'“{b}”' for b in still)} still needs {'a ' * (word == '许可')}{_EN[word]})" if still else ""
        notes.append(Note(Finding(FindingKind.CONDITION_REMOVED, None, None, f"改为备案：{quoted}由{word}改为备案{zh}",
                                  f"{_EN[word]} replaced by filing: {', '.join(f'“{b}”' for b in businesses)}{en}"),
                          tuple(businesses) + tuple(still)))
    return notes


_EN = {"许可": "licence", "批准": "approval", "审批": "approval"}


def filing_said(rewrites: List[Note], notes: List[Note]) -> List[Note]:
    """Without "新增规定" of the sentence that files a business the filing note names ("新增规定：“从事国际道路货物运输经营的，
    应当向…进行备案……”" beside "改为备案：“国际道路货物运输经营”由批准改为备案…", 道路运输条例 2019 → 2022 第四十九条: useless in
    the English reading 130): the note says it."""
    # (the businesses filed: quoted before "由…改为备案", not those still licensed in its brackets)
    filed = [b for n in notes if n.finding.message.startswith("改为备案：")
             for b in _QUOTED.findall(n.finding.message.split("由", 1)[0])]
    if not filed:
        return rewrites
    return [r for r in rewrites if not (r.finding.message.startswith("新增规定：") and r.evidence and _FILING.search(
        r.evidence[-1]) and any(b in r.evidence[-1].translate(_BRACKETS) for b in filed))]

