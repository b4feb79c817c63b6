"""A fund's stated excess over its 业绩比较基准, with the two returns it is the difference of.

Index funds' quarterly reports (and digests of them) state, per stage (过去三个月, 过去一年, 自基金合同生效起至今 …)
and share class, the net value's growth ①, the benchmark's return ③ and ①-③, in a table:

    | 阶段 | 净值增长率① | 净值增长率标准差② | 业绩比较基准收益率③ | 业绩比较基准收益率标准差④ | ①-③ | ②-④ |
    | 过去三个月 | -5.27% | 1.50% | -5.55% | 1.52% | 0.28% | -0.02% |

as a Markdown table, as plain lines (``过去三个月 -5.27% 1.50% …`` under a header line of the same columns) or
one cell per line; and in prose (``基金份额净值增长率为-1.77%，同期业绩比较基准(中证新能源汽车指数)收益率为-1.80%，
基金跑赢基准0.03个百分点``). The columns are found by their header's words, never by position; a row whose
cells are not all percentages where it matters is skipped. Each claim's period is the stage's own words
(``fund:过去三个月``), which no industry weekly's 本周 ever matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, ExcessClaim, Number, clause_start, parse_number
from sectorbrief.check.entities import Entity
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence

# The stages of a fund report's performance table (and of its prose).
STAGE = (
    r"(?:过去|最近|近)[一二三四五六七八九十两\d]+个?(?:月|年)|"
    r"自(?:基金)?(?:合同)?(?:生效|成立)(?:起|日起|以来)?(?:至今)?|成立(?:以来|至今)|本报告期|报告期内|今年以来"
)
_STAGE_RE = lazy_compile(STAGE)
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
_CLASS = lazy_compile(r"(?<![A-Za-z])(?P<cls>[A-Z])(?:类|份额)")
_BENCHMARK = Entity(0, 0, "", "业绩比较基准", "benchmark")


@dataclass(frozen=True, slots=True)
class FundExcess:
    """A stated excess (``claim``) and the fund's and the benchmark's returns it must be the difference of."""

    claim: ExcessClaim
    own: Number
    base: Number
    table: bool = False  # read from a performance table's row, not from prose


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
    return stripped.startswith("|") or bool(_STAGE_RE.match(stripped) and "%" in stripped)


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
    stage = _STAGE_RE.search(labels[own])
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
    stage = next((m.group(0) for c in cells if (m := _STAGE_RE.fullmatch(c.strip()))), header.stage)
    share = next((m.group("cls") + "类" for c in cells if (m := _CLASS.fullmatch(c.strip()))), "")
    subject = (header.subject + share) or "基金"
    value = parse_number(excess.group("num"))
    own_value, base_value = parse_number(own.group("num")), parse_number(base.group("num"))
    return _made(sentence, subject, stage, value, own_value, base_value, table=True)


def _made(
    sentence: Sentence,
    subject: str,
    stage: str,
    value: Number,
    own: Number,
    base: Number,
    *,
    span: tuple[int, int] | None = None,
    word: str = "①-③",
    table: bool = False,
) -> FundExcess:
    """The claim of ``value`` (at ``span`` in the sentence, else where its printed figure first stands)."""
    if span is None:
        start = max(sentence.text.find(value.text), 0)
        span = (start, start + len(value.text))
    claim = ExcessClaim(
        Entity(0, 0, "", subject, "generic"),
        _BENCHMARK,
        value,
        1 if value.value >= 0 else -1,
        "%",
        f"fund:{stage}" if stage else "fund",
        sentence,
        span[0],
        span[1],
        word,
    )
    return FundExcess(claim, own, base, table)


def _one_cell_per_line(sentences: Sequence[Sentence], index: int, out: list[FundExcess]) -> int:
    """A table written one cell per line from ``阶段`` at ``index``: the header's cells up to the first
    stage, then rows of a stage and as many percentages as the header has other columns."""
    labels: list[str] = []
    at = index
    while at < len(sentences) and not _STAGE_RE.fullmatch(sentences[at].text.strip()):
        text = sentences[at].text.strip()
        if "%" in text or len(text) > 24 or len(labels) > 12:
            return index + 1
        labels.append(text)
        at += 1
    header = _cut_header(labels)
    if header is None:
        return index + 1
    width = len(header.kinds)
    while at + width <= len(sentences) and _STAGE_RE.fullmatch(sentences[at].text.strip()):
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


# Prose: 净值增长率为X%，同期业绩比较基准(…)收益率为Y%，基金跑赢基准Z个百分点 / 较基准(Y%)落后Z个百分点 /
# 跑赢基准的Y%，超额收益Z个百分点 / 净值增长率6.56%(基准6.44%，跑赢0.12%) / 净值增长29.48%，基准增长23.03%，
# 超额6.45%; and, after a clause that named the measure, a stage's own figure: …，过去一年12.13%(基准11.85%，跑赢0.28%).
_OWN_PROSE = lazy_compile(
    rf"(?:净值(?:累计)?(?P<verb>增长率|增长|下跌|上涨)(?:为|达到?|是)?|(?<=[，,；;])(?:{STAGE})(?:为|是)?)"
    rf"\s*(?P<num>{NUMBER})%"
)
_BASE_PROSE = lazy_compile(
    rf"^[^%。；;]{{0,12}}?基准(?:的)?(?:\([^()%]{{0,24}}\))?"
    rf"(?:收益率|增长率|收益|(?P<verb>增长|上涨|下跌|涨|跌))?(?:为|是|的|了)?\s*\(?\s*(?P<num>{NUMBER})%\)?"
)
_EXCESS_PROSE = lazy_compile(
    rf"^[^%。；;]{{0,16}}?(?P<word>跑赢|跑输|落后|高出|少跌|多跌|超额收益|超额|偏离度|偏离|低于|高于)"
    rf"(?:基准|业绩比较基准)?(?:\([^()%]{{0,24}}\))?(?:为|达)?\s*(?P<num>{NUMBER})\s*(?:%|个百分点)"
)
# 分别 lists: A、C类份额净值增长率分别为10.67%、10.68%，同期业绩比较基准收益率为10.81%，两类份额均跑输基准0.14%、0.13%.
_OWN_LIST = lazy_compile(
    rf"净值增长率分别(?:为|达到?|是)?\s*(?P<nums>{NUMBER}%(?:\s*[、和及与]\s*{NUMBER}%)+)"
)
_EXCESS_LIST = lazy_compile(
    rf"^[^%。；;\d]{{0,16}}?(?P<word>跑赢|跑输|落后|超额收益|偏离度?)(?:基准|业绩比较基准)?(?:分别)?(?:为|达)?\s*"
    rf"(?P<nums>{NUMBER}(?:\s*(?:%|个百分点|个)?\s*[、和及与]\s*{NUMBER})+)\s*(?:%|个百分点)"
)
_CLASSES = lazy_compile(r"(?<![A-Za-z])(?P<letters>[A-Z]类?(?:\s*[、和与及]\s*[A-Z]类?)+)(?:两|三)?类")
_NEGATIVE = ("跑输", "落后", "多跌", "低于")
_SIGNED = ("偏离度", "偏离", "超额收益", "超额")


@dataclass(frozen=True)
class Open:
    """A prose excess stated with the fund's return but no benchmark's (``过去三年净值增长47.71%，跑赢基准2.94个
    百分点``): the benchmark's return is its performance table's for the same stage."""

    sentence: Sentence
    subject: str
    stage: str
    value: Number
    own: Number
    span: tuple[int, int]
    word: str


def prose_excess(sentence: Sentence, opened: list[Open] | None = None) -> Iterator[FundExcess]:
    """Each ``净值增长率 X% … 基准 Y% … 跑赢/跑输/超额 Z`` of one sentence, the three in that order and close;
    each ``分别`` list of them against one benchmark return; and each ``净值增长率 X% … 跑赢基准 Z`` with no
    benchmark's return of its own, against the one this sentence stated for the same stage before it (A份额…
    基准收益率为-2.72%，A类份额跑赢基准1.29个百分点；C份额净值增长率为-1.45%，跑赢基准1.27个百分点), else added to
    ``opened`` for a table to settle."""
    text = sentence.text
    yield from _listed(sentence)
    bases: dict[str, Number] = {}  # the benchmark's return this sentence stated, by stage
    for own in _OWN_PROSE.finditer(text):
        stage = _stage_before(text, own.start("num"))
        base = _BASE_PROSE.match(text[own.end() :])
        after = own.end() + (base.end() if base else 0)
        excess = _EXCESS_PROSE.match(text[after:])
        if excess is None:
            continue
        value = parse_number(excess.group("num"))
        word = excess.group("word")
        if word not in _SIGNED and word not in _NEGATIVE and value.value < 0:
            continue  # 跑赢-0.5%: not a reading this module makes
        value = _by_word(value, word)
        own_value = _by_verb(parse_number(own.group("num")), own.group("verb"))
        share = list(_CLASS.finditer(text, 0, own.start()))
        subject = (share[-1].group("cls") + "类") if share else "基金"
        start = after + excess.start("num")
        span = (start, start + len(excess.group("num")))
        if base is not None:
            bases[stage] = _by_verb(parse_number(base.group("num")), base.group("verb"))
        elif stage not in bases:
            if stage and opened is not None:
                opened.append(Open(sentence, subject, stage, value, own_value, span, word))
            continue
        yield _made(sentence, subject, stage, value, own_value, bases[stage], span=span, word=word)


def settled(opened: list[Open], rows: list[FundExcess]) -> Iterator[FundExcess]:
    """Each open prose excess against the benchmark's return of the table row of its stage whose fund's return
    is the one the prose states (another share class's row, or a row of another stage, is not its)."""
    for o in opened:
        bases = {
            (r.base.value, r.base.decimals): r.base
            for r in rows
            if r.claim.period == f"fund:{o.stage}"
            and abs(r.own.value - o.own.value) <= 0.5 * (10.0**-r.own.decimals + 10.0**-o.own.decimals) + 1e-9
        }
        if len(bases) == 1:
            (base,) = bases.values()
            yield _made(o.sentence, o.subject, o.stage, o.value, o.own, base, span=o.span, word=o.word)


def _by_word(value: Number, word: str) -> Number:
    """An excess as its word states it: after 跑输, 落后 … a printed positive figure is a shortfall."""
    return (
        Number(-value.value, value.decimals, value.text) if word in _NEGATIVE and value.value > 0 else value
    )


def _by_verb(value: Number, verb: str | None) -> Number:
    """A return as its verb states it: after 下跌/跌 a printed positive figure is a fall."""
    if verb in ("下跌", "跌") and value.value > 0:
        return Number(-value.value, value.decimals, "-" + value.text)
    return value


def _stage_before(text: str, end: int) -> str:
    """The last stage (过去三个月, 本报告期 …) named before ``end``, or ""."""
    stages = list(_STAGE_RE.finditer(text, 0, end))
    return stages[-1].group(0) if stages else ""


def _listed(sentence: Sentence) -> Iterator[FundExcess]:
    """净值增长率分别为X1%、X2% … 基准收益率为Y% … 跑输基准Z1%、Z2% (or 均跑输基准Z, one figure for all): one claim
    per figure, the share classes named before the list (A、C类) as their subjects when they are as many. With no
    benchmark's return after the list, the one the sentence stated before it for the same single stage."""
    text = sentence.text
    for own in _OWN_LIST.finditer(text):
        base = _BASE_PROSE.match(text[own.end() :])
        after = own.end() + (base.end() if base else 0)
        base_value = _by_verb(parse_number(base.group("num")), base.group("verb")) if base else None
        if base_value is None:
            base_value = _stated_before(text, own.start())
        owns = [parse_number(n) for n in re.findall(NUMBER, own.group("nums"))]
        found = _excess_list(text, after, len(owns))
        if base_value is None or found is None:
            continue
        word, values, start, shared = found
        classes = list(_CLASSES.finditer(text, 0, own.start()))
        letters = re.findall(r"[A-Z]", classes[-1].group("letters")) if classes else []
        subjects = [c + "类" for c in letters] if len(letters) == len(owns) else ["基金"] * len(owns)
        for subject, own_value, value in zip(subjects, owns, values, strict=True):
            value = _by_word(value, word)
            at = text.find(value.text.lstrip("-"), start)
            yield _made(
                sentence,
                subject,
                _stage_before(text, own.start()),
                value,
                own_value,
                base_value,
                span=(at, at + len(value.text.lstrip("-"))),
                word=word,
            )
            start = at if shared else at + 1


def _excess_list(text: str, after: int, count: int) -> tuple[str, list[Number], int, bool] | None:
    """The word, the ``count`` figures, where they start and whether they are one figure said of all, of the excess
    list at ``after``: ``跑输基准Z1%、Z2%``, or ``均跑输基准0.67个百分点``."""
    listed = _EXCESS_LIST.match(text[after:])
    if listed is not None:
        values = [parse_number(n) for n in re.findall(NUMBER, listed.group("nums"))]
        start = after + listed.start("nums")
        return (listed.group("word"), values, start, False) if len(values) == count else None
    one = _EXCESS_PROSE.match(text[after:])
    if one is None or "均" not in text[after : after + one.start("word")]:
        return None
    return one.group("word"), [parse_number(one.group("num"))] * count, after + one.start("num"), True


_BASE_STATED = lazy_compile(
    rf"基准(?:\([^()%]{{0,24}}\))?(?:收益率|增长率|收益|(?P<verb>增长|上涨|下跌|涨|跌))(?:为|是|了)?\s*(?P<num>{NUMBER})%"
)


def _stated_before(text: str, end: int) -> Number | None:
    """The benchmark's return the sentence stated last before ``end``, when both are of one stage and the list
    at ``end`` names at most one stage (过去六个月和过去一年…分别: each stage has its own benchmark return)."""
    stage = _stage_before(text, end)
    if len(_STAGE_RE.findall(text, clause_start(text, end), end)) > 1:
        return None
    stated = [m for m in _BASE_STATED.finditer(text, 0, end) if _stage_before(text, m.start("num")) == stage]
    if not stated:
        return None
    return _by_verb(parse_number(stated[-1].group("num")), stated[-1].group("verb"))
