"""A stock's quoted price against the day's range stated with it.

``中建材(03323)现价跌6.7%，报2.24元，该股成交约968万股，涉资2209万元，盘中高见2.38元，最低见2.24元``: the price
(read by check/quotes.py) must lie between the day's low and high stated after it in its sentence, with no other
stock or index named between, within the rounding of the printed figures. A price above the high or below the low
is an error.
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims
from sectorbrief.check.quotes import Quote, quotes
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, printed


def check_quote_ranges(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    if not any("高见" in s.text or "最高" in s.text for s in claims.sentences):
        return out
    for q in quotes(claims.sentences):
        if q.row or not (q.high or q.low):
            continue
        broken = _outside(q)
        if broken is not None:
            out.append(_finding(q, *broken))
    return out


def _outside(q: Quote) -> tuple[str, str] | None:
    """The bound the price breaks (``高见``, its figure) or None."""
    price, half = printed(q.price)
    for word, bound, sign in (("高见", q.high, 1), ("最低见", q.low, -1)):
        if bound:
            level, bound_half = printed(bound)
            if sign * (price - level) > half + bound_half + 1e-9:
                return word, bound
    return None


def _finding(q: Quote, word: str, bound: str) -> Finding:
    text = q.sentence.text
    above = word == "高见"
    return finding(
        "error",
        "contradiction",
        f"「{text[q.start : min(q.end, len(text))]}」 but the day's {'high' if above else 'low'} is stated as "
        f"{word}{bound}元 (「{q.stated_range}」): a price {'above the high' if above else 'below the low'} "
        f"cannot be the day's; the price or the {'high' if above else 'low'} is wrong "
        f"(consistent would be a price {'at most' if above else 'at least'} {bound}元)",
        q.sentence,
        q.start,
        min(q.end, len(text)),
    )
