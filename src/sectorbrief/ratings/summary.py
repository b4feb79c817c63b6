"""The track record: per rating class and per industry, how many ratings, hits and the mean relative return."""

from __future__ import annotations

from typing import Any

import pandas as pd

RATING_ORDER = ("强于大市", "同步大市", "弱于大市")


def record(rows: pd.DataFrame) -> dict[str, Any]:
    """count, decided (hit or miss), hits, misses, pending, hit_rate (hits / decided x 100, None when
    nothing is decided) and mean_relative_pp (mean over decided rows, None when none), unrounded."""
    decided = rows[rows["verdict"] != "pending"]
    hits = int((decided["verdict"] == "hit").sum())
    relative = pd.to_numeric(decided["relative_pp"], errors="coerce")
    return {
        "count": int(len(rows)),
        "decided": int(len(decided)),
        "hits": hits,
        "misses": int(len(decided)) - hits,
        "pending": int(len(rows) - len(decided)),
        "hit_rate": hits / len(decided) * 100.0 if len(decided) else None,
        "mean_relative_pp": float(relative.mean()) if len(decided) else None,
    }


def summarise(rows: pd.DataFrame) -> dict[str, Any]:
    """{"total": record, "by_rating": {rating: record}, "by_industry": {code: record}}."""
    ratings = [r for r in RATING_ORDER if r in set(rows["rating"])]
    return {
        "total": record(rows),
        "by_rating": {r: record(rows[rows["rating"] == r]) for r in ratings},
        "by_industry": {code: record(group) for code, group in rows.groupby("industry", sort=True)},
    }
