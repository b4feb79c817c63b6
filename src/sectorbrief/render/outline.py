"""The report's outline, declared once: its numbered sections and its charts (key, number, title,
where it sits). Every writer (report.md.j2, report.html.j2, report.typ, docx.py) and both contents
lists loop over what this declares; a new chart is one entry in CHARTS (and its spec and drawing in
charts/specs.py), a new section one entry in SECTIONS and its body in each writer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sectorbrief.facts import Facts
from sectorbrief.narrative.format import cn_date


@dataclass(frozen=True)
class ChartSpec:
    """One chart: its key (file name and drawing), its 图表 number (None: not in 图表目录), its title
    from Facts, and whether this report has it."""

    key: str
    number: int | None
    title: Callable[[Facts], str]
    present: Callable[[Facts], bool] = lambda facts: True


def _names(facts: Facts) -> str:
    return "、".join(facts.weekly.benchmarks_pct)


def _weekly_title(facts: Facts) -> str:
    week = facts.weekly
    span = f"{cn_date(week.sessions[0])}至{cn_date(week.sessions[-1], year=False)}"
    return f"{_names(facts)}、申万一级行业指数涨跌幅（%）（{span}）"


def _ytd_title(facts: Facts) -> str:
    span = f"{facts.end_session.year}年初至{cn_date(facts.end_session)}"
    return f"{_names(facts)}、申万一级行业指数涨跌幅（%）（{span}）"


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("fig1_weekly_returns", 1, _weekly_title),
    ChartSpec("fig2_ytd_returns", 2, _ytd_title),
    ChartSpec(
        "fig3_pe_ttm",
        3,
        lambda facts: f"申万{facts.industry.name}行业估值情况（PE-TTM，单位：倍）",
        lambda facts: facts.valuation is not None and facts.series.pe_ttm is not None,
    ),
    ChartSpec(
        "relative_hs300",
        None,
        lambda facts: "行业相对沪深300指数表现",
        lambda facts: facts.series.relative is not None,
    ),
)
FRONT_CHART = "relative_hs300"
"""The small chart of the title block's side column."""


@dataclass(frozen=True)
class Part:
    """One paragraph of 市场行情回顾 (a bold lead and its body, from MarketText) and the chart after it."""

    text: str
    chart: str


@dataclass(frozen=True)
class SectionSpec:
    """One numbered section of the body: its number, heading and the kind of body a writer prints."""

    number: int
    heading: str
    kind: str
    """view (行业周观点), market (parts with charts), news (3.N subsections), risks."""
    parts: tuple[Part, ...] = ()

    @property
    def title(self) -> str:
        return f"{self.number} {self.heading}"


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec(1, "行业周观点", "view"),
    SectionSpec(
        2,
        "市场行情回顾",
        "market",
        (
            Part("weekly", "fig1_weekly_returns"),
            Part("ytd", "fig2_ytd_returns"),
            Part("valuation", "fig3_pe_ttm"),
        ),
    ),
    SectionSpec(3, "产业动态", "news"),
    SectionSpec(4, "风险提示", "risks"),
)


def chart_keys(facts: Facts) -> list[str]:
    """The keys of the charts this report has, in declaration order."""
    return [spec.key for spec in CHARTS if spec.present(facts)]
