"""Which reports a batch writes: one job per (week, industry), for N weeks ending at the as-of date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import PurePosixPath

from sectorbrief.calendar import Sessions, week_period
from sectorbrief.errors import UsageError
from sectorbrief.taxonomy import Index, Taxonomy


@dataclass(frozen=True, order=True)
class Job:
    """One report: the week's end session, the industry, and the as-of date it is built for
    (the batch's as-of for the latest week, so it matches `build --as-of` exactly; else the end)."""

    end: dt.date
    code: str
    name: str
    as_of: dt.date

    @property
    def key(self) -> str:
        """The report's folder under the batch output, ``<end_session>/<code>``."""
        return str(PurePosixPath(self.end.isoformat(), self.code))


def parse_industries(text: str, taxonomy: Taxonomy) -> list[Index]:
    """``all`` or a comma-separated list of names / codes, in taxonomy order, without repeats."""
    if text.strip().lower() in ("", "all"):
        return list(taxonomy.industries)
    chosen = {
        taxonomy.resolve_industry(part).code for part in text.replace("，", ",").split(",") if part.strip()
    }
    if not chosen:
        raise UsageError(f"--industries: no industry in {text!r}")
    return [index for index in taxonomy.industries if index.code in chosen]


def week_ends(sessions: Sessions, as_of: dt.date, weeks: int) -> list[dt.date]:
    """The end sessions of the ``weeks`` calendar weeks ending with the one holding ``as_of``, oldest first.

    The first is the last session on or before ``as_of``; each earlier one is the last session before
    the following week (the weekly base of the rule in DESIGN.md).
    """
    if weeks < 1:
        raise UsageError(f"--weeks: {weeks} is not a positive number of weeks")
    ends = [sessions.on_or_before(as_of)]
    while len(ends) < weeks:
        ends.append(week_period(sessions, ends[-1]).base)
    return sorted(ends)


def plan_jobs(ends: list[dt.date], industries: list[Index], as_of: dt.date) -> list[Job]:
    """Every (week, industry) pair, week by week, in taxonomy order within a week."""
    return [
        Job(end=end, code=index.code, name=index.name, as_of=as_of if end == ends[-1] else end)
        for end in ends
        for index in industries
    ]
