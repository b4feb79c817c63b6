"""report.pdf through Typst: A4, the bundled Noto CJK fonts embedded, a broker-style first page."""

from __future__ import annotations

import json
import logging
from importlib import resources
from pathlib import Path

import typst

from sectorbrief.charts.style import font_dir
from sectorbrief.errors import RenderError
from sectorbrief.render.context import ReportContext

log = logging.getLogger(__name__)


def template() -> bytes:
    return resources.files("sectorbrief.render").joinpath("templates/report.typ").read_bytes()


def write_pdf(path: Path, context: ReportContext) -> None:
    """Compile the Typst template with ``context`` into ``path``; charts are read from its folder."""
    try:
        pdf = typst.compile(  # type: ignore[misc]  # bytes source, str paths
            template(),
            root=str(path.parent),
            font_paths=[str(font_dir())],
            ignore_system_fonts=True,
            pdf_tags=False,
            sys_inputs={"ctx": json.dumps(context.to_json_dict(), ensure_ascii=False)},
        )
    except typst.TypstError as exc:
        raise RenderError(f"report.pdf: Typst failed: {exc.message} {exc.diagnostic}".strip()) from None
    if not isinstance(pdf, bytes):
        raise RenderError("report.pdf: Typst returned no single PDF document")
    path.write_bytes(pdf)
