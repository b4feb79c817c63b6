"""Trading sessions (exchange_calendars XSHG) and the period rules of DESIGN.md.

The XSHG calendar's data ends at a fixed date; past it we use the sessions present in the
market data and say so, never inventing a session.
"""

from __future__ import annotations

import datetime as dt
import logging
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib.metadata import version

from sectorbrief.errors import UsageError
from sectorbrief.home import cache_path, read_sealed_cache, write_sealed_cache

log = logging.getLogger(__name__)

CALENDAR_NAME = "XSHG"
CALENDAR_START = "2005-01-04"


@dataclass(frozen=True)
class Sessions:
    """Sorted trading sessions, and where they came from."""

    days: tuple[dt.date, ...]
    source: str
    notes: tuple[str, ...] = field(default=())

    def on_or_before(self, day: dt.date) -> dt.date:
        """The last session on or before ``day``."""
        pos = bisect_right(self.days, day) - 1
        if pos < 0:
            raise UsageError(f"as-of date {day} is before the first trading session {self.days[0]}")
        return self.days[pos]

    def before(self, day: dt.date) -> dt.date:
        """The last session strictly before ``day``."""
        pos = bisect_left(self.days, day) - 1
        if pos < 0:
            raise UsageError(f"no trading session before {day} in the data")
        return self.days[pos]

    def between(self, first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
        """Sessions with first <= session <= last."""
        return self.days[bisect_left(self.days, first) : bisect_right(self.days, last)]


@dataclass(frozen=True)
class Period:
    """A return period: the base session (its close is the starting point) and the sessions it covers."""

    name: str
    base: dt.date
    sessions: tuple[dt.date, ...]

    @property
    def end(self) -> dt.date:
        return self.sessions[-1]


@cache
def _xshg_days() -> tuple[dt.date, ...]:
    """XSHG sessions from exchange_calendars, cached per library version under sectorbrief's home.

    Importing exchange_calendars costs a third of a second (it loads every exchange); the cache
    holds exactly what it computed, keyed by its version, so a library update refreshes it.
    """
    cache_file = cache_path(f"{CALENDAR_NAME}-{version('exchange_calendars')}-{CALENDAR_START}.txt")
    text = read_sealed_cache(cache_file)  # None when missing or cut short
    try:
        if text is not None:
            return tuple(dt.date.fromisoformat(line) for line in text.split())
    except ValueError:
        pass
    import exchange_calendars as xcals

    days = tuple(ts.date() for ts in xcals.get_calendar(CALENDAR_NAME, start=CALENDAR_START).sessions)
    write_sealed_cache(cache_file, "\n".join(d.isoformat() for d in days))
    return days


def trading_sessions(data_days: Iterable[dt.date]) -> Sessions:
    """XSHG sessions, extended past the calendar's end by the dates present in the data.

    Data dates on or before the calendar's last session that the calendar does not know
    (a weekend, a holiday) are ignored and reported in the notes.
    """
    calendar_days = _xshg_days()
    last = calendar_days[-1]
    data = sorted(set(data_days))
    known = set(calendar_days)
    stray = [d for d in data if d <= last and d not in known and d >= calendar_days[0]]
    beyond = [d for d in data if d > last]
    notes: list[str] = []
    source = f"exchange_calendars {CALENDAR_NAME}"
    if stray:
        notes.append(
            f"ignored {len(stray)} data date(s) that are not {CALENDAR_NAME} sessions: "
            + ", ".join(str(d) for d in stray[:5])
        )
    if beyond:
        notes.append(
            f"{CALENDAR_NAME} calendar ends {last}; sessions after it are the "
            f"{len(beyond)} date(s) present in the data"
        )
        source += f" to {last}, then data dates"
    return Sessions(days=calendar_days + tuple(beyond), source=source, notes=tuple(notes))


def week_period(sessions: Sessions, end: dt.date) -> Period:
    """Sessions of the Monday-to-Sunday week holding ``end``; the base is the session before them."""
    monday = end - dt.timedelta(days=end.weekday())
    days = sessions.between(monday, end)
    return Period(name="weekly", base=sessions.before(days[0]), sessions=days)


def ytd_period(sessions: Sessions, end: dt.date) -> Period:
    """From the last session of the previous calendar year to ``end``."""
    first_of_year = dt.date(end.year, 1, 1)
    days = sessions.between(first_of_year, end)
    return Period(name="ytd", base=sessions.before(first_of_year), sessions=days)


def is_short_week(period: Period) -> bool:
    """A week with fewer sessions than its five weekdays (a holiday fell in it)."""
    return len(period.sessions) < 5


def window_years(end: dt.date, years: int = 3) -> tuple[int, int]:
    """The ``years`` full calendar years before ``end``'s year, as (first, last)."""
    return end.year - years, end.year - 1
