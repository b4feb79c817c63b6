"""build(options) -> BuildResult: the weekly report, read top-down like a recipe."""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from sectorbrief.compute import compute_facts
from sectorbrief.errors import UsageError
from sectorbrief.facts import Facts
from sectorbrief.market import Market
from sectorbrief.narrative.market import market_text
from sectorbrief.publish import staging
from sectorbrief.render.markdown import write_markdown
from sectorbrief.taxonomy import sw2021

log = logging.getLogger(__name__)

DEMO_INDUSTRY = "通信"
DEMO_AS_OF = dt.date(2026, 7, 5)
FORMATS = ("md",)


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


def build(options: BuildOptions) -> BuildResult:
    """Market in, Facts out, report written: everything into a staging folder, then moved to ``out``."""
    check_formats(options.formats)
    clock = time.perf_counter()
    industry = sw2021().resolve_industry(options.industry)
    market = load_market(options)
    loaded = time.perf_counter()
    facts = compute_facts(market, industry, options.as_of, sw2021())
    text = market_text(facts)
    computed = time.perf_counter()
    files = ["facts.json"]
    with staging(options.out) as tmp:
        facts.write(tmp / "facts.json")
        if "md" in options.formats:
            write_markdown(tmp / "report.md", facts, text)
            files.append("report.md")
    done = time.perf_counter()
    timings = {"load": loaded - clock, "compute": computed - loaded, "write": done - computed}
    return BuildResult(out=options.out, facts=facts, files=files, timings=timings)
