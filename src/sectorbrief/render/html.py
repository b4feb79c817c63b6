"""report.html: one self-contained file (charts inline as data URIs), for phone, desktop and print."""

from __future__ import annotations

import base64
from pathlib import Path

import markupsafe

from sectorbrief.render.context import ReportContext
from sectorbrief.render.inline import runs
from sectorbrief.render.markdown import environment


def rich(text: str) -> markupsafe.Markup:
    """Escaped text with its **bold** spans as <strong>."""
    parts = [
        markupsafe.Markup("<strong>{}</strong>").format(r.text) if r.bold else markupsafe.escape(r.text)
        for r in runs(text)
    ]
    return markupsafe.Markup("").join(parts)


def data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def render_html(context: ReportContext, folder: Path) -> str:
    images = {key: data_uri(folder / chart.png) for key, chart in context.charts.items()}
    return environment().get_template("report.html.j2").render(r=context, images=images, rich=rich)


def write_html(path: Path, context: ReportContext) -> None:
    path.write_text(render_html(context, path.parent), encoding="utf-8")
