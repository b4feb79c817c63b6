"""Ranks: beyond their universe, or one period's rank stated twice differently."""

from __future__ import annotations

from sectorbrief.check.claims import Claims, RankClaim
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
