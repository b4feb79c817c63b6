"""What the checker read, claim by claim, for ``check --format json`` (``extracted``)."""

from __future__ import annotations

from sectorbrief.check.claims import Claims
from sectorbrief.check.figures import Figure
from sectorbrief.check.report import ClaimKind, Extracted


def listing(claims: Claims, figures: list[Figure]) -> tuple[Extracted, ...]:
    """One entry per return, excess, rank and named figure, in document order."""
    out: list[tuple[int, int, Extracted]] = []
    for r in claims.returns:
        entry = Extracted(
            "return", r.entity.label, r.period or "", r.value.value, r.sentence.location, _seen(claims, r)
        )
        out.append((r.sentence.index, r.start, entry))
    for e in [*claims.excess, *(f.claim for f in claims.funds)]:
        value = None if e.value is None else e.direction * abs(e.value.value)
        subject = f"{e.subject.label if e.subject else '?'} vs {e.benchmark.label}"
        out.append(
            (
                e.sentence.index,
                e.start,
                Extracted("excess", subject, e.period or "", value, e.sentence.location, _seen(claims, e)),
            )
        )
    for k in claims.ranks:
        subject = k.subject.label if k.subject else "?"
        scope = (
            f" ({k.classification}{'/' + str(k.universe) if k.universe else ''})"
            if k.classification or k.universe
            else ""
        )
        out.append(
            (
                k.sentence.index,
                k.start,
                Extracted(
                    "rank",
                    subject + scope,
                    k.period or "",
                    float(k.rank),
                    k.sentence.location,
                    _seen(claims, k),
                ),
            )
        )
    for f in figures:
        kind: ClaimKind = "valuation" if f.metric == "PE-TTM" else "figure"
        out.append(
            (
                f.sentence.index,
                f.start,
                Extracted(
                    kind, f"{f.subject} {f.metric}", f.period, f.value, f.sentence.location, _seen(claims, f)
                ),
            )
        )
    return tuple(entry for _, _, entry in sorted(out, key=lambda t: (t[0], t[1])))


def _seen(claims: Claims, claim: object) -> bool:
    return id(claim) in claims.verified
