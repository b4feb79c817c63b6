"""The `sectorbrief` program's first lines. For ``build``, its helper processes start here, before
anything heavy is imported: the chart processes (charts.workers), where matplotlib loads, and the facts
process (facts.process), where pandas loads and then the market, while this process imports the rest of
the program. Every other command goes straight to the CLI."""

from __future__ import annotations

import gc
import sys
from contextlib import ExitStack


def wants_chart_workers(args: list[str]) -> bool:
    """True for ``build`` (not its --help): the command that draws a report's charts."""
    return bool(args) and args[0] == "build" and "--help" not in args


def can_fork() -> bool:
    """True where processes can be forked (the chart and facts processes are)."""
    from sectorbrief.charts.workers import can_fork as forks  # multiprocessing: for a build only

    return forks()


def main() -> None:
    """The `sectorbrief` program."""
    early = wants_chart_workers(sys.argv[1:]) and can_fork()  # other commands import neither
    # multiprocessing nor anything below before the command line runs
    if early:
        # A build is one short run whose objects mostly live to its end: Python's cycle collector would
        # only walk them again and again as the libraries load (~8 % of a build's CPU); reference
        # counting frees the rest. Its processes, forked below and later, inherit this.
        gc.disable()
    with ExitStack() as processes:  # ended however the program ends
        if early:
            import numpy  # noqa: F401  once here for the processes forked below: matplotlib, pandas and
            # the news' dedup import it (this process does not need it)
        workers = facts = None
        if early:
            from sectorbrief.charts.workers import ChartWorkers  # the standard library only

            workers = processes.enter_context(ChartWorkers.start())
            from sectorbrief.facts.process import FactsProcess  # and the Facts model (pydantic)

            facts = processes.enter_context(FactsProcess.start())
        from sectorbrief.cli import main as cli_main  # the rest of the program: each command imports
        # what it needs when it runs

        cli_main(chart_workers=workers, facts_process=facts)
