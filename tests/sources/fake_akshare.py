"""A stand-in for the akshare module: frames with akshare 1.19.5's exact columns and dtypes.

Shapes come from fixtures/akshare/dtypes.json; values come from a long market frame, so a
fetch through this fake can be compared with the market it was made from. Failures
(a raising symbol, a renamed column, no network) are injected per test.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd

FIXTURES = Path(__file__).parent / "fixtures" / "akshare"
DTYPES: dict[str, dict[str, str]] = {
    k: v
    for k, v in json.loads((FIXTURES / "dtypes.json").read_text(encoding="utf-8")).items()
    if k != "_about"
}


def shape(columns: dict[str, Any], function: str) -> pd.DataFrame:
    """A DataFrame with exactly ``function``'s columns, in akshare's order and dtypes."""
    spec = DTYPES[function]
    out = pd.DataFrame({col: columns[col] for col in spec})
    for col, kind in spec.items():
        if kind == "date":
            out[col] = pd.to_datetime(out[col]).dt.date
        elif kind == "str":
            out[col] = out[col].astype(str).astype(object)
        else:
            out[col] = out[col].astype(kind)
    return out


def load_fixture(name: str, function: str) -> pd.DataFrame:
    """A recorded-shape CSV fixture read back with its sidecar dtypes."""
    spec = DTYPES[function]
    raw = pd.read_csv(FIXTURES / name, dtype={c: str for c, k in spec.items() if k in ("str", "date")})
    return shape({c: raw[c] for c in spec}, function)


def _day(text: str) -> pd.Timestamp:
    return pd.Timestamp(dt.datetime.strptime(text, "%Y%m%d"))


class FakeAkshare:
    """Answers index_hist_sw, index_analysis_daily_sw, index_zh_a_hist and stock_zh_index_daily."""

    __version__ = "1.19.5 (test fixture)"

    def __init__(
        self,
        market: pd.DataFrame,
        *,
        fail: dict[str, BaseException] | None = None,
        rename: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.market = market.assign(date=pd.to_datetime(market["date"]))
        self.fail = fail or {}
        self.rename = rename or {}
        self.calls: list[tuple[str, str]] = []

    def _enter(self, function: str, symbol: str) -> None:
        self.calls.append((function, symbol))
        for key in (function, symbol):
            if key in self.fail:
                raise self.fail[key]

    def _leave(self, function: str, frame: pd.DataFrame) -> pd.DataFrame:
        return frame.rename(columns=self.rename.get(function, {}))

    def _rows(self, code: str) -> pd.DataFrame:
        return self.market.loc[self.market["code"] == code].sort_values("date")

    def index_hist_sw(self, symbol: str = "801030", period: str = "day") -> pd.DataFrame:
        self._enter("index_hist_sw", symbol)
        rows = self._rows(f"{symbol}.SI")
        close = rows["close"].to_numpy()
        frame = shape(
            {"代码": symbol, "日期": rows["date"].to_numpy(), "收盘": close, "开盘": close * 0.99,
             "最高": close * 1.01, "最低": close * 0.98, "成交量": 12.5, "成交额": 150.25},
            "index_hist_sw",
        )  # fmt: skip
        return self._leave("index_hist_sw", frame)

    def index_analysis_daily_sw(
        self, symbol: str = "市场表征", start_date: str = "20221103", end_date: str = "20221103"
    ) -> pd.DataFrame:
        self._enter("index_analysis_daily_sw", symbol)
        m = self.market
        rows = m.loc[m["code"].str.startswith("801") & m["date"].between(_day(start_date), _day(end_date))]
        if rows.empty:  # akshare renames an empty frame and then fails on it
            raise KeyError("发布日期")
        n = len(rows)
        frame = shape(
            {"指数代码": rows["code"].str[:6].to_numpy(), "指数名称": rows["name"].to_numpy(),
             "发布日期": rows["date"].to_numpy(), "收盘指数": rows["close"].to_numpy(), "成交量": [3.5] * n,
             "涨跌幅": [0.1] * n, "换手率": [1.2] * n, "市盈率": rows["pe_ttm"].to_numpy(), "市净率": [2.1] * n,
             "均价": [15.3] * n, "成交额占比": [3.2] * n, "流通市值": [9000.0] * n, "平均流通市值": [80.0] * n,
             "股息率": [1.5] * n},
            "index_analysis_daily_sw",
        )  # fmt: skip
        frame = frame.sort_values("发布日期", ignore_index=True)
        return self._leave("index_analysis_daily_sw", frame)

    def index_zh_a_hist(
        self,
        symbol: str = "000859",
        period: str = "daily",
        start_date: str = "19700101",
        end_date: str = "22220101",
    ) -> pd.DataFrame:
        self._enter("index_zh_a_hist", symbol)
        rows = self._rows(f"{symbol}.{'SH' if symbol.startswith('000') else 'SZ'}")
        rows = rows.loc[rows["date"].between(_day(start_date), _day(end_date))]
        close = rows["close"].to_numpy()
        frame = shape(
            {"日期": rows["date"].dt.strftime("%Y-%m-%d").to_numpy(), "开盘": close * 0.99, "收盘": close,
             "最高": close * 1.01, "最低": close * 0.98, "成交量": 2_000_000, "成交额": 3.1e11, "振幅": 1.5,
             "涨跌幅": 0.2, "涨跌额": 7.5, "换手率": 0.6},
            "index_zh_a_hist",
        )  # fmt: skip
        return self._leave("index_zh_a_hist", frame)

    def stock_zh_index_daily(self, symbol: str = "sh000922") -> pd.DataFrame:
        self._enter("stock_zh_index_daily", symbol)
        rows = self._rows(f"{symbol[2:]}.{symbol[:2].upper()}")
        close = rows["close"].to_numpy()
        frame = shape(
            {"date": rows["date"].to_numpy(), "open": close * 0.99, "high": close * 1.01, "low": close * 0.98,
             "close": close, "volume": 232376203},
            "stock_zh_index_daily",
        )  # fmt: skip
        return self._leave("stock_zh_index_daily", frame)
