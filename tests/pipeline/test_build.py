"""Golden tests for the demo week: the reference report's figures, reproduced exactly."""

import datetime as dt
import json
from pathlib import Path

import pytest

from sectorbrief.facts import Facts
from sectorbrief.narrative.format import num
from sectorbrief.pipeline import BuildOptions, build


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    build(BuildOptions(out=out, formats=("md",)))
    return out


def test_demo_facts_reproduce_the_reference_week(demo: Path) -> None:
    facts = json.loads((demo / "facts.json").read_text(encoding="utf-8"))
    assert facts["schema"] == "sectorbrief.facts/1"
    assert facts["industry"] == {"code": "801770.SI", "name": "通信"}
    assert (facts["as_of"], facts["end_session"]) == ("2026-07-05", "2026-07-03")
    week, ytd = facts["periods"]["weekly"], facts["periods"]["ytd"]
    assert week["base_session"] == "2026-06-26" and len(week["sessions"]) == 5
    assert ytd["base_session"] == "2025-12-31"
    printed = {
        "week": [
            num(week["benchmarks_pct"]["沪深300"]),
            num(week["benchmarks_pct"]["创业板指"]),
            num(week["industry_pct"]),
        ],
        "week_pp": [num(week["excess_pp"]["沪深300"]), num(week["excess_pp"]["创业板指"])],
        "ytd": [
            num(ytd["benchmarks_pct"]["沪深300"]),
            num(ytd["benchmarks_pct"]["创业板指"]),
            num(ytd["industry_pct"]),
        ],
        "ytd_pp": [num(ytd["excess_pp"]["沪深300"]), num(ytd["excess_pp"]["创业板指"])],
        "pe": [num(facts["valuation"]["pe_ttm"]), num(facts["valuation"]["window_mean"])],
    }
    assert printed == {
        "week": ["-0.54", "-4.16", "-9.17"],
        "week_pp": ["-8.64", "-5.02"],
        "ytd": ["4.58", "25.50", "54.50"],
        "ytd_pp": ["49.92", "29.01"],
        "pe": ["34.48", "22.01"],
    }
    assert (week["rank"], week["universe"], ytd["rank"], ytd["universe"]) == (31, 31, 2, 31)
    assert facts["valuation"]["window"] == [2023, 2025]
    assert week["excess_pp"]["沪深300"] == pytest.approx(-8.6398, abs=1e-9)


def test_facts_json_reads_back_as_the_same_facts(demo: Path) -> None:
    facts = Facts.read(demo / "facts.json")
    assert facts.to_json_dict() == json.loads((demo / "facts.json").read_text(encoding="utf-8"))
    assert facts.weekly.industry_pct == pytest.approx(-9.1749, abs=1e-9)


def test_demo_facts_say_the_data_is_synthetic(demo: Path) -> None:
    facts = json.loads((demo / "facts.json").read_text(encoding="utf-8"))
    assert facts["provenance"]["synthetic"] is True
    assert "合成" in facts["provenance"]["data_source"]
    assert "return_pct" in facts["provenance"]["formulas"]


def test_demo_report_states_the_reference_figures(demo: Path) -> None:
    report = (demo / "report.md").read_text(encoding="utf-8")
    for phrase in [
        "沪深300下跌0.54%，创业板指下跌4.16%，申万通信行业指数下跌9.17%",
        "分别跑输沪深300和创业板指8.64和5.02个百分点",
        "排名第31位",
        "沪深300上涨4.58%，创业板指上涨25.50%，申万通信行业指数上涨54.50%",
        "分别跑赢沪深300和创业板指49.92和29.01个百分点",
        "排名第2位",
        "PE-TTM为34.48倍",
        "均值22.01倍",
        "合成演示数据",
    ]:
        assert phrase in report


def test_other_industry_and_week(tmp_path: Path) -> None:
    result = build(
        BuildOptions(industry="801080", as_of=dt.date(2025, 10, 5), out=tmp_path / "o", formats=("md",))
    )
    assert result.facts.industry.name == "电子"
    assert result.facts.end_session == dt.date(2025, 9, 30)
    assert result.facts.weekly.short and len(result.facts.weekly.sessions) == 2
    assert "仅2个交易日" in (tmp_path / "o" / "report.md").read_text(encoding="utf-8")
