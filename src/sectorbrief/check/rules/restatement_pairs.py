"""Whether two keyed figures that disagree are one fact printed twice, and the first such pair of a key.

A key read from a clause's words is often two facts (two funds, two years), so two values of one key are one
fact misprinted only when something more says so: they are one misprint apart (one digit changed, two swapped,
the sign turned), or one is a heading and the other its body, or each names its subject and period in its own
clause; and they name one index (not two classifications') on what may be one day.
"""

from __future__ import annotations

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.rules.clause_subjects import GENERIC, phrase
from sectorbrief.check.rules.printings import agree, distinct
from sectorbrief.check.rules.restatement_figures import Keyed

_HEADING = 60  # characters of a heading or title line at most
_SINCE = lazy_compile(r"以来|至今|成立")
# 核心观点：…, 投资要点：…: a summary of the body below it
_SUMMARY = lazy_compile(
    r"\s*[【\[(]?(?:核心观点|投资要点|本周要点|要点|摘要|概览|重点关注|报告摘要|主要观点)[】\])]?\s*[：:]"
)
# a clause whose figure is of a span the period table does not name, or of a contract, not the index
_NOT_BOUND = lazy_compile(r"以来|至今|成立|同期|区间|期内|从|自|期货|合约")


def first_clash(
    stated: list[Keyed], *, several_days: bool = False, weekly: bool = False
) -> tuple[Keyed, Keyed] | None:
    """The first statement that disagrees with an earlier one (the odd one out when others agree); None when
    the statements hold three values or more that all differ: a series (three bull markets, three funds, a
    year by year table) the text tells apart by something this rule cannot read."""
    if len(distinct(stated)) != 2:
        return None
    for i, s in enumerate(stated):
        for first in stated[:i]:
            if (
                not agree(first, s)
                and (
                    misprinted(first, s)
                    or (
                        not (first.carried or s.carried)
                        and (heading_and_body(first, s) or bound(first) and bound(s))
                    )
                )
                and _one_subject(first, s)
                and _one_day(first, s, several_days, weekly)
            ):
                return first, s
    return None


def misprinted(a: Keyed, b: Keyed) -> bool:
    """Whether two disagreeing printings read as one number misprinted: one digit changed or two neighbours
    swapped (1.05 and 1.50, 6685.81 and 6658.81, 2.43 and 24.3), or the same magnitude with the
    other sign (涨0.42% and 跌0.42%). Values further apart are more often two quantities the reader could not
    tell apart (two years, two funds) than one number printed twice."""
    if a.scale != b.scale:
        return False
    if (a.value < 0) != (b.value < 0):  # a sign flipped keeps its digits; both changed is no one misprint
        return a.digits == b.digits
    return (
        a.digits != b.digits and len(a.digits) >= 3 and len(b.digits) >= 3 and _one_edit(a.digits, b.digits)
    )


def _one_edit(x: str, y: str) -> bool:
    """Whether ``x`` becomes ``y`` by one digit changed or two neighbours swapped (a digit added or dropped,
    8.98% and 18.98%, is as often another figure)."""
    if len(x) != len(y):
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 or (
        len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    )


def heading_and_body(a: Keyed, b: Keyed) -> bool:
    """Whether one of two statements is a heading or title (a short line without a full stop) and the other
    body text, each with its period word in its own clause or neither with a period or a date (a one-day story's
    headline): a heading restates its body's figure, so any disagreement is a slip, not two quantities
    (建材行业周度跌幅1.88% … 本周建筑材料指数下跌1.88%; 恒指跌0.23% … 恒指、国指分别下跌0.23%及0.13%)."""
    if _heading(a.sentence) == _heading(b.sentence):
        return False
    if a.key[3] is None and not a.date and not b.date and not a.vague and not b.vague:
        return True
    return _own_period(a) and _own_period(b)


def _heading(sentence: Sentence) -> bool:
    text = sentence.text
    return (len(text) <= _HEADING and not any(mark in text for mark in "。；;")) or bool(_SUMMARY.match(text))


def _own_period(s: Keyed) -> bool:
    """A period word in the statement's own clause, and no since-date (自基金合同生效以来 is no period's)."""
    start = clause_start(s.sentence.text, s.start)
    return bool(s.sentence.periods_in(start, s.start)) and not _SINCE.search(s.sentence.text, start, s.start)


def bound(s: Keyed) -> bool:
    """Whether a statement carries its whole key in its own clause: its subject named there (an index, or a
    plain name, not lent by the clause before), its period word there, no span the period table cannot read
    (同期, 区间, 自…以来), not a contract's, not an entry of a 、 list, and not 约/近. Two such statements of one
    key are one fact whatever their values (本周建筑材料指数下跌1.88% … 本周建材行业下跌1.52%)."""
    text = s.sentence.text
    start = clause_start(text, s.start)
    if (
        s.vague
        or not s.sentence.periods_in(start, s.start)
        or _NOT_BOUND.search(text, start, s.end)
        or text.startswith("、", s.end)
        or text[start - 1 : start] == "、"
    ):
        return False
    if s.key[0].startswith("="):
        return any(start <= e.start and e.end <= s.start for e in find_entities(text))
    words = phrase(text[start : s.start])
    return words is not None and words not in GENERIC


def _one_subject(a: Keyed, b: Keyed) -> bool:
    """Whether two statements of one key name one index: not two classifications' indices of one name."""
    x, y = a.cls, b.cls
    return not (x and y and x != y)


def _span_close(s: Keyed) -> bool:
    """An undated close after a longer span's words in its sentence (港股上半年累计下跌，恒指收报17781点): the
    span's last close, not surely the dated day's."""
    return s.key[1] == "level" and (
        _SPAN.search(s.sentence.text, 0, s.start) is not None
        or any(not p.startswith("day") for p in s.sentence.periods_in(0, s.start))
    )


_SPAN = lazy_compile(r"半年|全年|年内|年度|季度|全月|月内|全周|周内")


def _one_day(a: Keyed, b: Keyed, several_days: bool, weekly: bool) -> bool:
    """Whether two statements may be of one day: not under two different dates (3月9日-3月13日, 3月16日-3月20日);
    one dated and one not (nor an undated close after a longer span's words) only in a text that names no other day (nor gives a week's or a month's figures,
    which a date may end), and under a range of days (a week, which may head only its own paragraph) only in
    one paragraph; two under one date without a period word not in a text of several days or weeks either."""
    if a.date == b.date:
        return not (a.date and weekly and a.key[3] is None)
    if a.date and b.date:
        return False
    if _span_close(b if a.date else a):
        return False
    if a.key[3] is not None:  # a stated period: one of them dated within it (统计区间2026/3/2-2026/3/6)
        return True
    if several_days or weekly:
        return False
    ranged = (a.date + b.date).count("/") > 1  # 3/9/3/13: a range of days
    return not ranged or a.sentence.paragraph == b.sentence.paragraph
