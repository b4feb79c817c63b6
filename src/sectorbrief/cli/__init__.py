"""The sectorbrief command line: a thin typer app. Each command parses, loads config and calls one function."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import typer

from sectorbrief.cli.batch import batch
from sectorbrief.cli.build import RunSettings, build
from sectorbrief.cli.check import check
from sectorbrief.cli.data import data_app
from sectorbrief.cli.diff import diff
from sectorbrief.cli.news import news_app
from sectorbrief.cli.ratings import ratings_app
from sectorbrief.cli.studio import studio

if TYPE_CHECKING:
    from sectorbrief.charts.workers import ChartWorkers
    from sectorbrief.facts.process import FactsProcess

ARROW_POOL = "ARROW_DEFAULT_MEMORY_POOL"

app = typer.Typer(
    name="sectorbrief",
    help="Chinese industry weekly tracking reports (行业跟踪报告), end to end, with every figure proved.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.command()(build)
app.command(name="check")(check)
app.add_typer(data_app, name="data")
app.add_typer(news_app, name="news")
app.add_typer(ratings_app, name="ratings")
app.command(name="diff")(diff)
app.command(name="studio")(studio)
app.command(name="batch")(batch)


@app.callback()
def _root() -> None:
    """sectorbrief: write and check Chinese industry weekly reports."""


def main(chart_workers: ChartWorkers | None = None, facts_process: FactsProcess | None = None) -> None:
    """The `sectorbrief` program (after sectorbrief.launch, which may have started ``chart_workers`` and
    ``facts_process`` for a build). Only here, in a process of our own, may a build fork a worker, and
    Arrow allocate with the system's malloc rather than its default mimalloc, whose arenas hold ~20 MiB
    more resident memory for a market of a few MiB (set for this process and the ones it starts, unless
    the environment chose a pool; a build with a facts process never loads Arrow here: that process
    sets it for itself). Setting it does not import Arrow, which a command that never reads a market
    (a batch with nothing to do, ``--help``) never loads."""
    os.environ.setdefault(ARROW_POOL, "system")  # read by Arrow when it first allocates, if ever
    app(obj=RunSettings(parallel=True, chart_workers=chart_workers, facts_process=facts_process))
