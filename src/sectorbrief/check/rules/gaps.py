"""A stated gap (差距, 相差, 差额) against the two amounts it is the gap of.

``河钢股份总市值155.7亿元，首钢股份152.4亿元，两者差距43.6亿元``: 155.7亿 − 152.4亿 = 3.3亿, not 43.6亿. The
gap is read when its sentence states exactly two amounts of its unit before it (scales converted: 万, 亿,
万亿 …; units 元, 美元, 港元, 吨 …; a gap in index points is level_gaps') and the gap word is followed by its own amount (``差距43.6亿元``,
``相差约3亿元``). It must lie within the rounding of the printed figures (the corners of their last digits)
of the difference, rounded or cut short (an amount's minus sign counts: 74,602,164.18元 and
-16,032,866.26元 are 9063.5万元 apart, printed 9063万元); a hedged gap (约, 近, 超过, 左右) only within a tenth of it, and then as a warning.
Percentages are left to the excess rules (a gap of returns is in 个百分点).
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, printed

_SCALE = r"(?P<scale>万亿|千亿|百亿|亿|千万|百万|万|千)?"
_UNIT = r"(?P<unit>美元|港元|欧元|日元|元|吨|辆|台|套|平方米)"
_AMOUNT = lazy_compile(rf"(?<![\d.])(?P<sign>[-−])?(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*{_SCALE}{_UNIT}")
_GAP = lazy_compile(
    rf"(?:差距|相差|差额|差值|之差)(?:为|达到|达|是|了)?(?P<hedge>约|近|超过|逾|不到|不足)?\s*"
    rf"(?P<num>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*{_SCALE}{_UNIT}(?P<tail>左右|多)?"
)


def check_gaps(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "差" not in text:
            continue
        for gap in _GAP.finditer(text):
            found = _check(sentence, gap)
            if found is not None:
                out.append(found)
    return out


def _check(sentence: Sentence, gap: re.Match[str]) -> Finding | None:
    text = sentence.text
    unit = gap.group("unit")
    start = text.rfind("。", 0, gap.start()) + 1
    amounts = [m for m in _AMOUNT.finditer(text, start, gap.start()) if m.group("unit") == unit]
    if len(amounts) != 2:
        return None
    (a, ua), (b, ub) = (printed(m.group("num")) for m in amounts)
    sa, sb = (_signed(m) * SCALES[m.group("scale") or ""] for m in amounts)
    scale = SCALES[gap.group("scale") or ""]
    stated, half = printed(gap.group("num"))
    low, high = corners(lambda c: abs(c[0] * sa - c[1] * sb) / scale, ((a, ua), (b, ub)))
    hedged = bool(gap.group("hedge") or gap.group("tail"))
    slack = 0.1 * max(abs(low), abs(high)) if hedged else 2 * half  # truncated as well as rounded
    if low - slack - 1e-9 <= stated <= high + slack + 1e-9:
        return None
    diff = abs(a * sa - b * sb) / scale
    first, second = (m.group(0) for m in amounts)
    scale_word = gap.group("scale") or ""
    return finding(
        "warning" if hedged else "error",
        "arithmetic",
        f"the gap between {first} and {second} is {diff:.{_decimals(gap.group('num'))}f}{scale_word}{unit}, "
        f"not the stated {gap.group('num')}{scale_word}{unit}",
        sentence,
        amounts[0].start(),
        gap.end(),
    )


def _signed(amount: re.Match[str]) -> int:
    """-1 for an amount printed with its minus sign (本期利润为-16,032,866.26元), else 1."""
    return -1 if amount.group("sign") else 1


def _decimals(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0
