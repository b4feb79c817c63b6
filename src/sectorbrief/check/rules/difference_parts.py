"""The parts of a stated difference the differences rules share: the words of difference, a stated difference
and a side's figure, whether the two figures can have the difference, and the findings on those that cannot.

A difference is checked within the rounding of all three printed figures: X − Y over the corners of the last
digits of X and Y, the stated one rounded (half a unit of its last digit, and a twentieth more for a figure
rounded twice) or cut short (a unit below), as common.printed_from reads a printed figure. A bound (超2个百分点,
2个百分点以上, 不到2个百分点) checks only its side, with a twentieth of slack; 近/接近 allows a quarter below,
约/左右 a fifth either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claim_types import Number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

WORD = lazy_compile(
    r"跑赢|跑输|领先于|领先|落后于|落后|高出|高于|低于|强于|弱于|优于|好于|差于|劣于|逊于|多涨|少涨|多跌|少跌|"
    r"超出|超越|超额收益率|超额收益|超额回报|超额|相对收益率|相对|差距|相差|差额|差值|之差|利差|价差"
)


@dataclass(frozen=True, slots=True)
class Stated:
    """One stated difference: its word, figure, bound and span in its sentence."""

    sentence: Sentence
    word: str
    value: Number
    scale: float  # 0.01 for a figure in basis points
    hedge: str  # "up" (at least), "down" (at most), "near" (at most, close), "about" or ""
    direction: int  # +1 or −1 as its word says, 2 for a signed figure (超额收益-2.9%), 0 for an unsigned gap
    start: int
    end: int
    listed: bool = False  # one of a 分别 list of differences

    @property
    def difference(self) -> float:
        """The stated X − Y (for an unsigned gap, its size), in the figures' unit."""
        v = self.value.value * self.scale
        return v if self.direction == 2 else abs(v) * (self.direction or 1)


@dataclass(frozen=True, slots=True)
class Figure:
    """A stated figure of one side, where it is."""

    name: str  # the index it is of ("" when read without a name)
    label: str
    value: Number
    sentence: Sentence
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Judged:
    """A stated difference compared with two figures, and whether they agree."""

    stated: Stated
    x: Figure
    y: Figure
    consistent: bool


def judge(stated: Stated, x: Figure, y: Figure) -> Judged:
    return Judged(stated, x, y, consistent(stated, x.value, y.value))


def in_brackets(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket opened after ``start``."""
    return text.count("(", start, pos) > text.count(")", start, pos)


def _half(n: Number) -> float:
    return 0.5 * 10.0**-n.decimals


def consistent(stated: Stated, x: Number, y: Number) -> bool:
    """Whether X − Y, over the rounding of the two printed figures, can print as ``stated``."""
    lo = x.value - _half(x) - (y.value + _half(y))
    hi = x.value + _half(x) - (y.value - _half(y))
    unit = 10.0**-stated.value.decimals * stated.scale + 1e-9
    target = stated.difference
    if stated.direction == 0:  # a gap: its size
        lo, hi = (0.0 if lo <= 0 <= hi else min(abs(lo), abs(hi))), max(abs(lo), abs(hi))
    elif target < 0 or (stated.direction == -1):
        lo, hi, target = -hi, -lo, -target  # compared in the direction the word states
    size = abs(target)
    if (
        stated.hedge == "up"
    ):  # a bound is no rounded figure: a twentieth of slack, not a unit of its last digit
        return hi >= 0.95 * size
    if stated.hedge == "down":
        return lo <= 1.05 * size and hi >= -unit
    if stated.hedge == "near":
        return lo <= 1.05 * size and hi >= 0.75 * size
    if stated.hedge == "about":
        return lo <= 1.2 * size + unit and hi >= 0.8 * size - unit
    return lo - unit <= target <= hi + 0.55 * unit  # cut short (a unit below) or rounded (half a unit above)


def findings(slips: list[Judged]) -> list[Finding]:
    """One error per slip, except that two or more slips against one figure of Y that all imply the same other
    value of it are one error about that figure (本周沪深300上涨3.00%。… 跑赢沪深300 1.00个百分点；…
    跑赢沪深300 0.50个百分点: 沪深300 would be 1.00%)."""
    by_y: dict[tuple[int, int], list[Judged]] = {}
    for j in slips:
        by_y.setdefault((j.y.sentence.index, j.y.start), []).append(j)
    out = []
    for group in by_y.values():
        implied = [j.x.value.value - j.stated.difference for j in group if j.stated.direction]
        if len(group) > 1 and len(implied) == len(group) and max(implied) - min(implied) <= 0.02:
            out.append(_y_error(group, implied[0]))
        else:
            out += [_error(j) for j in group]
    return out


def _error(j: Judged) -> Finding:
    stated, x, y = j.stated, j.x, j.y
    s = stated.sentence
    difference = x.value.value - y.value.value
    size = f"{abs(difference) / stated.scale:.2f}"
    if stated.direction == 0:
        fits = f"{stated.word} {size}"
    else:
        fits = f"{'跑赢/高于' if difference >= 0 else '跑输/低于'} {size}"
    quoted = s.text[stated.start : stated.end]
    which = f" ({stated.value.text} of the list)" if stated.listed else ""
    return finding(
        "error",
        "arithmetic",
        f"difference stated 「{quoted}」{which} but {x.label} {_signed(x.value)}% "
        f"(at {x.sentence.location}, 「{_quote(x)}」) − {y.label} {_signed(y.value)}% (at {y.sentence.location}, "
        f"「{_quote(y)}」) = {difference:+.2f} pp; consistent would be {fits}",
        s,
        stated.start,
        stated.end,
    )


def _y_error(group: list[Judged], implied: float) -> Finding:
    y = group[0].y
    said = "、".join(f"「{j.stated.sentence.text[j.stated.start : j.stated.end]}」" for j in group)
    return finding(
        "error",
        "arithmetic",
        f"{y.label} {_signed(y.value)}% (「{_quote(y)}」) disagrees with all {len(group)} differences stated "
        f"against it ({said}), which with their other figures each imply {y.label} {implied:.2f}%; "
        f"consistent would be {y.label} {implied:.2f}% (or each difference restated)",
        y.sentence,
        y.start,
        y.end,
    )


def _signed(n: Number) -> str:
    return f"{n.value:+.{n.decimals}f}"


def _quote(f: Figure) -> str:
    text = f.sentence.text[f.start : f.end]
    return text if len(text) <= 24 else "…" + text[-23:]
