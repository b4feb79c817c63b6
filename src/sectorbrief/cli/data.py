"""`sectorbrief data ...`: market data in the local store (import a file, show what is there)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from sectorbrief.cli.errors import command
from sectorbrief.cli.fetch import fetch

if TYPE_CHECKING:  # the store brings in DuckDB, the analytics pandas: imported by the commands that use them
    import pandas as pd

    from sectorbrief.store import UpsertResult

GAPS_SHOWN = 3

data_app = typer.Typer(
    help="Market data in the local store: import files, show what is stored.",
    no_args_is_help=True,
)

data_app.command("fetch")(fetch)

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        dir_okay=False,
        help="Store file (default: $SECTORBRIEF_HOME/store.duckdb, else ~/.sectorbrief/store.duckdb).",
    ),
]


@data_app.command("import")
@command
def import_file(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Market data files: CSV (UTF-8 or GBK), Parquet or XLSX, long or a terminal's wide export; "
            "several are merged (closes from one, PE-TTM from another)."
        ),
    ],
    store: StoreOption = None,
) -> None:
    """Import market data files into the store (rows already stored unchanged are left alone)."""
    from sectorbrief.sources.files import read_market_files
    from sectorbrief.store import Store

    frame = read_market_files(files)
    source = " + ".join(str(file.resolve()) for file in files)
    with Store.open(store) as opened:
        result = opened.upsert(frame, source=source)
        path = opened.path
    Console().print(_import_summary(", ".join(map(str, files)), frame, result, path))


def _import_summary(files: str, frame: pd.DataFrame, result: UpsertResult, store: Path) -> str:
    first, last = frame["date"].min().date(), frame["date"].max().date()
    return (
        f"Imported {escape(files)} into {escape(str(store))}\n"
        f"  {result.rows:,} rows, {frame['code'].nunique()} series, {first} to {last}\n"
        f"  [green]{result.inserted:,} new[/], [yellow]{result.updated:,} updated[/], "
        f"{result.unchanged:,} unchanged"
    )


@data_app.command("status")
@command
def status(store: StoreOption = None) -> None:
    """Show each stored series: first and last date, rows, and missing trading sessions."""
    from sectorbrief.analytics.coverage import coverage
    from sectorbrief.analytics.quality import calendar_gaps, pe_jumps, stops_early
    from sectorbrief.calendar import trading_sessions
    from sectorbrief.home import default_store_path
    from sectorbrief.store import Store

    path = store if store is not None else default_store_path()
    console = Console()
    if not path.exists():
        console.print(
            f"No market store at {escape(str(path))} yet; add data with `sectorbrief data import FILE` or `sectorbrief data fetch`."
        )
        return
    with Store.open(path, create=False) as opened:
        frame = opened.load()
    if frame.empty:
        console.print(f"The market store {escape(str(path))} holds no rows yet.")
        return
    sessions = trading_sessions({ts.date() for ts in frame["date"].unique()})
    table = coverage(frame, sessions)
    console.print(_status_table(path, table))
    console.print(f"Sessions: {sessions.source}.")
    for note in sessions.notes:
        console.print(f"Note: {escape(note)}.")
    for warning in (*stops_early(table), *calendar_gaps(table), *pe_jumps(frame)):
        console.print(f"[yellow]Warning:[/] {escape(warning)}.", soft_wrap=True)


def _status_table(path: Path, table: pd.DataFrame) -> Table:
    out = Table(title=f"Market store {escape(str(path))}")
    for header in ("code", "name", "first", "last", "rows", "gaps"):
        out.add_column(header, no_wrap=header != "gaps", justify="right" if header == "rows" else "left")
    out.add_column("first missing")
    for row in table.to_dict("records"):
        out.add_row(
            escape(row["code"]),
            escape(row["name"]),
            _day(row["first"]),
            _day(row["last"]),
            f"{row['rows']:,}",
            str(row["gap_count"]),
            _first_gaps(row["gaps"]),
        )
    return out


def _first_gaps(gaps: list[dt.date]) -> str:
    shown = ", ".join(day.isoformat() for day in gaps[:GAPS_SHOWN])
    return shown + (f" (+{len(gaps) - GAPS_SHOWN} more)" if len(gaps) > GAPS_SHOWN else "")


def _day(stamp: pd.Timestamp) -> str:
    return stamp.date().isoformat()
