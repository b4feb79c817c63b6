"""report.html: one self-contained file (charts and subset fonts inline as data URIs), for phone,
desktop and print."""

from __future__ import annotations

import base64
from collections.abc import Mapping

import markupsafe

from sectorbrief.charts.assets import ChartImage
from sectorbrief.render.context import ReportContext
from sectorbrief.render.fonts import EmbeddedFont, report_fonts
from sectorbrief.render.inline import runs
from sectorbrief.render.markdown import environment


def rich(text: str) -> markupsafe.Markup:
    """Escaped text with its **bold** spans as <strong>."""
    parts = [
        markupsafe.Markup("<strong>{}</strong>").format(r.text) if r.bold else markupsafe.escape(r.text)
        for r in runs(text)
    ]
    return markupsafe.Markup("").join(parts)


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def font_faces(fonts: list[EmbeddedFont]) -> markupsafe.Markup:
    """@font-face rules carrying each subset face as a data: URL."""
    rules = [
        f'@font-face {{ font-family: "{f.family}"; font-style: normal; font-weight: 100 900; '
        f"font-display: block; src: url(data:font/otf;base64,{base64.b64encode(f.data).decode('ascii')}) "
        'format("opentype"); }'
        for f in fonts
    ]
    return markupsafe.Markup("\n".join(rules))


def render_html(context: ReportContext, charts: Mapping[str, ChartImage]) -> str:
    """The page, rendered once to learn its exact characters, then again with the fonts that cover them."""
    images = {key: data_uri(charts[key].png) for key in context.charts}
    template = environment().get_template("report.html.j2")
    bare = template.render(r=context, images=images, rich=rich, font_faces="")
    faces = font_faces(report_fonts(context, {"serif": bare}))
    return template.render(r=context, images=images, rich=rich, font_faces=faces)


def html_bytes(context: ReportContext, charts: Mapping[str, ChartImage]) -> bytes:
    return render_html(context, charts).encode("utf-8")
