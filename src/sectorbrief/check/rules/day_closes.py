"""One index's close given two values in one day's story.

``建筑装饰行业昨日尾盘强势上攻，收盘上涨4.58%`` and, two sentences later, ``建筑装饰指数…最终上涨4.63%``: the
same day's close cannot be both. Read: a close (收盘上涨/下跌 x%, 最终上涨 x%, 终盘, 收涨/收跌 x%; not
午盘/早盘/半日's) whose owner is the index or industry named last before it in its sentence, with no other
subject opening a clause in between. Two closes of one owner and direction are compared when their
sentences and everything between them name at most one day (昨日, 周一, 6月5日 …) and no longer period
(本周, 本月, 年内 …). Both figures are the text's own and name the owner, so a gap beyond the coarser
figure's rounding is an error.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.claim_types import other_subject_between, parse_number
from sectorbrief.check.claims import Claims, Number, ReturnClaim
from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, printed_from

_CLOSE = lazy_compile(
    r"(?<!午|盘|日)(?:(?:收盘|最终|终盘)(?:报收)?(?P<verb>上涨|下跌|大涨|大跌|涨|跌)|收(?P<verb2>涨|跌))"
    r"\s*(?P<n>\d+(?:\.\d+)?)%"
)
_MIDDAY = lazy_compile(r"午盘|早盘|半日|上午|午间|盘中")
_DAY = lazy_compile(
    r"周[一二三四五六日]|星期[一二三四五六日]|\d{1,2}月\d{1,2}日|(?<![\d月])\d{1,2}日|昨日|昨天|今日|今天|前一交易日|上一交易日|次日"
)
_LONGER = lazy_compile(r"本周|上周|当周|全周|本月|上月|年内|今年以来|年初至今|年初以来|全年|季度")
_NEAR = 60


@dataclass(frozen=True)
class _Close:
    key: tuple[str, str]
    name: str
    claimed: bool  # also read as a return claim of its owner: the contradictions rule compares those
    sign: int
    number: Number
    sentence: Sentence
    index: int
    start: int
    end: int


def check_day_closes(claims: Claims) -> list[Finding]:
    sentences = claims.sentences
    closes: list[_Close] = []
    returns = claims.returns_by_sentence
    for i, sentence in enumerate(sentences):
        text = sentence.text
        if "收" not in text and "最终" not in text:
            continue
        matches = list(_CLOSE.finditer(text))
        if not matches or _LONGER.search(text):
            continue
        entities = [e for e in find_entities(text) if e.level != "generic"]
        for m in matches:
            if _MIDDAY.search(text, max(0, m.start() - 6), m.start()):
                continue
            before = [e for e in entities if e.end <= m.start() and m.start() - e.end <= _NEAR]
            if not before or other_subject_between(text, before[-1].end, m.start()):
                continue
            owner = before[-1]
            verb = m.group("verb") or m.group("verb2")
            closes.append(
                _Close(
                    owner.key, owner.label, _claimed(returns.get(sentence.index, []), owner.key, m.start("n")), -1 if "跌" in verb else 1, parse_number(m.group("n")),
                    sentence, i, m.start(), m.end(),
                )
            )  # fmt: skip
    return _conflicts(closes, sentences)


def _conflicts(closes: list[_Close], sentences: list[Sentence]) -> list[Finding]:
    out: list[Finding] = []
    reported: set[int] = set()
    for k, first in enumerate(closes):
        for later in closes[k + 1 :]:
            if later.key != first.key or later.sign != first.sign or id(later) in reported:
                continue
            if first.claimed and later.claimed:
                continue
            if _agree(first.number, later.number) or not _one_day(sentences, first.index, later.index):
                continue
            reported.add(id(later))
            word = "上涨" if first.sign > 0 else "下跌"
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"{first.name}'s close that day is given as 「{first.sentence.text[first.start : first.end]}」 and, at "
                    f"{later.sentence.location}, 「{later.sentence.text[later.start : later.end]}」: one day has one close; "
                    f"consistent would be one value in both places ({word}{first.number.text}% or "
                    f"{word}{later.number.text}%)",
                    later.sentence,
                    later.start,
                    later.end,
                )
            )
    return out


def _claimed(returns: list[ReturnClaim], key: tuple[str, str], at: int) -> bool:
    return any(r.entity.key == key and r.start <= at < r.end for r in returns)


def _agree(a: Number, b: Number) -> bool:
    coarse, fine = (a, b) if a.decimals <= b.decimals else (b, a)
    return printed_from(coarse, fine.value, fine.value)


def _one_day(sentences: list[Sentence], i: int, j: int) -> bool:
    """The sentences from ``i`` to ``j`` name at most one day and no longer period, within 6 sentences."""
    if j - i > 6:
        return False
    text = "".join(s.text for s in sentences[i : j + 1])
    return len(set(_DAY.findall(text))) <= 1 and _LONGER.search(text) is None
