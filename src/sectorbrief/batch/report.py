"""One report of a batch, built over the pipeline's stages with what a worker keeps loaded (the
market, house style and taxonomy): rendered and checked in memory, returned as its files' bytes."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief.batch.plan import Job
from sectorbrief.batch.spec import BatchSpec
from sectorbrief.batch.summary import Row
from sectorbrief.config import HouseStyle, load_house_style
from sectorbrief.errors import SectorbriefError
from sectorbrief.facts import Facts
from sectorbrief.market import Market
from sectorbrief.pipeline import stages
from sectorbrief.pipeline.build import resolve_inputs
from sectorbrief.pipeline.gate import ensure_publishable
from sectorbrief.ratings.record import with_rating
from sectorbrief.taxonomy import Taxonomy, sw2021

if TYPE_CHECKING:
    from sectorbrief.charts.report import BarDrawings

log = logging.getLogger(__name__)

Files = dict[str, bytes]
"""A report's files by path relative to its folder: facts.json, report.*, charts/*."""


@dataclass(frozen=True)
class Shared:
    """What every report of a worker uses, loaded once per worker."""

    market: Market
    style: HouseStyle
    taxonomy: Taxonomy


def load_shared(spec: BatchSpec, market: Market | None = None) -> Shared:
    """The market (unless given), the house style and the taxonomy, for ``spec``."""
    if market is None:
        market = stages.load(spec)
    return Shared(market=market, style=load_house_style(spec.config), taxonomy=sw2021())


@cache
def bar_drawings(folder: Path | None = None) -> BarDrawings:
    """This process's drawings of 图表1/2, shared by its reports of the same weeks (charts.report); with
    a ``folder``, also shared with the other processes given that folder (charts.bar_files)."""
    from sectorbrief.charts.bar_files import BarFolder
    from sectorbrief.charts.report import BarDrawings

    return BarDrawings(folder=BarFolder(folder) if folder is not None else None)


def warm_up() -> None:
    """Import what every report needs (matplotlib, Typst, the checker, the news' reading and routing) and
    register the chart font, once per worker (once in all, when the workers are forked after it)
    rather than inside the first report's time."""
    from sectorbrief.charts import prepare_charts
    from sectorbrief.charts.style import register_fonts

    prepare_charts()
    register_fonts()
    import sectorbrief.check  # noqa: F401
    import sectorbrief.news.digest  # noqa: F401  (0.34 s: the tokenizer, dedup)
    import sectorbrief.render.pdf  # noqa: F401


def produce(shared: Shared, spec: BatchSpec, job: Job, drawings: Path | None = None) -> tuple[Facts, Files]:
    """``job``'s report, the same files as ``sectorbrief build`` writes, in memory. ``drawings``: a
    folder where the processes of this batch share their drawings of 图表1/2 (else drawn per process).

    Raises the build's errors (CheckFailed when the checker finds an error-level problem).
    """
    industry = shared.taxonomy.resolve_industry(job.code)
    inputs = resolve_inputs(spec.build_options(job, Path(job.key)), industry)
    facts = with_rating(stages.facts(shared.market, industry, job.as_of, shared.taxonomy), shared.style, None)
    digest = stages.digest(inputs.news, industry.code)
    view = stages.view(inputs.view, facts, digest)
    document = stages.compose(facts, digest, view, shared.style)
    rendered = stages.render(document, spec.formats, stages.draw(document, bar_drawings(drawings)))
    reports = stages.check(rendered)
    facts = stages.record(facts, reports, digest)
    ensure_publishable(reports)
    return facts, stages.report_files(rendered, facts)


def describe(exc: BaseException) -> str:
    """One line for the summary: our own errors as they read, anything else with its type."""
    if isinstance(exc, SectorbriefError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def attempt(
    shared: Shared, spec: BatchSpec, job: Job, drawings: Path | None = None
) -> tuple[Row, Files | None]:
    """Build ``job``: its summary row, and its files when it succeeded (else the row has the error)."""
    started = time.perf_counter()
    try:
        facts, files = produce(shared, spec, job, drawings)
    except Exception as exc:  # one report's failure is recorded; the batch goes on
        log.warning("%s %s failed: %s", job.key, job.name, describe(exc))
        return Row.failed(job, describe(exc), time.perf_counter() - started), None
    return Row.built(facts, time.perf_counter() - started), files
