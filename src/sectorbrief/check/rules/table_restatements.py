"""A table's cell and a sentence stating the same figure with two values.

A table (pipe rows, ``| A类 | 29,592,587.50 | 42,775,522.81 |`` under ``| 份额类别 | 本期已实现收益(元) | 本期利润(元) |``)
names each cell by its row's labels and its column's header. A sentence states that cell when one of those names
stands right before its number (``本期利润4277.55万元``; a name's ending of four characters or more will do:
``份额净值1.3627元`` for ``期末基金份额净值(元)``) and each other name is the last of its row or column mates the
sentence mentions before the number (``C类份额本期已实现收益7267.61万元`` is C类's); a period cell (过去三个月) is
mentioned by the sentence's period. The unit is the cell's (%) or its header's (元, 万元, 亿元).

The two must agree within the coarser printing (2959.26万元 and 29,592,587.50元 do). A clause that makes its figure
something else (分别, 较, 同比, 环比, 上期, 去年) is not read. Fallback rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence, period_label
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.printings import printing, yuan_scale
from sectorbrief.check.rules.restated import Stated, clashes

_CELL_NUMBER = lazy_compile(r"(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%?)")
_HEADER_UNIT = lazy_compile(r"\s*[(（](?P<unit>(?:万亿|亿|万)?元|%)[)）]\s*$")
_FIGURE = r"\s*(?:为|是|达|:|：)?\s*(?P<verb>下跌|上涨|增长|下降|跌|涨)?\s*(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)\s*(?P<unit>(?:万亿|亿|万)?元|%|个百分点)"
# 净值增长率-业绩比较基准收益率, 超额收益: a fund's excess over its benchmark, written 跑赢/跑输(基准) in prose
_EXCESS = lazy_compile(r"-.*基准|超额")
_EXCESS_WORDS = ("跑赢基准", "跑输基准", "跑赢", "跑输")
_NOT_THE_CELL = lazy_compile(r"分别|较|同比|环比|上期|上年|去年|同期|上季|前值|平均|均为|合计")
_SHORTEST = 4  # characters of a name's ending that may stand for it


@dataclass(frozen=True)
class Cell:
    names: tuple[str, ...]  # the row's labels and the column's header, without a unit bracket
    mates: tuple[frozenset[str], ...]  # for each name, the names in its place in the other rows or columns
    value: float
    step: float
    unit: str  # % or 元
    sentence: Sentence
    shown: str


def check_table_restatements(claims: Claims) -> list[Finding]:
    tables = _tables(claims.sentences)
    if not tables:
        return []
    prose = [s for s in claims.sentences if "|" not in s.text]
    groups = []
    for cells in tables:
        for cell in cells:
            group = [_as_stated(cell)] + [s for sentence in prose for s in _stated(sentence, cell)]
            if len(group) > 1:
                groups.append(group)
    return clashes(groups)


def _tables(sentences: list[Sentence]) -> list[list[Cell]]:
    """Each run of pipe rows (a header, a |---| line, rows of as many cells) as its cells."""
    runs: list[list[tuple[Sentence, list[str]]]] = []
    last = -2  # the index of the last row's sentence
    cut, cut_at = "", -2  # a row the sentence splitter cut at a dash (|超额收益(净值 + 基准) |), rejoined
    for sentence in sentences:
        text, first = sentence.text.strip(), sentence.index
        if cut and first == cut_at + 1 and text.endswith("|"):
            text, first = f"{cut}-{text}", cut_at
        elif not (text.startswith("|") and text.count("|") >= 3):
            cut = ""
            continue
        elif not text.endswith("|"):
            cut, cut_at = text, sentence.index
            continue
        cut = ""
        if first != last + 1 or not runs:
            runs.append([])
        runs[-1].append((sentence, [c.strip() for c in text.strip("|").split("|")]))
        last = sentence.index
    return [cells for run in runs if (cells := _cells(run))]


def _cells(run: list[tuple[Sentence, list[str]]]) -> list[Cell]:
    if len(run) < 3 or not set(run[1][1][0]) <= set("-: "):
        return []
    header = run[0][1]
    rows = [(s, cells) for s, cells in run[2:] if len(cells) == len(header)]
    labels = [[c for c in cells if not _CELL_NUMBER.fullmatch(c)] for _, cells in rows]
    if not rows or any(len(x) != len(labels[0]) for x in labels):
        return []
    label_mates = [frozenset(x[i] for x in labels) for i in range(len(labels[0]))]
    columns = [_HEADER_UNIT.sub("", h) for h in header]
    out = []
    for (sentence, cells), row_labels in zip(rows, labels, strict=True):
        numeric = [j for j, c in enumerate(cells) if _CELL_NUMBER.fullmatch(c)]
        column_mates = frozenset(columns[j] for j in numeric)
        for j in numeric:
            m = _CELL_NUMBER.fullmatch(cells[j])
            assert m is not None
            unit_in_header = _HEADER_UNIT.search(header[j])
            unit = m.group("unit") or (unit_in_header.group("unit") if unit_in_header else "")
            if not unit:
                continue
            value, step = printing(m.group("num"))
            scale = yuan_scale(unit)
            out.append(
                Cell(
                    (*row_labels, columns[j]),
                    (*label_mates, column_mates),
                    value * scale,
                    step * scale,
                    "元" if unit.endswith("元") else "%",
                    sentence,
                    cells[j] + ("" if m.group("unit") else unit),
                )
            )
    return out


def _as_stated(cell: Cell) -> Stated:
    text = cell.sentence.text
    return Stated(cell.sentence, _key(cell), cell.value, cell.step, False, cell.shown, 0, len(text))


def _key(cell: Cell) -> tuple[str, str]:
    return ("cell", "、".join(cell.names))


def _stated(sentence: Sentence, cell: Cell) -> list[Stated]:
    """The sentence's statements of ``cell``: one of its names right before a figure, the others mentioned."""
    text = sentence.text
    out = []
    for i, name in enumerate(cell.names):
        endings = _endings(name, text, cell.mates[i])
        if _EXCESS.search(name):
            endings += [word for word in _EXCESS_WORDS if word in text]
        for ending in endings:
            for m in re.finditer(re.escape(ending) + _FIGURE, text):
                unit = m.group("unit")
                if ("元" if unit.endswith("元") else "%") != cell.unit:
                    continue
                if _longer_mate(text, m.start() + len(ending), ending, name, cell.mates[i]):
                    continue  # 加权平均基金份额本期利润 is not the column 本期利润
                start = clause_start(text, m.start())
                if not _same_period(sentence, m.start("num"), cell):
                    continue  # 过去五年…跑输基准4.24个百分点 is not a quarter's table
                if _NOT_THE_CELL.search(text, start, m.start("num")) or not all(
                    _mentioned(sentence, other, cell.mates[k], m.start())
                    for k, other in enumerate(cell.names)
                    if k != i
                ):
                    continue
                value, step = printing(m.group("num"))
                scale = yuan_scale(unit)
                if (m.group("verb") in ("下跌", "下降", "跌") or ending.startswith("跑输")) and value > 0:
                    value = -value
                out.append(
                    Stated(
                        sentence,
                        _key(cell),
                        value * scale,
                        step * scale,
                        False,
                        m.group("num") + unit,
                        m.start(),
                        m.end(),
                    )
                )
            if out:
                return out
    return out


def _same_period(sentence: Sentence, pos: int, cell: Cell) -> bool:
    """Whether a figure may be of the cell's period: a period cell is checked with the other names; a table
    without one is of its rows' period, and a figure of another stated period is not its cell's."""
    if any(_period_of(name) for mates in cell.mates for name in mates):
        return True  # a table with a period column (过去三个月, 过去一年, 自成立以来)
    period = sentence.period_at(pos)
    return period is None or period.split("@")[0] == (cell.sentence.period_at(0) or "").split("@")[0]


def _longer_mate(text: str, end: int, ending: str, name: str, mates: frozenset[str]) -> bool:
    """Whether the words ending at ``end`` are another name of the table that also ends with ``ending``."""
    return any(
        mate != name and mate.endswith(ending) and len(mate) > len(ending) and text.endswith(mate, 0, end)
        for mate in mates
    )


def _endings(name: str, text: str, mates: frozenset[str]) -> list[str]:
    """The name and those of its endings of four characters or more that no other name of its place ends with
    (本期利润 is not 加权平均基金份额本期利润's where 本期利润 is a column too), that the text holds, longest first."""
    return [
        name[k:]
        for k in range(0, max(1, len(name) - _SHORTEST + 1))
        if name[k:] in text and (k == 0 or not any(m != name and m.endswith(name[k:]) for m in mates))
    ]


def _mentioned(sentence: Sentence, name: str, mates: frozenset[str], pos: int) -> bool:
    """Whether ``name`` is the last of its mates the sentence names before ``pos``: by its words, or a period
    cell (过去三个月) by the period the figure has."""
    period = _period_of(name)
    if period is not None:
        return (sentence.period_at(pos) or "").split("@")[0] == period
    last = {mate: sentence.text.rfind(mate, 0, pos) for mate in mates if mate}
    return last.get(name, -1) >= 0 and last[name] == max(last.values())


def _period_of(name: str) -> str | None:
    m = PERIOD_RE.fullmatch(name)
    return period_label(m) if m else None
