"""The build as stages over objects. Each stage takes objects and returns one; nothing here times,
forks or writes files except ``publish``. ``build()`` (pipeline/build.py) is the one-call recipe
over them; a long-lived caller (batch, the studio) loads a market once and calls the rest many times.

    load(options)                                   -> Market       the data file, the store or the demo
    facts(market, industry, as_of, taxonomy)        -> Facts        every figure, unrounded, with chart series
    digest(news file | [DigestItem ...], code)      -> Digest|None  a file's news, or chosen, ordered items as given
    view(path | None, facts, digest)                -> AnalystView  the analyst's 核心观点, or a draft marked 草稿
    compose(facts, digest, view, style, date)       -> ReportDocument  the formatted text + Facts + palette
    draw(document)                                  -> {key: ChartImage}  PNG and SVG bytes, from Facts only
    render(document, formats, charts=None)          -> Rendered     {format: bytes} and chart images, in memory
    check(rendered)                                 -> [CheckReport]  the checker over each report's bytes
    record(facts, reports, digest)                  -> Facts        the checker's and the news step's provenance added
    publish(rendered, facts, out)                   -> [file names] facts.json, reports, charts/ moved into ``out``

``pipeline.gate.ensure_publishable(reports)`` raises CheckFailed on error-level findings, before
``publish``. ``render_format(document, fmt, charts, pages)`` renders one format, for a caller that spreads formats
over processes (build() makes ``pages(document, charts)``, the PDF layout the Word contents cite, then the PDF in a
forked process); ``Rendered.files()`` is every published file's bytes by path.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief.charts import draw_report_charts
from sectorbrief.charts.assets import ChartImage
from sectorbrief.choices import FORMATS
from sectorbrief.config import HouseStyle
from sectorbrief.facts import Facts
from sectorbrief.narrative.market import market_text
from sectorbrief.narrative.report import AnalystView, read_view
from sectorbrief.narrative.view import draft_view
from sectorbrief.pipeline.gate import provenance as check_provenance
from sectorbrief.pipeline.publish import staging
from sectorbrief.render.context import build_context, planned_charts
from sectorbrief.render.document import ReportDocument, palette
from sectorbrief.render.writers import file_name, render_report
from sectorbrief.taxonomy import Index, Taxonomy, sw2021

if TYPE_CHECKING:
    from sectorbrief.charts.report import BarDrawings
    from sectorbrief.check.report import CheckReport
    from sectorbrief.market import Market
    from sectorbrief.news.models import Digest, DigestItem
    from sectorbrief.render.pdf import Pages
    from sectorbrief.sources.load import MarketSpec

log = logging.getLogger(__name__)

FACTS_FILE = "facts.json"


def load(spec: MarketSpec) -> Market:
    """The market ``spec`` names: data files (merged), the store, or the bundled synthetic demo."""
    from sectorbrief.sources.load import load_market  # pandas: only where a market is loaded (not in a
    # build's own process when its facts process loads it: facts.process)

    return load_market(spec)


def facts(market: Market, industry: Index | str, as_of: dt.date, taxonomy: Taxonomy | None = None) -> Facts:
    """Every figure of the report for ``industry`` (an Index, or a name / code) as of ``as_of``."""
    from sectorbrief.facts.compute import compute_facts

    taxonomy = taxonomy or sw2021()
    if isinstance(industry, str):
        industry = taxonomy.resolve_industry(industry)
    return compute_facts(market, industry, as_of, taxonomy)


def digest(news: Path | Sequence[DigestItem] | None, industry_code: str) -> Digest | None:
    """The week's news as a Digest: from a news file (read, classified, merged, ordered), or from
    items already chosen and ordered (e.g. edited in the studio), kept as given; None without news."""
    if news is None:
        return None
    from sectorbrief.news import Digest, load_digest  # only when there is news (jieba is slow to load)

    if isinstance(news, Path):
        return load_digest(news, industry_code)  # it logs its own warnings (term fixes ...)
    return Digest(industry_code, list(news))


def view(path: Path | None, facts: Facts, digest: Digest | None) -> AnalystView:
    """The analyst's view file, or a draft from Facts and the news, marked 草稿."""
    if path is not None:
        return read_view(path)
    return AnalystView(paragraphs=[draft_view(facts, digest)], draft=True)


def compose(
    facts: Facts,
    digest: Digest | None,
    view: AnalystView,
    style: HouseStyle,
    report_date: dt.date | None = None,
) -> ReportDocument:
    """The report as one document: every sentence formatted, the outline's charts named, ready to render.
    ``report_date`` defaults to the Monday after the end session's week."""
    context = build_context(
        facts, market_text(facts), style, view, planned_charts(facts), digest, report_date
    )
    return ReportDocument(facts=facts, context=context, palette=palette(style))


def draw(document: ReportDocument, bars: BarDrawings | None = None) -> dict[str, ChartImage]:
    """The document's charts as PNG and SVG bytes, drawn from its Facts (图表1/2 from ``bars``' shared
    drawings when given: a long-lived caller drawing many industries of the same weeks)."""
    return draw_report_charts(document.facts, document.chart_keys, document.palette, bars)


def render_format(
    document: ReportDocument, fmt: str, charts: Mapping[str, ChartImage], pages: Pages | None = None
) -> bytes:
    """One format of ``document`` as bytes (md, html, pdf or docx); ``pages``, when known, spare the docx
    laying out the PDF again for its contents' page numbers."""
    return render_report(fmt, document.context, charts, pages)


def pages(document: ReportDocument, charts: Mapping[str, ChartImage]) -> Pages:
    """The PDF layout's pages of the numbered sections and of the charts (what the Word contents cite)."""
    from sectorbrief.render.pdf import layout_pages  # Typst: only where the layout is needed

    return layout_pages(document.context, charts)


@dataclass(frozen=True)
class Rendered:
    """A rendered report, in memory: each format's bytes (in the order asked for) and the chart images."""

    reports: dict[str, bytes]
    charts: dict[str, ChartImage]

    def files(self) -> dict[str, bytes]:
        """Every file to publish (but facts.json) by path relative to the output folder."""
        out = {file_name(fmt): data for fmt, data in self.reports.items()}
        for image in self.charts.values():
            out[image.png_path] = image.png
            out[image.svg_path] = image.svg
        return out


def render(
    document: ReportDocument,
    formats: Sequence[str] = FORMATS,
    charts: Mapping[str, ChartImage] | None = None,
) -> Rendered:
    """``document`` in each of ``formats``, in memory; the charts are drawn unless given."""
    images = dict(charts) if charts is not None else draw(document)
    return Rendered({fmt: render_format(document, fmt, images) for fmt in formats}, images)


def check(rendered: Rendered) -> list[CheckReport]:
    """The checker over each rendered report, in format order; each report is named by its file name.

    The checker reads files, so each report is written to a private temporary folder, removed after.
    """
    from sectorbrief.check import check_file

    reports = []
    with tempfile.TemporaryDirectory(prefix="sectorbrief-check-") as folder:
        for fmt, data in rendered.reports.items():
            path = Path(folder) / file_name(fmt)
            path.write_bytes(data)
            reports.append(dataclasses.replace(check_file(path), file=path.name))
    return reports


def record(facts: Facts, reports: Sequence[CheckReport], digest: Digest | None) -> Facts:
    """``facts`` with the checker's findings and the news step in its provenance, for facts.json."""
    return facts.with_provenance(
        check=check_provenance(reports), news=digest.provenance() if digest is not None else None
    )


def report_files(rendered: Rendered, facts: Facts) -> dict[str, bytes]:
    """A report's files by path relative to its folder: facts.json, the reports and charts/*."""
    return {FACTS_FILE: facts.to_json().encode("utf-8"), **rendered.files()}


def write_files(folder: Path, files: Mapping[str, bytes]) -> None:
    """Write ``files`` (relative path -> bytes) into ``folder``, making the sub-folders they name."""
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def publish(rendered: Rendered, facts: Facts, out: Path, *, force: bool = False) -> list[str]:
    """Write facts.json, the reports and charts/ into a staging folder beside ``out`` and move them into
    place (pipeline.publish.staging); return what was published, as the CLI lists it."""
    with staging(out, force=force) as tmp:
        write_files(tmp, report_files(rendered, facts))
    return [FACTS_FILE, *(file_name(fmt) for fmt in rendered.reports), "charts/"]


def demo_inputs() -> tuple[Path, Path]:
    """The bundled demo news file and analyst view (they go with the demo market's 通信 only)."""
    bundled = resources.files("sectorbrief.data")
    return Path(str(bundled.joinpath("demo_news.jsonl"))), Path(str(bundled.joinpath("demo_view.md")))


def demo_feed() -> Path:
    """The bundled mixed news feed of the demo week (routed to any other industry of the demo market)."""
    return Path(str(resources.files("sectorbrief.data").joinpath("demo_feed.jsonl")))
