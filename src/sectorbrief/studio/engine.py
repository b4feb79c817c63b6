"""The studio's one door into the pipeline's stages (pipeline/stages.py): load the market once, each
week's facts, charts and news once, then compose, check, preview and publish a report from a draft.

The routes never call the pipeline themselves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from sectorbrief.charts.assets import ChartImage
from sectorbrief.check import CheckReport, check_paragraphs
from sectorbrief.check.read import read_plain
from sectorbrief.config import HouseStyle, load_house_style
from sectorbrief.errors import SectorbriefError, UsageError
from sectorbrief.facts import Facts
from sectorbrief.market import Market
from sectorbrief.narrative.market import MarketText, market_text
from sectorbrief.narrative.report import AnalystView, headline_title, parse_view, report_date
from sectorbrief.narrative.view import DRAFT_MARK
from sectorbrief.news.models import Digest, DigestItem
from sectorbrief.pipeline import stages
from sectorbrief.pipeline.build import BuildOptions, resolve_inputs
from sectorbrief.render.context import planned_charts
from sectorbrief.render.document import ReportDocument
from sectorbrief.render.fonts import prepare_fonts
from sectorbrief.studio.drafts import Draft, NewsChoice
from sectorbrief.taxonomy import Index, sw2021

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sources:
    """Where the studio's market and news come from (the ``studio`` command's options)."""

    data: tuple[Path, ...] | None = None
    use_store: bool = False
    store: Path | None = None
    news: Path | None = None
    config: Path | None = None


@dataclass(frozen=True)
class Week:
    """One industry's week, computed once: Facts, the market sentences, the news and the view."""

    industry: Index
    as_of: dt.date
    facts: Facts
    text: MarketText
    digest: Digest | None
    view: AnalystView

    @property
    def chart_keys(self) -> list[str]:
        return list(planned_charts(self.facts))


class Engine:
    """The market loaded once and each (industry, as-of) week computed once per server."""

    def __init__(self, sources: Sources, home: Path) -> None:
        self.sources = sources
        self.home = home
        self.style = load_house_style(sources.config)
        self._market: Market | None = None
        self._weeks: dict[tuple[str, dt.date], Week] = {}
        self._lock = threading.Lock()
        self._charts: dict[tuple[str, dt.date], dict[str, ChartImage]] = {}
        self._charts_lock = threading.Lock()
        self.fonts = FontWarmer()
        self.warmed = threading.Event()
        """Set when the server's start-up work (the default week and its fonts) is done."""

    def open(self) -> None:
        """Load the market and look for the news file now, so a bad option fails before serving."""
        if self.sources.news is not None and not self.sources.news.exists():
            raise UsageError(f"--news {self.sources.news}: news file not found")
        self.market()

    def market(self) -> Market:
        if self._market is None:
            self._market = stages.load(self.sources)
        return self._market

    def industry(self, code: str) -> Index:
        """The SW industry ``code`` names (801770.SI, 801770 or 通信); UsageError otherwise."""
        return sw2021().resolve_industry(code)

    def week(self, code: str, as_of: dt.date) -> Week:
        industry = self.industry(code)
        with self._lock:
            key = (industry.code, as_of)
            if key not in self._weeks:
                self._weeks[key] = self._compute(industry, as_of)
            return self._weeks[key]

    def _compute(self, industry: Index, as_of: dt.date) -> Week:
        s = self.sources
        facts = stages.facts(self.market(), industry, as_of)
        options = BuildOptions(
            industry=industry.code, as_of=as_of, data=s.data, use_store=s.use_store, news=s.news
        )
        inputs = resolve_inputs(options, industry)
        digest = stages.digest(inputs.news, industry.code)
        view = stages.view(inputs.view, facts, digest)
        log.info("studio week %s %s ready (end session %s)", industry.name, as_of, facts.end_session)
        return Week(industry, as_of, facts, market_text(facts), digest, view)

    def charts(self, week: Week) -> dict[str, ChartImage]:
        """The week's charts, drawn on first use, once per industry and end session."""
        key = (week.industry.code, week.facts.end_session)
        with self._charts_lock:
            if key not in self._charts:
                document = stages.compose(week.facts, week.digest, week.view, self.style)
                self._charts[key] = stages.draw(document)
            return self._charts[key]

    def new_draft(self, week: Week) -> Draft:
        """The draft an analyst starts from: the view file (or a 草稿 from Facts), the digest's order."""
        view = week.view
        body = "\n\n".join(view.paragraphs)
        if view.risks:
            body += "\n\n## 风险提示\n\n" + "；".join(r.rstrip("。；;.") for r in view.risks) + "。"
        items = week.digest.items if week.digest else []
        return Draft(
            code=week.industry.code,
            as_of=week.as_of,
            headline=headline_title(week.facts, view),
            view=body,
            rating=self.style.rating,
            rating_change=self.style.rating_change,
            report_date=report_date(week.facts.end_session),
            news=[news_choice(item, n) for n, item in enumerate(items)],
        )

    def news_from_file(self, path: Path, week: Week) -> list[NewsChoice]:
        """A news file's items for the week's industry, read, classified and merged as the CLI does."""
        digest = stages.digest(path, week.industry.code)
        return [news_choice(item, n) for n, item in enumerate(digest.items if digest else [])]

    def compose(self, draft: Draft, week: Week) -> tuple[ReportDocument, Digest | None]:
        """The report of ``draft``: its view, headline, rating, date and chosen news, in order."""
        chosen = chosen_items(draft, week)
        digest = stages.digest(chosen, week.industry.code) if week.digest or draft.news else None
        return stages.compose(
            week.facts, digest, analyst_view(draft), self.style_of(draft), draft.report_date
        ), digest

    def style_of(self, draft: Draft) -> HouseStyle:
        """The house style with the draft's rating and rating change."""
        return self.style.model_copy(update={"rating": draft.rating, "rating_change": draft.rating_change})

    def preview(self, draft: Draft, week: Week) -> bytes:
        """The report as HTML (charts and fonts inline), rendered in memory."""
        return stages.render_format(self.compose(draft, week)[0], "html", self.charts(week))

    def prepare(self, draft: Draft, week: Week) -> None:
        """Start cutting the fonts ``draft``'s report embeds (in the background)."""
        with contextlib.suppress(SectorbriefError):  # an empty view: nothing to prepare until there is one
            self.fonts.submit(self.compose(draft, week)[0])

    def check(self, draft: Draft, week: Week) -> CheckReport:
        """The checker on the analyst's text read beside the week's market paragraph it must agree with."""
        text = f"# {draft.headline}\n\n{week.text.weekly_body}\n\n{draft.view}"
        return check_paragraphs(read_plain(text), name="draft")


class FontWarmer:
    """Cuts the report's embedded fonts for the latest draft on a background thread while the analyst
    types, so a preview or a publish finds them in the cache; older requests are dropped."""

    def __init__(self) -> None:
        self._next: ReportDocument | None = None
        self._lock = threading.Lock()
        self._running = False

    def submit(self, document: ReportDocument) -> None:
        with self._lock:
            self._next = document
            if self._running:
                return
            self._running = True
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while True:
            with self._lock:
                document, self._next = self._next, None
                if document is None:
                    self._running = False
                    return
            try:
                prepare_fonts(document.context)
            except SectorbriefError as exc:  # the writer will say it again, where it matters
                log.warning("fonts not prepared: %s", exc)


def analyst_view(draft: Draft) -> AnalystView:
    view = parse_view(f"# {draft.headline}\n\n{draft.view}")
    if not view.paragraphs:
        raise UsageError("view: 核心观点 is empty; write at least one paragraph")
    return AnalystView(
        paragraphs=view.paragraphs,
        title=view.title,
        risks=view.risks,
        draft=draft.view.startswith(DRAFT_MARK),
    )


def chosen_items(draft: Draft, week: Week) -> list[DigestItem]:
    """The included items in the analyst's order, with their edited titles and key points."""
    return [
        DigestItem(
            theme=n.theme,
            title=n.title,
            key_point=n.key_point,
            body=list(n.body),
            sources=list(n.sources),
            urls=list(n.urls),
            published=n.published or week.facts.end_session,
            ids=list(n.ids) or [n.id],
        )
        for n in draft.chosen_news()
    ]


def news_choice(item: DigestItem, order: int) -> NewsChoice:
    return NewsChoice(
        id=item.ids[0],
        title=item.title,
        theme=item.theme,
        order=order,
        key_point=item.key_point,
        body=list(item.body),
        sources=list(item.sources),
        urls=list(item.urls),
        published=item.published,
        ids=list(item.ids),
    )
