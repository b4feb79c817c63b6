"""What changed between two built reports: the figures in their Facts and the sentences of their views.

Pure: Facts and Markdown text in, changes out. Figures are compared unrounded and shown rounded.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sectorbrief.facts import Facts

log = logging.getLogger(__name__)

VIEW_SECTIONS = ("核心观点", "行业周观点")
SENTENCE_END = re.compile(r"(?<=[。！？；!?])")
PERIOD_LABELS = {"weekly": "本周", "ytd": "年初至今"}

Value = float | int | str | None


@dataclass(frozen=True)
class Change:
    """One figure in both reports: its label, old and new value (None where a report lacks it)."""

    key: str
    label: str
    old: Value
    new: Value

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @property
    def delta(self) -> float | None:
        """new - old for numbers, else None."""
        if isinstance(self.old, int | float) and isinstance(self.new, int | float):
            return float(self.new) - float(self.old)
        return None


def _period_figures(facts: Facts, name: str) -> Iterator[tuple[str, str, Value]]:
    period = facts.periods.get(name)
    label = PERIOD_LABELS.get(name, name)
    if period is None:
        return
    yield f"{name}.industry_pct", f"{label}涨跌幅（%）", period.industry_pct
    for bench, pp in period.excess_pp.items():
        yield f"{name}.excess_pp.{bench}", f"{label}相对{bench}超额（个百分点）", pp
    yield f"{name}.rank", f"{label}排名", period.rank


def figures(facts: Facts) -> dict[str, tuple[str, Value]]:
    """key -> (label, value) for every figure the diff compares."""
    rows: list[tuple[str, str, Value]] = [("end_session", "数据截止日", facts.end_session.isoformat())]
    for name in facts.periods:
        rows += list(_period_figures(facts, name))
    valuation = facts.valuation
    rows += [
        ("valuation.pe_ttm", "PE-TTM（倍）", valuation.pe_ttm if valuation else None),
        ("valuation.window_mean", "PE-TTM区间均值（倍）", valuation.window_mean if valuation else None),
        (
            "valuation.percentile_in_window",
            "PE-TTM区间分位（%）",
            valuation.percentile_in_window if valuation else None,
        ),
        ("rating.rating", "评级", facts.rating.rating if facts.rating else None),
        ("rating.change", "评级变动", facts.rating.change if facts.rating else None),
    ]
    return {key: (label, value) for key, label, value in rows}


def figure_changes(old: Facts, new: Facts) -> list[Change]:
    """Every compared figure of either report, in the new report's order, changed or not."""
    before, after = figures(old), figures(new)
    keys = list(after) + [k for k in before if k not in after]
    return [
        Change(
            key,
            (after.get(key) or before[key])[0],
            before.get(key, ("", None))[1],
            after.get(key, ("", None))[1],
        )
        for key in keys
    ]


def view_sentences(markdown: str) -> list[str]:
    """The sentences of the view sections (核心观点, 行业周观点) of a report.md, in order."""
    sentences: list[str] = []
    keep = False
    for line in markdown.splitlines():
        if line.startswith("## "):
            keep = any(section in line for section in VIEW_SECTIONS)
            continue
        if keep and line.strip():
            sentences += [s.strip() for s in SENTENCE_END.split(line.strip()) if s.strip()]
    return sentences


@dataclass(frozen=True)
class SentenceChange:
    """'-' a sentence only the old view has, '+' one only the new view has."""

    sign: str
    sentence: str


def sentence_changes(old: list[str], new: list[str]) -> list[SentenceChange]:
    """The sentences removed from and added to the view, in reading order (difflib on sentences)."""
    changes: list[SentenceChange] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        changes += [SentenceChange("-", s) for s in old[a0:a1]]
        changes += [SentenceChange("+", s) for s in new[b0:b1]]
    return changes
