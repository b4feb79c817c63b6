"""Sales rows: area × average price must give the total, and the total / units the per-unit price.

``商业，成交206套/12151.88㎡，…均价45659元/㎡，总金额55.48亿元，套均总价269.34万元`` gives 12151.88 ×
45659 = 5.55亿元 and 206 × 269.34万 = 5.55亿元: the total 55.48亿 is the figure that is wrong. Read in one
clause run (up to ；or 。), each figure stated once in it: units (套), area (㎡, 平方米, 万平方米),
average price (均价 … 元/㎡), total (总金额, 成交金额, 成交额) and per-unit price (套均总价, 套均价); or the
same fields named in a list and given after 分别为 (``成交总量、金额、面积、均价分别为1890套、23亿元、177000平方米、
13011.6元/平方米``).

Each product or quotient is computed over the corners of the printed figures' rounding and the stated
figure must print from it (rounded or truncated). When three figures are related twice (area × price,
total / units) the one figure that breaks both relations is reported, once. A figure off by more than 1%
is an error; a smaller gap, which an unstated rounding of the average may explain, a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sectorbrief.check.claims import Claims, Number, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, printed, printed_from

_N = r"\d[\d,]*(?:\.\d+)?"
_SCALE = {"亿元": 1e8, "万元": 1e4, "元": 1.0, "万平方米": 1e4, "万m2": 1e4, "万平米": 1e4, "平方米": 1.0}
_SCALE |= {"m2": 1.0, "平米": 1.0}
_FIELDS = {
    "units": lazy_compile(rf"(?<![\d.])(?P<v>{_N})套"),
    "area": lazy_compile(rf"(?<![\d.])(?P<v>{_N})(?P<u>万平方米|万m2|万平米|平方米|m2|平米)(?!/)"),
    "price": lazy_compile(rf"均价(?:为|达)?(?P<v>{_N})(?P<u>万元|元)/(?:m2|平方米|平米)"),
    "total": lazy_compile(
        rf"(?:总金额|成交金额|成交额|销售额)(?:为|达|达到|约)?(?P<v>{_N})(?P<u>亿元|万元|元)"
    ),
    "per_unit": lazy_compile(rf"(?:套均总价|套均价格?|套均)(?:为|达)?(?P<v>{_N})(?P<u>亿元|万元|元)"),
}
_SEGMENT = lazy_compile(r"[^；。]+")
_FIRM = 0.01


@dataclass(frozen=True)
class _Figure:
    text: str  # as printed, with its unit
    number: Number
    value: float  # in base units (元, ㎡, 套)
    half: float
    start: int
    end: int


def check_unit_totals(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "均价" not in text and "套均" not in text:  # 成交套数、金额、面积、均价分别为… too
            continue
        for segment in _SEGMENT.finditer(text):
            figures = _figures(text, segment.start(), segment.end())
            out += _check(sentence, figures)
    return out


# 成交总量、金额、面积、均价分别为1890套、23亿元、177000平方米、13011.6元/平方米
_LISTED = lazy_compile(
    r"(?P<names>[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6}){2,5})分别为(?P<values>[^，。；]{1,120})"
)
_LISTED_NAMES: tuple[tuple[str, str], ...] = (
    ("套均", "per_unit"),
    ("均价", "price"),
    ("面积", "area"),
    ("金额", "total"),
    ("成交额", "total"),
    ("套数", "units"),
    ("总量", "units"),
    ("成交量", "units"),
)
_LISTED_VALUE = {
    "units": lazy_compile(rf"(?P<v>{_N})套$"),
    "area": lazy_compile(rf"(?P<v>{_N})(?P<u>万平方米|万m2|万平米|平方米|m2|平米)$"),
    "price": lazy_compile(rf"(?P<v>{_N})(?P<u>万元|元)/(?:m2|平方米|平米)$"),
    "total": lazy_compile(rf"(?P<v>{_N})(?P<u>亿元|万元|元)$"),
    "per_unit": lazy_compile(rf"(?P<v>{_N})(?P<u>亿元|万元|元)$"),
}


def _listed(text: str, start: int, end: int) -> dict[str, _Figure]:
    """Fields named in a list and given after 分别为, position by position."""
    m = _LISTED.search(text, start, end)
    if m is None:
        return {}
    names = m.group("names").split("、")
    values = re.split(r"、|和|及", m.group("values"))
    if len(names) != len(values):
        return {}
    found: dict[str, _Figure] = {}
    pos = m.start("values")
    for name, value in zip(names, values, strict=True):
        at = text.index(value, pos)
        pos = at + len(value)
        field = next((f for word, f in _LISTED_NAMES if word in name), None)
        read = _LISTED_VALUE[field].match(value) if field else None
        if field is None or read is None:
            continue
        number, half = printed(read.group("v"))
        scale = _SCALE[read.group("u")] if "u" in read.groupdict() and read.group("u") else 1.0
        found[field] = _Figure(
            f"{name}{value}", parse_number(read.group("v")), number * scale, half * scale, at, pos
        )
    return found


def _figures(text: str, start: int, end: int) -> dict[str, _Figure]:
    found: dict[str, _Figure] = _listed(text, start, end) if "分别为" in text else {}
    if found:
        return found
    for name, pattern in _FIELDS.items():
        matches = list(pattern.finditer(text, start, end))
        if len(matches) != 1:
            continue
        m = matches[0]
        value, half = printed(m.group("v"))
        scale = _SCALE[m.group("u")] if "u" in m.groupdict() and m.group("u") else 1.0
        found[name] = _Figure(
            m.group(0), parse_number(m.group("v")), value * scale, half * scale, m.start(), m.end()
        )
    return found


def _agrees(stated: _Figure, func: Callable[[tuple[float, ...]], float], *parts: _Figure) -> bool:
    low, high = corners(func, tuple((p.value, p.half) for p in parts))
    scale = stated.value / stated.number.value if stated.number.value else 1.0
    return printed_from(stated.number, low / scale, high / scale)


def _check(sentence: Sentence, f: dict[str, _Figure]) -> list[Finding]:
    area, price, total, units, per = (f.get(k) for k in ("area", "price", "total", "units", "per_unit"))
    if total is None or any(x.value <= 0 for x in f.values()):
        return []
    if area is not None and price is not None and not _agrees(total, lambda v: v[0] * v[1], area, price):
        source = f"{area.text} × {price.text}"
        if (
            units is not None
            and per is not None
            and _agrees(per, lambda v: v[0] * v[1] / v[2], area, price, units)
        ):
            source += f" and {units.text} × {per.text}"  # the total breaks both relations: it is the slip
        return [_wrong(sentence, total, area.value * price.value, source)]
    if units is not None and per is not None and not _agrees(per, lambda v: v[0] / v[1], total, units):
        return [_wrong(sentence, per, total.value / units.value, f"the total {total.text} / {units.text}")]
    return []


def _wrong(sentence: Sentence, stated: _Figure, computed: float, source: str) -> Finding:
    gap = abs(stated.value - computed) / max(abs(computed), 1e-9)
    return finding(
        "error" if gap > _FIRM else "warning",
        "arithmetic",
        f"「{stated.text}」 does not follow from {source}, which give {_amount(computed, stated.text)}; "
        f"consistent would be {_amount(computed, stated.text)}",
        sentence,
        stated.start,
        stated.end,
    )


def _amount(value: float, like: str) -> str:
    """``value`` (in 元) printed in the unit the stated figure uses, or in 万元/亿元 when that reads better."""
    for unit, scale in (("亿元", 1e8), ("万元", 1e4)):
        if unit in like or value >= scale * 10:
            return f"{value / scale:.2f}{unit}"
    return f"{value:.2f}元"
