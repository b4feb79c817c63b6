"""akshare adapter: the only module that knows akshare's function and column names.

Each ``fetch_*`` function calls one akshare function, checks the frame it returns against the
columns akshare documents for it, and maps it to sectorbrief's long market columns
(``date, code, name, close`` or ``date, code, pe_ttm``). Columns and dtypes were read from
akshare 1.19.5's source (``akshare/index/index_research_sw.py``, ``index_zh_em.py``,
``index_stock_zh.py``) and its interface catalogue (``akshare/data/interfaces.json``).

akshare is an optional extra (``pip install 'sectorbrief[live]'``), imported only when a
fetch needs it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from sectorbrief.errors import DataError, UsageError

log = logging.getLogger(__name__)

INSTALL_HINT = "akshare is not installed; install the live extra: pip install 'sectorbrief[live]'"

SW_HIST = "index_hist_sw"
SW_ANALYSIS = "index_analysis_daily_sw"
EM_HIST = "index_zh_a_hist"
SINA_HIST = "stock_zh_index_daily"

SW_ANALYSIS_LEVEL1 = "一级行业"

# Every column each function returns, in order (akshare 1.19.5), and the ones we read.
COLUMNS: dict[str, tuple[str, ...]] = {
    SW_HIST: ("代码", "日期", "收盘", "开盘", "最高", "最低", "成交量", "成交额"),
    SW_ANALYSIS: (
        "指数代码", "指数名称", "发布日期", "收盘指数", "成交量", "涨跌幅", "换手率",
        "市盈率", "市净率", "均价", "成交额占比", "流通市值", "平均流通市值", "股息率",
    ),
    EM_HIST: ("日期", "开盘", "收盘", "最高", "最低", "成交量", "成交额", "振幅", "涨跌幅", "涨跌额", "换手率"),
    SINA_HIST: ("date", "open", "high", "low", "close", "volume"),
}  # fmt: skip
REQUIRED: dict[str, tuple[str, ...]] = {
    SW_HIST: ("代码", "日期", "收盘"),
    SW_ANALYSIS: ("指数代码", "发布日期", "市盈率"),
    EM_HIST: ("日期", "收盘"),
    SINA_HIST: ("date", "close"),
}

PE_PROVENANCE = (
    f"pe_ttm = 申万宏源研究「指数分析-日报表」({SW_ANALYSIS}, symbol={SW_ANALYSIS_LEVEL1}) 的「市盈率」列"
    "（源字段 pe，单位 倍）；akshare 与其接口目录只标注「市盈率」，未注明 TTM 或静态口径"
)


class EmptyFrame(DataError):
    """The source answered with no rows at all (often a transient glitch or a ban page)."""


@dataclass(frozen=True)
class Source:
    """Which akshare function produced a series, for the store's provenance."""

    function: str
    symbol: str

    def __str__(self) -> str:
        return f"akshare.{self.function}({self.symbol})"


def import_akshare() -> Any:
    """The akshare module, imported on first use; a UsageError with the install hint without it."""
    os.environ.setdefault("TQDM_DISABLE", "1")  # akshare draws tqdm bars on stderr during paging
    try:
        return importlib.import_module("akshare")
    except ImportError:
        raise UsageError(INSTALL_HINT) from None


def akshare_version(ak: Any) -> str:
    return str(getattr(ak, "__version__", "unknown"))


def check_columns(frame: pd.DataFrame, function: str, label: str) -> None:
    """Raise a DataError naming every column ``function`` should return and did not.

    Columns the frame has that akshare did not document are named as likely renames.
    """
    have = [str(c) for c in frame.columns]
    missing = [c for c in REQUIRED[function] if c not in have]
    if not missing:
        return
    unknown = [c for c in have if c not in COLUMNS[function]]
    hint = f"; unexpected column(s) {', '.join(map(repr, unknown))} — renamed?" if unknown else ""
    raise DataError(
        f"akshare.{function} for {label}: missing column(s) {', '.join(map(repr, missing))}"
        f" (got {', '.join(map(repr, have)) or 'no columns'}){hint}; akshare's output changed —"
        " upgrade akshare or report it"
    )


def _dates(values: pd.Series, function: str, column: str, label: str) -> pd.Series:
    parsed = pd.to_datetime(values, errors="coerce")
    bad = parsed.isna() & values.notna()
    if bad.any():
        raise DataError(
            f"akshare.{function} for {label}: column {column!r} has a non-date {values[bad].iloc[0]!r}"
        )
    return parsed.dt.normalize().astype("datetime64[ns]")


def _numbers(values: pd.Series, function: str, column: str, label: str) -> pd.Series:
    parsed = pd.to_numeric(values, errors="coerce")
    bad = parsed.isna() & values.notna() & (values.astype(str).str.strip() != "")
    if bad.any():
        raise DataError(
            f"akshare.{function} for {label}: column {column!r} has a non-number {values[bad].iloc[0]!r}"
        )
    return parsed.astype("float64")


def _in_range(frame: pd.DataFrame, start: dt.date, end: dt.date) -> pd.DataFrame:
    keep = (frame["date"] >= pd.Timestamp(start)) & (frame["date"] <= pd.Timestamp(end))
    return frame.loc[keep].reset_index(drop=True)


def _closes(
    raw: pd.DataFrame,
    function: str,
    columns: tuple[str, str],
    code: str,
    name: str,
    span: tuple[dt.date, dt.date],
    *,
    empty_ok: bool = False,
) -> pd.DataFrame:
    """Map a (date column, close column) frame to ``date, code, name, close`` within ``span``.

    A frame without columns, or without rows when the function returns whole histories, is an
    EmptyFrame error (worth a retry); ``empty_ok`` is for functions that cut to the dates asked.
    """
    if len(raw.columns) == 0:
        raise EmptyFrame(f"akshare.{function} for {code}: the source returned no data")
    check_columns(raw, function, code)
    if raw.empty and not empty_ok:
        raise EmptyFrame(f"akshare.{function} for {code}: the source returned no rows")
    date_col, close_col = columns
    frame = pd.DataFrame(
        {
            "date": _dates(raw[date_col], function, date_col, code),
            "code": code,
            "name": name,
            "close": _numbers(raw[close_col], function, close_col, code),
        }
    )
    frame = frame.dropna(subset=["close"]).drop_duplicates(subset=["date"], keep="last")
    return _in_range(frame, *span)


def sw_symbol(code: str) -> str:
    """801770.SI -> 801770 (the symbol SW's functions take)."""
    return code.split(".")[0]


def fetch_sw_closes(ak: Any, code: str, name: str, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily closes of one SW index from ``index_hist_sw`` (the whole history; cut to start..end)."""
    raw = ak.index_hist_sw(symbol=sw_symbol(code), period="day")
    return _closes(raw, SW_HIST, ("日期", "收盘"), code, name, (start, end))


def fetch_sw_pe(ak: Any, codes: Iterable[str], start: dt.date, end: dt.date) -> pd.DataFrame:
    """``date, code, pe_ttm`` of the SW level-1 industries in ``codes`` from ``index_analysis_daily_sw``.

    The source's 市盈率 is stored as pe_ttm; PE_PROVENANCE records what it is labelled.
    """
    label = f"{SW_ANALYSIS_LEVEL1} {start}..{end}"
    raw = ak.index_analysis_daily_sw(
        symbol=SW_ANALYSIS_LEVEL1, start_date=start.strftime("%Y%m%d"), end_date=end.strftime("%Y%m%d")
    )
    if len(raw.columns) == 0:
        raise EmptyFrame(f"akshare.{SW_ANALYSIS} for {label}: the source returned no data")
    check_columns(raw, SW_ANALYSIS, label)
    wanted = {sw_symbol(c): c for c in codes}
    symbols = raw["指数代码"].astype(str).str.strip().str.split(".").str[0]
    rows = raw.loc[symbols.isin(wanted)]
    frame = pd.DataFrame(
        {
            "date": _dates(rows["发布日期"], SW_ANALYSIS, "发布日期", label),
            "code": symbols.loc[rows.index].map(wanted),
            "pe_ttm": _numbers(rows["市盈率"], SW_ANALYSIS, "市盈率", label),
        }
    )
    frame = frame.drop_duplicates(subset=["date", "code"], keep="last")
    return _in_range(frame, start, end)


def em_symbol(code: str) -> str:
    """000300.SH -> 000300 (index_zh_a_hist takes the bare number)."""
    return code.split(".")[0]


def sina_symbol(code: str) -> str:
    """000300.SH -> sh000300, 399006.SZ -> sz399006 (stock_zh_index_daily's symbols)."""
    number, _, market = code.partition(".")
    return f"{market.lower()}{number}"


def fetch_em_closes(ak: Any, code: str, name: str, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily closes of a benchmark from ``index_zh_a_hist`` (East Money), start..end."""
    raw = ak.index_zh_a_hist(
        symbol=em_symbol(code),
        period="daily",
        start_date=start.strftime("%Y%m%d"),
        end_date=end.strftime("%Y%m%d"),
    )
    # index_zh_a_hist cuts to start..end itself: no rows there means nothing new yet
    return _closes(raw, EM_HIST, ("日期", "收盘"), code, name, (start, end), empty_ok=True)


def fetch_sina_closes(ak: Any, code: str, name: str, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Daily closes of a benchmark from ``stock_zh_index_daily`` (Sina; whole history, cut to start..end)."""
    raw = ak.stock_zh_index_daily(symbol=sina_symbol(code))
    return _closes(raw, SINA_HIST, ("date", "close"), code, name, (start, end))
