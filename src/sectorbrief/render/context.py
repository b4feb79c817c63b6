"""ReportContext: the one typed object every writer (md, html, pdf, docx) renders from.

It is built from Facts, the market sentences, the house style, the analyst view, an optional news
digest and the saved charts; every figure in it is already formatted text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sectorbrief.charts.assets import chart_path
from sectorbrief.config import HouseStyle
from sectorbrief.facts import Facts
from sectorbrief.narrative.format import cn_date
from sectorbrief.narrative.market import MarketText
from sectorbrief.narrative.report import AnalystView, headline_title, report_date
from sectorbrief.render.outline import CHARTS, FRONT_CHART, SECTIONS, chart_keys

NO_NEWS = "本期未提供产业新闻输入，本节暂无产业动态。"


class DigestItemLike(Protocol):
    """One news item of a digest, in report order (sectorbrief.news.DigestItem has this shape)."""

    @property
    def theme(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def key_point(self) -> str: ...
    @property
    def body(self) -> list[str]: ...
    @property
    def sources(self) -> list[str]: ...


class DigestLike(Protocol):
    """The news digest: items in report order and their "(N) 主题: 要点" key points."""

    @property
    def items(self) -> Sequence[DigestItemLike]: ...
    def key_points(self) -> list[str]: ...


@dataclass(frozen=True)
class Chart:
    key: str
    number: int | None
    title: str
    source: str
    png: str
    svg: str

    @property
    def caption(self) -> str:
        return f"图表{self.number}：{self.title}" if self.number else self.title


@dataclass(frozen=True)
class NewsSection:
    number: str
    heading: str
    paragraphs: list[str]
    source_line: str


@dataclass(frozen=True)
class MarketPart:
    """One paragraph of 市场行情回顾 (a bold lead sentence and its body) and the key of the chart after it."""

    headline: str
    body: str
    chart: str


@dataclass(frozen=True)
class Section:
    """One numbered section of the body, as the outline declares it: ``title`` is "N heading"; ``kind``
    says which body a writer prints (view, market, news, risks); ``parts`` are the market paragraphs."""

    number: int
    heading: str
    title: str
    kind: str
    parts: list[MarketPart]


@dataclass(frozen=True)
class Analyst:
    name: str
    licence: str
    phone: str
    email: str


@dataclass(frozen=True)
class ReportContext:
    firm: str
    series: str
    title: str
    industry: str
    industry_code: str
    rating: str
    rating_change: str
    report_date: str
    report_date_iso: str
    end_session: str
    analysts: list[Analyst]
    related_research: list[str]
    view_is_draft: bool
    core_view: list[str]
    weekly_view: list[str]
    news_points: list[str]
    news_missing: str | None
    valuation_point: str
    risks: list[str]
    market: dict[str, str]
    charts: dict[str, Chart]
    news: list[NewsSection]
    rating_definitions: list[tuple[str, str]]
    rating_benchmark: str
    rating_note: str
    analyst_statement: str
    disclaimer: list[str]
    colors: dict[str, str]
    fonts: dict[str, str]
    data_source: str
    sections: list[Section] = dataclasses.field(default_factory=list)
    """The numbered sections of the body in order (render/outline.py): what writers and contents loop over."""
    front_chart: str | None = None
    """The key of the title block's small chart, when the report has it."""

    def chart(self, key: str) -> Chart | None:
        return self.charts.get(key)

    def to_json_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        for key, chart in self.charts.items():
            out["charts"][key]["caption"] = chart.caption
        return out


def data_source(facts: Facts, firm: str) -> str:
    """The 资料来源 line: the data's source (saying so when it is synthetic) and the firm."""
    source = facts.provenance.data_source
    if facts.provenance.synthetic and "合成" not in source:
        source += "（合成数据，非真实行情）"
    return f"资料来源：{source}，{firm}"


def planned_charts(facts: Facts) -> list[str]:
    """The keys of the charts the report has (the outline's, less those Facts has no data for)."""
    return chart_keys(facts)


def charts(facts: Facts, keys: Iterable[str], source: str) -> dict[str, Chart]:
    specs = {spec.key: spec for spec in CHARTS}
    return {
        key: Chart(
            key,
            specs[key].number,
            specs[key].title(facts),
            source,
            chart_path(key, "png"),
            chart_path(key, "svg"),
        )
        for key in keys
    }


def sections(text: MarketText) -> list[Section]:
    """The outline's sections with the market paragraphs filled in."""
    market = dataclasses.asdict(text)
    return [
        Section(
            spec.number,
            spec.heading,
            spec.title,
            spec.kind,
            [MarketPart(market[f"{p.text}_headline"], market[f"{p.text}_body"], p.chart) for p in spec.parts],
        )
        for spec in SECTIONS
    ]


def news_sections(digest: DigestLike | None) -> list[NewsSection]:
    """3.N 主题: 标题 for each news item, numbered under the outline's news section."""
    if digest is None:
        return []
    section = next(spec.number for spec in SECTIONS if spec.kind == "news")
    return [
        NewsSection(
            number=f"{section}.{n}",
            heading=f"{item.theme}: {item.title}",
            paragraphs=list(item.body),
            source_line=f"（资料来源：{'、'.join(item.sources)}）" if item.sources else "",
        )
        for n, item in enumerate(digest.items, start=1)
    ]


def build_context(
    facts: Facts,
    text: MarketText,
    style: HouseStyle,
    view: AnalystView,
    keys: Iterable[str],
    digest: DigestLike | None = None,
    published: dt.date | None = None,
) -> ReportContext:
    """Everything the writers print, formatted once, with the charts ``keys`` names (see
    ``planned_charts``). ``published`` defaults to the Monday after."""
    source = data_source(facts, style.firm)
    drawn = charts(facts, keys, source)
    published = published or report_date(facts.end_session)
    ratings = style.rating_texts()
    return ReportContext(
        firm=style.firm,
        series=style.series_for(facts.industry.name),
        title=headline_title(facts, view),
        industry=facts.industry.name,
        industry_code=facts.industry.code,
        rating=style.rating,
        rating_change=style.rating_change,
        report_date=cn_date(published),
        report_date_iso=published.isoformat(),
        end_session=cn_date(facts.end_session),
        analysts=[Analyst(a.name, a.licence, a.phone, a.email) for a in style.analysts],
        related_research=list(style.related_research),
        view_is_draft=view.draft,
        core_view=list(view.paragraphs) if view.draft else [text.weekly_body, *view.paragraphs],
        weekly_view=list(view.paragraphs),
        news_points=digest.key_points() if digest is not None else [],
        news_missing=None if digest is not None and digest.items else NO_NEWS,
        valuation_point=text.valuation_body,
        risks=[risk.rstrip("。；;.") for risk in view.risks or style.risks],
        market=dataclasses.asdict(text),
        charts=drawn,
        news=news_sections(digest),
        rating_definitions=list(ratings.industry.items()),
        rating_benchmark=ratings.benchmark,
        rating_note=ratings.note,
        analyst_statement=style.analyst_statement,
        disclaimer=list(style.disclaimer),
        colors=style.colors.model_dump(),
        fonts=style.fonts.model_dump(),
        data_source=source,
        sections=sections(text),
        front_chart=FRONT_CHART if FRONT_CHART in drawn else None,
    )
