"""The report's market figures against a market frame built here (the demo week's numbers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from sectorbrief.check import check_paragraphs
from sectorbrief.check.claims import split_sentences
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules.data import infer_as_of
from tests.check.frames import demo_frame


def _check(text: str, frame: pd.DataFrame) -> list[str]:
    report = check_paragraphs(read_plain(text), name="r.md", data=frame)
    return [f.message for f in report.findings if f.kind == "data"]


def test_demo_report_agrees_with_its_data(demo_text: str) -> None:
    assert _check(demo_text, demo_frame()) == []


def test_a_changed_close_is_reported_on_return_excess_and_rank(demo_text: str) -> None:
    messages = _check(demo_text, demo_frame(telecom_end=1100.0))
    assert any("weekly return printed -9.17%" in m for m in messages)
    assert any("excess over 沪深300" in m for m in messages)
    assert any("ytd rank printed 2" in m for m in messages)


def test_a_misprinted_pe_and_mean_are_reported(demo_text: str) -> None:
    text = demo_text.replace("PE-TTM为34.48倍", "PE-TTM为35.48倍").replace("均值22.01倍", "均值23.01倍")
    messages = _check(text, demo_frame())
    assert sum("PE-TTM printed 35.48" in m for m in messages) == 2
    assert sum("mean 2023-2025 printed 23.01" in m for m in messages) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026年07月06日\n\n上周沪深300下跌0.54%。", dt.date(2026, 7, 5)),
        ("2026年07月06日\n\n2026年初至7月5日，沪深300上涨4.58%。", dt.date(2026, 7, 5)),
        ("截至2026年3月31日，沪深300上涨1.00%。", dt.date(2026, 3, 31)),
        ("沪深300上涨1.00%。", None),
    ],
)
def test_as_of_is_read_from_the_text(text: str, expected: dt.date | None) -> None:
    assert infer_as_of(split_sentences(read_plain(text))) == expected


def test_missing_date_or_session_is_a_warning_not_silence(demo_text: str) -> None:
    report = check_paragraphs(read_plain("本周申万电子指数上涨3.21%。"), name="r.md", data=demo_frame())
    assert [(f.severity, f.kind) for f in report.findings] == [("warning", "data")]
    late = demo_text.replace("2026年初至7月5日", "2026年初至7月12日")
    report = check_paragraphs(read_plain(late), name="r.md", data=demo_frame())
    assert any("no closes for 2026-07-10" in f.message for f in report.findings)


def _bundled_market() -> pd.DataFrame:
    path = Path(__file__).resolve().parents[3] / "src" / "sectorbrief" / "data" / "demo_market.parquet"
    try:
        from sectorbrief.sources.files import read_market_file
    except ImportError:
        pytest.skip("sectorbrief.sources.files is not on this branch")
    if not path.is_file():
        pytest.skip("no bundled demo market")
    return read_market_file(path)


def test_the_bundled_demo_market_agrees_with_the_demo_report(demo_text: str) -> None:
    market = _bundled_market()
    assert _check(demo_text, market) == []
    valuation = "PE-TTM为34.48倍，高于2023-2025年PE-TTM均值22.01倍，高于该区间99.31%的交易日。"
    text = f"2026年初至7月3日，申万通信行业2026年7月3日{valuation}"
    assert _check(text, market) == []
    assert [
        "PE-TTM percentile printed 98.31%" in m for m in _check(text.replace("99.31", "98.31"), market)
    ] == [True]
