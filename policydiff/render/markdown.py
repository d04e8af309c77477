"""The Markdown digest: what a subscriber reads, in a drafting office's plain register.

A title line, the two versions, the counts, then the ranked summary sentences
(``ranking.ranked_headlines``, the same as every other format): the first
fifteen numbered under 修改要点, the rest under 更多（N）. ``full=True`` adds every changed clause with
its deletions as ~~struck~~ and insertions as **bold**. When nothing of
substance changed the digest says so in one line after the title.
"""
from __future__ import annotations

from typing import Any, List

from .. import recache
from ..models import Comparison, Op
from .headlines import STATUS_EN, STATUS_ZH, counts_sentence, pair_label, policy_title
from .ranking import front_and_rest, ranked_headlines

_SPECIAL = recache.compile(r"([\\`*_{}\[\]<>#|~])")


def escape(text: str) -> str:
    """Document text as literal Markdown: no character of it is read as markup."""
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _counts(comparison: Comparison, en: bool) -> str:
    if en:
        return f"{len(comparison.pairs)} provisions compared: {counts_sentence(comparison, 'en')}."
    return f"共比对{len(comparison.pairs)}组条文：{counts_sentence(comparison)}。"


def render_markdown(comparison: Comparison, lang: str = "zh", full: bool = False, **_options: Any) -> str:
    en = lang == "en"
    old, new = comparison.old, comparison.new
    title = policy_title(comparison)
    lines: List[str] = [f"# {escape(title)}" + (" — changes" if en else "：修改情况"), ""]
    lines.append(f"- {'Old: ' if en else '原：'}{escape(old.title)}（{escape(old.source)}）")
    lines.append(f"- {'New: ' if en else '新：'}{escape(new.title)}（{escape(new.source)}）")
    lines.append("")
    lines += [f"> {escape(n.message_en if en and n.message_en else n.message)}" for n in comparison.warnings]
    lines += [""] if comparison.warnings else []
    if not comparison.differs:
        lines.append("No change of substance (formatting at most)." if en
                     else "两个版本内容相同，至多格式不同，无实质修改。")
        return "\n".join(lines) + "\n"
    lines += [_counts(comparison, en), ""]
    fixed = [pair_label(p, lang) for p in comparison.pairs if p.set_by]
    if fixed:
        lines += [("Pairings set by the user: " if en else "用户指定的配对：") + escape("、".join(fixed)), ""]
    front, rest = front_and_rest(ranked_headlines(comparison, lang))
    lines += ["## " + ("Main changes" if en else "修改要点"), ""]
    lines += [f"{n}. {escape(line.text)}" for n, line in enumerate(front, 1)]
    if rest:
        lines += ["", "## " + (f"More ({len(rest)})" if en else f"更多（{len(rest)}）"), ""]
        lines += [f"- {escape(line.text)}" for line in rest]
    if full:
        lines += ["", "## " + ("Changed provisions" if en else "修改条文对照"), ""]
        for pair in comparison.pairs:
            if not pair.is_substantive:
                continue
            by_user = (", paired by the user" if en else "，用户指定配对") if pair.set_by else ""
            status = f" ({STATUS_EN[pair.status]}{by_user})" if en else f"（{STATUS_ZH[pair.status]}{by_user}）"
            lines.append(f"### {escape(pair_label(pair, lang))}{status}")
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
