"""A year's low or high point of an index (全年最低点, 年内最高点, 创年内新低) against a lower or higher level
the text states for the same index in that year.

``全年最低点出现在12月27日(上证指数2483点)`` cannot stand beside ``上证指数从3200点跌至2449点`` in the same
year's review. The record is the first level (``2483点``) after the record word in its sentence, of the
index named nearest before that level (or before the record word). The other levels are those the text
says the index reached (``跌至``, ``下探``, ``最低``, ``跌破`` for a low; ``冲高至``, ``涨至``, ``最高``, ``突破``,
``站上`` for a high), of the index named nearest before them in their sentence, in a sentence that names
no other year than the record's (a review quoting 2015's low is not this year's) and no 历史/以来 span.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.taxonomy.aliases import index_name

_NAMES = (
    r"上证综合指数|上证综指|上证指数|沪指|深证成份指数|深证成指|深成指|创业板指数|创业板指|沪深300指数|沪深300|"
    r"上证50指数|上证50|中证500指数|中证500|中证1000指数|中证1000|科创50指数|科创50|北证50指数|北证50|"
    r"恒生指数|恒指|恒生科技指数|国企指数|道琼斯指数|道指|纳斯达克指数|纳指|标普500指数|标普500|日经225指数|台股加权指数"
)
_INDEX = lazy_compile(_NAMES)
_RECORD = lazy_compile(
    r"(?P<span>全年|年内|年度|本年|今年)(?:的)?(?:新)?(?P<word>最低点|最低位|最低|新低|最高点|最高位|最高|新高)"
)
_SPANS = ("全年", "年内", "年度", "本年", "今年")
_LEVEL = lazy_compile(r"(?<![\d.])(?P<num>\d{3,5}(?:\.\d+)?)\s*点")
_LOW_VERB = r"跌至|跌到|下探至?|探至|低至|最低至?|最低下探至?|跌破|一度跌至|回落至|探底至?"
_HIGH_VERB = r"冲高至|冲至|涨至|升至|最高至?|最高冲至|突破|站上|高至|摸高至?|上摸|反弹至|反弹到"
_REACHED = lazy_compile(rf"(?P<verb>{_LOW_VERB}|{_HIGH_VERB})\s*(?P<num>\d{{3,5}}(?:\.\d+)?)\s*点")
_LOWS = set(_LOW_VERB.split("|"))
_YEAR = lazy_compile(r"(?<!\d)((?:19|20)\d\d)年")
_SPAN = lazy_compile(r"历史|以来|历年|上一轮|上轮|前期|同期")


def _index_before(text: str, pos: int) -> str | None:
    found = [m.group(0) for m in _INDEX.finditer(text, 0, pos)]
    return index_name(found[-1]) if found else None


def check_level_records(claims: Claims) -> list[Finding]:
    records = [
        (s, m, level, index)
        for s in claims.sentences
        if ("最" in s.text or "新" in s.text) and any(word in s.text for word in _SPANS)
        for m in _RECORD.finditer(s.text)
        for level, index in [_record_level(s.text, m)]
        if level is not None and index is not None
    ]
    if not records:
        return []
    first_year = next((m.group(1) for s in claims.sentences for m in [_YEAR.search(s.text)] if m), None)
    reached = [(s, m) for s in claims.sentences if "点" in s.text for m in _REACHED.finditer(s.text)]
    out: list[Finding] = []
    for sentence, record, level, index in records:
        found = _check(sentence, record, level, index, reached, first_year)
        if found is not None:
            out.append(found)
    return out


def _record_level(text: str, record: re.Match[str]) -> tuple[re.Match[str] | None, str | None]:
    """The level a record word gives (the first after it, close by, in its sentence) and its index."""
    level = _LEVEL.search(text, record.end(), min(len(text), record.end() + 30))
    if level is None or "。" in text[record.end() : level.start()]:
        return None, None
    return level, _index_before(text, level.start())


def _check(
    sentence: Sentence,
    record: re.Match[str],
    level: re.Match[str],
    index: str,
    reached: list[tuple[Sentence, re.Match[str]]],
    first_year: str | None,
) -> Finding | None:
    text = sentence.text
    years = set(_YEAR.findall(text)) or ({first_year} if first_year else set())
    low = record.group("word") in ("最低点", "最低位", "最低", "新低")
    value = float(level.group("num"))
    for other, m in reached:
        if other is sentence and m.start() <= level.end() and m.end() >= level.start():
            continue
        if (m.group("verb") in _LOWS) != low or _index_before(other.text, m.start()) != index:
            continue
        clause = other.text[max(other.text.rfind(c, 0, m.start()) for c in "，,；;。") + 1 : m.end()]
        if _SPAN.search(clause) or not set(_YEAR.findall(other.text)) <= years:
            continue
        stated = float(m.group("num"))
        if (stated < value) if low else (stated > value):
            word = "low" if low else "high"
            return finding(
                "error",
                "rank",
                f"{record.group(0)} of {index} is given as {level.group(0)}, but the text says it "
                f"{m.group('verb')} {m.group('num')}点 at {other.location} (「{clause}」), "
                f"{'below' if low else 'above'} that: the {word} is at {'most' if low else 'least'} {m.group('num')}点 "
                f"({'lower' if low else 'higher'} than stated) or a level is wrong",
                sentence,
                record.start(),
                level.end(),
            )
    return None
