"""Excess returns against the returns they are the difference of: z = x − y, and the direction word."""

from __future__ import annotations

from sectorbrief.check.claims import Claims, ExcessClaim, ReturnClaim
from sectorbrief.check.entities import Entity
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance


def _same(a: Entity, b: Entity) -> bool:
    return a.name == b.name and (a.cls == b.cls or "" in (a.cls, b.cls))


def find_return(claims: Claims, entity: Entity, excess: ExcessClaim) -> ReturnClaim | None:
    """The return of ``entity`` that ``excess`` refers to: same sentence first, then earlier in its paragraph."""
    sentence = excess.sentence
    here = [r for r in claims.returns if r.sentence is sentence and _same(r.entity, entity)]
    if here:
        return min(here, key=lambda r: abs(r.start - excess.start))
    if excess.period is None:
        return None
    earlier = [
        r
        for r in claims.returns
        if r.sentence.paragraph == sentence.paragraph
        and r.period == excess.period
        and _same(r.entity, entity)
        and r.sentence.index < sentence.index
    ]
    return earlier[-1] if earlier else None


def check_arithmetic(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for excess in claims.excess:
        if excess.subject is None:
            continue
        mine = find_return(claims, excess.subject, excess)
        theirs = find_return(claims, excess.benchmark, excess)
        if mine is None or theirs is None:
            continue
        found = _check_one(excess, mine, theirs)
        if found:
            out.append(found)
    return out


def _check_one(excess: ExcessClaim, mine: ReturnClaim, theirs: ReturnClaim) -> Finding | None:
    expected = mine.value.value - theirs.value.value
    stated = excess.direction * abs(excess.value.value)
    tol = tolerance(excess.value, mine.value, theirs.value)
    s = excess.sentence
    basis = (
        f"{excess.subject.label if excess.subject else ''} {mine.value.value:+.2f}% − "
        f"{excess.benchmark.label} {theirs.value.value:+.2f}% = {fmt(expected)}"
    )
    if abs(expected) > tol and (expected > 0) != (excess.direction > 0):
        return finding(
            "error",
            "arithmetic",
            f"'{excess.word}' disagrees with the sign: {basis}",
            s,
            excess.start,
            excess.end,
        )
    if abs(stated - expected) > tol:
        return finding(
            "error",
            "arithmetic",
            f"excess stated {fmt(stated)} but {basis} (tolerance {tol:.2f})",
            s,
            excess.start,
            excess.end,
        )
    return None
