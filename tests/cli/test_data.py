from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app
from sectorbrief.store import Store

runner = CliRunner(env={"COLUMNS": "200"})


def write_sample(path: Path, rows: pd.DataFrame, encoding: str = "utf-8") -> Path:
    text = rows.assign(date=rows["date"].dt.strftime("%Y%m%d"))
    text.to_csv(path, index=False, encoding=encoding)
    return path


def stored(path: Path) -> pd.DataFrame:
    with Store.open(path) as store:
        return store.load()


def test_import_then_status(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    gap = (market_rows["code"] == "801010.SI") & (market_rows["date"] == "2026-06-10")
    sample = write_sample(tmp_path / "market.csv", market_rows[~gap], encoding="gbk")
    store = tmp_path / "store.duckdb"

    first = runner.invoke(app, ["data", "import", str(sample), "--store", str(store)])
    assert first.exit_code == 0, first.output
    assert "41 rows, 3 series, 2026-06-01 to 2026-06-18" in first.stdout
    assert "41 new, 0 updated, 0 unchanged" in first.stdout

    again = runner.invoke(app, ["data", "import", str(sample), "--store", str(store)])
    assert "0 new, 0 updated, 41 unchanged" in again.stdout

    shown = runner.invoke(app, ["data", "status", "--store", str(store)])
    assert shown.exit_code == 0, shown.output
    lines = {line.split("│")[1].strip(): line for line in shown.stdout.splitlines() if line.count("│") > 2}
    assert "2026-06-10" in lines["801010.SI"]
    assert " 13 " in lines["801010.SI"] and " 1 " in lines["801010.SI"]
    assert "2026-06-01" in lines["801770.SI"] and "2026-06-18" in lines["801770.SI"]
    assert " 14 " in lines["801770.SI"] and " 0 " in lines["801770.SI"]


def test_store_defaults_to_sectorbrief_home(
    tmp_path: Path, market_rows: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECTORBRIEF_HOME", str(tmp_path / "home"))
    sample = write_sample(tmp_path / "market.csv", market_rows)
    assert runner.invoke(app, ["data", "import", str(sample)]).exit_code == 0
    assert len(stored(tmp_path / "home" / "store.duckdb")) == 42


def test_bad_file_is_one_line_exit_2_and_store_unchanged(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    store = tmp_path / "store.duckdb"
    runner.invoke(
        app, ["data", "import", str(write_sample(tmp_path / "good.csv", market_rows)), "--store", str(store)]
    )
    before = stored(store)
    bad = market_rows.assign(close=market_rows["close"] + 1).astype({"close": object})
    bad.loc[7, "close"] = "abc"
    result = runner.invoke(
        app, ["data", "import", str(write_sample(tmp_path / "bad.csv", bad)), "--store", str(store)]
    )
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"sectorbrief: error: {tmp_path / 'bad.csv'}: line 9: close is not a number (got 'abc')"
    ]
    pd.testing.assert_frame_equal(stored(store), before)


def test_bad_file_in_a_real_process_prints_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("日期,代码,名称\n2026-07-03,801770.SI,通信\n", encoding="gbk")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from sectorbrief.cli import main; main()",
            "data",
            "import",
            str(bad),
            "--store",
            str(tmp_path / "store.duckdb"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert "missing required column close" in done.stderr


def test_status_without_a_store_creates_nothing(tmp_path: Path) -> None:
    result = runner.invoke(app, ["data", "status", "--store", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 0
    assert "No market store" in result.stdout
    assert not (tmp_path / "none.duckdb").exists()


def test_corrupt_store_exits_2(tmp_path: Path) -> None:
    store = tmp_path / "store.duckdb"
    store.write_bytes(b"garbage" * 1000)
    result = runner.invoke(app, ["data", "status", "--store", str(store)])
    assert result.exit_code == 2
    assert str(store) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_status_warns_about_early_stops_gaps_and_pe_jumps(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    rows = market_rows.copy()
    early = (rows["code"] == "801770.SI") & (rows["date"] > "2026-06-15")
    gap = (rows["code"] == "801010.SI") & (rows["date"] == "2026-06-10")
    rows.loc[(rows["code"] == "801010.SI") & (rows["date"] == "2026-06-12"), "pe_ttm"] *= 5
    sample = write_sample(tmp_path / "market.csv", rows[~early & ~gap])
    store = tmp_path / "store.duckdb"
    assert runner.invoke(app, ["data", "import", str(sample), "--store", str(store)]).exit_code == 0
    shown = runner.invoke(app, ["data", "status", "--store", str(store)])
    warnings = [line for line in shown.stdout.splitlines() if line.startswith("Warning:")]
    assert any("801770.SI 通信 stops on 2026-06-15" in w for w in warnings)
    assert any("801010.SI 农林牧渔 misses 1 trading session (first 2026-06-10)" in w for w in warnings)
    assert any("801010.SI 农林牧渔 PE-TTM jumps x" in w and "2026-06-12" in w for w in warnings)


def test_a_csv_given_as_the_store_is_refused_and_untouched(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    sample = write_sample(tmp_path / "prices.csv", market_rows)
    before = sample.read_bytes()
    for args in (
        ["data", "import", str(sample), "--store", str(sample)],
        ["data", "status", "--store", str(sample)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "not a market store" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert sample.read_bytes() == before


def test_a_store_of_another_schema_is_one_line_exit_2(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    import duckdb

    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as other:
        other.execute("CREATE TABLE prices (a INTEGER)")
    sample = write_sample(tmp_path / "m.csv", market_rows)
    for args in (
        ["data", "import", str(sample), "--store", str(path)],
        ["data", "status", "--store", str(path)],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and "not a sectorbrief market store" in result.stderr


def test_import_merges_several_files(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    closes = write_sample(tmp_path / "closes.csv", market_rows.assign(pe_ttm=float("nan")))
    pe = tmp_path / "pe.csv"
    pe.write_text("日期,通信(801770.SI)\n2026/06/18,-12.5\n", encoding="gb18030")
    store = tmp_path / "store.duckdb"
    result = runner.invoke(app, ["data", "import", str(closes), str(pe), "--store", str(store)])
    assert result.exit_code == 0, result.output
    frame = stored(store)
    assert (
        frame.loc[(frame["code"] == "801770.SI") & (frame["date"] == "2026-06-18"), "pe_ttm"].item() == -12.5
    )
