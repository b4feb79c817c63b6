"""The market in memory: validated long rows, and the wide close / PE-TTM tables analytics use.

The long format is the one of DESIGN.md: one row per (date, code) with
``date, code, name, close, pe_ttm`` (pe_ttm NaN where the source has none, e.g. benchmarks).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

COLUMNS = ["date", "code", "name", "close", "pe_ttm"]


def normalise(frame: pd.DataFrame) -> pd.DataFrame:
    """Canonical dtypes and order: date as datetime64 (midnight), sorted by (date, code)."""
    out = frame.loc[:, COLUMNS].copy()
    out["date"] = pd.to_datetime(out["date"]).dt.normalize().astype("datetime64[ns]")
    out["code"] = out["code"].astype(str)
    out["name"] = out["name"].astype(str)
    out["close"] = out["close"].astype("float64")
    out["pe_ttm"] = pd.to_numeric(out["pe_ttm"], errors="coerce").astype("float64")
    return out.sort_values(["date", "code"], kind="stable").reset_index(drop=True)


@dataclass(frozen=True)
class Market:
    """Wide tables indexed by session date (datetime64) with one column per index code."""

    closes: pd.DataFrame
    pe_ttm: pd.DataFrame
    names: dict[str, str]
    source: str
    synthetic: bool = False

    @classmethod
    def from_long(cls, frame: pd.DataFrame, *, source: str, synthetic: bool = False) -> Market:
        rows = normalise(frame)
        closes = rows.pivot(index="date", columns="code", values="close").sort_index()
        pe = rows.pivot(index="date", columns="code", values="pe_ttm").sort_index()
        # as lists: iterating the Arrow-backed string columns element by element is 4x slower
        names = dict(zip(rows["code"].tolist(), rows["name"].tolist(), strict=True))
        return cls(closes=closes, pe_ttm=pe, names=names, source=source, synthetic=synthetic)

    @property
    def days(self) -> list[dt.date]:
        return [ts.date() for ts in self.closes.index]

    @property
    def first_day(self) -> dt.date:
        return pd.Timestamp(self.closes.index[0]).date()

    @property
    def last_day(self) -> dt.date:
        return pd.Timestamp(self.closes.index[-1]).date()
