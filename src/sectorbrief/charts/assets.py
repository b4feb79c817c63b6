"""What the rest of the report needs to know about charts without importing matplotlib:
the resolution, the palette and where a chart was saved."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DPI = 220  # PNG stores pixels per metre: 200 dpi would read back as 199.9996


@dataclass(frozen=True)
class Palette:
    """Chart colours (#RRGGBB): the report's industry, the benchmarks, other bars, text and grid."""

    industry: str = "#C0392B"
    benchmark: str = "#E6A23C"
    bar: str = "#8DA9C4"
    line: str = "#1F3A64"
    muted: str = "#6B7280"


@dataclass(frozen=True)
class ChartFile:
    """One saved chart, by paths relative to the output folder."""

    key: str
    png: Path
    svg: Path
