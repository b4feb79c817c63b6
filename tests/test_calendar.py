import datetime as dt

import pytest

from sectorbrief.calendar import is_short_week, trading_sessions, week_period, window_years, ytd_period
from sectorbrief.errors import UsageError

D = dt.date
SESSIONS = trading_sessions([])


@pytest.mark.parametrize(
    ("as_of", "end", "base", "n"),
    [
        (D(2026, 7, 5), D(2026, 7, 3), D(2026, 6, 26), 5),  # Sunday as-of: the reference week
        (D(2026, 7, 3), D(2026, 7, 3), D(2026, 6, 26), 5),
        (D(2026, 7, 1), D(2026, 7, 1), D(2026, 6, 26), 3),  # mid-week as-of: week to date
        (D(2025, 10, 5), D(2025, 9, 30), D(2025, 9, 26), 2),  # National Day shortens the week
        (D(2025, 10, 3), D(2025, 9, 30), D(2025, 9, 26), 2),  # as-of on a holiday
        (D(2025, 10, 12), D(2025, 10, 10), D(2025, 9, 30), 2),  # the week after National Day
        (D(2026, 2, 22), D(2026, 2, 13), D(2026, 2, 6), 5),  # Spring Festival week has no session
    ],
)
def test_week_period(as_of: dt.date, end: dt.date, base: dt.date, n: int) -> None:
    session = SESSIONS.on_or_before(as_of)
    week = week_period(SESSIONS, session)
    assert (week.end, week.base, len(week.sessions)) == (end, base, n)
    assert is_short_week(week) == (n < 5)


def test_ytd_base_is_last_session_of_previous_year() -> None:
    assert ytd_period(SESSIONS, D(2026, 7, 3)).base == D(2025, 12, 31)
    first = ytd_period(SESSIONS, D(2026, 1, 5))
    assert first.base == D(2025, 12, 31) and first.sessions == (D(2026, 1, 5),)


def test_window_is_three_full_years_before() -> None:
    assert window_years(D(2026, 7, 3)) == (2023, 2025)


def test_past_calendar_end_uses_data_dates_and_says_so() -> None:
    extra = [D(2027, 1, 4), D(2027, 1, 5)]
    sessions = trading_sessions([D(2026, 12, 31), *extra])
    assert sessions.days[-2:] == tuple(extra)
    assert any("2027" not in n and "ends" in n for n in sessions.notes)
    assert week_period(sessions, D(2027, 1, 5)).base == D(2026, 12, 31)


def test_non_session_data_dates_are_reported() -> None:
    sessions = trading_sessions([D(2026, 7, 4)])  # a Saturday
    assert D(2026, 7, 4) not in sessions.days
    assert any("2026-07-04" in n for n in sessions.notes)


def test_before_first_session_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        SESSIONS.on_or_before(D(1999, 1, 1))


def test_sessions_are_cached_per_library_version(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from sectorbrief import calendar

    monkeypatch.setenv("SECTORBRIEF_HOME", str(tmp_path))
    calendar._xshg_days.cache_clear()
    try:
        first = calendar._xshg_days()
        cached = list((tmp_path / "cache").glob("XSHG-*.txt"))
        assert len(cached) == 1
        calendar._xshg_days.cache_clear()
        assert calendar._xshg_days() == first
        cached[0].write_text("not a date")
        calendar._xshg_days.cache_clear()
        assert calendar._xshg_days() == first  # a corrupt cache is rebuilt from the library
        whole = cached[0].read_text()
        cached[0].write_text("".join(whole.splitlines(keepends=True)[:100]))  # cut at a line's end
        calendar._xshg_days.cache_clear()
        assert calendar._xshg_days() == first  # not the first 100 sessions only
        assert cached[0].read_text() == whole
    finally:
        calendar._xshg_days.cache_clear()
