"""An excess figure that names no benchmark, against the pair of returns set up for it earlier.

``本周中信银行指数周跌幅为4.73%，沪深300指数周跌幅为1.54%。 … 本周银行业区间超额收益率为-3.17%。``: the
excess sentence names an industry and no benchmark; its benchmark is taken to be the one whose return is
stated in the same sentence as the industry's last return of that period before it, and only when that
sentence states exactly one benchmark's return. The figure must then match the difference of the two
returns or their ratio form ((1+a)/(1+b)-1), within the rounding of the printed figures.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims, ReturnClaim
from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_EXCESS = lazy_compile(
    rf"(?<!相对)(?<!相较)(?:区间|本周|当周|周度|周)?(?:超额收益率?|超额回报|相对收益率?)(?:为|是|达|约为)?\s*"
    rf"(?P<num>{NUMBER})\s*(?P<unit>%|个百分点|pct|pp)"
)


def check_unnamed_benchmark(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "收益" not in sentence.text and "超额" not in sentence.text:
            continue
        entities = find_entities(sentence.text)
        if any(e.is_benchmark or e.level == "market" for e in entities):
            continue
        for m in _EXCESS.finditer(sentence.text):
            if any(e.sentence is sentence and e.start <= m.start() < e.end for e in claims.excess):
                continue
            subjects = [e for e in entities if e.is_industry and e.end <= m.start()]
            if not subjects:
                continue
            found = _pair(claims, sentence, subjects[-1].name, sentence.period_at(m.start()))
            if found is not None:
                stated = parse_number(m.group("num"))
                result = _compare(sentence, m, stated, *found)
                if result is not None:
                    out.append(result)
    return out


def _pair(
    claims: Claims, sentence: Sentence, name: str, period: str | None
) -> tuple[ReturnClaim, ReturnClaim] | None:
    """The industry's last return of ``period`` before ``sentence`` and the one benchmark beside it."""
    own = [
        r
        for r in claims.returns
        if r.entity.name == name and r.period == period and r.sentence.index <= sentence.index
    ]
    if not own:
        return None
    last = own[-1]
    benches = [
        r
        for r in claims.returns
        if r.sentence is last.sentence and r.entity.is_benchmark and r.period == period
    ]
    if len({b.entity.name for b in benches}) != 1:
        return None
    return last, benches[0]


def _compare(
    sentence: Sentence, m: re.Match[str], stated: Number, own: ReturnClaim, bench: ReturnClaim
) -> Finding | None:
    a, b = own.value.value, bench.value.value
    difference = a - b
    ratio = ((1 + a / 100) / (1 + b / 100) - 1) * 100
    gap = tolerance(stated, own.value, bench.value)
    if min(abs(stated.value - difference), abs(stated.value - ratio)) <= gap:
        return None
    return finding(
        "error",
        "arithmetic",
        f"excess {stated.text}{m.group('unit')} names no benchmark; against {bench.entity.label} "
        f"{b:+.{bench.value.decimals}f}% (stated beside {own.entity.label} {a:+.{own.value.decimals}f}% at "
        f"{own.sentence.location}) it should be {fmt(difference)}",
        sentence,
        m.start(),
        m.end(),
    )
