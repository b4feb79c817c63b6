"""Any stated difference between two stated figures against their difference (a fallback rule).

``电子行业上涨3.20%，沪深300指数上涨1.46%，跑输沪深300指数1.74个百分点``: 3.20 − 1.46 = +1.74, so 跑输 is wrong.
The reader is general. A difference is a figure in 个百分点/pct/pp/bp/% within reach of a word of difference
(跑赢, 跑输, 超额收益, 相对收益, 相对, 领先, 落后, 高出, 低于, 强于, 弱于, 多涨, 少跌, 差距, 相差 …; 分别 lists of
figures, and runs of the word: 分别跑赢1.43pct、跑赢4.42pct), with its bound (超/逾/以上, 不到, 近, 约/左右).

Its other side Y is the index named between the word and the figure (any name the alias table knows; 大盘 or
市场 for the paragraph's benchmarks), or before the word after 较/相对/比 (较沪深300的相对收益为-4.12%); Y's own
figure may stand in brackets or after 的 beside it (跑输沪深300(涨幅4.97%)3.54个百分点, 跑输市场约1.30个百分点
(沪深300上涨2.63%)). Its subject X is found walking back from the word: the nearest index named outside
brackets that is not itself the other side of a difference, or the owner of the nearest return; an unknown name
opening the clause, or a percentage that is no index's return, means the subject is not known. X's and Y's
figures are their returns of the difference's period: from the sentence, then the paragraph, then the
document (there only with a stated period) (difference_sides.py). Sides no index names (a fund and its 业绩比较基准, a stock) are read
from the levels their sentence states (difference_figures.py).

A difference is wrong only when no pair of the candidate figures has it, within the rounding of all three
printed figures (difference_parts.py). A figure of another period, another measure (估值, 同比, 占比 …), an
unnamed benchmark (超额收益5.6%) or a change against an unstated level (较上周下行5bp) is not read. Slips
against one figure of Y that all imply the same other value of it are one finding about that figure.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import Number, clause_start, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import Entity
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.difference_figures import by_figures
from sectorbrief.check.rules.difference_parts import (
    WORD,
    Figure,
    Judged,
    Stated,
    findings,
    in_brackets,
    judge,
)
from sectorbrief.check.rules.difference_sides import Returns, entities, listed_subjects, other_sides, subjects

_POSITIVE = ("跑赢", "领先", "领先于", "高出", "高于", "强于", "优于", "好于", "多涨", "少跌", "超出", "超越")
_NEGATIVE = ("跑输", "落后", "落后于", "低于", "弱于", "差于", "劣于", "逊于", "少涨", "多跌")
_SIGNED = ("超额收益率", "超额收益", "超额回报", "超额", "相对收益率", "相对收益", "相对")
_UNSIGNED = ("差距", "相差", "差额", "差值", "之差", "利差", "价差")
_WORD = WORD
_OTHER_UNIT = lazy_compile(r"百分点|个点|基点|(?i:pct|pp|bp)")
_UNIT = r"(?P<unit>个百分点|百分点|(?i:个pct|pcts|pct|pp|bps|bp)|个基点|基点|个点|%)"
_UNIT_ONLY = r"(?:个百分点|百分点|(?i:个pct|pcts|pct|pp|bps|bp)|个基点|基点|个点|%)"
_NUMERALS = "一二两三四五六七八九十"  # 超三个百分点: a whole figure in words
_QUALIFIER = r"(?P<hedge>超过|超|逾|接近|近|约|不到|不足|大约)?"
# the figure (or 分别 list of figures) after the word and its other side, in the same clause
_FIGURES = lazy_compile(
    rf"{_QUALIFIER}\s*(?:(?P<nums>[+-]?\d+(?:\.\d+)?(?:\s*{_UNIT_ONLY}?\s*(?:、|和|与|及|/)\s*(?:跑赢|跑输)?\s*[+-]?\d+(?:\.\d+)?)*)"
    rf"|(?P<words>[{_NUMERALS}]{{1,3}})(?=个))\s*{_UNIT}(?P<tail>左右|以上|多)?"
)
_NUM = lazy_compile(r"[+-]?\d+(?:\.\d+)?")
_DIGIT = lazy_compile(rf"\d|[{_NUMERALS}]个")
_CLAUSE_END = lazy_compile(r"[，,；;。!！?？]")
# words between the figure and the side that make it something else than a difference of returns
_OTHER_MEASURE = lazy_compile(
    r"估值|市盈率|市净率|PE|PB|溢价|股息|收益率|毛利率|净利率|ROE|增速|同比|环比|占比|仓位|换手|成交|利率|"
    r"涨停|跌停|预期|一致|上周|上月|上期|前值|去年|历史|均值|平均|分位"
)
_RELATIVE_RETURN = lazy_compile(r"(?:的)?(?:超额)?收益率?(?:为|是|达)?$")
_FALLS = lazy_compile(r"跌幅$|跌幅(?:要|更|明显|显著)?$")
_BOUNDS_UP = ("超过", "超", "逾")
_BOUNDS_DOWN = ("不到", "不足")
_NEAR = ("接近", "近")
_APPROX = ("约", "大约")
_WORD_SCALE = {"bp": 0.01, "bps": 0.01, "个基点": 0.01, "基点": 0.01}


def check_differences(claims: Claims) -> list[Finding]:
    """Every difference read, compared; the errors. A difference an earlier rule already compared with its
    two returns (an excess claim it verified) is left to that rule's reading."""
    index = Returns(claims.returns)
    judged: list[Judged] = []
    compared = {(e.sentence.index, e.start) for e in claims.excess if id(e) in claims.verified}
    for sentence in claims.sentences:
        text = sentence.text
        if "%" not in text and not _OTHER_UNIT.search(text) or not _WORD.search(text):
            continue
        taken = since = 0
        for m in _WORD.finditer(text):
            if m.start() < taken:
                continue
            done = (sentence.index, m.start()) in compared
            found, taken = _read(sentence, m, index, since, done=done)
            since = max(since, taken if taken > m.end() else since)
            judged += found
    _verify(claims, judged)
    return findings([j for j in judged if not j.consistent])


def _verify(claims: Claims, judged: list[Judged]) -> None:
    """Record the excess claims whose figure a difference compared with two figures."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for j in judged:
        spans.setdefault(j.stated.sentence.index, []).append((j.stated.start, j.stated.end))
    for e in claims.excess:
        here = spans.get(e.sentence.index)
        if here and any(a <= e.start < b or e.start <= a < e.end for a, b in here):
            claims.verify(e)


def _read(
    sentence: Sentence, m: re.Match[str], index: Returns, since: int, *, done: bool = False
) -> tuple[list[Judged], int]:
    """The comparisons of the difference ``m`` opens, and where its figure ends (words before it are not read);
    ``since`` is where the sentence's previous difference ends; one ``done`` (compared by an earlier rule) is
    only read as far as its figure."""
    text = sentence.text
    if not _DIGIT.search(text, m.end(), m.end() + _REACH):
        return [], m.end()
    stop = _clause_end(text, m.end(), m.end() + _REACH + 20)
    fig = _FIGURES.search(text, m.end(), stop)
    if fig is not None and in_brackets(text, m.end(), fig.start()):  # 跑输沪深300(涨幅4.97%)3.54个百分点
        fig = next(
            (
                f
                for f in _FIGURES.finditer(text, fig.end(), stop)
                if not in_brackets(text, m.end(), f.start())
            ),
            None,
        )
    if fig is None or fig.start() - m.end() > _REACH:
        return [], m.end()
    word = m.group(0)
    nums = _numbers(fig)
    if not nums:
        return [], m.end()
    between = text[m.end() : fig.start()]
    direction = _direction(text, m, fig, nums)
    if direction is None:
        return [], m.end()
    scale = _WORD_SCALE.get(fig.group("unit").lower(), 1.0)
    if done:
        return [], fig.end()
    listed = len(nums) > 1
    stated = [
        Stated(sentence, word, n, scale, _hedge(fig), direction, m.start(), fig.end(), listed) for n in nums
    ]
    if word in _SIGNED:  # 相对沪深300收益率为1.96%: the relative return itself
        between = _RELATIVE_RETURN.sub("", between)
    if _OTHER_MEASURE.search(text, clause_start(text, m.start()), m.start()) or _OTHER_MEASURE.search(
        between
    ):
        return [], fig.end()
    period = sentence.period_at(m.start())
    pos, sides = m.start(), other_sides(sentence, m.end(), fig.start(), fig.end(), period, index)
    before = _SIDE_BEFORE.search(text, clause_start(text, m.start()), m.start()) if sides is None else None
    if before is not None:  # 较沪深300的相对收益为-4.12%, 较沪深300的-2.6%多跌0.54个百分点
        pos, sides = before.start(), other_sides(sentence, before.end(), m.start(), fig.end(), period, index)
    pairs = _pairs(sentence, pos, stated, sides, period, index) if sides else None
    if pairs is None:
        benchmarks = tuple(e for e in entities(sentence) if e.is_benchmark)
        return by_figures(sentence, m, fig, stated, since, benchmarks), fig.end()
    return [j for xs, ys, s in pairs if (j := _judge(s, xs, ys)) is not None], fig.end()


# the other side named before the word: 较沪深300的相对收益, 相对于沪深300指数的超额收益, 较上证指数(下跌0.64%)高出
_SIDE_BEFORE = lazy_compile(r"(?:较|相对于|相对|相较于|相较|比)(?=[^，,；;。]{2,30}$)")


Pairs = list[tuple[list[Figure], list[tuple[Entity, Figure]], Stated]]


def _pairs(
    sentence: Sentence,
    pos: int,
    stated: list[Stated],
    sides: list[tuple[Entity, list[Figure]]],
    period: str | None,
    index: Returns,
) -> Pairs | None:
    """Each stated difference with its X's and Y's candidate figures; None when X's cannot be found."""
    if len(sides) > 1 and len(stated) == len(sides):  # 分别跑赢上证指数、深证成指1.2、0.8个百分点
        xs = subjects(sentence, pos, _names(sides), period, index)
        pairs = [(xs, [(e, y) for y in ys], s) for (e, ys), s in zip(sides, stated, strict=True)]
    elif len(sides) == 1 and len(stated) > 1:  # 分别跑赢大盘1.2、0.8、0.5个百分点
        listed = listed_subjects(sentence, pos, sides[0][0], len(stated), period, index)
        ys = [(sides[0][0], y) for y in sides[0][1]]
        pairs = [(xs, ys, s) for xs, s in zip(listed, stated, strict=True)] if listed else []
    elif len(sides) == 1 and len(stated) == 1:
        ys = [(sides[0][0], y) for y in sides[0][1]]
        pairs = [(subjects(sentence, pos, _names(sides), period, index), ys, stated[0])]
    else:
        return None
    return pairs if pairs and all(xs and ys for xs, ys, _ in pairs) else None


def _names(sides: list[tuple[Entity, list[Figure]]]) -> set[str]:
    """The names of the other sides and of the indices their figures are of (大盘: 沪深300)."""
    return {e.name for e, _ in sides} | {f.name for _, figures in sides for f in figures}


_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _numbers(fig: re.Match[str]) -> list[Number]:
    """The figures of a difference: its printed numbers, or its one whole number in words (三 3, 十二 12, 二十
    20); none for words that are no number (两三 is a range)."""
    words = fig.group("words")
    if words is None:
        return [parse_number(x) for x in _NUM.findall(fig.group("nums"))]
    value = _in_words(words)
    return [] if value is None else [Number(value, 0, words)]


def _in_words(words: str) -> float | None:
    if "十" not in words:
        return float(_DIGITS[words]) if words in _DIGITS else None
    tens, _, ones = words.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    t, o = (_DIGITS.get(tens) if tens else 1), (_DIGITS.get(ones) if ones else 0)
    return None if t is None or o is None else float(10 * t + o)


def _hedge(fig: re.Match[str]) -> str:
    hedge, tail = fig.group("hedge") or "", fig.group("tail") or ""
    if hedge in _BOUNDS_UP or tail in ("以上", "多"):
        return "up"
    if hedge in _BOUNDS_DOWN:
        return "down"
    if hedge in _NEAR:
        return "near"
    if hedge in _APPROX or tail == "左右":
        return "about"
    return ""


_REACH = 40  # the most characters between a word of difference and its figure


def _clause_end(text: str, pos: int, limit: int) -> int:
    """The end of the clause holding ``pos``: its next ，；。 outside brackets (at most ``limit``)."""
    limit = min(limit, len(text))
    mark = _CLAUSE_END.search(text, pos, limit)
    thousands = mark is not None and mark.group(0) == "," and text[mark.end() : mark.end() + 3].isdigit()
    if "(" not in text[pos : mark.start() if mark else limit] and not thousands:
        return mark.start() if mark else limit
    depth = 0
    for i in range(pos, limit):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(depth - 1, 0)
        elif depth == 0 and _CLAUSE_END.match(c) and not (c == "," and text[i + 1 : i + 4].isdigit()):
            return i
    return limit


_MOVE = lazy_compile(r"(?:上涨|下跌|涨|跌)\s*$")
_COMPARATIVES = ("高出", "高于", "低于", "超出")


def _direction(text: str, m: re.Match[str], fig: re.Match[str], nums: list[Number]) -> int | None:
    """+1 or −1 for X − Y as the word says, 2 for a figure signed as printed, 0 for a gap; None when the
    figure after the word is the other side's own return (跑赢沪深300指数-0.44%, 跑输沪深300的4.97%)."""
    word = m.group(0)
    if text[m.end() : fig.start()].rstrip().endswith("的") or text.startswith("的", fig.end()):
        return None
    if word in _UNSIGNED:
        return 0
    if word in _SIGNED:
        move = _MOVE.search(text, m.end(), fig.start())  # 相对于沪深300指数下跌3.52%
        return 2 if move is None else (-1 if "跌" in move.group(0) else 1)
    sign = 1 if word in _POSITIVE else -1
    if (
        any(n.text.startswith("-") for n in nums)
        and sign > 0
        or any(n.text.startswith("+") for n in nums)
        and sign < 0
    ):
        return None
    if word in _COMPARATIVES and _FALLS.search(text, max(0, m.start() - 6), m.start()):
        return -sign  # 跌幅高于沪深300 2个百分点: fell more, X − Y = −2
    return sign


def _judge(stated: Stated, xs: list[Figure], ys: list[tuple[Entity, Figure]]) -> Judged | None:
    """The first consistent pair of X's and Y's candidate figures, else the first pair (None without one)."""
    pairs = [
        judge(stated, x, y)
        for x in xs
        for _, y in ys
        if (x.sentence.index, x.start) != (y.sentence.index, y.start)
    ]
    return next((j for j in pairs if j.consistent), pairs[0] if pairs else None)
