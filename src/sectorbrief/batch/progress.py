"""A rich progress bar with ETA on stderr, refreshed as each report finishes.

It runs no refresh thread (auto_refresh off), so the driver stays single-threaded and may still fork
its worker processes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

Advance = Callable[[str], None]


@contextmanager
def progress_bar(total: int, *, enabled: bool = True) -> Iterator[Advance]:
    """Yield ``advance(description)``: one report done. A no-op when not ``enabled``."""
    if not enabled or total == 0:
        yield lambda description: None
        return
    bar = Progress(
        TextColumn("[bold]batch[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("elapsed"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=Console(stderr=True),
        auto_refresh=False,
        transient=False,
    )
    with bar:
        task = bar.add_task("", total=total)

        def advance(description: str) -> None:
            bar.update(task, advance=1, description=description)
            bar.refresh()

        bar.refresh()
        yield advance
