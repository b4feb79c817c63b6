"""A gap in points between two index levels stated just before it must be their difference.

``创业板指数收盘点位为3459.72点，上证指数收盘点位为3411.72点，创业板指数超过上证指数48点`` and ``…收盘点位为
973.23点，上证指数当日收盘点位为2568.28点，两者相差1595.05点``: the gap (超过/高于/低于/相差/差距 N点) is
checked against the two levels when its sentence states exactly two levels before it and no move in
points between them (上涨N点 is a change, not a level). The gap may be printed rounded or truncated
(48点 for 48.00); a hedged gap (约/近/逾/不到/超过 N点 of a round figure) is not read.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding, fmt, printed

_LEVEL = lazy_compile(r"(?<![\d.,])(?P<n>\d[\d,]*(?:\.\d+)?)\s*点(?!位)")
_GAP = lazy_compile(
    r"(?P<word>超过|超出|高于|低于|高出|低出|落后于?|领先于?|相差|相距|差距为?|差值为?)"
    r"[^，。；\d]{0,8}?(?P<hedge>约|近|逾|超过|不到|不足)?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:个)?点(?!位)"
)
_MOVE = lazy_compile(r"(?:涨|跌|升|降|上扬|下挫|回落|攀升|下滑)[^，。；\d]{0,4}$")


def check_level_gaps(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if text.count("点") < 3:
            continue
        for gap in _GAP.finditer(text):
            if gap.group("hedge") or "个" in gap.group(0):
                continue
            levels = list(_LEVEL.finditer(text, 0, gap.start()))
            if len(levels) != 2 or any(_MOVE.search(text, 0, m.start()) for m in levels):
                continue
            found = _compare(sentence, gap, levels[0].group("n"), levels[1].group("n"))
            if found is not None:
                out.append(found)
    return out


def _compare(sentence: Sentence, gap: re.Match[str], first: str, second: str) -> Finding | None:
    (a, a_half), (b, b_half), (n, n_half) = printed(first), printed(second), printed(gap.group("n"))
    difference = abs(a - b)
    slack = a_half + b_half + EPSILON
    # rounded (half a unit either way) or truncated (up to one unit below the true gap)
    if n - n_half - slack <= difference <= n + 3 * n_half + slack:
        return None
    return finding(
        "error",
        "arithmetic",
        f"{gap.group('word')} {gap.group('n')}点 but the two levels stated before it, {first} and {second} "
        f"points, are {fmt(difference)} apart; consistent would be {fmt(difference)}点",
        sentence,
        gap.start(),
        gap.end(),
    )
