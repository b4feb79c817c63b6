"""report.pdf through Typst: A4, the bundled Noto CJK fonts embedded, a broker-style first page."""

from __future__ import annotations

import json
import logging
from importlib import resources
from pathlib import Path
from typing import Any

import typst

from sectorbrief.errors import RenderError
from sectorbrief.render.context import ReportContext
from sectorbrief.typefaces import font_dir

log = logging.getLogger(__name__)


def template() -> bytes:
    return resources.files("sectorbrief.render").joinpath("templates/report.typ").read_bytes()


def typst_options(context: ReportContext, folder: Path) -> dict[str, Any]:
    return {
        "root": str(folder),
        "font_paths": [str(font_dir())],
        "ignore_system_fonts": True,
        "sys_inputs": {"ctx": json.dumps(context.to_json_dict(), ensure_ascii=False)},
    }


def write_pdf(path: Path, context: ReportContext) -> None:
    """Compile the Typst template with ``context`` into ``path``; charts are read from its folder.

    Characters the fonts lack are logged as a warning (Typst would drop them silently).
    """
    from sectorbrief.render.glyphs import missing_glyphs  # reads both font files: only for the PDF

    missing = missing_glyphs(json.dumps(context.to_json_dict(), ensure_ascii=False))
    if missing:
        log.warning(
            "report.pdf: the fonts have no glyph for %s; they will be missing", " ".join(map(repr, missing))
        )
    try:
        pdf, warnings = typst.compile_with_warnings(
            template(), pdf_tags=False, **typst_options(context, path.parent)
        )
    except typst.TypstError as exc:
        raise RenderError(f"report.pdf: Typst failed: {exc.message} {exc.diagnostic}".strip()) from None
    for warning in warnings:
        log.warning("report.pdf: Typst: %s", warning.message)
    if not isinstance(pdf, bytes):
        raise RenderError("report.pdf: Typst returned no single PDF document")
    path.write_bytes(pdf)


def layout_pages(context: ReportContext, folder: Path) -> tuple[list[int], list[int]]:
    """Pages of the numbered sections and of the charts (图表N) in the PDF layout, in order."""
    try:
        raw = typst.query(template(), "<pages>", field="value", one=True, **typst_options(context, folder))
    except typst.TypstError as exc:
        raise RenderError(f"report layout: Typst failed: {exc.message}") from None
    pages = json.loads(raw)
    return list(pages["sections"]), list(pages["figures"])
