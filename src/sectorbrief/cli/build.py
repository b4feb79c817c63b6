"""`sectorbrief build`: the weekly report for one industry and week."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from sectorbrief.choices import DEMO_AS_OF, DEMO_INDUSTRY, FORMATS
from sectorbrief.cli.errors import command
from sectorbrief.errors import UsageError
from sectorbrief.sources.values import parse_date as parse_data_date

if TYPE_CHECKING:
    from sectorbrief.charts.workers import ChartWorkers
    from sectorbrief.facts.process import FactsProcess


def parse_date(text: str, option: str) -> dt.date:
    """A date in a layout the market data files accept (YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD); else a
    UsageError naming ``option``."""
    day = parse_data_date(text)
    if day is None:
        raise UsageError(f"{option}: {text!r} is not a date (YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD)")
    return day


def data_files(data: list[str] | None) -> tuple[Path, ...] | None:
    """The files ``--data`` names; None for the demo or for ``--data store`` (which goes alone)."""
    if not data or data == ["store"]:
        return None
    if "store" in data:
        raise UsageError("--data store reads the local store and cannot be combined with data files")
    return tuple(Path(item) for item in data)


@dataclass(frozen=True)
class RunSettings:
    """How the program runs commands: set by ``main()``; CliRunner and embedding callers get the default."""

    parallel: bool = False
    """Fork processes for the news, charts and the PDF (safe in the program's own single-threaded process)."""
    chart_workers: ChartWorkers | None = None
    """Chart processes the program started at its first line (sectorbrief.launch), for ``build``."""
    facts_process: FactsProcess | None = None
    """The process the program started at its first line to load the market and compute the Facts."""


@command
def build(
    ctx: typer.Context,
    industry: Annotated[
        str, typer.Option(help="SW level-1 industry: name (通信), code (801770.SI) or number.")
    ] = DEMO_INDUSTRY,
    as_of: Annotated[
        str, typer.Option("--as-of", help="Report as of this date (YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD).")
    ] = DEMO_AS_OF.isoformat(),
    data: Annotated[
        list[str] | None,
        typer.Option(
            help="Market data file (CSV/Parquet/XLSX, long or a terminal's wide export; repeat to merge files), "
            "or 'store' for the local store. Default: the synthetic demo market."
        ),
    ] = None,
    store: Annotated[
        Path | None, typer.Option(help="Store file for --data store (default ~/.sectorbrief/store.duckdb).")
    ] = None,
    out: Annotated[
        Path,
        typer.Option(
            help="Output folder: new, empty, or a previous sectorbrief output (replaced as a whole)."
        ),
    ] = Path("out"),
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Write into a non-empty --out that holds no previous output; never replaces your files.",
        ),
    ] = False,
    formats: Annotated[
        str, typer.Option(help="Comma-separated formats to write: any of md, html, pdf, docx.")
    ] = ",".join(FORMATS),
    view: Annotated[
        Path | None,
        typer.Option(help="The analyst's 核心观点 (Markdown). Default: a draft from the data, marked 草稿."),
    ] = None,
    config: Annotated[
        Path | None, typer.Option(help="House-style YAML (firm, analysts, rating, disclaimer ...).")
    ] = None,
    news: Annotated[Path | None, typer.Option(help="News file for 产业动态.")] = None,
    allow_findings: Annotated[
        bool,
        typer.Option("--allow-findings", help="Publish even when the checker finds errors in the report."),
    ] = False,
    report_date: Annotated[
        str | None,
        typer.Option(
            "--report-date",
            help="Publication date (YYYY-MM-DD), not before the week's end. Default: the Monday after it.",
        ),
    ] = None,
) -> None:
    """Build the weekly report: facts.json and the report files, into --out."""
    from sectorbrief.pipeline import BuildOptions
    from sectorbrief.pipeline import build as run_build

    options = BuildOptions(
        industry=industry,
        as_of=parse_date(as_of, "--as-of"),
        data=data_files(data),
        use_store=data == ["store"],
        store=store,
        out=out,
        formats=tuple(f.strip().lower() for f in formats.split(",") if f.strip()),
        view=view,
        config=config,
        news=news,
        report_date=parse_date(report_date, "--report-date") if report_date else None,
        allow_findings=allow_findings,
        force=force,
        parallel=ctx.obj.parallel if isinstance(ctx.obj, RunSettings) else False,
    )
    settings = ctx.obj if isinstance(ctx.obj, RunSettings) else RunSettings()
    result = run_build(options, settings.chart_workers, settings.facts_process)
    console = Console(stderr=True)
    facts = result.facts
    console.print(
        f"[green]built[/] {facts.industry.name} ({facts.industry.code}) week ending {facts.end_session} "
        f"→ {result.out}/ ({', '.join(result.files)})"
    )
