"""One entry point per output format: ``render_report(fmt, context, charts) -> bytes``, in memory.

Each writer's heavy imports happen only when its format is asked for. A writer takes the report's
ReportContext and its drawn charts (key -> ChartImage) and returns the file's bytes; a new format is
one writer and one entry in WRITERS.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief.charts.assets import ChartImage
from sectorbrief.render.context import ReportContext

if TYPE_CHECKING:
    from sectorbrief.render.pdf import Pages

log = logging.getLogger(__name__)

WRITERS = {
    "md": ("sectorbrief.render.markdown", "markdown_bytes", "report.md"),
    "html": ("sectorbrief.render.html", "html_bytes", "report.html"),
    "pdf": ("sectorbrief.render.pdf", "pdf_bytes", "report.pdf"),
    "docx": ("sectorbrief.render.docx", "docx_bytes", "report.docx"),
}
CITES_PAGES = {"docx"}
"""Writers that print the PDF layout's page numbers (Word's contents) and take them when known."""

Charts = Mapping[str, ChartImage]


def file_name(fmt: str) -> str:
    """report.md, report.html ...: the file a format is published as."""
    return WRITERS[fmt][2]


def render_report(fmt: str, context: ReportContext, charts: Charts, pages: Pages | None = None) -> bytes:
    """``context`` as ``fmt``, with the chart images ``charts`` (by key), as the file's bytes; ``pages``,
    the PDF layout's page numbers, when already known (else a writer that cites them lays it out)."""
    module, func, filename = WRITERS[fmt]
    writer = getattr(importlib.import_module(module), func)
    data: bytes = writer(context, charts, pages) if fmt in CITES_PAGES else writer(context, charts)
    log.debug("rendered %s (%d bytes)", filename, len(data))
    return data


def prepare_writers(formats: Iterable[str]) -> None:
    """Import the writers of ``formats`` (python-docx, ...) ahead of rendering, e.g. while a worker
    draws the charts they need."""
    for fmt in formats:
        importlib.import_module(WRITERS[fmt][0])


def write_report(fmt: str, folder: Path, context: ReportContext, charts: Charts) -> str:
    """Render ``fmt`` and write it into ``folder``; return the file's name."""
    name = file_name(fmt)
    (folder / name).write_bytes(render_report(fmt, context, charts))
    return name
