"""Findings: what each change means, as a reviewer writes it in the margin.

``analyze(pair)`` returns the pair with its findings. A pair whose texts
differ only in punctuation, width, spacing or item labels gets one
``formatting`` finding; other changes are described by the finders in
``FINDERS`` (figures, qualifiers, modality, conditions, references), and
what none of them explains is a ``wording_changed``.
"""
from __future__ import annotations

from dataclasses import replace

from ..models import Pair, Status
from .formatting import formatting_only, formatting_finding
from .wording import wording_findings


def analyze(pair: Pair) -> Pair:
    """The pair with its findings filled in."""
    if pair.status in (Status.UNCHANGED,):
        return pair
    if pair.status is Status.MODIFIED and formatting_only(pair.old_text, pair.new_text):
        return replace(pair, findings=(formatting_finding(pair),))
    return replace(pair, findings=wording_findings(pair))
