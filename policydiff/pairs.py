"""User pairings: the reviewer's corrections to the alignment, as a pairs file.

One pairing a line, in the labels the documents print::

    第一百四十九条 = 第一百八十八条        # old 149 became new 188
    第十四条 = 第十三条 + 第十四条          # split
    第七条 =                                # deleted
     = 第六条                               # added

Lines starting with ``#`` and blank lines are ignored. A side may also name a
clause by its number alone (``149 = 188``, as ``--pair`` takes it), by
``序言`` for the unnumbered opening text, or, where a label is printed more
than once (a draft that prints "10." twice), by ``10.#2`` for the second.

:func:`pairs_file` writes the file for a comparison (what the HTML report
offers to copy); fed back unchanged it gives the same comparison.
"""
from __future__ import annotations

import os
from typing import Dict, Iterable, List, Sequence, Tuple, Union

from . import recache
from .errors import PolicydiffError
from .i18n import _
from .models import Clause, Comparison, Document
from .records import dataclass
from .structure import chinese_number

PREAMBLE = "序言"
_SEPARATOR = recache.compile(r"[=＝]")
_JOIN = recache.compile(r"\s*[+＋]\s*")
_OCCURRENCE = recache.compile(r"^(.*?)#(\d+)$")
_ARTICLE_REF = recache.compile(r"^第([零〇一二三四五六七八九十百千\d]+)条(?:之([一二三四五六七八九十]+))?$")


@dataclass(frozen=True)
class UserPair:
    """One line of a pairs file: the labels on each side as written (either side may be empty)."""

    old: Tuple[str, ...]
    new: Tuple[str, ...]
    where: str  # "FILE, line 3" or "--pair 149=188": named in error messages


def parse_line(line: str, where: str) -> UserPair:
    """One pairing, "OLD = NEW" (each side labels joined by "+", or empty)."""
    parts = _SEPARATOR.split(line)
    if len(parts) != 2:
        raise PolicydiffError(where, _("expected one pairing 'OLD = NEW', got '{line}'").format(line=line.strip()),
                              _("write the old labels, '=', then the new labels, e.g. '第十四条 = 第十三条 + 第十四条'"))
    old, new = (tuple(label for label in _JOIN.split(side.strip()) if label) for side in parts)
    if not old and not new:
        raise PolicydiffError(where, _("a pairing with no label on either side"),
                              _("name the old clause, the new clause, or both"))
    return UserPair(old, new, where)


def parse_lines(lines: Iterable[str], source: str) -> Tuple[UserPair, ...]:
    """The pairings of a pairs file's lines (comments and blank lines skipped)."""
    out: List[UserPair] = []
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(parse_line(line, _("{source}, line {number}").format(source=source, number=number)))
    return tuple(out)


def read_pairs(path: Union[str, "os.PathLike[str]"]) -> Tuple[UserPair, ...]:
    """The pairings in a pairs file (UTF-8)."""
    source = os.fspath(path)
    try:
        with open(source, encoding="utf-8-sig") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise PolicydiffError(source, _("no such pairs file"), _("check the path")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicydiffError(source, _("cannot read the pairs file ({error})").format(error=exc),
                              _("give a UTF-8 text file of 'OLD = NEW' lines")) from None
    return parse_lines(text.splitlines(), source)


def user_pairs(pairs: Union[None, str, "os.PathLike[str]", Sequence[Union[str, UserPair]]]) -> Tuple[UserPair, ...]:
    """Pairings from a pairs file's path, or from lines ("149=188", "第七条 = ") or UserPairs."""
    if pairs is None:
        return ()
    if isinstance(pairs, (str, os.PathLike)):
        return read_pairs(pairs)
    return tuple(p if isinstance(p, UserPair) else parse_line(p, f"--pair {p}") for p in pairs)


class _Labels:
    """Finds a document's clauses by the references a pairs file uses."""

    def __init__(self, doc: Document, side: str):
        self.doc, self.side = doc, side
        self.by_label: Dict[str, List[int]] = {}
        self.by_number: Dict[Tuple[int, int], List[int]] = {}
        for index, clause in enumerate(doc.clauses):
            self.by_label.setdefault(clause.display_label, []).append(index)
            key = _article_key(clause.label)
            if key:
                self.by_number.setdefault(key, []).append(index)

    def find(self, ref: str, where: str) -> int:
        label, occurrence = ref, None
        m = _OCCURRENCE.match(ref)
        if m and m.group(1) in self.by_label:
            label, occurrence = m.group(1), int(m.group(2))
        found = self.by_label.get(label)
        if found is None:
            key = _article_key(label) or (_article_key(f"第{label}条") if label.isdigit() else None)
            found = self.by_number.get(key) if key else None
        if not found:
            raise PolicydiffError(where, _("the {side} version ({source}) has no clause '{label}'").format(
                side=_(self.side), source=self.doc.source, label=ref),
                _("use the labels as the report prints them"))
        if occurrence is not None:
            if not 1 <= occurrence <= len(found):
                raise PolicydiffError(where, _("the {side} version prints '{label}' only {n} times").format(
                    side=_(self.side), label=label, n=len(found)), _("use a number from 1 to {n}").format(n=len(found)))
            return found[occurrence - 1]
        if len(found) > 1:
            raise PolicydiffError(where, _("the {side} version prints '{label}' {n} times").format(
                side=_(self.side), label=label, n=len(found)),
                _("write '{label}#1' … '{label}#{n}' for the one you mean").format(label=label, n=len(found)))
        return found[0]


def _article_key(label: str):
    """(number, 之 number) of an article label in any form: "第149条", "第一百四十九条之一"."""
    m = _ARTICLE_REF.match(label)
    if not m:
        return None
    number = chinese_number(m.group(1))
    return None if number is None else (number, chinese_number(m.group(2)) or 0 if m.group(2) else 0)


def resolve(pairs: Sequence[UserPair], old: Document, new: Document) -> Tuple[Tuple[Tuple[int, ...], Tuple[int, ...]], ...]:
    """The pairings as (old indexes, new indexes) into the clauses; a clause named twice is an error."""
    sides = (_Labels(old, "old"), _Labels(new, "new"))
    used: Tuple[Dict[int, str], Dict[int, str]] = ({}, {})
    out = []
    for pair in pairs:
        indexes = []
        for labels, refs, seen in zip(sides, (pair.old, pair.new), used):
            found = []
            for ref in refs:
                index = labels.find(ref, pair.where)
                if index in seen or index in found:
                    raise PolicydiffError(pair.where, _("'{label}' of the {side} version is already paired ({other})").format(
                        label=ref, side=_(labels.side), other=seen.get(index, pair.where)),
                        _("name each clause in one line only"))
                found.append(index)
            for index in found:
                seen[index] = pair.where
            indexes.append(tuple(sorted(found)))
        out.append((indexes[0], indexes[1]))
    return tuple(out)


def _references(doc: Document) -> Dict[str, str]:
    """Clause id → how a pairs file names it: the label, "序言", or "label#k" where printed twice."""
    count: Dict[str, int] = {}
    for clause in doc.clauses:
        count[clause.display_label] = count.get(clause.display_label, 0) + 1
    seen: Dict[str, int] = {}
    out = {}
    for clause in doc.clauses:
        label = clause.display_label
        seen[label] = seen.get(label, 0) + 1
        out[clause.id] = label if count[label] == 1 else f"{label}#{seen[label]}"
    return out


def pairs_file(comparison: Comparison) -> str:
    """Every pairing of a comparison as a pairs file, in the report's order."""
    old_ref, new_ref = _references(comparison.old), _references(comparison.new)

    def side(clauses: Sequence[Clause], refs: Dict[str, str]) -> str:
        return " + ".join(refs[c.id] for c in clauses)

    lines = [
        "# policydiff pairs: OLD = NEW, one pairing a line (OLD = for deleted, = NEW for added).",
        "# Correct a line, then re-run: policydiff compare OLD NEW --pairs THIS-FILE",
        f"# old: {comparison.old.source}",
        f"# new: {comparison.new.source}",
    ]
    for pair in comparison.pairs:
        lines.append(f"{side(pair.old, old_ref)} = {side(pair.new, new_ref)}".strip())
    return "\n".join(lines) + "\n"
