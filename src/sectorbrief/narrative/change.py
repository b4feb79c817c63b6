"""Week over week in words: how the industry's rank moved against the previous calendar week."""

from __future__ import annotations

from sectorbrief.facts import PeriodFacts, PreviousWeekFacts


def rank_change_clause(previous: PreviousWeekFacts | None, weekly: PeriodFacts) -> str:
    """'，排名较上周上升N位' / '，排名较上周下降N位' / '，排名与上周持平'; '' without a previous week.

    Rank 1 is the highest return, so a smaller rank number is a rise.
    """
    if previous is None:
        return ""
    moved = previous.rank - weekly.rank
    if moved == 0:
        return "，排名与上周持平"
    return f"，排名较上周{'上升' if moved > 0 else '下降'}{abs(moved)}位"
