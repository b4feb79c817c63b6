"""What a clause's figure is of: the index it names, else the noun phrase that opens it, else a subject lent by
the clause just before (沪指报3028.04点，涨幅0.38%).

A subject is written one way: an index as ``=name|level|cls`` (entities.find_entities; 申万 and 中信 机械 are two
indices, an unprefixed 机械 is compared with either), a phrase with its period words, dates, brackets, FILLER and
板块/行业/指数 endings taken off. Used by the restatements rule (restatement_figures.py, restatement_pairs.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

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
    text: str,
    start: int,
    end: int,
    entities: list[Entity],
    earlier: Sequence[tuple[int, int, str]],
    context: Callable[[], str | None] | None = None,
) -> str | None:
    """The subject of a figure whose clause runs from ``start`` to its measure at ``end``: the clause's index,
    else its opening noun phrase, else the subject of the sentence so far, else (when the sentence names
    nothing before it) the subject its paragraph established (``context``, see carried_subject). ``earlier``:
    the sentence's figures before it, as (start, end, subject)."""
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
    if candidates:
        return max(candidates)[1]
    if context is None or earlier or any(e.start < start for e in entities) or not _bare(text[:end]):
        return None  # the sentence names something before the figure: not the paragraph's subject
    carried = context()
    return carried if carried is not None and fits(text[start:end], carried) else None


def _bare(lead: str) -> bool:
    """Whether a sentence's words up to a figure's measure name nothing: only period words, dates, filler and
    a generic or referring word (该指数, 公司, 截至收盘，…)."""
    return phrase(_COMMAS.sub("", lead)) in GENERIC


_COMMAS = lazy_compile(r"[，,]")
# 该指数/指数 refers to an index, 该板块/行业 to an industry, 公司/该股/个股 to a company
_INDEX_WORD = lazy_compile(r"指数|股指")
_COMPANY_WORD = lazy_compile(r"公司|股价|该股|个股|此股")


def fits(lead: str, carried: str) -> bool:
    """Whether a clause opening with ``lead`` (该指数, 公司, nothing) may refer to the subject ``carried``: an
    index word to an index, an industry word to an industry, a company word to a name that is no index, and
    nothing but an index."""
    if _COMPANY_WORD.search(lead):
        return not carried.startswith("=")
    if "行业" in lead:  # 零食板块 … 行业PE: the industry, not its sub-industry
        return carried.startswith("=") and carried.split("|")[1] in ("l1", "generic")
    if "板块" in lead:
        return carried.startswith("=") and carried.split("|")[1] in ("l1", "l2", "generic")
    # a clause naming nothing (最终收报26458点) continues an index; a company's figure needs 公司 or 该股 (a
    # sentence after a stock's may state another quantity of its own)
    return carried.startswith("=")


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
