"""report.pdf through Typst: A4, the bundled Noto CJK fonts embedded, a broker-style first page."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import typst

from sectorbrief.charts.assets import ChartImage
from sectorbrief.errors import RenderError
from sectorbrief.render.context import ReportContext
from sectorbrief.typefaces import font_dir

log = logging.getLogger(__name__)

Pages = tuple[list[int], list[int]]
"""Pages of the numbered sections and of the charts (图表N) in the PDF layout, in order."""


def template() -> bytes:
    return resources.files("sectorbrief.render").joinpath("templates/report.typ").read_bytes()


@cache
def typst_fonts() -> typst.Fonts:
    """The bundled faces (and Typst's own), searched and loaded once per process rather than on every
    compile: a batch compiles many reports."""
    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=True, font_paths=[str(font_dir())])


def typst_ran() -> bool:
    """True once this process has compiled with Typst (every compile here loads ``typst_fonts`` first).
    Typst's native state does not survive a fork: a child forked after a compile hangs in its own."""
    return typst_fonts.cache_info().currsize > 0


def typst_options(context: ReportContext, charts: Mapping[str, ChartImage]) -> dict[str, Any]:
    """Fonts, the context as JSON and each chart's SVG text, all handed over in memory."""
    svgs = {key: charts[key].svg.decode("utf-8") for key in context.charts if key in charts}
    return {
        "font_paths": typst_fonts(),
        "sys_inputs": {
            "ctx": json.dumps(context.to_json_dict(), ensure_ascii=False),
            "svgs": json.dumps(svgs, ensure_ascii=False),
        },
    }


def pdf_bytes(context: ReportContext, charts: Mapping[str, ChartImage]) -> bytes:
    """Compile the Typst template with ``context`` and the charts' SVGs into a PDF, in memory.

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
            template(), pdf_tags=False, **typst_options(context, charts)
        )
    except typst.TypstError as exc:
        raise RenderError(f"report.pdf: Typst failed: {exc.message} {exc.diagnostic}".strip()) from None
    for warning in warnings:
        log.warning("report.pdf: Typst: %s", warning.message)
    if not isinstance(pdf, bytes):
        raise RenderError("report.pdf: Typst returned no single PDF document")
    return pdf


def write_pdf(path: Path, context: ReportContext, charts: Mapping[str, ChartImage] | None = None) -> None:
    """The PDF of ``context`` written to ``path`` (charts left out unless given)."""
    path.write_bytes(pdf_bytes(context, charts or {}))


def layout_pages(context: ReportContext, charts: Mapping[str, ChartImage]) -> Pages:
    """Pages of the numbered sections and of the charts (图表N) in the PDF layout, in order."""
    try:
        raw = typst.query(template(), "<pages>", field="value", one=True, **typst_options(context, charts))
    except typst.TypstError as exc:
        raise RenderError(f"report layout: Typst failed: {exc.message}") from None
    pages = json.loads(raw)
    return list(pages["sections"]), list(pages["figures"])
