"""The local engine: a pool of long-lived worker processes, each with the market loaded once.

Workers are forked from the driver when that is safe (one thread; they inherit the loaded market and
the imports), else started by a fork server (they import once and receive the market in the pool's
initializer).
Each worker renders a report in memory, writes it into a staging folder and renames that into place;
the driver records it.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from sectorbrief.batch.folders import place, write_files
from sectorbrief.batch.plan import Job
from sectorbrief.batch.report import Shared, attempt, describe, warm_up
from sectorbrief.batch.spec import BatchSpec
from sectorbrief.batch.summary import Row
from sectorbrief.pipeline.worker import can_fork_safely

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerState:
    shared: Shared
    spec: BatchSpec
    out: Path
    staging: Path

    @property
    def drawings(self) -> Path:
        """Where the workers share their drawings of each week's 图表1/2 (each drawn by one of them)."""
        return self.staging / DRAWINGS


DRAWINGS = "drawings"

_state: WorkerState | None = None


def _initialise(state: WorkerState) -> None:
    """Pool initializer: keep the shared state and import what every report needs."""
    global _state
    _state = state
    warm_up()
    # what is loaded now (the market, matplotlib, Typst, the checker) lives as long as the worker: the
    # cycle collector need never walk it again (~5 % of a 31-report batch's time)
    gc.freeze()


def _build(job: Job) -> Row:
    """Build one report in this worker and move it into place."""
    assert _state is not None, "worker not initialised"
    row, files = attempt(_state.shared, _state.spec, job, _state.drawings)
    if files is not None:
        place(write_files(files, _state.staging, f"{job.end}-{job.code}-"), _state.out / job.key)
    return row


def start_method() -> str:
    """Where forking the driver is not safe: a fork server if the platform has one, else spawn."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def run_local(jobs: Sequence[Job], state: WorkerState, workers: int) -> Iterator[tuple[Job, Row]]:
    """Build ``jobs`` on ``workers`` processes; yield each (job, row) as it finishes."""
    fork = can_fork_safely()
    if fork:
        warm_up()  # once here: the forked workers inherit the imports
    context = multiprocessing.get_context("fork" if fork else start_method())
    log.debug("local engine: %d %s worker(s)", workers, context.get_start_method())
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_initialise, initargs=(state,)
    ) as pool:
        futures = {pool.submit(_build, job): job for job in jobs}
        for future in as_completed(futures):
            job = futures[future]
            try:
                row = future.result()
            except Exception as exc:  # the worker process died (killed, out of memory)
                row = Row.failed(job, describe(exc), 0.0)
            yield job, row
