"""Planning: the N week ends before an as-of date, the (week, industry) jobs, the industries option."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.batch.plan import parse_industries, plan_jobs, week_ends
from sectorbrief.calendar import trading_sessions, week_period
from sectorbrief.errors import UsageError
from sectorbrief.taxonomy import sw2021

SESSIONS = trading_sessions([])


def test_week_ends_of_the_demo_week() -> None:
    assert week_ends(SESSIONS, dt.date(2026, 7, 5), 3) == [
        dt.date(2026, 6, 18),  # 端午节 closes Friday 19 June
        dt.date(2026, 6, 26),
        dt.date(2026, 7, 3),
    ]


@settings(max_examples=60, deadline=None)
@given(
    as_of=st.dates(min_value=dt.date(2010, 1, 1), max_value=dt.date(2026, 6, 30)),
    weeks=st.integers(min_value=1, max_value=12),
)
def test_week_ends_are_one_per_calendar_week(as_of: dt.date, weeks: int) -> None:
    ends = week_ends(SESSIONS, as_of, weeks)
    assert len(ends) == weeks
    assert ends[-1] == SESSIONS.on_or_before(as_of)
    assert ends == sorted(set(ends))
    mondays = [end - dt.timedelta(days=end.weekday()) for end in ends]
    assert len(set(mondays)) == weeks
    for earlier, later in zip(ends, ends[1:], strict=False):
        assert earlier == week_period(SESSIONS, later).base  # no week skipped


def test_weeks_must_be_positive() -> None:
    with pytest.raises(UsageError, match="--weeks"):
        week_ends(SESSIONS, dt.date(2026, 7, 5), 0)


def test_industries_all_or_a_list_in_taxonomy_order() -> None:
    tax = sw2021()
    assert len(parse_industries("all", tax)) == 31
    chosen = parse_industries("电子，通信,801770", tax)
    assert [i.name for i in chosen] == ["电子", "通信"]
    with pytest.raises(UsageError, match="unknown industry"):
        parse_industries("通信,不存在", tax)


def test_jobs_per_week_and_industry_with_the_as_of_on_the_latest_week() -> None:
    ends = [dt.date(2026, 6, 26), dt.date(2026, 7, 3)]
    jobs = plan_jobs(ends, parse_industries("通信,电子", sw2021()), dt.date(2026, 7, 5))
    assert [job.key for job in jobs] == [
        "2026-06-26/801080.SI",
        "2026-06-26/801770.SI",
        "2026-07-03/801080.SI",
        "2026-07-03/801770.SI",
    ]
    assert [job.as_of for job in jobs] == [ends[0], ends[0], dt.date(2026, 7, 5), dt.date(2026, 7, 5)]
