"""Scoring the checker on the real corpus (tests/check/corpus): error-level precision and recall."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sectorbrief.check import check_text

CORPUS = Path(__file__).parent / "corpus"


def rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()]


def split_of(url: str) -> str:
    return "holdout" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 3 == 0 else "dev"


@dataclass
class Score:
    hits: int = 0
    false_alarms: int = 0
    misses: int = 0
    stated: int = 0
    verified: int = 0

    @property
    def precision(self) -> float:
        return self.hits / max(self.hits + self.false_alarms, 1)

    @property
    def recall(self) -> float:
        return self.hits / max(self.hits + self.misses, 1)


def score(items: list[dict]) -> Score:
    """Per excerpt: error findings up to the labelled count are hits, the rest false alarms."""
    total = Score()
    for row in items:
        report = check_text(row["text"])
        got, expected = len(report.errors), len(row["errors"])
        total.hits += min(got, expected)
        total.false_alarms += max(0, got - expected)
        total.misses += max(0, expected - got)
        verified = sum(
            1 for e in report.extracted if e.kind == "excess" and e.verified and e.value is not None
        )
        total.stated += row["excess_stated"]
        total.verified += min(verified, row["excess_stated"])
    return total
