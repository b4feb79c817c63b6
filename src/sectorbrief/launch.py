"""The `sectorbrief` program's first lines. For ``build``, the chart processes start here, before
anything heavy is imported (charts.workers): matplotlib loads on them while this process imports the
rest of the program and loads the market. Every other command goes straight to the CLI."""

from __future__ import annotations

import sys
from contextlib import nullcontext


def wants_chart_workers(args: list[str]) -> bool:
    """True for ``build`` (not its --help): the command that draws a report's charts."""
    return bool(args) and args[0] == "build" and "--help" not in args


def main() -> None:
    """The `sectorbrief` program."""
    from sectorbrief.charts.workers import ChartWorkers, can_fork  # the standard library only

    workers = ChartWorkers.start() if can_fork() and wants_chart_workers(sys.argv[1:]) else None
    with workers if workers is not None else nullcontext():  # ended however the program ends
        from sectorbrief.cli import main as cli_main  # the rest of the program

        cli_main(chart_workers=workers)
