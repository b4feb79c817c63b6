"""build(options) -> BuildResult: the weekly report, read top-down like a recipe over the stages of
pipeline/stages.py. The timing and the forked processes (the news digest in a process of its own, the
charts on two chart processes, Typst's page layout and PDF each in a process of its own) wrap the
stages here; the stages themselves neither time nor fork."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from sectorbrief.charts import draw_charts
from sectorbrief.charts.assets import ChartImage, Palette
from sectorbrief.charts.specs import chart_specs
from sectorbrief.charts.workers import ChartWorkers
from sectorbrief.choices import DEMO_AS_OF, DEMO_INDUSTRY, FORMATS, check_formats
from sectorbrief.config import load_house_style
from sectorbrief.errors import UsageError
from sectorbrief.facts import Facts
from sectorbrief.facts.process import FactsProcess, FactsRequest
from sectorbrief.pipeline import stages
from sectorbrief.pipeline.gate import ensure_publishable
from sectorbrief.pipeline.publish import preflight
from sectorbrief.pipeline.worker import Deferred, Pending, can_fork_safely, forked_call, forked_steps
from sectorbrief.ratings.record import with_rating
from sectorbrief.render.context import planned_charts
from sectorbrief.render.document import ReportDocument, palette
from sectorbrief.render.fonts import prepare_fonts
from sectorbrief.render.writers import prepare_writers
from sectorbrief.taxonomy import Index, Taxonomy, sw2021

if TYPE_CHECKING:
    from sectorbrief.check.report import CheckReport
    from sectorbrief.render.pdf import Pages

log = logging.getLogger(__name__)


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
    """Fork: the news, the charts and the PDF on other processes; for a process of our own (the CLI)."""
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


def check_report_date(report_date: dt.date | None, end_session: dt.date) -> None:
    if report_date is not None and report_date < end_session:
        raise UsageError(
            f"--report-date: {report_date} is before the data's end session {end_session}; "
            "a report cannot be published before the week it reports"
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
    news, view = stages.demo_inputs()
    if industry.name != DEMO_INDUSTRY:
        return Inputs(news=options.news or stages.demo_feed(), view=options.view)
    return Inputs(news=options.news or news, view=options.view or view)


EMBEDS_FONTS = {"html", "docx"}


class Clock:
    """Wall seconds per named step of a build, and since it started."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.timings: dict[str, float] = {}

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        lap = time.perf_counter()
        yield
        self.timings[name] = time.perf_counter() - lap

    def total(self) -> dict[str, float]:
        return {**self.timings, "total": time.perf_counter() - self.started}


@contextmanager
def chart_processes(parallel: bool, given: ChartWorkers | None) -> Iterator[ChartWorkers | None]:
    """The chart processes: ``given`` (the program starts them at its first line, charts.workers),
    else started here when ``parallel`` and forking is safe (ended on leaving); None: draw here."""
    if given is not None or not parallel or not can_fork_safely():
        yield given
        return
    with ChartWorkers.start() as workers:
        yield workers


def request_facts(options: BuildOptions, given: FactsProcess | None) -> FactsProcess | None:
    """``given`` (the program starts it at its first line, facts.process), sent what to compute now, so
    the market loads there while this process goes on; None: load and compute here."""
    if given is not None:
        given.send(
            FactsRequest(options.data, options.use_store, options.store, options.industry, options.as_of)
        )
    return given


def market_facts(
    options: BuildOptions, industry: Index, taxonomy: Taxonomy, computing: FactsProcess | None
) -> Facts:
    """The Facts of ``options``' market for ``industry``: from the facts process, else loaded here."""
    if computing is not None:
        return computing.result()
    return stages.facts(stages.load(options), industry, options.as_of, taxonomy)


def draw_on(workers: ChartWorkers | None, facts: Facts, colours: Palette) -> Pending[dict[str, ChartImage]]:
    """The outline's charts, drawn on the chart processes (plain specs sent, images back), or here
    when the result is asked for."""
    specs = chart_specs(facts, planned_charts(facts))
    if workers is None:
        return Deferred(draw_charts, (specs, colours), {})
    return workers.draw(specs, colours)


def timed_render(
    document: ReportDocument, fmt: str, charts: Mapping[str, ChartImage], pages: Pages | None = None
) -> tuple[bytes, float]:
    """One format's bytes and the seconds they took."""
    started = time.perf_counter()
    data = stages.render_format(document, fmt, charts, pages)
    return data, time.perf_counter() - started


def prepare_renders(formats: tuple[str, ...]) -> None:
    """Import the writers that run here and the checker, and compile the checker's patterns (the Typst
    process forked later inherits them), while the charts are drawn."""
    prepare_writers(fmt for fmt in formats if fmt != "pdf")  # the PDF's runs in a process of its own
    importlib.import_module("sectorbrief.check.warmup").warm_up()


class CheckedPdf(NamedTuple):
    """The PDF's bytes, the seconds they took and the checker's report on them."""

    data: bytes
    seconds: float
    report: CheckReport


def typeset(
    document: ReportDocument, formats: tuple[str, ...], charts: Mapping[str, ChartImage]
) -> Iterator[Pages | CheckedPdf]:
    """Typst's work, one step after the other in one process, so the PDF's compile reuses what the page
    layout's computed (Typst memoizes): the pages the Word contents cite (for a docx), then the PDF,
    checked (for a pdf)."""
    if "docx" in formats:
        yield stages.pages(document, charts)
    if "pdf" in formats:
        data, seconds = timed_render(document, "pdf", charts)
        [report] = stages.check(stages.Rendered({"pdf": data}, {}))
        yield CheckedPdf(data, seconds, report)


def render_on(
    parallel: bool, document: ReportDocument, formats: tuple[str, ...], charts: dict[str, ChartImage]
) -> tuple[stages.Rendered, dict[str, float], list[CheckReport]]:
    """Every requested format, the seconds each took (and the checker here), and the checker's reports
    in format order. Typst runs in a forked process only (when ``parallel``): the page layout the Word
    contents cite, then the PDF, checked there, while md and html render here, then the docx with those
    pages, and the checker reads these here before the PDF is waited for."""
    seconds: dict[str, float] = {}
    checked: dict[str, CheckReport] = {}
    with forked_steps(
        parallel and bool({"pdf", "docx"} & set(formats)), typeset, document, formats, charts
    ) as typst:
        done = {fmt: timed_render(document, fmt, charts) for fmt in formats if fmt in ("md", "html")}
        if "docx" in formats:
            pages = typst.next()
            assert not isinstance(pages, CheckedPdf)  # the pages come first
            done["docx"] = timed_render(document, "docx", charts, pages)
        started = time.perf_counter()
        here = stages.Rendered({fmt: data for fmt, (data, _) in done.items()}, {})
        checked.update(zip(here.reports, stages.check(here), strict=True))
        seconds["check"] = time.perf_counter() - started
        if "pdf" in formats:
            pdf = typst.next()
            assert isinstance(pdf, CheckedPdf)
            done["pdf"], checked["pdf"] = (pdf.data, pdf.seconds), pdf.report
    rendered = stages.Rendered({fmt: done[fmt][0] for fmt in formats}, charts)
    return rendered, {**{fmt: done[fmt][1] for fmt in formats}, **seconds}, [checked[fmt] for fmt in formats]


def build(
    options: BuildOptions,
    chart_workers: ChartWorkers | None = None,
    facts_process: FactsProcess | None = None,
) -> BuildResult:
    """Market in, Facts out, report rendered and checked in memory, then published into ``out``.
    ``chart_workers``: warm chart processes to draw on; ``facts_process``: a warm process to load the
    market and compute the Facts in (both the program's, started at its first line)."""
    computing = request_facts(options, facts_process)  # its errors are raised when its Facts are asked for
    check_formats(options.formats)
    clock = Clock()
    style = load_house_style(options.config)
    taxonomy = sw2021()
    industry = taxonomy.resolve_industry(options.industry)
    inputs = resolve_inputs(options, industry)
    preflight(options.out, force=options.force)  # an unusable --out is refused before any work
    # The news in a process of its own, while the market loads (here or in the facts process): its
    # tokenizer's dictionary is never resident in this process. The chart processes import matplotlib
    # meanwhile.
    with (
        forked_call(
            options.parallel and inputs.news is not None, stages.digest, inputs.news, industry.code
        ) as news,
        chart_processes(options.parallel, chart_workers) as workers,
    ):
        with clock.step("load+compute"):
            facts = market_facts(options, industry, taxonomy, computing)
            check_report_date(options.report_date, facts.end_session)
            facts = with_rating(facts, style, options.report_date)
        with clock.step("charts+news"):
            charts = draw_on(workers, facts, palette(style))
            digest = news.result()
            view = stages.view(inputs.view, facts, digest)
            document = stages.compose(facts, digest, view, style, options.report_date)
            if EMBEDS_FONTS & set(options.formats):  # here while the chart processes draw
                prepare_fonts(document.context)
            prepare_renders(options.formats)
            images = charts.result()
    rendered, seconds, reports = render_on(options.parallel, document, options.formats, images)
    clock.timings.update(seconds)
    facts = stages.record(facts, reports, digest)
    ensure_publishable(reports, allow_findings=options.allow_findings)
    files = stages.publish(rendered, facts, options.out, force=options.force)
    return BuildResult(out=options.out, facts=facts, files=files, timings=clock.total(), checks=reports)
