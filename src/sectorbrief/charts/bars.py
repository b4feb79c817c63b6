"""Bar charts: returns of the 31 industries and the benchmarks over one period, sorted."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from sectorbrief.charts.assets import Palette
from sectorbrief.narrative.format import num


def new_axes(width: float, height: float, margins: tuple[float, float, float, float]) -> Axes:
    """Axes on a fresh Figure (no pyplot state), with fixed (left, bottom, right, top) margins in inches.

    Fixed margins rather than a layout engine: the same look every week, at a third of the cost.
    The caller saves the figure and lets it go.
    """
    left, bottom, right, top = margins
    figure = Figure(figsize=(width, height))
    rect = (left / width, bottom / height, 1 - (left + right) / width, 1 - (bottom + top) / height)
    return figure.add_axes(rect)


def ascending(returns_pct: Mapping[str, float]) -> tuple[list[str], np.ndarray]:
    """Names and values sorted by value, lowest first, NaN last: as pandas' ``sort_values()`` orders
    them (numpy's default argsort of the values that are not NaN), ties included."""
    names = list(returns_pct)
    values = np.array([returns_pct[name] for name in names], dtype="float64")
    missing = np.isnan(values)
    present = np.flatnonzero(~missing)
    order = np.concatenate([present[values[present].argsort(kind="quicksort")], np.flatnonzero(missing)])
    return [names[i] for i in order], values[order]


def plot_returns_bars(
    returns_pct: Mapping[str, float],
    *,
    industry: str,
    benchmarks: Collection[str],
    palette: Palette | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Horizontal bars of ``returns_pct`` (name -> %), highest on top, with value labels.

    The report's ``industry`` and the ``benchmarks`` are coloured apart and their labels set in bold
    colour; everything else is one quiet colour.
    """
    palette = palette or Palette()
    ax = ax if ax is not None else new_axes(6.3, 4.6, (0.62, 0.42, 0.12, 0.06))
    names, data = ascending(returns_pct)
    colours = [
        palette.industry if name == industry else palette.benchmark if name in benchmarks else palette.bar
        for name in names
    ]
    positions = range(len(data))
    ax.barh(positions, data, color=colours, height=0.72, zorder=2)
    ax.set_yticks(list(positions), names)
    ax.set_ylim(-0.7, len(data) - 0.3)
    for position, (bar, label, colour) in enumerate(
        zip(ax.containers[0], ax.get_yticklabels(), colours, strict=True)
    ):
        bar.set_gid(bar_gid(position))  # the SVG groups a highlight recolours (charts.report.BarDrawing)
        label.set_gid(label_gid(position))
        if colour != palette.bar:
            label.set_color(colour)
    _value_labels(ax, data)
    ax.axvline(0, color=palette.muted, linewidth=0.6, zorder=3)
    ax.xaxis.grid(True, zorder=0)
    ax.set_xlabel("涨跌幅（%）")
    ax.tick_params(axis="y", length=0)
    return ax


def bar_gid(position: int) -> str:
    """The SVG group id of the bar at ``position`` (0 at the bottom)."""
    return f"bar-{position}"


def label_gid(position: int) -> str:
    """The SVG group id of the tick label at ``position``."""
    return f"bar-label-{position}"


@contextmanager
def highlighted(ax: Axes, names: Collection[str], colour: str) -> Iterator[Axes]:
    """Within the block, each of ``names``' bar and tick label on ``plot_returns_bars``' axes is in
    ``colour``, as ``plot_returns_bars(..., industry=name)`` draws it; after it, as they were.

    It lets one drawing of the same bars serve every industry (the batch); names not on the axes are
    left alone. The tick labels are read once (each read lays the ticks out again).
    """
    labels = ax.get_yticklabels()
    lit = [
        (bar, label) for bar, label in zip(ax.containers[0], labels, strict=True) if label.get_text() in names
    ]
    before = [(bar.get_facecolor(), label.get_color()) for bar, label in lit]
    for bar, label in lit:
        bar.set_facecolor(colour)
        label.set_color(colour)
    try:
        yield ax
    finally:
        for (bar, label), (face, text) in zip(lit, before, strict=True):
            bar.set_facecolor(face)
            label.set_color(text)


def _value_labels(ax: Axes, data: np.ndarray) -> None:
    """``data``: the sorted values (NaN skipped for the span, as pandas' max and min skip them)."""
    high_value, low_value = float(np.nanmax(data)), float(np.nanmin(data))
    span = float(high_value - min(low_value, 0)) or 1.0
    pad = span * 0.012
    for position, value in enumerate(data):
        inside_left = value < 0
        ax.text(
            value - pad if inside_left else value + pad,
            position,
            num(value),
            va="center",
            ha="right" if inside_left else "left",
            fontsize=6.5,
            color="#333333",
        )
    low, high = float(min(low_value, 0)), float(max(high_value, 0))
    ax.set_xlim(low - span * 0.1 if low < 0 else 0, high + span * 0.1 if high > 0 else 0)
