"""run_batch(options): every chosen industry for each of N weeks, read top-down like a recipe.

plan the jobs -> skip those the manifest shows done -> build the rest on an engine (each report in a
staging folder, renamed into place, recorded in the manifest) -> summary.csv and index.html -> when every
report is in place, the run's record (batch.record: how a rerun of the same request sees it has nothing
to do without this module's imports).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sectorbrief.batch.folders import remove_staging, staging_folder
from sectorbrief.batch.index import write_index
from sectorbrief.batch.manifest import Manifest
from sectorbrief.batch.names import INDEX_FILE, SUMMARY_FILE
from sectorbrief.batch.overview import week_overview
from sectorbrief.batch.plan import Job, parse_industries, plan_jobs, week_ends
from sectorbrief.batch.progress import progress_bar
from sectorbrief.batch.record import Request, forget_run, record_run, run_request
from sectorbrief.batch.report import Shared, load_shared
from sectorbrief.batch.spec import (
    BatchOptions,
    check_options,
    default_workers,
    fingerprint,
    market_digest,
)
from sectorbrief.batch.summary import Row, write_summary
from sectorbrief.calendar import trading_sessions
from sectorbrief.errors import SectorbriefError
from sectorbrief.facts.compute import resolve_end_session

log = logging.getLogger(__name__)


class BatchFailed(SectorbriefError):
    """Some reports failed (each recorded in summary.csv with its error); the others were written."""

    exit_code = 1


@dataclass
class BatchResult:
    out: Path
    rows: list[Row]
    built: int
    seconds: float
    failed: list[Row] = field(default_factory=list)


def run_batch(options: BatchOptions, request: Request | None = None) -> BatchResult:
    """Write every report the options ask for that is not already done; then the summary and index.
    ``request`` is run_request's for these options when the caller has it already (the CLI does)."""
    check_options(options)
    clock = time.perf_counter()
    if request is None:  # before anything is read, so the record is of what the run read
        request = run_request(options)
    shared = load_shared(options.spec)
    sessions = trading_sessions(shared.market.days)
    resolve_end_session(sessions, shared.market, options.as_of)  # as-of within the data, or UsageError
    ends = week_ends(sessions, options.as_of, options.weeks)
    jobs = plan_jobs(ends, parse_industries(options.industries, shared.taxonomy), options.as_of)
    out = options.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    manifest = Manifest.load(out)
    digest = market_digest(shared.market)
    prints = {job.key: fingerprint(options.spec, job, digest) for job in jobs}
    todo = [job for job in jobs if not manifest.is_done(job.key, prints[job.key])]
    log.info("%d report(s) planned, %d to build", len(jobs), len(todo))
    if todo:
        forget_run(out)  # the run's record is true again only once this run is complete
    staging = staging_folder(out)
    with progress_bar(len(todo), enabled=options.progress) as advance:
        for job, row in run_engine(options, todo, shared, out, staging):
            manifest.record(prints[job.key], row)
            advance(f"{job.end} {job.name} {row.status}")
    remove_staging(out)
    rows = [manifest.entries[job.key].row for job in jobs]
    summary_before = read_if_there(out / SUMMARY_FILE)
    write_summary(rows, out)
    # the index shows the rows and the weeks' market: with nothing built and the same rows, it is as it was
    if todo or summary_before != read_if_there(out / SUMMARY_FILE) or not (out / INDEX_FILE).is_file():
        write_index(rows, week_overview(shared.market, sessions, ends, shared.taxonomy), ends[-1], out)
    failed = [row for row in rows if not row.ok]
    if not failed:
        record_run(request, [job.key for job in jobs], out)
    return BatchResult(out, rows, len(todo), time.perf_counter() - clock, failed)


def run_engine(
    options: BatchOptions, jobs: Sequence[Job], shared: Shared, out: Path, staging: Path
) -> Iterator[tuple[Job, Row]]:
    """The chosen engine's (job, row) pairs, each report already in place when it is yielded."""
    if not jobs:
        return iter(())
    workers = options.workers or default_workers()
    if options.engine == "ray":
        from sectorbrief.batch.ray_engine import run_ray

        return run_ray(jobs, shared, options.spec, out, staging, address=options.ray_address, workers=workers)
    from sectorbrief.batch.local import WorkerState, run_local

    return run_local(jobs, WorkerState(shared, options.spec, out, staging), min(workers, len(jobs)))


def read_if_there(path: Path) -> bytes | None:
    """``path``'s bytes, or None when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def failure_message(failed: Sequence[Row]) -> str:
    """One line naming every failed report and the first error."""
    names = ", ".join(f"{row.key} ({row.name})" for row in failed)
    return f"{len(failed)} report(s) failed: {names}; first error: {failed[0].error} (see summary.csv)"
