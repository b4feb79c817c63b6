"""A fund's stated excess over its 业绩比较基准, with the two returns it is the difference of.

Index funds' quarterly reports (and digests of them) state, per stage (过去三个月, 过去一年, 自基金合同生效起至今 …)
and share class, the net value's growth ①, the benchmark's return ③ and ①-③, in a table:

    | 阶段 | 净值增长率① | 净值增长率标准差② | 业绩比较基准收益率③ | 业绩比较基准收益率标准差④ | ①-③ | ②-④ |
    | 过去三个月 | -5.27% | 1.50% | -5.55% | 1.52% | 0.28% | -0.02% |

as a Markdown table, as plain lines (``过去三个月 -5.27% 1.50% …`` under a header line of the same columns) or
one cell per line; and in prose (``基金份额净值增长率为-1.77%，同期业绩比较基准(中证新能源汽车指数)收益率为-1.80%，
基金跑赢基准0.03个百分点``, read by fund_prose.py). The columns are found by their header's words, never by position; a row whose
cells are not all percentages where it matters is skipped. Each claim's period is the stage's own words
(``fund:过去三个月``), which no industry weekly's 本周 ever matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, parse_number
from sectorbrief.check.fund_prose import (
    CLASS,
    STAGE,
    STAGE_RE,
    FundExcess,
    Open,
    made,
    prose_excess,
    settled,
)
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence

__all__ = ["FundExcess", "fund_excess"]

# One header cell's kind; in a plain header line (spaces next to Chinese removed) the kinds in order.
_COLUMN = lazy_compile(
    r"(?P<stage>阶段|统计区间|期间)"
    r"|(?P<sd>(?:净值增长率|业绩比较基准收益率|基准收益率|基准)?标准差\d?)"
    r"|(?P<excess>超额收益(?:率)?(?:\([^()]*\)|\d-\d)?|(?:跟踪)?偏离度?(?:\([^()]*\))?|净值增长率-基准收益率|"
    r"净值-基准|1-3|\(1\)-\(3\))"
    r"|(?P<diff>2-4|\(2\)-\(4\))"
    r"|(?P<own>(?:[^|\d%]{0,16}?)净值增长率(?:\d|\(1\))?)"
    r"|(?P<bench>(?:业绩比较)?基准(?:收益率|增长率)(?:\d|\(3\))?)"
)
_PERCENT = lazy_compile(rf"^\s*(?P<num>{NUMBER})\s*%\s*$")
_PLAIN_ROW = lazy_compile(rf"^(?P<stage>{STAGE})\s*(?P<cells>(?:\s*{NUMBER}%)+)\s*$")


@dataclass(frozen=True)
class _Header:
    kinds: tuple[str, ...]
    own: int
    base: int
    excess: int
    stage: str  # a stage named in the header (过去三个月净值增长率), else ""
    subject: str  # a fund or share class named in the header (国联煤炭A净值增长率), else ""


def fund_excess(sentences: Sequence[Sentence]) -> list[FundExcess]:
    """Every fund excess stated in a performance table's rows or in prose, in document order."""
    out: list[FundExcess] = []
    opened: list[Open] = []
    header: _Header | None = None
    index = 0
    while index < len(sentences):
        sentence = sentences[index]
        text = sentence.text
        found = _header(text)
        if found is None and "基准" in text and "%" not in text and not text.rstrip().endswith("|"):
            found, index = _split_header(sentences, index)
        if found is not None:
            header = found
            index += 1
            continue
        if header is None and text.strip() in ("阶段", "统计区间"):
            index = _one_cell_per_line(sentences, index, out)
            continue
        if header is not None:
            row = _row(sentence, header)
            if row is not None:
                out.append(row)
                index += 1
                continue
            if not _table_line(text):
                header = None
        if "净值" in text and "基准" in text:
            out.extend(prose_excess(sentence, opened))
        index += 1
    if opened:
        rows = [f for f in out if f.table]
        out.extend(settled(opened, rows))
        out.sort(key=lambda f: (f.claim.sentence.index, f.claim.start))
    return out


def _split_header(sentences: Sequence[Sentence], index: int) -> tuple[_Header | None, int]:
    """A header line the sentence splitter cut at a dash (``超额收益(净值-基准)``, ``净值增长率-基准收益率``):
    rejoined with the dash from up to three short pieces after it."""
    joined = sentences[index].text
    for at in range(index + 1, min(index + 4, len(sentences))):
        piece = sentences[at].text
        if "%" in piece or len(piece) > 16:
            break
        joined += "-" + piece
        found = _header(joined)
        if found is not None:
            return found, at
    return None, index


def _table_line(text: str) -> bool:
    """A table's separator or a row of it (kept under one header even when it is not read)."""
    stripped = text.strip()
    return stripped.startswith("|") or bool(STAGE_RE.match(stripped) and "%" in stripped)


def _cells(text: str) -> list[str] | None:
    stripped = text.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1):
        return None
    return [c.strip() for c in stripped[1:-1].split("|")]


def _kind(cell: str) -> str:
    m = _COLUMN.search(cell)
    return str(m.lastgroup) if m else "other"


def _header(text: str) -> _Header | None:
    """A header naming one 净值增长率 column, one 基准收益率 column and one excess (①-③) column."""
    if "基准" not in text or "%" in text:
        return None
    cells = _cells(text)
    if cells is not None:
        kinds = tuple(_kind(c) for c in cells)
        labels = cells
    else:
        matches = list(_COLUMN.finditer(text))
        if not matches or matches[0].lastgroup != "stage" or _COLUMN.sub("", text).strip(" |"):
            return None
        kinds = tuple(str(m.lastgroup) for m in matches)
        labels = [m.group(0) for m in matches]
    if kinds.count("own") != 1 or kinds.count("bench") != 1 or kinds.count("excess") != 1:
        return None
    own = kinds.index("own")
    stage = STAGE_RE.search(labels[own])
    subject = labels[own][: stage.start() if stage else labels[own].index("净值增长率")]
    subject = subject.replace("份额", "").replace("基金", "").strip()
    return _Header(
        kinds, own, kinds.index("bench"), kinds.index("excess"), stage.group(0) if stage else "", subject
    )


def _row(sentence: Sentence, header: _Header) -> FundExcess | None:
    """The stated excess of one table row, when its three cells are percentages."""
    text = sentence.text
    cells = _cells(text)
    if cells is None:
        plain = _PLAIN_ROW.match(text.strip())
        if plain is None:
            return None
        cells = [plain.group("stage"), *re.findall(rf"{NUMBER}%", plain.group("cells"))]
    if len(cells) != len(header.kinds):
        return None
    return _claim(sentence, cells, header)


def _claim(sentence: Sentence, cells: Sequence[str], header: _Header) -> FundExcess | None:
    own, base, excess = (_PERCENT.match(cells[i]) for i in (header.own, header.base, header.excess))
    if own is None or base is None or excess is None:
        return None
    stage = next((m.group(0) for c in cells if (m := STAGE_RE.fullmatch(c.strip()))), header.stage)
    share = next((m.group("cls") + "类" for c in cells if (m := CLASS.fullmatch(c.strip()))), "")
    subject = (header.subject + share) or "基金"
    value = parse_number(excess.group("num"))
    own_value, base_value = parse_number(own.group("num")), parse_number(base.group("num"))
    return made(sentence, subject, stage, value, own_value, base_value, table=True)


def _one_cell_per_line(sentences: Sequence[Sentence], index: int, out: list[FundExcess]) -> int:
    """A table written one cell per line from ``阶段`` at ``index``: the header's cells up to the first
    stage, then rows of a stage and as many percentages as the header has other columns."""
    labels: list[str] = []
    at = index
    while at < len(sentences) and not STAGE_RE.fullmatch(sentences[at].text.strip()):
        text = sentences[at].text.strip()
        if "%" in text or len(text) > 24 or len(labels) > 12:
            return index + 1
        labels.append(text)
        at += 1
    header = _cut_header(labels)
    if header is None:
        return index + 1
    width = len(header.kinds)
    while at + width <= len(sentences) and STAGE_RE.fullmatch(sentences[at].text.strip()):
        cells = [s.text.strip() for s in sentences[at : at + width]]
        found = _claim(sentences[at + header.excess], cells, header)
        if found is None:
            break
        out.append(found)
        at += width
    return max(at, index + 1)


def _cut_header(labels: list[str]) -> _Header | None:
    """The header of one-cell-per-line labels; two labels that make an excess column when joined by a dash
    (净值增长率 / 基准收益率: the cell 净值增长率-基准收益率 the sentence splitter cut) are read as that one cell."""
    header = _header("|" + "|".join(labels) + "|")
    for i in range(len(labels) - 1):
        if header is not None:
            break
        joined = labels[i] + "-" + labels[i + 1]
        if _kind(joined) == "excess":
            header = _header("|" + "|".join([*labels[:i], joined, *labels[i + 2 :]]) + "|")
    return header
