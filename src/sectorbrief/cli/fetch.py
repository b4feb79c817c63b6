"""`sectorbrief data fetch`: fill the local store from akshare, only the sessions it lacks.

Exit codes: 0 done (or nothing to do); 1 some series failed and the rest was stored;
2 nothing could be fetched (offline, akshare missing, every request failed), store unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape

from sectorbrief.cli.errors import command
from sectorbrief.errors import UsageError

if TYPE_CHECKING:  # pandas and the akshare client: imported only when a fetch runs
    from sectorbrief.sources.fetch import FetchReport
    from sectorbrief.sources.retry import Outcome
    from sectorbrief.taxonomy import Index


def parse_day(text: str | None, option: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


def parse_industries(text: str) -> tuple[Index, ...]:
    """``all`` or comma-separated SW level-1 names or codes."""
    from sectorbrief.taxonomy import sw2021

    taxonomy = sw2021()
    if text.strip().lower() == "all":
        return taxonomy.industries
    names = [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]
    if not names:
        raise UsageError("--industries: give 'all' or SW level-1 names/codes separated by commas")
    chosen = {taxonomy.resolve_industry(name) for name in names}
    return tuple(i for i in taxonomy.industries if i in chosen)


@contextmanager
def progress_bar(console: Console) -> Iterator[tuple[Callable[[int], None], Callable[[Outcome], None]]]:
    """on_start / on_done hooks driving a transient rich progress bar with an ETA."""
    from rich.progress import (  # only when a fetch runs
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    ids: list[TaskID] = []

    def on_start(total: int) -> None:
        ids.append(progress.add_task("akshare", total=total))

    def on_done(outcome: Outcome) -> None:
        mark = "✓" if outcome.ok else "✗"
        progress.update(ids[0], advance=1, description=f"{mark} {outcome.task.label}")

    with progress:
        yield on_start, on_done


def print_report(report: FetchReport, console: Console) -> None:
    """One line per failed request, one line for the requests not attempted, then the summary."""
    skipped: dict[str, int] = {}
    for failure in report.failures:
        if failure.skipped:
            skipped[failure.error] = skipped.get(failure.error, 0) + 1
            continue
        console.print(
            f"[red]failed[/] {escape(failure.task.label)}: {escape(failure.error)}",
            highlight=False,
            soft_wrap=True,
        )
    for reason, count in skipped.items():
        console.print(
            f"[yellow]{count} request{'s' if count > 1 else ''} {escape(reason)}[/]", soft_wrap=True
        )
    if not report.outcomes:
        console.print(
            f"store up to date for {report.plan.start}..{report.plan.end}; nothing fetched", soft_wrap=True
        )
        return
    counts = report.upsert
    detail = (
        f" (inserted {counts.inserted}, updated {counts.updated}, unchanged {counts.unchanged})"
        if counts is not None and hasattr(counts, "inserted")
        else ""
    )
    ok = len(report.outcomes) - len(report.failures)
    console.print(
        f"fetched {ok}/{len(report.outcomes)} requests for {report.plan.start}..{report.plan.end}: "
        f"{report.rows} rows stored{detail}",
        soft_wrap=True,
    )


@command
def fetch(
    start: Annotated[
        str | None, typer.Option(help="First date (YYYY-MM-DD). Default: 1 Dec four years before --end.")
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(help="Last date (YYYY-MM-DD). Default: the latest session already published."),
    ] = None,
    industries: Annotated[
        str, typer.Option(help="'all' or SW level-1 names/codes separated by commas (通信,电子).")
    ] = "all",
    no_benchmarks: Annotated[
        bool, typer.Option("--no-benchmarks", help="Skip 沪深300 and 创业板指.")
    ] = False,
    store: Annotated[
        Path | None, typer.Option(help="Store file (default: the store under SECTORBRIEF_HOME).")
    ] = None,
) -> None:
    """Fetch SW level-1 closes and PE, and benchmark closes, from akshare into the store."""
    from sectorbrief.sources.fetch import FetchOptions, fetch_into_store
    from sectorbrief.taxonomy import sw2021

    options = FetchOptions(
        industries=parse_industries(industries),
        benchmarks=() if no_benchmarks else sw2021().benchmarks,
        start=parse_day(start, "--start"),
        end=parse_day(end, "--end"),
    )
    console = Console(stderr=True)
    from sectorbrief.store import Store  # DuckDB: only when a fetch runs

    with Store.open(store) as opened, progress_bar(console) as (on_start, on_done):
        report = fetch_into_store(opened, options, on_start=on_start, on_done=on_done)
    print_report(report, console)
    if report.failures:
        raise typer.Exit(1)
