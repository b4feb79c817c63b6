"""The rating block of facts.json: the report's rating and the promise the house style gives it."""

from __future__ import annotations

import datetime as dt

from sectorbrief.config import HouseStyle
from sectorbrief.facts import Facts, RatingFacts
from sectorbrief.narrative.report import report_date
from sectorbrief.taxonomy import sw2021


def benchmark_code(name: str) -> str:
    """The code of the benchmark index named ``name`` (沪深300 -> 000300.SH)."""
    return next(b.code for b in sw2021().benchmarks if b.name == name)


def with_rating(facts: Facts, style: HouseStyle, published: dt.date | None) -> Facts:
    """A copy of ``facts`` recording ``style``'s rating, rating change and rating rules, given on
    ``published`` (the report's date, where the rating's horizon starts; None: the Monday after)."""
    published = published or report_date(facts.end_session)
    rules = style.rating_rules
    rating = RatingFacts(
        rating=style.rating,
        change=style.rating_change,
        date=published,
        horizon_months=rules.horizon_months,
        benchmark=rules.benchmark,
        benchmark_code=benchmark_code(rules.benchmark),
        outperform_pp=rules.outperform_pp,
        underperform_pp=rules.underperform_pp,
    )
    return facts.model_copy(update={"rating": rating})
