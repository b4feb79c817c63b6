"""A year called an index's worst (or best) against the other years' returns stated for that index.

``2015年，…沪深300指数下跌达到10.57%，成为十年表现最差的一年`` cannot stand beside ``2008年…沪深300指数
下跌达到65.39%``. A year's return is read only when the year is followed, without another figure, by the
index's name and its move in the same sentence (so ``2018年1月`` and ``2014年至2015年`` are not years'
returns, nor is ``从2005年到2015年…累计涨幅``). The other year must name the same index and lie within the claim's window when one is stated
(``十年``: the ten years up to the claimed one; ``近五年`` likewise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

_INDEX = (
    r"(?P<index>沪深300|上证50|中证500|中证1000|创业板指|上证指数|上证综指|深证成指|恒生指数|恒指|纳斯达克指数|"
    r"标普500指数|道琼斯指数|[\u4e00-\u9fff]{2,6}指数)"
)
_YEAR = lazy_compile(
    rf"(?<![到至\-—~～])(?P<year>(?:19|20)\d\d)年(?![\d至到\-—底末初上下前后以年])[^。；\d]{{0,24}}?{_INDEX}[^。；\d]{{0,4}}?"
    rf"(?P<verb>下跌|上涨|暴跌|大跌|大涨|跌幅|涨幅|收益率|涨跌幅)(?:了|达到|高达|为|达)?\s*(?P<num>{NUMBER})%"
)
_WINDOW = r"(?P<window>(?:近|过去|这)?(?P<n>\d+|[一二三四五六七八九十]+)年(?:来|间|中|内|里)?)?"
_WORST = lazy_compile(rf"[，,]\s*(?:成为|是|为)?{_WINDOW}(?:表现)?(?:最差|最糟糕|最糟|最坏|跌幅最大)的一年")
_BEST = lazy_compile(rf"[，,]\s*(?:成为|是|为)?{_WINDOW}(?:表现)?(?:最好|最佳|涨幅最大)的一年")
_SPAN = lazy_compile(r"累计|以来|至今|迄今")
_NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FALLS = ("下跌", "暴跌", "大跌", "跌幅")


@dataclass(frozen=True)
class YearReturn:
    year: int
    index: str
    value: Number
    signed: float
    sentence: Sentence
    start: int
    end: int


def _count(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return _NUMERALS.get(text)
    return (_NUMERALS.get(tens, 0) if tens else 1) * 10 + (_NUMERALS.get(ones, 0) if ones else 0)


def _years(claims: Claims) -> list[tuple[YearReturn, re.Match[str]]]:
    out = []
    for sentence in claims.sentences:
        for m in _YEAR.finditer(sentence.text):
            if _SPAN.search(m.group(0)):
                continue  # 累计涨幅, 以来, 至今: a span, not the year's return
            number = parse_number(m.group("num"))
            falls = m.group("verb") in _FALLS and not m.group("num").startswith(("-", "+"))
            signed = -abs(number.value) if falls else number.value
            out.append(
                (
                    YearReturn(
                        int(m.group("year")), m.group("index"), number, signed, sentence, m.start(), m.end()
                    ),
                    m,
                )
            )
    return out


def check_year_superlatives(claims: Claims) -> list[Finding]:
    if not any("的一年" in s.text for s in claims.sentences):
        return []
    years = _years(claims)
    out: list[Finding] = []
    for claim, _ in years:
        for pattern, worst in ((_WORST, True), (_BEST, False)):
            said = pattern.match(claim.sentence.text, claim.end)
            if said is None:
                continue
            window = _count(said.group("n")) if said.group("window") else None
            if said.group("window") and window is None:
                continue
            others = [
                y
                for y, _ in years
                if y.index == claim.index
                and y.year != claim.year
                and (window is None or claim.year - window < y.year <= claim.year)
            ]
            gap = tolerance(claim.value)
            beaten = [
                y
                for y in others
                if (y.signed < claim.signed - gap if worst else y.signed > claim.signed + gap)
            ]
            if beaten:
                out.append(_finding(claim, said, worst, beaten[0]))
    return out


def _finding(claim: YearReturn, said: re.Match[str], worst: bool, other: YearReturn) -> Finding:
    word = "worst" if worst else "best"
    return finding(
        "error",
        "rank",
        f"{claim.year} is called the {word} year of {claim.index} ({claim.signed:+.{claim.value.decimals}f}%), "
        f"but the text gives {other.year} {other.signed:+.{other.value.decimals}f}% for it; "
        "the claim or a figure is wrong",
        claim.sentence,
        claim.start,
        said.end(),
    )
