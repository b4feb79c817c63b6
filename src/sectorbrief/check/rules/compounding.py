"""A span's return against the monthly returns listed for it: the months must compound to the total.

``2024年1-6月申万医药指数涨跌幅分别为-18.6%/10.5%/-2.3%/2.6%/-4.2%/-8.7%`` (one figure per month of the
span) and ``医药指数…2024年1-6月继续下行，跌幅为21.1%`` (the same year and months, one figure) must agree:
(1 − 18.6%)(1 + 10.5%)… − 1 = −21.1%. The total is read only in a sentence that names the list's index
(its name without 申万/中信/指数/板块/行业) and no benchmark. The compounded figure is computed over
every corner of the monthly figures' rounding; the total may differ from it by one unit of its last digit.
"""

from __future__ import annotations

import itertools
import math
import re

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

_SPAN = r"(?P<year>\d{4})年(?P<first>\d{1,2})-(?P<last>\d{1,2})月"
_LIST = lazy_compile(
    rf"{_SPAN}(?P<subject>[\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)(?:月度|每月|各月)?(?:涨跌幅|收益率)分别为"
    rf"(?P<nums>{NUMBER}%(?:\s*[/、，,]\s*{NUMBER}%)+)"
)
_TOTAL = lazy_compile(
    rf"{_SPAN}(?P<between>[^。；%分]{{0,20}}?)(?P<kind>涨跌幅|涨幅|跌幅|收益率|上涨|下跌|累计上涨|累计下跌)"
    rf"(?:为|达|达到|了)?\s*(?P<num>{NUMBER})%"
)
_BENCHMARK = lazy_compile(r"沪深300|上证|深证|创业板|中证|万得全A|大盘")
_SPARE = lazy_compile(r"申万|中信|SW|指数|板块|行业|一级")


def check_compounding(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "分别" not in sentence.text:
            continue
        for listed in _LIST.finditer(sentence.text):
            months = int(listed.group("last")) - int(listed.group("first")) + 1
            figures = [parse_number(x) for x in re.findall(NUMBER, listed.group("nums"))]
            core = _SPARE.sub("", listed.group("subject"))
            if months < 2 or len(figures) != months or len(core) < 2:
                continue
            low, high = _compounded(figures)
            for other in claims.sentences:
                for total in _TOTAL.finditer(other.text):
                    if not _same_span(total, listed) or (
                        other is sentence and total.start() == listed.start()
                    ):
                        continue
                    if core not in other.text or _BENCHMARK.search(other.text):
                        continue
                    stated = parse_number(total.group("num"))
                    falls = total.group("kind") == "跌幅" or "下跌" in total.group("kind")
                    value = -abs(stated.value) if falls else stated.value
                    unit = tolerance(stated)
                    if low - unit <= value <= high + unit:
                        continue
                    out.append(_finding(other, total, listed, (low + high) / 2))
    return out


def _same_span(a: re.Match[str], b: re.Match[str]) -> bool:
    return all(a.group(k) == b.group(k) for k in ("year", "first", "last"))


def _compounded(figures: list[Number]) -> tuple[float, float]:
    """The least and greatest compounded return over the corners of the monthly figures' rounding."""
    halves = [0.5 * 10.0**-f.decimals for f in figures]
    values = [
        (math.prod(1 + (f.value + s * h) / 100 for f, h, s in zip(figures, halves, signs, strict=True)) - 1)
        * 100
        for signs in itertools.product((-1.0, 1.0), repeat=len(figures))
    ]
    return min(values), max(values)


def _finding(sentence: Sentence, total: re.Match[str], listed: re.Match[str], compounded: float) -> Finding:
    span = f"{listed.group('year')}年{listed.group('first')}-{listed.group('last')}月"
    return finding(
        "error",
        "arithmetic",
        f"{span} is given as {total.group('kind')}{total.group('num')}%, but the monthly returns listed for "
        f"{listed.group('subject')} ({listed.group('nums')}) compound to {compounded:+.1f}%; one of them is wrong",
        sentence,
        total.start(),
        total.end(),
    )
