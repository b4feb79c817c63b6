"""The demo report against the previous week: the rank move in words, last week's figures in facts.json,
and the rating it carries with its promise."""

from __future__ import annotations

import json

import pytest

from sectorbrief.pipeline import BuildResult


def test_the_market_review_says_how_the_rank_moved(built_report: BuildResult) -> None:
    text = (built_report.out / "report.md").read_text(encoding="utf-8")
    # The seed's sentence is unchanged up to its rank; one clause is added after it.
    assert (
        "分别跑输沪深300和创业板指8.64和5.02个百分点，在申万31个一级行业中排名第31位，排名较上周下降30位。"
        in text
    )
    assert "排名第2位，排名较上周" not in text  # the YTD sentences carry no week-over-week clause


def test_facts_carry_the_previous_week_and_the_rating(built_report: BuildResult) -> None:
    facts = json.loads((built_report.out / "facts.json").read_text(encoding="utf-8"))
    previous = facts["previous_week"]
    assert previous["sessions"] == ["2026-06-22", "2026-06-23", "2026-06-24", "2026-06-25", "2026-06-26"]
    assert previous["base_session"] == "2026-06-18" and previous["end_session"] == "2026-06-26"
    assert previous["rank"] == 1 and previous["universe"] == 31
    assert previous["industry_pct"] == pytest.approx(8.883, abs=1e-3)
    assert previous["pe_ttm"] == pytest.approx(38.156, abs=1e-3)
    assert facts["rating"] == {
        "rating": "同步大市",
        "change": "维持",
        "date": "2026-07-06",
        "horizon_months": 6,
        "benchmark": "沪深300",
        "benchmark_code": "000300.SH",
        "outperform_pp": 10.0,
        "underperform_pp": -10.0,
    }
