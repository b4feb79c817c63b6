"""Names given their figures with 分别以 and then their places (甲、乙、丙分别以38.84亿元、32.56亿元、30.31亿元位列资金流入
前三 / 甲、乙分别以20.31%和8.17%的占比位居二、三位): the places are the names' order, so the figures must fall in it,
largest first (a fall's or an outflow's size when the measure is one).

The places read: 前N for N figures, or two places one after the other (二、三位, 第二、第三名, 第2至第3位) for as many
figures. Lists from the other end (后三, 倒数) and 领涨 groups (two leaders in no stated order) are not read.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, SCALES, Number, parse_number
from sectorbrief.check.claims import Claims, chinese_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.ranked_items import COUNT, names_before
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding, tolerance

_UNIT = r"%|(?:万亿|亿|万)?(?:元|美元|港元)|亿|万"
_VALUE = rf"{NUMBER}\s*(?:{_UNIT})"
_EACH = lazy_compile(
    rf"分别以(?P<values>{_VALUE}(?:\s*(?:、|，|,|和|及|与)\s*{_VALUE})+)(?:的(?P<measure>[\u4e00-\u9fff]{{1,8}}?))?"
    r"(?P<place>(?:位列|位居|名列|排名|排在|排|分列|分居|列|居)(?P<what>[\u4e00-\u9fff]{0,8}?)"
    rf"(?:前(?P<n>{COUNT})(?:名|位|大)?|第?(?P<a>{COUNT})(?:名|位)?(?:、|至|到|和|及|-)第?(?P<b>{COUNT})(?:名|位)?))"
)
_ONE = lazy_compile(rf"(?P<num>{NUMBER})\s*(?P<unit>{_UNIT})")
# the measure ranks sizes of falls or outflows: the largest size first
_SIZE = lazy_compile(r"跌|降|流出|卖出|减")


def check_each_placed(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "分别以" not in sentence.text:
            continue
        for m in _EACH.finditer(sentence.text):
            found = _judge(sentence, m)
            if found is not None:
                out.append(found)
    return out


def _count(said: str) -> int:
    return int(said) if said.isdigit() else chinese_number(said)


def _judge(sentence: Sentence, m: re.Match[str]) -> Finding | None:
    text = sentence.text
    values = list(_ONE.finditer(m.group("values")))
    k = len(values)
    if m.group("n"):
        if _count(m.group("n")) != k:
            return None
    elif _count(m.group("b")) - _count(m.group("a")) + 1 != k:
        return None
    named = names_before(text, m.start(), k)
    if len({_kind(v.group("unit")) for v in values}) != 1 or named is None:
        return None
    names = named[0]
    said = (m.group("measure") or "") + m.group("what")
    numbers = [parse_number(v.group("num")) for v in values]
    scales = [SCALES.get(v.group("unit").rstrip("元美港"), 1.0) for v in values]
    sized = bool(_SIZE.search(said))
    keys = [abs(n.value) * s if sized else n.value * s for n, s in zip(numbers, scales, strict=True)]
    for i in range(k - 1):
        a, b = (numbers[i], scales[i]), (numbers[i + 1], scales[i + 1])
        if keys[i + 1] - keys[i] > _slack(a, b):
            return _finding(sentence, m, names, (i, values[i].group(0)), (i + 1, values[i + 1].group(0)))
    return None


def _slack(a: tuple[Number, float], b: tuple[Number, float]) -> float:
    """Figures printed to the same digit in one unit may tie, not invert; else one unit of the coarser may."""
    if a[0].decimals == b[0].decimals and a[1] == b[1]:
        return EPSILON * a[1]
    return max(tolerance(a[0]) * a[1], tolerance(b[0]) * b[1])


def _kind(unit: str) -> str:
    return "%" if unit == "%" else "元"


def _finding(
    sentence: Sentence, m: re.Match[str], names: list[str], a: tuple[int, str], b: tuple[int, str]
) -> Finding:
    place = m.group("place")
    values = m.group("values")
    message = (
        f"{'、'.join(names)} are given {values} and placed 「{place}」 in that order, but {names[b[0]]} ({b[1]}) "
        f"is above {names[a[0]]} ({a[1]}), placed before it: the places say {names[b[0]]}'s figure should be at "
        f"most {a[1]}; one figure or the order of the names is wrong"
    )
    return finding("error", "rank", message, sentence, m.start("values"), m.end())
