"""One number printed twice: reading a printing and whether two printings can be of one value.

Shared by the restatement rules (restatements, anchored_restatements, fund_restatements, table_restatements).
A printing's ``step`` is one unit of its last digit in the figure's unit (2.35% → 0.01, 5.81亿元 → 1e6 元).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Protocol, TypeVar

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.rules.common import EPSILON


class Printing(Protocol):
    """A printed figure: its value, one unit of its last digit, and whether it is 约/近/超 (vague)."""

    @property
    def value(self) -> float: ...

    @property
    def step(self) -> float: ...

    @property
    def vague(self) -> bool: ...


P = TypeVar("P", bound=Printing)


def decimals(raw: str) -> int:
    """How many digits a number is printed with after its point (2.26 → 2, 6,685 → 0)."""
    return len(raw.split(".")[1]) if "." in raw else 0


def printing(raw: str) -> tuple[float, float]:
    """A printed number's value and one unit of its last digit (1,191.54 → 1191.54, 0.01)."""
    digits = raw.replace(",", "")
    return float(digits), 10.0 ** -decimals(digits)


def places(step: float) -> int:
    """The decimals a step is one unit of (0.01 → 2, 1.0 → 0)."""
    return max(0, round(-math.log10(step)))


def yuan_scale(unit: str) -> float:
    """The yuan one unit of a 元 figure is (万元 → 1e4, 元 → 1); 1 for any other unit."""
    return SCALES.get(unit[:-1], 1.0) if unit.endswith("元") else 1.0


def agree(a: Printing, b: Printing) -> bool:
    """Whether two printings may be of one value: each is its value rounded, so they agree within half of each
    one's last digit (2.35 and 2.3 or 2.4 agree, 2.39 and 2.3 do not), a tenth more when either is vague."""
    slack = (a.step + b.step) / 2 + EPSILON * max(1.0, abs(a.value), abs(b.value))
    if a.vague or b.vague:
        slack += 0.1 * max(abs(a.value), abs(b.value))
    return abs(a.value - b.value) <= slack


def distinct(printings: Iterable[P]) -> list[P]:
    """The first printing of each value, in order: each disagrees with every one before it."""
    values: list[P] = []
    for p in printings:
        if all(not agree(p, v) for v in values):
            values.append(p)
    return values
