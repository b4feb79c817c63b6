"""Returns stated beside index points: the percentage must match the points it is computed from.

Several forms are read, each within one clause run of a sentence:
``从3430.14点下跌至3418.96点，跌幅0.33%`` and ``从2008年末的1664.93点一路上扬至2015年6月12日收盘高点
5178.19点，期间涨幅达到210.4%`` (both levels), ``收于2288.68点，下跌16.76点，跌幅0.73%`` (close and move;
also ``收2959.86点``, ``以4379.78点收盘``), ``跌38.03点，跌幅为1.22%，收报3088.37点`` (move, percentage,
close), ``报收于2528.28点，与前周末的2612.19点相比下跌83.91点，跌幅3.21%`` (close against an earlier
close), ``周跌1.28%，从13日的3889.50点跌至17日的3839.76点`` (percentage first), ``收报2765点，跌22点或
0.81%`` (or ``下跌213.27点或0.81%，报26222.40点``), ``累计上扬361点(1.31%)，收报27930点`` and ``股指为125.08，相比上个月的120.85增长了3.5%`` (a
level against last month's). A bound (``跌幅超过3%``) must hold, not match.

The percentage is computed over every corner of the printed levels' rounding (27930 is 27929.5 to
27930.5): the stated figure is wrong only when no corner's move prints as it, rounded (half a unit of its
last digit either way) or truncated (up to one unit below): 153点 down to 1316点 is 10.37–10.45%, so 10.4%
stands and 10.5% does not. For a bound, it is wrong when no corner passes it. Baltic and other non-equity
indices read the same (``上涨58点，或1.46%，报3346点``; ``下跌87点或5%，至1644点``; ``报1740点，与前一交易日上涨
40点，或2.35%``; ``上涨112.60点，至8632.49点，涨幅1.32%``).

A span from a dated level stated elsewhere in the text is read too: ``…至2015年6月12日收盘高点5178.19点``
then ``2015年6月12日后，上证指数…直至2020年3月的3103.43点，跌幅高达40.3%`` (the same index, and one
level only for that date in the whole text).

A move in points between two stated levels is checked the same way: ``创出5176.8的高点后…报收于
3507.19点，…下滑1669.8点`` must have 5176.8 − 3507.19 within the rounding of the three figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claims import Claims, Number, Sentence, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, corners, finding, fmt, printed, printed_from, tolerance
from sectorbrief.check.rules.move_signs import conflicts

_LEVEL = r"\d[\d,]*(?:\.\d+)?"
_BOUND = r"(?P<bound>超过|超|逾)?"
_PCT = rf"(?P<kind>涨幅|跌幅|升幅|降幅)(?:约为|约|为|达到|高达|达|是)?{_BOUND}(?P<pct>\d+(?:\.\d+)?)%"
_VERB = r"(?P<verb>上涨|下跌|上升|下降|大涨|大跌|上扬|下挫|回落|攀升|下滑|滑落|增长|减少|涨|跌|升|降)"
_DAY = r"(?:\d{1,2}日的?|周[一二三四五]的?|上周五的?|前周末的?)?"
_DATE = r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:末|底|初)?的?"
_CLOSE = r"(?:收于|收报|报收于?|收盘报|收盘为|收盘于?|收市报|报|收)"
_FORMS = (
    # 从3430.14点下跌至3418.96点，跌幅0.33% / 从2008年末的1664.93点一路上扬至2015年6月12日收盘高点
    # 5178.19点，期间涨幅达到210.4% / 指数从5178点一路杀到3220点，跌幅高达37.63%
    lazy_compile(
        rf"从{_DATE}(?P<a>{_LEVEL})点[^，。；\d]{{0,10}}?(?:至|到){_DATE}[^，。；\d]{{0,8}}?(?P<b>{_LEVEL})点"
        rf"，?(?:期间|区间|累计)?(?:的)?{_PCT}"
    ),
    # 从上月末3510.98点上涨至3517.66点，低点为3295.73点，全月上涨0.19%: the period's move after both levels
    # (and at most the period's low or high between)
    lazy_compile(
        rf"从(?:上月|上周|上年|去年|年)?{_DATE}(?P<a>{_LEVEL})点[^，。；\d]{{0,10}}?(?:至|到){_DATE}[^，。；\d]{{0,8}}?"
        rf"(?P<b>{_LEVEL})点，(?:(?:期间|月内|周内|年内)?最?(?:低点|高点)(?:为|在|是)?{_LEVEL}点，)?"
        rf"(?:全月|全周|全年|当月|本月|当周|本周|期间|区间|累计)"
        rf"(?P<verb>上涨|下跌|上升|下降|上扬|下挫|回落|涨|跌)了?(?P<pct>\d+(?:\.\d+)?)%"
    ),
    lazy_compile(
        rf"{_CLOSE}(?P<b>{_LEVEL})点，(?:较上周五?末?|较前一?周|较[上前]一?交易日)?{_VERB}(?P<n>{_LEVEL})点，{_PCT}"
    ),
    # 以4379.78点收盘，下跌6.46点，跌幅为0.51%
    lazy_compile(rf"以(?P<b>{_LEVEL})点收盘，{_VERB}(?P<n>{_LEVEL})点，{_PCT}"),
    # 上涨23.35点，涨幅0.75%，至3133.64点
    lazy_compile(rf"{_VERB}(?P<n>{_LEVEL})点，{_PCT}，(?:{_CLOSE}|至)(?P<b>{_LEVEL})点"),
    lazy_compile(
        # 收盘为27,626.48点，较上周(114年11月21日)的26,434.94点上涨1,191.54点，涨幅约为4.51%
        rf"{_CLOSE}(?P<b>{_LEVEL})点，?(?:与|和|较)[^，。；\d]{{0,8}}?(?:\([^()]{{0,16}}\)的?)?(?P<a>{_LEVEL})点"
        rf"(?:相比|相较)?{_VERB}(?:了)?{_LEVEL}点，?{_PCT}"
    ),
    # 周跌1.28%，从13日的3889.50点跌至17日的3839.76点 / 领跌5.28%，从3078.76点失守3000点整数关口至2935.37点
    lazy_compile(
        rf"(?P<verb>涨|跌|上涨|下跌|领涨|领跌)(?P<pct>\d+(?:\.\d+)?)%，从{_DAY}(?P<a>{_LEVEL})点"
        rf"[^，。；]{{0,16}}?至{_DAY}(?P<b>{_LEVEL})点"
    ),
    # 恒生指数涨2.82%，收报22736.87点，涨623.36点
    lazy_compile(
        rf"{_VERB}(?P<pct>\d+(?:\.\d+)?)%，{_CLOSE}(?P<b>{_LEVEL})点，(?P<verb2>涨|跌|升|降|上涨|下跌)(?P<n>{_LEVEL})点"
    ),
    # 国企指数涨242.34点，涨3.06%，收报8156.5点
    lazy_compile(
        rf"{_VERB}(?P<n>{_LEVEL})点，(?P<verb2>涨|跌|升|降|上涨|下跌)(?P<pct>\d+(?:\.\d+)?)%，{_CLOSE}(?P<b>{_LEVEL})点"
    ),
    # 收报2765点，跌22点或0.81% / 报1740点，与前一交易日上涨40点，或2.35%
    lazy_compile(
        rf"{_CLOSE}(?P<b>{_LEVEL})点，(?:(?:与|较)[^，。；\d]{{0,8}}?)?{_VERB}(?P<n>{_LEVEL})点，?或(?P<pct>\d+(?:\.\d+)?)%"
    ),
    # 下跌213.27点或0.81%，报26222.40点 / 上涨58点，或1.46%，报3346点 / 下跌87点或5%，至1644点
    lazy_compile(rf"{_VERB}(?P<n>{_LEVEL})点，?或(?P<pct>\d+(?:\.\d+)?)%，(?:{_CLOSE}|至)(?P<b>{_LEVEL})点"),
    # 上涨112.60点，至8632.49点，涨幅1.32%
    lazy_compile(rf"{_VERB}(?P<n>{_LEVEL})点，(?:{_CLOSE}|至)(?P<b>{_LEVEL})点，{_PCT}"),
    # 累计上扬361点(1.31%)，收报27930点
    lazy_compile(rf"{_VERB}(?P<n>{_LEVEL})点\((?P<pct>[+-]?\d+(?:\.\d+)?)%\)，?{_CLOSE}(?P<b>{_LEVEL})点"),
)
# 股指为125.08，相比上个月的120.85增长了3.5% (a level printed without 点)
_RATIO = lazy_compile(
    rf"为(?P<b>{_LEVEL})点?，?(?:相比|相较|较|比)[^，。；\d]{{0,6}}?的(?P<a>{_LEVEL})点?{_VERB}了?"
    rf"(?P<pct>\d+(?:\.\d+)?)%"
)
_ALL_FORMS: tuple[re.Pattern[str], ...] = (*_FORMS, _RATIO)
# 创出5176.8的高点后开始单边下跌，到7月8日报收于3507.19点，仅18个交易日便下滑1669.8点
_MOVES = (
    lazy_compile(
        rf"(?:从{_DATE}(?P<a1>{_LEVEL})点|(?P<a2>{_LEVEL})点?的(?:高点|低点|点位))[^。；]{{0,30}}?"
        rf"(?:报收于|收于|收报|至|到){_DATE}(?P<b>{_LEVEL})点[^。；%]{{0,20}}?{_VERB}了?(?P<n>{_LEVEL})点"
        r"(?![\d.%])"
    ),
)
_FULL_DATE = r"\d{4}年\d{1,2}月\d{1,2}日"
_DATED_LEVEL = lazy_compile(
    rf"(?P<date>{_FULL_DATE})(?:收盘)?(?:高点|低点|收盘价|点位|的)?(?P<level>{_LEVEL})点"
)
_FROM_DATE = lazy_compile(
    rf"(?P<date>{_FULL_DATE})(?:后|以来|起)，?[^。；]{{0,80}}?(?:直至|至|到){_DATE}(?P<b>{_LEVEL})点，?"
    rf"(?:期间|区间|累计)?(?:的)?{_PCT}"
)
_INDEX = lazy_compile(
    r"上证指数|上证综指|沪指|深证成指|深成指|创业板指|沪深300|中证500|中证1000|科创50|恒生指数|恒指|国企指数|"
    r"[\u4e00-\u9fff]{2,6}指数"
)
_FALLS = ("下跌", "下降", "大跌", "下挫", "回落", "下滑", "滑落", "减少", "跌", "降", "领跌")
_FALL_KINDS = ("跌幅", "降幅")


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
    low: float  # the smallest and largest percentage the printed levels' rounding allows
    high: float
    bound: bool = False  # 超过X%: the move must exceed the figure

    @property
    def computed(self) -> float:
        return (self.after - self.before) / self.before * 100.0


# a level in points (个百分点 is not one); found from its 点, a literal the scan jumps to, not from every digit
_A_LEVEL = lazy_compile(r"点(?<=\d点)")


def points_returns(sentence: Sentence) -> list[PointsReturn]:
    out: list[PointsReturn] = []
    if _A_LEVEL.search(sentence.text) is None:
        return [found for m in _RATIO.finditer(sentence.text) if (found := _read(sentence, m))]
    for form in _ALL_FORMS:
        for m in form.finditer(sentence.text):
            found = _read(sentence, m)
            if found is not None:
                out.append(found)
    return out


# The Baltic Exchange publishes its indices in whole points: a printed level or move of one is exact.
_WHOLE_POINTS = lazy_compile(r"波罗的海|BDI|BCI|BPI|BSI|BHSI|海岬型|好望角型|巴拿马型|超灵便型|灵便型")


def whole_points(text: str, end: int) -> bool:
    """Whether the index named before ``end`` is one published in whole points (a Baltic index)."""
    return _WHOLE_POINTS.search(text, 0, end) is not None


def level_bounds(text: str, exact: bool) -> tuple[float, float]:
    """A printed level as (centre, half-width): a whole number may be rounded or truncated (3107点 is
    3106.5 up to 3108), unless the index is published in whole points (``exact``)."""
    value, half = printed(text)
    if "." in text:
        return value, half
    return (value, 0.0) if exact else (value + 0.25, 0.75)


# an extreme of the day's course, not where it ended (一度跌300点，收报20000点): figures read together with
# it may be of two moments
EXTREME = re.compile(r"一度|最高|最低|高见|低见|曾")
_CLAUSE_MARK = re.compile(r"[，；：]|[,;:](?!\d)")


def _read(sentence: Sentence, m: re.Match[str]) -> PointsReturn | None:
    marks = [c.end() for c in _CLAUSE_MARK.finditer(sentence.text, 0, m.start())]
    if EXTREME.search(sentence.text, marks[-1] if marks else 0, m.end()):
        return None
    groups = m.groupdict()
    exact = whole_points(sentence.text, m.end())
    verb = groups.get("verb")
    if groups.get("verb2") is not None and (groups["verb2"] in _FALLS) != (verb in _FALLS):
        return None
    falls = verb in _FALLS if verb is not None else groups.get("kind") in _FALL_KINDS
    after = printed(m.group("b"))[0]
    if groups.get("a") is not None:
        figures = (level_bounds(m.group("a"), exact), level_bounds(m.group("b"), exact))
        start_level = printed(m.group("a"))[0]

        def percent(values: tuple[float, ...]) -> float:
            return (values[1] - values[0]) / values[0] * 100.0

    else:
        figures = (level_bounds(m.group("b"), exact), level_bounds(m.group("n"), exact))
        move = printed(m.group("n"))[0]
        start_level = after + move if falls else after - move

        def percent(values: tuple[float, ...]) -> float:
            start = values[0] + values[1] if falls else values[0] - values[1]
            return (values[0] - start) / start * 100.0

    low, high = corners(percent, figures)
    if start_level <= 0 or low != low or high != high:
        return None
    stated = parse_number(m.group("pct").lstrip("+-"))
    bound = bool(groups.get("bound"))
    return PointsReturn(sentence, m.start(), m.end(), stated, falls, start_level, after, low, high, bound)


def _agrees(p: PointsReturn) -> bool:
    stated = -abs(p.stated.value) if p.falls else abs(p.stated.value)
    if p.bound:  # 跌幅超过3%: some corner's move must pass 3%
        return (
            (p.low < -abs(p.stated.value) + EPSILON) if p.falls else (p.high > abs(p.stated.value) - EPSILON)
        )
    low, high = (-p.high, -p.low) if p.falls else (p.low, p.high)
    return (
        printed_from(p.stated, low, high)
        if min(low, high) >= 0
        else (p.low - tolerance(p.stated) <= stated <= p.high + tolerance(p.stated))
    )


def check_points(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        for p in points_returns(sentence):
            # a move given both directions (上涨163.00点，跌幅约为0.83%) is move_signs.py's: its size is not read
            if _agrees(p) or any(start < p.end and p.start < end for start, end, _ in conflicts(sentence)):
                continue
            word = "跌幅" if p.falls else "涨幅"
            said = f"{word} {'超过' if p.bound else ''}{p.stated.text}%"
            flipped = (p.computed > 0) == p.falls and p.computed != 0
            consistent = f"{'涨幅' if p.computed > 0 else '跌幅'} " if flipped else ""
            out.append(
                finding(
                    "error",
                    "arithmetic",
                    f"{said} but the index went from {p.before:.2f} to {p.after:.2f} points, "
                    f"{'a rise' if p.computed > 0 else 'a fall'} of {fmt(abs(p.computed))}%; consistent would be "
                    f"{consistent}{fmt(abs(p.computed))}%",
                    p.sentence,
                    p.start,
                    p.end,
                )
            )
        out += _check_moves(sentence)
    out += _check_dated_spans(claims)
    return out


def _index_before(sentence: Sentence, end: int) -> str | None:
    names = _INDEX.findall(sentence.text, 0, end)
    return names[-1] if names else None


def _check_dated_spans(claims: Claims) -> list[Finding]:
    """A span that starts from a date whose level the text states once, for the same index."""
    levels: dict[str, set[tuple[str, str | None]]] = {}
    dated = [s for s in claims.sentences if "日" in s.text and _A_LEVEL.search(s.text)]
    for sentence in dated:
        for m in _DATED_LEVEL.finditer(sentence.text):
            levels.setdefault(m.group("date"), set()).add(
                (m.group("level"), _index_before(sentence, m.start()))
            )
    out: list[Finding] = []
    for sentence in dated if levels else []:
        for m in _FROM_DATE.finditer(sentence.text):
            known = levels.get(m.group("date"), set())
            index = _index_before(sentence, m.start("b"))
            if len(known) != 1 or index is None or next(iter(known))[1] != index:
                continue
            start = printed(next(iter(known))[0])
            after = printed(m.group("b"))
            low, high = corners(lambda v: (v[1] - v[0]) / v[0] * 100.0, (start, after))
            falls = m.group("kind") in _FALL_KINDS
            stated = parse_number(m.group("pct"))
            p = PointsReturn(
                sentence,
                m.start(),
                m.end(),
                stated,
                falls,
                start[0],
                after[0],
                low,
                high,
                bool(m.group("bound")),
            )
            if not _agrees(p):
                out.append(
                    finding(
                        "error",
                        "arithmetic",
                        f"{'跌幅' if falls else '涨幅'} {stated.text}% but {index} went from {start[0]:.2f} "
                        f"(its level on {m.group('date')}) to {after[0]:.2f} points, which is {fmt(p.computed)}%; "
                        f"consistent would be {fmt(abs(p.computed))}%",
                        sentence,
                        m.start(),
                        m.end(),
                    )
                )
    return out


def _check_moves(sentence: Sentence) -> list[Finding]:
    """A move in points against the two levels stated for its start and end."""
    out: list[Finding] = []
    if _A_LEVEL.search(sentence.text) is None or not re.search("从|高点|低点|点位", sentence.text):
        return out
    for form in _MOVES:
        for m in form.finditer(sentence.text):
            a, b, n = (
                printed(m.group("a1") or m.group("a2")),
                printed(m.group("b")),
                printed(m.group("n")),
            )
            falls = m.group("verb") in _FALLS
            if (b[0] < a[0]) != falls:
                continue  # the move is not the one between the two levels
            gap = abs(a[0] - b[0])
            if abs(gap - n[0]) <= a[1] + b[1] + n[1] + EPSILON:
                continue
            out.append(
                finding(
                    "error",
                    "arithmetic",
                    f"{'下跌' if falls else '上涨'} {m.group('n')} points but the index went from "
                    f"{m.group('a1') or m.group('a2')} to {m.group('b')} points, a move of {gap:.2f}; "
                    f"consistent would be {gap:.2f}",
                    sentence,
                    m.start(),
                    m.end(),
                )
            )
    return out
