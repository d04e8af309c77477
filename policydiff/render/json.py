"""The comparison JSON ("policydiff/comparison@2"; docs/json-format.md).

Version 2 keeps every key of version 1 and adds ``headlines``, ``renames``,
``warnings``, a pair's ``set_by`` and a finding's ``subject``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, TextIO, Tuple

from ..models import Clause, Comparison, Document, Finding, FindingKind, Notice, Op, Pair, Status

FORMAT = "policydiff/comparison@2"


def clause_dict(clause: Clause) -> Dict[str, Any]:
    return {"id": clause.id, "label": clause.label, "number": clause.number,
            "path": list(clause.path), "heading": clause.heading, "text": clause.text}


def document_dict(doc: Document) -> Dict[str, Any]:
    return {"source": doc.source, "title": doc.title, "clauses": [clause_dict(c) for c in doc.clauses]}


def finding_dict(finding: Finding, lang: str = "zh") -> Dict[str, Any]:
    message = finding.message_en if lang == "en" and finding.message_en else finding.message
    out = {"kind": finding.kind.value, "old": finding.old, "new": finding.new, "message": message}
    if finding.subject:
        out["subject"] = finding.subject
    return out


#: Each diff op's value, looked up (an enum member's ``.value`` is a Python property call per run).
_OP_VALUE = {op: op.value for op in Op}
_STATUS_VALUE = {status: status.value for status in Status}
_KIND_VALUE = {kind: kind.value for kind in FindingKind}


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
    return [_headline_dict(ranked) for ranked in _ranked(comparison, lang)]


def _ranked(comparison: Comparison, lang: str) -> List[Tuple[int, Any]]:
    """(rank, headline) of the summary sentences, most important first."""
    from .headlines import ranked_headlines

    return list(enumerate(ranked_headlines(comparison, lang), 1))


def _headline_dict(ranked: Tuple[int, Any]) -> Dict[str, Any]:
    rank, h = ranked
    return {"text": h.text, "kind": h.kind, "rank": rank, "pairs": list(h.pairs)}


def _write_headline(ranked: Tuple[int, Any], out: List[str], newline: str) -> None:
    """``_write(_headline_dict(ranked), out, newline)``: the same text, without the dict."""
    rank, h = ranked
    text, kind, number = _leaf(h.text), _leaf(h.kind), _leaf(rank)
    pairs = [_leaf(p) for p in h.pairs]
    if text is None or kind is None or number is None or None in pairs:
        _write(_headline_dict(ranked), out, newline)
        return
    inner = newline + " "
    item = inner + " "
    listed = "[" + item + ("," + item).join(pairs) + inner + "]" if pairs else "[]"
    out.append(f'{{{inner}"text": {text},{inner}"kind": {kind},{inner}"rank": {number},'
               f'{inner}"pairs": {listed}{newline}}}')


def summary(comparison: Comparison) -> Dict[str, Dict[str, int]]:
    pairs = {s.value: 0 for s in Status}
    kinds = {k.value: 0 for k in FindingKind}
    status_value, kind_value = _STATUS_VALUE, _KIND_VALUE
    for pair in comparison.pairs:
        pairs[status_value[pair.status]] += 1
        for finding in pair.findings:
            kinds[kind_value[finding.kind]] += 1
    return {"pairs": pairs, "findings": kinds}


def comparison_dict(comparison: Comparison, lang: str = "zh") -> Dict[str, Any]:
    """The comparison as JSON values."""
    return {
        "format": FORMAT,
        "old": document_dict(comparison.old),
        "new": document_dict(comparison.new),
        "pairs": [pair_dict(p, lang) for p in comparison.pairs],
        **_rest(comparison, lang),
    }


def _to_write(comparison: Comparison, lang: str, into: Optional[TextIO]) -> Dict[str, Any]:
    """``comparison_dict`` with its clauses and pairs left as they are, for ``_write`` to write
    each by its own writer (``_write_clause``, ``_write_pair``) without making its dict, and to
    write out to ``into`` as it goes when that is a file."""
    def listed(items, writer):
        return _Items(items, into, writer) if items else []

    def document(doc: Document) -> Dict[str, Any]:
        return {"source": doc.source, "title": doc.title, "clauses": listed(doc.clauses, _write_clause)}

    return {
        "format": FORMAT,
        "old": document(comparison.old),
        "new": document(comparison.new),
        "pairs": listed(comparison.pairs, lambda pair, out, newline: _write_pair(pair, lang, out, newline)),
        **_rest(comparison, lang, lambda: listed(_ranked(comparison, lang), _write_headline)),
    }


def _rest(comparison: Comparison, lang: str, headlines=None) -> Dict[str, Any]:
    return {
        "summary": summary(comparison),
        "headlines": headlines() if headlines else headline_dicts(comparison, lang),
        "renames": [{"old": r.old, "new": r.new, "occurrences": r.occurrences, "pairs": list(r.pairs),
                     "provisions": r.provision_count}
                    for r in comparison.renames],
        "warnings": [notice_dict(n, lang) for n in comparison.warnings],
    }


def render_json(comparison: Comparison, lang: str = "zh", **_options: Any) -> str:
    from ..nogc import paused

    with paused():  # a tree of dicts and lists, no cycle: see nogc.py
        return dumps(_to_write(comparison, lang, None)) + "\n"


def write_json(comparison: Comparison, into: TextIO, lang: str = "zh") -> None:
    """``render_json``'s text written to a file as it is made: a clause or pair at a time, so
    the report of a 49 MB text (150 MB of JSON) is never held whole, as text or as values."""
    from ..nogc import paused

    with paused():
        out: List[str] = []
        _write(_to_write(comparison, lang, into), out, "\n")
        out.append("\n")
        into.write("".join(out))


class _Items:
    """A list of clauses or pairs, each written by ``writer(item, out, newline)`` as ``_write``
    would write its dict (and written out as they are when ``into`` is a file, ``write_json``)."""

    __slots__ = ("items", "into", "writer")

    def __init__(self, items: Iterable[Any], into: Optional[TextIO], writer: Callable[..., None]):
        self.items, self.into, self.writer = items, into, writer

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)

    def spill(self, out: List[str]) -> None:
        """What is written so far to the file, once it is long enough to be worth a write (512
        pieces: a clause or pair written by its writer is one to four of them)."""
        if self.into is not None and len(out) >= 512:
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
        sep, writer, spill = "[" + inner, value.writer, value.spill
        for item in value:
            out.append(sep)
            writer(item, out, inner)
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
        if leaf is None:
            import json

            leaf = json.dumps(value, ensure_ascii=False, indent=1).replace("\n", newline)
        out.append(leaf)


try:  # json.encoder's encode_basestring (its C one), without importing json (5 M instructions)
    from _json import encode_basestring as _string
except ImportError:  # a Python without the accelerator
    from json.encoder import encode_basestring as _string


def _write_clause(clause: Clause, out: List[str], newline: str) -> None:
    """``_write(clause_dict(clause), out, newline)``: the same text, without the dict."""
    label, number, heading = _leaf(clause.label), _leaf(clause.number), _leaf(clause.heading)
    if label is None or number is None or heading is None or type(clause.id) is not str \
            or type(clause.text) is not str:
        _write(clause_dict(clause), out, newline)
        return
    inner = newline + " "
    path = _path_text(clause.path, inner) if type(clause.path) is tuple else None
    if path is None:
        out.append(f'{{{inner}"id": {_string(clause.id)},{inner}"label": {label},{inner}"number": {number},'
                   f'{inner}"path": ')
        _write(list(clause.path), out, inner)
        out.append(f',{inner}"heading": {heading},{inner}"text": {_string(clause.text)}{newline}}}')
        return
    out.append(f'{{{inner}"id": {_string(clause.id)},{inner}"label": {label},{inner}"number": {number},'
               f'{inner}"path": {path},{inner}"heading": {heading},{inner}"text": {_string(clause.text)}{newline}}}')


@lru_cache(maxsize=4096)  # (the clauses of a section share their path: written once)
def _path_text(path: Tuple[Any, ...], newline: str) -> Optional[str]:
    """``_write(list(path), out, newline)``'s text (None when a heading is not a string)."""
    if not path:
        return "[]"
    if any(type(heading) is not str for heading in path):
        return None
    inner = newline + " "
    return "[" + inner + ("," + inner).join([_string(heading) for heading in path]) + newline + "]"


def _ids(clauses: Tuple[Clause, ...], newline: str) -> Optional[str]:
    """A list of clause ids as ``_write`` writes it at ``newline`` (None: not all strings)."""
    if not clauses:
        return "[]"
    if len(clauses) == 1:  # (most pairs)
        only = clauses[0].id
        return f"[{newline} {_string(only)}{newline}]" if type(only) is str else None
    if any(type(c.id) is not str for c in clauses):
        return None
    inner = newline + " "
    return "[" + inner + ("," + inner).join([_string(c.id) for c in clauses]) + newline + "]"


def _findings_text(findings: Tuple[Finding, ...], lang: str, newline: str) -> Optional[str]:
    """``_write([finding_dict(f, lang) for f in findings], out, newline)``'s text, without the
    dicts (None when a value is not a leaf: then written the long way)."""
    item = newline + " "
    key = item + " "
    parts = []
    for f in findings:
        message = f.message_en if lang == "en" and f.message_en else f.message
        kind, old, new, said = _leaf(_KIND_VALUE[f.kind]), _leaf(f.old), _leaf(f.new), _leaf(message)
        subject = _leaf(f.subject) if f.subject else ""
        if kind is None or old is None or new is None or said is None or subject is None:
            return None
        parts.append(f'{{{key}"kind": {kind},{key}"old": {old},{key}"new": {new},{key}"message": {said}'
                     + (f',{key}"subject": {subject}' if f.subject else "") + item + "}")
    return "[" + item + ("," + item).join(parts) + newline + "]"


def _write_pair(pair: Pair, lang: str, out: List[str], newline: str) -> None:
    """``_write(pair_dict(pair, lang), out, newline)``: the same text, without the dict."""
    inner = newline + " "
    status, similarity = _leaf(_STATUS_VALUE[pair.status]), _leaf(pair.similarity)
    old, new = _ids(pair.old, inner), _ids(pair.new, inner)
    if status is None or similarity is None or old is None or new is None or (
            pair.set_by is not None and _leaf(pair.set_by) is None):
        _write(pair_dict(pair, lang), out, newline)
        return
    renumbered = "true" if pair.renumbered else "false"
    out.append(f'{{{inner}"status": {status},{inner}"old": {old},{inner}"new": {new},'
               f'{inner}"renumbered": {renumbered},{inner}"similarity": {similarity},{inner}"diff": ')
    if pair.diff:
        run, end = inner + "  ", inner + " "
        value = _OP_VALUE
        out.append("[" + end + ("," + end).join([
            f"[{run}{_string(value[op])},{run}{_string(text)}{end}]" for op, text in pair.diff]) + inner + "]")
    else:
        out.append("[]")
    out.append(f',{inner}"findings": ')
    if pair.findings:
        findings = _findings_text(pair.findings, lang, inner)
        if findings is None:
            _write([finding_dict(f, lang) for f in pair.findings], out, inner)
        else:
            out.append(findings)
    else:
        out.append("[]")
    if pair.set_by:
        out.append(f',{inner}"set_by": {_leaf(pair.set_by)}')
    out.append(newline + "}")
