"""The report's framing text: its date, headline title, the analyst view and its facts-only draft."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from sectorbrief.errors import UsageError
from sectorbrief.facts import Facts
from sectorbrief.narrative.format import magnitude, move_word

RISK_HEADING = re.compile(r"^#{1,6}\s*风险提示\s*$")


def report_date(end_session: dt.date, weekday: int = 0) -> dt.date:
    """The publication date: the first ``weekday`` (0 = Monday) after the end session's week."""
    next_monday = end_session + dt.timedelta(days=7 - end_session.weekday())
    return next_monday + dt.timedelta(days=weekday)


@dataclass(frozen=True)
class AnalystView:
    """核心观点 as the analyst wrote it (``--view``), or a draft built from Facts."""

    paragraphs: list[str]
    title: str | None = None
    risks: list[str] = field(default_factory=list)
    draft: bool = False


def parse_view(text: str) -> AnalystView:
    """A Markdown view: an optional ``# headline``, paragraphs, and an optional ``## 风险提示`` section."""
    title: str | None = None
    body: list[str] = []
    risks: list[str] = []
    in_risks = False
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        while lines and lines[0].startswith("#"):
            heading = lines.pop(0)
            in_risks = bool(RISK_HEADING.match(heading))
            if heading.startswith("# ") and title is None and not in_risks:
                title = heading[2:].strip()
        if not lines:
            continue
        if in_risks:
            risks.extend(item.lstrip("-*· ").strip() for line in lines for item in re.split("[；;]", line))
        else:
            body.append("".join(lines))
    return AnalystView(paragraphs=body, title=title, risks=[r for r in risks if r])


def read_view(path: Path) -> AnalystView:
    try:
        view = parse_view(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"--view {path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise UsageError(f"--view {path}: not UTF-8 text") from None
    if not view.paragraphs:
        raise UsageError(f"--view {path}: no paragraph of text to use as 核心观点")
    return view


def headline_title(facts: Facts, view: AnalystView) -> str:
    """The title block's headline: the view's own ``# title``, else the week's market verdict."""
    if view.title:
        return view.title
    week = facts.weekly
    return (
        f"申万{facts.industry.name}行业周{move_word(week.industry_pct)}{magnitude(week.industry_pct)}%，"
        f"位列一级行业第{week.rank}位"
    )
