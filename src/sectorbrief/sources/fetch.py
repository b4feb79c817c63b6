"""`data fetch`: fill the store from akshare with only the sessions it is missing.

The recipe: work out the sessions each series lacks (trading calendar against the store),
turn them into requests, run them politely through a Runner, put what came back into one
long frame, and write it with a single ``store.upsert`` (one transaction). A symbol that fails
is reported and the rest is stored; when nothing can be reached, nothing is written.

Requests: one per index for closes (SW history, EastMoney for a benchmark with Sina as the
fallback); PE-TTM for the last RECENT_SESSIONS sessions from one daily SW analysis call, and
older PE-TTM from SW's weekly analysis, one call per week (the week-end dates it publishes come
from one more call). A fresh four-year fill of 31 industries and two benchmarks is about 225
calls, where a daily backfill would page through some 700 requests.
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import pandas as pd

from sectorbrief.calendar import trading_sessions
from sectorbrief.errors import DataError
from sectorbrief.market import COLUMNS, normalise
from sectorbrief.sources import akshare as ak_adapter
from sectorbrief.sources.retry import Attempt, Outcome, Permanent, Runner, Task
from sectorbrief.taxonomy import Index

log = logging.getLogger(__name__)

MARKET_TZ = ZoneInfo("Asia/Shanghai")
PUBLISHED_BY = dt.time(17, 0)  # SW publishes the day's closes and PE in the evening (Beijing time)
HISTORY_YEARS = 4  # a fresh store gets the valuation window (3 full years) plus the current year
RECENT_SESSIONS = 10  # PE-TTM this close to the end comes daily; older PE-TTM weekly
WEEK_DATES_LABEL = "申万一级 周报表日期"


class StoreLike(Protocol):
    """What fetch needs of sectorbrief.store.Store."""

    def load(
        self, codes: Sequence[str] | None = None, start: dt.date | None = None, end: dt.date | None = None
    ) -> pd.DataFrame: ...

    def upsert(self, frame: pd.DataFrame, source: str) -> Any: ...


@dataclass(frozen=True)
class FetchOptions:
    industries: tuple[Index, ...]
    benchmarks: tuple[Index, ...]
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Plan:
    """The sessions each series lacks within start..end: closes per code, PE per industry code."""

    start: dt.date
    end: dt.date
    closes: dict[str, tuple[dt.date, ...]]
    pe: dict[str, tuple[dt.date, ...]]
    names: dict[str, str]

    @property
    def empty(self) -> bool:
        return not any(self.closes.values()) and not any(self.pe.values())

    @property
    def missing_sessions(self) -> int:
        return sum(map(len, self.closes.values())) + sum(map(len, self.pe.values()))


@dataclass
class FetchReport:
    plan: Plan
    outcomes: list[Outcome] = field(default_factory=list)
    rows: int = 0
    upsert: Any = None
    source: str = ""

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]


def last_published_session(now: dt.datetime | None = None) -> dt.date:
    """The latest session whose data should be out: today after 17:00 Beijing time, else the one before."""
    now = (now or dt.datetime.now(MARKET_TZ)).astimezone(MARKET_TZ)
    day = now.date() if now.time() >= PUBLISHED_BY else now.date() - dt.timedelta(days=1)
    return candidate_sessions(day - dt.timedelta(days=14), day)[-1]


def candidate_sessions(start: dt.date, end: dt.date) -> list[dt.date]:
    """XSHG sessions in start..end; past the calendar's last day, weekdays stand in for sessions."""
    known = trading_sessions([]).days
    days = [d for d in known if start <= d <= end]
    day = max(start, known[-1] + dt.timedelta(days=1))
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def default_start(end: dt.date) -> dt.date:
    return dt.date(end.year - HISTORY_YEARS, 12, 1)


def _missing(window: Sequence[dt.date], have: set[dt.date], *, fill_holes: bool) -> tuple[dt.date, ...]:
    """Window sessions not in ``have``; without ``fill_holes`` only those outside its first..last,
    and before the first only those of weeks without a value (history comes one value a week)."""
    if not have or fill_holes:
        return tuple(d for d in window if d not in have)
    first, last = min(have), max(have)
    weeks = {_monday(d) for d in have if d < _monday(last)}
    return tuple(d for d in window if d > last or (d < first and _monday(d) not in weeks))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def plan_fetch(options: FetchOptions, stored: pd.DataFrame, window: Sequence[dt.date]) -> Plan:
    """Which sessions to ask for. Close gaps are refilled; PE is only extended at either end
    (a session the source publishes no PE for is not asked for again and again)."""
    dates = pd.to_datetime(stored["date"]).dt.date if len(stored) else pd.Series([], dtype=object)
    closes_have: dict[str, set[dt.date]] = {}
    pe_have: dict[str, set[dt.date]] = {}
    for code, day, close, pe in zip(stored["code"], dates, stored["close"], stored["pe_ttm"], strict=True):
        if pd.notna(close):
            closes_have.setdefault(code, set()).add(day)
        if pd.notna(pe):
            pe_have.setdefault(code, set()).add(day)
    every = (*options.industries, *options.benchmarks)
    return Plan(
        start=window[0] if window else options.start or dt.date.min,
        end=window[-1] if window else options.end or dt.date.min,
        closes={i.code: _missing(window, closes_have.get(i.code, set()), fill_holes=True) for i in every},
        pe={
            i.code: _missing(window, pe_have.get(i.code, set()), fill_holes=False) for i in options.industries
        },
        names={i.code: i.name for i in every},
    )


def _weeks(days: Sequence[dt.date]) -> list[dt.date]:
    """The Monday of each calendar week holding one of ``days``, in order."""
    return sorted({_monday(day) for day in days})


class WeekDates:
    """SW's weekly report dates, fetched once (the first PE task) and read by each weekly task."""

    def __init__(self, ak: Any) -> None:
        self.ak = ak
        self.dates: list[dt.date] | None = None

    def load(self) -> pd.DataFrame:
        self.dates = ak_adapter.fetch_sw_week_dates(self.ak)
        return pd.DataFrame(columns=["date", "code", "pe_ttm"])

    def pe_for_week(self, codes: tuple[str, ...], monday: dt.date) -> pd.DataFrame:
        """PE-TTM on SW's report date within the week of ``monday``; no request when there is none."""
        if self.dates is None:
            raise Permanent(f"akshare.{ak_adapter.SW_WEEK_DATES}(week): the week dates are not available")
        week = [d for d in self.dates if monday <= d < monday + dt.timedelta(days=7)]
        if not week:
            return pd.DataFrame(columns=["date", "code", "pe_ttm"])
        return ak_adapter.fetch_sw_weekly_pe(self.ak, codes, week[-1])


def _close_task(code: str, name: str, span: tuple[dt.date, dt.date], ak: Any, benchmark: bool) -> Task:
    fetchers = (
        (
            (ak_adapter.EM_DAILY, ak_adapter.fetch_em_closes),
            (ak_adapter.SINA_HIST, ak_adapter.fetch_sina_closes),
        )
        if benchmark
        else ((ak_adapter.SW_HIST, ak_adapter.fetch_sw_closes),)
    )
    attempts = tuple(
        Attempt(f"akshare.{function}", partial(fetch, ak, code, name, *span)) for function, fetch in fetchers
    )
    return Task(f"{code} {name} 收盘", attempts, meta={"kind": "close", "codes": (code,)})


def pe_tasks(plan: Plan, ak: Any, window: Sequence[dt.date]) -> list[Task]:
    """Daily PE-TTM for the last RECENT_SESSIONS sessions; weekly (and SW's week dates) before them."""
    codes = tuple(code for code, days in plan.pe.items() if days)
    days = sorted({d for days in plan.pe.values() for d in days})
    recent_from = window[-RECENT_SESSIONS] if len(window) >= RECENT_SESSIONS else dt.date.min
    recent = [d for d in days if d >= recent_from]
    older = [d for d in days if d < recent_from]
    tasks = []
    if older:
        weeks = WeekDates(ak)
        source = f"akshare.{ak_adapter.SW_WEEKLY}"
        tasks.append(Task(WEEK_DATES_LABEL, (Attempt(f"akshare.{ak_adapter.SW_WEEK_DATES}", weeks.load),),
                          meta={"kind": "dates", "codes": ()}))  # fmt: skip
        tasks += [
            Task(
                f"申万一级 市盈率 {monday:%G-W%V}",
                (Attempt(source, partial(weeks.pe_for_week, codes, monday)),),
                meta={"kind": "pe", "codes": codes, "needs": WEEK_DATES_LABEL},
            )  # fmt: skip
            for monday in _weeks(older)
        ]
    if recent:
        span = (recent[0], recent[-1])
        fetch = partial(ak_adapter.fetch_sw_pe, ak, codes, *span)
        tasks.append(Task(f"申万一级 市盈率 {span[0]}..{span[1]}", (Attempt(f"akshare.{ak_adapter.SW_ANALYSIS}", fetch),),
                          meta={"kind": "pe", "codes": codes}))  # fmt: skip
    return tasks


def build_tasks(plan: Plan, ak: Any, benchmark_codes: set[str], window: Sequence[dt.date] = ()) -> list[Task]:
    """Requests for the plan. A benchmark goes first so the first two probe different hosts."""
    closes = [
        _close_task(code, plan.names[code], (days[0], days[-1]), ak, code in benchmark_codes)
        for code, days in plan.closes.items()
        if days
    ]
    bench = [t for t in closes if t.meta["codes"][0] in benchmark_codes]
    sw = [t for t in closes if t.meta["codes"][0] not in benchmark_codes]
    return bench[:1] + sw[:1] + bench[1:] + sw[1:] + pe_tasks(plan, ak, window or _plan_days(plan))


def _plan_days(plan: Plan) -> list[dt.date]:
    return sorted({d for days in (*plan.closes.values(), *plan.pe.values()) for d in days})


def _wanted(frame: pd.DataFrame, missing: dict[str, tuple[dt.date, ...]]) -> pd.DataFrame:
    """Rows whose (code, date) is one of the missing sessions."""
    keys = {(code, pd.Timestamp(day)) for code, days in missing.items() for day in days}
    keep = [(c, pd.Timestamp(d)) in keys for c, d in zip(frame["code"], frame["date"], strict=True)]
    return frame.loc[keep]


def assemble(outcomes: Sequence[Outcome], plan: Plan, stored: pd.DataFrame) -> pd.DataFrame:
    """One long frame to upsert: new closes (with PE when it came too), and new PE on stored closes.

    PE for a session with no close, stored or fetched, is left for a later run.
    """
    frames = [o.frame for o in outcomes if o.ok and o.task.meta["kind"] == "close"]
    pe_frames = [o.frame for o in outcomes if o.ok and o.task.meta["kind"] == "pe"]
    empty = normalise(pd.DataFrame(columns=COLUMNS))
    closes = pd.concat([empty[["date", "code", "name", "close"]], *frames], ignore_index=True)
    pe = pd.concat([empty[["date", "code", "pe_ttm"]], *pe_frames], ignore_index=True)
    closes = _wanted(closes, plan.closes).drop_duplicates(["date", "code"], keep="last")
    pe = _wanted(pe, plan.pe).drop_duplicates(["date", "code"], keep="last")
    new = closes.merge(pe, on=["date", "code"], how="left")
    base = stored.loc[stored["close"].notna(), ["date", "code", "name", "close"]].copy()
    base["date"] = pd.to_datetime(base["date"]).astype("datetime64[ns]")
    pe_only = pe.merge(base, on=["date", "code"], how="inner")
    out = pd.concat([new, pe_only], ignore_index=True)
    if out.empty:
        return out.reindex(columns=COLUMNS)
    return normalise(out.drop_duplicates(["date", "code"], keep="first"))


def provenance(outcomes: Sequence[Outcome], version: str) -> str:
    """Which function gave which series, and what the PE column is."""
    by_source: dict[str, list[str]] = {}
    for outcome in outcomes:
        if outcome.ok and outcome.source and outcome.task.meta["kind"] != "dates":
            by_source.setdefault(outcome.source, []).extend(outcome.task.meta["codes"])
    parts = []
    for source, codes in by_source.items():
        unique = sorted(set(codes))
        shown = ", ".join(unique) if len(unique) <= 4 else f"{len(unique)} 个指数"
        parts.append(f"{source}: {shown}")
    text = f"akshare {version} — " + "; ".join(parts)
    if any(o.ok and o.task.meta["kind"] == "pe" for o in outcomes):
        text += f"; {ak_adapter.PE_PROVENANCE}"
    return text


def fetch_into_store(
    store: StoreLike,
    options: FetchOptions,
    *,
    runner: Runner | None = None,
    ak: Any = None,
    on_start: Callable[[int], None] = lambda _: None,
    on_done: Callable[[Outcome], None] = lambda _: None,
    now: dt.datetime | None = None,
) -> FetchReport:
    """Fetch the missing sessions and upsert them in one transaction; see the module docstring.

    Raises Offline (a DataError) when nothing could be reached, DataError when every request
    failed; in both cases the store is untouched. ``ak`` stands in for the akshare module.
    """
    end = options.end or last_published_session(now)
    start = options.start or default_start(end)
    if start > end:
        raise DataError(f"--start {start} is after --end {end}")
    every = [i.code for i in (*options.industries, *options.benchmarks)]
    stored = store.load(codes=every, start=start, end=end)
    plan = plan_fetch(options, stored, candidate_sessions(start, end))
    report = FetchReport(plan=plan)
    if plan.empty:
        return report
    ak = ak if ak is not None else ak_adapter.import_akshare()
    window = candidate_sessions(start, end)
    tasks = build_tasks(plan, ak, {b.code for b in options.benchmarks}, window)
    on_start(len(tasks))
    with quiet_warnings():
        report.outcomes = (runner or Runner()).run(tasks, on_done)
    if not any(o.ok and o.task.meta["kind"] != "dates" for o in report.outcomes):
        first = report.outcomes[0]
        raise DataError(
            f"all {len(tasks)} akshare requests failed (first: {first.task.label}: {first.error}); store unchanged"
        )
    frame = assemble(report.outcomes, plan, stored)
    report.rows = len(frame)
    if len(frame):
        report.source = provenance(report.outcomes, ak_adapter.akshare_version(ak))
        report.upsert = store.upsert(frame, report.source)
    return report


@contextmanager
def quiet_warnings() -> Iterator[None]:
    """akshare's sources call requests with verify=False; keep urllib3's warnings off the terminal."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
