"""Market data files (CSV, Parquet, XLSX) into the validated long market frame.

The contract is DESIGN.md "Market data files". Parsing is vectorised: dates, codes and names
are parsed once per distinct value, numbers by pandas; rows are looked at one by one only to
name the first bad one in an error message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sectorbrief.errors import DataError
from sectorbrief.market import COLUMNS, normalise
from sectorbrief.sources.raw import RawTable, read_raw
from sectorbrief.sources.values import REQUIRED, header_field, parse_code, parse_date, parse_name

log = logging.getLogger(__name__)

DATE_FORMATS = "YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD"


@dataclass(frozen=True)
class Problem:
    """Rows where one field fails one rule."""

    field: str
    mask: np.ndarray
    says: str


def read_market_file(path: Path) -> pd.DataFrame:
    """The long market frame (``date, code, name, close, pe_ttm``) held in a CSV/Parquet/XLSX file.

    Exact duplicate rows are dropped; anything else wrong raises one DataError naming the file,
    the row and the field.
    """
    path = Path(path)
    raw = read_raw(path)
    headers = map_headers(path, raw.frame)
    if raw.frame.empty:
        raise DataError(f"{path}: no data rows below the header")
    table = _parse(path, raw, headers)
    table = _drop_duplicates(path, raw, table)
    log.info("read %d rows, %d codes from %s", len(table), table["code"].nunique(), path)
    return normalise(table)


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
        Problem("pe_ttm", pe < 0, "is negative"),
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
        if stamps.dt.tz is not None:
            stamps = stamps.dt.tz_localize(None)
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
