"""The local market store: one DuckDB file with every imported or fetched row, and an import log.

Writes are transactional: an upsert either saves every row of its frame or none of them.
Frames go in and come out in the long format of ``sectorbrief.market``.

Only sectorbrief stores are opened: a file that is not a DuckDB database (a CSV passed as
``--store``), a truncated or corrupt one, or a DuckDB database holding other tables is refused
with one message naming it. A store of the first schema (PE-TTM >= 0 enforced) is upgraded in
place, in one transaction, to the current one (loss-making industries have negative PE-TTM).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import duckdb
import pandas as pd

from sectorbrief.errors import DataError
from sectorbrief.home import default_store_path
from sectorbrief.market import COLUMNS, normalise

log = logging.getLogger(__name__)

STORE_SCHEMA = "sectorbrief.store/2"
DUCKDB_MAGIC = (8, b"DUCK")
DATA_SUFFIXES = (
    ".csv",
    ".tsv",
    ".txt",
    ".xlsx",
    ".xlsm",
    ".xls",
    ".parquet",
    ".pq",
    ".json",
    ".jsonl",
)  # offset and bytes of the magic word in a DuckDB file's header

PRICES = """
CREATE TABLE {table} (
    date DATE NOT NULL,
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    close DOUBLE NOT NULL CHECK (close > 0),
    pe_ttm DOUBLE CHECK (isfinite(pe_ttm)),
    source VARCHAR NOT NULL,
    PRIMARY KEY (date, code)
);
"""

SCHEMA = (
    PRICES.format(table="prices")
    + """
CREATE TABLE store_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
INSERT INTO store_info VALUES ('schema', '"""
    + STORE_SCHEMA
    + """');
CREATE TABLE imports (
    imported_at TIMESTAMP NOT NULL,
    source VARCHAR NOT NULL,
    rows INTEGER NOT NULL,
    inserted INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL
);
"""
)

# The first schema had no store_info and refused negative PE-TTM: copy prices into the current table.
UPGRADE_FROM_1 = (
    PRICES.format(table="prices_v2")
    + """
INSERT INTO prices_v2 SELECT date, code, name, close, pe_ttm, source FROM prices;
DROP TABLE prices;
ALTER TABLE prices_v2 RENAME TO prices;
CREATE TABLE store_info (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
INSERT INTO store_info VALUES ('schema', '"""
    + STORE_SCHEMA
    + """');
"""
)

# The columns of each table, in order: what makes a DuckDB file a sectorbrief store.
TABLES = {
    "prices": ("date", "code", "name", "close", "pe_ttm", "source"),
    "imports": ("imported_at", "source", "rows", "inserted", "updated", "unchanged"),
}

# Incoming rows that are new or differ from the stored row, with which of the two they are.
_CHANGES = """
CREATE TEMP TABLE changes AS
SELECT i.date, i.code, i.name, i.close, i.pe_ttm, p.code IS NULL AS is_new
FROM (SELECT CAST(date AS DATE) AS date, code, name, close, pe_ttm FROM incoming) AS i
LEFT JOIN prices AS p ON p.date = i.date AND p.code = i.code
WHERE p.code IS NULL
   OR p.name IS DISTINCT FROM i.name
   OR p.close IS DISTINCT FROM i.close
   OR p.pe_ttm IS DISTINCT FROM i.pe_ttm
"""

_INSERT_NEW = """
INSERT INTO prices (date, code, name, close, pe_ttm, source)
SELECT date, code, name, close, pe_ttm, ? FROM changes WHERE is_new
"""

_UPDATE_CHANGED = """
UPDATE prices SET name = c.name, close = c.close, pe_ttm = c.pe_ttm, source = ?
FROM changes AS c
WHERE NOT c.is_new AND prices.date = c.date AND prices.code = c.code
"""


@dataclass(frozen=True)
class UpsertResult:
    """What one upsert did: rows it added, rows it changed, rows that were already so."""

    inserted: int
    updated: int
    unchanged: int

    @property
    def rows(self) -> int:
        return self.inserted + self.updated + self.unchanged


class Store:
    """A DuckDB market store; use as ``with Store.open(path) as store: ...``."""

    def __init__(self, path: Path, connection: duckdb.DuckDBPyConnection) -> None:
        self.path = path
        self._db = connection

    @classmethod
    def open(cls, path: Path | None = None, *, create: bool = True) -> Store:
        """Open the store at ``path`` (default ``default_store_path()``), creating it if ``create``.

        DataError, naming the file, when there is no store and ``create`` is False (no file is
        made), or when the file is not a sectorbrief store.
        """
        path = Path(path) if path is not None else default_store_path()
        if path.suffix.lower() in DATA_SUFFIXES:
            raise DataError(
                f"{path}: a data file name, not a market store; import it with "
                "`sectorbrief data import FILE` and give --store a .duckdb file"
            )
        exists = path.exists()
        if not exists and not create:
            raise DataError(
                f"{path}: no market store there yet; add data with `sectorbrief data import FILE` "
                "or `sectorbrief data fetch`"
            )
        if exists:
            _check_duckdb_file(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = duckdb.connect(str(path))
        except (OSError, duckdb.Error) as exc:
            raise DataError(f"{path}: cannot open the market store ({_first_line(exc)})") from None
        try:
            _prepare(path, connection)
        except BaseException:
            connection.close()
            raise
        log.debug("opened store %s", path)
        return cls(path, connection)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def upsert(self, frame: pd.DataFrame, source: str) -> UpsertResult:
        """Save a long market frame: new rows inserted, differing rows updated, all in one transaction.

        Saving the same rows again changes nothing. On any error nothing is saved and a
        DataError names the store and the source.
        """
        incoming = frame.loc[:, COLUMNS]
        if incoming.duplicated(["date", "code"]).any():
            raise DataError(f"{self.path}: rows from {source} repeat a (date, code); nothing saved")
        self._db.begin()
        try:
            result = self._apply(incoming, source)
            self._commit()  # a full disk fails here: inside the handling, so nothing is half-saved
        except (duckdb.Error, OSError) as exc:
            self._rollback()
            raise DataError(
                f"{self.path}: cannot save rows from {source}; nothing saved ({_first_line(exc)})"
            ) from None
        except BaseException:
            self._rollback()
            raise
        log.info("upserted %s from %s: %s", len(incoming), source, result)
        return result

    def _commit(self) -> None:
        self._db.commit()

    def _rollback(self) -> None:
        """Roll back the open transaction; after a failed commit there may be none left to roll back."""
        try:
            self._db.rollback()
        except duckdb.Error as exc:
            log.debug("rollback after a failed write: %s", _first_line(exc))

    def _read(self, query: str, params: Sequence[object] = ()) -> duckdb.DuckDBPyConnection:
        """Run a read query; a damaged store gives a DataError naming it."""
        try:
            return self._db.execute(query, list(params))
        except duckdb.Error as exc:
            raise DataError(f"{self.path}: cannot read the market store ({_first_line(exc)})") from None

    def _apply(self, incoming: pd.DataFrame, source: str) -> UpsertResult:
        self._db.register("incoming", incoming)
        try:
            self._db.execute("DROP TABLE IF EXISTS changes")
            self._db.execute(_CHANGES)
            counted = self._db.execute(
                "SELECT count(*) FILTER (is_new), count(*) FILTER (NOT is_new) FROM changes"
            ).fetchone()
            inserted, updated = (int(n) for n in counted) if counted else (0, 0)
            self._db.execute(_INSERT_NEW, [source])
            if updated:
                self._db.execute(_UPDATE_CHANGED, [source])
            result = UpsertResult(inserted, updated, len(incoming) - inserted - updated)
            self._db.execute(
                "INSERT INTO imports VALUES (current_localtimestamp(), ?, ?, ?, ?, ?)",
                [source, result.rows, result.inserted, result.updated, result.unchanged],
            )
            self._db.execute("DROP TABLE changes")
        finally:
            self._db.unregister("incoming")
        return result

    def load(
        self, codes: Sequence[str] | None = None, start: dt.date | None = None, end: dt.date | None = None
    ) -> pd.DataFrame:
        """Stored rows as a long market frame; optionally only ``codes`` and dates in [start, end]."""
        query = "SELECT date, code, name, close, pe_ttm FROM prices WHERE true"
        params: list[object] = []
        if codes is not None:
            query += " AND list_contains(?, code)"
            params.append(list(codes))
        if start is not None:
            query += " AND date >= ?"
            params.append(start)
        if end is not None:
            query += " AND date <= ?"
            params.append(end)
        return normalise(self._read(query, params).df())

    def last_dates(self) -> dict[str, dt.date]:
        """The last stored date of each code (where an incremental fetch should resume)."""
        rows = self._read("SELECT code, max(date) FROM prices GROUP BY code ORDER BY code").fetchall()
        return {code: last for code, last in rows}

    def summary(self) -> pd.DataFrame:
        """One row per code: code, name (the latest), first and last date (datetime64), rows."""
        table = self._read(
            """SELECT code, arg_max(name, date) AS name, CAST(min(date) AS TIMESTAMP) AS first,
                      CAST(max(date) AS TIMESTAMP) AS last, count(*) AS rows
               FROM prices GROUP BY code ORDER BY code"""
        ).df()
        return table.astype({"first": "datetime64[ns]", "last": "datetime64[ns]"})

    def imports(self) -> pd.DataFrame:
        """The import log, oldest first."""
        return self._read("SELECT * FROM imports ORDER BY imported_at").df()


def load_store(path: Path | None = None) -> tuple[pd.DataFrame, Path]:
    """Every row of an existing store and its path; DataError if there is no store or it is empty."""
    with Store.open(path, create=False) as store:
        frame = store.load()
    if frame.empty:
        raise DataError(
            f"{store.path}: the market store holds no rows yet; add data with "
            "`sectorbrief data import FILE` or `sectorbrief data fetch`"
        )
    return frame, store.path


def _check_duckdb_file(path: Path) -> None:
    """DataError unless ``path`` is a file that starts like a DuckDB database."""
    if path.is_dir():
        raise DataError(f"{path}: is a directory, not a market store file")
    offset, magic = DUCKDB_MAGIC
    try:
        with path.open("rb") as handle:
            head = handle.read(offset + len(magic))
    except OSError as exc:
        raise DataError(f"{path}: cannot read the market store ({exc.strerror or exc})") from None
    if head[offset:] != magic:
        raise DataError(
            f"{path}: not a sectorbrief market store (not a DuckDB database file); "
            "give --store a .duckdb store, or import a data file with `sectorbrief data import FILE`"
        )


def _prepare(path: Path, db: duckdb.DuckDBPyConnection) -> None:
    """Create the schema in an empty database, upgrade a first-schema store, refuse anything else."""
    try:
        tables = _tables(db)
        if not tables:
            _in_transaction(db, SCHEMA)
            return
        mismatched = [name for name, columns in TABLES.items() if tables.get(name) != columns]
        if mismatched:
            found = ", ".join(sorted(tables)) or "none"
            raise DataError(
                f"{path}: a DuckDB database but not a sectorbrief market store (tables: {found}); "
                "open only stores made by `sectorbrief data import` or `data fetch`"
            )
        if "store_info" not in tables:
            log.info("upgrading store %s to %s", path, STORE_SCHEMA)
            _in_transaction(db, UPGRADE_FROM_1)
            return
        version = db.execute("SELECT value FROM store_info WHERE key = 'schema'").fetchone()
    except duckdb.Error as exc:
        raise DataError(f"{path}: the market store is damaged or unreadable ({_first_line(exc)})") from None
    if version is None or version[0] != STORE_SCHEMA:
        got = version[0] if version else "none"
        raise DataError(f"{path}: market store schema {got!r}; this sectorbrief reads {STORE_SCHEMA!r}")


def _tables(db: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, ...]]:
    rows = db.execute(
        """SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = 'main' ORDER BY table_name, ordinal_position"""
    ).fetchall()
    tables: dict[str, tuple[str, ...]] = {}
    for table, column in rows:
        tables[table] = (*tables.get(table, ()), column)
    return tables


def _in_transaction(db: duckdb.DuckDBPyConnection, script: str) -> None:
    db.begin()
    try:
        db.execute(script)
    except BaseException:
        db.rollback()
        raise
    db.commit()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
