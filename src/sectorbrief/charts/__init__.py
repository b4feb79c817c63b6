"""Charts of the weekly report: matplotlib's object-oriented API, styled inside ``chart_style()``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sectorbrief.charts.assets import ChartFile, Palette
    from sectorbrief.facts import Facts
    from sectorbrief.market import Market


def draw_report_charts(market: Market, facts: Facts, folder: Path, palette: Palette) -> dict[str, ChartFile]:
    """Draw and save every chart of the report (matplotlib is imported here, not before)."""
    from sectorbrief.charts.report import draw_report_charts as draw

    return draw(market, facts, folder, palette)


def prepare_charts() -> None:
    """Import the chart modules (and matplotlib) ahead of drawing, e.g. on a worker process."""
    import sectorbrief.charts.report  # noqa: F401
