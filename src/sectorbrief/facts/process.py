"""A process that loads the market and computes a build's Facts, started at the program's first line.

``FactsProcess.start()`` forks one process (sectorbrief.launch, for ``build``), which imports pandas and
Arrow and reads the taxonomy while the program imports the rest of itself; the build then sends it what
to compute (``FactsRequest``: the market's source, the industry and the date) and gets the Facts back.
So the build's own process never imports pandas: the Facts (plain values) are all it needs of the market.

The process serves one request and ends; it also ends when its parent does (sectorbrief.children) or when
its connection closes. Only the standard library and the Facts model are imported here.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import os
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sectorbrief.children import KeptRecords, die_with_parent, opened, outcome

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from sectorbrief.facts.model import Facts


@dataclass(frozen=True)
class FactsRequest:
    """What to compute: the market (``data`` files, else the store with ``use_store``, else the demo),
    ``industry`` (a name, code or number) and the as-of date."""

    data: tuple[Path, ...] | None
    use_store: bool
    store: Path | None
    industry: str
    as_of: dt.date


def load_facts(request: FactsRequest) -> Facts:
    """The Facts of ``request``: its market loaded, then every figure computed (stages.load, stages.facts)."""
    from sectorbrief.facts.compute import compute_facts
    from sectorbrief.sources.load import load_market
    from sectorbrief.taxonomy import sw2021

    taxonomy = sw2021()
    industry = taxonomy.resolve_industry(request.industry)
    return compute_facts(load_market(request), industry, request.as_of, taxonomy)


class FactsProcess:
    """A process warming up to compute one build's Facts, at the far end of a connection."""

    def __init__(self, process: BaseProcess, connection: Connection) -> None:
        self._process = process
        self._connection = connection

    @classmethod
    def start(cls) -> FactsProcess:
        """Fork the process (call it only where forking is safe: one thread, no Typst run)."""
        context = multiprocessing.get_context("fork")
        near, far = context.Pipe()
        process = context.Process(
            target=serve, args=(os.getpid(), far, near), name="sectorbrief-facts", daemon=True
        )
        process.start()
        far.close()
        return cls(process, near)

    def send(self, request: FactsRequest) -> None:
        """Start computing ``request``'s Facts there; ``result()`` waits for them."""
        self._connection.send(request)

    def result(self) -> Facts:
        """The Facts asked for; the loading's or the computing's exception is raised here."""
        try:
            reply = self._connection.recv()
        except EOFError:
            raise ChildProcessError("the facts process ended without sending the Facts") from None
        facts: Facts = opened(reply)
        return facts

    def close(self) -> None:
        """End the process: it has sent the Facts, or they are no longer wanted (the build failed, or
        never asked), and it holds nothing to clean up."""
        self._connection.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join()

    def __enter__(self) -> FactsProcess:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def warm_up() -> None:
    """What computing Facts imports, and the taxonomy, ahead of the request. Arrow allocates with the
    system's malloc here, as in the program's own process (sectorbrief.cli.main says why)."""
    import pyarrow

    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    import sectorbrief.facts.compute
    import sectorbrief.sources.demo
    import sectorbrief.sources.load  # noqa: F401
    from sectorbrief.taxonomy import sw2021

    sw2021()


def serve(parent: int, connection: Connection, near: Connection) -> None:
    """The process's body: warm up, compute the one request received and send back (succeeded, Facts or
    exception, log records); nothing when the connection closes first (the build failed before asking).
    ``near``: the parent's end, copied by the fork and closed here at once (else it never sees EOF)."""
    near.close()
    die_with_parent(parent)
    kept = KeptRecords()
    logging.getLogger().handlers = [kept]  # this process's own root logger
    warm_up()
    try:
        request = connection.recv()
    except EOFError:
        return
    answer = outcome(lambda: load_facts(request))
    try:
        connection.send((*answer, kept.take()))
    except OSError:  # the parent has closed its end: the Facts are no longer wanted (it failed)
        return
