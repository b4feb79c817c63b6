"""Shared fixtures: a small synthetic market built from the XSHG calendar, independent of the demo data."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import settings

from sectorbrief.calendar import trading_sessions
from sectorbrief.market import Market, normalise
from sectorbrief.news import Digest, load_digest
from sectorbrief.pipeline import BuildResult
from sectorbrief.taxonomy import sw2021

# Speed is measured by tests of its own (tests/check/test_limits.py, the 100-excerpt test); a property's
# per-example deadline only fails under a busy machine (a 200 ms default, 439 ms seen with 2 cores shared).
settings.register_profile("sectorbrief", deadline=None)
settings.load_profile("sectorbrief")


def pytest_configure(config: pytest.Config) -> None:
    """Keep caches and the default store of every test (and CLI subprocess) out of the real home."""
    os.environ["SECTORBRIEF_HOME"] = tempfile.mkdtemp(prefix="sectorbrief-home-")


def random_market_frame(first: dt.date, last: dt.date, seed: int = 7) -> pd.DataFrame:
    """Random-walk closes and PE-TTM for the 31 industries and the two benchmarks, long format."""
    rng = np.random.default_rng(seed)
    tax = sw2021()
    days = [d for d in trading_sessions([]).days if first <= d <= last]
    frames = []
    for i, index in enumerate((*tax.industries, *tax.benchmarks)):
        steps = rng.normal(0.0003, 0.015, len(days))
        close = 1000.0 * (1 + i / 10) * np.exp(np.cumsum(steps))
        pe = np.full(len(days), np.nan) if index in tax.benchmarks else close / (50.0 + i)
        frames.append(
            pd.DataFrame(
                {
                    "date": pd.to_datetime(days),
                    "code": index.code,
                    "name": index.name,
                    "close": close,
                    "pe_ttm": pe,
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


@pytest.fixture(scope="session")
def small_frame() -> pd.DataFrame:
    return random_market_frame(dt.date(2022, 12, 1), dt.date(2026, 7, 3))


@pytest.fixture(scope="session")
def small_market(small_frame: pd.DataFrame) -> Market:
    return Market.from_long(small_frame, source="test market")


@pytest.fixture(scope="session")
def built_report(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The demo report, all four formats, built once per test session."""
    from sectorbrief.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("report") / "out"
    return build(BuildOptions(out=out))


SAMPLE_SERIES = {"801770.SI": "通信", "801010.SI": "农林牧渔", "000300.SH": "沪深300"}
SAMPLE_DAYS = pd.bdate_range("2026-06-01", "2026-06-18")  # 14 weekdays, all XSHG sessions


def sample_market() -> pd.DataFrame:
    """Three series over three weeks, normalised: closes with two decimals, no PE-TTM for the benchmark."""
    rng = np.random.default_rng(7)
    codes = list(SAMPLE_SERIES)
    frame = pd.DataFrame(
        {"date": np.repeat(SAMPLE_DAYS, len(codes)), "code": np.tile(codes, len(SAMPLE_DAYS))}
    )
    frame["name"] = frame["code"].map(SAMPLE_SERIES)
    frame["close"] = np.round(rng.uniform(1000, 5000, len(frame)), 2)
    frame["pe_ttm"] = np.round(rng.uniform(10, 40, len(frame)), 4)
    frame.loc[frame["code"] == "000300.SH", "pe_ttm"] = np.nan
    return normalise(frame)


@pytest.fixture
def market_rows() -> pd.DataFrame:
    """A fresh copy of ``sample_market()`` for each test (tests may change it)."""
    return sample_market()


@pytest.fixture(scope="session")
def demo_news() -> Path:
    return Path(str(resources.files("sectorbrief.data").joinpath("demo_news.jsonl")))


@pytest.fixture(scope="session")
def demo_digest(demo_news: Path) -> Digest:
    return load_digest(demo_news, "801770.SI")
