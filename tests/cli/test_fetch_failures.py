"""`data fetch` under the real retry policy with a fake akshare that fails the way akshare fails."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app
from sectorbrief.sources import fetch as fetch_module
from sectorbrief.store import Store
from tests.conftest import random_market_frame
from tests.sources.fake_akshare import FakeAkshare, ban_page, data_null, empty_table, error_answer

ARGS = ["data", "fetch", "--start", "2026-06-01", "--end", "2026-07-03", "--industries", "通信,电子,计算机"]


@pytest.fixture(scope="module")
def market() -> pd.DataFrame:
    return random_market_frame(dt.date(2026, 5, 1), dt.date(2026, 7, 3), seed=5)


@pytest.mark.parametrize(
    ("fail", "named"),
    [
        ({"801770": error_answer()}, "akshare.index_hist_sw(801770)"),
        ({"index_analysis_daily_sw": empty_table()}, "akshare.index_analysis_daily_sw(一级行业 2026-06-22..2026-07-03)"),
        ({"801770": ban_page()}, "akshare.index_hist_sw(801770)"),
    ],
)  # fmt: skip
def test_a_failing_series_ends_quickly_with_one_line_and_exit_1(
    tmp_path: Path, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch, fail: dict, named: str
) -> None:
    path = tmp_path / "store.duckdb"
    ak = FakeAkshare(market, fail=fail | {"stock_zh_index_daily_em": data_null()}, latency=0.05)
    monkeypatch.setattr(fetch_module.ak_adapter, "import_akshare", lambda: ak)
    began = time.monotonic()
    result = CliRunner().invoke(app, [*ARGS, "--store", str(path)])
    elapsed = time.monotonic() - began
    assert result.exit_code == 1, result.output
    failed = [line for line in result.output.splitlines() if line.startswith("failed")]
    assert len(failed) == 1 and named in failed[0], result.output
    assert elapsed <= 10.0
    with Store.open(path) as store:
        assert len(store.load()) > 0  # what succeeded was kept
