"""ReportDocument: one composed report, what the render stage turns into files.

It holds the formatted text every writer prints (a ReportContext), the Facts its charts are drawn
from and the charts' palette. It is built once per report (pipeline.stages.compose) and only read
afterwards, so a long-lived caller can render it again, or in several formats, without recomputing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.charts.assets import Palette
from sectorbrief.config import HouseStyle
from sectorbrief.facts import Facts
from sectorbrief.render.context import ReportContext


@dataclass(frozen=True)
class ReportDocument:
    facts: Facts
    context: ReportContext
    palette: Palette

    @property
    def chart_keys(self) -> list[str]:
        """The charts the report shows, by key (as its outline declares them)."""
        return list(self.context.charts)


def palette(style: HouseStyle) -> Palette:
    """The chart colours of a house style."""
    c = style.colors
    return Palette(industry=c.industry, benchmark=c.benchmark, bar=c.bar, line=c.primary, muted=c.muted)
