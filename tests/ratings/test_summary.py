"""The track record's summary: counts, hit rates and mean relative returns."""

from __future__ import annotations

import pandas as pd
import pytest

from sectorbrief.ratings.summary import summarise

ROWS = pd.DataFrame(
    {
        "industry": ["801770.SI", "801770.SI", "801080.SI", "801080.SI", "801770.SI"],
        "rating": ["强于大市", "强于大市", "同步大市", "弱于大市", "弱于大市"],
        "relative_pp": [12.0, 4.0, -3.0, None, -15.0],
        "verdict": ["hit", "miss", "hit", "pending", "hit"],
    }
)


def test_per_rating_class() -> None:
    summary = summarise(ROWS)
    strong = summary["by_rating"]["强于大市"]
    assert (strong["count"], strong["hits"], strong["misses"], strong["pending"]) == (2, 1, 1, 0)
    assert strong["hit_rate"] == pytest.approx(50.0) and strong["mean_relative_pp"] == pytest.approx(8.0)
    weak = summary["by_rating"]["弱于大市"]
    assert weak["decided"] == 1 and weak["pending"] == 1 and weak["mean_relative_pp"] == pytest.approx(-15.0)
    assert list(summary["by_rating"]) == ["强于大市", "同步大市", "弱于大市"]


def test_per_industry_and_total() -> None:
    summary = summarise(ROWS)
    assert summary["by_industry"]["801080.SI"]["hit_rate"] == pytest.approx(100.0)
    assert summary["by_industry"]["801770.SI"]["mean_relative_pp"] == pytest.approx((12 + 4 - 15) / 3)
    assert summary["total"]["count"] == 5 and summary["total"]["hits"] == 3


def test_nothing_decided_gives_no_rate() -> None:
    pending = ROWS[ROWS["verdict"] == "pending"]
    record = summarise(pending)["total"]
    assert record["hit_rate"] is None and record["mean_relative_pp"] is None
