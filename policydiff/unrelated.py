"""Two texts that are not two versions of one document: said once, not as hundreds of edits.

Compare 公司法 with 会计法 (a wrong file picked, a link that now serves another
page, a policy replaced by a new one under the same name) and the aligner
still pairs each article with its nearest: 公司法's penalty article with
会计法's, and the report says "第二百五十二条（现第四十一条）：新增罚款档次" as if the
one had been amended into the other, among 336 headlines. Every one of them
is false. What is true, and what a reviewer needs first, is that the two
texts share almost nothing.

:func:`notice` measures how much of each version the other keeps: the
characters the character diffs leave equal (an unchanged provision whole),
over each version's characters. Versions of one statute in the corpus keep
at least 39% of the old text or of the new one (体育法 2016 → 2022, rewritten
and three times longer: 39% of the old is kept); different statutes keep at
most 3% of either, when both hold 600 characters or more (a 355-character
decision against a statute: 18%, so shorter texts are left to their pairs).
A full revision can keep far less in its pairs (矿产资源法 2009 → 2024: 13%), rewording
nearly every article; what it keeps is its law's phrases, so between ``KEPT_SURELY_UNRELATED``
and ``KEPT_AT_MOST`` the share of four-character phrases both sides say decides (``shared_phrases``).
Under ``KEPT_AT_MOST`` on both sides (and not so phrased) the comparison carries an ``unrelated``
notice (JSON ``warnings``, stderr, above every report's table), and
``ranking.ranked_headlines`` gives that one sentence instead of the pairs'
headlines; the pairs, their diffs and findings are still there for whoever
reads on. Traditional against Simplified Chinese also shares few characters: there the ``script``
notice says why and how to compare them, and this one is left out (``without``).
"""
from __future__ import annotations

from typing import Sequence, Tuple

from .models import Clause, Comparison, Notice, Op, Pair, Status

#: Both versions keep less than this share of their characters in the other: unrelated texts.
KEPT_AT_MOST = 0.2
#: Each version holds at least this many characters (shorter ones are read pair by pair).
MIN_CHARACTERS = 600

#: ...unless one keeps KEPT_SURELY_UNRELATED or more and they share this much of their phrases or more (SHARED_PHRASE
#: characters long, punctuation and spacing left out; the geometric mean of the share of each side's that the other
#: holds): a full revision rewords nearly every article and pairs few, yet says its law's phrases (矿产资源法 2009 → 2024
#: keeps 13% and 7% of its text in its pairs, 0.17 of its phrases shared: "unrelated" was its first headline, wrong in
#: reading 307; 国境卫生检疫法 2018 → 2024 shares 0.155); two different statutes of the corpus and the held-out laws keep
#: 3% at most and share 0.12 at most (会计法 and 统计法).
KEPT_SURELY_UNRELATED = 0.05
SHARED_AT_LEAST = 0.14
SHARED_PHRASE = 4

CODE = "unrelated"


def kept_shares(pairs: Sequence[Pair]) -> Tuple[float, float, int, int]:
    """(share of the old text kept in the new, share of the new text that was in the old, the old
    text's characters, the new text's): characters of the equal runs of the diffs (an unchanged
    provision's text whole) over each side's characters."""
    old = new = kept = 0
    for pair in pairs:
        old += sum(len(c.text) for c in pair.old)
        new += sum(len(c.text) for c in pair.new)
        if pair.diff:
            kept += sum(len(text) for op, text in pair.diff if op is Op.EQUAL)
        elif pair.status is Status.UNCHANGED:
            kept += len(pair.old_text)
    return (kept / old if old else 0.0), (kept / new if new else 0.0), old, new


def shared_phrases(old: Sequence[Clause], new: Sequence[Clause]) -> float:
    """How much the two sides say the same phrases: of each side's distinct runs of SHARED_PHRASE characters (spacing
    and punctuation left out), the share the other holds, the two shares' geometric mean."""
    def phrases(clauses: Sequence[Clause]) -> set:
        text = "".join(ch for c in clauses for ch in c.text if ch.isalnum())
        return {text[k:k + SHARED_PHRASE] for k in range(len(text) - SHARED_PHRASE + 1)}

    a, b = phrases(old), phrases(new)
    if not a or not b:
        return 0.0
    both = len(a & b)
    return (both / len(a) * both / len(b)) ** 0.5


def notice(comparison: Comparison) -> Tuple[Notice, ...]:
    """An ``unrelated`` notice when the two versions share almost no text, else nothing."""
    old_share, new_share, old, new = kept_shares(comparison.pairs)
    if min(old, new) < MIN_CHARACTERS or max(old_share, new_share) >= KEPT_AT_MOST:
        return ()
    if max(old_share, new_share) >= KEPT_SURELY_UNRELATED and \
            shared_phrases(comparison.old.clauses, comparison.new.clauses) >= SHARED_AT_LEAST:
        return ()  # (rewritten throughout, still one law: its pairs keep little, its phrases are the other's)
    zh_titles = en_titles = ""
    old_title, new_title = comparison.old.title, comparison.new.title
    if old_title and new_title and old_title != new_title:
        zh_titles = f"（旧版是《{old_title}》，新版是《{new_title}》）"
        en_titles = f" (old: 《{old_title}》; new: 《{new_title}》)"
    kept = (f"旧版只有{_percent(old_share)}、新版只有{_percent(new_share)}的文字在另一版中",
            f"only {_percent(old_share, 'en')} of the old and {_percent(new_share, 'en')} of the new is in the other")
    if old_title and old_title == new_title:
        # (one title, its text written anew: 商用密码管理条例 1999 → 2023, 27 articles → 67, "不像同一文件的两个版本" was
        # false of a regulation revised under its own name, reading 321)
        return (Notice(
            CODE,
            f"两个版本几乎没有相同的文字：{kept[0]}，是《{old_title}》的全文重写，逐条对照不能当作修改来读",
            f"the two versions share almost no text: {kept[1]}: 《{old_title}》 was written anew, and the pairings are "
            f"not edits"),)
    return (Notice(
        CODE,
        f"两个版本几乎没有相同的文字{zh_titles}：{kept[0]}，不像同一文件的两个版本，逐条对照不能当作修改来读",
        f"the two versions share almost no text{en_titles}: {kept[1]}, so they do not look like two "
        f"versions of one document and the pairings are not edits"),)


def _percent(share: float, lang: str = "zh") -> str:
    if share < 0.01:
        return "不到1%" if lang == "zh" else "less than 1%"
    return f"{round(share * 100)}%"


def of(comparison: Comparison):
    """The comparison's ``unrelated`` notice, or None."""
    return next((n for n in comparison.notices if n.code == CODE), None)


def without(comparison: Comparison) -> Comparison:
    """The comparison without its ``unrelated`` notice: for texts that share little because one is
    Traditional and the other Simplified Chinese, the ``script`` notice says why and what to do."""
    if of(comparison) is None:
        return comparison
    from dataclasses import replace

    return replace(comparison, notices=tuple(n for n in comparison.notices if n.code != CODE))
