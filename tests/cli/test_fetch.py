"""`data fetch` end to end on akshare-shaped fixtures: exit codes and one-line errors."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

import pandas as pd
import pytest
import typer
from typer.testing import CliRunner

from sectorbrief.cli.fetch import fetch
from sectorbrief.sources import fetch as fetch_module
from sectorbrief.sources.retry import Policy, Runner
from tests.conftest import random_market_frame
from tests.sources.fake_akshare import FakeAkshare
from tests.sources.test_fetch import MemoryStore

ARGS = ["--start", "2026-06-01", "--end", "2026-07-03"]


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> MemoryStore:
    memory = MemoryStore()

    @contextmanager
    def open_store(path=None) -> Iterator[MemoryStore]:
        yield memory

    monkeypatch.setitem(sys.modules, "sectorbrief.store", SimpleNamespace(Store=SimpleNamespace(open=open_store)))
    quick = Policy(min_interval=0.0, backoff=0.0)
    monkeypatch.setattr(fetch_module, "Runner", lambda: Runner(quick, sleep=lambda _: None))
    return memory


def run(args: list[str], ak: object, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(fetch_module.ak_adapter, "import_akshare", lambda: ak)
    app = typer.Typer()
    app.command()(fetch)
    app.callback()(lambda: None)
    return CliRunner().invoke(app, ["fetch", *args])


@pytest.fixture(scope="module")
def market() -> pd.DataFrame:
    return random_market_frame(dt.date(2026, 5, 1), dt.date(2026, 7, 3), seed=3)


def test_fetch_then_fetch_again(store: MemoryStore, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    first = run(ARGS, FakeAkshare(market), monkeypatch)
    assert first.exit_code == 0, first.output
    assert "rows stored" in first.output and "inserted" in first.output
    second = run(ARGS, FakeAkshare(market), monkeypatch)
    assert second.exit_code == 0 and "store up to date" in second.output


def test_one_failing_symbol_exits_1_naming_it(
    store: MemoryStore, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    ak = FakeAkshare(market, fail={"801770": ConnectionError("Remote end closed connection")})
    result = run(ARGS, ak, monkeypatch)
    assert result.exit_code == 1
    assert "failed 801770.SI 通信 收盘" in result.output
    assert store.frame["code"].nunique() == 32


def test_offline_is_one_line_and_exit_2(store: MemoryStore, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    down = ConnectionError("Failed to resolve 'www.swsresearch.com'")
    names = ("index_hist_sw", "index_analysis_daily_sw", "index_zh_a_hist", "stock_zh_index_daily")
    result = run(ARGS, FakeAkshare(market, fail=dict.fromkeys(names, down)), monkeypatch)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("sectorbrief: error: cannot reach akshare's data sources")
    assert "Traceback" not in result.output and store.sources == []


def test_without_akshare_exit_2_with_install_hint(store: MemoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise ImportError(name)

    monkeypatch.setattr(fetch_module.ak_adapter.importlib, "import_module", missing)
    app = typer.Typer()
    app.command()(fetch)
    app.callback()(lambda: None)
    result = CliRunner().invoke(app, ["fetch", *ARGS])
    assert result.exit_code == 2
    assert "pip install 'sectorbrief[live]'" in result.output


def test_bad_options_exit_2(store: MemoryStore, market: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(["--industries", "通讯"], FakeAkshare(market), monkeypatch).exit_code == 2
    assert run(["--start", "2026-13-01"], FakeAkshare(market), monkeypatch).exit_code == 2
    result = run(["--start", "2026-07-03", "--end", "2026-06-01"], FakeAkshare(market), monkeypatch)
    assert result.exit_code == 2 and "after --end" in result.output
