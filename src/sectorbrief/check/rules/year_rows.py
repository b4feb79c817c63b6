"""A table's year row restated in prose with one figure's digits reordered: ``如2014年，上半年跌幅为3.2%，而下半年
涨幅达52.97%`` over the row ``2014 | -3.20 | 57.92``.

A table keyed by years (a row per year, its first cell the year) is read in two layouts: pipe rows on one
line (``| 2014 | -3.20 | 57.92 |``) and an extractor's one cell per line, each ending in a bar, a bare bar
starting each row. A sentence restates a row when it names the row's year (2014年, not a date 2014年5月) and,
before the next year it names, states one of the row's cells (3.2% for -3.20: the same magnitude within the
coarser printing). That cell is the second key: a further figure of that stretch that holds the same digits as
another cell of the row in another order (52.97 against 57.92, three digits or more) is that cell mistyped.

Such a figure is an error; the message quotes the sentence and the row and gives the row's value. A year named by
two rows (two tables of one year) is not read.
"""

from __future__ import annotations

import re
from collections import defaultdict

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_YEAR_CELL = lazy_compile(r"(?:19|20)\d\d年?")
_CELL_NUMBER = lazy_compile(r"[+-]?\d[\d,]*(?:\.\d+)?%?")
_LINE_CELL = lazy_compile(r"[^|]{0,40}\|")
_YEAR = lazy_compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)年(?![\d\s]*月)")
_FIGURE = lazy_compile(r"(?<![\d.])(?P<num>\d[\d,]*(?:\.\d+)?)(?![\d.])(?!\s*年)")
_MIN_DIGITS = 3


def check_year_rows(claims: Claims) -> list[Finding]:
    if not any("|" in s.text for s in claims.sentences):
        return []
    rows = _year_rows(claims.sentences)
    if not rows:
        return []
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "|" in sentence.text or "年" not in sentence.text:
            continue
        mentions = [m for m in _YEAR.finditer(sentence.text) if len(rows.get(m.group("year"), [])) == 1]
        for m in mentions:
            (row,) = rows[m.group("year")]
            following = _YEAR.search(sentence.text, m.end())
            stretch_end = following.start() if following else len(sentence.text)
            figures = list(_FIGURE.finditer(sentence.text, m.end(), stretch_end))
            out += _mistyped(sentence, m.group("year"), row, figures)
    return out


def _year_rows(sentences: list[Sentence]) -> dict[str, list[list[str]]]:
    """Each year's rows: their cells after the year, in either layout."""
    rows: dict[str, list[list[str]]] = defaultdict(list)
    line_row: list[str] = []
    for s in [*sentences, None]:
        text = s.text.strip() if s is not None else "|"
        if s is not None and text.count("|") >= 3:
            _add(rows, [c.strip() for c in text.split("|") if c.strip()])
            continue
        if text == "|" or not _LINE_CELL.fullmatch(text):
            _add(rows, line_row)
            line_row = []
            continue
        line_row.append(text.rstrip("|").strip())
    return rows


def _add(rows: dict[str, list[list[str]]], cells: list[str]) -> None:
    if len(cells) >= 3 and _YEAR_CELL.fullmatch(cells[0]):
        rows[cells[0][:4]].append([c for c in cells[1:] if _CELL_NUMBER.fullmatch(c)])


def _digits(number: str) -> str:
    return number.lstrip("+-").rstrip("%").replace(",", "").replace(".", "").lstrip("0")


def _same(stated: str, cell: str) -> bool:
    """Whether ``stated`` prints the cell's magnitude (3.2 for -3.20)."""
    places = len(stated.split(".")[1]) if "." in stated else 0
    value = abs(float(cell.rstrip("%").replace(",", "")))
    return abs(float(stated.replace(",", "")) - value) <= 0.5 * 10.0**-places + 1e-9


def _mistyped(sentence: Sentence, year: str, row: list[str], figures: list[re.Match[str]]) -> list[Finding]:
    keyed = {cell: f.group("num") for cell in row for f in figures if _same(f.group("num"), cell)}
    if not keyed:
        return []
    out = []
    for f in figures:
        stated = f.group("num")
        if len(_digits(stated)) < _MIN_DIGITS or any(_same(stated, cell) for cell in row):
            continue
        twins = [
            cell
            for cell in row
            if cell not in keyed
            and sorted(_digits(cell)) == sorted(_digits(stated))
            and ("." in cell) == ("." in stated)
            and _places(cell) == _places(stated)
        ]
        if len(twins) == 1:
            anchor = min(keyed)
            out.append(_finding(sentence, f, year, row, f"{keyed[anchor]} (the row's {anchor})", twins[0]))
    return out


def _places(number: str) -> int:
    number = number.rstrip("%")
    return len(number.split(".")[1]) if "." in number else 0


def _finding(
    sentence: Sentence, f: re.Match[str], year: str, row: list[str], anchor: str, cell: str
) -> Finding:
    return finding(
        "error",
        "contradiction",
        f"{f.group('num')} here for {year}年 but the table's {year} row ({' | '.join(row)}) gives {cell}: the "
        f"sentence restates that row (it also gives {anchor}) and {f.group('num')} holds {cell}'s digits "
        f"in another order, so one of the two is mistyped; the sentence should read {cell.lstrip('+-')}",
        sentence,
        f.start(),
        f.end(),
    )
