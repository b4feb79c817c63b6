"""Ranks: beyond their universe, one period's rank stated twice differently, or ranks whose order
contradicts the returns stated for the same indices and period (第3 with a lower return than 第5)."""

from __future__ import annotations

from itertools import combinations

from sectorbrief.check.claims import Claims, RankClaim, ReturnClaim
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding


def check_ranks(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, str, str], RankClaim] = {}
    for rank in claims.ranks:
        if rank.rank < 1 or (rank.universe is not None and rank.rank > rank.universe):
            out.append(
                finding(
                    "error",
                    "rank",
                    f"rank {rank.rank} is outside a universe of {rank.universe} ({rank.classification or 'stated'}); "
                    f"a rank must lie between 1 and {rank.universe}",
                    rank.sentence,
                    rank.start,
                    rank.end,
                )
            )
            continue
        if rank.universe is not None:
            claims.verify(rank)
        if rank.period is None or rank.subject is None:
            continue
        key = (rank.subject.name, rank.period, rank.classification)
        first = seen.setdefault(key, rank)
        if first is not rank:
            claims.verify(first, rank)
        if first.rank != rank.rank:
            out.append(
                finding(
                    "error",
                    "rank",
                    f"{rank.period} rank stated as {rank.rank} here but {first.rank} at {first.sentence.location} "
                    f"(「{first.sentence.text[first.start : first.end]}」); one of the two is wrong",
                    rank.sentence,
                    rank.start,
                    rank.end,
                )
            )
    return out


def check_rank_order(claims: Claims) -> list[Finding]:
    """Within a paragraph, a better rank must not go with a clearly lower return of the same period."""
    returns: dict[tuple[int, str, str | None], ReturnClaim] = {}
    for r in claims.returns:
        returns.setdefault((r.sentence.paragraph, r.entity.name, r.period), r)
    groups: dict[tuple[int, str | None, str], list[tuple[RankClaim, ReturnClaim]]] = {}
    for k in claims.ranks:
        found = returns.get((k.sentence.paragraph, k.subject.name, k.period)) if k.subject else None
        if found is not None and not k.classification.startswith("scoped"):
            groups.setdefault((k.sentence.paragraph, k.period, k.classification), []).append((k, found))
    out: list[Finding] = []
    for members in groups.values():
        for (a, ra), (b, rb) in combinations(members, 2):
            if a.subject == b.subject or a.rank == b.rank:
                continue
            claims.verify(a, b, ra, rb)
            better, worse = ((a, ra), (b, rb)) if a.rank < b.rank else ((b, rb), (a, ra))
            gap = 10.0 ** -min(better[1].value.decimals, worse[1].value.decimals)
            if better[1].value.value < worse[1].value.value - gap:
                out.append(_order_finding(better, worse))
    return out


def _order_finding(better: tuple[RankClaim, ReturnClaim], worse: tuple[RankClaim, ReturnClaim]) -> Finding:
    (k1, r1), (k2, r2) = better, worse
    name1 = k1.subject.label if k1.subject else ""
    name2 = k2.subject.label if k2.subject else ""
    return finding(
        "error",
        "rank",
        f"{name1} ranks {k1.rank} with {r1.value.text}% but {name2} ranks {k2.rank} with {r2.value.text}% "
        f"(at {r2.sentence.location}): the higher return should have the better rank",
        k1.sentence,
        k1.start,
        k1.end,
    )
