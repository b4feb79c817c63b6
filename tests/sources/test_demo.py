"""The bundled synthetic demo market: golden demo-week figures, shape, realism, determinism."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import exchange_calendars as xcals
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sectorbrief.market import COLUMNS
from sectorbrief.sources.demo import DEMO_SOURCE, demo_market, load_demo_market
from sectorbrief.taxonomy import sw2021

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "make_demo_market.py"
TONGXIN, HS300, CHINEXT = "801770.SI", "000300.SH", "399006.SZ"
END, WEEK_BASE, YEAR_BASE = pd.Timestamp("2026-07-03"), pd.Timestamp("2026-06-26"), pd.Timestamp("2025-12-31")
ANCHOR_DAYS = [
    "2025-12-31",
    "2026-01-05",
    "2026-06-26",
    "2026-06-29",
    "2026-06-30",
    "2026-07-01",
    "2026-07-02",
    "2026-07-03",
]


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return load_demo_market()


@pytest.fixture(scope="module")
def closes(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.pivot(index="date", columns="code", values="close")


@pytest.fixture(scope="module")
def pe(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.pivot(index="date", columns="code", values="pe_ttm")


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_demo_market", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_demo_market"] = module
    spec.loader.exec_module(module)
    return module


def pct(closes: pd.DataFrame, base: pd.Timestamp) -> pd.Series:
    return (closes.loc[END] / closes.loc[base] - 1.0) * 100.0


def industries(series: pd.Series) -> pd.Series:
    return series[list(sw2021().industry_codes)]


@pytest.mark.parametrize(
    ("code", "weekly", "ytd"),
    [
        (TONGXIN, -9.1749, 54.5045),
        (HS300, -0.5351, 4.5820),
        (CHINEXT, -4.1551, 25.4955),
    ],
)
def test_demo_week_returns_are_the_seed_figures(
    closes: pd.DataFrame, code: str, weekly: float, ytd: float
) -> None:
    assert pct(closes, WEEK_BASE)[code] == pytest.approx(weekly, abs=1e-9)
    assert pct(closes, YEAR_BASE)[code] == pytest.approx(ytd, abs=1e-9)


def test_tongxin_is_last_for_the_week_without_ties(closes: pd.DataFrame) -> None:
    weekly = industries(pct(closes, WEEK_BASE))
    assert weekly.nunique() == 31
    assert (weekly.drop(TONGXIN) > weekly[TONGXIN]).all()
    assert weekly.rank(ascending=False)[TONGXIN] == 31


def test_tongxin_is_second_ytd_behind_electronics(closes: pd.DataFrame) -> None:
    ytd = industries(pct(closes, YEAR_BASE))
    assert ytd.nunique() == 31
    assert list(ytd[ytd > ytd[TONGXIN]].index) == ["801080.SI"]
    assert ytd.rank(ascending=False)[TONGXIN] == 2


def test_tongxin_valuation_figures(pe: pd.DataFrame) -> None:
    window = pe.index.year.isin([2023, 2024, 2025])
    assert pe.loc[END, TONGXIN] == pytest.approx(34.4812, abs=1e-9)
    assert pe.loc[window, TONGXIN].mean() == pytest.approx(22.0131, abs=1e-9)


def test_columns_rows_and_names(frame: pd.DataFrame) -> None:
    calendar = xcals.get_calendar("XSHG", start="2018-01-02")
    sessions = calendar.sessions_in_range("2019-01-02", "2026-07-03")
    taxonomy = sw2021()
    assert list(frame.columns) == COLUMNS
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert len(frame) == len(sessions) * 33
    assert sorted(frame["date"].unique()) == list(sessions.tz_localize(None))
    names = frame.drop_duplicates("code").set_index("code")["name"]
    assert {code: names[code] for code in names.index} == {
        i.code: i.name for i in (*taxonomy.industries, *taxonomy.benchmarks)
    }


def test_closes_complete_and_positive(frame: pd.DataFrame) -> None:
    assert frame["close"].notna().all()
    assert (frame["close"] > 0).all()


def test_pe_positive_for_industries_nan_for_benchmarks(frame: pd.DataFrame) -> None:
    is_benchmark = frame["code"].isin(sw2021().benchmark_codes)
    assert frame.loc[is_benchmark, "pe_ttm"].isna().all()
    assert (frame.loc[~is_benchmark, "pe_ttm"] > 0).all()


@pytest.mark.parametrize(
    ("code", "low", "high"),
    [
        ("801780.SI", 4, 10),
        ("801950.SI", 5, 20),
        ("801120.SI", 12, 50),
        ("801750.SI", 30, 100),
    ],
)
def test_pe_levels_are_industry_typical(pe: pd.DataFrame, code: str, low: float, high: float) -> None:
    assert low < pe[code].min() and pe[code].max() < high


def test_no_daily_jump_anywhere(closes: pd.DataFrame) -> None:
    moves = np.log(closes).diff().dropna()
    assert moves.abs().max().max() < 0.08


def test_anchor_sessions_are_not_outliers(closes: pd.DataFrame) -> None:
    moves = np.log(closes).diff()
    for day in ANCHOR_DAYS:
        at = moves.index.get_loc(pd.Timestamp(day))
        local = moves.iloc[at - 60 : at].std()
        ratio = moves.iloc[at].abs() / local
        assert (ratio < 4).all(), f"{day}: {ratio.idxmax()} moves {ratio.max():.1f} local sd"


def test_tongxin_week_is_spread_over_its_sessions(closes: pd.DataFrame) -> None:
    week = np.log(closes[TONGXIN]).diff().loc["2026-06-29":"2026-07-03"]
    assert len(week) == 5
    assert (week < 0).sum() >= 3 and week.min() > -0.06


def test_earnings_move_smoothly(closes: pd.DataFrame, pe: pd.DataFrame) -> None:
    codes = list(sw2021().industry_codes)
    eps_moves = np.log(closes[codes] / pe[codes]).diff().dropna()
    assert eps_moves.abs().max().max() < 0.02


def test_demo_is_labelled_synthetic() -> None:
    market = demo_market()
    assert "合成" in DEMO_SOURCE and "非真实" in DEMO_SOURCE
    assert market.synthetic and market.source == DEMO_SOURCE
    assert market.closes.shape == (market.pe_ttm.shape[0], 33)


def test_generator_is_deterministic_and_matches_the_bundled_file(
    generator: ModuleType, tmp_path: Path, frame: pd.DataFrame
) -> None:
    first, second = tmp_path / "a.parquet", tmp_path / "b.parquet"
    generator.write_parquet(generator.build_frame(), first)
    generator.write_parquet(generator.build_frame(), second)
    assert first.read_bytes() == second.read_bytes()
    assert first.stat().st_size < 3_000_000
    pd.testing.assert_frame_equal(
        pd.read_parquet(first), frame, check_exact=False, rtol=1e-12, check_dtype=False
    )


@settings(max_examples=50, deadline=None)
@given(
    steps=st.lists(st.floats(-0.1, 0.1), min_size=10, max_size=40),
    cut=st.integers(1, 8),
    target=st.floats(-1, 1),
    start=st.floats(-1, 1),
)
def test_bridge_hits_its_anchors_and_only_shifts_each_segment(
    generator: ModuleType, steps: list[float], cut: int, target: float, start: float
) -> None:
    raw = np.array(steps)
    last = len(raw) - 1
    level = generator.bridge(raw, [(0, start), (cut, target), (last, 0.0)])
    assert level[0] == pytest.approx(start) and level[cut] == pytest.approx(target)
    assert level[last] == pytest.approx(0.0, abs=1e-12)
    shift = np.diff(level) - raw[1:]
    assert np.ptp(shift[:cut]) < 1e-12 and np.ptp(shift[cut:]) < 1e-12
