"""`sectorbrief ratings verify`: the JSON contract, CSV and text output, the chart, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app
from tests.ratings.sample import RATINGS, write_ratings

runner = CliRunner()


@pytest.fixture
def ratings_csv(tmp_path: Path) -> Path:
    return write_ratings(tmp_path / "ratings.csv")


ROW_KEYS = ["date", "industry", "rating", "base_session", "end_session"]  # the contract, spelt out
ROW_KEYS += ["industry_pct", "benchmark_pct", "relative_pp", "verdict"]


def verify(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["ratings", "verify", *args])
    return result.exit_code, result.output


def test_json_contract(ratings_csv: Path) -> None:
    code, output = verify(str(ratings_csv), "--format", "json")
    assert code == 0, output
    data = json.loads(output)
    assert set(data) == {"rows", "summary"} and len(data["rows"]) == len(RATINGS)
    assert all(list(row) == ROW_KEYS for row in data["rows"])
    assert {row["verdict"] for row in data["rows"]} == {"hit", "miss", "pending"}
    first = data["rows"][0]
    assert first["date"] == "2019-03-01" and first["industry"] == "801770.SI"
    assert first["relative_pp"] == first["industry_pct"] - first["benchmark_pct"]
    summary = data["summary"]
    assert {"total", "by_rating", "by_industry", "rules", "data"} <= set(summary)
    assert summary["total"]["count"] == len(RATINGS)
    assert summary["rules"][0]["horizon_months"] == 6


def test_csv_text_and_chart(ratings_csv: Path, tmp_path: Path) -> None:
    code, output = verify(str(ratings_csv), "--format", "csv")
    assert code == 0 and output.splitlines()[0] == ",".join(ROW_KEYS)
    assert len(output.splitlines()) == len(RATINGS) + 1
    chart = tmp_path / "record.svg"
    code, output = verify(str(ratings_csv), "--chart", str(chart))
    assert code == 0, output
    assert "按评级" in output and "强于大市" in output and "待定" in output
    assert chart.read_text(encoding="utf-8").startswith("<?xml")


def test_a_house_style_changes_the_horizon(ratings_csv: Path, tmp_path: Path) -> None:
    style = tmp_path / "style.yaml"
    style.write_text("rating_rules:\n  horizon_months: 12\n", encoding="utf-8")
    code, output = verify(str(ratings_csv), "--format", "json", "--config", str(style))
    assert code == 0, output
    assert json.loads(output)["rows"][0]["end_session"] == "2020-02-28"  # 2020-03-01 is a Sunday


def test_a_bad_row_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "date,industry,rating\n2026-01-05,通信,强于大市\n2026-01-06,通信,增持\n", encoding="utf-8"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "sectorbrief", "ratings", "verify", str(path)], capture_output=True, text=True
    )
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    assert f"{path} line 3, field rating: '增持'" in lines[0]


def test_a_bad_house_style_exits_2(ratings_csv: Path, tmp_path: Path) -> None:
    style = tmp_path / "style.yaml"
    style.write_text("rating_rules:\n  benchmark: 上证50\n  outperform_pp: -20\n", encoding="utf-8")
    code, output = verify(str(ratings_csv), "--config", str(style))
    assert code == 2
    assert "rating_rules.benchmark" in output and "rating_rules: Value error" not in output


def test_ratings_against_a_market_file(small_frame: pd.DataFrame, tmp_path: Path) -> None:
    market = tmp_path / "market.csv"
    small_frame.assign(date=small_frame["date"].dt.strftime("%Y-%m-%d")).to_csv(market, index=False)
    path = tmp_path / "ratings.csv"
    path.write_text("date,industry,rating\n2025-08-31,通信,强于大市\n", encoding="utf-8")
    code, output = verify(str(path), "--data", str(market), "--format", "json")
    assert code == 0, output
    row = json.loads(output)["rows"][0]
    closes = small_frame.pivot(index="date", columns="code", values="close")
    base, end = pd.Timestamp("2025-08-29"), pd.Timestamp("2026-02-27")
    industry = (closes.at[end, "801770.SI"] / closes.at[base, "801770.SI"] - 1) * 100
    bench = (closes.at[end, "000300.SH"] / closes.at[base, "000300.SH"] - 1) * 100
    assert row["relative_pp"] == pytest.approx(industry - bench, abs=1e-6)
    assert json.loads(output)["summary"]["data"]["source"] == "文件 market.csv"
