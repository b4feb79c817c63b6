"""The chart look: the bundled Noto CJK fonts, registered from their files, and a scoped rc context.

No system font is used and no global rcParams are changed: every chart is drawn inside
``with chart_style(palette):``, which sets the font, sizes and colours for that block only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from matplotlib import font_manager, rc_context

from sectorbrief.charts.assets import DPI, Palette
from sectorbrief.typefaces import SANS_FILE, font_dir

log = logging.getLogger(__name__)


@cache
def register_fonts() -> str:
    """Add the bundled Noto Sans SC to matplotlib's font manager (once); return its family name."""
    path = font_dir() / SANS_FILE
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    log.debug("registered chart font %s from %s", family, path)
    return family


@contextmanager
def chart_style(palette: Palette | None = None) -> Iterator[Palette]:
    """Draw charts in this block with the CJK font, ASCII minus signs and the report's sizes."""
    palette = palette or Palette()
    family = register_fonts()
    rc: dict[str, Any] = {
        "font.family": "sans-serif",
        "font.sans-serif": [family],
        "axes.unicode_minus": False,
        "font.size": 8,
        "axes.titlesize": 9,
        "axes.labelsize": 8,
        "xtick.labelsize": 7.5,
        "ytick.labelsize": 7.5,
        "legend.fontsize": 7.5,
        "legend.frameon": False,
        "axes.edgecolor": palette.muted,
        "axes.linewidth": 0.6,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "grid.color": "#D9DDE3",
        "grid.linewidth": 0.5,
        "xtick.color": "#333333",
        "ytick.color": "#333333",
        "savefig.dpi": DPI,
        "svg.fonttype": "path",
        "svg.hashsalt": "sectorbrief",
    }
    with rc_context(rc):  # type: ignore[arg-type]
        yield palette
