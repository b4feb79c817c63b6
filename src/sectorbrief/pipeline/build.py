"""build(options) -> BuildResult: the weekly report, read top-down like a recipe."""

from __future__ import annotations

import datetime as dt
import logging
import time
from concurrent.futures import Executor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief.charts import draw_report_charts, prepare_charts
from sectorbrief.charts.assets import Palette
from sectorbrief.check.report import CheckReport
from sectorbrief.config import HouseStyle, load_house_style
from sectorbrief.errors import UsageError
from sectorbrief.facts import Facts
from sectorbrief.facts.compute import compute_facts
from sectorbrief.market import Market
from sectorbrief.narrative.market import market_text
from sectorbrief.narrative.report import AnalystView, read_view
from sectorbrief.narrative.view import draft_view
from sectorbrief.pipeline.gate import check_outputs, ensure_publishable
from sectorbrief.pipeline.gate import provenance as check_provenance
from sectorbrief.pipeline.publish import staging
from sectorbrief.pipeline.worker import background_worker
from sectorbrief.ratings.record import with_rating
from sectorbrief.render.context import ReportContext, build_context, planned_charts
from sectorbrief.render.fonts import prepare_fonts
from sectorbrief.render.writers import FORMATS, write_report
from sectorbrief.taxonomy import Index, sw2021

if TYPE_CHECKING:
    from sectorbrief.news.models import Digest

log = logging.getLogger(__name__)

DEMO_INDUSTRY = "通信"
DEMO_AS_OF = dt.date(2026, 7, 5)


@dataclass(frozen=True)
class BuildOptions:
    """What to build. ``data`` None means the bundled demo market; ``use_store`` reads the store."""

    industry: str = DEMO_INDUSTRY
    as_of: dt.date = DEMO_AS_OF
    data: tuple[Path, ...] | None = None
    """Market data files, merged (one Path is taken as a tuple of one); None for the demo or the store."""
    use_store: bool = False
    store: Path | None = None
    out: Path = Path("out")
    formats: tuple[str, ...] = FORMATS
    view: Path | None = None
    """The analyst's 核心观点 (Markdown); None drafts one from Facts, marked 草稿 (the demo has its own)."""
    config: Path | None = None
    """A house-style YAML file laid over the neutral defaults."""
    news: Path | None = None
    """A news file for 产业动态; None says no news input was given (the demo has its own)."""
    report_date: dt.date | None = None
    """The publication date; None means the Monday after the end session's week."""
    allow_findings: bool = False
    """Publish even when the checker finds error-level problems in the written reports."""
    parallel: bool = False
    """Draw charts and write the PDF on a second, forked process: for a process of our own (the CLI)."""
    force: bool = False
    """Write into a non-empty --out folder that holds no previous output (never replacing a user's file)."""

    def __post_init__(self) -> None:
        if isinstance(self.data, (str, Path)):
            object.__setattr__(self, "data", (Path(self.data),))


@dataclass
class BuildResult:
    out: Path
    facts: Facts
    files: list[str]
    timings: dict[str, float] = field(default_factory=dict)
    checks: list[CheckReport] = field(default_factory=list)


def load_market(options: BuildOptions) -> Market:
    """The market the options name: a data file, the store, or the bundled synthetic demo."""
    if options.data is not None:
        from sectorbrief.sources.files import read_market_files

        names = "、".join(path.name for path in options.data)
        return Market.from_long(read_market_files(options.data), source=f"文件 {names}")
    if options.use_store:
        from sectorbrief.store import load_store

        frame, path = load_store(options.store)
        return Market.from_long(frame, source=f"本地数据库 {path}")
    from sectorbrief.sources.demo import DEMO_SOURCE, load_demo_market

    return Market.from_long(load_demo_market(), source=DEMO_SOURCE, synthetic=True)


def check_report_date(report_date: dt.date | None, end_session: dt.date) -> None:
    if report_date is not None and report_date < end_session:
        raise UsageError(
            f"--report-date: {report_date} is before the data's end session {end_session}; "
            "a report cannot be published before the week it reports"
        )


def check_formats(formats: tuple[str, ...]) -> None:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"--formats: unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(FORMATS)}"
        )


@dataclass(frozen=True)
class Inputs:
    """The news file and analyst view a build uses: the options', else the demo's own for the demo."""

    news: Path | None
    view: Path | None


def resolve_inputs(options: BuildOptions, industry: Index) -> Inputs:
    """The bundled demo news and view go with the demo market's demo industry; any other industry
    on the demo market gets the bundled mixed demo feed (routed to it) and no view."""
    if options.data is not None or options.use_store:
        return Inputs(news=options.news, view=options.view)
    bundled = resources.files("sectorbrief.data")
    if industry.name != DEMO_INDUSTRY:
        return Inputs(news=options.news or Path(str(bundled.joinpath("demo_feed.jsonl"))), view=options.view)
    return Inputs(
        news=options.news or Path(str(bundled.joinpath("demo_news.jsonl"))),
        view=options.view or Path(str(bundled.joinpath("demo_view.md"))),
    )


def load_digest(news: Path | None, industry_code: str) -> Digest | None:
    """The week's news as a themed digest, or None without a news file."""
    if news is None:
        return None
    from sectorbrief.news import load_digest as load_news_digest  # only when there is news

    return load_news_digest(news, industry_code)  # it logs its own warnings (term fixes ...)


def analyst_view(view: Path | None, facts: Facts, digest: Digest | None) -> AnalystView:
    """The analyst's view file, or a draft from Facts and the news, marked 草稿."""
    if view is not None:
        return read_view(view)
    return AnalystView(paragraphs=[draft_view(facts, digest)], draft=True)


EMBEDS_FONTS = {"html", "docx"}


def palette(style: HouseStyle) -> Palette:
    c = style.colors
    return Palette(industry=c.industry, benchmark=c.benchmark, bar=c.bar, line=c.primary, muted=c.muted)


def timed_write(fmt: str, folder: Path, context: ReportContext) -> tuple[str, float]:
    """Write one format; return its file name and the seconds it took."""
    started = time.perf_counter()
    name = write_report(fmt, folder, context)
    return name, time.perf_counter() - started


def write_reports(
    worker: Executor, formats: tuple[str, ...], folder: Path, context: ReportContext
) -> dict[str, tuple[str, float]]:
    """Every requested format; the PDF on the worker (which has the fonts loaded for the charts)
    while the rest are written here."""
    background = {fmt: worker.submit(timed_write, fmt, folder, context) for fmt in formats if fmt == "pdf"}
    written = {fmt: timed_write(fmt, folder, context) for fmt in formats if fmt not in background}
    written.update({fmt: job.result() for fmt, job in background.items()})
    return {fmt: written[fmt] for fmt in formats}


def build(options: BuildOptions) -> BuildResult:
    """Market in, Facts out, report written and checked: all in a staging folder, then moved to ``out``."""
    check_formats(options.formats)
    clock = time.perf_counter()
    style = load_house_style(options.config)
    industry = sw2021().resolve_industry(options.industry)
    inputs = resolve_inputs(options, industry)
    with background_worker(options.parallel) as worker, staging(options.out, force=options.force) as tmp:
        worker.submit(prepare_charts)  # matplotlib loads on the worker while the market loads here
        market = load_market(options)
        facts = compute_facts(market, industry, options.as_of, sw2021())
        check_report_date(options.report_date, facts.end_session)
        facts = with_rating(facts, style, options.report_date)
        text = market_text(facts)
        timings = {"load+compute": time.perf_counter() - clock}
        charts = worker.submit(draw_report_charts, market, facts, tmp, palette(style))
        digest = load_digest(inputs.news, industry.code)
        view = analyst_view(inputs.view, facts, digest)
        if EMBEDS_FONTS & set(options.formats):  # here while the worker draws the charts
            prepare_fonts(
                build_context(facts, text, style, view, planned_charts(facts), digest, options.report_date),
                worker,
            )
        context = build_context(facts, text, style, view, charts.result(), digest, options.report_date)
        timings["charts+news"] = time.perf_counter() - clock - timings["load+compute"]
        written = write_reports(worker, options.formats, tmp, context)
        timings.update({fmt: seconds for fmt, (_, seconds) in written.items()})
        lap = time.perf_counter()
        reports = check_outputs(tmp / name for name, _ in written.values())
        timings["check"] = time.perf_counter() - lap
        facts = facts.with_provenance(
            check=check_provenance(reports), news=digest.provenance() if digest else None
        )
        facts.write(tmp / "facts.json")
        ensure_publishable(reports, allow_findings=options.allow_findings)
    timings["total"] = time.perf_counter() - clock
    files = ["facts.json", *(name for name, _ in written.values()), "charts/"]
    return BuildResult(out=options.out, facts=facts, files=files, timings=timings, checks=reports)
