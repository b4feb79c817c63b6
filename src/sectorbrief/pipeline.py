"""build(options) -> BuildResult: the weekly report, read top-down like a recipe."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief.charts.report import draw_report_charts
from sectorbrief.charts.style import Palette
from sectorbrief.compute import compute_facts
from sectorbrief.config import HouseStyle, load_house_style
from sectorbrief.errors import UsageError
from sectorbrief.facts import Facts
from sectorbrief.market import Market
from sectorbrief.narrative.market import market_text
from sectorbrief.narrative.report import AnalystView, read_view
from sectorbrief.narrative.view import draft_view
from sectorbrief.publish import staging
from sectorbrief.render.context import build_context
from sectorbrief.render.writers import FORMATS, write_report
from sectorbrief.taxonomy import sw2021

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
    data: Path | None = None
    use_store: bool = False
    store: Path | None = None
    out: Path = Path("out")
    formats: tuple[str, ...] = FORMATS
    view: Path | None = None
    """The analyst's 核心观点 (Markdown); None drafts one from Facts, marked 草稿."""
    config: Path | None = None
    """A house-style YAML file laid over the neutral defaults."""
    news: Path | None = None
    """A news file for 产业动态; None says no news input was given."""
    report_date: dt.date | None = None
    """The publication date; None means the Monday after the end session's week."""


@dataclass
class BuildResult:
    out: Path
    facts: Facts
    files: list[str]
    timings: dict[str, float] = field(default_factory=dict)


def load_market(options: BuildOptions) -> Market:
    """The market the options name: a data file, the store, or the bundled synthetic demo."""
    if options.data is not None:
        from sectorbrief.sources.files import read_market_file

        return Market.from_long(read_market_file(options.data), source=f"文件 {options.data.name}")
    if options.use_store:
        from sectorbrief.store import Store

        with Store.open(options.store) as store:
            return Market.from_long(store.load(), source=f"本地数据库 {store.path}")
    from sectorbrief.sources.demo import DEMO_SOURCE, load_demo_market

    return Market.from_long(load_demo_market(), source=DEMO_SOURCE, synthetic=True)


def check_formats(formats: tuple[str, ...]) -> None:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"--formats: unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(FORMATS)}"
        )


def load_digest(options: BuildOptions, industry_code: str) -> Digest | None:
    if options.news is None:
        return None
    from sectorbrief.news import load_digest as load_news_digest  # only when --news is given

    digest = load_news_digest(options.news, industry_code)
    for warning in getattr(digest, "warnings", []):
        log.warning("news: %s", warning)
    return digest


def analyst_view(options: BuildOptions, facts: Facts, digest: Digest | None) -> AnalystView:
    """The --view file, or a draft from Facts and the news, marked 草稿."""
    if options.view is not None:
        return read_view(options.view)
    return AnalystView(paragraphs=[draft_view(facts, digest)], draft=True)


def palette(style: HouseStyle) -> Palette:
    c = style.colors
    return Palette(industry=c.industry, benchmark=c.benchmark, bar=c.bar, line=c.primary, muted=c.muted)


def build(options: BuildOptions) -> BuildResult:
    """Market in, Facts out, report written: everything into a staging folder, then moved to ``out``."""
    check_formats(options.formats)
    clock = time.perf_counter()
    style = load_house_style(options.config)
    industry = sw2021().resolve_industry(options.industry)
    market = load_market(options)
    facts = compute_facts(market, industry, options.as_of, sw2021())
    text = market_text(facts)
    digest = load_digest(options, industry.code)
    view = analyst_view(options, facts, digest)
    timings = {"load+compute": time.perf_counter() - clock}
    files = ["facts.json"]
    with staging(options.out) as tmp:
        facts.write(tmp / "facts.json")
        lap = time.perf_counter()
        charts = draw_report_charts(market, facts, tmp, palette(style))
        timings["charts"] = time.perf_counter() - lap
        context = build_context(facts, text, style, view, charts, digest, options.report_date)
        for fmt in options.formats:
            lap = time.perf_counter()
            files.append(write_report(fmt, tmp, context))
            timings[fmt] = time.perf_counter() - lap
    files.append("charts/")
    timings["total"] = time.perf_counter() - clock
    return BuildResult(out=options.out, facts=facts, files=files, timings=timings)
