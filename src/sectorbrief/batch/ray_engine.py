"""The Ray engine: the same batch on a Ray cluster (or a local Ray), for when one machine is not enough.

The market goes into the object store once (``ray.put``); a task builds the reports of one week and a
chunk of industries on whichever node runs it, and returns each report's files as bytes; the driver
writes them into staging and renames them into place, so the output folder need not be shared.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

from sectorbrief.batch.folders import place, write_files
from sectorbrief.batch.plan import Job
from sectorbrief.batch.report import Files, Shared, attempt, load_shared, warm_up
from sectorbrief.batch.spec import BatchSpec
from sectorbrief.batch.summary import Row
from sectorbrief.errors import UsageError
from sectorbrief.market import Market

log = logging.getLogger(__name__)

Built = tuple[Job, Row, Files | None]


def build_chunk(spec: BatchSpec, market: Market, jobs: list[Job]) -> list[Built]:
    """On a Ray worker: render ``jobs`` in memory; return each row and its files' bytes."""
    warm_up()  # imports are cached per worker process: only its first task pays
    shared: Shared = load_shared(spec, market)
    return [(job, *attempt(shared, spec, job)) for job in jobs]


def chunks(jobs: Sequence[Job], size: int) -> list[list[Job]]:
    """Jobs grouped by week, then cut into runs of at most ``size`` industries."""
    out: list[list[Job]] = []
    for _, week in groupby(jobs, key=lambda job: job.end):
        items = list(week)
        out.extend(items[i : i + size] for i in range(0, len(items), size))
    return out


def import_ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UsageError("--engine ray needs Ray: pip install -e '.[ray]'") from None
    return ray


def run_ray(
    jobs: Sequence[Job],
    shared: Shared,
    spec: BatchSpec,
    out: Path,
    staging: Path,
    *,
    address: str | None = None,
    workers: int | None = None,
    chunk_size: int = 4,
) -> Iterator[tuple[Job, Row]]:
    """Build ``jobs`` as Ray tasks; yield each (job, row) once the driver has placed its folder.

    Connects to the cluster at ``address`` (e.g. ``ray://head:10001`` or ``auto``), or starts a local
    Ray with ``workers`` CPUs; a Ray already initialised by the caller is used as it is.
    """
    ray = import_ray()
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(
            address=address,
            num_cpus=None if address else workers,
            include_dashboard=False,
            log_to_driver=False,
        )
    try:
        market = ray.put(shared.market)
        task = ray.remote(build_chunk)
        pending = [task.remote(spec, market, chunk) for chunk in chunks(jobs, chunk_size)]
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            for job, row, files in ray.get(done[0]):
                if files is not None:
                    place(write_files(files, staging, f"{job.end}-{job.code}-"), out / job.key)
                yield job, row
    finally:
        if started_here:
            ray.shutdown()
