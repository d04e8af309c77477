"""The values that flow between the pipeline stages.

Every stage takes and returns these frozen dataclasses; collections are
tuples, so a value handed to the next stage cannot be changed under it.
The closed sets (pair statuses, finding kinds) are enums whose values are
the strings of CONTRACT.md.
"""
from __future__ import annotations

from enum import Enum
from typing import Optional, Tuple

from .records import dataclass


class Status(str, Enum):
    """What happened to a provision between the two versions."""

    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    ADDED = "added"
    DELETED = "deleted"
    SPLIT = "split"
    MERGED = "merged"
    MOVED = "moved"


class FindingKind(str, Enum):
    """The margin notes a reviewer writes (CONTRACT.md, fixed vocabulary)."""

    AMOUNT_CHANGED = "amount_changed"
    AMOUNT_ADDED = "amount_added"
    AMOUNT_REMOVED = "amount_removed"
    RATE_CHANGED = "rate_changed"
    RATE_ADDED = "rate_added"
    RATE_REMOVED = "rate_removed"
    QUANTITY_CHANGED = "quantity_changed"
    QUALIFIER_REMOVED = "qualifier_removed"
    QUALIFIER_ADDED = "qualifier_added"
    MODALITY_CHANGED = "modality_changed"
    CONDITION_REMOVED = "condition_removed"
    CONDITION_ADDED = "condition_added"
    REFERENCE_CHANGED = "reference_changed"
    WORDING_CHANGED = "wording_changed"
    FORMATTING = "formatting"
    # comparison@2
    TERM_RENAMED = "term_renamed"
    TEXT_MOVED = "text_moved"
    PENALTY_CHANGED = "penalty_changed"


class Op(str, Enum):
    """One run of a character diff."""

    EQUAL = "="
    DELETE = "-"
    INSERT = "+"


@dataclass(frozen=True)
class RawText:
    """What ingest read: the text as found, and where it came from."""

    source: str  # the path or URL as the user gave it
    text: str
    media_type: str = "text/plain"
    encoding: Optional[str] = None


@dataclass(frozen=True)
class Text:
    """Normalised text: one canonical form for comparison, paragraphs kept.

    ``paragraphs`` are the logical paragraphs after hard wraps were joined
    and page furniture removed.
    """

    source: str
    paragraphs: Tuple[str, ...]


@dataclass(frozen=True)
class Clause:
    """One provision at the level a reviewer cites (CONTRACT.md, Clause)."""

    id: str
    label: str
    number: Optional[int]
    path: Tuple[str, ...]
    heading: Optional[str]
    text: str

    @property
    def key(self) -> str:
        """The text as compared for identity: no whitespace at all."""
        return "".join(self.text.split())

    @property
    def display_label(self) -> str:
        return self.label or "序言"


@dataclass(frozen=True)
class Notice:
    """What the reader should know about how an input was read (JSON ``warnings``).

    ``code``: numbering | picked | unreadable | script (CONTRACT.md, version 2) | unrelated (unrelated.py) | swapped (swapped.py);
    ``side``: "old", "new" or None when it concerns the comparison as a whole.
    """

    code: str
    message: str
    message_en: str = ""
    subject: Optional[str] = None  # what a figure or duty is about: "罚款", "注册资本"
    side: Optional[str] = None


@dataclass(frozen=True)
class Document:
    """One version of a policy as parsed: its title and its clauses."""

    source: str
    title: str
    clauses: Tuple[Clause, ...]
    notices: Tuple[Notice, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One margin note on a pair (CONTRACT.md, Finding)."""

    kind: FindingKind
    old: Optional[str]
    new: Optional[str]
    message: str
    message_en: str = ""
    subject: Optional[str] = None  # what a figure or duty is about: "罚款", "注册资本"


def clause_starts(clauses) -> Tuple[int, ...]:
    """Where each clause starts in the clauses' joined text (``Pair.old_text`` / ``Pair.new_text``: "\\n" between them)."""
    starts, at = [], 0
    for clause in clauses:
        starts.append(at)
        at += len(clause.text) + 1
    return tuple(starts)


@dataclass(frozen=True)
class Pair:
    """One alignment decision: which old clauses became which new ones."""

    status: Status
    old: Tuple[Clause, ...]
    new: Tuple[Clause, ...]
    similarity: float
    diff: Tuple[Tuple[Op, str], ...] = ()
    findings: Tuple[Finding, ...] = ()
    set_by: Optional[str] = None  # "user" when a pairs file fixed this pairing

    def with_diff(self, diff: Tuple[Tuple[Op, str], ...]) -> "Pair":
        """``dataclasses.replace(self, diff=diff)``, made directly (replace costs 13 µs a pair,
        and a 49 MB text has 64,000 pairs)."""
        return Pair(self.status, self.old, self.new, self.similarity, diff, self.findings, self.set_by)

    def with_findings(self, findings: Tuple[Finding, ...]) -> "Pair":
        """``dataclasses.replace(self, findings=findings)``, made directly (see ``with_diff``)."""
        return Pair(self.status, self.old, self.new, self.similarity, self.diff, findings, self.set_by)

    @property
    def renumbered(self) -> bool:
        """The first label on each side differs (a split 第十四条 → 第十三条+第十四条 counts)."""
        if not self.old or not self.new:
            return False
        return self.old[0].label != self.new[0].label

    @property
    def old_text(self) -> str:  # (one clause: its text, the join of one, without a generator)
        old = self.old
        return old[0].text if len(old) == 1 else "\n".join([c.text for c in old])

    @property
    def new_text(self) -> str:
        new = self.new
        return new[0].text if len(new) == 1 else "\n".join([c.text for c in new])

    @property
    def is_substantive(self) -> bool:
        """Anything a reviewer must read: more than formatting."""
        if self.status is Status.UNCHANGED:
            return False
        if self.status is Status.MODIFIED:
            return any(f.kind is not FindingKind.FORMATTING for f in self.findings)
        return True


@dataclass(frozen=True)
class Rename:
    """One term replaced by another across the document (股东大会 → 股东会).

    ``pairs``: indexes into ``Comparison.pairs`` of the pairs it occurs in; ``provisions``: the
    new version's provisions of those pairs that write the new term (a split pair's two articles
    count two), 0 when not counted (then one per pair).
    """

    old: str
    new: str
    occurrences: int
    pairs: Tuple[int, ...]
    provisions: int = 0

    @property
    def provision_count(self) -> int:
        """How many provisions the rename was made in: "（共N条）"."""
        return self.provisions or len(self.pairs)


@dataclass(frozen=True)
class Comparison:
    """Two versions and what changed between them: the pairs, the renames, the notices."""

    old: Document
    new: Document
    pairs: Tuple[Pair, ...]
    renames: Tuple[Rename, ...] = ()
    notices: Tuple[Notice, ...] = ()  # about the comparison as a whole (a picked policy…)

    @property
    def warnings(self) -> Tuple[Notice, ...]:
        """Every notice, each with its side: the old document's, the new one's, then the comparison's."""
        from dataclasses import replace

        return (tuple(replace(n, side="old") for n in self.old.notices)
                + tuple(replace(n, side="new") for n in self.new.notices) + self.notices)

    @property
    def differs(self) -> bool:
        """True when the versions differ in substance (exit status 1)."""
        return any(p.is_substantive for p in self.pairs)
