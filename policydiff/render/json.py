"""The comparison JSON ("policydiff/comparison@2"; docs/json-format.md).

Version 2 keeps every key of version 1 and adds ``headlines``, ``renames``,
``warnings``, a pair's ``set_by`` and a finding's ``subject``.
"""
from __future__ import annotations

import json
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, TextIO

from ..models import Clause, Comparison, Document, Finding, FindingKind, Notice, Op, Pair, Status

FORMAT = "policydiff/comparison@2"


def clause_dict(clause: Clause) -> Dict[str, Any]:
    return {"id": clause.id, "label": clause.label, "number": clause.number,
            "path": list(clause.path), "heading": clause.heading, "text": clause.text}


def document_dict(doc: Document, into: Optional[TextIO] = None) -> Dict[str, Any]:
    clauses = _Items(doc.clauses, into, _clause_text) if into and doc.clauses else [
        clause_dict(c) for c in doc.clauses]
    return {"source": doc.source, "title": doc.title, "clauses": clauses}


def finding_dict(finding: Finding, lang: str = "zh") -> Dict[str, Any]:
    message = finding.message_en if lang == "en" and finding.message_en else finding.message
    out = {"kind": finding.kind.value, "old": finding.old, "new": finding.new, "message": message}
    if finding.subject:
        out["subject"] = finding.subject
    return out


#: Each diff op's value, looked up (an enum member's ``.value`` is a Python property call per run).
_OP_VALUE = {op: op.value for op in Op}


def pair_dict(pair: Pair, lang: str = "zh") -> Dict[str, Any]:
    value = _OP_VALUE
    out = {
        "status": pair.status.value,
        "old": [c.id for c in pair.old],
        "new": [c.id for c in pair.new],
        "renumbered": pair.renumbered,
        "similarity": pair.similarity,
        "diff": [[value[op], text] for op, text in pair.diff],
        "findings": [finding_dict(f, lang) for f in pair.findings],
    }
    if pair.set_by:
        out["set_by"] = pair.set_by
    return out


def notice_dict(notice: Notice, lang: str = "zh") -> Dict[str, Any]:
    message = notice.message_en if lang == "en" and notice.message_en else notice.message
    return {"side": notice.side, "code": notice.code, "message": message}


def headline_dicts(comparison: Comparison, lang: str = "zh") -> List[Dict[str, Any]]:
    """The report's summary sentences, most important first, with the pairs they speak of."""
    from .headlines import ranked_headlines

    return [{"text": h.text, "kind": h.kind, "rank": rank, "pairs": list(h.pairs)}
            for rank, h in enumerate(ranked_headlines(comparison, lang), 1)]


def summary(comparison: Comparison) -> Dict[str, Dict[str, int]]:
    pairs = {s.value: 0 for s in Status}
    kinds = {k.value: 0 for k in FindingKind}
    for pair in comparison.pairs:
        pairs[pair.status.value] += 1
        for finding in pair.findings:
            kinds[finding.kind.value] += 1
    return {"pairs": pairs, "findings": kinds}


def comparison_dict(comparison: Comparison, lang: str = "zh", into: Optional[TextIO] = None) -> Dict[str, Any]:
    """The comparison as JSON values. ``into``: a file the clause and pair lists are written to
    one by one as ``write_json`` reaches them, instead of being made whole first."""
    pairs = comparison.pairs
    return {
        "format": FORMAT,
        "old": document_dict(comparison.old, into),
        "new": document_dict(comparison.new, into),
        "pairs": _Items(pairs, into, lambda p, newline: _pair_text(p, lang, newline)) if into and pairs else [
            pair_dict(p, lang) for p in pairs],
        "summary": summary(comparison),
        "headlines": headline_dicts(comparison, lang),
        "renames": [{"old": r.old, "new": r.new, "occurrences": r.occurrences, "pairs": list(r.pairs)}
                    for r in comparison.renames],
        "warnings": [notice_dict(n, lang) for n in comparison.warnings],
    }


def render_json(comparison: Comparison, lang: str = "zh", **_options: Any) -> str:
    from ..nogc import paused

    with paused():  # a tree of dicts and lists, no cycle: see nogc.py
        return dumps(comparison_dict(comparison, lang)) + "\n"


def write_json(comparison: Comparison, into: TextIO, lang: str = "zh") -> None:
    """``render_json``'s text written to a file as it is made: a clause or pair at a time, so
    the report of a 49 MB text (150 MB of JSON) is never held whole, as text or as values."""
    from ..nogc import paused

    with paused():
        out: List[str] = []
        _write(comparison_dict(comparison, lang, into), out, "\n")
        out.append("\n")
        into.write("".join(out))


class _Items:
    """A list of JSON values made one at a time and written out as they are (``write_json``):
    each item's text is ``text_of(item, newline)``, written at the nesting ``newline`` starts."""

    __slots__ = ("items", "into", "text_of")

    def __init__(self, items: Iterable[Any], into: TextIO, text_of: Callable[[Any, str], str]):
        self.items, self.into, self.text_of = items, into, text_of

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)

    def spill(self, out: List[str]) -> None:
        """What is written so far to the file, once it is long enough to be worth a write."""
        if len(out) >= 512:  # (two strings an item: 256 clauses or pairs a write)
            self.into.write("".join(out))
            out.clear()


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, the same text, written in one pass
    (the standard library's encoder with an indent is a chain of Python generators)."""
    out: List[str] = []
    _write(value, out, "\n")
    return "".join(out)


def _leaf(value: Any) -> Optional[str]:
    """A string, number, true, false, null or empty container as JSON; None for anything else."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is int:
        return int.__repr__(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if not value and (kind is list or kind is tuple or kind is dict):
        return "{}" if kind is dict else "[]"
    if kind is float:
        if value != value:
            return "NaN"
        return "Infinity" if value == _INF else "-Infinity" if value == -_INF else float.__repr__(value)
    return None


_INF = float("inf")


def _write(value: Any, out: List[str], newline: str) -> None:
    """Append ``value`` at the nesting where ``newline`` ("\n" and one space a level) starts a line."""
    kind = type(value)
    inner = newline + " "
    if kind is dict and value and all(type(k) is str for k in value):
        sep = "{" + inner
        for key, item in value.items():
            leaf = _leaf(item)
            if leaf is None:
                out.append(sep + _string(key) + ": ")
                _write(item, out, inner)
            else:
                out.append(sep + _string(key) + ": " + leaf)
            sep = "," + inner
        out.append(newline + "}")
    elif kind is _Items:
        sep, text_of, spill = "[" + inner, value.text_of, value.spill
        for item in value:
            out.append(sep)
            out.append(text_of(item, inner))
            sep = "," + inner
            spill(out)
        out.append(newline + "]")
    elif (kind is list or kind is tuple) and value:
        sep = "[" + inner
        for item in value:
            leaf = _leaf(item)
            if leaf is None:
                out.append(sep)
                _write(item, out, inner)
            else:
                out.append(sep + leaf)
            sep = "," + inner
        out.append(newline + "]")
    else:  # a leaf, an empty container, a key that is not a string: as the standard library writes it
        leaf = _leaf(value)
        out.append(leaf if leaf is not None else json.dumps(value, ensure_ascii=False, indent=1).replace("\n", newline))


_string = json.encoder.encode_basestring


# A clause's and a pair's text written directly (``write_json``: tens of thousands of them in a
# long text's report), the same text as ``_write`` of ``clause_dict`` and ``pair_dict`` gives.

def _value_text(value: Any, newline: str) -> str:
    if type(value) is str:
        return _string(value)
    leaf = _leaf(value)
    if leaf is not None:
        return leaf
    out: List[str] = []
    _write(value, out, newline)
    return "".join(out)


def _strings_text(values: Iterable[Any], newline: str) -> str:
    """A list of strings (or other leaves) at the nesting ``newline`` starts."""
    if not values:
        return "[]"
    inner = newline + " "
    return "[" + inner + ("," + inner).join([_value_text(v, inner) for v in values]) + newline + "]"


def _clause_text(clause: Clause, newline: str) -> str:
    inner = newline + " "
    number, heading = clause.number, clause.heading
    return "".join((
        "{", inner, '"id": ', _value_text(clause.id, inner),
        ",", inner, '"label": ', _value_text(clause.label, inner),
        ",", inner, '"number": ', "null" if number is None else _value_text(number, inner),
        ",", inner, '"path": ', _strings_text(clause.path, inner),
        ",", inner, '"heading": ', "null" if heading is None else _value_text(heading, inner),
        ",", inner, '"text": ', _value_text(clause.text, inner), newline, "}"))


def _finding_text(finding: Finding, lang: str, newline: str) -> str:
    inner = newline + " "
    message = finding.message_en if lang == "en" and finding.message_en else finding.message
    text = ("{" + inner + '"kind": ' + _string(finding.kind.value)
            + "," + inner + '"old": ' + _value_text(finding.old, inner)
            + "," + inner + '"new": ' + _value_text(finding.new, inner)
            + "," + inner + '"message": ' + _value_text(message, inner))
    if finding.subject:
        text += "," + inner + '"subject": ' + _value_text(finding.subject, inner)
    return text + newline + "}"


_STATUS_TEXT = {status: _string(status.value) for status in Status}


def _pair_text(pair: Pair, lang: str, newline: str) -> str:
    inner = newline + " "
    deeper = inner + " "
    deepest = deeper + " "
    value = _OP_VALUE
    ops = [f"[{deepest}{_string(value[op])},{deepest}{_value_text(text, deepest)}{deeper}]" for op, text in pair.diff]
    diff = "[" + deeper + ("," + deeper).join(ops) + inner + "]" if ops else "[]"
    findings = ("[" + deeper + ("," + deeper).join(_finding_text(f, lang, deeper) for f in pair.findings)
                + inner + "]" if pair.findings else "[]")
    text = "".join((
        "{", inner, '"status": ', _STATUS_TEXT[pair.status],
        ",", inner, '"old": ', _strings_text([c.id for c in pair.old], inner),
        ",", inner, '"new": ', _strings_text([c.id for c in pair.new], inner),
        ",", inner, '"renumbered": ', "true" if pair.renumbered else "false",
        ",", inner, '"similarity": ', _value_text(pair.similarity, inner),
        ",", inner, '"diff": ', diff,
        ",", inner, '"findings": ', findings))
    if pair.set_by:
        text += "," + inner + '"set_by": ' + _value_text(pair.set_by, inner)
    return text + newline + "}"
