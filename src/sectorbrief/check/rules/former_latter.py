"""``前者跑赢后者N个百分点`` against the two returns just stated: 累计涨幅4.97%，同期上证综指涨幅为3.8%，前者跑赢
后者1.17个百分点.

前者 and 后者 are the last two returns before the comparison in its sentence (a move word right before each
figure: 涨幅, 上涨, 跌幅, 下跌 …); the word's direction must match their difference and the figure must
match its size within the rounding of the printed figures.
"""

from __future__ import annotations

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_COMPARISON = lazy_compile(
    rf"前者(?P<word>跑赢|跑输|领先|落后|强于|弱于|高于|低于|超出)(?:了)?后者\s*(?P<num>{NUMBER})\s*(?:个百分点|pct|%)"
)
_MOVE = lazy_compile(rf"(?P<verb>涨跌幅|涨幅|跌幅|上涨|下跌|涨|跌)(?:为|达|是|了)?\s*(?P<num>{NUMBER})%")
_FALLS = ("跌幅", "下跌", "跌")
_NEGATIVE = ("跑输", "落后", "弱于", "低于")


def _signed(verb: str, number: Number) -> float:
    return -abs(number.value) if verb in _FALLS else number.value


def check_former_latter(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "前者" not in sentence.text:
            continue
        for m in _COMPARISON.finditer(sentence.text):
            moves = list(_MOVE.finditer(sentence.text, 0, m.start()))
            if len(moves) < 2:
                continue
            (a, b) = moves[-2:]
            na, nb, stated = (
                parse_number(a.group("num")),
                parse_number(b.group("num")),
                parse_number(m.group("num")),
            )
            gap = _signed(a.group("verb"), na) - _signed(b.group("verb"), nb)
            signed = -abs(stated.value) if m.group("word") in _NEGATIVE else abs(stated.value)
            if abs(gap - signed) <= tolerance(na, nb, stated):
                continue
            out.append(
                finding(
                    "error",
                    "arithmetic",
                    f"前者 {a.group(0)} and 后者 {b.group(0)} differ by {fmt(gap)} pp, but the text says "
                    f"{m.group('word')} {stated.text}; consistent would be "
                    f"{'跑赢' if gap >= 0 else '跑输'} {fmt(abs(gap))}",
                    sentence,
                    m.start(),
                    m.end(),
                )
            )
    return out
