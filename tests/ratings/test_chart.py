"""The track-record chart: points per rating class, thresholds as dashed lines, pending left out."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from matplotlib.collections import PathCollection

from sectorbrief.charts.style import chart_style
from sectorbrief.config import RatingRules
from sectorbrief.errors import UsageError
from sectorbrief.ratings.chart import plot_relative_by_rating, save_chart

ROWS = pd.DataFrame(
    {
        "rating": ["强于大市", "强于大市", "同步大市", "弱于大市"],
        "relative_pp": [12.0, 4.0, -3.0, None],
        "verdict": ["hit", "miss", "hit", "pending"],
    }
)


def test_points_and_threshold_lines() -> None:
    rules = RatingRules(outperform_pp=5, underperform_pp=-5)
    with chart_style():
        ax = plot_relative_by_rating(ROWS, rules)
    points = sorted(
        float(y) for c in ax.collections if isinstance(c, PathCollection) for _, y in c.get_offsets()
    )
    assert points == [-3.0, 4.0, 12.0]
    dashed = {line.get_ydata()[0] for line in ax.get_lines() if line.get_linestyle() == "--"}
    assert dashed == {5.0, -5.0}
    assert [t.get_text() for t in ax.get_xticklabels()] == ["强于大市（2）", "同步大市（1）", "弱于大市（0）"]


def test_saved_as_png_or_svg_only(tmp_path: Path) -> None:
    save_chart(ROWS, RatingRules(), tmp_path / "record.png")
    assert (tmp_path / "record.png").read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(UsageError, match="expected a .png or .svg"):
        save_chart(ROWS, RatingRules(), tmp_path / "record.jpg")
