"""What the rest of the report needs to know about charts without importing matplotlib:
the resolution, the palette, a drawn chart's bytes and where it is published."""

from __future__ import annotations

from dataclasses import dataclass

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
class ChartImage:
    """One drawn chart, as PNG and SVG bytes; it is published as ``charts/<key>.png`` and ``.svg``."""

    key: str
    png: bytes
    svg: bytes

    @property
    def png_path(self) -> str:
        return chart_path(self.key, "png")

    @property
    def svg_path(self) -> str:
        return chart_path(self.key, "svg")


def chart_path(key: str, suffix: str) -> str:
    """Where a chart file lives, relative to the output folder: ``charts/<key>.<suffix>``."""
    return f"charts/{key}.{suffix}"
