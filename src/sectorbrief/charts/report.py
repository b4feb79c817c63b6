"""The report's charts, drawn from their specs (charts/specs.py: plain values from Facts) and kept as
PNG and SVG bytes (nothing on disk). Neither pandas nor Facts is imported here: a chart process
(charts/workers.py) draws from specs with matplotlib alone.

A caller drawing many industries of the same weeks (the batch) passes ``BarDrawings``: 图表1/2 are then
drawn once per period's returns and only the industry's bar and label recoloured for each report.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol

import numpy as np
import png
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from sectorbrief.charts.assets import DPI, ChartImage, Palette
from sectorbrief.charts.bars import bar_gid, highlighted, label_gid, plot_returns_bars
from sectorbrief.charts.specs import FIGURES, ChartSpec, ReturnsBars, chart_specs
from sectorbrief.charts.style import chart_style

if TYPE_CHECKING:
    from sectorbrief.facts import Facts

__all__ = ["FIGURES", "BarDrawings", "draw_charts", "draw_report_charts"]

log = logging.getLogger(__name__)

PIXELS_PER_METRE = int(DPI / 0.0254 + 0.5)  # the PNG's pHYs, as Pillow writes it for DPI


def png_bytes(pixels: np.ndarray) -> bytes:
    """``pixels`` (rows x columns x RGBA, 8 bits) as a PNG at ``DPI``: pypng's rows unfiltered, deflated
    at level 1. Pillow's PNG writer (matplotlib's savefig) tries every filter on every row, which costs
    three times the deflating on these flat charts and saves ~5 % of the bytes (issue 13)."""
    height, width, _ = pixels.shape
    writer = png.Writer(
        width,
        height,
        greyscale=False,
        alpha=True,
        bitdepth=8,
        compression=1,
        x_pixels_per_unit=PIXELS_PER_METRE,
        y_pixels_per_unit=PIXELS_PER_METRE,
        unit_is_meter=True,
    )
    out = io.BytesIO()
    writer.write_packed(out, np.ascontiguousarray(pixels).reshape(height, width * 4))
    return out.getvalue()


BARS = ("fig1_weekly_returns", "fig2_ytd_returns")
"""The bar charts of the 31 industries (ReturnsBars): the same for every industry of a week but for
the highlighted industry."""


@dataclass
class BarDrawing:
    """A bar chart drawn once with no industry highlighted, and its pixels with and without every
    industry highlighted: an industry's PNG is the plain pixels with its own row taken from the lit ones.

    Exact because rows do not touch: a row's bar, tick label and value label stay within half a bar's
    spacing of its centre, and what crosses every row (grid, zero line, spines) is the same in both.
    Plain data (no matplotlib object), so a drawing can be saved and loaded by another process
    (charts.shared_bars).
    """

    names: list[str]
    """The bars' names, bottom to top."""
    plain: np.ndarray
    lit: np.ndarray
    plain_svg: bytes
    lit_svg: bytes
    frame: tuple[float, float, float, float]
    """Where the axes stand: their bottom and top (fractions of the figure's height) and y limits."""

    @classmethod
    def draw(cls, returns: Mapping[str, float], benchmarks: tuple[str, ...], palette: Palette) -> BarDrawing:
        ax = plot_returns_bars(returns, industry="", benchmarks=benchmarks, palette=palette)
        names = [label.get_text() for label in ax.get_yticklabels()]
        plain, plain_svg = rgba_pixels(ax), svg_bytes(ax)
        with highlighted(ax, set(names) - set(benchmarks), palette.industry):
            lit, lit_svg = rgba_pixels(ax), svg_bytes(ax)
        (_, bottom), (_, top) = ax.get_position().get_points()
        low, high = ax.get_ylim()
        ax.get_figure(root=True).clear()  # type: ignore[union-attr]
        return cls(names, plain, lit, plain_svg, lit_svg, (float(bottom), float(top), low, high))

    def svg(self, industry: str) -> bytes:
        """The SVG ``plot_returns_bars(..., industry=industry)`` saves: the plain one with the industry's
        bar and tick label groups taken from the lit one (a highlight changes only their colours, so
        the two files differ only inside those groups)."""
        if industry not in self.names:
            return self.plain_svg
        position = self.names.index(industry)
        svg = self.plain_svg
        for gid in (bar_gid(position), label_gid(position)):
            svg = svg_group_swapped(svg, self.lit_svg, gid)
        return svg

    def png(self, industry: str) -> bytes:
        """The PNG ``plot_returns_bars(..., industry=industry)`` saves, from the two sets of pixels."""
        pixels = self.plain.copy()
        if industry in self.names:
            top, bottom = (
                self.pixel_row(self.names.index(industry) + 0.5),
                self.pixel_row(self.names.index(industry) - 0.5),
            )
            pixels[top:bottom] = self.lit[top:bottom]
        return png_bytes(pixels)

    def pixel_row(self, y: float) -> int:
        """The image row (from the top) of data ``y`` on the axes."""
        bottom, top, low, high = self.frame
        return round(self.plain.shape[0] * (1 - (bottom + (top - bottom) * (y - low) / (high - low))))


def rgba_pixels(ax: Axes) -> np.ndarray:
    """The axes' figure rendered as the PNG would be: rows x columns x RGBA."""
    figure = ax.get_figure(root=True)
    assert isinstance(figure, Figure)
    out = io.BytesIO()
    figure.savefig(out, format="rgba")
    width, height = figure.get_size_inches() * DPI
    return np.frombuffer(out.getvalue(), np.uint8).reshape(round(height), round(width), 4)


class SharedDrawings(Protocol):
    """Where processes share their bar drawings, by a stem naming each (charts.bar_files.BarFolder)."""

    def claim(self, stem: str) -> bool: ...

    def publish(self, stem: str, draw: Callable[[], BarDrawing]) -> BarDrawing: ...

    def fetch(self, stem: str, draw: Callable[[], BarDrawing]) -> BarDrawing: ...


class BarDrawings:
    """The last ``limit`` bar charts drawn (BarDrawing), by their data and palette.

    Kept per process (a batch worker); with a ``folder`` (charts.bar_files.BarFolder), each drawing is
    drawn by one of the processes sharing that folder and loaded by the others.
    """

    def __init__(self, limit: int = 2, folder: SharedDrawings | None = None) -> None:  # a week's two
        self.limit = limit
        self.folder = folder
        self._drawings: OrderedDict[tuple[object, ...], BarDrawing] = OrderedDict()

    def claim(self, specs: Iterable[ReturnsBars], palette: Palette) -> None:
        """Draw now (inside ``chart_style``) those of ``specs`` that no process sharing the folder has
        drawn or is drawing, so that ``drawing`` waits only for the others' (nothing without a folder)."""
        if self.folder is None:
            return
        for spec in specs:
            key = (spec.returns, spec.benchmarks, palette)
            if key not in self._drawings and self.folder.claim(file_stem(key)):
                self._keep(key, self.folder.publish(file_stem(key), partial(draw_bars, spec, palette)))

    def drawing(self, spec: ReturnsBars, palette: Palette) -> BarDrawing:
        """The bars of ``spec``'s returns: reused, drawn now (inside ``chart_style``) or loaded."""
        key = (spec.returns, spec.benchmarks, palette)
        if key in self._drawings:
            self._drawings.move_to_end(key)
            return self._drawings[key]
        if self.folder is None:
            return self._keep(key, draw_bars(spec, palette))
        return self._keep(key, self.folder.fetch(file_stem(key), partial(draw_bars, spec, palette)))

    def _keep(self, key: tuple[object, ...], drawing: BarDrawing) -> BarDrawing:
        self._drawings[key] = drawing
        while len(self._drawings) > self.limit:
            self._drawings.popitem(last=False)
        return drawing


def draw_bars(spec: ReturnsBars, palette: Palette) -> BarDrawing:
    return BarDrawing.draw(dict(spec.returns), spec.benchmarks, palette)


def file_stem(key: tuple[object, ...]) -> str:
    """A file name for a drawing's key (its returns, benchmarks and palette): the same in every process."""
    return hashlib.sha256(repr(key).encode()).hexdigest()[:32]


def shared_bars(spec: ReturnsBars, key: str, palette: Palette, bars: BarDrawings) -> ChartImage:
    """Chart ``key`` (one of ``BARS``) from ``bars``' drawing, the report's industry highlighted."""
    drawing = bars.drawing(spec, palette)
    return ChartImage(key=key, png=drawing.png(spec.industry), svg=drawing.svg(spec.industry))


def image(ax: Axes, key: str) -> ChartImage:
    """The axes' figure as PNG and SVG bytes."""
    return ChartImage(key=key, png=png_bytes(rgba_pixels(ax)), svg=svg_bytes(ax))


_GROUP_TAG = re.compile(rb"<g[ >]|</g>")


def svg_group(svg: bytes, gid: str) -> tuple[int, int]:
    """Where the group ``<g id="gid">`` of matplotlib's ``svg`` starts and ends (its ``</g>`` included)."""
    start = svg.index(f'<g id="{gid}">'.encode())
    depth = 0
    for tag in _GROUP_TAG.finditer(svg, start):
        depth += 1 if tag.group(0) != b"</g>" else -1
        if depth == 0:
            return start, tag.end()
    raise ValueError(f"SVG group {gid} is not closed")


def svg_group_swapped(svg: bytes, other: bytes, gid: str) -> bytes:
    """``svg`` with its group ``gid`` replaced by ``other``'s group of that id."""
    start, end = svg_group(svg, gid)
    other_start, other_end = svg_group(other, gid)
    return svg[:start] + other[other_start:other_end] + svg[end:]


def svg_bytes(ax: Axes) -> bytes:
    figure = ax.get_figure(root=True)
    assert isinstance(figure, Figure)
    svg = io.BytesIO()
    figure.savefig(svg, format="svg", metadata={"Date": None})
    return svg.getvalue()


def draw_charts(
    specs: Mapping[str, ChartSpec], palette: Palette, bars: BarDrawings | None = None
) -> dict[str, ChartImage]:
    """Draw the charts ``specs`` describes (key -> spec); return their images by key, in that order.
    With ``bars``, 图表1/2 come from its drawings (the same images, drawn once for many industries):
    those no other process is drawing first, those another is drawing last."""
    shared = {
        key: spec
        for key, spec in specs.items()
        if bars is not None and key in BARS and isinstance(spec, ReturnsBars)
    }
    images = {}
    with chart_style(palette):
        if bars is not None:
            bars.claim(shared.values(), palette)
        for key, spec in specs.items():
            if key not in shared:
                images[key] = image(spec.plot(palette), key)
                log.debug("chart %s drawn", key)
        for key, bar_spec in shared.items():
            assert bars is not None
            images[key] = shared_bars(bar_spec, key, palette, bars)
            log.debug("chart %s drawn", key)
    return {key: images[key] for key in specs}


def draw_report_charts(
    facts: Facts, keys: Iterable[str], palette: Palette, bars: BarDrawings | None = None
) -> dict[str, ChartImage]:
    """Draw the charts named by ``keys`` from ``facts``; return their images by key."""
    return draw_charts(chart_specs(facts, keys), palette, bars)
