"""The two sides of a stated difference: the other side Y named beside the word of difference, and the
subject X found walking back from it, each with its candidate figures (returns of the difference's period).

Returns are indexed once by sentence, by (paragraph, index name) and by (index name, period), so each side
is looked up in constant time; a sentence's names are read once (the reader visits it for every word).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from sectorbrief.check.claim_types import FILLER, NUMBER, Number, ReturnClaim, clause_start, parse_number
from sectorbrief.check.entities import Entity, find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.rules.difference_parts import WORD, Figure, in_brackets

# a bracketed figure of Y (跑输沪深300(涨幅4.97%)3.54个百分点, 跑赢大盘(本周上涨1.80%)1.52个百分点)
_BRACKET = lazy_compile(
    rf"\((?:[^()%]{{0,12}}?)(?P<verb>上涨|下跌|涨幅为?|跌幅为?|涨跌幅为?|收益率?为?|涨|跌)?\s*(?P<num>{NUMBER})\s*%\s*\)"
)
_BRACKET_AFTER = lazy_compile(
    rf"\s*\((?P<name>[^()%]{{0,16}}?)(?P<verb>上涨|下跌|涨幅为?|跌幅为?|涨跌幅为?|收益率?为?|涨|跌)\s*(?P<num>{NUMBER})\s*%\s*\)"
)
# Y's figure before the difference (跑输沪深300指数10.39%的涨幅20.08个百分点)
_OF = lazy_compile(rf"(?P<num>{NUMBER})\s*%\s*(?:的|(?=区间))")
_OF_AFTER = lazy_compile(rf"的\s*(?P<num>{NUMBER})\s*%\s*$")
_MARKET = lazy_compile(r"大盘|大市|市场|全市场|万得全A|全A")


class Returns:
    """Return claims by sentence, by (paragraph, index name) and by (index name, period)."""

    def __init__(self, returns: list[ReturnClaim]) -> None:
        self.in_sentence: dict[int, list[ReturnClaim]] = defaultdict(list)
        self._in_paragraph: dict[tuple[int, str], list[ReturnClaim]] = defaultdict(list)
        self._of_period: dict[tuple[str, str | None], list[ReturnClaim]] = defaultdict(list)
        self._benchmarks: dict[int, list[ReturnClaim]] = defaultdict(list)
        for r in returns:
            self.in_sentence[r.sentence.index].append(r)
            self._in_paragraph[(r.sentence.paragraph, r.entity.name)].append(r)
            self._of_period[(r.entity.name, r.period)].append(r)
            if r.entity.level == "benchmark":
                self._benchmarks[r.sentence.paragraph].append(r)

    def of(self, entity: Entity, sentence: Sentence, period: str | None) -> list[ReturnClaim]:
        """``entity``'s returns of ``period``: in ``sentence`` first, then its paragraph, then the document
        (there only with a stated period on both sides)."""
        near = [
            r
            for r in self._in_paragraph.get((sentence.paragraph, entity.name), [])
            if _same(r.entity, entity) and periods_match(r.period, period)
        ]
        here = [r for r in near if r.sentence is sentence]
        if here or near:
            return here or near
        if period is None:
            return []
        return [r for r in self._of_period.get((entity.name, period), []) if _same(r.entity, entity)]

    def benchmarks(self, sentence: Sentence, period: str | None) -> list[ReturnClaim]:
        """The benchmarks' returns of ``period`` in ``sentence``'s paragraph (大盘, 市场)."""
        return [r for r in self._benchmarks.get(sentence.paragraph, []) if periods_match(r.period, period)]


def _same(a: Entity, b: Entity) -> bool:
    return a.name == b.name and (a.cls == b.cls or "" in (a.cls, b.cls))


def periods_match(a: str | None, b: str | None) -> bool:
    return a == b or None in (a, b)


_MARKET_ENTITY = Entity(0, 0, "", "大盘", "market")


def other_sides(
    sentence: Sentence, a: int, b: int, b_end: int, period: str | None, index: Returns
) -> list[tuple[Entity, list[Figure]]] | None:
    """The other sides named between the word and the figure (``a``..``b``; the figure ends at ``b_end``) and
    their candidate figures; None when there is none, one has no figure, or a figure between them is not one
    of theirs. A side's own return in brackets before or just after the figure is its figure."""
    text = sentence.text
    named = [e for e in entities(sentence) if a <= e.start < b]
    own = _BRACKET.search(text, a, b) or _OF.search(text, a, b) or _OF_AFTER.search(text, a, b)
    after = _BRACKET_AFTER.match(text, b_end)
    if after is not None and own is None:  # 跑输市场约1.30个百分点(沪深300上涨2.63%)
        inside = [e for e in entities(sentence) if after.start() <= e.start < after.end()]
        named = [e for e in named if e.level != "market"] or inside[:1]
        if len(named) > 1:
            return None
        side = named[0] if named else _MARKET_ENTITY
        return [(side, [_own_figure(sentence, after, side)])]
    rest = text[a:b]
    for span in [(e.start, e.end) for e in named] + ([own.span()] if own else []):
        rest = rest[: span[0] - a] + " " * (span[1] - span[0]) + rest[span[1] - a :]
    if re.search(r"\d", rest):
        return None
    if own is not None:
        if len(named) > 1:
            return None
        side = named[0] if named else _MARKET_ENTITY
        return [(side, [_own_figure(sentence, own, side)])]
    if not named:
        named = [_MARKET_ENTITY] if _MARKET.search(text, a, b) else []
    sides = []
    for e in dict.fromkeys(named):
        cands = index.benchmarks(sentence, period) if e.level == "market" else index.of(e, sentence, period)
        if not cands:
            return None
        sides.append((e, [_figure(r) for r in cands]))
    return sides or None


def _own_figure(sentence: Sentence, m: re.Match[str], side: Entity) -> Figure:
    value = parse_number(m.group("num"))
    verb = m.groupdict().get("verb") or ""
    if "跌" in verb and value.value > 0:
        value = Number(-value.value, value.decimals, "-" + value.text)
    return Figure(side.name, side.label, value, sentence, m.start(), m.end())


def _figure(r: ReturnClaim) -> Figure:
    return Figure(r.entity.name, r.entity.label, r.value, r.sentence, r.start, r.end)


def entities(sentence: Sentence) -> tuple[Entity, ...]:
    return _named_in(sentence.text)


@lru_cache(maxsize=64)
def _named_in(text: str) -> tuple[Entity, ...]:
    """The indices the alias table knows in ``text`` (a sentence is read several times)."""
    return tuple(e for e in find_entities(text) if e.level != "generic")


def subjects(
    sentence: Sentence, pos: int, others: set[str], period: str | None, index: Returns
) -> list[Figure]:
    """X's candidate figures. Walking back from ``pos``, the first of: an index named outside brackets that is
    not the other side of a difference (申万化工板块跑赢上证综指0.99个百分点，跑赢创业板指…: 化工), or a
    percentage that is the return of an index not among ``others`` (该板块上涨3.2%); a percentage that is no
    index's return stops the walk with none (表现最好的是国际工程承包，一周上涨0.07%，跑输…: an unknown subject).
    Percentages of ``others`` (沪深300指数上涨0.11%，跑输大盘1.35%) are passed. Without either, the last return of
    the sentence before, when its paragraph goes on."""
    text = sentence.text
    returns = [r for r in index.in_sentence.get(sentence.index, []) if r.start < pos]
    marks: list[tuple[int, Entity | ReturnClaim | None]] = [
        (e.end, e) for e in _subject_names(text) if e.end <= pos and e.name not in others
    ]
    for at in _percents(text, pos):
        owner = next((r for r in returns if r.start <= at < r.end), None)
        if owner is None or owner.entity.name not in others:
            marks.append((at + 1, owner))
    head = clause_start(text, pos)
    if _unknown_head(text[head:pos]) and all(at <= head for at, _ in marks):
        return []  # 国有大行跑赢沪深300指数…: a subject the alias table does not know opens the clause
    for _, mark in sorted(marks, key=lambda item: item[0], reverse=True):
        if mark is None:
            return []
        if isinstance(mark, Entity):
            return [_figure(r) for r in index.of(mark, sentence, period)]
        if mark.guessed:
            return []
        return [_figure(r) for r in index.of(mark.entity, sentence, period)] or [_figure(mark)]
    earlier = [
        r
        for r in index.in_sentence.get(sentence.index - 1, [])
        if r.sentence.paragraph == sentence.paragraph and r.entity.name not in others and r.period == period
    ]
    return [_figure(earlier[-1])] if earlier else []


_PERCENT = lazy_compile(r"\d%")
_HEAD_WORDS = lazy_compile(
    r"这一|这|此|显著|略微|略|稍|远|持续|进一步|全面|都|共|涨跌幅|涨幅|跌幅|收益率?|幅度|走势|今年以来|年初以来|以来|"
    r"[周月年日]|[^\u4e00-\u9fff]"
)


def _unknown_head(head: str) -> bool:
    """Whether a clause's words before its word of difference name something (two characters or more left
    when period words, fillers and adverbs are taken out)."""
    return len(_HEAD_WORDS.sub("", FILLER.sub("", PERIOD_RE.sub("", head)))) >= 2


_WORD_BEFORE = lazy_compile(rf"(?:{WORD.pattern})\s*(?:于|同期)?\s*$")


def _percents(text: str, pos: int) -> list[int]:
    """Where the percentages before ``pos`` end, outside brackets (a bracketed one is a side's own)."""
    return [at for at in _all_percents(text) if at < pos]


@lru_cache(maxsize=64)
def _all_percents(text: str) -> tuple[int, ...]:
    return tuple(m.start() for m in _PERCENT.finditer(text) if not in_brackets(text, 0, m.start()))


@lru_cache(maxsize=64)
def _subject_names(text: str) -> tuple[Entity, ...]:
    """The indices ``text`` names that may be a subject: not 大盘, not right after a word of difference (the
    other side), not in brackets."""
    return tuple(
        e
        for e in _named_in(text)
        if e.level != "market"
        and not _WORD_BEFORE.search(text, 0, e.start)
        and not in_brackets(text, 0, e.start)
    )


def listed_subjects(
    sentence: Sentence, pos: int, side: Entity, count: int, period: str | None, index: Returns
) -> list[list[Figure]]:
    """The candidate figures of each of the ``count`` subjects of a 分别 list of differences: the indices its
    clause lists before ``pos`` when there are ``count`` of them (证券、保险、多元金融板块相对沪深300的超额收益分别为
    …, their returns stated anywhere before), else the last ``count`` indices whose returns the sentence states
    before ``pos``, in order; none when there are fewer."""
    start = clause_start(sentence.text, pos)
    named = list(dict.fromkeys(e for e in _subject_names(sentence.text) if start <= e.start and e.end <= pos))
    if (
        len(named) == count
        and len({e.name for e in named}) == count
        and side.name not in {e.name for e in named}
    ):
        listed = [[_figure(r) for r in index.of(e, sentence, period)] for e in named]
        return listed if all(listed) else []
    before = [
        r for r in index.in_sentence.get(sentence.index, []) if r.start < pos and r.entity.name != side.name
    ]
    last = before[-count:]
    if len(last) < count or len({r.entity.name for r in last}) < count:
        return []
    return [[_figure(r)] for r in last]
