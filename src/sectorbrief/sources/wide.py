"""Wide terminal exports (Wind, iFinD, Choice) into long market rows.

A wide table has one date column and one column per index and indicator. Above the data sit
any number of header rows, recognised by what they hold, not where they are: a code
(``801010.SI``, ``801010``), a name with or without 申万 markers (``农林牧渔(申万)``,
``申万农林牧渔``, ``农林牧渔(801010.SI)``), an indicator (收盘价, 市盈率PE(TTM), 市盈率(TTM)) and
a unit. An indicator written once over several columns (a merged cell) holds for the columns
to its right. Below the data, footers such as ``数据来源：Wind`` are skipped.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from sectorbrief.errors import DataError
from sectorbrief.sources.values import parse_code, parse_date
from sectorbrief.taxonomy import Taxonomy

log = logging.getLogger(__name__)

EXCEL_EPOCH = dt.date(1899, 12, 30)
SERIALS = (20_000, 80_000)  # Excel serial numbers of 1954..2119: a plausible trading day
MISSING = {"", "--", "-", "—", "n/a", "na", "nan", "#n/a", "null", "none"}

_CODE = re.compile(r"(?<![\d.])(\d{6})(?:\.(SI|SH|SZ))?(?![\d])", re.IGNORECASE)
_MARKERS = re.compile(r"[（(]?申万[）)]?|[（(]?SW[）)]?|指数|行业|[（(][^（）()]*[）)]|\s", re.IGNORECASE)
_SPLIT = re.compile(r"[:：|/]")


class NoTable(DataError):
    """A sheet with no date column: no market table at all (a notes sheet in a workbook)."""


@dataclass(frozen=True)
class Grid:
    """A sheet's cells as read (no header chosen), with the row number a person would see."""

    rows: list[tuple[object, ...]]
    numbers: list[int]
    label: str  # "line" for a CSV, "sheet 'X' row" for a workbook sheet


@dataclass(frozen=True)
class Column:
    """One value column of a wide table: which index and which field it holds."""

    position: int
    code: str
    name: str
    field: str  # "close" or "pe_ttm"


def column_letter(position: int) -> str:
    """0 -> A, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def indicator(text: str) -> str | None:
    """``close`` for 收盘价, ``pe_ttm`` for a TTM price-earnings ratio, ``other`` for another
    indicator word, None for text that names no indicator."""
    key = unicodedata.normalize("NFKC", text).upper().replace(" ", "")
    if "收盘" in key or key in ("CLOSE", "CLOSEPRICE"):
        return "close"
    if "市盈率" in key or key.startswith("PE"):
        return "pe_ttm" if "TTM" in key else "other"
    if any(word in key for word in ("开盘", "最高", "最低", "成交", "涨跌", "换手", "市净率", "股息")):
        return "other"
    return None


def wide_date(value: object) -> dt.date | None:
    """A date cell: a date, accepted date text, or an Excel serial number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and _is_serial(float(value)):
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    return parse_date(value)


def _is_serial(value: float) -> bool:
    return math.isfinite(value) and value.is_integer() and SERIALS[0] <= value <= SERIALS[1]


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip().lower() in MISSING


def parse_wide(source: str, grid: Grid, taxonomy: Taxonomy, hint: str | None = None) -> pd.DataFrame:
    """Long rows (``date, code, name, close, pe_ttm``; the field a column lacks is NaN) of a wide grid.

    ``hint`` is the indicator the file's name implies, for files with one indicator and no
    indicator row. DataError names the source, row and column of the first problem.
    """
    width = max((len(r) for r in grid.rows), default=0)
    rows = [tuple(r) + (None,) * (width - len(r)) for r in grid.rows]
    date_col = _date_column(rows)
    if date_col is None:
        raise NoTable(f"{source}: no date column found (expected the long columns date, code, name, close, "
                        "or a wide export with one date column and one column per index)")  # fmt: skip
    first, last = _data_span(rows, date_col)
    columns = _columns(source, rows[:first], date_col, width, taxonomy, hint)
    frames = [_values(source, grid, rows, (first, last), date_col, column) for column in columns]
    table = pd.concat(frames, ignore_index=True)
    log.info("%s: wide table, %d columns, rows %d..%d", source, len(columns), grid.numbers[first],
             grid.numbers[last])  # fmt: skip
    return _pivot(source, table)


def _date_column(rows: Sequence[tuple[object, ...]]) -> int | None:
    """The leftmost of the columns holding the most dates; None when no column holds one."""
    counts = [sum(wide_date(r[col]) is not None for r in rows) for col in range(len(rows[0]) if rows else 0)]
    best = max(counts, default=0)
    return counts.index(best) if best else None


def _data_span(rows: Sequence[tuple[object, ...]], date_col: int) -> tuple[int, int]:
    """First and last row index whose date cell is a date: above are headers, below footers."""
    dated = [i for i, r in enumerate(rows) if wide_date(r[date_col]) is not None]
    return dated[0], dated[-1]


def _columns(
    source: str,
    header: Sequence[tuple[object, ...]],
    date_col: int,
    width: int,
    taxonomy: Taxonomy,
    hint: str | None,
) -> list[Column]:
    fields = _fields(header, date_col, width, hint)
    out: list[Column] = []
    seen: dict[tuple[str, str], int] = {}
    for col in range(width):
        if col == date_col:
            continue
        cells = [str(r[col]).strip() for r in header if not is_blank(r[col])]
        code, name = _identity(cells, taxonomy)
        field = fields[col]
        if code is None:
            if cells and field in ("close", "pe_ttm"):
                raise DataError(f"{source}: column {column_letter(col)} ({' / '.join(cells)}): cannot tell which "
                                "index it holds; expected a code such as 801010.SI or an SW name")  # fmt: skip
            continue
        if field not in ("close", "pe_ttm"):
            log.info(
                "%s: column %s (%s) skipped: not 收盘价 or 市盈率(TTM)", source, column_letter(col), code
            )
            continue
        if (code, field) in seen:
            raise DataError(f"{source}: columns {column_letter(seen[code, field])} and {column_letter(col)} "
                            f"both hold {code} {field}")  # fmt: skip
        seen[code, field] = col
        out.append(Column(col, code, name, field))
    if not out:
        found = "; ".join(" / ".join(str(r[c]) for r in header if not is_blank(r[c])) for c in range(width))
        raise DataError(f"{source}: no index column with 收盘价 or 市盈率PE(TTM) found "
                        f"(header cells: {found or 'none'})")  # fmt: skip
    return out


def _fields(
    header: Sequence[tuple[object, ...]], date_col: int, width: int, hint: str | None
) -> list[str | None]:
    """The indicator of each column: its own header cell, else one written to its left in the
    same row (a merged cell), else the row label's or the file name's."""
    fields: list[str | None] = [None] * width
    for row in header:
        label = indicator(str(row[date_col])) if not is_blank(row[date_col]) else None
        current: str | None = label if label in ("close", "pe_ttm") else None
        hint = current or hint
        for col in range(width):
            if col == date_col:
                continue
            cell = row[col]
            found = None if is_blank(cell) else indicator(str(cell))
            if found is not None:
                current = found
            if fields[col] is None and current is not None and (found is not None or is_blank(cell)):
                fields[col] = current
    return [f if f is not None else hint for f in fields]


def _identity(cells: Sequence[str], taxonomy: Taxonomy) -> tuple[str | None, str]:
    """(code, name) of a column from its header cells: a code wins; else an SW or benchmark name."""
    code: str | None = None
    name = ""
    for cell in cells:
        match = _CODE.search(unicodedata.normalize("NFKC", cell))
        if match and code is None:
            code = parse_code(match.group(0))
        for part in _SPLIT.split(cell):
            bare = _MARKERS.sub("", unicodedata.normalize("NFKC", part))
            known = _lookup(bare, taxonomy)
            if known is not None:
                code = code or known
                name = name or taxonomy.name_of(known)
    if code is not None and not name:
        name = taxonomy.name_of(code) if code in _codes(taxonomy) else code
    return code, name


def _codes(taxonomy: Taxonomy) -> set[str]:
    return {i.code for i in (*taxonomy.industries, *taxonomy.benchmarks)}


def _lookup(bare: str, taxonomy: Taxonomy) -> str | None:
    if not bare or indicator(bare) is not None:
        return None
    for index in (*taxonomy.industries, *taxonomy.benchmarks):
        if bare == index.name:
            return index.code
    return None


def _values(
    source: str,
    grid: Grid,
    rows: Sequence[tuple[object, ...]],
    span: tuple[int, int],
    date_col: int,
    column: Column,
) -> pd.DataFrame:
    """One column's (date, value) rows; blank cells are absent values, text is an error."""
    dates: list[dt.date] = []
    values: list[float] = []
    for i in range(span[0], span[1] + 1):
        row = rows[i]
        day = wide_date(row[date_col])
        cell = row[column.position]
        where = f"{grid.label} {grid.numbers[i]}, column {column_letter(column.position)} ({column.code} {column.field})"
        if day is None:
            if all(is_blank(v) for j, v in enumerate(row) if j != date_col):
                continue  # a note row inside the table
            raise DataError(f"{source}: {grid.label} {grid.numbers[i]}, column {column_letter(date_col)}: "
                            f"date is not a date (got {row[date_col]!r})")  # fmt: skip
        if is_blank(cell):
            continue
        value = _number(cell)
        if value is None:
            raise DataError(f"{source}: {where}: is not a number (got {cell!r})")
        if column.field == "close" and not value > 0:
            raise DataError(f"{source}: {where}: close is not positive (got {cell!r})")
        dates.append(day)
        values.append(value)
    return pd.DataFrame({"date": pd.to_datetime(dates), "code": column.code, "name": column.name,
                         "field": column.field, "value": np.asarray(values, dtype="float64")})  # fmt: skip


def _number(cell: object) -> float | None:
    if isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        value = float(cell)
    else:
        try:
            value = float(str(cell).strip().replace(",", ""))
        except ValueError:
            return None
    return value if math.isfinite(value) else None


def _pivot(source: str, table: pd.DataFrame) -> pd.DataFrame:
    """Long rows with close and pe_ttm side by side; one date listed twice with two values is an error."""
    clash = table.duplicated(["date", "code", "field"], keep=False)
    if clash.any():
        first = table.loc[clash].iloc[0]
        same = table.loc[clash & (table["code"] == first["code"]) & (table["field"] == first["field"])]
        if same["value"].nunique() > 1:
            raise DataError(f"{source}: {first['code']} {first['field']} on {first['date'].date()} is given "
                            f"twice with different values")  # fmt: skip
        table = table.drop_duplicates(["date", "code", "field"])
    wide = table.pivot(index=["date", "code"], columns="field", values="value")
    names = table.drop_duplicates(["date", "code"]).set_index(["date", "code"])["name"]
    out = wide.join(names).reset_index()
    for field in ("close", "pe_ttm"):
        if field not in out.columns:
            out[field] = np.nan
    return out.loc[:, ["date", "code", "name", "close", "pe_ttm"]]
