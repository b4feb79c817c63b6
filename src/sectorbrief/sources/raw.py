"""Read a CSV, Parquet or XLSX file into raw tables: original headers, untouched cells, row numbers.

A table whose first non-blank row names the long columns (date, code, name, close) is a
RawTable; anything else is handed on as a Grid of cells for the wide reader. Every sheet of a
workbook is read. Row numbers are what a person opening the file would see: the line in a CSV,
the row in the XLSX sheet, the 1-based row in a Parquet file.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from sectorbrief.errors import DataError
from sectorbrief.sources.values import header_field
from sectorbrief.sources.wide import Grid, is_blank

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
PARQUET_SUFFIXES = (".parquet", ".pq")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
STRICT_ENCODINGS = ("utf-8-sig", "gb18030")


@dataclass(frozen=True)
class RawTable:
    """Cells as the file holds them, one frame row per data row, and where each row sits."""

    frame: pd.DataFrame
    rows: np.ndarray
    unit: str  # "line" (CSV) or "row" (XLSX sheet row, Parquet row)

    def where(self, position: int) -> str:
        return f"{self.unit} {int(self.rows[position])}"


def read_tables(path: Path) -> list[tuple[str, RawTable | Grid]]:
    """Each table of ``path`` with a label for messages (the file, and the sheet in a workbook)."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return [(str(path), _read_text(path))]
    if suffix in PARQUET_SUFFIXES:
        return [(str(path), _read_parquet(path))]
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path)
    raise DataError(
        f"{path}: unsupported file type {suffix or '(no extension)'!r}; expected .csv, .parquet or .xlsx"
    )


def read_raw(path: Path) -> RawTable:
    """The first table of ``path`` with its first filled row as the header, whatever its columns:
    for tables that are not markets (a ratings list)."""
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        data = _read_bytes(path)
        if not data.strip():
            raise DataError(f"{path}: the file is empty")
        return _read_long_text(path, decode_text(path, data))
    _, table = read_tables(path)[0]
    if isinstance(table, RawTable):
        return table
    if not table.rows:
        raise DataError(f"{path}: the file is empty")
    header = [
        f"column {n}" if is_blank(cell) else str(cell).strip() for n, cell in enumerate(table.rows[0], 1)
    ]
    frame = pd.DataFrame(table.rows[1:], columns=header, dtype=object)
    return RawTable(frame=frame, rows=np.array(table.numbers[1:], dtype=int), unit=table.label)


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise DataError(f"{path}: no such file")
    if path.is_dir():
        raise DataError(f"{path}: is a directory, not a data file")


def _read_bytes(path: Path) -> bytes:
    _check_readable(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DataError(f"{path}: cannot read the file ({exc.strerror or exc})") from None


def decode_text(path: Path, data: bytes) -> str:
    """Text of a CSV: strict UTF-8 (BOM or not), then strict GB18030, then detection.

    Detection (charset-normalizer) is only asked when both strict decodings fail, and its
    answer must itself decode the bytes strictly.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(path, data, "utf-16")
    if data.startswith(codecs.BOM_UTF8):  # a BOM before GBK text (some tools add one blindly)
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" not in data[:4096]:
        for encoding in STRICT_ENCODINGS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            log.debug("%s decoded as %s", path, encoding)
            return text
    import charset_normalizer  # only for the rare file that is neither UTF-8 nor GB18030

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DataError(f"{path}: cannot tell the text encoding; save it as UTF-8 or GBK")
    return _decode(path, data, best.encoding)


def _decode(path: Path, data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise DataError(f"{path}: not valid {encoding} text; save it as UTF-8 or GBK") from None
    log.debug("%s decoded as %s", path, encoding)
    return text.removeprefix("\ufeff")


def is_long_header(row: tuple[object, ...]) -> bool:
    """Whether a header row is a long table's: two or more long columns, none named twice
    (a wide export repeats its indicator, 收盘价 收盘价 ..., over its index columns)."""
    fields = [f for f in (header_field(cell) for cell in row if not is_blank(cell)) if f is not None]
    return len(set(fields)) >= 2 and len(fields) == len(set(fields))


def _first_filled(rows: Sequence[tuple[object, ...]]) -> tuple[object, ...]:
    return next((row for row in rows if not all(is_blank(v) for v in row)), ())


def _read_text(path: Path) -> RawTable | Grid:
    data = _read_bytes(path)
    if not data.strip():
        raise DataError(f"{path}: the file is empty")
    text = decode_text(path, data)
    first_line = text.split("\n", 1)[0]
    sep = "\t" if "\t" in first_line and "," not in first_line else ","
    header = next(csv.reader([first_line], delimiter=sep), [])
    if is_long_header(tuple(header)):
        return _read_long_text(path, text)
    rows = [tuple(row) for row in csv.reader(io.StringIO(text), delimiter=sep)]
    filled = [(n, r) for n, r in enumerate(rows, start=1) if not all(is_blank(v) for v in r)]
    return Grid(rows=[r for _, r in filled], numbers=[n for n, _ in filled], label="line")


def _read_long_text(path: Path, text: str) -> RawTable:
    first_line = text.split("\n", 1)[0]
    sep = "\t" if "\t" in first_line and "," not in first_line else ","
    try:
        frame = pd.read_csv(
            io.StringIO(text), sep=sep, dtype=object, keep_default_na=False, skip_blank_lines=False
        )
    except pd.errors.EmptyDataError:
        raise DataError(f"{path}: the file is empty") from None
    except pd.errors.ParserError as exc:
        detail = str(exc).strip().splitlines()[-1]
        raise DataError(f"{path}: not a readable CSV table ({detail})") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    rows = np.arange(2, len(frame) + 2)
    blank = (frame.isna() | (frame == "")).all(axis=1).to_numpy()
    if blank.any():
        frame = frame.loc[~blank].reset_index(drop=True)
        rows = rows[~blank]
    return RawTable(frame=frame, rows=rows, unit="line")


def _read_parquet(path: Path) -> RawTable:
    _check_readable(path)
    try:
        frame = pd.read_parquet(path)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DataError(f"{path}: not a readable Parquet file ({detail})") from None
    frame = frame.reset_index(drop=True)
    frame.columns = [str(c).strip() for c in frame.columns]
    return RawTable(frame=frame, rows=np.arange(1, len(frame) + 1), unit="row")


def _read_xlsx(path: Path) -> list[tuple[str, RawTable | Grid]]:
    """Every sheet that holds cells; in a long sheet the first non-empty row is the header."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_readable(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, KeyError, zipfile.BadZipFile, InvalidFileException) as exc:
        raise DataError(f"{path}: not a readable XLSX workbook ({type(exc).__name__})") from None
    tables: list[tuple[str, RawTable | Grid]] = []
    try:
        for sheet in book.worksheets:
            table = _sheet_table(list(sheet.iter_rows(values_only=True)), f"sheet {sheet.title!r} row")
            if table is not None:
                tables.append((f"{path}, sheet {sheet.title!r}", table))
            else:
                log.info("%s: sheet %r is empty", path, sheet.title)
    finally:
        book.close()
    if not tables:
        raise DataError(f"{path}: every sheet is empty")
    return tables


def _sheet_table(cells: list[tuple[object, ...]], unit: str) -> RawTable | Grid | None:
    """A sheet as a long RawTable or a wide Grid; None for an empty sheet."""
    first = _first_filled(cells)
    if not first:
        return None
    if not is_long_header(first):
        filled = [(n, r) for n, r in enumerate(cells, start=1) if not all(is_blank(v) for v in r)]
        return Grid(rows=[r for _, r in filled], numbers=[n for n, _ in filled], label=unit)
    header, records, rows = _sheet_rows(cells)
    assert header is not None
    frame = pd.DataFrame(records, columns=header, dtype=object)
    return RawTable(frame=frame, rows=np.asarray(rows, dtype=np.int64), unit=unit)


def _sheet_rows(
    cells: Iterable[tuple[object, ...]],
) -> tuple[list[str] | None, list[tuple[object, ...]], list[int]]:
    header: list[str] | None = None
    records: list[tuple[object, ...]] = []
    rows: list[int] = []
    for number, row in enumerate(cells, start=1):
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in row):
            continue
        if header is None:
            header = [f"column {i + 1}" if v is None else str(v).strip() for i, v in enumerate(row)]
            continue
        records.append(tuple(row[: len(header)]) + (None,) * (len(header) - len(row)))
        rows.append(number)
    return header, records, rows
