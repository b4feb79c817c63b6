from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from sectorbrief.errors import DataError
from sectorbrief.home import default_store_path
from sectorbrief.store import Store, UpsertResult


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "store.duckdb") as opened:
        yield opened


def test_upsert_then_load_round_trips(store: Store, market_rows: pd.DataFrame) -> None:
    assert store.upsert(market_rows, "a.csv") == UpsertResult(inserted=42, updated=0, unchanged=0)
    pd.testing.assert_frame_equal(store.load(), market_rows)


def test_same_rows_twice_change_nothing(store: Store, market_rows: pd.DataFrame) -> None:
    store.upsert(market_rows, "a.csv")
    assert store.upsert(market_rows.sample(frac=1, random_state=1), "a.csv") == UpsertResult(0, 0, 42)
    pd.testing.assert_frame_equal(store.load(), market_rows)
    assert store.imports()["rows"].tolist() == [42, 42]


def test_changed_and_new_rows_are_counted(store: Store, market_rows: pd.DataFrame) -> None:
    store.upsert(market_rows.iloc[:30], "old.csv")
    revised = market_rows.copy()
    revised.loc[[0, 1], "close"] += 1.0
    revised.loc[2, "pe_ttm"] = 12.5
    revised.loc[3, "name"] = "改名"
    assert store.upsert(revised, "new.csv") == UpsertResult(inserted=12, updated=4, unchanged=26)
    pd.testing.assert_frame_equal(store.load(), revised)


def test_failing_upsert_leaves_the_store_unchanged(store: Store, market_rows: pd.DataFrame) -> None:
    store.upsert(market_rows.iloc[:21], "first.csv")
    before = store.load()
    bad = market_rows.copy()
    bad.loc[len(bad) - 1, "close"] = np.nan  # the very last row fails NOT NULL
    bad.loc[0, "close"] += 5.0  # an update that must be rolled back too
    with pytest.raises(DataError, match="nothing saved"):
        store.upsert(bad, "bad.csv")
    pd.testing.assert_frame_equal(store.load(), before)
    assert store.imports()["source"].tolist() == ["first.csv"]
    assert store.upsert(market_rows, "again.csv").inserted == 21  # the store still works


def test_repeated_keys_are_refused(store: Store, market_rows: pd.DataFrame) -> None:
    twice = pd.concat([market_rows, market_rows.iloc[[0]].assign(close=1.0)])
    with pytest.raises(DataError, match="repeat a"):
        store.upsert(twice, "dup.csv")
    assert store.load().empty


def test_load_filters(store: Store, market_rows: pd.DataFrame) -> None:
    store.upsert(market_rows, "a.csv")
    start, end = dt.date(2026, 6, 3), dt.date(2026, 6, 9)
    got = store.load(codes=["801770.SI", "000300.SH"], start=start, end=end)
    want = market_rows[
        market_rows["code"].isin(["801770.SI", "000300.SH"])
        & market_rows["date"].between(pd.Timestamp(start), pd.Timestamp(end))
    ].reset_index(drop=True)
    pd.testing.assert_frame_equal(got, want)
    assert store.load(codes=[]).empty


def test_last_dates_and_summary(store: Store, market_rows: pd.DataFrame) -> None:
    store.upsert(market_rows[market_rows["date"] <= "2026-06-10"], "a.csv")
    store.upsert(market_rows[market_rows["code"] == "801770.SI"], "b.csv")
    assert store.last_dates() == {
        "000300.SH": dt.date(2026, 6, 10),
        "801010.SI": dt.date(2026, 6, 10),
        "801770.SI": dt.date(2026, 6, 18),
    }
    summary = store.summary()
    assert summary["code"].tolist() == ["000300.SH", "801010.SI", "801770.SI"]
    assert summary["rows"].tolist() == [8, 8, 14]
    assert summary.loc[2, "first"] == pd.Timestamp("2026-06-01")
    assert summary.loc[2, "last"] == pd.Timestamp("2026-06-18")
    assert summary.loc[0, "name"] == "沪深300"


def test_empty_store(store: Store) -> None:
    assert store.load().empty
    assert store.last_dates() == {}
    assert store.summary().empty


def test_store_persists_between_opens(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    with Store.open(tmp_path / "s.duckdb") as first:
        first.upsert(market_rows, "a.csv")
    with Store.open(tmp_path / "s.duckdb") as second:
        pd.testing.assert_frame_equal(second.load(), market_rows)


def test_default_path_follows_sectorbrief_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, market_rows: pd.DataFrame
) -> None:
    monkeypatch.setenv("SECTORBRIEF_HOME", str(tmp_path / "home"))
    assert default_store_path() == tmp_path / "home" / "store.duckdb"
    with Store.open() as store:
        store.upsert(market_rows, "a.csv")
    assert (tmp_path / "home" / "store.duckdb").is_file()
    monkeypatch.delenv("SECTORBRIEF_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    assert default_store_path() == tmp_path / "user" / ".sectorbrief" / "store.duckdb"


def test_corrupt_store_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    path.write_bytes(b"this is not a database" * 500)
    with pytest.raises(DataError) as info:
        Store.open(path)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


# --- only sectorbrief stores are opened (issue 16, items 2, 7, 9, 10) -------------------------


def test_a_data_file_given_as_the_store_is_refused_and_left_alone(tmp_path: Path) -> None:
    csv = tmp_path / "prices.csv"
    csv.write_text("date,code,name,close\n2026-07-03,801770.SI,通信,100\n", encoding="utf-8")
    before = csv.read_bytes()
    with pytest.raises(DataError, match="a data file name, not a market store"):
        Store.open(csv)
    renamed = tmp_path / "prices.duckdb"
    renamed.write_bytes(before)
    with pytest.raises(DataError, match="not a sectorbrief market store"):
        Store.open(renamed)
    assert csv.read_bytes() == before == renamed.read_bytes()


def test_a_missing_store_is_not_created_when_only_read(tmp_path: Path) -> None:
    path = tmp_path / "none.duckdb"
    with pytest.raises(DataError, match="no market store there yet"):
        Store.open(path, create=False)
    assert not path.exists()


def test_a_duckdb_file_of_another_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as other:
        other.execute("CREATE TABLE trades (id INTEGER, price DOUBLE)")
    with pytest.raises(
        DataError, match=r"a DuckDB database but not a sectorbrief market store \(tables: trades\)"
    ):
        Store.open(path)


def test_a_truncated_store_is_one_clear_error(tmp_path: Path, market_rows: pd.DataFrame) -> None:
    path = tmp_path / "store.duckdb"
    with Store.open(path) as store:
        store.upsert(market_rows, "a.csv")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(DataError) as info, Store.open(path) as store:
        store.load()
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_a_first_schema_store_is_upgraded_and_takes_negative_pe(
    tmp_path: Path, market_rows: pd.DataFrame
) -> None:
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as old:
        old.execute(STORE_V1)
        old.execute("INSERT INTO prices VALUES ('2026-07-03', '801770.SI', '通信', 100.0, 30.0, 'a.csv')")
    with Store.open(path) as store:
        assert len(store.load()) == 1
        store.upsert(market_rows.assign(pe_ttm=-4.5), "loss.csv")
        loaded = store.load()
    assert len(loaded) == len(market_rows) + 1 and (loaded["pe_ttm"] < 0).sum() == len(market_rows)


def test_a_failed_commit_saves_nothing(
    store: Store, market_rows: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk() -> None:
        raise duckdb.IOException("Could not write file: No space left on device")

    store.upsert(market_rows.iloc[:5], "first.csv")
    monkeypatch.setattr(store, "_commit", full_disk)
    with pytest.raises(DataError, match="nothing saved.*No space left on device"):
        store.upsert(market_rows, "second.csv")
    assert len(store.load()) == 5


STORE_V1 = """
CREATE TABLE prices (date DATE NOT NULL, code VARCHAR NOT NULL, name VARCHAR NOT NULL,
    close DOUBLE NOT NULL CHECK (close > 0), pe_ttm DOUBLE CHECK (pe_ttm >= 0), source VARCHAR NOT NULL,
    PRIMARY KEY (date, code));
CREATE TABLE imports (imported_at TIMESTAMP NOT NULL, source VARCHAR NOT NULL, rows INTEGER NOT NULL,
    inserted INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL);
"""
