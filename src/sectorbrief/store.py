"""The local market store: one DuckDB file with every imported or fetched row, and an import log.

Writes are transactional: an upsert either saves every row of its frame or none of them.
Frames go in and come out in the long format of ``sectorbrief.market``.
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
from sectorbrief.home import sectorbrief_home
from sectorbrief.market import COLUMNS, normalise

log = logging.getLogger(__name__)

STORE_FILE = "store.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS prices (
    date DATE NOT NULL,
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    close DOUBLE NOT NULL CHECK (close > 0),
    pe_ttm DOUBLE CHECK (pe_ttm >= 0),
    source VARCHAR NOT NULL,
    PRIMARY KEY (date, code)
);
CREATE TABLE IF NOT EXISTS imports (
    imported_at TIMESTAMP NOT NULL,
    source VARCHAR NOT NULL,
    rows INTEGER NOT NULL,
    inserted INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL
);
"""

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


def default_store_path() -> Path:
    """``$SECTORBRIEF_HOME/store.duckdb``, else ``~/.sectorbrief/store.duckdb``."""
    return sectorbrief_home() / STORE_FILE


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
    def open(cls, path: Path | None = None) -> Store:
        """Open (creating if needed) the store at ``path`` or at ``default_store_path()``."""
        path = Path(path) if path is not None else default_store_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = duckdb.connect(str(path))
        except (OSError, duckdb.Error) as exc:
            raise DataError(f"{path}: cannot open the market store ({_first_line(exc)})") from None
        try:
            connection.execute(SCHEMA)
        except duckdb.Error as exc:
            connection.close()
            raise DataError(f"{path}: not a usable market store ({_first_line(exc)})") from None
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
        except duckdb.Error as exc:
            self._db.rollback()
            raise DataError(
                f"{self.path}: cannot save rows from {source}; nothing saved ({_first_line(exc)})"
            ) from None
        except BaseException:
            self._db.rollback()
            raise
        self._db.commit()
        log.info("upserted %s from %s: %s", len(incoming), source, result)
        return result

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
        return normalise(self._db.execute(query, params).df())

    def last_dates(self) -> dict[str, dt.date]:
        """The last stored date of each code (where an incremental fetch should resume)."""
        rows = self._db.execute("SELECT code, max(date) FROM prices GROUP BY code ORDER BY code").fetchall()
        return {code: last for code, last in rows}

    def summary(self) -> pd.DataFrame:
        """One row per code: code, name (the latest), first and last date (datetime64), rows."""
        table = self._db.execute(
            """SELECT code, arg_max(name, date) AS name, CAST(min(date) AS TIMESTAMP) AS first,
                      CAST(max(date) AS TIMESTAMP) AS last, count(*) AS rows
               FROM prices GROUP BY code ORDER BY code"""
        ).df()
        return table.astype({"first": "datetime64[ns]", "last": "datetime64[ns]"})

    def imports(self) -> pd.DataFrame:
        """The import log, oldest first."""
        return self._db.execute("SELECT * FROM imports ORDER BY imported_at").df()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
