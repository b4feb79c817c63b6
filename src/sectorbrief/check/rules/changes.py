"""An amount, its change against the previous period, and that change as a percentage must agree.

``成交金额253.59亿元，较上周减少140.12亿元，降幅35.59%`` (or ``报748元/吨，环比上涨43元/吨(+6.1%)``, or a
freight lane's ``美东每大箱5831美元，周涨1882美元，涨幅47.86%``, or a price's move before its level,
``下跌2.69美元，跌幅10.7%，收于每桶22.53美元``, ``下降37美元或0.46%，至8,013美元``) says the amount was 393.71 before, and
140.12 / 393.71 = 35.59%. Any unit is read, as long as the amount and its change carry the same one
(亿元, 万亿元, 元/吨, 万吨 …; index points are points.py's). The amount must open the comparison
(``A，较上周减少B``), not be its base (``与前周末的A相比``). A growth word's minus sign gives its direction
(``比上周减少393亿元，增长-5.99%``). The percentage is computed over every corner of the printed figures'
rounding and must print from one of them, rounded (or rounded twice) or truncated (so whole yuan quotes
and truncated percentages pass: 1058元/吨 after +79元/吨 is 8.07–8.13%, so 8.12% stands).
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, fmt, printed, printed_from

_N = r"\d[\d,]*(?:\.\d+)?"
_UNIT = r"(?P<unit>兆元|万亿元|亿元|万元|元/吨|美元/吨|元/千克|元/公斤|美元|港元|元|万吨|吨|亿股|万手)"
_UP = ("增加", "增多", "增长", "上升", "上涨", "提升", "多", "涨")
_VERB = r"(?P<verb>增加|增多|增长|上升|上涨|提升|减少|下降|下滑|回落|下跌|降低|涨|跌)"
# 较上周… / ，环比… / ，周涨1882美元 (a freight lane's weekly move) / 收186.86美元，跌6.94美元，跌幅3.58%
_SINCE = r"(?:，?\s*较|，\s*(?:比|相比|环比|同比)|，(?=周?(?:上涨|下跌|涨|跌|上升|下降)))"
_FORM = lazy_compile(
    rf"(?<![\d.,])(?:(?P<zhao>{_N})兆)?(?P<a>{_N})\s*{_UNIT}{_SINCE}(?:[^，。；\d]|\d{{1,4}}[年月日])(?:[^，。；\d]|\d{{1,2}}[月日])*?{_VERB}了?(?:约|近)?\s*(?P<n>{_N})\s*(?P=unit)"
    rf"(?:，?\s*(?:本周|当周)?(?P<kind>增幅|降幅|涨幅|跌幅|增速|环比增长|环比下降|同比增长|同比下降|下降幅度|上升幅度|增长|上涨|下跌|上升|下降)(?:为|达|约)?\s*"
    rf"(?P<psign>-)?(?P<pct>\d+(?:\.\d+)?)%|\((?P<sign>[+-])?(?P<pct2>\d+(?:\.\d+)?)%\))"
)
# the move first, the amount after: 下跌2.69美元，跌幅10.7%，收于每桶22.53美元 / 下降37美元或0.46%，至8,013美元
_AFTER = lazy_compile(
    rf"{_VERB}了?\s*(?P<n>{_N})\s*{_UNIT}(?:，?\s*或|，\s*(?P<kind>涨幅|跌幅|增幅|降幅)(?:为|达)?)\s*(?P<pct>\d+(?:\.\d+)?)%"
    rf"，\s*(?:收于|收报|报|至)(?:每桶|每吨|每盎司|每箱)?(?P<a>{_N})\s*(?P=unit)(?![\d.])"
)
_LEVEL_AFTER = lazy_compile(r"%，\s*(?:收于|收报|报|至)")  # the pre-filter of _AFTER
_BARE_MOVE = lazy_compile(r"，周?(?:上涨|下跌|涨|跌|上升|下降)\d")  # a move without 较, for the pre-filter
_BARE_VERBS = ("上涨", "下跌", "上升", "下降")
_RISES = ("增幅", "涨幅", "增速", "环比增长", "同比增长", "上升幅度", "增长", "上涨", "上升")
_SIGNED = (
    "增幅",
    "涨幅",
    "增速",
    "环比增长",
    "同比增长",
    "增长",
)  # 增长-5.99%: a growth word's sign is its direction


def check_changes(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        since = "较" in text or "比" in text or _BARE_MOVE.search(text) is not None
        found = list(_FORM.finditer(text)) if since else []
        if "%，" in text and _LEVEL_AFTER.search(text) is not None:
            found += _AFTER.finditer(text)
        for m in found:
            up = m.group("verb") in _UP
            kind = m.group("kind")
            now, change = _amount(m), printed(m.group("n"))
            if m.groupdict().get("psign") and kind not in _SIGNED:
                continue  # 跌幅-3.2%: a doubled sign, or a figure this reading does not make
            if (kind is not None and up != _rate_rises(m)) or (m.groupdict().get("sign") == "-" and up):
                out += _two_directions(
                    sentence, m, now, change
                )  # 减少…增幅: one change only if the sizes fit
                continue

            def percent(v: tuple[float, ...], up: bool = up) -> float:
                before = v[0] - v[1] if up else v[0] + v[1]
                return v[1] / before * 100.0

            if (now[0] - change[0] if up else now[0] + change[0]) <= 0:
                continue
            low, high = corners(percent, (now, change))
            stated = parse_number(m.group("pct") or m.groupdict()["pct2"])
            if printed_from(stated, low, high):
                continue
            middle = percent((now[0], change[0]))
            sign = m.groupdict().get("psign") or ""  # 增长-5.99%: the size printed with its sign
            out.append(
                finding(
                    "error",
                    "arithmetic",
                    f"{kind or ('增幅' if up else '降幅')} {sign}{stated.text}% but {_shown(m)} after a change of "
                    f"{m.group('n')}{m.group('unit')} is {fmt(middle)}% of the amount before; "
                    f"consistent would be {sign}{fmt(middle)}%",
                    sentence,
                    m.start(),
                    m.end(),
                )
            )
    return out


def _rate_rises(m: re.Match[str]) -> bool:
    """Whether the percentage after the change says a rise: its size word's direction, turned by a minus sign on a
    growth word (增长-5.99% is a fall)."""
    return (m.group("kind") in _RISES) != (m.groupdict().get("psign") == "-")


def _amount(m: re.Match[str]) -> tuple[float, float]:
    """The amount that opens the comparison, with its 兆 part (33兆3786.30亿元 is 333786.30亿元; 兆 is 万亿)."""
    value, half = printed(m.group("a"))
    zhao = m.groupdict().get("zhao")
    if zhao is not None:
        if m.group("unit") != "亿元":
            return value, half
        value += float(zhao.replace(",", "")) * 1e4
    return value, half


def _shown(m: re.Match[str]) -> str:
    """The amount as printed, its 兆 part included."""
    zhao = m.groupdict().get("zhao")
    return f"{zhao + '兆' if zhao else ''}{m.group('a')}{m.group('unit')}"


def _two_directions(
    sentence: Sentence, m: re.Match[str], now: tuple[float, float], change: tuple[float, float]
) -> list[Finding]:
    """``较上周增加140.12亿元，降幅35.59%``: a verb and a size word of opposite directions. The percentage is the same
    change's when it is the change over the amount before in either direction (140.12 / (253.59 + 140.12) =
    35.59%): then one change is said to go both ways, an error; otherwise the size word may be another measure's."""
    if m.group("kind") in _BARE_VERBS:
        return []  # 降低136.19亿元，上涨0.85%: a bare verb may be another subject's move (a price's)
    stated = parse_number(m.group("pct") or m.groupdict()["pct2"])
    for up in (True, False):

        def percent(v: tuple[float, ...], up: bool = up) -> float:
            return v[1] / (v[0] - v[1] if up else v[0] + v[1]) * 100.0

        if (now[0] - change[0] if up else now[0] + change[0]) <= 0:
            continue
        low, high = corners(percent, (now, change))
        if printed_from(stated, low, high):
            size = (m.group("kind") or ("+" if m.groupdict().get("sign") != "-" else "-")) + (
                m.groupdict().get("psign") or ""
            )
            return [
                finding(
                    "error",
                    "contradiction",
                    f"「{m.group('verb')}{m.group('n')}{m.group('unit')}」 and 「{size}{stated.text}%」 are one change "
                    f"({m.group('n')} over the amount before {_shown(m)} is {stated.text}%), but "
                    f"the two words give it opposite directions; one of the two is wrong",
                    sentence,
                    m.start(),
                    m.end(),
                )
            ]
    return []
