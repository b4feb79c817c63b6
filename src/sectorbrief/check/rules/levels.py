"""The reader of stated levels of any measure: an amount with its scale and unit, and the level a clause states.

``89兆9,453.81亿元`` (Taiwan's 兆 is 万亿), ``3.18万亿元``, ``13.80x``, ``695元/吨``, ``51,670,686.26份``, ``26572``:
each read as a value in its unit's base (元, 吨, 份 …, scales multiplied out) with half a unit of its last printed
digit, so that two levels of one measure compare whatever scale each is written in. ``x`` is read as 倍.

``level_before(text, start, unit)`` finds the level a comparison at ``start`` is about: the last figure of the
unit stated as a level (after 为/报/至/达/收于/是 …, not a change after 上涨/下降/增加 …) in the clause before it,
or the clause before that when its own clause opens with the comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import SCALES, clause_start
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.rules.common import printed

_N = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
UNITS = (
    r"元/平方米|元/千克|元/公斤|元/吨|美元/吨|美元/桶|美元/盎司|美元/TEU|美元/FEU|元/头|"
    r"个百分点|%|倍|x|X|点|美元|港元|日元|元|万吨|吨|套|份|手|张|辆|台|GW|MW"
)
# one amount: 89兆9,453.81亿元 / 3.18 万亿元 / 13.80x / 26572
_AMOUNT = (
    rf"(?P<@>{_N})\s*(?:兆\s*(?P<@m>{_N})\s*(?P<@ms>亿)|(?P<@s>兆|万亿|亿|万))?"
    rf"\s*(?P<@u>{UNITS})?"
)


def amount(g: str) -> str:
    """The pattern of one amount whose groups are named ``g`` (the number), ``g``s (scale), ``g``u (unit)."""
    return _AMOUNT.replace("@", g)


_SCALES = {**SCALES, "兆": 1e12}


@dataclass(frozen=True, slots=True)
class Level:
    """One stated level: its value in the unit's base, half a unit of its last printed digit, its unit."""

    value: float
    half: float
    unit: str
    text: str
    start: int
    end: int


def level(m: re.Match[str], g: str) -> Level:
    """The amount of group ``g`` of a match of ``amount(g)``."""
    number = m.group(g)
    scale = _SCALES[m.group(g + "s") or ""]
    value, half = (x * scale for x in printed(number))
    if m.group(g + "m"):  # 89兆9,453.81亿: 兆 and 亿 parts
        rest, rest_half = printed(m.group(g + "m"))
        value, half = printed(number)[0] * 1e12 + rest * 1e8, rest_half * 1e8
    unit = m.group(g + "u") or ""
    unit = "倍" if unit in ("x", "X") else unit
    if unit == "万吨":
        value, half, unit = value * 1e4, half * 1e4, "吨"
    end = max(m.end(x) for x in (g, g + "m", g + "ms", g + "s", g + "u") if m.group(x) is not None)
    return Level(value, half, unit, m.string[m.start(g) : end], m.start(g), end)


def same_measure(a: Level, b: Level) -> bool:
    """Whether two levels may be one measure's: the same unit, or one written without it (从1.726上行至1.732x)."""
    return a.unit == b.unit or not a.unit or not b.unit


def order(a: Level, b: Level) -> int:
    """+1 when ``b`` is above ``a``, -1 when below, 0 when they tie within their printed rounding."""
    gap = b.value - a.value
    if abs(gap) <= a.half + b.half + 1e-9 * max(abs(a.value), abs(b.value), 1.0):
        return 0
    return 1 if gap > 0 else -1


_LEVEL = lazy_compile(rf"(?<![\d.,第兆])(?:{amount('a')})(?![\d年月日号位名只家个天周期])")
# what a level is stated after (为, 报, 至 …) and what a change is stated after (上涨, 下降了 …)
_STATED = lazy_compile(
    r"(?:新台币|人民币|港币|为|报|至|到|达|达到|收于|收报|报收|收盘|收市|指数收|是|录得|市值|总值|价格|均价|低位|高位|见|指数|\)|的)\s*$"
)
_CHANGE_BEFORE = lazy_compile(
    r"(?:上涨|下跌|上升|下降|增加|减少|增长|回落|涨|跌|升|降|增|减|挫|扬|幅|差|变动|变化|了|约|逾|超|近)\s*$"
)


def levels_in(text: str, start: int, end: int) -> list[Level]:
    """The figures between ``start`` and ``end`` stated as levels (not as changes, dates or ranks), outside
    brackets."""
    out = []
    for m in _LEVEL.finditer(text, start, end):
        lead = text[max(start, m.start() - 4) : m.start()]
        if _CHANGE_BEFORE.search(lead) or text.count("(", start, m.start()) > text.count(
            ")", start, m.start()
        ):
            continue
        if not _STATED.search(lead) and m.start() > start + 1 and lead.strip():
            continue
        out.append(level(m, "a"))
    return out


def level_before(text: str, start: int, unit: str) -> Level | None:
    """The one level of ``unit`` a comparison at ``start`` is about: in its own clause before it, else (when the
    clause opens with the comparison) in the clause before, past clauses that are comparisons of their own or
    say something of the same subject with no figure (为318点，创下历史新低，较…); None when there are two of them
    or none."""
    own = clause_start(text, start)
    mine = [x for x in levels_in(text, own, start) if _fits(x, unit)]
    if mine or own == 0 or text[own:start].strip("较比相 "):
        return mine[-1] if len(mine) == 1 else None
    end = own - 1
    for _ in range(3):  # back past clauses that are comparisons of their own (，较昨日下降了0.48点，较…)
        lead = clause_start(text, end)
        earlier = [x for x in levels_in(text, lead, end) if _fits(x, unit)]
        if earlier:
            return earlier[-1]
        if lead == 0 or text[lead] not in "较比" and not _PREDICATE.match(text, lead, end):
            return None
        end = lead - 1
    return None


# a clause with no figure that goes on about the subject before it: 创下周期内的历史新低, 再创新高
_PREDICATE = lazy_compile(
    r"(?:创下|创出|再创|续创|刷新|创)[^，。；;,\d]{0,12}(?:新低|新高|低点|高点|记录|纪录)[^，。；;,\d]{0,2}$"
)


def _fits(x: Level, unit: str) -> bool:
    """A level of ``unit``, or an index level written without 点 (指数为69.79)."""
    return x.unit == unit or (not x.unit and unit == "点")
