"""index.html: the latest week's 31-industry overview, then a sortable table of every report with links."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from sectorbrief.batch.names import INDEX_FILE
from sectorbrief.batch.summary import Row
from sectorbrief.narrative.format import num
from sectorbrief.typefaces import SANS_FILE, font_dir

FONT_FAMILY = "Sectorbrief Sans"
REPORT_FILES = (("html", "report.html"), ("pdf", "report.pdf"), ("docx", "report.docx"), ("md", "report.md"))


@dataclass(frozen=True)
class Cell:
    """A printed figure and the unrounded value it sorts by (blank text and no value when missing)."""

    text: str
    value: float | None


FIGURES = ("weekly_pct", "weekly_rank", "ytd_pct", "ytd_rank", "pe_ttm")


def figure(value: object, name: str) -> Cell:
    """A percent or PE printed with 2 decimals, a rank as a whole number; blank when missing."""
    if value is None or pd.isna(value):
        return Cell("", None)
    number = float(value)  # type: ignore[arg-type]
    return Cell(f"{number:.0f}" if name.endswith("rank") else num(number), number)


@dataclass(frozen=True)
class Line:
    """One line of a table: the report's key, texts and figures, and its links."""

    end_session: str
    code: str
    name: str
    figures: list[Cell]
    status: str
    error: str
    seconds: str
    links: list[tuple[str, str]]


def links(out: Path, key: str) -> list[tuple[str, str]]:
    """(label, relative href) of the report files that exist under ``out/key``."""
    return [(label, f"{key}/{name}") for label, name in REPORT_FILES if (out / key / name).is_file()]


def report_lines(rows: Sequence[Row], out: Path) -> list[Line]:
    return [
        Line(
            row.end_session,
            row.code,
            row.name,
            [figure(getattr(row, name), name) for name in FIGURES],
            row.status,
            row.error,
            f"{row.seconds:.1f}",
            links(out, row.key) if row.ok else [],
        )
        for row in rows
    ]


def overview_lines(panel: pd.DataFrame, end: dt.date, out: Path) -> list[Line]:
    """The 31 industries of the week ending ``end``, best weekly return first."""
    week = panel.xs(pd.Timestamp(end), level="end").sort_values("weekly_rank")
    key = end.isoformat()
    return [
        Line(
            key,
            str(code),
            str(item["name"]),
            [figure(item[name], name) for name in FIGURES],
            "",
            "",
            "",
            links(out, f"{key}/{code}"),
        )
        for code, item in week.iterrows()
    ]


def embedded_font(text: str) -> Markup:
    """An @font-face rule carrying the bundled sans face cut down to ``text``'s characters (cached), so
    the page reads where no CJK font is installed."""
    from sectorbrief.render.fonts import EmbeddedFont, subset_font
    from sectorbrief.render.html import font_faces

    data = subset_font(font_dir() / SANS_FILE, text)
    return font_faces([EmbeddedFont(FONT_FAMILY, "sans", data)])


def write_index(rows: Sequence[Row], panel: pd.DataFrame, latest: dt.date, out: Path) -> Path:
    """Render ``out/index.html`` from the summary rows and the week panel: once to learn its characters,
    then with the font that covers them; written beside, then moved into place."""
    environment = Environment(
        loader=PackageLoader("sectorbrief.batch", "templates"), autoescape=select_autoescape(["html", "j2"])
    )
    values = {
        "latest": latest.isoformat(),
        "overview": overview_lines(panel, latest, out),
        "reports": report_lines(rows, out),
        "failed": sum(not row.ok for row in rows),
        "family": FONT_FAMILY,
    }
    template = environment.get_template("index.html.j2")
    html = template.render(values, font_face=embedded_font(template.render(values)))
    path = out / INDEX_FILE
    tmp = path.with_name(f".{INDEX_FILE}.{os.getpid()}.tmp")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
    return path
