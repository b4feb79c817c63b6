"""A headline or summary figure against the body's figure for the same index, where the two carry
different period labels only because one of them states no date.

``投资要点: 申万计算机指数上涨15.11%`` heads a body that gives ``3月1日至3月31日 … 申万计算机指数上涨10.45%``;
``上周申万纺织服装指数下跌0.32%`` sums up ``上周(11月9日-11月13日)申万纺织服装指数下跌0.23%``. The contradiction
rule compares figures of one period label only, so these pass it. Two cases are read here:

- a figure of the document's first sentence (its headline or summary line) whose sentence names no
  period at all (nor anything like a date), against the body's figures of the same index when they all share one period;
- a figure of an undated week, month or day named in its own clause (``上周``) against the same index's figure of that period dated in
  the body (week@11月9日-11月13日), when the document dates that period only one way (a page of several
  dated weeks is never read this way).

Values differ as in the contradiction rule (beyond the rounding of the printed figures); the finding is
an error when both figures name their index in their own clause.
"""

from __future__ import annotations

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.claims import Claims, ReturnClaim
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.check.rules.contradictions import _firm, _labeller, _return_differs, one_day_headline

# a period word or anything like a date (2022 年10 月至春节前, 1-6月, 3.1-3.31): the line names a period
_DATED = lazy_compile(rf"{PERIOD_RE.pattern}|\d\s*[年月日号]|\d{{1,2}}[./]\d{{1,2}}[-~至]")
# the periods a weekly or monthly report dates once in its body and names undated in its summary
_DATED_BASES = ("week", "month", "day")


def check_summary_contradictions(claims: Claims) -> list[Finding]:
    returns = claims.returns
    if len(returns) < 2:
        return []
    label = _labeller(claims)
    labels = {id(r): label(r.entity) for r in returns}
    tags: dict[str, set[str]] = {}
    first_of: dict[tuple[str, str | None], ReturnClaim] = {}  # the first claim of each index and period
    for r in returns:
        first_of.setdefault((labels[id(r)], r.period), r)
        if r.period and "@" in r.period:
            base, _, tag = r.period.partition("@")
            tags.setdefault(base, set()).add(tag)
    first = claims.sentences[0] if claims.sentences else None
    one_day = one_day_headline(claims) is not None  # then the contradiction rule compares headline and story
    out: list[Finding] = []
    for r in returns:
        other = None
        if r.period is None and r.sentence is first and not _DATED.search(r.sentence.text) and not one_day:
            rest = [b for b in returns if b.sentence is not first and labels[id(b)] == labels[id(r)]]
            if rest and len({b.period for b in rest}) == 1:
                other = rest[0]
        elif r.period in _DATED_BASES and len(tags.get(r.period, ())) == 1 and _stated(r):
            other = first_of.get((labels[id(r)], f"{r.period}@{next(iter(tags[r.period]))}"))
        if other is not None and _return_differs(r, other):
            out.append(_finding(r, other))
    return out


def _stated(r: ReturnClaim) -> bool:
    """The claim's own clause names its period (上周申万纺织服装指数下跌0.32%), not one carried to it."""
    return r.period in r.sentence.periods_in(clause_start(r.sentence.text, r.start), r.end)


def _finding(summary: ReturnClaim, body: ReturnClaim) -> Finding:
    period = body.period or "the body's period"
    return finding(
        "error" if _firm(summary) and _firm(body) else "warning",
        "contradiction",
        f"{summary.entity.label} return {summary.value.text}% here (a summary of {period}) but "
        f"{body.value.text}% in the body at {body.sentence.location} "
        f"(「{body.sentence.text[body.start : body.end]}」); one of the two is wrong",
        summary.sentence,
        summary.start,
        summary.end,
    )
