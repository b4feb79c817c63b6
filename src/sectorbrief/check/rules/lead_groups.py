"""Names said to lead together, their figures given before the lead word, held against the other names of their
sentence (储能(涨58%)、风电(涨43%)板块受益于景气爆发领跑，光伏(涨32%)因供需错配表现相对滞后，电网设备(涨34%)…): every
other name of the same kind and period must have done no better than the lowest of the leaders.

The leaders are a run of items (ranked_items.segments) in the clause of the lead word (领跑, 领涨, 领先), with only words
between them and it (板块受益于景气爆发); a run that ends right at the lead word is rankings.py's. The others are the
items said with a move word in the sentence's other clauses.
"""

from __future__ import annotations

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.ranked_items import REACHES, Item, segments
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance
from sectorbrief.check.rules.later_peers import clause_items, kind, same_kind, signed

_LEAD = lazy_compile(r"领跑|领涨|领先(?![于大同])")
# what may stand between the leaders and their lead word: words, no figure and no clause break
_BETWEEN = lazy_compile(r"[^，,。；;：:\d%]{1,16}")


def check_lead_groups(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "领" not in text or "%" not in text:
            continue
        for lead in _LEAD.finditer(text):
            found = _judge(sentence, lead.start(), lead.group(0))
            if found is not None:
                out.append(found)
                break
    return out


def _leaders(text: str, cue: int) -> list[Item]:
    start = clause_start(text, cue)
    leaders = [i for i in segments(text, start, cue) if i.word and not i.floor]
    if len(leaders) < 2 or REACHES.fullmatch(text, leaders[-1].end, cue):
        return []  # one name, or a run that ends at its place: rankings.py reads it
    return leaders if _BETWEEN.fullmatch(text, leaders[-1].end, cue) else []


def _judge(sentence: Sentence, cue: int, word: str) -> Finding | None:
    text = sentence.text
    leaders = _leaders(text, cue)
    if not leaders:
        return None
    kinds = {kind(text[i.start : i.figure]) for i in leaders}
    periods = {sentence.period_at(i.figure) for i in leaders}
    if len(kinds) != 1 or len(periods) != 1:
        return None
    low = min(leaders, key=signed)
    for other in clause_items(text, leaders[-1].end):
        other_kind = kind(text[other.start : other.figure])
        if not same_kind(other_kind, next(iter(kinds))) or sentence.period_at(other.figure) not in periods:
            continue
        if signed(other) - signed(low) > tolerance(other.value, low.value) / 2:
            return _finding(sentence, word, low, other)
    return None


def _finding(sentence: Sentence, word: str, low: Item, other: Item) -> Finding:
    text = sentence.text
    led, beaten = text[low.start : low.end], text[other.start : other.end]
    message = (
        f"「{led}」 is among the names said to {word}, but 「{beaten}」, not among them, did better "
        f"({text[other.figure : other.end].strip('()')} against {text[low.figure : low.end].strip('()')}): "
        f"if the leaders are right, every other figure should be at most {low.value.text}%; one figure or the "
        f"leaders are wrong"
    )
    return finding("error", "rank", message, sentence, low.start, other.end)
