"""`sectorbrief batch`: the weekly reports of many industries and weeks, with summary.csv and index.html."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sectorbrief.choices import DEMO_AS_OF, FORMATS
from sectorbrief.cli.build import parse_date
from sectorbrief.cli.errors import command


@command
def batch(
    industries: Annotated[
        str, typer.Option(help="'all', or comma-separated SW level-1 names or codes (通信,电子).")
    ] = "all",
    as_of: Annotated[
        str, typer.Option("--as-of", help="The latest week holds this date (YYYY-MM-DD).")
    ] = DEMO_AS_OF.isoformat(),
    weeks: Annotated[int, typer.Option(help="How many weeks, ending with the as-of week.")] = 1,
    formats: Annotated[
        str, typer.Option(help="Comma-separated formats to write: any of md, html, pdf, docx.")
    ] = ",".join(FORMATS),
    data: Annotated[
        str | None,
        typer.Option(help="Market data file, or 'store' for the local store. Default: the synthetic demo."),
    ] = None,
    store: Annotated[Path | None, typer.Option(help="Store file for --data store.")] = None,
    news: Annotated[
        Path | None, typer.Option(help="News feed for 产业动态 (routed to each industry).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help="House-style YAML.")] = None,
    out: Annotated[
        Path, typer.Option(help="Output folder: <end_session>/<code>/, summary.csv, index.html.")
    ] = Path("batch"),
    engine: Annotated[str, typer.Option(help="local (a process pool) or ray.")] = "local",
    workers: Annotated[
        int | None, typer.Option(help="Worker processes (local) or CPUs of a local Ray. Default: the cores.")
    ] = None,
    ray_address: Annotated[
        str | None, typer.Option("--ray-address", help="An existing Ray cluster (ray://host:10001 or auto).")
    ] = None,
) -> None:
    """Build every chosen industry's weekly for each week; finished reports are not built again."""
    from sectorbrief.batch.record import finished_reports, run_request
    from sectorbrief.batch.spec import BatchOptions, BatchSpec, check_options

    options = BatchOptions(
        spec=BatchSpec(
            formats=tuple(f.strip().lower() for f in formats.split(",") if f.strip()),
            data=None if data in (None, "store") else (Path(data),),
            use_store=data == "store",
            store=store,
            news=news,
            config=config,
        ),
        out=out,
        industries=industries,
        as_of=parse_date(as_of, "--as-of"),
        weeks=weeks,
        engine=engine,
        workers=workers,
        ray_address=ray_address,
    )
    check_options(options)
    started = time.perf_counter()
    request = run_request(options)  # hashed once: the rerun check and the run's record share it
    done = finished_reports(
        options, request
    )  # the same run as the last complete one: nothing to do, nothing loaded
    if done is not None:
        say_done(done, 0, 0, time.perf_counter() - started, options.out.resolve())
        return
    from sectorbrief.batch.run import BatchFailed, failure_message, run_batch

    result = run_batch(options, request)
    say_done(len(result.rows), result.built, len(result.failed), result.seconds, result.out)
    if result.failed:
        raise BatchFailed(failure_message(result.failed))


def say_done(reports: int, built: int, failed: int, seconds: float, out: Path) -> None:
    """The run's one line on stderr, the same whether it built or found everything done."""
    Console(stderr=True).print(
        f"[green]batch[/] {reports} report(s), {built} built, {failed} failed, "
        f"in {seconds:.1f}s → {out}/ (summary.csv, index.html)"
    )
