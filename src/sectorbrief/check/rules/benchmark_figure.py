"""A direction word followed by the benchmark's own signed return: ``涨幅0.38%，表现优于沪深300指数-0.44%``.

An outperformance cannot be negative, so a figure printed with a minus sign (in %, not 个百分点) after
跑赢/优于/强于/领先/好于 and the benchmark is the benchmark's return, not the gap; likewise a figure printed
with a plus sign after 跑输/弱于/落后/不及. The word must then agree with the subject's return of the same
period minus that figure (beyond rounding).
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims, ReturnClaim
from sectorbrief.check.excess import NEGATIVE_WORDS
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_POSITIVE_WORDS = ("跑赢", "优于", "强于", "领先", "领先于", "好于", "超越")


def check_benchmark_figures(claims: Claims) -> list[Finding]:
    returns: dict[tuple[str, str | None], ReturnClaim] = {}
    for r in claims.returns:
        returns.setdefault((r.entity.name, r.period), r)
    out: list[Finding] = []
    for e in claims.excess:
        if e.value is None or e.subject is None or e.unit != "%" or not _opposite_sign(e.word, e.value.text):
            continue
        own = returns.get((e.subject.name, e.period))
        if own is None:
            continue
        gap = own.value.value - e.value.value
        if abs(gap) <= tolerance(own.value, e.value) / 2 or (gap > 0) == (e.word not in NEGATIVE_WORDS):
            continue
        out.append(
            finding(
                "error",
                "arithmetic",
                f"'{e.word}' disagrees with the figures: {own.entity.label} {own.value.value:+.{own.value.decimals}f}% "
                f"against {e.benchmark.label}'s own {e.value.text}% is {fmt(gap)} pp",
                e.sentence,
                e.start,
                e.end,
            )
        )
    return out


def _opposite_sign(word: str, printed: str) -> bool:
    if word in _POSITIVE_WORDS:
        return printed.startswith("-")
    return word in NEGATIVE_WORDS and printed.startswith("+")
