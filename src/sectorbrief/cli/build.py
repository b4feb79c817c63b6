"""`sectorbrief build`: the weekly report for one industry and week."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sectorbrief.cli.errors import command
from sectorbrief.errors import UsageError
from sectorbrief.pipeline import DEMO_AS_OF, DEMO_INDUSTRY, BuildOptions
from sectorbrief.pipeline import build as run_build


def parse_date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


@command
def build(
    industry: Annotated[
        str, typer.Option(help="SW level-1 industry: name (通信), code (801770.SI) or number.")
    ] = DEMO_INDUSTRY,
    as_of: Annotated[
        str, typer.Option("--as-of", help="Report as of this date (YYYY-MM-DD).")
    ] = DEMO_AS_OF.isoformat(),
    data: Annotated[
        str | None,
        typer.Option(
            help="Market data file (CSV/Parquet/XLSX), or 'store' for the local store. Default: the synthetic demo market."
        ),
    ] = None,
    store: Annotated[
        Path | None, typer.Option(help="Store file for --data store (default ~/.sectorbrief/store.duckdb).")
    ] = None,
    out: Annotated[Path, typer.Option(help="Output folder.")] = Path("out"),
    formats: Annotated[str, typer.Option(help="Comma-separated formats to write.")] = "md",
) -> None:
    """Build the weekly report: facts.json and the report files, into --out."""
    options = BuildOptions(
        industry=industry,
        as_of=parse_date(as_of, "--as-of"),
        data=None if data in (None, "store") else Path(data),
        use_store=data == "store",
        store=store,
        out=out,
        formats=tuple(f.strip() for f in formats.split(",") if f.strip()),
    )
    result = run_build(options)
    console = Console(stderr=True)
    facts = result.facts
    console.print(
        f"[green]built[/] {facts.industry.name} ({facts.industry.code}) week ending {facts.end_session} "
        f"→ {result.out}/ ({', '.join(result.files)})"
    )
