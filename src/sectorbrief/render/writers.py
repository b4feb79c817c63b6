"""One entry point per output format; each writer's heavy imports happen only when it is asked for."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from sectorbrief.render.context import ReportContext

log = logging.getLogger(__name__)

FORMATS = ("md", "html", "pdf", "docx")
WRITERS = {
    "md": ("sectorbrief.render.markdown", "write_markdown", "report.md"),
    "html": ("sectorbrief.render.html", "write_html", "report.html"),
    "pdf": ("sectorbrief.render.pdf", "write_pdf", "report.pdf"),
    "docx": ("sectorbrief.render.docx", "write_docx", "report.docx"),
}


def write_report(fmt: str, folder: Path, context: ReportContext) -> str:
    """Write ``context`` as ``fmt`` into ``folder`` (which holds charts/); return the file's name."""
    module, func, filename = WRITERS[fmt]
    writer = getattr(importlib.import_module(module), func)
    writer(folder / filename, context)
    log.debug("wrote %s", filename)
    return filename
