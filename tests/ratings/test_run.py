"""The demo track record, recomputed independently from the demo market with plain pandas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from sectorbrief.config import RatingRules, load_house_style
from sectorbrief.market import Market
from sectorbrief.ratings.run import verify_file
from sectorbrief.sources.demo import DEMO_SOURCE, load_demo_market
from sectorbrief.taxonomy import sw2021
from tests.ratings.sample import RATINGS

CODES = {"000300.SH", "399006.SZ"}


@pytest.fixture(scope="module")
def demo_market() -> Market:
    return Market.from_long(load_demo_market(), source=DEMO_SOURCE, synthetic=True)


def expected(closes: pd.DataFrame, day: str, industry: str, rating: str, months: int, band: float) -> dict:
    """What a rating should give, by the plain rules: sessions are the data's dates; the horizon
    ends at the same day ``months`` later (pandas clips to the month's end); past the data's last
    date, any weekday before the target means the end session is not in the data yet."""
    code = sw2021().resolve_industry(industry).code
    start = pd.Timestamp(day)
    target = start + pd.DateOffset(months=months)
    last = closes.index[-1]
    base = closes.index[closes.index <= start][-1]
    if len(pd.bdate_range(last + pd.Timedelta(days=1), target)):
        return {"industry": code, "base": base.date(), "verdict": "pending"}
    end = closes.index[closes.index <= target][-1]
    industry_pct = (closes.at[end, code] / closes.at[base, code] - 1) * 100
    bench_pct = (closes.at[end, "000300.SH"] / closes.at[base, "000300.SH"] - 1) * 100
    relative = industry_pct - bench_pct
    hit = {"强于大市": relative > band, "同步大市": -band <= relative <= band, "弱于大市": relative < -band}[
        rating
    ]
    return {
        "industry": code,
        "base": base.date(),
        "end": end.date(),
        "industry_pct": industry_pct,
        "benchmark_pct": bench_pct,
        "relative": relative,
        "verdict": "hit" if hit else "miss",
    }


def check_rows(rows: pd.DataFrame, closes: pd.DataFrame, months: int, band: float) -> list[str]:
    assert len(rows) == len(RATINGS) >= 20
    verdicts = []
    for (day, industry, rating), row in zip(RATINGS, rows.to_dict("records"), strict=True):
        want = expected(closes, day, industry, rating, months, band)
        assert row["date"] == dt.date.fromisoformat(day)
        assert (row["industry"], row["rating"], row["base_session"]) == (
            want["industry"],
            rating,
            want["base"],
        )
        assert row["verdict"] == want["verdict"], (day, industry, row)
        if want["verdict"] != "pending":
            assert row["end_session"] == want["end"]
            assert row["industry_pct"] == pytest.approx(want["industry_pct"], abs=1e-9)
            assert row["benchmark_pct"] == pytest.approx(want["benchmark_pct"], abs=1e-9)
            assert row["relative_pp"] == pytest.approx(want["relative"], abs=1e-9)
        else:
            assert pd.isna(row["relative_pp"]) and pd.isna(row["industry_pct"])
        verdicts.append(row["verdict"])
    return verdicts


def test_demo_ratings_match_an_independent_recomputation(
    ratings_csv: Path, demo_market: Market, demo_closes: pd.DataFrame
) -> None:
    result = verify_file(ratings_csv, demo_market, load_house_style().rating_rules)
    verdicts = check_rows(result.rows, demo_closes, months=6, band=10.0)
    assert {"hit", "miss", "pending"} <= set(verdicts)
    assert verdicts[-3:] == ["pending"] * 3  # 2026-01-20, 2026-03-31, 2026-07-03: past 2026-07-03
    assert verdicts[-4] != "pending"  # 2026-01-05 + 6 months = Sunday 07-05: ends Friday 07-03
    month_end = result.rows.iloc[RATINGS.index(("2025-08-31", "通信", "强于大市"))]
    assert month_end["end_session"] == dt.date(2026, 2, 27)  # 02-28 is a Saturday


def test_a_twelve_month_horizon_and_five_point_band_change_the_verdicts(
    ratings_csv: Path, demo_market: Market, demo_closes: pd.DataFrame, tmp_path: Path
) -> None:
    style = tmp_path / "house.yaml"
    style.write_text(
        "rating_rules:\n  horizon_months: 12\n  outperform_pp: 5\n  underperform_pp: -5\n", "utf-8"
    )
    rules = load_house_style(style).rating_rules
    assert rules == RatingRules(horizon_months=12, outperform_pp=5, underperform_pp=-5)
    twelve = check_rows(verify_file(ratings_csv, demo_market, rules).rows, demo_closes, months=12, band=5.0)
    six = check_rows(
        verify_file(ratings_csv, demo_market, RatingRules()).rows, demo_closes, months=6, band=10.0
    )
    assert twelve != six
    assert twelve.count("pending") > six.count("pending")  # 2025-08-31 + 12 months is past the data


def test_the_summary_states_the_rules_and_the_data(ratings_csv: Path, demo_market: Market) -> None:
    result = verify_file(ratings_csv, demo_market, RatingRules())
    context = result.context()
    assert context["rules"] == [RatingRules().model_dump()]
    assert context["data"]["last_session"] == "2026-07-03" and context["data"]["synthetic"]
