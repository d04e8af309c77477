"""A provision of the old version no provision of the new one pairs with, in a revision that rewrites much of the text:
said deleted or rewritten, not "deleted".

The tool pairs provisions by their words. A rule restated in other words in another provision (a renamed body, a duty
folded into a broader one, a list of sanctions now given by one article for every breach) shares too few of them to be
found: reading all 199 provisions of the 52 statute pairs (24 corpus, 28 held out) the tool said deleted, readers found
77 gone, 60 restated elsewhere and 62 partly restated; "删除原第X条" and "整条删除" were true of 108 (54%, readings
1179–1184, docs/findings.md "What a deleted provision became"). No measure of words told the two apart: the new provision
most alike by rare words was the one that restates it for about one in five, and a deleted provision alike to none (a
weighted likeness under 0.10) was gone 13 times in 15, too few to say which.

The same holds of a sentence said taken out of a provision that stays ("不再规定：“…”"): of 120 drawn at random from all
such notes (readings 1194–1197), 72 were true; in revisions that rewrite much, 63 of 110.

So where the revision rewrites much of the text (more than SHARE of the old provisions deleted, or of the new ones put
in), a deleted provision is said as what the tool knows: its text is not in the new version, deleted or rewritten
("原第七条（关于“…”的规定）已删除或改写"; "…，部分内容现见第十二条" kept where its moves say where part of it
went), and a sentence taken out "删除或改写：“…”". A light revision (the Shijingshan draft and final: one of
fifteen provisions deleted, none put in) keeps "删除" and "不再规定": there a provision or a sentence without a counterpart is
gone. (Read as "未保留原文，已删除或改写" and "未保留原句，已删除或改写：“…”" in readings 1185–1210; made shorter after, the
公司法 对照表 in Word having grown past half its old page count, tests/test_reports.py.)
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from .. import recache
from ..models import Pair, Status

#: The share of old provisions deleted, or of new provisions put in, above which a revision rewrites much of the text.
SHARE = 0.10
#: What a deleted provision's note and headline say of it in such a revision.
UNKEPT = ("已删除或改写", "deleted or rewritten")
#: What a sentence taken out of a provision is said ("不再规定：“…”", "no longer provides: “…”") in such a revision.
SENTENCE_UNKEPT = ("删除或改写：“", "deleted or rewritten: “")
_NO_LONGER = ("不再规定：“", "no longer provides: “")

_DELETED_NOTE = recache.compile(r"^删除原((?:第[^（，]+条|序言)(?:、第[^（，]+条)*)((?:（关于“.*”的规定）)?)((?:，(?:另有)?部分内容现见.+)?)$")
_DELETED_NOTE_EN = recache.compile(
    r"^former (.+?) deleted((?: \(it governed “.*”\))?)((?:; (?:another )?part of it is now in .+)?)$")


def rewritten_throughout(pairs: Sequence[Pair]) -> bool:
    """More than SHARE of the old (labelled) provisions deleted, or of the new ones put in."""
    old = new = deleted = added = 0
    for p in pairs:
        if any(c.label for c in p.old):
            old += len(p.old)
            deleted += len(p.old) if p.status is Status.DELETED else 0
        if any(c.label for c in p.new):
            new += len(p.new)
            added += len(p.new) if p.status is Status.ADDED else 0
    return deleted > SHARE * old or added > SHARE * new


def unkept(pair: Pair) -> Pair:
    """A deleted provision's "删除原第X条（关于…的规定）" said "原第X条（关于…的规定）已删除或改写" (with its
    English), what follows it (where part of it is now) kept; a sentence said taken out, "不再规定：“…”", said "删除或改写：
    “…”": of 110 such notes drawn from revisions that rewrite much (readings 1194–1197), 47 were of rules the new
    version still states in other words (in revisions that rewrite little, 1 of 10)."""
    changed = False
    findings = []
    for f in pair.findings:
        if _NO_LONGER[0] in f.message:
            f = replace(f, message=f.message.replace(_NO_LONGER[0], SENTENCE_UNKEPT[0]),
                        message_en=(f.message_en or "").replace(_NO_LONGER[1], SENTENCE_UNKEPT[1]) or f.message_en)
            changed = True
        m = _DELETED_NOTE.match(f.message) if pair.status is Status.DELETED else None
        if m:
            en = _DELETED_NOTE_EN.match(f.message_en or "")
            f = replace(f, message=f"原{m.group(1)}{m.group(2)}{UNKEPT[0]}{m.group(3)}",
                        message_en=f"former {en.group(1)}{en.group(2)} {UNKEPT[1]}{en.group(3)}" if en else f.message_en)
            changed = True
        findings.append(f)
    return replace(pair, findings=tuple(findings)) if changed else pair
