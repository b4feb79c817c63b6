"""What every report of a batch shares: where the market comes from, the inputs, the formats."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief import __version__
from sectorbrief.pipeline.build import BuildOptions, resolve_inputs
from sectorbrief.taxonomy import Index

if TYPE_CHECKING:
    from sectorbrief.batch.plan import Job
    from sectorbrief.market import Market


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


def file_digest(path: Path | None) -> str | None:
    """SHA-256 of a file's bytes, or None for no file."""
    if path is None:
        return None
    return hashlib.sha256(path.read_bytes()).hexdigest()


def market_digest(market: Market) -> str:
    """SHA-256 over the market's closes, PE-TTM, names and source: any changed value changes it."""
    import pandas as pd

    digest = hashlib.sha256()
    for frame in (market.closes, market.pe_ttm):
        digest.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
        digest.update("\0".join(map(str, frame.columns)).encode())
    digest.update(json.dumps([sorted(market.names.items()), market.source, market.synthetic]).encode())
    return digest.hexdigest()


CODE_SUFFIXES = {".py", ".j2", ".typ", ".yaml", ".md", ".jsonl"}


@cache
def code_digest() -> str:
    """SHA-256 over sectorbrief's own source, templates and text data: a changed program redoes reports."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.suffix in CODE_SUFFIXES and p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def fingerprint(spec: BatchSpec, job: Job, market: str) -> str:
    """What decides a report's content: the program, the job, the formats and every input's bytes.

    ``market`` is the market's digest (computed once per batch). Equal fingerprints mean the report
    on disk is the one this run would write.
    """
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
