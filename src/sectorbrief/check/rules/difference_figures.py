"""Differences whose two sides are no index the alias table knows: a fund and its 业绩比较基准, a stock and the
market, a strategy and its benchmark. Their figures are the levels their sentence states before the difference.

``过去三个月，基金份额净值增长率为4.76%，同期业绩比较基准收益率为4.67%，基金跑赢基准0.19个百分点``: 4.76 − 4.67
= 0.09, not 0.19.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sectorbrief.check.claim_types import NUMBER, Number, clause_start, parse_number
from sectorbrief.check.entities import Entity
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.rules.difference_parts import WORD, Figure, Judged, Stated, judge

# A figure that is a level of something (上涨3.2%, 收益率为4.67%, 跌幅达11.75%, (+1.08%)), read without a name.
_LEVEL = lazy_compile(rf"(?P<num>{NUMBER})\s*%")
_LEVEL_WORD = lazy_compile(r"涨|跌|收益|回报|增长|增速|率|为|达|录得|报|升|降|\($")
_NOT_LEVEL = lazy_compile(r"占比|占|换手|仓位|权重|概率|分位|比例|份额$")
_FALLING = lazy_compile(r"(?:下跌|(?<!涨)跌幅|下降|下滑|回落|减少|降|(?<!涨)跌)[^涨]{0,6}$")
_OWN_AFTER = lazy_compile(r"的\s*[+-]?$")
_KEY = lazy_compile(r"(?:\s|于|了|同期|可比|的|分别|为|是|达)*+(?P<key>[\u4e00-\u9fffA-Za-z]{2})")
_DIGIT = lazy_compile(r"\d")
# a label's loose edges: punctuation before, and an opening bracket, 的 or 为 after (较上证指数(下跌 → 较上证指数下跌)
_LABEL_EDGES = lazy_compile(r"^[^\u4e00-\u9fffA-Za-z0-9]+|[\s(的为]+$|\(")
_ENTITY_NAMES = lazy_compile(
    r"(?:沪深|中证|上证|深证|国证|创业板|科创|恒生|标普|纳斯达克|HS|CSI)\s*\d+|\d+\s*(?:指数|成分)"
)


def by_figures(
    sentence: Sentence,
    m: re.Match[str],
    fig: re.Match[str],
    stated: list[Stated],
    since: int,
    benchmarks: tuple[Entity, ...],
) -> list[Judged]:
    """A difference whose sides are no index the alias table knows (a fund and its 业绩比较基准, a stock): the
    figures its sentence states before it. One difference takes the two figures before it (or the last one
    and a figure of Y's between the word and it: 落后同期可比偏股型基金-6.36%回报率0.31个百分点), X the one
    whose clause does not name Y (with no Y named, only the size is checked). 分别 differences take one more
    figure than they are: Y's is the one whose clause names Y (or, with no Y named, one of ``benchmarks``),
    or, when all but one clause name them, the others are Y's and the one left is X's (一个行业 against
    同期沪深300、万得全A). Only figures after the sentence's previous difference (``since``) count; figures
    of different periods, or more or fewer than that, are not read."""
    text = sentence.text
    own = list(_levels(sentence, m.end(), fig.start()))
    if not own and _DIGIT.search(_ENTITY_NAMES.sub("", text[m.end() : fig.start()])):
        return []  # 相对1季度6.77%: another figure between the word and the difference
    before = list(_levels(sentence, since, m.start()))
    if len(stated) == 1 and len(own) == 1 and before:
        return [judge(stated[0], before[-1], own[0])]
    if (
        own
        or len(before) != len(stated) + 1
        or len({sentence.period_at(f.start) for f in before} - {None}) > 1
    ):
        return []
    key = _KEY.match(text, m.end(), fig.start())
    if key is None and len(stated) > 1:  # 周相对收益率分别为…: Y is the figure whose clause names a benchmark
        named = [
            f for f in before if any(clause_start(text, f.start) <= e.start < f.start for e in benchmarks)
        ]
    else:
        named = [f for f in before if key and key.group("key") in text[clause_start(text, f.start) : f.start]]
    if len(stated) == 1 and not named:  # no side named: which figure is X is a guess, so only the size counts
        unsigned = replace(stated[0], direction=0)
        return [] if key or stated[0].hedge else [judge(unsigned, *before)]
    if len(stated) > 1 and len(named) == len(stated):  # 同期沪深300、万得全A涨跌幅分别为…，超额收益分别为…
        (x,) = [f for f in before if f not in named]
        return [judge(s, x, y) for y, s in zip(named, stated, strict=True)]
    if len(named) != 1:
        return []
    y = named[0]
    xs = [f for f in before if f is not y]
    return [judge(s, x, y) for x, s in zip(xs, stated, strict=True)]


def _levels(sentence: Sentence, a: int, b: int) -> list[Figure]:
    """The level figures between ``a`` and ``b``, signed by a falling word before them (跌幅达11.75%: −11.75),
    less those that are a difference themselves (跑赢大盘0.5%) or a share (占比12%)."""
    text = sentence.text
    out = []
    for m in _LEVEL.finditer(text, a, b):
        start = clause_start(text, m.start())
        lead = text[max(start, m.start() - 8) : m.start()]
        word = WORD.search(text, start, m.start())
        own = _OWN_AFTER.search(lead)
        if not (_LEVEL_WORD.search(lead) or own) or _NOT_LEVEL.search(lead) or (word and not own):
            continue  # 跑赢大盘0.5% is a difference; 跑赢基准的49.57% is Y's own figure
        value = parse_number(m.group("num"))
        if _FALLING.search(lead) and value.value > 0 and not m.group("num").startswith("+"):
            value = Number(-value.value, value.decimals, "-" + value.text)
        label = _LABEL_EDGES.sub("", text[max(start, m.start() - 12) : m.start()])
        out.append(Figure("", label, value, sentence, m.start(), m.end()))
    return out
