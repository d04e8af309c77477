"""The JSON of CONTRACT.md ("policydiff/comparison@1")."""
from __future__ import annotations

import json
from typing import Any, Dict

from ..models import Clause, Comparison, Document, Finding, FindingKind, Pair, Status

FORMAT = "policydiff/comparison@1"


def clause_dict(clause: Clause) -> Dict[str, Any]:
    return {"id": clause.id, "label": clause.label, "number": clause.number,
            "path": list(clause.path), "heading": clause.heading, "text": clause.text}


def document_dict(doc: Document) -> Dict[str, Any]:
    return {"source": doc.source, "title": doc.title,
            "clauses": [clause_dict(c) for c in doc.clauses]}


def finding_dict(finding: Finding, lang: str = "zh") -> Dict[str, Any]:
    message = finding.message_en if lang == "en" and finding.message_en else finding.message
    return {"kind": finding.kind.value, "old": finding.old, "new": finding.new, "message": message}


def pair_dict(pair: Pair, lang: str = "zh") -> Dict[str, Any]:
    return {
        "status": pair.status.value,
        "old": [c.id for c in pair.old],
        "new": [c.id for c in pair.new],
        "renumbered": pair.renumbered,
        "similarity": pair.similarity,
        "diff": [[op.value, text] for op, text in pair.diff],
        "findings": [finding_dict(f, lang) for f in pair.findings],
    }


def summary(comparison: Comparison) -> Dict[str, Dict[str, int]]:
    pairs = {s.value: 0 for s in Status}
    kinds = {k.value: 0 for k in FindingKind}
    for pair in comparison.pairs:
        pairs[pair.status.value] += 1
        for finding in pair.findings:
            kinds[finding.kind.value] += 1
    return {"pairs": pairs, "findings": kinds}


def comparison_dict(comparison: Comparison, lang: str = "zh") -> Dict[str, Any]:
    return {
        "format": FORMAT,
        "old": document_dict(comparison.old),
        "new": document_dict(comparison.new),
        "pairs": [pair_dict(p, lang) for p in comparison.pairs],
        "summary": summary(comparison),
    }


def render_json(comparison: Comparison, lang: str = "zh", **_options: Any) -> str:
    return json.dumps(comparison_dict(comparison, lang), ensure_ascii=False, indent=1) + "\n"
