"""A table of returns and excess returns over one benchmark: every row must imply the same benchmark.

``|股票名称|当月收益|当月超额收益|`` then ``|中国建筑| 0.87% | 2.71% |`` …: each row's return less its excess is
the benchmark's return (here 沪深300's month, -1.84%), stated or not. When at least three rows and more
than half of them imply one value (within the rounding of their printed figures), a row that implies
another has a wrong figure. Only a table whose header names one 收益 column and one 超额 column is read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

_PERCENT = lazy_compile(rf"^\s*(?P<num>{NUMBER})\s*%\s*$")
_LEAST = 3  # rows that must agree on the benchmark before an odd one is called wrong


@dataclass(frozen=True)
class Row:
    sentence: Sentence
    own: Number
    excess: Number

    @property
    def implied(self) -> float:
        return self.own.value - self.excess.value


def _cells(text: str) -> list[str] | None:
    stripped = text.strip()
    if not (stripped.startswith("|") and stripped.endswith("|")):
        return None
    return [c.strip() for c in stripped[1:-1].split("|")]


def _columns(header: list[str]) -> tuple[int, int] | None:
    own = [i for i, c in enumerate(header) if "收益" in c and "超额" not in c]
    excess = [i for i, c in enumerate(header) if "超额" in c]
    return (own[0], excess[0]) if len(own) == 1 and len(excess) == 1 else None


def tables(claims: Claims) -> list[list[Row]]:
    """The rows of each return/excess table, in order."""
    out: list[list[Row]] = []
    columns: tuple[int, int] | None = None
    for sentence in claims.sentences:
        cells = _cells(sentence.text)
        if cells is None:
            columns = None
            continue
        if any("超额" in c for c in cells) and not any(_PERCENT.match(c) for c in cells):
            columns = _columns(cells)
            if columns is not None:
                out.append([])
            continue
        if columns is None or max(columns) >= len(cells):
            continue
        own, excess = (_PERCENT.match(cells[i]) for i in columns)
        if own and excess:
            out[-1].append(Row(sentence, parse_number(own.group("num")), parse_number(excess.group("num"))))
    return out


def check_excess_table(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    if "超额" not in "".join(s.text for s in claims.sentences if s.text.lstrip().startswith("|")):
        return out
    for rows in tables(claims):
        for row, agreeing in _outliers(rows):
            implied = agreeing[0].implied
            consistent = row.own.value - implied
            out.append(
                finding(
                    "error",
                    "arithmetic",
                    f"excess {row.excess.text}% beside the return {row.own.text}% implies a benchmark return of "
                    f"{fmt(row.implied)}%, but {len(agreeing)} other rows of the table imply {fmt(implied)}%; "
                    f"consistent would be {fmt(consistent)}%",
                    row.sentence,
                    0,
                    len(row.sentence.text),
                )
            )
    return out


def _outliers(rows: list[Row]) -> list[tuple[Row, list[Row]]]:
    """Rows whose implied benchmark differs from the one most rows agree on, with those rows."""

    def agree(a: Row, b: Row) -> bool:
        return abs(a.implied - b.implied) <= tolerance(a.own, a.excess) + tolerance(b.own, b.excess)

    best = max((([r for r in rows if agree(r, row)]) for row in rows), key=len, default=[])
    if len(best) < _LEAST or 2 * len(best) <= len(rows):
        return []
    return [(row, best) for row in rows if not any(agree(row, r) for r in best)]
