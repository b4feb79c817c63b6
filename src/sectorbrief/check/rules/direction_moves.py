"""A direction word against the levels or the move it summarises, within one sentence.

- a level against its base: ``成交总量为3141套,较前一周的2821套增长320套`` (the level stated just before against
  the base; a move between two stated levels, 由 a 增至 b, is read by level_directions.py);
- a bare word that closes a named index's clause against the index's own percentage move after it, with only
  its close between (``上周沪深300指数小幅上升，周五收盘3898.50点，全周下跌0.16%``);
- several named indices said to move together (``电子、计算机和通信均上涨``) against each one's return of the same
  period stated in the paragraph.

An error when the word disagrees with the figures beyond their rounding; a hedged or conditional clause
(预计, 若, 曾, 盘中 …) is not read.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import (
    NUMBER,
    Number,
    ReturnClaim,
    clause_start,
    other_subject_between,
    parse_number,
)
from sectorbrief.check.entities import Entity, find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance

HEDGE = lazy_compile(
    r"预计|预期|有望|或将|若|如果|假设|假如|一旦|曾经|曾|此前|相对|是否|能否|目标|要求|应当|需要"
)
# where a move between two levels may be stated (由…增至, 较上周的…下跌, …点，涨幅): looked ahead for first
_MAY_MOVE = lazy_compile(
    r"(?=[至到的点])(?:(?<=[升增降减涨跌回滑落提调低高大窄小])[至到]|的\s*\d|点\s*[，,]\s*[涨跌升降]幅)"
)


def check_moves(sentence: Sentence) -> list[Finding]:
    """Every direction word of ``sentence`` read against its own levels or move (see the module doc)."""
    text = sentence.text
    out: list[Finding] = []
    if ("至" in text or "到" in text or "较" in text or "比" in text or "点" in text) and _MAY_MOVE.search(
        text
    ):
        out += _level_moves(sentence)
    if "%" in text and _SUMMARY.search(text):
        out += _summaries(sentence)
    return out


_NUM = r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?"
_RISE_VERB = "上升|增加|提升|提高|扩大|回升|上涨|增长|攀升|上调|抬升|走高|升|增|涨"
_FALL_VERB = "下降|减少|降低|收窄|缩小|回落|下跌|下滑|下调|走低|降|减|跌"
# 较沪深300的3.0%高出0.9个百分点: words of more and less after a base
_MORE = "高出|多涨|超出|领先|高"
_LESS = "少涨|落后|低"
_CTX = r"(?:[^，。；;,\d]|\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日)"
_LEVEL_UNIT = r"\s*(?P<{0}s>万亿|亿|万)?(?P<{0}u>%|倍|点|元/吨|元/平方米|元|美元|吨|套|个百分点)?"
_SINCE = lazy_compile(  # 较上周的3700元/吨上涨, 较上年同期的30.1%下降, 较上周的80亿元有所增加
    r"[较比](?P<base>[\u4e00-\u9fffA-Za-z0-9]{0,8}?)(?:\([^()]{0,20}\))?的\s*"
    rf"(?P<b>{_NUM}){_LEVEL_UNIT.format('b')}\s*(?:有所|明显|大幅|小幅|略有|进一步|显著|继续)?\s*"
    rf"(?P<verb>{_MORE}|{_LESS}|{_RISE_VERB}|{_FALL_VERB})"
)
_LEVEL_BEFORE = lazy_compile(rf"(?<![\d.第,])(?P<a>{_NUM}){_LEVEL_UNIT.format('a')}(?![\d年月日位名])")
_FALL_WORD = lazy_compile(r"(?:下跌|下降|下滑|回落|跌|跌幅|降幅)\s*(?:了|为|约)?\s*$")


def _number(text: str) -> Number:
    return parse_number(text.replace(",", ""))


def _level_moves(sentence: Sentence) -> list[Finding]:
    text = sentence.text
    out: list[Finding] = []
    for m in _SINCE.finditer(text):
        level = _level_before(text, m)
        if level is None:
            continue
        a, b = _number(m.group("b")), _number(level.group("a"))
        found = _move(
            sentence, m, a, b, f"{level.group('a')} against {m.group('b')}", (level.start(), m.end())
        )
        if found is not None:
            out.append(found)
    return out


def _level_before(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The one level of the base's unit stated before 较 in its clause (else the clause before): the figure the
    base is compared with. None when unclear, hedged, or a fall's size read with a signed verb (下跌1.8%，较…增加)."""
    own = clause_start(text, m.start())
    lead = clause_start(text, max(own - 1, 0)) if own > 0 else 0
    if HEDGE.search(text, lead, m.start()):
        return None
    levels = [
        x
        for x in _LEVEL_BEFORE.finditer(text, lead, m.start())
        if (x.group("au") or "") == (m.group("bu") or "")
        and (x.group("as") or "") == (m.group("bs") or "")
        and text.count("(", lead, x.start()) <= text.count(")", lead, x.start())
    ]
    mine = [x for x in levels if x.start() >= own] or levels
    if len(mine) != 1 or (mine[0].start() < own and len(text[own : m.start()].strip()) > 2):
        return None  # unclear, or 较 opens a clause about another measure (…9000亿元，融资余额较上周的…)
    fall = _FALL_WORD.search(text, max(lead, mine[0].start() - 6), mine[0].start())
    if fall and m.group("verb") not in _SIZE_VERBS:
        return None
    return mine[0]


_SIZE_VERBS = ("收窄", "扩大", "缩小")
_SAYS = {
    (True, False): "the level rose",
    (False, False): "the level fell",
    (True, True): "the figure is above its base",
    (False, True): "the figure is below its base",
}
_OPPOSITE_VERB = {
    "扩大": "收窄", "收窄": "扩大", "缩小": "扩大", "增加": "减少", "减少": "增加", "上涨": "下跌", "下跌": "上涨",
    "提升": "下降", "提高": "降低", "降低": "提高", "增长": "下降", "回升": "回落", "回落": "回升", "增": "降",
    "降": "增", "升": "降", "涨": "跌", "跌": "涨", "高出": "低", "多涨": "少涨", "少涨": "多涨", "超出": "低",
    "领先": "落后", "落后": "领先", "高": "低", "低": "高",
}  # fmt: skip


def _move(
    sentence: Sentence,
    m: re.Match[str],
    a: Number,
    b: Number,
    basis: str,
    span: tuple[int, int],
    tail: str = "",
) -> Finding | None:
    """The verb of ``m`` against the change from ``a`` to ``b`` (magnitudes for 收窄/扩大/缩小)."""
    verb = m.group("verb")
    rise = re.fullmatch(f"{_MORE}|{_RISE_VERB}", verb) is not None
    x, y = (abs(a.value), abs(b.value)) if verb in _SIZE_VERBS else (a.value, b.value)
    gap = y - x
    if abs(gap) <= tolerance(a, b) or (gap > 0) == rise:
        return None
    return finding(
        "error",
        "arithmetic",
        f"'{verb}' says {_SAYS[rise, re.fullmatch(f'{_MORE}|{_LESS}', verb) is not None]}, but {basis} is a "
        f"change of {fmt(gap)}; "
        f"consistent would be {_OPPOSITE_VERB.get(verb, '下降' if rise else '上升')}{tail}",
        sentence,
        *span,
    )


# A bare direction word that closes the clause of a named index (沪深300指数小幅上升，…): a summary of its move.
_SUMMARY = lazy_compile(
    r"(?=[上下收走回反攀])(?P<word>上涨|下跌|上升|下降|收涨|收跌|走高|走低|回落|回升|反弹|下挫|攀升)(?=[，,；;。]|$)"
)
_RISE_SUMMARY = ("上涨", "上升", "收涨", "走高", "回升", "反弹", "攀升")
_CLAUSE_MOVE = lazy_compile(
    rf"(?P<verb>上涨|下跌|收涨|收跌|涨幅为?|跌幅为?|涨|跌)\s*(?:了)?\s*(?P<num>{NUMBER})\s*%"
)
_BOTH_WAYS = lazy_compile(
    r"冲高|探底|由涨转跌|由跌转涨|先涨后跌|先跌后涨|涨跌|震荡|未|没有|预计|有望|若|如果|盘中|一度|曾|此前|早盘|午后|尾盘|日内|开盘"
)
_CLAUSE_MARK = lazy_compile(r"[，,；;]")
_CLOSE = lazy_compile(
    r"\s*(?:周[一二三四五]|当日|今日)?(?:收盘|收报|收于|报收|报)(?:于|在|为)?\s*\d[\d,]*(?:\.\d+)?\s*点\s*$"
)
_FIGURE = lazy_compile(r"\d\s*(?:%|点|元|个百分点)")


def _summaries(sentence: Sentence) -> list[Finding]:
    """A bare direction word closing a named index's clause against the index's own move stated in a later
    clause of the sentence with no subject of its own (上周沪深300指数小幅上升，周五收盘3898.50点，全周下跌0.16%)."""
    text = sentence.text
    out: list[Finding] = []
    for m in _SUMMARY.finditer(text):
        own = clause_start(text, m.start())
        clause = text[own : m.start()]
        if "%" not in text[m.end() :] or not clause or _BOTH_WAYS.search(clause) or _FIGURE.search(clause):
            continue
        named = find_entities(clause)
        if len(named) != 1:
            continue
        stated = sentence.periods_in(own, m.start())
        found = _own_move(sentence, m.end(), stated)
        if found is None:
            continue
        move, value = found
        rise = m.group("word") in _RISE_SUMMARY
        if value == 0 or (value > 0) == rise:
            continue
        out.append(
            finding(
                "error",
                "contradiction",
                f"「{text[own : m.end()]}」 says {named[0].label} {'rose' if rise else 'fell'}, but "
                f"「{move}」 after it in the same sentence says it {'fell' if rise else 'rose'}; "
                f"consistent would be {'下跌' if rise else '上涨'}",
                sentence,
                own,
                min(len(text), m.end() + len(move) + 40),
            )
        )
    return out


def _own_move(sentence: Sentence, start: int, stated: list[str]) -> tuple[str, float] | None:
    """The first percentage move in the clauses after ``start`` that have no subject, index or other period of
    their own."""
    text = sentence.text
    for mark in _CLAUSE_MARK.finditer(text, start):
        end = _CLAUSE_MARK.search(text, mark.end())
        clause_end = end.start() if end else len(text)
        clause = text[mark.end() : clause_end]
        if find_entities(clause) or other_subject_between(text, mark.start(), clause_end):
            return None
        periods = sentence.periods_in(mark.end(), clause_end)
        if periods and (not stated or periods[-1] != stated[-1]) or _BOTH_WAYS.search(clause):
            return None
        move = _CLAUSE_MOVE.search(clause)
        if move is not None:
            value = parse_number(move.group("num")).value
            if "跌" in move.group("verb") and not move.group("num").startswith(("-", "+")):
                value = -value
            return move.group(0), value
        if not _CLOSE.match(clause):
            return None  # only the index's own close may stand between its word and its move
    return None


# 电子、计算机和通信本周均上涨: listed indices said to move one way together
_TOGETHER = lazy_compile(
    r"(?=[均都全悉集皆])(?:均|都|全部|全线|悉数|集体|皆)(?:小幅|大幅|明显)?"
    r"(?P<word>上涨|下跌|收涨|收跌|走高|走低|回落|上扬|下挫|飘红|收红|收绿)"
)
_RISE_TOGETHER = ("上涨", "收涨", "走高", "上扬", "飘红", "收红")
_MEMBER_GAP = lazy_compile(r"\s*(?:、|和|与|及|以及)\s*")
_LIST_TAIL = lazy_compile(r"(?:板块|行业|指数)?(?:本周|当周|周内|全周|当日|今日)?\s*$")


def check_together(sentence: Sentence, returns: list[ReturnClaim]) -> list[Finding]:
    """Listed indices said to move together against each one's return of the word's period in ``returns``
    (its paragraph's): a member stated to have moved the other way is an error naming it."""
    text = sentence.text
    out: list[Finding] = []
    for m in _TOGETHER.finditer(text):
        own = clause_start(text, m.start())
        if HEDGE.search(text, own, m.start()):
            continue
        members = _members(text[own : m.start()])
        if len(members) < 2:
            continue
        period = sentence.period_at(m.start())
        rise = m.group("word") in _RISE_TOGETHER
        for e in members:
            theirs = [
                r for r in returns if r.entity.name == e.name and r.period == period and r.period is not None
            ]
            if len({r.value.value for r in theirs}) != 1 or theirs[0].value.value == 0:
                continue
            r = theirs[0]
            if (r.value.value > 0) != rise:
                out.append(
                    finding(
                        "error",
                        "contradiction",
                        f"「{text[own : m.end()]}」 says every one {'rose' if rise else 'fell'}, but {e.label} "
                        f"{r.value.value:+.{r.value.decimals}f}% (at {r.sentence.location}, "
                        f"「{r.sentence.text[r.start : r.end]}」) {'fell' if rise else 'rose'}",
                        sentence,
                        own,
                        m.end(),
                    )
                )
                break
    return out


def _members(clause: str) -> list[Entity]:
    """The indices listed at the end of ``clause`` (电子、计算机和通信板块本周), joined by 、/和/与/及 only."""
    found = find_entities(clause)
    if not found or not _LIST_TAIL.fullmatch(clause, found[-1].end):
        return []
    run = [found[-1]]
    for e in reversed(found[:-1]):
        if not _MEMBER_GAP.fullmatch(clause, e.end, run[0].start):
            break
        run.insert(0, e)
    return run
