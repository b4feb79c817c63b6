"""Charts of the weekly report: matplotlib's object-oriented API, styled inside ``chart_style()``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sectorbrief.charts.assets import ChartImage, Palette
    from sectorbrief.charts.report import BarDrawings
    from sectorbrief.charts.specs import ChartSpec
    from sectorbrief.facts import Facts


def draw_report_charts(
    facts: Facts, keys: Iterable[str], palette: Palette, bars: BarDrawings | None = None
) -> dict[str, ChartImage]:
    """Draw the charts ``keys`` names as PNG and SVG bytes (matplotlib is imported here, not before);
    ``bars`` (charts.report.BarDrawings) lets many reports of the same week share 图表1/2's drawing."""
    from sectorbrief.charts.report import draw_report_charts as draw

    return draw(facts, keys, palette, bars)


def draw_charts(specs: Mapping[str, ChartSpec], palette: Palette) -> dict[str, ChartImage]:
    """Draw the charts ``specs`` describes (charts.specs) as PNG and SVG bytes (matplotlib imported here)."""
    from sectorbrief.charts.report import draw_charts as draw

    return draw(specs, palette)


def prepare_charts() -> None:
    """Import the chart modules (and matplotlib) ahead of drawing, e.g. on a worker process."""
    import sectorbrief.charts.report  # noqa: F401
