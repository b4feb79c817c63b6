"""Market claims in report text: returns, excess returns (跑赢/跑输/超额/相对收益) and ranks.

Each paragraph is normalised and split into sentences; claims carry the period they belong to
(week, month, ytd or None), the sentence they came from and its location.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sectorbrief.check.entities import Entity, find_entities, universe_near
from sectorbrief.check.normalise import normalise
from sectorbrief.check.read import Paragraph

NUMBER = r"[+-]?\d+(?:\.\d+)?"
_PERIODS = (
    ("ytd", r"年初至今|年初至|年初以来|今年以来|年内累计|年初累计|YTD|\d{4}年以来|\d{4}年初"),
    (
        "month",
        r"本月|上月|当月|月度|(?<![个\d])月内|月涨跌幅|全月|(?<![\d年至-])\d{1,2}月(?![\d份日底末初中])",
    ),
    ("week", r"上周|本周|当周|周内|周涨跌幅|周度|一周|周五收盘|周线"),
)
_PERIOD_RE = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _PERIODS))
_SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_RETURN_RE = re.compile(
    rf"(?P<verb>累计上涨|累计下跌|累计涨幅为?|累计跌幅为?|上涨|下跌|上升|下降|收涨|收跌|涨跌幅为?|涨幅为?|跌幅为?|涨|跌|录得)"
    rf"(?:了|达|约|为)?\s*(?P<nums>{NUMBER}%(?:\s*(?:和|、|与|及)\s*{NUMBER}%)*)(?!\s*(?:至|以上|以下|之间|左右|-|~))"
)
_DIRECTION_RE = re.compile(r"跑赢|跑输|超越|落后于|落后|强于|弱于|优于|不及|逊于")
_RELATIVE_RE = re.compile(r"相对于|相对|较")
_EXCESS_WORD = re.compile(r"(?:的)?(?:超额收益率?|超额回报|超额|相对收益率?|相对涨幅|收益率?差)")
_NUMS_RE = re.compile(
    rf"\s*(?:分别)?(?:为|达到?|是|约|高达)?\s*(?P<nums>{NUMBER}(?:\s*(?:和|、|与|及|/)\s*{NUMBER})*)"
    r"\s*(?P<unit>个百分点|个pct|pct|pcts|pp|个点|%)"
)
_BRACKET_RE = re.compile(
    rf"^(?:指数)?(?:的)?(?:本周|上周|同期)?(?:涨幅|涨跌幅|收益率|收益|表现)?"
    rf"\(\s*(?P<verb>上涨|下跌|涨幅|跌幅|涨|跌)?\s*(?P<num>{NUMBER})\s*%\)"
)
_RANK_RE = re.compile(
    r"(?:排名|排|位列|位居|位于|居|列)(?P<gap>[^，,。；]{0,24}?)(?P<rev>倒数)?"
    r"(?:第(?P<n>\d+)(?:位|名)?(?:/(?P<of>\d+))?|(?P<n2>\d+)(?:位|名)|(?P<n3>\d+)/(?P<of3>\d+))"
)
# A move in rank (排名较上周上升3位) is not a rank.
_RANK_MOVE = re.compile(r"(?:上升|下降|提升|下滑|前进|后退)$")
_JOINER = re.compile(r"\s*(?:和|、|与|及|以及)\s*")
# Between an index and its verb these mean the figure is not the index's return (成交额上涨20%).
_NOT_A_RETURN = re.compile(
    r"成交|换手|估值|市盈|PE|市值|融资|融券|利润|收入|营收|出货|价格|销量|产量|环比|同比|股息|资金|份额|净值"
)
_NEGATIVE_VERBS = ("下跌", "跌", "下降", "收跌", "累计下跌", "跌幅", "累计跌幅")


@dataclass(frozen=True)
class Sentence:
    text: str
    location: str
    paragraph: int
    periods: tuple[tuple[int, str], ...] = field(default=())
    index: int = 0

    def period_at(self, pos: int) -> str | None:
        before = [p for at, p in self.periods if at <= pos]
        if before:
            return before[-1]
        return self.periods[0][1] if self.periods else None


@dataclass(frozen=True)
class Number:
    value: float
    decimals: int
    text: str


def parse_number(text: str) -> Number:
    text = text.strip()
    decimals = len(text.split(".")[1]) if "." in text else 0
    return Number(float(text), decimals, text)


@dataclass(frozen=True)
class ReturnClaim:
    entity: Entity
    value: Number
    period: str | None
    sentence: Sentence
    start: int
    end: int
    bracketed: bool = False


@dataclass(frozen=True)
class ExcessClaim:
    subject: Entity | None
    benchmark: Entity
    value: Number
    direction: int
    unit: str
    period: str | None
    sentence: Sentence
    start: int
    end: int
    word: str


@dataclass(frozen=True)
class RankClaim:
    subject: Entity | None
    rank: int
    universe: int | None
    classification: str
    period: str | None
    sentence: Sentence
    start: int
    end: int


@dataclass
class Claims:
    sentences: list[Sentence] = field(default_factory=list)
    returns: list[ReturnClaim] = field(default_factory=list)
    excess: list[ExcessClaim] = field(default_factory=list)
    ranks: list[RankClaim] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.returns) + len(self.excess) + len(self.ranks)


def split_sentences(paragraphs: list[Paragraph]) -> list[Sentence]:
    """Normalised sentences; a sentence with no period word inherits its paragraph's last one."""
    out: list[Sentence] = []
    for index, paragraph in enumerate(paragraphs):
        carried: str | None = None
        for m in _SENTENCE_RE.finditer(normalise(paragraph.text)):
            text = m.group(0).strip()
            if not text:
                continue
            periods = tuple((p.start(), str(p.lastgroup)) for p in _PERIOD_RE.finditer(text))
            if not periods and carried:
                periods = ((0, carried),)
            if periods:
                carried = periods[-1][1]
            out.append(Sentence(text, paragraph.location, index, periods, len(out)))
    return out


def extract(paragraphs: list[Paragraph]) -> Claims:
    claims = Claims(sentences=split_sentences(paragraphs))
    for sentence in claims.sentences:
        entities = find_entities(sentence.text)
        if not entities:
            continue
        returns = _returns(sentence, entities)
        claims.returns.extend(returns)
        claims.excess.extend(_excess(sentence, entities, returns))
        claims.ranks.extend(_ranks(sentence, entities))
    return claims


def _clause_start(text: str, pos: int) -> int:
    cut = max(text.rfind(c, 0, pos) for c in "，,；;：:")
    return cut + 1


def _returns(sentence: Sentence, entities: list[Entity]) -> list[ReturnClaim]:
    out: list[ReturnClaim] = []
    text = sentence.text
    for m in _RETURN_RE.finditer(text):
        values = re.findall(NUMBER, m.group("nums"))
        clause = _clause_start(text, m.start())
        owners = [e for e in entities if clause <= e.start and e.end <= m.start()]
        if len(values) > 1:
            owners = owners[-len(values) :] if len(owners) >= len(values) else []
        elif owners:
            owners = owners[-1:]
        if len(owners) != len(values) or _intervening_direction(text, owners, m.start()):
            continue
        if _RELATIVE_RE.search(text, clause, m.start()) or _NOT_A_RETURN.search(
            text, owners[-1].end, m.start()
        ):
            continue
        sign = -1.0 if m.group("verb") in _NEGATIVE_VERBS else 1.0
        for owner, raw in zip(owners, values, strict=True):
            number = parse_number(raw)
            value = sign * abs(number.value) if sign < 0 or not raw.startswith(("-", "+")) else number.value
            out.append(
                ReturnClaim(
                    owner,
                    Number(value, number.decimals, raw),
                    sentence.period_at(m.start()),
                    sentence,
                    owner.start,
                    m.end(),
                )
            )
    for e in entities:
        b = _BRACKET_RE.match(text[e.end :])
        if b:
            number = parse_number(b.group("num"))
            if b.group("verb") in _NEGATIVE_VERBS:
                number = Number(-abs(number.value), number.decimals, number.text)
            out.append(
                ReturnClaim(e, number, sentence.period_at(e.start), sentence, e.start, e.end + b.end(), True)
            )
    return out


def _intervening_direction(text: str, owners: list[Entity], pos: int) -> bool:
    """True when a 跑赢/跑输 word sits between the owner and the verb (the entity is a benchmark object)."""
    return bool(owners) and bool(
        _DIRECTION_RE.search(text, owners[0].start - 3 if owners[0].start >= 3 else 0, pos)
    )


_LIST_LEAD = re.compile(r"(?:\s|了|同期|于)*")
_AFTER_ENTITY = re.compile(r"(?:指数)?(?:的)?(?:涨幅|涨跌幅|收益率|表现)?")


def _entity_list(text: str, pos: int, entities: list[Entity]) -> tuple[list[Entity], int]:
    """Entities joined by 和/、 from ``pos`` (a bracketed return after one is skipped)."""
    by_start = {e.start: e for e in entities}
    found: list[Entity] = []
    while True:
        pos = _LIST_LEAD.match(text, pos).end()  # type: ignore[union-attr]
        entity = by_start.get(pos)
        if entity is None:
            break
        found.append(entity)
        pos = entity.end
        b = _BRACKET_RE.match(text[pos:])
        skip = _AFTER_ENTITY.match(text, pos)
        pos += b.end() if b else (skip.end() - pos if skip else 0)
        joiner = _JOINER.match(text, pos)
        if not joiner:
            break
        pos = joiner.end()
    return found, pos


def _subject(
    returns: list[ReturnClaim], entities: list[Entity], benches: list[Entity], pos: int
) -> Entity | None:
    """Who outperformed: the index just before the 跑赢 in its clause, else the last other index with a return."""
    keys = {b.key for b in benches}
    clause = _clause_start(returns[0].sentence.text, pos) if returns else pos
    named = [e for e in entities if clause <= e.start < pos and e.key not in keys]
    if named:
        return named[-1]
    prior = [r.entity for r in returns if r.start < pos and r.entity.key not in keys]
    industries = [e for e in prior if not e.is_benchmark]
    if industries or prior:
        return (industries or prior)[-1]
    candidates = [e for e in entities if e.start < pos and e.key not in keys and not e.is_benchmark]
    return candidates[0] if candidates else None


def _excess(sentence: Sentence, entities: list[Entity], returns: list[ReturnClaim]) -> list[ExcessClaim]:
    out: list[ExcessClaim] = []
    text = sentence.text
    for m in _DIRECTION_RE.finditer(text):
        out.extend(_excess_after(sentence, entities, returns, m.end(), m.start(), m.group(0)))
    for m in _RELATIVE_RE.finditer(text):
        benches, pos = _entity_list(text, m.end(), entities)
        word = _EXCESS_WORD.match(text, pos)
        if benches and word:
            out.extend(_excess_after(sentence, entities, returns, m.end(), m.start(), word.group(0)))
    return out + _orphan_excess(sentence, entities, returns, {e.end for e in out})


_ORPHAN_RE = re.compile(r"(?<!相对)(?P<word>超额收益率?|超额回报|相对收益率?)")


def _orphan_excess(
    sentence: Sentence, entities: list[Entity], returns: list[ReturnClaim], taken: set[int]
) -> list[ExcessClaim]:
    """超额收益 with no benchmark named beside it: the sentence's only benchmark is meant."""
    benches = {e.key: e for e in entities if e.is_benchmark}
    if len(benches) != 1:
        return []
    bench = next(iter(benches.values()))
    out: list[ExcessClaim] = []
    for m in _ORPHAN_RE.finditer(sentence.text):
        nums = _NUMS_RE.match(sentence.text, m.end())
        if not nums or nums.end() in taken or len(re.findall(NUMBER, nums.group("nums"))) != 1:
            continue
        value = parse_number(nums.group("nums"))
        subject = _subject(returns, entities, [bench], m.start())
        out.append(
            ExcessClaim(
                subject,
                bench,
                value,
                1 if value.value >= 0 else -1,
                nums.group("unit"),
                sentence.period_at(m.start()),
                sentence,
                m.start(),
                nums.end(),
                m.group("word"),
            )
        )
    return out


def _excess_after(
    sentence: Sentence, entities: list[Entity], returns: list[ReturnClaim], pos: int, start: int, word: str
) -> list[ExcessClaim]:
    text = sentence.text
    benches, pos = _entity_list(text, pos, entities)
    excess_word = _EXCESS_WORD.match(text, pos)
    if excess_word:
        pos = excess_word.end()
    nums = _NUMS_RE.match(text, pos)
    if not benches or not nums:
        return []
    values = [parse_number(v) for v in re.findall(NUMBER, nums.group("nums"))]
    if len(values) != len(benches):
        return []
    subject = _subject(returns, entities, benches, start)
    negative = word in ("跑输", "落后", "落后于", "弱于", "不及", "逊于")
    relative = not _DIRECTION_RE.fullmatch(word)
    out = []
    for bench, value in zip(benches, values, strict=True):
        direction = (1 if value.value >= 0 else -1) if relative else (-1 if negative else 1)
        out.append(
            ExcessClaim(
                subject,
                bench,
                value,
                direction,
                nums.group("unit"),
                sentence.period_at(start),
                sentence,
                start,
                nums.end(),
                word,
            )
        )
    return out


def _ranks(sentence: Sentence, entities: list[Entity]) -> list[RankClaim]:
    out: list[RankClaim] = []
    text = sentence.text
    for m in _RANK_RE.finditer(text):
        if _RANK_MOVE.search(m.group("gap")):
            continue
        universe, classification = universe_near(text[max(0, m.start() - 30) : m.end()])
        of = m.group("of") or m.group("of3")
        if of:
            universe = int(of)
        if universe is None and "行业" not in text and "板块" not in text:
            continue
        rank = int(m.group("n") or m.group("n2") or m.group("n3"))
        if m.group("rev"):
            if universe is None:
                continue
            rank = universe + 1 - rank
        industries = [e for e in entities if e.start < m.start() and not e.is_benchmark]
        subject = industries[-1] if industries else None
        out.append(
            RankClaim(
                subject,
                rank,
                universe,
                classification,
                sentence.period_at(m.start()),
                sentence,
                m.start(),
                m.end(),
            )
        )
    return out
