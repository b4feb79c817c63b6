"""Market data files (CSV, Parquet, XLSX) into the validated long market frame.

The contract is DESIGN.md "Market data files". Parsing is vectorised: dates, codes and names
are parsed once per distinct value, numbers by pandas; rows are looked at one by one only to
name the first bad one in an error message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sectorbrief.errors import DataError
from sectorbrief.market import COLUMNS, normalise
from sectorbrief.sources.raw import RawTable, read_tables
from sectorbrief.sources.values import REQUIRED, header_field, parse_code, parse_date, parse_name
from sectorbrief.sources.wide import Grid, NoTable, indicator, parse_wide
from sectorbrief.taxonomy import sw2021

log = logging.getLogger(__name__)

DATE_FORMATS = "YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD"
MARKET_TZ = "Asia/Shanghai"


@dataclass(frozen=True)
class Problem:
    """Rows where one field fails one rule."""

    field: str
    mask: np.ndarray
    says: str


def read_market_file(path: Path) -> pd.DataFrame:
    """The long market frame (``date, code, name, close, pe_ttm``) held in a CSV/Parquet/XLSX file.

    Long tables and wide terminal exports are both read, from every sheet of a workbook.
    Exact duplicate rows are dropped; anything else wrong raises one DataError naming the file,
    the row and the field.
    """
    return read_market_files([path])


def read_market_files(paths: Sequence[Path]) -> pd.DataFrame:
    """The files' tables merged into one long market frame (closes from one, PE-TTM from another...)."""
    parts = [part for path in paths for part in _read_parts(Path(path))]
    table = merge_parts(parts)
    log.info(
        "read %d rows, %d codes from %s", len(table), table["code"].nunique(), ", ".join(map(str, paths))
    )
    return normalise(table)


def _read_parts(path: Path) -> list[tuple[str, pd.DataFrame]]:
    """(label, long rows) of each table in ``path``; a wide table's missing field is NaN."""
    parts = []
    tables = read_tables(path)
    for label, table in tables:
        if isinstance(table, Grid):
            try:
                parts.append((label, parse_wide(label, table, sw2021(), hint=_indicator_hint(path))))
            except NoTable as exc:
                if len(tables) == 1:
                    raise
                log.warning("%s; sheet skipped", exc)
            continue
        headers = map_headers(Path(label), table.frame)
        if table.frame.empty:
            raise DataError(f"{label}: no data rows below the header")
        rows = _drop_duplicates(Path(label), table, _parse(Path(label), table, headers))
        parts.append((label, rows))
    if not parts:
        raise DataError(f"{path}: no sheet holds market data (a date column with index columns)")
    return parts


def _indicator_hint(path: Path) -> str | None:
    """The indicator a file's name implies (close.csv, 收盘价.csv, pe_ttm.csv, 市盈率.csv)."""
    stem = path.stem.lower()
    named = indicator(stem)
    if named in ("close", "pe_ttm"):
        return named
    return "close" if "close" in stem else "pe_ttm" if "pe" in stem or "市盈率" in stem else None


def merge_parts(parts: Sequence[tuple[str, pd.DataFrame]]) -> pd.DataFrame:
    """One row per (date, code) from several tables; a value two tables give differently is an error.

    Every row must end with a close: PE-TTM for a session no table gives a close for is refused.
    """
    closes = _field_rows(parts, "close")
    pe = _field_rows(parts, "pe_ttm")
    merged = closes.merge(pe[["date", "code", "pe_ttm", "from"]], on=["date", "code"], how="outer",
                          suffixes=("", "_pe"))  # fmt: skip
    orphan = merged["close"].isna()
    if orphan.any():
        row = merged.loc[orphan].iloc[0]
        raise DataError(f"{row['from_pe']}: {row['code']} has PE-TTM on {row['date'].date()} but no table "
                        "gives its close")  # fmt: skip
    return merged.loc[:, COLUMNS]


def _field_rows(parts: Sequence[tuple[str, pd.DataFrame]], field: str) -> pd.DataFrame:
    """(date, code, name, field, from) rows of every part that gives ``field``; clashes are errors."""
    frames = [
        rows.loc[rows[field].notna(), ["date", "code", "name", field]].assign(**{"from": label})
        for label, rows in parts
    ]
    table = pd.concat(frames, ignore_index=True).drop_duplicates(["date", "code", field])
    clash = table.duplicated(["date", "code"], keep=False)
    if clash.any():
        a, b = table.loc[clash].sort_values(["date", "code"]).iloc[:2].itertuples(index=False)
        raise DataError(f"{a[4]} and {b[4]} disagree on {a.code} {field} on {pd.Timestamp(a.date).date()} "
                        f"({a[3]!r} vs {b[3]!r})")  # fmt: skip
    return table


def map_headers(path: Path, frame: pd.DataFrame) -> dict[str, str]:
    """Which header of the file holds each field; DataError if a required one is missing."""
    found: dict[str, str] = {}
    for header in frame.columns:
        field = header_field(header)
        if field is None:
            continue
        if field in found:
            raise DataError(f"{path}: columns {found[field]!r} and {header!r} both hold {field}")
        found[field] = header
    missing = [field for field in REQUIRED if field not in found]
    if missing:
        listed = ", ".join(str(h) for h in frame.columns) or "(none)"
        raise DataError(f"{path}: missing required column {', '.join(missing)} (headers found: {listed})")
    return found


def _parse(path: Path, raw: RawTable, headers: dict[str, str]) -> pd.DataFrame:
    cells = raw.frame
    n = len(cells)
    dates = _dates(cells[headers["date"]])
    codes = _by_value(cells[headers["code"]], parse_code)
    names = _by_value(cells[headers["name"]], parse_name)
    close, close_blank, close_text = _numbers(cells[headers["close"]])
    if "pe_ttm" in headers:
        pe, _, pe_text = _numbers(cells[headers["pe_ttm"]])
    else:
        pe, pe_text = np.full(n, np.nan), np.zeros(n, dtype=bool)
    problems = [
        Problem("date", np.isnat(dates), f"is not a date ({DATE_FORMATS})"),
        Problem("code", pd.isna(codes), "is blank"),
        Problem("name", pd.isna(names), "is blank"),
        Problem("close", close_blank, "is blank"),
        Problem("close", close_text, "is not a number"),
        Problem("close", ~close_blank & ~close_text & ~(close > 0), "is not positive"),
        Problem("close", np.isinf(close), "is not finite"),
        Problem("pe_ttm", pe_text, "is not a number"),
        Problem("pe_ttm", np.isinf(pe), "is not finite"),
    ]
    _raise_first(path, raw, headers, problems)
    table = pd.DataFrame({"date": dates, "code": codes, "name": names, "close": close, "pe_ttm": pe})
    table["position"] = np.arange(n)
    return table


def _raise_first(path: Path, raw: RawTable, headers: dict[str, str], problems: list[Problem]) -> None:
    """DataError for the first bad row in file order (and its first bad field); else nothing."""
    if not any(p.mask.any() for p in problems):
        return
    bad_any = np.logical_or.reduce([p.mask for p in problems])
    position = int(np.flatnonzero(bad_any)[0])
    problem = next(p for p in problems if p.mask[position])
    header = headers[problem.field]
    value = raw.frame[header].iloc[position]
    shown = "" if _is_missing(value) else f" (got {value!r})"
    others = int(bad_any.sum()) - 1
    more = f"; {others} more bad row{'s' if others != 1 else ''}" if others else ""
    label = problem.field if header == problem.field else f"{header} ({problem.field})"
    raise DataError(f"{path}: {raw.where(position)}: {label} {problem.says}{shown}{more}")


def _by_value(column: pd.Series, parse: Callable[[object], object]) -> np.ndarray:
    """``parse`` applied once per distinct value; missing cells and failures give None."""
    positions, uniques = pd.factorize(column, use_na_sentinel=True)
    parsed = np.empty(len(uniques) + 1, dtype=object)
    parsed[:-1] = [parse(value) for value in uniques]
    parsed[-1] = None
    return parsed[positions]


def _dates(column: pd.Series) -> np.ndarray:
    """datetime64[ns] at midnight; NaT where the cell is not a date in an accepted format."""
    if pd.api.types.is_datetime64_any_dtype(column):
        stamps = pd.to_datetime(column)
        if stamps.dt.tz is not None:  # an instant (Parquet UTC): the trading day is Beijing's
            stamps = stamps.dt.tz_convert(MARKET_TZ).dt.tz_localize(None)
        return stamps.dt.normalize().to_numpy(dtype="datetime64[ns]")
    positions, uniques = pd.factorize(column, use_na_sentinel=True)
    parsed = [parse_date(value) for value in uniques]
    lookup = pd.DatetimeIndex([pd.NaT if d is None else pd.Timestamp(d) for d in parsed] + [pd.NaT])
    return lookup.to_numpy(dtype="datetime64[ns]")[positions]


def _numbers(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(values as float64, blank mask, not-a-number mask) of a numeric or text column.

    Thousands separators (``3,456.78``) and surrounding spaces are accepted.
    """
    if pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
        values = column.to_numpy(dtype="float64", na_value=np.nan)
        return values, np.isnan(values), np.zeros(len(values), dtype=bool)
    missing = column.isna().to_numpy()
    values = pd.to_numeric(column, errors="coerce").to_numpy(dtype="float64", na_value=np.nan, copy=True)
    retry = np.isnan(values) & ~missing
    if not retry.any():
        return values, missing, np.zeros(len(values), dtype=bool)
    text = column[retry].astype(str).str.strip()
    cleaned = pd.to_numeric(text.str.replace(",", "", regex=False), errors="coerce")
    values[retry] = cleaned.to_numpy(dtype="float64", na_value=np.nan)
    blank = missing.copy()
    blank[retry] = (text == "").to_numpy()
    return values, blank, np.isnan(values) & ~blank


def _drop_duplicates(path: Path, raw: RawTable, table: pd.DataFrame) -> pd.DataFrame:
    """Exact duplicates dropped (the first kept); two rows for one (date, code) that differ: DataError."""
    table = table.loc[~table.duplicated(COLUMNS)]
    clash = table.duplicated(["date", "code"], keep=False)
    if clash.any():
        first = table.loc[clash].sort_values("position").iloc[0]
        pair = table.loc[(table["date"] == first["date"]) & (table["code"] == first["code"])]
        a, b = pair.sort_values("position").iloc[:2].itertuples(index=False)
        differs = ", ".join(
            f"{field} {getattr(a, field)!r} vs {getattr(b, field)!r}"
            for field in ("name", "close", "pe_ttm")
            if not _same(getattr(a, field), getattr(b, field))
        )
        raise DataError(
            f"{path}: {raw.where(a.position)} and {raw.where(b.position)} both give {a.code} on "
            f"{pd.Timestamp(a.date).date()} but disagree ({differs})"
        )
    return table.drop(columns="position")


def _is_missing(value: object) -> bool:
    return value is None or value is pd.NaT or (isinstance(value, float) and np.isnan(value))


def _same(a: object, b: object) -> bool:
    both_nan = isinstance(a, float) and isinstance(b, float) and np.isnan(a) and np.isnan(b)
    return bool(both_nan or a == b)
