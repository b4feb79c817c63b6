"""report.md: the report as Markdown, charts referenced under charts/."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import jinja2

from sectorbrief.charts.assets import ChartImage
from sectorbrief.render.context import ReportContext
from sectorbrief.templates import CompiledTemplates


@cache
def environment() -> jinja2.Environment:
    """The package templates, strict about missing names; shared by the md and html writers."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("sectorbrief.render", "templates"),
        autoescape=jinja2.select_autoescape(["html.j2"]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        bytecode_cache=CompiledTemplates(),
    )


def render_markdown(context: ReportContext) -> str:
    return environment().get_template("report.md.j2").render(r=context)


def markdown_bytes(context: ReportContext, charts: Mapping[str, ChartImage]) -> bytes:
    """report.md's bytes; its charts are referenced by path (charts/<key>.png), not carried."""
    return render_markdown(context).encode("utf-8")


def write_markdown(path: Path, context: ReportContext) -> None:
    path.write_bytes(markdown_bytes(context, {}))
