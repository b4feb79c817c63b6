"""`build` on real-world data inputs: several --data files, a loss-making industry, a missing store, a full disk."""

from __future__ import annotations

import datetime as dt
import errno
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app
from sectorbrief.market import normalise
from sectorbrief.pipeline import stages
from tests.conftest import random_market_frame
from tests.sources.test_wide import write_ifind_csv

runner = CliRunner()


def loss_making_market() -> pd.DataFrame:
    """A market whose 通信 PE-TTM turns negative in 2026, to two and four decimals as terminals give them."""
    frame = normalise(random_market_frame(dt.date(2022, 12, 1), dt.date(2026, 7, 3), seed=9))
    turns = (frame["code"] == "801770.SI") & (frame["date"] >= "2026-03-02")
    pe = frame["pe_ttm"].where(~turns, -frame["pe_ttm"])
    return frame.assign(close=frame["close"].round(2), pe_ttm=pe.round(4))


def test_two_wide_files_build_a_report_that_says_the_industry_is_loss_making(tmp_path: Path) -> None:
    market = loss_making_market()
    close = write_ifind_csv(market, "close", tmp_path / "close.csv")
    pe = write_ifind_csv(market, "pe_ttm", tmp_path / "pe.csv")
    out = tmp_path / "out"
    args = ["build", "--as-of", "2026-07-03", "--data", str(close), "--data", str(pe), "--out", str(out)]
    result = runner.invoke(app, [*args, "--formats", "md"])
    assert result.exit_code == 0, result.output
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "PE-TTM为负，行业整体处于亏损状态" in report and "行业整体亏损" in report
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    assert facts["valuation"]["loss_making"] is True and facts["valuation"]["pe_ttm"] < 0
    assert (
        "close.csv" in facts["provenance"]["data_source"] and "pe.csv" in facts["provenance"]["data_source"]
    )


def test_build_from_a_missing_store_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    store = tmp_path / "none.duckdb"
    result = runner.invoke(
        app, ["build", "--data", "store", "--store", str(store), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"sectorbrief: error: {store}: no market store there yet; add data with `sectorbrief data import FILE` "
        "or `sectorbrief data fetch`"
    ]
    assert not store.exists() and not (tmp_path / "o").exists()


def test_build_from_an_empty_store_says_so(tmp_path: Path) -> None:
    from sectorbrief.store import Store

    store = tmp_path / "empty.duckdb"
    Store.open(store).close()
    result = runner.invoke(
        app, ["build", "--data", "store", "--store", str(store), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 2 and "holds no rows yet" in result.stderr


def test_store_and_files_cannot_be_mixed(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "--data", "store", "--data", "x.csv", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "cannot be combined" in result.stderr


def test_a_full_disk_during_build_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(folder: Path, files: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(folder / "facts.json"))

    monkeypatch.setattr(stages, "write_files", full)
    result = runner.invoke(app, ["build", "--formats", "md", "--out", str(tmp_path / "o")])
    assert result.exit_code == 2, result.output
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("sectorbrief: error: --out ") and "no space left" in line
