"""Returns stated beside index points: the percentage must match the points it is computed from.

Several forms are read, each within one clause run of a sentence:
``从3430.14点下跌至3418.96点，跌幅0.33%`` (both levels), ``收于2288.68点，下跌16.76点，跌幅0.73%``
(close and move), ``跌38.03点，跌幅为1.22%，收报3088.37点`` (move, percentage, close),
``报收于2528.28点，与前周末的2612.19点相比下跌83.91点，跌幅3.21%`` (close against an earlier close),
``周跌1.28%，从13日的3889.50点跌至17日的3839.76点`` (percentage first), ``收报2765点，跌22点或0.81%`` and
``累计上扬361点(1.31%)，收报27930点``. The tolerance is one unit of the percentage's last digit plus
what rounding the printed levels can move it (whole points in wire copy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claims import Claims, Number, Sentence, parse_number
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_LEVEL = r"\d[\d,]*(?:\.\d+)?"
_PCT = r"(?P<kind>涨幅|跌幅|升幅|降幅)(?:为|达|是)?(?P<pct>\d+(?:\.\d+)?)%"
_VERB = r"(?P<verb>上涨|下跌|上升|下降|大涨|大跌|上扬|下挫|回落|攀升|涨|跌|升|降)"
_DAY = r"(?:\d{1,2}日的?|周[一二三四五]的?|上周五的?|前周末的?)?"
_CLOSE = r"(?:收于|收报|报收于?|收盘于?|收市报|报)"
_FORMS = (
    re.compile(rf"从(?P<a>{_LEVEL})点{_VERB}至(?P<b>{_LEVEL})点，?{_PCT}"),
    re.compile(
        rf"{_CLOSE}(?P<b>{_LEVEL})点，(?:较上周末?|较前一?周|较上一?交易日)?{_VERB}(?P<n>{_LEVEL})点，{_PCT}"
    ),
    re.compile(rf"{_VERB}(?P<n>{_LEVEL})点，{_PCT}，{_CLOSE}(?P<b>{_LEVEL})点"),
    re.compile(
        rf"{_CLOSE}(?P<b>{_LEVEL})点，?(?:与|和|较)[^，。；\d]{{0,8}}?(?P<a>{_LEVEL})点"
        rf"(?:相比|相较)?{_VERB}(?:了)?{_LEVEL}点，?{_PCT}"
    ),
    # 周跌1.28%，从13日的3889.50点跌至17日的3839.76点 / 领跌5.28%，从3078.76点失守3000点整数关口至2935.37点
    re.compile(
        rf"(?P<verb>涨|跌|上涨|下跌|领涨|领跌)(?P<pct>\d+(?:\.\d+)?)%，从{_DAY}(?P<a>{_LEVEL})点"
        rf"[^，。；]{{0,16}}?至{_DAY}(?P<b>{_LEVEL})点"
    ),
    # 收报2765点，跌22点或0.81%
    re.compile(rf"{_CLOSE}(?P<b>{_LEVEL})点，{_VERB}(?P<n>{_LEVEL})点或(?P<pct>\d+(?:\.\d+)?)%"),
    # 累计上扬361点(1.31%)，收报27930点
    re.compile(rf"{_VERB}(?P<n>{_LEVEL})点\((?P<pct>[+-]?\d+(?:\.\d+)?)%\)，?{_CLOSE}(?P<b>{_LEVEL})点"),
)
_FALLS = ("下跌", "下降", "大跌", "下挫", "回落", "跌", "降", "领跌")


@dataclass(frozen=True)
class PointsReturn:
    """A percentage and the index levels it should be computed from."""

    sentence: Sentence
    start: int
    end: int
    stated: Number
    falls: bool
    before: float
    after: float
    slack: float = 0.0  # how far the printed levels' rounding can move the computed percentage

    @property
    def computed(self) -> float:
        return (self.after - self.before) / self.before * 100.0


def points_returns(sentence: Sentence) -> list[PointsReturn]:
    out: list[PointsReturn] = []
    for form in _FORMS:
        for m in form.finditer(sentence.text):
            found = _read(sentence, m)
            if found is not None:
                out.append(found)
    return out


def _read(sentence: Sentence, m: re.Match[str]) -> PointsReturn | None:
    falls = m.group("verb") in _FALLS
    after = _level(m.group("b"))
    groups = m.groupdict()
    if groups.get("a") is not None:
        before = _level(m.group("a"))
    else:
        move = _level(m.group("n"))
        before = after + move if falls else after - move
    if before <= 0:
        return None
    units = [_unit(m.group(g)) for g in ("a", "b", "n") if groups.get(g) is not None]
    slack = sum(units) / before * 100.0 * (1.0 + abs(after / before))
    stated = parse_number(m.group("pct").lstrip("+-"))
    return PointsReturn(sentence, m.start(), m.end(), stated, falls, before, after, slack)


def _unit(text: str) -> float:
    """Half a unit of the last printed digit of a level (3347.49 -> 0.005, 27930 -> 0.5)."""
    return 0.5 * 10.0 ** -(len(text.split(".")[1]) if "." in text else 0)


def _level(text: str) -> float:
    return float(text.replace(",", ""))


def check_points(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        for p in points_returns(sentence):
            stated = -abs(p.stated.value) if p.falls else abs(p.stated.value)
            if abs(p.computed - stated) <= tolerance(p.stated) + p.slack:
                continue
            out.append(
                finding(
                    "error",
                    "arithmetic",
                    f"{'跌幅' if p.falls else '涨幅'} {p.stated.text}% but the index went from "
                    f"{p.before:.2f} to {p.after:.2f} points, which is {fmt(p.computed)}%; "
                    f"consistent would be {fmt(abs(p.computed))}%",
                    p.sentence,
                    p.start,
                    p.end,
                )
            )
    return out
