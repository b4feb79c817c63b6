"""One report of a batch, built with what a worker keeps loaded (the market, house style, taxonomy).

The adapter between the batch and the build pipeline: ``produce`` runs the build's steps over a market
that is already loaded, writing the same files as ``sectorbrief build`` into an empty folder.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from sectorbrief.batch.plan import Job
from sectorbrief.batch.spec import BatchSpec
from sectorbrief.batch.summary import Row
from sectorbrief.config import HouseStyle, load_house_style
from sectorbrief.errors import SectorbriefError
from sectorbrief.facts import Facts
from sectorbrief.market import Market
from sectorbrief.pipeline.build import (
    analyst_view,
    build_context,
    check_outputs,
    check_provenance,
    compute_facts,
    draw_report_charts,
    ensure_publishable,
    load_digest,
    load_market,
    market_text,
    palette,
    resolve_inputs,
    write_report,
)
from sectorbrief.taxonomy import Taxonomy, sw2021

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Shared:
    """What every report of a worker uses, loaded once per worker."""

    market: Market
    style: HouseStyle
    taxonomy: Taxonomy


def load_shared(spec: BatchSpec, market: Market | None = None) -> Shared:
    """The market (unless given), the house style and the taxonomy, for ``spec``."""
    if market is None:
        market = load_market(spec.build_options_for_market())
    return Shared(market=market, style=load_house_style(spec.config), taxonomy=sw2021())


def warm_up() -> None:
    """Import what every report needs (matplotlib, Typst, the checker) and register the chart font,
    once per worker rather than inside the first report's time."""
    from sectorbrief.charts import prepare_charts
    from sectorbrief.charts.style import register_fonts

    prepare_charts()
    register_fonts()
    import sectorbrief.check  # noqa: F401
    import sectorbrief.render.pdf  # noqa: F401


def produce(shared: Shared, spec: BatchSpec, job: Job, folder: Path) -> Facts:
    """Write ``job``'s report into the empty ``folder``: facts.json, the formats, charts/.

    The steps of build.build() after the market is loaded, run in this process in order.
    Raises the build's errors (CheckFailed when the checker finds an error-level problem).
    """
    options = spec.build_options(job, folder)
    industry = shared.taxonomy.resolve_industry(job.code)
    inputs = resolve_inputs(options, industry)
    facts = compute_facts(shared.market, industry, job.as_of, shared.taxonomy)
    text = market_text(facts)
    charts = draw_report_charts(shared.market, facts, folder, palette(shared.style))
    digest = load_digest(inputs.news, industry.code)
    view = analyst_view(inputs.view, facts, digest)
    context = build_context(facts, text, shared.style, view, charts, digest, options.report_date)
    names = [write_report(fmt, folder, context) for fmt in spec.formats]
    reports = check_outputs(folder / name for name in names)
    facts = facts.with_provenance(
        check=check_provenance(reports), news=digest.provenance() if digest else None
    )
    facts.write(folder / "facts.json")
    ensure_publishable(reports)
    return facts


def describe(exc: BaseException) -> str:
    """One line for the summary: our own errors as they read, anything else with its type."""
    if isinstance(exc, SectorbriefError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def attempt(shared: Shared, spec: BatchSpec, job: Job, staging: Path) -> tuple[Row, Path | None]:
    """Build ``job`` into a new temporary folder under ``staging``: its row, and the folder when it
    succeeded (a failed build's folder is removed and its error is the row's)."""
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix=f"{job.end}-{job.code}-", dir=staging))
    try:
        facts = produce(shared, spec, job, folder)
    except Exception as exc:  # one report's failure is recorded; the batch goes on
        log.warning("%s %s failed: %s", job.key, job.name, describe(exc))
        shutil.rmtree(folder, ignore_errors=True)
        return Row.failed(job, describe(exc), time.perf_counter() - started), None
    return Row.built(facts, time.perf_counter() - started), folder
