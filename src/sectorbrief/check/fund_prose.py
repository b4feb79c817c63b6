"""A fund's stated excess over its 业绩比较基准 as prose states it, and the claim every reader of one makes.

``基金份额净值增长率为-1.77%，同期业绩比较基准(中证新能源汽车指数)收益率为-1.80%，基金跑赢基准0.03个百分点``: the
fund's return, the benchmark's and the excess, in that order and close (fund_excess.py reads the tables and
calls these readers on each sentence). The benchmark's return may be one the sentence stated before for the same
stage, or, when the prose states none, its performance table's for that stage (``Open``, ``settled``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
STAGE_RE = lazy_compile(STAGE)
CLASS = lazy_compile(r"(?<![A-Za-z])(?P<cls>[A-Z])(?:类|份额)")
_BENCHMARK = Entity(0, 0, "", "业绩比较基准", "benchmark")


@dataclass(frozen=True, slots=True)
class FundExcess:
    """A stated excess (``claim``) and the fund's and the benchmark's returns it must be the difference of."""

    claim: ExcessClaim
    own: Number
    base: Number
    table: bool = False  # read from a performance table's row, not from prose


def made(
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
        share = list(CLASS.finditer(text, 0, own.start()))
        subject = (share[-1].group("cls") + "类") if share else "基金"
        start = after + excess.start("num")
        span = (start, start + len(excess.group("num")))
        if base is not None:
            bases[stage] = _by_verb(parse_number(base.group("num")), base.group("verb"))
        elif stage not in bases:
            if stage and opened is not None:
                opened.append(Open(sentence, subject, stage, value, own_value, span, word))
            continue
        yield made(sentence, subject, stage, value, own_value, bases[stage], span=span, word=word)


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
            yield made(o.sentence, o.subject, o.stage, o.value, o.own, base, span=o.span, word=o.word)


def prose_returns(sentence: Sentence) -> Iterator[tuple[str, Number, Number, int, int]]:
    """Each ``净值增长率为X%，同期业绩比较基准收益率为Y%`` of one sentence, with or without an excess after it: the
    stage named before it, the fund's and the benchmark's returns, and where the two are written."""
    text = sentence.text
    for own in _OWN_PROSE.finditer(text):
        base = _BASE_PROSE.match(text[own.end() :])
        if base is None:
            continue
        own_value = _by_verb(parse_number(own.group("num")), own.group("verb"))
        base_value = _by_verb(parse_number(base.group("num")), base.group("verb"))
        stage = _stage_before(text, own.start("num"))
        yield stage, own_value, base_value, own.start(), own.end() + base.end()


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
    stages = list(STAGE_RE.finditer(text, 0, end))
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
            yield made(
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
    if len(STAGE_RE.findall(text, clause_start(text, end), end)) > 1:
        return None
    stated = [m for m in _BASE_STATED.finditer(text, 0, end) if _stage_before(text, m.start("num")) == stage]
    if not stated:
        return None
    return _by_verb(parse_number(stated[-1].group("num")), stated[-1].group("verb"))
