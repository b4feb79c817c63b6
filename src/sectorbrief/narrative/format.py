"""Number and date formatting: the one place figures become text.

Rounding is half away from zero (2.345 -> 2.35, -2.345 -> -2.35), as readers expect, applied to the
shortest decimal form of the float so that 0.125 prints 0.13.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal


def rounded(value: float, places: int = 2) -> Decimal:
    """``value`` rounded half away from zero to ``places`` decimals."""
    quantum = Decimal(1).scaleb(-places)
    result = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)
    return result if result != 0 else abs(result)


def num(value: float, places: int = 2) -> str:
    """Signed fixed-point text: -9.1749 -> '-9.17'."""
    return f"{rounded(value, places):f}"


def magnitude(value: float, places: int = 2) -> str:
    """Unsigned fixed-point text, for sentences that carry the sign in a word: -9.1749 -> '9.17'."""
    return f"{abs(rounded(value, places)):f}"


def sign(value: float, places: int = 2) -> int:
    """The sign of ``value`` as printed: 0 when it rounds to zero."""
    r = rounded(value, places)
    return (r > 0) - (r < 0)


def move_word(pct: float) -> str:
    """上涨 / 下跌 / 持平 for a return in percent."""
    return {1: "上涨", -1: "下跌", 0: "持平"}[sign(pct)]


def beat_word(pp: float) -> str:
    """跑赢 / 跑输 / 持平 for an excess in percentage points."""
    return {1: "跑赢", -1: "跑输", 0: "持平"}[sign(pp)]


def cn_date(day: dt.date, *, year: bool = True) -> str:
    """2026年7月3日, or 7月3日 with year=False."""
    text = f"{day.month}月{day.day}日"
    return f"{day.year}年{text}" if year else text
