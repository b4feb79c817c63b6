"""Excess figures listed for several industries against the one benchmark of their sentence.

``本周沪深300指数上涨1.92%，公用事业指数上涨0.07%，环保指数下跌1.62%，周相对收益率分别为-1.85%和-3.54%``:
the list names no benchmark and no subject; it is read only when its sentence states exactly one
benchmark's return and, before the list, exactly as many industries' returns as it has figures, all of
the list's period, and nothing is named between the last of them and the list (物业指数对恒生中国企业指数
和沪深300的相对收益分别为 … names benchmarks of its own). Each figure must match its index's return minus the benchmark's (or the ratio form
(1+a)/(1+b)-1) within the rounding of the printed figures.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims, ReturnClaim
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_LISTED = re.compile(
    rf"(?:周|月|年|区间)?(?:相对收益率?|超额收益率?)(?:分别)为?\s*"
    rf"(?P<nums>{NUMBER}%(?:\s*(?:、|和|及|，|,)\s*{NUMBER}%)+)"
)


_NAMED = re.compile(r"对|相对|相较|较|指数|板块|行业")


def check_excess_lists(claims: Claims) -> list[Finding]:
    by_sentence: dict[int, list[ReturnClaim]] = {}
    for r in claims.returns:
        by_sentence.setdefault(r.sentence.index, []).append(r)
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "分别" not in sentence.text or sentence.index not in by_sentence:
            continue
        for m in _LISTED.finditer(sentence.text):
            values = [parse_number(v) for v in re.findall(NUMBER, m.group("nums"))]
            period = sentence.period_at(m.start())
            returns = [r for r in by_sentence[sentence.index] if r.period == period and r.end <= m.start()]
            benches = [r for r in returns if r.entity.is_benchmark]
            others = [r for r in returns if not r.entity.is_benchmark and r.entity.level != "market"]
            if len({b.entity.name for b in benches}) != 1 or len(others) != len(values):
                continue
            if not all(r.entity.is_industry for r in others) or _NAMED.search(
                sentence.text, returns[-1].end, m.start()
            ):
                continue  # 物业指数对恒生中国企业指数和沪深300的相对收益分别为: benchmarks of its own
            if len({r.entity.name for r in others}) != len(others):
                continue
            claims.verify(benches[0], *others)
            for own, stated in zip(others, values, strict=True):
                found = _mismatch(sentence, m, stated, own, benches[0])
                if found is not None:
                    out.append(found)
    return out


def _mismatch(
    sentence: Sentence, m: re.Match[str], stated: Number, own: ReturnClaim, bench: ReturnClaim
) -> Finding | None:
    a, b = own.value.value, bench.value.value
    difference = a - b
    ratio = ((1 + a / 100) / (1 + b / 100) - 1) * 100
    if min(abs(stated.value - difference), abs(stated.value - ratio)) <= tolerance(
        stated, own.value, bench.value
    ):
        return None
    return finding(
        "error",
        "arithmetic",
        f"listed excess {stated.text}% for {own.entity.label} ({a:+.{own.value.decimals}f}%) against "
        f"{bench.entity.label} ({b:+.{bench.value.decimals}f}%) should be {fmt(difference)}",
        sentence,
        m.start(),
        m.end(),
    )
