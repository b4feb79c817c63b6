"""A change stated beside both of its levels must be their difference (and its percentage their ratio).

``成交额为2.32万亿元，较9月18日的3.18万亿元显著缩量8113亿元`` states both levels, so the change is
3.18 − 2.32 = 0.86万亿元 (0.85–0.87 with the printed rounding), not 8113亿元. Read in one sentence:

- ``从A降至B，减少C`` / ``由A增至B，增加C`` / ``从A下降到B，降幅X%``;
- ``B，较(…的)A(…)减少C`` / ``B，较(…)A…缩量X%``, where B is the amount that opens the comparison's
  clause, or the last amount stated with 至/为/达/报 before it in the sentence (``成交额骤降至2.32万亿元，
  结束了…破2万亿元的…，且较前一日3.18万亿元的天量水平缩量近25.5%``: B is 2.32, not 2).

Amounts in 万亿/亿/万 (元, 股, 手) convert to each other, and Taiwan's 兆 (万亿) joins the 亿 after it
(``总市值新台币55兆9375.12亿元，较上周市值55兆127.41亿元增加9247.71亿元``); percentages as levels (``从3.5%降至3.2%``)
take a change in 个百分点. The change is checked at every corner of the printed figures' rounding
(2.32万亿 is 2.315–2.325); a figure with 约/近/超/逾/超过 is a warning when it is off, since how far
it may be is not stated. A change whose direction word contradicts the levels is not read (not one
change).
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, corners, finding, fmt, printed

_N = r"\d[\d,]*(?:\.\d+)?"
# 55兆9375.12亿 (Taiwan's 兆 is 万亿) is one amount in two units, read whole; a figure right after 兆 alone is
# not an amount.
_AMOUNT = rf"(?<![\d.,兆])(?:(?P<{{g}}z>\d+)兆)?(?P<{{g}}>{_N})\s*(?P<{{g}}s>万亿|亿|万)(?P<{{g}}u>元|股|手)?"
_DOWN = r"蒸发|减少|下降|下滑|回落|缩量|缩减|缩水|萎缩|降低|收缩|锐减|骤降|下跌|回撤"
_UPW = r"增加|增长|上升|放量|放大|提升|扩大|攀升|上涨|增多"
_TO = lazy_compile(
    rf"(?:从|由)(?:[\u4e00-\u9fff\d月日年]{{1,8}}的)?{_AMOUNT.format(g='a')}(?:的[\u4e00-\u9fff]{{0,6}})?[\u4e00-\u9fff]{{0,4}}?"
    rf"(?P<to>降|跌|减|缩|回落|下降|下滑|萎缩|增|升|涨|放大|扩大|上升|增长|攀升|提升)[\u4e00-\u9fff]{{0,2}}?(?:至|到)"
    rf"{_AMOUNT.format(g='b')}"
)
_PCT_TO = lazy_compile(
    rf"(?:从|由)(?P<a>{_N})%[\u4e00-\u9fff]{{0,4}}?(?P<to>降|跌|减|回落|下降|下滑|增|升|上升|提升|攀升)[\u4e00-\u9fff]{{0,2}}?(?:至|到)"
    rf"(?P<b>{_N})%"
)
_VS = lazy_compile(rf"较[\u4e00-\u9fff\d月日年]{{0,10}}?(?:的)?{_AMOUNT.format(g='a')}")
_LEVEL = lazy_compile(rf"(?:至|为|达|达到|报|录得|是|约)?{_AMOUNT.format(g='b')}")
_SET = lazy_compile(r"(?:至|到|为|达|达到|报|录得|是)$")
# between the base and the change only the base's description (的天量水平) and an adverb: 其中沪市增加 is
# another amount's change
_ADVERB = r"显著|大幅|小幅|明显|继续|进一步|再度|共|合计|累计|环比|同比|则|又"
_CHANGE = lazy_compile(
    rf"\s*[，,]?\s*(?:的[\u4e00-\u9fff]{{1,6}}?)?(?:{_ADVERB})?(?P<verb>{_DOWN}|{_UPW})了?(?P<q>约|近|超过|超|逾|达)?\s*"
    rf"(?:(?P<c>{_N})\s*(?P<cs>万亿|亿|万)(?P<cu>元|股|手)?|(?P<p>\d+(?:\.\d+)?)%|(?P<pp>\d+(?:\.\d+)?)(?:个百分点|pct|pp)(?![A-Za-z]))"
)
_PCT_WORD = lazy_compile(
    r"\s*(?:[，,]|或)?\s*(?P<verb>降幅|跌幅|减幅|增幅|涨幅|增速)(?:为|达|约|近)?(?P<q>约|近|超过|超|逾)?\s*(?P<p>\d+(?:\.\d+)?)%"
)
# 放量1227亿元或5%: the same change as a percentage (its verb is the change's)
_OR_PCT = lazy_compile(r"(?P<verb>)或(?P<q>约|近)?(?P<p>\d+(?:\.\d+)?)%")
_VAGUE = ("约", "近", "超过", "超", "逾")


def check_level_changes(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "较" not in text and "从" not in text and "由" not in text:
            continue
        if "亿" in text or "万" in text:
            out += _from_to(sentence)
            out += _compared(sentence)
        if "%" in text:
            out += _percent_levels(sentence)
    return out


def _value(m: re.Match[str], g: str) -> tuple[float, float]:
    """The amount of group ``g`` in units, its 兆 part (万亿) included: 55兆9375.12亿 is 559375.12亿."""
    v, half = printed(m.group(g))
    scale = SCALES[m.group(g + "s") or ""]
    trillions = m.groupdict().get(g + "z")
    whole = float(trillions) * SCALES["万亿"] if trillions else 0.0
    return whole + v * scale, half * scale


def _from_to(sentence: Sentence) -> list[Finding]:
    out: list[Finding] = []
    text = sentence.text
    for m in _TO.finditer(text):
        if (m.group("au") or "") != (m.group("bu") or "") and m.group("au") and m.group("bu"):
            continue
        before, after = _value(m, "a"), _value(m, "b")
        down = re.match(r"降|跌|减|缩|回落|下|萎", m.group("to")) is not None
        out += _judge(sentence, before, after, down, m, m.end(), m.group("bu") or m.group("au") or "")
    return out


def _compared(sentence: Sentence) -> list[Finding]:
    out: list[Finding] = []
    text = sentence.text
    for m in _VS.finditer(text):
        after = _opening_level(text, m.start())
        if after is None:
            continue
        before = _value(m, "a")
        unit = m.group("au") or ""
        if after[2] and unit and after[2] != unit:
            continue
        change = _CHANGE.match(text, m.end())
        if change is None:
            continue
        down = re.fullmatch(_DOWN, change.group("verb")) is not None
        out += _judge(sentence, before, (after[0], after[1]), down, m, m.end(), unit or after[2])
    return out


def _opening_level(text: str, pos: int) -> tuple[float, float, str] | None:
    """The amount a 较 comparison at ``pos`` is about: the one right before it (``2.32万亿元，较``), else the
    last one in the sentence set by 至/为/达/报 (``骤降至2.32万亿元``)."""
    found: tuple[float, float, str] | None = None
    for m in _LEVEL.finditer(text, 0, pos):
        value = _value(m, "b")
        right_before = re.fullmatch(r"\s*[，,]?\s*(?:且|但|并|而)?\s*", text[m.end() : pos]) is not None
        if right_before or _SET.search(text[max(0, m.start("b") - 2) : m.start("b")]):
            found = (value[0], value[1], m.group("bu") or "")
    return found


def _judge(
    sentence: Sentence,
    before: tuple[float, float],
    after: tuple[float, float],
    down: bool,
    levels: re.Match[str],
    pos: int,
    unit: str,
) -> list[Finding]:
    if (after[0] < before[0]) != down or abs(after[0] - before[0]) <= EPSILON:
        return []  # the word and the levels disagree on the direction: not one change
    out: list[Finding] = []
    for change in _changes(sentence.text, pos):
        found = _one(sentence, before, after, down, levels, change, unit)
        if found is not None:
            out.append(found)
    return out


def _changes(text: str, pos: int) -> list[re.Match[str]]:
    """The change stated right after ``pos`` and, right after it, its percentage (减少3000亿元，降幅20%)."""
    out: list[re.Match[str]] = []
    for _ in range(2):
        change = (
            _CHANGE.match(text, pos)
            or _PCT_WORD.match(text, pos)
            or (_OR_PCT.match(text, pos) if out else None)
        )
        if out and change is not None and change.groupdict().get("p") is None:
            break  # after the change only its percentage: 其中沪市增加120亿元 is another amount's
        if change is None:
            break
        out.append(change)
        pos = change.end()
    return out


def _one(
    sentence: Sentence,
    before: tuple[float, float],
    after: tuple[float, float],
    down: bool,
    levels: re.Match[str],
    change: re.Match[str],
    unit: str,
) -> Finding | None:
    verb = change.group("verb")
    if verb and "幅" not in verb and "增速" not in verb and (re.fullmatch(_DOWN, verb) is not None) != down:
        return None
    if verb in ("涨幅", "增幅", "增速") and down or verb in ("降幅", "跌幅", "减幅") and not down:
        return None
    q = change.group("q") or ""
    groups = change.groupdict()
    if groups.get("c"):
        if (groups.get("cu") or "") and unit and groups["cu"] != unit:
            return None
        stated = _value(change, "c")
        low, high = corners(lambda v: abs(v[0] - v[1]), (before, after))
        shown = f"{fmt_amount(low)}–{fmt_amount(high)}"
        what = f"{fmt_amount(before[0])} to {fmt_amount(after[0])} is a change of {fmt_amount(abs(before[0] - after[0]))}"
        say = change.group("c") + (change.group("cs") or "")
    elif groups.get("p"):
        if before[0] - before[1] <= 0:
            return None  # a base that may be zero: no percentage of it
        stated = printed(change.group("p"))
        low, high = corners(lambda v: abs(v[0] - v[1]) / v[0] * 100.0, (before, after))
        shown = f"{fmt(low)}–{fmt(high)}%"
        what = f"{fmt_amount(before[0])} to {fmt_amount(after[0])} is a change of {fmt(abs(before[0] - after[0]) / before[0] * 100)}%"
        say = change.group("p") + "%"
    else:
        return None
    if low - 2 * stated[1] <= stated[0] <= high + 2 * stated[1]:
        return None
    return finding(
        "warning" if q in _VAGUE else "error",
        "arithmetic",
        f"{what} ({shown} over the printed rounding), not {q}{say}",
        sentence,
        levels.start(),
        change.end(),
    )


def fmt_amount(value: float) -> str:
    """An amount in the unit a reader would write it in: 0.86万亿 -> 8600亿."""
    if abs(value) >= 1e12:
        return f"{value / 1e12:.4g}万亿"
    if abs(value) >= 1e8:
        return f"{value / 1e8:.5g}亿"
    if abs(value) >= 1e4:
        return f"{value / 1e4:.5g}万"
    return f"{value:.4g}"


def _percent_levels(sentence: Sentence) -> list[Finding]:
    out: list[Finding] = []
    text = sentence.text
    for m in _PCT_TO.finditer(text):
        change = _CHANGE.match(text, m.end())
        if change is None or not change.group("pp"):
            continue
        before, after = printed(m.group("a")), printed(m.group("b"))
        down = re.match(r"降|跌|减|回落|下", m.group("to")) is not None
        if (after[0] < before[0]) != down or (re.fullmatch(_DOWN, change.group("verb")) is not None) != down:
            continue
        stated = printed(change.group("pp"))
        low, high = corners(lambda v: abs(v[0] - v[1]), (before, after))
        if low - 2 * stated[1] <= stated[0] <= high + 2 * stated[1]:
            continue
        q = change.group("q") or ""
        out.append(
            finding(
                "warning" if q in _VAGUE else "error",
                "arithmetic",
                f"from {m.group('a')}% to {m.group('b')}% is {fmt(abs(before[0] - after[0]))} 个百分点, not "
                f"{q}{change.group('pp')} 个百分点",
                sentence,
                m.start(),
                change.end(),
            )
        )
    return out
