"""Helpers the rules share: rounding tolerance and finding construction."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from sectorbrief.check.claims import Number, Sentence
from sectorbrief.check.report import Finding, Kind, Severity, snippet_around

EPSILON = 1e-9


def tolerance(*numbers: Number) -> float:
    """One unit of the coarsest printed digit: 0.01 for two-decimal figures, 0.1 for one decimal."""
    return 10.0 ** (-min(n.decimals for n in numbers)) + EPSILON


def printed_from(stated: Number, low: float, high: float) -> bool:
    """Whether ``stated`` (a magnitude) is a printing of some value in ``low``..``high`` (magnitudes):
    rounded (half a unit of its last digit either way, and a twentieth more for a figure rounded twice:
    4.249 → 4.25 → 4.3) or truncated (up to one unit below)."""
    unit = 10.0 ** (-stated.decimals)
    return low - unit - EPSILON <= stated.value <= high + 0.55 * unit + EPSILON


def finding(
    severity: Severity, kind: Kind, message: str, sentence: Sentence, start: int, end: int
) -> Finding:
    return Finding(severity, kind, message, snippet_around(sentence.text, start, end), sentence.location)


def fmt(value: float) -> str:
    return f"{value:.2f}"


def printed(text: str) -> tuple[float, float]:
    """A printed figure and half a unit of its last digit (3347.49 -> 0.005, 27,930 -> 0.5)."""
    return float(text.replace(",", "")), 0.5 * 10.0 ** -(len(text.split(".")[1]) if "." in text else 0)


def corners(
    func: Callable[[tuple[float, ...]], float], figures: tuple[tuple[float, float], ...]
) -> tuple[float, float]:
    """The least and greatest value of ``func`` over the corners of the printed figures' rounding
    (NaN, NaN when a corner divides by zero)."""
    values = []
    for signs in itertools.product((-1.0, 1.0), repeat=len(figures)):
        corner = tuple(v + s * u for (v, u), s in zip(figures, signs, strict=True))
        try:
            values.append(func(corner))
        except ZeroDivisionError:
            return float("nan"), float("nan")
    return min(values), max(values)
