"""report.md: the report as Markdown."""

from __future__ import annotations

from pathlib import Path

import jinja2

from sectorbrief.facts import Facts
from sectorbrief.narrative.format import cn_date
from sectorbrief.narrative.market import MarketText


def render_markdown(facts: Facts, text: MarketText) -> str:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("sectorbrief.render", "templates"),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    return env.get_template("report.md.j2").render(
        title=f"{facts.industry.name}行业跟踪报告",
        series=f"{facts.industry.name}行业跟踪报告",
        report_date=cn_date(facts.as_of),
        end_session=cn_date(facts.end_session),
        text=text,
        data_source=facts.provenance.data_source,
    )


def write_markdown(path: Path, facts: Facts, text: MarketText) -> None:
    path.write_text(render_markdown(facts, text), encoding="utf-8")
