"""Scoring the checker on the real corpus (tests/check/corpus): error-level precision and recall.

Two readings. Loose (``score``): per excerpt, error findings up to the labelled count are hits, the rest
false alarms. Strict (``score(..., strict=True)``): a finding is a hit only when its message or snippet
quotes one of a labelled error's ``evidence`` strings (each labelled error matched at most once; the
evidence is normalised as the checker normalises text, so Traditional evidence matches its snippet);
every other error finding is a false alarm, every unmatched label a miss.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from opencc import OpenCC

from sectorbrief.check import check_text
from sectorbrief.check.normalise import normalise
from sectorbrief.check.report import CheckReport

CORPUS = Path(__file__).parent / "corpus"
_T2S = OpenCC("t2s")


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

    def row(self) -> str:
        """hits / false alarms / misses, P, R as one table cell group."""
        return f"{self.hits} / {self.false_alarms} / {self.misses} | {self.precision:.2f} | {self.recall:.2f}"


def _strict_hits(report: CheckReport, labels: list[dict]) -> int:
    """Labelled errors matched one to one by a finding that quotes one of their evidence strings."""
    used: set[int] = set()
    for label in labels:
        evidence = [
            _bare(_T2S.convert(normalise(x))) for x in label.get("evidence") or []
        ]  # glosses dropped first
        for i, f in enumerate(report.errors):
            if i not in used and any(x in _bare(f.message + f.snippet) for x in evidence):
                used.add(i)
                break
    return len(used)


def _bare(text: str) -> str:
    """``text`` without spaces and the dollar signs of a half-quoted TeX figure (``电气设备涨 $1.91``)."""
    return "".join(c for c in text if c != "$" and not c.isspace())


def score(items: list[dict], *, strict: bool = False) -> Score:
    """Error-level hits, false alarms and misses over ``items`` (loose, or strict: see the module doc)."""
    total = Score()
    for row in items:
        report = check_text(row["text"])
        got, expected = len(report.errors), len(row["errors"])
        hits = _strict_hits(report, row["errors"]) if strict else min(got, expected)
        total.hits += hits
        total.false_alarms += got - hits
        total.misses += expected - hits
        verified = sum(
            1 for e in report.extracted if e.kind == "excess" and e.verified and e.value is not None
        )
        total.stated += row["excess_stated"]
        total.verified += min(verified, row["excess_stated"])
    return total


def score_files(*names: str, strict: bool = False, mutations: bool | None = None) -> Score:
    """Score every excerpt of the jsonl files ``names`` (in corpus/, or paths); ``mutations`` True or
    False keeps only the mutated or only the real excerpts (a row with ``mutation_of`` is a mutation)."""
    items: list[dict] = []
    for name in names:
        path = Path(name) if Path(name).is_absolute() else CORPUS / name
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if mutations is not None:
        items = [r for r in items if ("mutation_of" in r) == mutations]
    return score(items, strict=strict)
