"""Chart processes that can start before this process imports anything heavy.

``ChartWorkers.start()`` forks one process, which imports matplotlib and registers the chart font
once, then forks its twins (``count`` processes in all, each warm by construction). The build sends
them chart specs (charts/specs.py: plain values, so neither pandas nor Facts is ever imported there),
a share each, and gets PNG and SVG bytes back. The program starts them at its first line for
``build`` (sectorbrief.launch), so matplotlib loads while it imports the rest and loads the market.

Each process ends when its parent does (sectorbrief.children) or when its connection closes.
Standard library only at import: this module is imported before anything else of ours.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Mapping
from functools import partial
from multiprocessing.connection import Connection
from types import TracebackType
from typing import TYPE_CHECKING

from sectorbrief.children import WATCH_SECONDS, KeptRecords, die_with_parent, opened, outcome

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from sectorbrief.charts.assets import ChartImage, Palette
    from sectorbrief.charts.specs import ChartSpec

log = logging.getLogger(__name__)

COUNT = 2
"""Chart processes: the charts are drawn a share on each, on the machine's other core and this one's
(idle meanwhile but for what it renders itself)."""


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class ChartWorkers:
    """``count`` warm chart processes, each at the far end of one connection."""

    def __init__(self, process: BaseProcess, connections: list[Connection]) -> None:
        self._process = process
        self._connections = connections

    @classmethod
    def start(cls, count: int = COUNT) -> ChartWorkers:
        """Fork the chart processes (call it only where forking is safe: one thread, no Typst run)."""
        context = multiprocessing.get_context("fork")
        pairs = [context.Pipe() for _ in range(count)]
        process = context.Process(
            target=serve_first,
            args=(os.getpid(), [far for _, far in pairs], [near for near, _ in pairs]),
            name="sectorbrief-charts",
            daemon=False,  # it forks its twins
        )
        process.start()
        for _, far in pairs:
            far.close()
        return cls(process, [near for near, _ in pairs])

    def draw(self, specs: Mapping[str, ChartSpec], palette: Palette) -> DrawnCharts:
        """Send each process its share of ``specs`` (``dealt``); the images come with ``result()``."""
        keys = list(specs)
        shares = dealt(keys, len(self._connections))
        used = []
        for connection, share_keys in zip(self._connections, shares, strict=True):
            share = {key: specs[key] for key in share_keys}
            if share:
                connection.send((share, palette))
                used.append(connection)
        return DrawnCharts(keys, used)

    def close(self) -> None:
        """End the processes (their connections close) and wait for them a moment; then kill them."""
        for connection in self._connections:
            connection.close()
        self._process.join(timeout=WATCH_SECONDS)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def __enter__(self) -> ChartWorkers:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def dealt(keys: list[str], count: int) -> list[list[str]]:
    """``keys`` dealt to ``count`` processes back and forth (0, 1, 1, 0, 0, 1 ... for two): a report's
    charts come costliest first (the two bar charts of 31 industries, then the PE band, then the
    relative line), so each process gets a like share of the drawing."""
    shares: list[list[str]] = [[] for _ in range(count)]
    for index, key in enumerate(keys):
        turn, place = divmod(index, count)
        shares[place if turn % 2 == 0 else count - 1 - place].append(key)
    return shares


class DrawnCharts:
    """Charts being drawn on the chart processes: ``result()`` waits for them."""

    def __init__(self, keys: list[str], connections: list[Connection]) -> None:
        self._keys = keys
        self._connections = connections

    def result(self) -> dict[str, ChartImage]:
        """Every chart, in the order of the specs sent; a drawing's exception is raised here."""
        drawn: dict[str, ChartImage] = {}
        for connection in self._connections:
            try:
                reply = connection.recv()
            except EOFError:
                raise ChildProcessError("a chart process ended without sending its charts") from None
            drawn.update(opened(reply))
        return {key: drawn[key] for key in self._keys}


def serve_first(parent: int, connections: list[Connection], parents: list[Connection]) -> None:
    """The first chart process: import matplotlib and register the chart font, fork a twin for each
    connection but the first (it has both already), serve the first, then wait for the twins.
    ``parents``: the parent's ends, copied by the fork and closed here at once (else no end would
    ever see the other close)."""
    for end in parents:
        end.close()
    from sectorbrief.charts.report import draw_charts
    from sectorbrief.charts.style import register_fonts

    register_fonts()
    context = multiprocessing.get_context("fork")
    twins = []
    for index, connection in enumerate(connections[1:], start=1):
        others = [c for i, c in enumerate(connections) if i != index]
        twin = context.Process(
            target=serve_twin, args=(os.getpid(), connection, others), name=f"sectorbrief-charts-{index}"
        )
        twin.start()
        twins.append(twin)
        connection.close()
    die_with_parent(parent)
    serve(connections[0], draw_charts)
    for twin in twins:
        twin.join()


def serve_twin(parent: int, connection: Connection, others: list[Connection]) -> None:
    for other in others:
        other.close()  # the first process's and the other twins' ends, copied by the fork
    from sectorbrief.charts.report import draw_charts  # imported already, before the fork

    die_with_parent(parent)
    serve(connection, draw_charts)


def serve(connection: Connection, draw: Callable[..., dict[str, ChartImage]]) -> None:
    """Draw each (specs, palette) received and send back (succeeded, images or exception, log records),
    until the connection closes (the parent is done, or gave up: nothing is said then)."""
    kept = KeptRecords()
    logging.getLogger().handlers = [kept]  # this process's own root logger
    while True:
        try:
            specs, palette = connection.recv()
        except EOFError:
            return
        answer = outcome(partial(draw, specs, palette))
        try:
            connection.send((*answer, kept.take()))
        except OSError:  # the parent has closed its end: the charts are no longer wanted (it failed)
            return
