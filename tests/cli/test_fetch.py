"""`sectorbrief data fetch` end to end on akshare-shaped fixtures and a real store file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app
from sectorbrief.sources import fetch as fetch_module
from sectorbrief.sources.retry import Policy, Runner
from sectorbrief.store import Store
from tests.conftest import random_market_frame
from tests.sources.fake_akshare import FakeAkshare

SW_AND_BENCHMARK_FUNCTIONS = (
    "index_hist_sw",
    "index_analysis_daily_sw",
    "index_analysis_week_month_sw",
    "index_analysis_weekly_sw",
    "stock_zh_index_daily_em",
    "stock_zh_index_daily",
)


@pytest.fixture(autouse=True)
def quick_runner(monkeypatch: pytest.MonkeyPatch) -> None:
    quick = Policy(min_interval=0.0, backoff=0.0)
    monkeypatch.setattr(fetch_module, "Runner", lambda: Runner(quick, sleep=lambda _: None))


@pytest.fixture(scope="module")
def market() -> pd.DataFrame:
    return random_market_frame(dt.date(2022, 11, 1), dt.date(2026, 7, 3), seed=3)


def run(args: list[str], ak: object, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fetch_module.ak_adapter, "import_akshare", lambda: ak)
    return CliRunner().invoke(app, args)


def fetch_args(store: Path, start: str = "2026-06-01", end: str = "2026-07-03") -> list[str]:
    return ["data", "fetch", "--start", start, "--end", end, "--store", str(store)]


def test_fetch_fills_then_a_second_fetch_is_a_no_op(
    tmp_path: Path, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.duckdb"
    first = run(fetch_args(path), FakeAkshare(market), monkeypatch)
    assert first.exit_code == 0, first.output
    assert "rows stored" in first.output and "inserted 792" in first.output  # 33 series x 24 sessions
    with Store.open(path) as store:
        before = store.load()
        log = store.imports()
    assert "index_analysis_daily_sw" in log["source"].iloc[0] and "市盈率" in log["source"].iloc[0]
    ak = FakeAkshare(market)
    second = run(fetch_args(path), ak, monkeypatch)
    assert second.exit_code == 0 and "store up to date" in second.output and ak.calls == []
    with Store.open(path) as store:
        pd.testing.assert_frame_equal(store.load(), before)
    status = CliRunner().invoke(app, ["data", "status", "--store", str(path)])
    assert status.exit_code == 0 and "801770.SI" in status.output


def test_one_failing_symbol_exits_1_naming_it(
    tmp_path: Path, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.duckdb"
    ak = FakeAkshare(market, fail={"801770": ConnectionError("Remote end closed connection")})
    result = run(fetch_args(path), ak, monkeypatch)
    assert result.exit_code == 1
    assert "failed 801770.SI 通信 收盘" in result.output
    with Store.open(path) as store:
        assert store.load()["code"].nunique() == 32


def test_a_renamed_column_is_named(
    tmp_path: Path, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    ak = FakeAkshare(market, rename={"index_hist_sw": {"收盘": "收盘价"}})
    result = run(
        [*fetch_args(tmp_path / "s.duckdb"), "--industries", "通信", "--no-benchmarks"], ak, monkeypatch
    )
    assert result.exit_code != 0
    assert "missing column(s) '收盘'" in result.output and "'收盘价'" in result.output


def test_offline_is_one_line_exit_2_and_the_store_unchanged(
    tmp_path: Path, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.duckdb"
    assert run(fetch_args(path, end="2026-06-26"), FakeAkshare(market), monkeypatch).exit_code == 0
    with Store.open(path) as store:
        before = store.load()
    down = ConnectionError("Failed to resolve 'www.swsresearch.com'")
    result = run(
        fetch_args(path),
        FakeAkshare(market, fail=dict.fromkeys(SW_AND_BENCHMARK_FUNCTIONS, down)),
        monkeypatch,
    )
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("sectorbrief: error: cannot reach akshare's data sources")
    with Store.open(path) as store:
        pd.testing.assert_frame_equal(store.load(), before)
        assert len(store.imports()) == 1


def test_without_akshare_exit_2_with_install_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise ImportError(name)

    monkeypatch.setattr(fetch_module.ak_adapter.importlib, "import_module", missing)
    result = CliRunner().invoke(app, fetch_args(tmp_path / "s.duckdb"))
    assert result.exit_code == 2
    assert "pip install 'sectorbrief[live]'" in result.output


def test_bad_options_exit_2(tmp_path: Path, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.duckdb"
    assert run([*fetch_args(path), "--industries", "通讯"], FakeAkshare(market), monkeypatch).exit_code == 2
    assert run(fetch_args(path, start="2026-13-01"), FakeAkshare(market), monkeypatch).exit_code == 2
    result = run(fetch_args(path, start="2026-07-03", end="2026-06-01"), FakeAkshare(market), monkeypatch)
    assert result.exit_code == 2 and "after --end" in result.output


@pytest.mark.parametrize(("industry", "as_of"), [("通信", "2026-07-05"), ("食品饮料", "2026-02-13")])
def test_build_on_a_fetched_store(
    tmp_path: Path, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch, industry: str, as_of: str
) -> None:
    path = tmp_path / "store.duckdb"
    fetched = run(
        ["data", "fetch", "--end", "2026-07-03", "--store", str(path)], FakeAkshare(market), monkeypatch
    )
    assert fetched.exit_code == 0, fetched.output
    out = tmp_path / "out"
    args = [
        "build",
        "--industry",
        industry,
        "--as-of",
        as_of,
        "--data",
        "store",
        "--store",
        str(path),
        "--out",
        str(out),
    ]
    built = CliRunner().invoke(app, args)
    assert built.exit_code == 0, built.output
    assert (out / "facts.json").exists() and industry in (out / "report.md").read_text(encoding="utf-8")
