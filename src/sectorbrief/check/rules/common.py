"""Helpers the rules share: rounding tolerance and finding construction."""

from __future__ import annotations

from sectorbrief.check.claims import Number, Sentence
from sectorbrief.check.report import Finding, Kind, Severity, snippet_around

EPSILON = 1e-9


def tolerance(*numbers: Number) -> float:
    """One unit of the coarsest printed digit: 0.01 for two-decimal figures, 0.1 for one decimal."""
    return 10.0 ** (-min(n.decimals for n in numbers)) + EPSILON


def finding(
    severity: Severity, kind: Kind, message: str, sentence: Sentence, start: int, end: int
) -> Finding:
    return Finding(severity, kind, message, snippet_around(sentence.text, start, end), sentence.location)


def fmt(value: float) -> str:
    return f"{value:.2f}"
