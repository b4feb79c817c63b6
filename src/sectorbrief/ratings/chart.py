"""The track record as a chart: relative return of each decided rating, by rating class, with the
thresholds as dashed lines."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from sectorbrief.charts.assets import Palette
from sectorbrief.charts.bars import new_axes
from sectorbrief.charts.style import chart_style
from sectorbrief.config import RatingRules
from sectorbrief.errors import UsageError
from sectorbrief.ratings.summary import RATING_ORDER

log = logging.getLogger(__name__)

HIT, MISS = "#C0392B", "#8DA9C4"


def plot_relative_by_rating(
    rows: pd.DataFrame, rules: RatingRules, *, palette: Palette | None = None, ax: Axes | None = None
) -> Axes:
    """One column of points per rating class (relative pp of decided ratings, hits in red), its mean
    as a bar, and the thresholds of ``rules`` as dashed lines. Pending ratings are left out."""
    palette = palette or Palette()
    ax = ax if ax is not None else new_axes(6.3, 3.6, (0.7, 0.45, 0.15, 0.3))
    decided = rows[rows["verdict"] != "pending"]
    for x, rating in enumerate(RATING_ORDER):
        group = decided[decided["rating"] == rating]
        values = pd.to_numeric(group["relative_pp"]).to_numpy(dtype=float)
        spread = np.linspace(-0.18, 0.18, len(values)) if len(values) > 1 else np.zeros(len(values))
        colours = [HIT if v == "hit" else MISS for v in group["verdict"]]
        ax.scatter(x + spread, values, c=colours, s=14, zorder=3)
        if len(values):
            ax.hlines(values.mean(), x - 0.3, x + 0.3, color=palette.line, linewidth=1.4, zorder=4)
    for level in (rules.outperform_pp, rules.underperform_pp):
        ax.axhline(level, color=palette.muted, linestyle="--", linewidth=0.8, zorder=2)
    ax.axhline(0, color=palette.muted, linewidth=0.5, zorder=2)
    counts = [int((decided["rating"] == r).sum()) for r in RATING_ORDER]
    ax.set_xticks(
        range(len(RATING_ORDER)), [f"{r}（{n}）" for r, n in zip(RATING_ORDER, counts, strict=True)]
    )
    ax.set_xlim(-0.6, len(RATING_ORDER) - 0.4)
    ax.set_ylabel(f"相对{rules.benchmark}收益（个百分点）")
    ax.set_title(
        f"评级后{rules.horizon_months}个月相对收益（红点为兑现，横线为均值，虚线为阈值）", loc="left"
    )
    ax.yaxis.grid(True, zorder=0)
    return ax


def save_chart(rows: pd.DataFrame, rules: RatingRules, path: Path) -> None:
    """Draw the chart in the house chart style and save it as PNG or SVG (by ``path``'s suffix)."""
    if path.suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"--chart {path}: expected a .png or .svg file name")
    with chart_style():
        ax = plot_relative_by_rating(rows, rules)
        figure = ax.get_figure(root=True)
        assert isinstance(figure, Figure)
        figure.savefig(path, metadata={"Date": None} if path.suffix.lower() == ".svg" else None)
    log.info("wrote %s", path)
