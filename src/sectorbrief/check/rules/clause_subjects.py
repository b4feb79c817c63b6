"""What a clause's figure is of: the index it names, else the noun phrase that opens it, else a subject lent by
the clause just before (沪指报3028.04点，涨幅0.38%).

A subject is written one way: an index as ``=name|level|cls`` (entities.find_entities; 申万 and 中信 机械 are two
indices, an unprefixed 机械 is compared with either), a phrase with its period words, dates, brackets, FILLER and
板块/行业/指数 endings taken off. Used by the restatements rule (restatement_figures.py, restatement_pairs.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sectorbrief.check.claim_types import FILLER, clause_start
from sectorbrief.check.entities import Entity
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE

_DATES = lazy_compile(
    r"\d{4}[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?|\d{4}年|\d{1,2}月\d{1,2}日|\d{1,2}月|\d{1,2}日|\d{1,2}[:：]\d{2}"
)
_BRACKETS = lazy_compile(r"\([^()]*\)|【[^】]*】|\[[^\]]*\]")
_NOISE = lazy_compile(
    r"截至收盘|截止收盘|收盘时|收盘|收市|今日|今天|目前|最新|当前|全天|全日|半日|午间|早盘|尾盘|上午|下午|截至|截止|"
    r"数据显示|消息|统计|显示|方面|来看|看|的|以|今|为|在|了|报告期内|报告期|[\s\-—|｜:：“”\"'、·]"
)
_ENDINGS = lazy_compile(r"(?:板块|行业|指数|整体)+$")
GENERIC = frozenset(
    {"", "股价", "个股", "该股", "公司", "市场", "两市", "整体", "价格", "指数", "行业", "板块"}
)
_WORD = lazy_compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}")
# a phrase with a digit or a time word (上半年, 单日, 最多) is not a name
_NOT_A_NAME = lazy_compile(r"[\d年月周季日期次最单多少前后内间]")


def subject(
    text: str, start: int, end: int, entities: list[Entity], earlier: Sequence[tuple[int, int, str]]
) -> str | None:
    """The subject of a figure whose clause runs from ``start`` to its measure at ``end``: the clause's index,
    else its opening noun phrase, else the subject of the sentence so far. ``earlier``: the sentence's figures
    before it, as (start, end, subject)."""
    own = [e for e in entities if start <= e.start and e.end <= end and not open_bracket(text, e.start)]
    if own:
        if re.search(r"\d", _DATES.sub("", _BRACKETS.sub("", text[own[-1].end : end]))):
            return None
        return entity_subject(own[-1])
    words = phrase(text[start:end])
    if words is None:
        return None
    if words not in GENERIC:
        return words
    # only the clause just before lends its subject (沪指报3028.04点，涨幅0.38%)
    previous = clause_start(text, start - 1) if start > 0 else start
    before = [
        e for e in entities if previous <= e.start and e.end <= start and not open_bracket(text, e.start)
    ]
    candidates = [(e.end, entity_subject(e)) for e in before]
    candidates += [(e_end, lent) for e_start, e_end, lent in earlier if e_start >= previous]
    return max(candidates)[1] if candidates else None


def entity_subject(e: Entity) -> str:
    """An index as a subject: its name and level, and its classification when stated (申万 and 中信 机械 are two
    indices; an unprefixed 机械 is compared with either)."""
    return f"={e.name}|{e.level}|{e.cls}"


def open_bracket(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket (基础化工(29.87亿元,涨1.04%) is a list entry, not a statement)."""
    wrapped = text.startswith("(") and text.endswith(")")  # (原标题：港股收评：恒指跌0.45%，…): a headline
    return text.count("(", 0, pos) - wrapped > text.count(")", 0, pos)


def phrase(lead: str) -> str | None:
    """The noun phrase that opens a clause, written one way; None when it is not a plain name."""
    if "看" in lead:  # 从分类指数看，… opens a list, not a subject
        return None
    words = _BRACKETS.sub("", lead)
    words = _DATES.sub("", words)
    words = PERIOD_RE.sub("", words)
    words = FILLER.sub("", words)
    words = _NOISE.sub("", words)
    words = _ENDINGS.sub("", words)
    if words in GENERIC:
        return words
    return words if _WORD.fullmatch(words) and not _NOT_A_NAME.search(words) else None
