"""akshare adapter: the only module that knows akshare's function and column names.

Each ``fetch_*`` function makes one akshare call through ``call``, checks the frame against the
columns akshare returns, and maps it to sectorbrief's long market columns (``date, code, name,
close`` or ``date, code, pe_ttm``). Functions, columns and failure modes were read from akshare's
source (``akshare/index/index_research_sw.py``, ``index_stock_zh.py``; release 1.18.94 in our
mirror, the same code the issue read in 1.19.5):

- the SW functions index ``data_json["data"]`` and rename columns before any check of ours:
  an error answer raises KeyError (``'data'``, a missing column, ``'发布日期'`` on an empty table);
- ``stock_zh_index_daily_em`` raises TypeError when EastMoney answers ``"data": null`` and returns
  an empty frame without columns when it has no klines;
- an HTML page (a ban or a gateway error) instead of JSON fails in ``r.json()`` with a
  JSONDecodeError.

``call`` turns those into our errors naming the function and symbol: ``Permanent`` (retrying
cannot help), ``Throttled`` (stop the run, keep what came), or the connection error itself
(retried by the Runner). akshare is an optional extra (``pip install 'sectorbrief[live]'``),
imported only when a fetch needs it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
import os
from collections.abc import Iterable
from typing import Any

import pandas as pd

from sectorbrief.errors import DataError, UsageError
from sectorbrief.sources.retry import EmptyFrame, Permanent, Throttled, describe, looks_throttled

log = logging.getLogger(__name__)

INSTALL_HINT = "akshare is not installed; install the live extra: pip install 'sectorbrief[live]'"

SW_HIST = "index_hist_sw"
SW_ANALYSIS = "index_analysis_daily_sw"
SW_WEEKLY = "index_analysis_weekly_sw"
SW_WEEK_DATES = "index_analysis_week_month_sw"
EM_DAILY = "stock_zh_index_daily_em"
SINA_HIST = "stock_zh_index_daily"

SW_ANALYSIS_LEVEL1 = "一级行业"
_ANALYSIS_COLUMNS = (
    "指数代码", "指数名称", "发布日期", "收盘指数", "成交量", "涨跌幅", "换手率",
    "市盈率", "市净率", "均价", "成交额占比", "流通市值", "平均流通市值", "股息率",
)  # fmt: skip

# Every column each function returns, in order, and the ones we read.
COLUMNS: dict[str, tuple[str, ...]] = {
    SW_HIST: ("代码", "日期", "收盘", "开盘", "最高", "最低", "成交量", "成交额"),
    SW_ANALYSIS: _ANALYSIS_COLUMNS,
    SW_WEEKLY: _ANALYSIS_COLUMNS,
    SW_WEEK_DATES: ("date",),
    EM_DAILY: ("date", "open", "close", "high", "low", "volume", "amount"),
    SINA_HIST: ("date", "open", "high", "low", "close", "volume"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    SW_HIST: ("代码", "日期", "收盘"),
    SW_ANALYSIS: ("指数代码", "发布日期", "市盈率"),
    SW_WEEKLY: ("指数代码", "发布日期", "市盈率"),
    SW_WEEK_DATES: ("date",),
    EM_DAILY: ("date", "close"),
    SINA_HIST: ("date", "close"),
}

PE_PROVENANCE = (
    f"pe_ttm = 申万宏源研究「指数分析」报表的「市盈率」列（源字段 pe，单位 倍）：近期交易日取日报表"
    f"（{SW_ANALYSIS}），更早的历史取周报表（{SW_WEEKLY}，每周最后一个交易日一个值，日期来自 "
    f"{SW_WEEK_DATES}）；akshare 与申万只标注「市盈率」，未注明 TTM 或静态口径"
)


def import_akshare() -> Any:
    """The akshare module, imported on first use; a UsageError with the install hint without it."""
    os.environ.setdefault("TQDM_DISABLE", "1")  # akshare draws tqdm bars on stderr during paging
    try:
        return importlib.import_module("akshare")
    except ImportError:
        raise UsageError(INSTALL_HINT) from None


def akshare_version(ak: Any) -> str:
    return str(getattr(ak, "__version__", "unknown"))


def is_json_error(exc: BaseException) -> bool:
    """A JSON decoding failure (requests' JSONDecodeError is also an OSError: check it first)."""
    return isinstance(exc, json.JSONDecodeError) or any(
        "JSONDecodeError" in kind.__name__ for kind in type(exc).__mro__
    )


def call(ak: Any, function: str, label: str, /, **kwargs: Any) -> pd.DataFrame:
    """``ak.<function>(**kwargs)`` with its failures as our errors naming the function and symbol.

    JSON errors (an HTML ban page) and throttling words → Throttled; KeyError, TypeError,
    IndexError and other ValueErrors (akshare failing on an empty or error answer) →
    Permanent; connection errors and timeouts pass through for the Runner to retry.
    """
    where = f"akshare.{function}({label})"
    try:
        frame = getattr(ak, function)(**kwargs)
    except DataError:
        raise
    except Exception as exc:
        if is_json_error(exc):
            raise Throttled(f"{where}: the source sent a page that is not data (banned or down?)") from exc
        if looks_throttled(exc) and not isinstance(exc, OSError):  # connection-level ones are retried
            raise Throttled(f"{where}: throttled ({describe(exc)})") from exc
        if isinstance(exc, (KeyError, TypeError, IndexError, ValueError, AttributeError)):
            raise Permanent(f"{where}: the source answered without data ({describe(exc)})") from exc
        raise
    if not isinstance(frame, pd.DataFrame):
        raise Permanent(f"{where}: returned {type(frame).__name__}, not a table")
    return frame


def check_columns(frame: pd.DataFrame, function: str, label: str) -> None:
    """Raise a DataError naming every column ``function`` should return and did not."""
    have = [str(c) for c in frame.columns]
    missing = [c for c in REQUIRED[function] if c not in have]
    if not missing:
        return
    unknown = [c for c in have if c not in COLUMNS[function]]
    hint = f"; unexpected column(s) {', '.join(map(repr, unknown))} — renamed?" if unknown else ""
    raise DataError(
        f"akshare.{function}({label}): missing column(s) {', '.join(map(repr, missing))}"
        f" (got {', '.join(map(repr, have)) or 'no columns'}){hint}; akshare's output changed —"
        " upgrade akshare or report it"
    )


def _dates(values: pd.Series, function: str, column: str, label: str) -> pd.Series:
    parsed = pd.to_datetime(values, errors="coerce")
    bad = parsed.isna() & values.notna()
    if bad.any():
        raise DataError(
            f"akshare.{function}({label}): column {column!r} has a non-date {values[bad].iloc[0]!r}"
        )
    return parsed.dt.normalize().astype("datetime64[ns]")


def _numbers(values: pd.Series, function: str, column: str, label: str) -> pd.Series:
    parsed = pd.to_numeric(values, errors="coerce")
    bad = parsed.isna() & values.notna() & (values.astype(str).str.strip() != "")
    if bad.any():
        raise DataError(
            f"akshare.{function}({label}): column {column!r} has a non-number {values[bad].iloc[0]!r}"
        )
    return parsed.astype("float64")


def _in_range(frame: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    keep = (frame["date"] >= pd.Timestamp(start)) & (frame["date"] <= pd.Timestamp(end))
    return frame.loc[keep].reset_index(drop=True)


def _closes(
    raw: pd.DataFrame, function: str, symbol: str, code: str, name: str, span: tuple[dt.date, dt.date]
) -> pd.DataFrame:
    """Map a whole-history frame (``date``/``日期`` and ``close``/``收盘``) to ``date, code, name, close``."""
    if len(raw.columns) == 0 or raw.empty:
        raise EmptyFrame(f"akshare.{function}({symbol}): the source returned no rows")
    check_columns(raw, function, symbol)
    date_col, close_col = ("日期", "收盘") if function == SW_HIST else ("date", "close")
    frame = pd.DataFrame(
        {
            "date": _dates(raw[date_col], function, date_col, symbol),
            "code": code,
            "name": name,
            "close": _numbers(raw[close_col], function, close_col, symbol),
        }
    )
    frame = frame.dropna(subset=["close"]).drop_duplicates(subset=["date"], keep="last")
    return _in_range(frame, *span)


def sw_symbol(code: str) -> str:
    """801770.SI -> 801770 (the symbol SW's functions take)."""
    return code.split(".")[0]


def market_symbol(code: str) -> str:
    """000300.SH -> sh000300, 399006.SZ -> sz399006 (EastMoney's and Sina's index symbols)."""
    number, _, market = code.partition(".")
    return f"{market.lower()}{number}"


def fetch_sw_closes(ak: Any, code: str, name: str, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily closes of one SW index from ``index_hist_sw`` (the whole history; cut to start..end)."""
    symbol = sw_symbol(code)
    raw = call(ak, SW_HIST, symbol, symbol=symbol, period="day")
    return _closes(raw, SW_HIST, symbol, code, name, (start, end))


def fetch_em_closes(ak: Any, code: str, name: str, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily closes of a benchmark from ``stock_zh_index_daily_em``: one request for start..end."""
    symbol = market_symbol(code)
    raw = call(ak, EM_DAILY, symbol, symbol=symbol, start_date=f"{start:%Y%m%d}", end_date=f"{end:%Y%m%d}")
    return _closes(raw, EM_DAILY, symbol, code, name, (start, end))


def fetch_sina_closes(ak: Any, code: str, name: str, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily closes of a benchmark from ``stock_zh_index_daily`` (Sina; whole history, cut to start..end)."""
    symbol = market_symbol(code)
    raw = call(ak, SINA_HIST, symbol, symbol=symbol)
    return _closes(raw, SINA_HIST, symbol, code, name, (start, end))


def _pe_rows(raw: pd.DataFrame, function: str, label: str, codes: Iterable[str]) -> pd.DataFrame:
    """``date, code, pe_ttm`` of the SW level-1 ``codes`` in an 指数分析 table."""
    if len(raw.columns) == 0:
        raise EmptyFrame(f"akshare.{function}({label}): the source returned no data")
    check_columns(raw, function, label)
    wanted = {sw_symbol(c): c for c in codes}
    symbols = raw["指数代码"].astype(str).str.strip().str.split(".").str[0]
    rows = raw.loc[symbols.isin(wanted)]
    frame = pd.DataFrame(
        {
            "date": _dates(rows["发布日期"], function, "发布日期", label),
            "code": symbols.loc[rows.index].map(wanted),
            "pe_ttm": _numbers(rows["市盈率"], function, "市盈率", label),
        }
    )
    return frame.drop_duplicates(subset=["date", "code"], keep="last").reset_index(drop=True)


def fetch_sw_pe(ak: Any, codes: Iterable[str], start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily PE of the SW level-1 industries in ``codes`` from ``index_analysis_daily_sw``, start..end.

    One call pages through 31 rows per session, 50 a page: meant for the last few sessions.
    """
    label = f"{SW_ANALYSIS_LEVEL1} {start}..{end}"
    raw = call(ak, SW_ANALYSIS, label, symbol=SW_ANALYSIS_LEVEL1, start_date=f"{start:%Y%m%d}",
               end_date=f"{end:%Y%m%d}")  # fmt: skip
    return _in_range(_pe_rows(raw, SW_ANALYSIS, label, codes), start, end)


def fetch_sw_week_dates(ak: Any) -> list[dt.date]:
    """The week-end dates SW publishes weekly 指数分析 reports for (``index_analysis_week_month_sw``)."""
    raw = call(ak, SW_WEEK_DATES, "week", symbol="week")
    check_columns(raw, SW_WEEK_DATES, "week")
    return sorted({ts.date() for ts in _dates(raw["date"], SW_WEEK_DATES, "date", "week").dropna()})


def fetch_sw_weekly_pe(ak: Any, codes: Iterable[str], week_end: dt.date) -> pd.DataFrame:
    """PE of the SW level-1 industries on one week-end date from ``index_analysis_weekly_sw``."""
    label = f"{SW_ANALYSIS_LEVEL1} {week_end}"
    raw = call(ak, SW_WEEKLY, label, symbol=SW_ANALYSIS_LEVEL1, date=f"{week_end:%Y%m%d}")
    return _pe_rows(raw, SW_WEEKLY, label, codes)
