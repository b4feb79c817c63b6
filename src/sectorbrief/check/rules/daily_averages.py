"""A daily average stated right after its period's total must fit the period's length.

``上半年，6家国有大行累计营业收入高达1.80万亿元，日均进账49.3亿元``: 18,000亿 / 49.3亿 = 365 days, a
whole year's, but 上半年 has 181–182 calendar days (about 120 trading days); the average over the half
year is 99亿元 or more. Read in one sentence: a period word (上半年, 下半年, 全年, 前三季度, 一季度 …), a total
amount after it (元 with 万亿/亿/万) and, opening the next clause, a daily average (``日均…49.3亿元``). The
number of days the two imply (over every corner of their printed rounding) must fall within the period's
trading-day to calendar-day range; outside it the average cannot be over the stated period: an error.
"""

from __future__ import annotations

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, printed

_N = r"\d[\d,]*(?:\.\d+)?"
# the period's length in days: from its trading days (a little under) to its calendar days
_DAYS = {
    "上半年": (110, 182),
    "下半年": (110, 184),
    "全年": (230, 366),
    "前三季度": (170, 274),
    "一季度": (52, 91),
    "二季度": (52, 91),
    "三季度": (52, 92),
    "四季度": (52, 92),
}
_FORM = lazy_compile(
    rf"(?P<period>上半年|下半年|全年|前三季度|(?<!前)第?[一二三四]季度)[^。；]{{0,40}}?"
    rf"(?<![\d.,])(?P<t>{_N})\s*(?P<ts>万亿|亿|万)元，\s*日均[\u4e00-\u9fff]{{0,6}}?"
    rf"(?<![\d.,])(?P<d>{_N})\s*(?P<ds>万亿|亿|万)元"
)


def check_daily_averages(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "日均" not in text:
            continue
        for m in _FORM.finditer(text):
            low_days, high_days = _DAYS[m.group("period").lstrip("第")]
            total = _scaled(m.group("t"), m.group("ts"))
            daily = _scaled(m.group("d"), m.group("ds"))
            if daily[0] <= 0:
                continue
            low, high = corners(lambda v: v[0] / v[1], (total, daily))
            if high >= low_days * 0.95 and low <= high_days * 1.05:
                continue
            scale = SCALES[m.group("ds")]
            out.append(
                finding(
                    "error",
                    "arithmetic",
                    f"「{m.group('t')}{m.group('ts')}元」 over {m.group('period')} ({low_days}–{high_days} trading or "
                    f"calendar days) is {total[0] / high_days / scale:.1f}–{total[0] / low_days / scale:.1f}"
                    f"{m.group('ds')}元 a day, but 「日均…{m.group('d')}{m.group('ds')}元」 implies "
                    f"{total[0] / daily[0]:.0f} days; consistent would be a daily average in that range",
                    sentence,
                    m.start("t"),
                    m.end(),
                )
            )
    return out


def _scaled(number: str, scale: str) -> tuple[float, float]:
    value, half = printed(number)
    return value * SCALES[scale], half * SCALES[scale]
