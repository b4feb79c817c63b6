"""A stand-in for the akshare module: frames with akshare's exact columns and dtypes, and its failures.

Shapes come from fixtures/akshare/dtypes.json; values come from a long market frame, so a
fetch through this fake can be compared with the market it was made from. Failures are
injected per test, built by the functions below exactly as akshare raises them (read from its
source): an error answer makes the SW functions fail on ``data_json["data"]`` (KeyError) or on
the rename of an empty table (KeyError('发布日期')); EastMoney's ``"data": null`` is a TypeError;
an HTML ban page fails in requests' ``r.json()`` with its JSONDecodeError.
"""

from __future__ import annotations

import datetime as dt
import json
import time
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


class RequestException(OSError):
    """requests.exceptions.RequestException: an IOError."""


class InvalidJSONError(RequestException):
    pass


class JSONDecodeError(InvalidJSONError, json.JSONDecodeError):
    """requests.exceptions.JSONDecodeError: both an IOError and a json.JSONDecodeError."""

    def __init__(self, msg: str, doc: str, pos: int) -> None:
        json.JSONDecodeError.__init__(self, msg, doc, pos)


def error_answer() -> KeyError:
    """index_hist_sw / index_analysis_*_sw on an error JSON without 'data'."""
    return KeyError("data")


def empty_table() -> KeyError:
    """index_analysis_daily_sw / weekly_sw when the count is 0: the rename finds no 发布日期."""
    return KeyError("发布日期")


def data_null() -> TypeError:
    """stock_zh_index_daily_em when EastMoney answers {"data": null}."""
    return TypeError("'NoneType' object is not subscriptable")


def ban_page() -> JSONDecodeError:
    """Any function when the host answers with an HTML page (a ban, a gateway error)."""
    return JSONDecodeError("Expecting value", "<html><body>访问过于频繁</body></html>", 0)


def _day(text: str) -> pd.Timestamp:
    return pd.Timestamp(dt.datetime.strptime(text, "%Y%m%d"))


class FakeAkshare:
    """Answers the SW history and analysis functions and the two benchmark histories (EastMoney, Sina)."""

    __version__ = "1.19.5 (test fixture)"

    def __init__(
        self,
        market: pd.DataFrame,
        *,
        fail: dict[str, BaseException] | None = None,
        rename: dict[str, dict[str, str]] | None = None,
        latency: float = 0.0,
    ) -> None:
        self.market = market.assign(date=pd.to_datetime(market["date"]))
        self.fail = fail or {}
        self.rename = rename or {}
        self.latency = latency
        self.calls: list[tuple[str, str]] = []

    def _enter(self, function: str, symbol: str) -> None:
        self.calls.append((function, symbol))
        time.sleep(self.latency)
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

    def _analysis(self, function: str, rows: pd.DataFrame) -> pd.DataFrame:
        if rows.empty:  # akshare renames an empty frame and then fails on it
            raise empty_table()
        n = len(rows)
        frame = shape(
            {"指数代码": rows["code"].str[:6].to_numpy(), "指数名称": rows["name"].to_numpy(),
             "发布日期": rows["date"].to_numpy(), "收盘指数": rows["close"].to_numpy(), "成交量": [3.5] * n,
             "涨跌幅": [0.1] * n, "换手率": [1.2] * n, "市盈率": rows["pe_ttm"].to_numpy(), "市净率": [2.1] * n,
             "均价": [15.3] * n, "成交额占比": [3.2] * n, "流通市值": [9000.0] * n, "平均流通市值": [80.0] * n,
             "股息率": [1.5] * n},
            function,
        )  # fmt: skip
        return self._leave(function, frame.sort_values("发布日期", ignore_index=True))

    def _sw_rows(self) -> pd.DataFrame:
        return self.market.loc[self.market["code"].str.startswith("801")]

    def index_analysis_daily_sw(
        self, symbol: str = "市场表征", start_date: str = "20221103", end_date: str = "20221103"
    ) -> pd.DataFrame:
        self._enter("index_analysis_daily_sw", symbol)
        m = self._sw_rows()
        return self._analysis(
            "index_analysis_daily_sw", m.loc[m["date"].between(_day(start_date), _day(end_date))]
        )

    def week_ends(self) -> list[dt.date]:
        """The last market session of each calendar week: SW's weekly report dates."""
        days = pd.Series(sorted(self.market["date"].unique()))
        return [d.date() for d in days.groupby(days.dt.to_period("W")).max()]

    def index_analysis_week_month_sw(self, symbol: str = "month") -> pd.DataFrame:
        self._enter("index_analysis_week_month_sw", symbol)
        return self._leave(
            "index_analysis_week_month_sw", shape({"date": self.week_ends()}, "index_analysis_week_month_sw")
        )

    def index_analysis_weekly_sw(self, symbol: str = "市场表征", date: str = "20221104") -> pd.DataFrame:
        self._enter("index_analysis_weekly_sw", symbol)
        self._enter("index_analysis_weekly_sw", date)
        m = self._sw_rows()
        return self._analysis("index_analysis_weekly_sw", m.loc[m["date"] == _day(date)])

    def stock_zh_index_daily_em(
        self, symbol: str = "csi931151", start_date: str = "19900101", end_date: str = "20500101"
    ) -> pd.DataFrame:
        self._enter("stock_zh_index_daily_em", symbol)
        rows = self._rows(f"{symbol[2:]}.{symbol[:2].upper()}")
        rows = rows.loc[rows["date"].between(_day(start_date), _day(end_date))]
        if rows.empty:  # no klines: akshare returns a frame without columns
            return pd.DataFrame()
        close = rows["close"].to_numpy()
        frame = shape(
            {"date": rows["date"].dt.strftime("%Y-%m-%d").to_numpy(), "open": close * 0.99, "close": close,
             "high": close * 1.01, "low": close * 0.98, "volume": 2.0e8, "amount": 3.1e11},
            "stock_zh_index_daily_em",
        )  # fmt: skip
        return self._leave("stock_zh_index_daily_em", frame)

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
