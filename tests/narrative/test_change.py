"""The rank-change clause against the previous week, and that the checker reads it as no rank."""

from __future__ import annotations

import datetime as dt

import pytest

from sectorbrief.check import check_text
from sectorbrief.facts import PreviousWeekFacts
from sectorbrief.narrative.change import rank_change_clause
from sectorbrief.narrative.market import market_text
from tests.factories import make_facts, make_period


def previous(rank: int) -> PreviousWeekFacts:
    days = [dt.date(2026, 6, 22) + dt.timedelta(days=i) for i in range(5)]
    return PreviousWeekFacts(
        base_session=dt.date(2026, 6, 18),
        sessions=days,
        end_session=days[-1],
        industry_pct=1.0,
        rank=rank,
        universe=31,
    )


@pytest.mark.parametrize(
    ("before", "now", "clause"),
    [(12, 3, "，排名较上周上升9位"), (1, 31, "，排名较上周下降30位"), (5, 5, "，排名与上周持平")],
)
def test_clause(before: int, now: int, clause: str) -> None:
    assert rank_change_clause(previous(before), make_period(1.0, 0.0, 0.0, now)) == clause


def test_no_previous_week_no_clause() -> None:
    assert rank_change_clause(None, make_period(1.0, 0.0, 0.0, 3)) == ""


def test_the_weekly_body_ends_with_the_clause_and_passes_the_checker() -> None:
    facts = make_facts().model_copy(update={"previous_week": previous(1)})
    body = market_text(facts).weekly_body
    assert body.endswith("在申万31个一级行业中排名第31位，排名较上周下降30位。")
    assert market_text(make_facts()).weekly_body.endswith("在申万31个一级行业中排名第31位。")
    assert check_text(body).findings == ()
