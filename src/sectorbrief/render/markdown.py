"""report.md: the report as Markdown, charts referenced under charts/."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from sectorbrief.render.context import ReportContext


@cache
def environment() -> jinja2.Environment:
    """The package templates, strict about missing names; shared by the md and html writers."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("sectorbrief.render", "templates"),
        autoescape=jinja2.select_autoescape(["html.j2"]),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def render_markdown(context: ReportContext) -> str:
    return environment().get_template("report.md.j2").render(r=context)


def write_markdown(path: Path, context: ReportContext) -> None:
    path.write_text(render_markdown(context), encoding="utf-8")
