"""A strategy's or portfolio's stated excess against its own return less its stated benchmark's.

``行业轮动策略获得累计收益11.9%，中信一级行业等权基准收益6.3%，对应累计超额收益5.6%``: the excess after
``基准收益`` must be the return before it less the benchmark's, within the rounding of the three printed
figures. The return is the last ``收益X%`` (not a 基准 or 超额 one) of the sentence before the benchmark,
else of the sentence just before in the same paragraph (``Wind普通股票型基金指数基准收益0.0%，对应累计超额收益
11.9%`` after the strategy's 累计收益12.0%). The subject need not be an index the alias table knows:
the claim is about the three figures themselves.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_OWN = lazy_compile(rf"(?<!基准)(?<!超额)(?<!准)(?:累计)?收益(?:率)?(?:为|达到|达|是)?\s*(?P<num>{NUMBER})%")
_EXCESS = lazy_compile(
    rf"基准收益(?:率)?(?:为|是)?\s*(?P<base>{NUMBER})%\s*[，,]?\s*(?:对应|相应)?(?:的)?(?:累计)?超额收益(?:率)?"
    rf"(?:为|是)?\s*(?P<excess>{NUMBER})%"
)


def check_strategy_excess(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    previous: Sentence | None = None
    carried: tuple[Number, Sentence] | None = None  # the last own return of the sentence before
    for sentence in claims.sentences:
        if previous is None or previous.paragraph != sentence.paragraph:
            carried = None
        previous = sentence
        if "收益" not in sentence.text:
            carried = None
            continue
        for m in _EXCESS.finditer(sentence.text):
            own = list(_OWN.finditer(sentence.text, 0, m.start()))
            found = (parse_number(own[-1].group("num")), sentence) if own else carried
            if found is not None:
                out.extend(_compare(sentence, m, *found))
        owns = list(_OWN.finditer(sentence.text))
        carried = (parse_number(owns[-1].group("num")), sentence) if owns else None
    return out


def _compare(sentence: Sentence, m: re.Match[str], own: Number, where: Sentence) -> list[Finding]:
    base, excess = parse_number(m.group("base")), parse_number(m.group("excess"))
    difference = own.value - base.value
    if abs(excess.value - difference) <= tolerance(own, base, excess):
        return []
    place = "" if where is sentence else f" (at {where.location})"
    return [
        finding(
            "error",
            "arithmetic",
            f"超额收益 {excess.text}% but the return {own.text}%{place} less the benchmark's 基准收益 "
            f"{base.text}% is {fmt(difference)}; consistent would be {fmt(difference)}%",
            sentence,
            m.start(),
            m.end(),
        )
    ]
