"""A fund's stated excess over its 业绩比较基准 against the difference of the two returns stated with it.

``| 过去三个月 | -2.73% | -2.69% | -0.04% |`` (净值增长率①, 业绩比较基准收益率③, ①-③) and
``净值增长率为-1.77%，同期业绩比较基准收益率为-1.80%，基金跑赢基准0.03个百分点`` (read by check/fund_excess.py and check/fund_prose.py):
the excess must be ① − ③ within one unit of the coarsest printed digit. A consistent one is marked verified.
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims
from sectorbrief.check.fund_excess import FundExcess
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance


def check_fund_excess(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for f in claims.funds:
        if f.claim.value is None:
            continue
        difference = f.own.value - f.base.value
        if abs(f.claim.value.value - difference) <= tolerance(f.own, f.base, f.claim.value):
            claims.verify(f.claim)
        else:
            out.append(_finding(f, difference))
    return out


def _finding(f: FundExcess, difference: float) -> Finding:
    claim = f.claim
    stage = claim.period.removeprefix("fund:") if claim.period and claim.period != "fund" else "the period"
    return finding(
        "error",
        "arithmetic",
        f"{claim.subject.label if claim.subject else '基金'} {stage}: excess {claim.value.text}% "  # type: ignore[union-attr]
        f"but the net value's growth {f.own.text}% less the 业绩比较基准's return {f.base.text}% is "
        f"{fmt(difference)}; consistent would be {fmt(difference)}%",
        claim.sentence,
        claim.start,
        claim.end,
    )
