"""Places and groups of one ranking said in words, held against their figures (read by check/stated_places.py and
check/ranked_groups.py; told by rules/rankings.py):

- two places in one sentence (涨幅最大 … 涨幅最小, 居首 … 其次, 首位 … 末位, 领涨 … 领跌): a better place needs a figure no
  lower; numbered places (亚军 … 季军) in two sentences of one paragraph likewise;
- one numbered place below the top (次席, 第二位, 季军) said of two statements of one measure with different figures;
- a top and a bottom group (换手率居前 … 较低): every top figure no lower than every bottom one;
- a top or bottom place with no figure of its own whose subject is named in a names-then-分别 list: the list's
  highest (or lowest) figure.
"""

from __future__ import annotations

import re

from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.ranked_groups import Group, groups
from sectorbrief.check.ranked_items import FALL_WORDS, Item
from sectorbrief.check.ranked_names import listed_by_name
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding, tolerance
from sectorbrief.check.stated_places import PLACE, BarePlace, Place, bare_places, stated_axis


def named_place(sentence: Sentence, previous: Sentence | None) -> Finding | None:
    """甲、乙、丙分别上涨a%、b%、c%，其中乙涨幅最大 (or the list in the sentence before): the place's subject, named in the
    list, must have the list's highest return (涨幅最大, 领涨) or its lowest (跌幅最大, 领跌, 表现最差)."""
    same = previous is not None and previous.paragraph == sentence.paragraph and "分别" in previous.text
    if "分别" not in sentence.text and not same:
        return None  # no names-then-figures list to hold a place against
    ours = listed_by_name(sentence.text, len(sentence.text)) if "分别" in sentence.text else {}
    theirs = listed_by_name(previous.text, len(previous.text)) if same and previous is not None else {}
    if len(ours) < 3 and len(theirs) < 3:
        return None
    for bare in bare_places(sentence):
        source, listed = sentence, {n: i for n, i in ours.items() if i.end <= bare.start}
        if len(listed) < 3 and previous is not None:
            source, listed = previous, theirs
        if len(listed) < 3:
            continue
        said = sentence.text[bare.start : bare.stop]
        named = [n for n in listed if n in said and not any(n != m and n in m and m in said for m in listed)]
        if len(named) != 1:
            continue
        own = listed[named[0]]
        if source.period_at(own.figure) != sentence.period_at(bare.word_start):
            continue
        pick = max if bare.top else min
        other = pick(listed.values(), key=_signed)  # the list's own top (or bottom)
        beyond = _signed(other) - _signed(own) if bare.top else _signed(own) - _signed(other)
        if beyond > slack(own, other):
            return _named_finding(sentence, bare, source, own, other)
    return None


def _signed(item: Item) -> float:
    return -abs(item.value.value) if not item.signed and item.word in FALL_WORDS else item.value.value


_IN_GROUP = lazy_compile(r"^.*?(?:子板块|板块|子行业|行业|指数)中")  # 有色金属子板块中小金属 -> 小金属


def _named_finding(sentence: Sentence, bare: BarePlace, source: Sentence, own: Item, other: Item) -> Finding:
    text = source.text
    shown_own, shown_other = text[own.figure : own.end], text[other.figure : other.end]
    more = "rose more" if bare.top else "did worse"
    other_name = _IN_GROUP.sub("", other.name) or other.name
    message = (
        f"「{sentence.text[bare.start : bare.word_start + len(bare.word)].strip()}」 names {own.name} ({shown_own}), but "
        f"{other_name} in the list given {'here' if source is sentence else f'at {source.location}'} {more} "
        f"({shown_other}): if the place is right, {own.name}'s figure should be "
        f"{'at least' if bare.top else 'at most'} {shown_other}"
    )
    return finding("error", "rank", message, sentence, bare.start, bare.word_start + len(bare.word))


def across(
    previous: Sentence | None, placed: list[Place], sentence: Sentence, now: list[Place]
) -> Finding | None:
    """江苏是…票房亚军，票房3557.61万元。浙江是…票房季军，票房3097.66万元。: one place in each of two sentences
    of one paragraph, numbered places (1-3) of one measure, in the order of their figures; or the last numbered place
    of one sentence and the first of the next (第八名…。第九名…；第十名…)."""
    if previous is None or previous.paragraph != sentence.paragraph or not placed or not now:
        return None
    a, b = placed[-1], now[0]
    if (len(placed) != 1 or len(now) != 1) and not ("第" in a.word and "第" in b.word):
        return None
    # 第八名 … 第九名: numbered places of one list, however far down
    numbered = "第" in a.word and "第" in b.word
    if a.axis != b.axis or not a.rank < b.rank or not (b.rank <= 3 or numbered) or b.rank >= 90 or a.several:
        return None
    if previous.period_at(a.figure_start) != sentence.period_at(b.figure_start):
        return None
    if b.key - a.key <= _place_slack(a, b):
        return None
    above, below = _place_quote(previous.text, a), _place_quote(sentence.text, b)
    message = (
        f"「{above}」 ({previous.location}) is placed {a.word} and 「{below}」 {b.word} in one ranking, but "
        f"{b.figure_text} is above {a.figure_text}: the higher place cannot have the lower figure; if the places are "
        f"right, {b.figure_text} should be no larger than {a.figure_text}"
    )
    return finding("error", "rank", message, sentence, b.start, max(b.figure_end, b.word_start + len(b.word)))


# 甲以9.8%涨幅居首；乙排名第二，涨幅6.6%；…: statements of one sentence, each with its own place and figure
def ends(sentence: Sentence, found: list[Place]) -> Finding | None:
    """Places said in words in one sentence (涨幅最大 … 涨幅最小, 居首 … 其次, 首位 … 末位), each with its figure: a better
    place of one ranking needs a figure no lower; the top riser no lower than any other, the top faller no higher."""
    for n, a in enumerate(found):
        for b in found[n + 1 :]:
            if sentence.period_at(a.figure_start) != sentence.period_at(b.figure_start):
                continue
            if (
                a.axis == b.axis
                and a.rank != b.rank
                and (max(a.rank, b.rank) < 90 or min(a.rank, b.rank) <= 3)
            ):
                hi, lo = (a, b) if a.rank < b.rank else (b, a)
                if not hi.several and lo.key - hi.key > _place_slack(hi, lo):
                    return _place_finding(sentence, hi, lo)
            elif {a.axis, b.axis} == {"rise", "fall"}:
                rise, fall = (a, b) if a.axis == "rise" else (b, a)
                if rise.rank == 1 and fall.signed - rise.signed > _place_slack(rise, fall):
                    return _place_finding(sentence, rise, fall)
                if fall.rank == 1 and fall.signed - rise.signed > _place_slack(rise, fall):
                    return _place_finding(sentence, rise, fall)
    return None


# a place two names may share (并列第二, 均位居第二), or one restated (同样位居)
_TIED = lazy_compile(r"并列|均|都|同样|同为|亦|也")
_NUMBER = lazy_compile(r"\d[\d,]*(?:\.\d+)?")
_CLAUSE_END = lazy_compile(r"[，,；;。]")
# the pre-filter: a place below the top
_NUMBERED = lazy_compile(r"次席|居次|亚军|季军|第[二三四五六七八九十2-9]|第1\d")


def shared(sentence: Sentence) -> Finding | None:
    """工商银行…19492.96亿元居首，农业银行…17973.45亿元位居次席，中国银行…11950.40位居第二位: one numbered place below the
    top (次席 = 第二名, 季军 = 第三名) said of two statements of one measure with different figures; two names cannot
    hold one place unless tied."""
    text = sentence.text
    if len(_NUMBERED.findall(text)) < 2:
        return None  # one place below the top at most: none given twice
    seen: dict[tuple[str, str], tuple[re.Match[str], int, re.Match[str]]] = {}
    for mark in PLACE.finditer(text):
        rank = (
            "second" if mark.group("second") else "third" if mark.group("third") else mark.group("nth") or ""
        )
        own = max(0, *(text.rfind(c, 0, mark.start()) + 1 for c in "，,；;：:"))
        figures = list(_NUMBER.finditer(text, own, mark.start()))
        axis = stated_axis(text, own, mark)
        if not rank or not axis or not figures or _TIED.search(text, own, mark.start()):
            continue
        if mark.group(0) in ("其次", "紧随其后", "紧跟其后"):
            continue  # 其次 goes on from the statement before it, whatever its number
        if (rank, axis) in seen:
            first, start, figure = seen[(rank, axis)]
            a, b = figure.group(0).replace(",", ""), figures[-1].group(0).replace(",", "")
            if a != b and sentence.period_at(figure.start()) == sentence.period_at(figures[-1].start()):
                return _shared_finding(sentence, (start, first), (own, mark), rank)
        seen[(rank, axis)] = (mark, own, figures[-1])
    return None


def _shared_finding(
    sentence: Sentence, a: tuple[int, re.Match[str]], b: tuple[int, re.Match[str]], rank: str
) -> Finding:
    text = sentence.text
    ends = [_CLAUSE_END.search(text, m.end()) for _, m in (a, b)]
    stop = [e.start() if e else len(text) for e in ends]
    quote_a, quote_b = text[a[0] : stop[0]].strip(), text[b[0] : stop[1]].strip()
    place = "第二" if rank == "second" else "第三" if rank == "third" else f"第{rank}"
    message = (
        f"「{quote_a}」 and 「{quote_b}」 both give the place {place} in one ranking, to different figures: two names "
        f"cannot hold one place unless tied (并列); one of the two places is wrong, likely the later one should be one "
        f"place lower"
    )
    return finding("error", "rank", message, sentence, a[0], stop[1])


def apart(sentence: Sentence) -> Finding | None:
    """The top group of a ranking (居前, 较高) and its bottom group (较低, 居后) in one sentence: no figure of the
    top may be below a figure of the bottom."""
    found = groups(sentence)
    for n, a in enumerate(found):
        for b in found[n + 1 :]:
            if a.axis != b.axis or a.top == b.top or a.items[0].kind != b.items[0].kind:
                continue
            top, bottom = (a, b) if a.top else (b, a)
            low = min(top.items, key=top.key)
            high = max(bottom.items, key=bottom.key)
            if sentence.period_at(low.figure) != sentence.period_at(high.figure):
                continue
            if bottom.key(high) - top.key(low) > slack(low, high):
                return _apart_finding(sentence, top, low, bottom, high)
    return None


def _apart_finding(sentence: Sentence, top: Group, low: Item, bottom: Group, high: Item) -> Finding:
    text = sentence.text
    message = (
        f"「{top.cue}」 puts {_bare(low.name)} ({text[low.figure : low.end]}) among the top and 「{bottom.cue}」 puts "
        f"{_bare(high.name)} ({text[high.figure : high.end]}) among the bottom, but the bottom one's figure is the higher: "
        f"every figure of the top group should be at least {text[high.figure : high.end]}, the highest of the bottom "
        f"group; one figure or one group is wrong"
    )
    return finding("error", "rank", message, sentence, min(low.start, high.start), max(low.end, high.end))


def _bare(name: str) -> str:
    """A listed name without what follows it up to the cue (农林牧渔指数的日均换手率居前 -> 农林牧渔)."""
    return _NAME_TAIL.split(name)[0] or name


_NAME_TAIL = lazy_compile(r"的|指数|板块")


def _place_quote(text: str, p: Place) -> str:
    """The place's words: from the clause that holds the first of its word and figure to the last of them."""
    first, last = min(p.word_start, p.figure_start), max(p.word_start + len(p.word), p.figure_end)
    last += text.startswith(")", last)
    begin = max(p.start, *(text.rfind(c, 0, first) + 1 for c in "，,；;：:"))
    return text[begin:last].strip()


def _place_slack(a: Place, b: Place) -> float:
    if a.decimals == b.decimals and a.scale == b.scale:
        return EPSILON * a.scale
    return max(10.0**-a.decimals * a.scale, 10.0**-b.decimals * b.scale) + EPSILON


def _place_finding(sentence: Sentence, hi: Place, lo: Place) -> Finding:
    """``hi`` is placed above ``lo`` in one ranking, but ``lo``'s figure ranks above it."""
    quote_hi, quote_lo = _place_quote(sentence.text, hi), _place_quote(sentence.text, lo)
    side = "fell further" if hi.axis == "fall" and lo.axis == "fall" else "did better"
    size = " in size" if hi.axis == "fall" and lo.axis == "fall" else ""
    message = (
        f"「{quote_hi}」 is placed {hi.word} and 「{quote_lo}」 {lo.word} in one ranking, but {lo.figure_text} {side} "
        f"than {hi.figure_text}: the higher place cannot have the lower figure; if the places are right, "
        f"{lo.figure_text} should be no larger{size} than {hi.figure_text}"
    )
    lo_at, hi_at = min(hi.start, lo.start), max(hi.figure_end, lo.figure_end, hi.word_start, lo.word_start)
    return finding("error", "rank", message, sentence, lo_at, hi_at)


def slack(a: Item, b: Item) -> float:
    """How far two printed figures of one list may seem out of order and still be in order. Rounding and truncation
    keep order, so figures printed to the same digit may not invert at all (ties are in order); figures printed to
    different digits may by one unit of the coarser (3.46% and 3.5%, or 3% truncated beside 3.6%)."""
    if a.value.decimals == b.value.decimals and a.unit == b.unit:
        return EPSILON * a.scale
    return max(tolerance(a.value) * a.scale, tolerance(b.value) * b.scale)
