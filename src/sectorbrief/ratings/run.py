"""`ratings verify` as one call: read the ratings, verify them against the market, describe the rules."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from sectorbrief.calendar import trading_sessions
from sectorbrief.config import RatingRules
from sectorbrief.market import Market
from sectorbrief.ratings.read import read_ratings
from sectorbrief.ratings.verify import verify

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verification:
    rows: pd.DataFrame
    rules: list[RatingRules]
    """The distinct rules the ratings were judged by (one for a ratings file)."""
    market: Market

    def context(self) -> dict[str, Any]:
        """What the summary also states: the rules and the market data used."""
        return {
            "rules": [r.model_dump() for r in self.rules],
            "data": {
                "source": self.market.source,
                "synthetic": self.market.synthetic,
                "last_session": self.market.last_day.isoformat(),
            },
        }


def verify_file(path: Path, market: Market, rules: RatingRules) -> Verification:
    """Every rating in ``path`` (a ratings file judged by ``rules``, or a folder of facts.json judged by
    the rules each recorded) against ``market``."""
    entries = read_ratings(path, rules)
    rows = verify(entries, market.closes, trading_sessions(market.days))
    distinct = list(dict.fromkeys(entry.rules for entry in entries))
    return Verification(rows=rows, rules=distinct, market=market)
