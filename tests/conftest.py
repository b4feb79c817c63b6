"""Shared fixtures: a small synthetic market built from the XSHG calendar, independent of the demo data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np
import pandas as pd
import pytest

from sectorbrief.calendar import trading_sessions
from sectorbrief.market import Market
from sectorbrief.pipeline import BuildResult
from sectorbrief.taxonomy import sw2021


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
def patched_market(small_market: Market) -> Iterator[Market]:
    """Make the pipeline load the small synthetic market instead of the bundled demo."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sectorbrief.pipeline.load_market", lambda options: small_market)
        yield small_market


@pytest.fixture(scope="session")
def built_report(patched_market: Market, tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The full report, all four formats, built once per test session from the small market."""
    from sectorbrief.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("report") / "out"
    return build(BuildOptions(out=out))
