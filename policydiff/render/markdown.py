"""The Markdown digest: what a subscriber reads, in a drafting office's plain register.

A title line, the two versions, the counts, then one bullet per substantive
change grouped by kind with the clauses' labels; clauses whose only change is
wording are listed in one line. ``full=True`` adds every changed clause with
its deletions as ~~struck~~ and insertions as **bold**. When nothing of
substance changed the digest says so in one line after the title.
"""
from __future__ import annotations

import re
from typing import Any, List

from ..models import Comparison, FindingKind, Op
from .headlines import STATUS_ZH, counts_sentence, headlines, pair_label, policy_title
from .json import summary

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")


def escape(text: str) -> str:
    """Document text as literal Markdown: no character of it is read as markup."""
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _counts(comparison: Comparison, en: bool) -> str:
    pairs = summary(comparison)["pairs"]
    if en:
        said = ", ".join(f"{n} {s}" for s, n in pairs.items() if n)
        return f"{len(comparison.pairs)} provisions compared: {said}."
    return f"共比对{len(comparison.pairs)}组条文：{counts_sentence(comparison)}。"


def render_markdown(comparison: Comparison, lang: str = "zh", full: bool = False, **_options: Any) -> str:
    en = lang == "en"
    old, new = comparison.old, comparison.new
    title = policy_title(comparison)
    lines: List[str] = [f"# {escape(title)}" + (" — changes" if en else "：修改情况"), ""]
    lines.append(f"- {'Old' if en else '原'}：{escape(old.title)}（{escape(old.source)}）")
    lines.append(f"- {'New' if en else '新'}：{escape(new.title)}（{escape(new.source)}）")
    lines.append("")
    if not comparison.differs:
        lines.append("No change of substance (formatting at most)." if en
                     else "两个版本内容相同，至多格式不同，无实质修改。")
        return "\n".join(lines) + "\n"
    lines += [_counts(comparison, en), ""]
    fixed = [pair_label(p) for p in comparison.pairs if p.set_by]
    if fixed:
        lines += [("Pairings set by the user: " if en else "用户指定的配对：") + escape("、".join(fixed)), ""]
    group = None
    for line in headlines(comparison, lang, wording=False, merge=False):
        if line.group != group:
            if group is not None:
                lines.append("")
            lines += [f"## {line.group}", ""]
            group = line.group
        lines.append(f"- {escape(line.text)}")
    worded = [pair_label(p) for p in comparison.pairs
              if any(f.kind is FindingKind.WORDING_CHANGED for f in p.findings)]
    if worded:
        lines += ["", "## " + ("Wording" if en else "文字修改"), ""]
        lines.append(f"- {'Reworded' if en else '文字表述有修改'}：{escape('、'.join(worded))}"
                     + ("" if full else ("（see --full）" if en else "（全文对照见 --full 或 HTML 报告）")))
    if full:
        lines += ["", "## " + ("Changed provisions" if en else "修改条文对照"), ""]
        for pair in comparison.pairs:
            if not pair.is_substantive:
                continue
            by_user = "，用户指定配对" if pair.set_by else ""
            lines.append(f"### {escape(pair_label(pair))}（{STATUS_ZH[pair.status]}{by_user}）")
            lines.append("")
            lines.append(_marked(pair))
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _marked(pair) -> str:
    parts = []
    for op, text in pair.diff:
        if not text.strip():
            parts.append(escape(text))
        elif op is Op.DELETE:
            parts.append(f"~~{escape(text.strip())}~~")
        elif op is Op.INSERT:
            parts.append(f"**{escape(text.strip())}**")
        else:
            parts.append(escape(text))
    return "".join(parts)
