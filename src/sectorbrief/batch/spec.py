"""What a batch is asked (BatchOptions) and what every report of it shares (BatchSpec): where the
market comes from, the inputs, the formats. Light to import: the command line reads these before it
knows whether anything is to be built (batch.record)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief import __version__
from sectorbrief.batch.digests import code_digest, file_digest
from sectorbrief.choices import DEMO_AS_OF, check_formats
from sectorbrief.errors import UsageError

if TYPE_CHECKING:
    from sectorbrief.batch.plan import Job
    from sectorbrief.market import Market
    from sectorbrief.pipeline.build import BuildOptions

ENGINES = ("local", "ray")


@dataclass(frozen=True)
class BatchSpec:
    """The options a batch passes to every report (picklable: it travels to worker processes)."""

    formats: tuple[str, ...]
    data: tuple[Path, ...] | None = None
    use_store: bool = False
    store: Path | None = None
    news: Path | None = None
    config: Path | None = None

    def build_options(self, job: Job, out: Path) -> BuildOptions:
        """The options of the single build that writes the same report."""
        from sectorbrief.pipeline.build import BuildOptions

        return BuildOptions(
            industry=job.code,
            as_of=job.as_of,
            data=self.data,
            use_store=self.use_store,
            store=self.store,
            out=out,
            formats=self.formats,
            config=self.config,
            news=self.news,
        )


@dataclass(frozen=True)
class BatchOptions:
    spec: BatchSpec
    out: Path = Path("batch")
    industries: str = "all"
    as_of: dt.date = DEMO_AS_OF
    weeks: int = 1
    engine: str = "local"
    workers: int | None = None
    """Worker processes (local) or CPUs of a local Ray; default: the cores this process may use."""
    ray_address: str | None = None
    progress: bool = True


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def check_options(options: BatchOptions) -> None:
    check_formats(options.spec.formats)
    if options.engine not in ENGINES:
        raise UsageError(f"--engine: {options.engine!r} is not one of {', '.join(ENGINES)}")
    if options.workers is not None and options.workers < 1:
        raise UsageError(f"--workers: {options.workers} is not a positive number of workers")


def market_digest(market: Market) -> str:
    """SHA-256 over the market's closes, PE-TTM, names and source: any changed value changes it."""
    import pandas as pd

    digest = hashlib.sha256()
    for frame in (market.closes, market.pe_ttm):
        digest.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
        digest.update("\0".join(map(str, frame.columns)).encode())
    digest.update(json.dumps([sorted(market.names.items()), market.source, market.synthetic]).encode())
    return digest.hexdigest()


def fingerprint(spec: BatchSpec, job: Job, market: str) -> str:
    """What decides a report's content: the program, the job, the formats and every input's bytes.

    ``market`` is the market's digest (computed once per batch). Equal fingerprints mean the report
    on disk is the one this run would write.
    """
    from sectorbrief.pipeline.build import resolve_inputs
    from sectorbrief.taxonomy import Index

    inputs = resolve_inputs(spec.build_options(job, Path(".")), Index(job.code, job.name))
    record = {
        "generator": __version__,
        "code": code_digest(),
        "report": job.key,
        "as_of": job.as_of.isoformat(),
        "formats": list(spec.formats),
        "market": market,
        "config": file_digest(spec.config),
        "news": file_digest(inputs.news),
        "view": file_digest(inputs.view),
    }
    return hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()
