"""A comparison word between two figures written in the text, judged by their difference.

The reading ``comparisons.py`` runs for a comparison word W (跑赢, 强于, 优于, 领先, 高于, 超过 … and their opposites)
whose right side's figure is written beside its name after W (``沪深300指数的-0.59%``, ``上证综指(本周上涨1.80%)``,
``创业板的43.94``, ``大盘1.06%区间涨幅``, ``基准47.79%、55.41%的收益率``, or, for a word of size like 大于/低于, an
amount of another unit than % right after the name: ``大于国庆前合计3万吨的储备冻肉投放``); the left side is the one
figure of the same unit (and of the period the right side states) before W, in W's clause or the nearest clause
before that has one, or a list before W matched position by position. 跌幅大于/小于 compares sizes of falls and is
not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, Number, clause_start, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance
from sectorbrief.check.rules.levels import levels_in

__all__ = ["BETTER", "FALL_SIZE", "MAGNITUDE", "OPPOSITE", "WORD", "explicit_comparison", "right_figure"]

BETTER = ("跑赢", "强于", "好于", "优于", "领先", "高于", "超过", "大于", "多于", "超出", "胜于", "跑贏")
_WORSE = ("跑输", "弱于", "差于", "逊于", "逊色于", "劣于", "落后", "低于", "不及", "小于", "少于", "不敌")
OPPOSITE = {
    "跑赢": "跑输", "强于": "弱于", "好于": "差于", "优于": "逊于", "领先": "落后", "高于": "低于",
    "超过": "不及", "大于": "小于", "多于": "少于", "超出": "不及", "胜于": "逊于",
}  # fmt: skip
OPPOSITE.update({v: k for k, v in list(OPPOSITE.items())})
OPPOSITE.update({"逊色于": "优于", "劣于": "优于", "不敌": "强于", "逊于": "优于", "不及": "超过"})
# words that say how much larger a measure is: a fall's size (跌幅大于) compares magnitudes, so they are not
# read beside a fall's size
MAGNITUDE = ("高于", "低于", "超过", "不及", "大于", "小于", "多于", "少于", "超出")
WORD = lazy_compile(
    r"(?=[跑强弱好差优逊劣领落高低超不大小多少胜])(?<![未不没并难非否])(?P<word>跑赢|跑输|强于|弱于|好于|差于|优于|逊色于|逊于|劣于|领先|落后|高于|低于|超过|"
    r"不及|大于|小于|多于|少于|超出|胜于|不敌)(?:于|了)?(?P<same>同期)?\s*"
)
_FALL_BEFORE = lazy_compile(
    r"(?:下跌|下降|下滑|回落|下挫|收跌|跌去|跌|(?<!涨)跌幅为?|降幅为?)\s*(?:了|达|约为|约|为)?\s*$"
)
FALL_SIZE = lazy_compile(r"跌幅|降幅|回撤|跌去")
_UNIT = r"(?P<scale>万亿|亿|万)?(?P<unit>%|倍|点|元/吨|元/平方米|元|美元|吨|套)?"
# the right side's own figure written beside its name
_RIGHT = lazy_compile(
    r"(?P<name>[“”\"\u4e00-\u9fffA-Za-z0-9 ]{1,18}?)"
    r"(?:的\s*(?P<verb1>(?:本周|同期|区间|累计)?(?:上涨|下跌|涨幅|跌幅|涨|跌))?|\(\s*(?P<verb2>[\u4e00-\u9fff]{0,6}?)|"
    r"(?=[+-]?\d[\d,.]*\s*%(?:\s*[、,，/]\s*[+-]?\d[\d,.]*\s*%)*\s*(?:的)?(?:区间|同期|本周)?(?:涨幅|跌幅|涨跌幅|收益))|"
    # 大于国庆前合计3万吨的储备: an amount of another unit than % right after the name (words of size only)
    r"(?P<bare>(?<![\d.,])(?=[+-]?\d[\d,.]*\s*(?:(?:万亿|亿|万)?\s*(?:倍|元/吨|元/平方米|元|美元|吨|套|点(?!位))"
    # 不及2016年455亿的全年票房: a scale with its unit left to the left side's (近478亿元)
    r"|(?:万亿|亿|万)(?=的|[，,；;。]|$)))))"
    rf"\s*(?P<num>{NUMBER})\s*{_UNIT}"
    r"(?P<list>(?:\s*[、,，/]\s*[+-]?\d+(?:\.\d+)?\s*%?)*)\s*(?P<close>\))?"
)
_AFTER_RIGHT = lazy_compile(r"\s*(?:个百分点|pct|pp|bp|以上|以下|左右|分位|的(?:交易日|时间))")
_LEFT = lazy_compile(rf"(?<![\d.第])(?P<num>{NUMBER})\s*{_UNIT}(?![\d年月日号位名只家])")
_CHANGE = lazy_compile(r"(?:上涨|下跌|上升|下降|增加|减少|增长|回落|涨|跌|升|降|增|减|挫|扬|幅)了?\s*$")
_LIST_OF = lazy_compile(r"\s*(?:的)?(?:区间|同期|本周)?(?:涨幅|跌幅|涨跌幅|收益)")  # 47.79%、55.41%的收益率
_LIST_BEFORE = lazy_compile(rf"(?P<list>{NUMBER}\s*%(?:\s*[、,，/和]\s*{NUMBER}\s*%)+)[^%\d]*$")


@dataclass(frozen=True, slots=True)
class _Side:
    value: Number
    start: int
    end: int
    label: str


def _signed(text: str, num: re.Match[str], group: str, context: str) -> Number:
    number = parse_number(num.group(group).replace(",", ""))
    if number.value > 0 and not num.group(group).startswith("+") and _FALL_BEFORE.search(context):
        return Number(-number.value, number.decimals, number.text)
    return number


def right_figure(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The right side's figure written beside its name after W, if any."""
    right = _RIGHT.match(text, m.end())
    if (
        right is None
        or _AFTER_RIGHT.match(text, right.end())
        or re.search(r"[，,；;。]", right.group("name"))
    ):
        return None
    if right.group("verb2") is not None and right.group("close") is None:
        return None  # 跑赢大盘(沪深300)1.2个百分点: the bracket names, it does not state
    if right.group("bare") is not None and (m.group("word") not in MAGNITUDE or right.group("unit") == "%"):
        return None  # 跑赢基准0.12%: an excess; only a word of size reads an amount right after the name
    return right


def explicit_comparison(sentence: Sentence, m: re.Match[str], right: re.Match[str]) -> Finding | None:
    """W with the right side's figure written beside its name, against the figure of the same unit before W."""
    text = sentence.text
    unit = right.group("unit") or ""
    scale = right.group("scale") or ""
    word = m.group("word")
    own = clause_start(text, m.start())
    lead = _lead(text, own)
    window = text[lead : m.start()]
    if word in MAGNITUDE and (FALL_SIZE.search(window) or FALL_SIZE.search(text, m.end(), right.end())):
        return None
    if right.group("list"):
        return _lists(sentence, m, right, lead)
    stated = sentence.periods_in(right.start(), right.end()) if unit == "%" else []
    # 455亿 after the name, its unit left to the left side: any unit the left prints with the same scale
    unit = None if right.group("bare") is not None and not unit and scale else unit
    lefts = _lefts(sentence, lead, m.start(), unit, scale, stated)
    for _ in range(2):  # back past clauses with no such figure (…上涨1.55%，排名第9位，表现逊于…)
        if lefts or lead == 0:
            break
        lead = clause_start(text, lead - 1)
        lefts = _lefts(sentence, lead, m.start(), unit, scale, stated)
    in_own = [x for x in lefts if x.start() >= own]
    if not in_own and len(lefts) != 1:
        return None  # none, or two figures before W's clause: which is compared is unclear
    x = (in_own or lefts)[-1]
    if x.start() < right.start() <= x.end():
        return None
    unit = x.group("unit") or "" if unit is None else unit
    left = _signed(text, x, "num", text[max(lead, x.start() - 8) : x.start()])
    verb = right.group("verb1") or right.group("verb2") or ""
    theirs = _signed(text, right, "num", verb)
    if right.group("bare") is not None and not _level_pair(text, (lead, m.start()), x, (left, theirs), unit):
        return None  # 低于上证指数48点: a difference written after the name, not its level; 上涨50点，高于…: a change
    return _judge(
        sentence,
        m,
        _Side(left, x.start(), x.end(), ""),
        _Side(theirs, right.start(), right.end(), right.group("name").strip()),
        scale + unit,  # 万吨: the scale is printed with the unit
    )


def _level_pair(
    text: str, span: tuple[int, int], x: re.Match[str], pair: tuple[Number, Number], unit: str
) -> bool:
    """Whether a left figure and an amount written right after the right side's name are two levels of one
    measure: comparable in size, the left not a change (上涨50点), and a left in 点 stated as a level (收于4095点)."""
    lead, end = span
    if not _comparable(*pair) or _CHANGE.search(text, lead, x.start()):
        return False
    return unit != "点" or any(y.start == x.start() for y in levels_in(text, lead, end))


def _comparable(a: Number, b: Number) -> bool:
    """Two levels of one measure within a factor of five of each other (not a level and a difference)."""
    return a.value > 0 and b.value > 0 and 0.2 <= a.value / b.value <= 5.0


def _lefts(
    sentence: Sentence, lead: int, end: int, unit: str | None, scale: str, stated: list[str]
) -> list[re.Match[str]]:
    """The figures of ``unit`` (any unit with ``scale`` when None) between ``lead`` and ``end`` that may be a left side: not inside brackets (the
    other side of an earlier comparison), not an excess (个百分点), a unitless one only with decimals, and of
    the period the right side states, if it states one (跑赢沪深300指数(年初至今涨4.78%))."""
    text = sentence.text
    return [
        x
        for x in _LEFT.finditer(text, lead, end)
        if ((x.group("unit") or "") == unit or unit is None and x.group("unit"))
        and (x.group("scale") or "") == scale
        and (unit or unit is None or "." in x.group("num"))
        and text.count("(", lead, x.start()) <= text.count(")", lead, x.start())
        and not _AFTER_RIGHT.match(text, x.end())
        and (not stated or sentence.period_at(x.start()) == stated[-1])
    ]


def _lead(text: str, own: int) -> int:
    """Where W's left side may start: the clause before W's, or further back past clauses that are comparisons
    themselves (下跌0.17%，强于创业板指(下跌0.69%)，弱于上证综指(下跌0.84%))."""
    lead = own
    for _ in range(3):
        if lead == 0:
            return 0
        lead = clause_start(text, lead - 1)
        if WORD.search(text, lead, own) is None:
            return lead
    return lead


def _lists(sentence: Sentence, m: re.Match[str], right: re.Match[str], lead: int) -> Finding | None:
    """均跑赢同期基准收益率(27.26%、60.31%、8.06%) after 分别为29.51%、69.81%、28.90%: position by position."""
    text = sentence.text
    if right.group("unit") != "%" or right.group("close") is None and not _LIST_OF.match(text, right.end()):
        return None
    before = _LIST_BEFORE.search(text, lead, m.start())
    if before is None:
        return None
    mine = [parse_number(n) for n in re.findall(NUMBER + r"(?=\s*%)", before.group("list"))]
    theirs = [parse_number(right.group("num"))] + [
        parse_number(n) for n in re.findall(NUMBER, right.group("list"))
    ]
    if len(mine) != len(theirs):
        return None
    for a, b in zip(mine, theirs, strict=True):
        found = _judge(
            sentence,
            m,
            _Side(a, before.start("list"), before.end("list"), ""),
            _Side(b, right.start(), right.end(), right.group("name").strip()),
            "%",
        )
        if found is not None:
            return found
    return None


def _judge(sentence: Sentence, m: re.Match[str], left: _Side, right: _Side, unit: str) -> Finding | None:
    word = m.group("word")
    better = word in BETTER
    gap = left.value.value - right.value.value
    if abs(gap) <= tolerance(left.value, right.value) or (gap > 0) == better:
        return None
    what = " pp" if unit == "%" else (f" {unit}" if unit else "")
    return finding(
        "error",
        "arithmetic",
        f"'{word}' says {_shown(left.value)}{unit} (「{sentence.text[max(clause_start(sentence.text, left.start), left.start - 6) : left.end]}」) is "
        f"{'above' if better else 'below'} {right.label} {_shown(right.value)}{unit}, but "
        f"{_shown(left.value)} − ({_shown(right.value)}) = {fmt(gap)}{what}; "
        f"consistent would be {OPPOSITE.get(word, '')}",
        sentence,
        min(left.start, m.start()),
        max(right.end, m.end()),
    )


def _shown(number: Number) -> str:
    """A figure as printed, with the sign a fall word gave it (下跌0.84% -> -0.84)."""
    return f"{number.value:.{number.decimals}f}"
