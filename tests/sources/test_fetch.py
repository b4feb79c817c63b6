"""Incremental fetch from akshare-shaped fixtures into a store: fill, no-op, partial failure, offline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.errors import DataError
from sectorbrief.market import normalise
from sectorbrief.sources.fetch import (
    RECENT_SESSIONS,
    FetchOptions,
    build_tasks,
    candidate_sessions,
    fetch_into_store,
    last_published_session,
    plan_fetch,
)
from sectorbrief.sources.retry import Offline, Policy, Runner
from sectorbrief.taxonomy import sw2021
from tests.conftest import random_market_frame
from tests.sources.fake_akshare import FakeAkshare, ban_page, data_null, error_answer

START, END = dt.date(2026, 6, 1), dt.date(2026, 7, 3)


@dataclass
class Counts:
    inserted: int
    updated: int
    unchanged: int


class MemoryStore:
    """The slice of sectorbrief.store.Store that fetch uses, in memory."""

    def __init__(self) -> None:
        self.frame = normalise(pd.DataFrame(columns=["date", "code", "name", "close", "pe_ttm"]))
        self.sources: list[str] = []

    def load(self, codes: Sequence[str] | None = None, start=None, end=None) -> pd.DataFrame:
        f = self.frame
        keep = f["code"].isin(codes) if codes is not None else pd.Series(True, index=f.index)
        if start is not None:
            keep &= f["date"] >= pd.Timestamp(start)
        if end is not None:
            keep &= f["date"] <= pd.Timestamp(end)
        return f.loc[keep].reset_index(drop=True)

    def upsert(self, frame: pd.DataFrame, source: str) -> Counts:
        new = normalise(frame)
        merged = self.frame.merge(
            new, on=["date", "code"], how="outer", suffixes=("_old", ""), indicator=True
        )
        inserted = int((merged["_merge"] == "right_only").sum())
        both = merged.loc[merged["_merge"] == "both"]
        same = (both["close"] == both["close_old"]) & (
            (both["pe_ttm"] == both["pe_ttm_old"]) | (both["pe_ttm"].isna() & both["pe_ttm_old"].isna())
        )
        keep_old = self.frame.merge(new[["date", "code"]], on=["date", "code"], how="left", indicator=True)
        old = self.frame.loc[(keep_old["_merge"] == "left_only").to_numpy()]
        self.frame = normalise(pd.concat([old, new], ignore_index=True))
        self.sources.append(source)
        return Counts(inserted, int((~same).sum()), int(same.sum()))


def quick_runner() -> Runner:
    return Runner(
        Policy(min_interval=0.0, backoff=0.0), sleep=lambda _: None, timeout_call=lambda call, t: call()
    )


@pytest.fixture(scope="module")
def market() -> pd.DataFrame:
    return normalise(random_market_frame(dt.date(2026, 5, 1), END, seed=11))


def options(**kw) -> FetchOptions:
    tax = sw2021()
    base = {"industries": tax.industries, "benchmarks": tax.benchmarks, "start": START, "end": END}
    return FetchOptions(**(base | kw))


def fetch(store: MemoryStore, ak: FakeAkshare, **kw):
    return fetch_into_store(store, options(**kw), runner=quick_runner(), ak=ak)


def expected(
    market: pd.DataFrame, start: dt.date = START, end: dt.date = END, daily_from: dt.date | None = None
) -> pd.DataFrame:
    """The market in start..end as a fetch stores it: PE-TTM daily from ``daily_from`` (default: the
    last RECENT_SESSIONS sessions), before that only on SW's weekly report dates."""
    window = candidate_sessions(start, end)
    daily_from = daily_from or window[-RECENT_SESSIONS]
    keep = market["date"].between(pd.Timestamp(start), pd.Timestamp(end))
    out = market.loc[keep].reset_index(drop=True)
    weekly = out["date"].isin(pd.to_datetime(FakeAkshare(market).week_ends()))
    return out.assign(pe_ttm=out["pe_ttm"].where(weekly | (out["date"] >= pd.Timestamp(daily_from))))


def pe_days(market: pd.DataFrame, start: dt.date = START, end: dt.date = END) -> int:
    frame = expected(market, start, end)
    return int(frame.loc[frame["code"] == "801770.SI", "pe_ttm"].notna().sum())


def test_a_fetch_fills_a_fresh_store(market: pd.DataFrame) -> None:
    store, ak = MemoryStore(), FakeAkshare(market)
    report = fetch(store, ak)
    assert not report.failures
    pd.testing.assert_frame_equal(store.frame, expected(market), check_exact=False)
    assert report.upsert.inserted == len(expected(market)) == report.rows
    assert "index_hist_sw" in report.source and "stock_zh_index_daily_em" in report.source
    assert "index_analysis_daily_sw" in report.source and "市盈率" in report.source


def test_a_second_fetch_changes_nothing_and_asks_nothing(market: pd.DataFrame) -> None:
    store, ak = MemoryStore(), FakeAkshare(market)
    fetch(store, ak)
    before, ak.calls = store.frame.copy(), []
    report = fetch(store, ak)
    assert ak.calls == [] and report.outcomes == [] and report.upsert is None
    pd.testing.assert_frame_equal(store.frame, before)


def test_only_missing_sessions_are_fetched(market: pd.DataFrame) -> None:
    store, ak = MemoryStore(), FakeAkshare(market)
    fetch(store, ak, end=dt.date(2026, 6, 26))
    ak.calls = []
    report = fetch(store, ak)
    assert ("index_analysis_daily_sw", "一级行业") in ak.calls
    assert report.upsert.inserted == 33 * 5 and report.upsert.updated == 0
    assert report.plan.pe["801770.SI"] == tuple(candidate_sessions(dt.date(2026, 6, 29), END))
    first_daily = candidate_sessions(START, dt.date(2026, 6, 26))[-RECENT_SESSIONS]
    pd.testing.assert_frame_equal(store.frame, expected(market, daily_from=first_daily), check_exact=False)


def test_one_failing_symbol_stores_the_rest_and_is_named(market: pd.DataFrame) -> None:
    store = MemoryStore()
    ak = FakeAkshare(
        market, fail={"801770": ConnectionError("Remote end closed connection without response")}
    )
    report = fetch(store, ak)
    assert [f.task.label for f in report.failures] == ["801770.SI 通信 收盘"]
    assert "RemoteDisconnected" in report.failures[0].error or "Remote end closed" in report.failures[0].error
    assert "801770.SI" not in set(store.frame["code"])
    assert store.frame["code"].nunique() == 32
    assert sum(1 for call in ak.calls if call == ("index_hist_sw", "801770")) == 3  # retried


def test_a_renamed_column_fails_naming_it_and_is_not_retried(market: pd.DataFrame) -> None:
    store = MemoryStore()
    ak = FakeAkshare(market, rename={"stock_zh_index_daily_em": {"close": "收盘价"}})
    report = fetch(store, ak)
    # the benchmarks fell back to Sina; the error is kept
    assert not report.failures and "stock_zh_index_daily" in report.source
    ak = FakeAkshare(market, rename={"index_hist_sw": {"收盘": "close_price"}})
    report = fetch(MemoryStore(), ak, industries=(sw2021().resolve_industry("通信"),))
    [failure] = report.failures
    assert "missing column(s) '收盘'" in failure.error and "'close_price'" in failure.error
    assert ak.calls.count(("index_hist_sw", "801770")) == 1


def test_offline_raises_and_leaves_the_store_unchanged(market: pd.DataFrame) -> None:
    store = MemoryStore()
    fetch(store, FakeAkshare(market), end=dt.date(2026, 6, 26))
    before = store.frame.copy()
    down = ConnectionError("Failed to resolve 'www.swsresearch.com'")
    functions = (
        "index_hist_sw",
        "index_analysis_daily_sw",
        "stock_zh_index_daily_em",
        "stock_zh_index_daily",
    )
    ak = FakeAkshare(market, fail=dict.fromkeys(functions, down))
    with pytest.raises(Offline, match="cannot reach akshare's data sources"):
        fetch(store, ak)
    pd.testing.assert_frame_equal(store.frame, before)
    assert len(store.sources) == 1
    assert len(ak.calls) <= 3 * 3  # two probes (a benchmark with its fallback, one SW index), no more


def test_every_request_failing_without_connection_errors_is_a_data_error(market: pd.DataFrame) -> None:
    renames = {f: {c: c + "_v2" for c in ("收盘", "市盈率", "close")} for f in
               ("index_hist_sw", "index_analysis_daily_sw", "index_analysis_weekly_sw", "stock_zh_index_daily_em",
                "stock_zh_index_daily")}  # fmt: skip
    store = MemoryStore()
    with pytest.raises(DataError, match="all .* akshare requests failed"):
        fetch(store, FakeAkshare(market, rename=renames))
    assert store.sources == []


def test_no_benchmarks_and_one_industry(market: pd.DataFrame) -> None:
    store, ak = MemoryStore(), FakeAkshare(market)
    fetch(store, ak, industries=(sw2021().resolve_industry("电子"),), benchmarks=())
    assert set(store.frame["code"]) == {"801080.SI"}
    assert {f for f, _ in ak.calls} == {
        "index_hist_sw", "index_analysis_daily_sw", "index_analysis_week_month_sw", "index_analysis_weekly_sw"
    }  # fmt: skip


def test_new_pe_on_stored_closes_is_an_update(market: pd.DataFrame) -> None:
    store = MemoryStore()
    store.upsert(expected(market).assign(pe_ttm=float("nan")), "closes only")
    report = fetch(store, FakeAkshare(market))
    assert report.upsert.inserted == 0 and report.upsert.updated == 31 * pe_days(market)
    pd.testing.assert_frame_equal(store.frame, expected(market), check_exact=False)


def test_a_fresh_four_year_fill_plans_at_most_250_requests() -> None:
    end = dt.date(2026, 7, 3)
    opts = options(start=None, end=end)
    window = candidate_sessions(dt.date(end.year - 4, 12, 1), end)
    plan = plan_fetch(opts, MemoryStore().frame, window)
    tasks = build_tasks(plan, object(), {b.code for b in sw2021().benchmarks}, window)
    kinds = [t.meta["kind"] for t in tasks]
    assert kinds.count("close") == 33 and kinds.count("dates") == 1
    assert len(tasks) <= 250, len(tasks)


def test_akshares_own_failure_is_not_retried_and_names_function_and_symbol(market: pd.DataFrame) -> None:
    store = MemoryStore()
    ak = FakeAkshare(market, fail={"801770": error_answer(), "stock_zh_index_daily_em": data_null()})
    report = fetch(store, ak)
    failed = {f.task.label: f.error for f in report.failures}
    assert (
        "akshare.index_hist_sw(801770)" in failed["801770.SI 通信 收盘"]
        and "KeyError" in failed["801770.SI 通信 收盘"]
    )
    assert ak.calls.count(("index_hist_sw", "801770")) == 1
    assert "000300.SH 沪深300 收盘" not in failed  # EastMoney's data null: Sina's history instead
    assert ak.calls.count(("stock_zh_index_daily_em", "sh000300")) == 1
    assert store.frame["code"].nunique() == 32


def test_a_ban_page_stops_the_run_and_keeps_what_came(market: pd.DataFrame) -> None:
    store = MemoryStore()
    ak = FakeAkshare(market, fail={"801770": ban_page()})
    report = fetch(store, ak)
    labels = [o.task.label for o in report.outcomes]
    banned = labels.index("801770.SI 通信 收盘")
    assert ak.calls[-1] == ("index_hist_sw", "801770")  # nothing asked after the ban page
    assert all(o.skipped for o in report.outcomes[banned + 1 :])
    assert "the source sent a page that is not data" in report.outcomes[banned].error
    stored = set(store.frame["code"])
    assert {o.task.meta["codes"][0] for o in report.outcomes[:banned]} == stored


def test_last_published_session_waits_for_the_evening() -> None:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Asia/Shanghai")
    assert last_published_session(dt.datetime(2026, 7, 3, 10, 0, tzinfo=tz)) == dt.date(2026, 7, 2)
    assert last_published_session(dt.datetime(2026, 7, 3, 18, 0, tzinfo=tz)) == dt.date(2026, 7, 3)
    assert last_published_session(dt.datetime(2026, 7, 5, 18, 0, tzinfo=tz)) == dt.date(2026, 7, 3)


@settings(max_examples=40, deadline=None)
@given(st.sets(st.integers(min_value=0, max_value=23), max_size=24))
def test_plan_asks_for_exactly_the_close_sessions_not_stored(stored_positions: set[int]) -> None:
    window = candidate_sessions(START, END)
    stored_days = [window[i] for i in sorted(stored_positions) if i < len(window)]
    stored = pd.DataFrame(
        {
            "date": pd.to_datetime(stored_days),
            "code": "801770.SI",
            "name": "通信",
            "close": 1.0,
            "pe_ttm": 2.0,
        }
    )
    tax = sw2021()
    plan = plan_fetch(FetchOptions(industries=(tax.resolve_industry("通信"),), benchmarks=()), stored, window)
    assert set(plan.closes["801770.SI"]) | set(stored_days) == set(window)
    assert not set(plan.closes["801770.SI"]) & set(stored_days)
    if stored_days:  # PE is extended at the ends only, never refetched inside first..last
        assert all(not stored_days[0] <= d <= stored_days[-1] for d in plan.pe["801770.SI"])


@pytest.mark.parametrize(
    ("industry", "as_of"), [("通信", dt.date(2026, 7, 5)), ("银行", dt.date(2026, 3, 13))]
)
def test_a_store_filled_by_fetch_builds_facts(industry: str, as_of: dt.date) -> None:
    from sectorbrief.facts.compute import compute_facts
    from sectorbrief.market import Market

    market = normalise(random_market_frame(dt.date(2022, 11, 1), END, seed=5))
    store = MemoryStore()
    report = fetch(store, FakeAkshare(market), start=None)
    assert not report.failures and report.plan.start <= dt.date(2022, 12, 1)
    tax = sw2021()
    facts = compute_facts(
        Market.from_long(store.load(), source="test"), tax.resolve_industry(industry), as_of, tax
    )
    assert facts.industry.name == industry
    assert facts.valuation.window == (2023, 2025) or list(facts.valuation.window) == [2023, 2025]
