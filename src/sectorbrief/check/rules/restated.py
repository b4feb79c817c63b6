"""A fact stated twice with two values: the statement, and the error at the odd one out.

Shared by the rules that know two statements are one fact by something other than their values (an anchor, a
table's label or cell, a fund's share class and period): anchored_restatements, table_restatements,
fund_restatements. Each groups its statements by that key; a group that holds two values is an error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.check.rules.printings import agree, distinct, places


@dataclass(frozen=True)
class Stated:
    sentence: Sentence
    key: tuple[str, ...]  # (kind, what, …): kind is points, level, row, cell, bracket or fund
    value: float
    step: float  # one unit of the printing's last digit
    vague: bool
    shown: str
    start: int
    end: int

    @property
    def quote(self) -> str:
        text = self.sentence.text
        return text[max(0, self.start - 12) : self.end].strip()


def clashes(groups: Iterable[list[Stated]], *, others: int = 0) -> list[Finding]:
    """An error for each group of statements of one fact that holds two values (at the odd one out); ``others``:
    how many more figures the odd one could have meant (a fund's other share classes)."""
    out = []
    for group in groups:
        values = distinct(group)
        if len(values) != 2:
            continue  # one value, or a series of three or more the text tells apart some other way
        first, second = values
        backers = [sum(agree(s, v) for s in group) for v in values]
        odd, other = (first, second) if backers[1] > backers[0] else (second, first)
        if odd.sentence is other.sentence and odd.start == other.start:
            continue
        out.append(_finding(odd, other, max(backers) - 1, others))
    return out


def _finding(odd: Stated, other: Stated, backers: int, others: int = 0) -> Finding:
    evidence = _why_one(odd, other, others)
    verdict = (
        f"{backers} other statement{'s' if backers > 1 else ''} agree{'' if backers > 1 else 's'} with {other.shown}, "
        f"so it should likely read {other.shown}"
        if backers
        else f"one of the two is wrong: both should read {other.shown} or both {odd.shown}"
    )
    return finding(
        "error",
        "contradiction",
        f"「{odd.quote}」 here but 「{other.quote}」 at {other.sentence.location}: {evidence}, printed as "
        f"{odd.shown} and {other.shown}, {abs(odd.value - other.value):.{places(min(odd.step, other.step))}f} "
        f"apart, more than their rounding allows; {verdict}",
        odd.sentence,
        odd.start,
        odd.end,
    )


def _why_one(odd: Stated, other: Stated, others: int) -> str:
    """What makes the two statements one fact, in words."""
    kind, what = odd.key[0], odd.key[1]
    if kind == "points":
        return f"a move of {what}点 is one move, so its percentage is one figure"
    if kind == "level":
        return f"a close of {what} with its move is one day's move of one index or stock"
    if kind == "row":
        return f"the table's row 「{what}」 and the sentence state one figure"
    if kind == "cell":
        return f"the table's cell ({what}) and the sentence state one figure"
    if kind == "quote":
        return f"the stock {what}'s {odd.key[2]} in its quote table and in the text is one figure"
    if kind == "bracket":
        return f"{what}'s bracketed figure for one period is one figure"
    period = "the quarter" if odd.key[2] == "quarter" else odd.key[2]
    if what or not others:
        return f"the fund's{' ' + what + '类' if what else ''} net value return over {period} is one figure"
    return (
        f"a return of the fund over {period} with no share class named is one of its {others + 1} classes' "
        f"figures, and the nearest is {other.shown}"
    )
