"""Rankings, one general way (see check/rankings.py for how a ranking is read):

- a ranked list's figures must be in the order its cue promises (涨幅前五 largest rise first, 跌幅前三 largest
  fall first); the slip is the one figure out of place, quoted with its neighbour;
- 后N/居后 lists may run from either end but must run one way.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import clause_start, parse_number
from sectorbrief.check.claims import Claims, RankClaim, ReturnClaim, Sentence, chinese_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.ranked_groups import Group, groups
from sectorbrief.check.ranked_items import FALL_WORDS, FIGURE, Item
from sectorbrief.check.rankings import Ranking, listed_by_name, rankings
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON, finding, tolerance
from sectorbrief.check.stated_places import BarePlace, Place, bare_places, places

_PROMISE = {
    "down": "from the highest down",
    "falls": "from the largest fall down",
    "up": "from the lowest up",
    "size": "from the largest down",
}


_OTHER = lazy_compile(r"成交|换手|估值|市盈|PE|PB|市值|资金|净流")


def check_rankings(claims: Claims) -> list[Finding]:
    out: list[Finding] = check_stated_ranks(claims)
    told = {(f.location, f.snippet.strip("…")[:20]) for f in out}
    before: tuple[Sentence | None, list[Place]] = (None, [])
    for sentence in claims.sentences:
        listed = False
        if "%" in sentence.text and "；" in sentence.text and _PLACE.search(sentence.text):
            said = any(loc == sentence.location and head in sentence.text for loc, head in told)
            placed = [] if said else _placed(sentence)
            out += placed
            listed = bool(said or placed)
        for ranking in rankings(sentence):
            found = _out_of_order(ranking)
            if found is not None:
                out.append(found)
                listed = True
        placed_here = places(sentence)
        if not listed:
            apart = _apart(sentence) if "分别" in sentence.text else None
            told_here = (
                _ends(sentence, placed_here)
                or apart
                or _across(*before, sentence, placed_here)
                or _named(sentence, before[0])
            )
            out += [told_here] if told_here is not None else []
        before = (sentence, placed_here)
    return out


def _named(sentence: Sentence, previous: Sentence | None) -> Finding | None:
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
        if beyond > _slack(own, other):
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


def _across(
    previous: Sentence | None, placed: list[Place], sentence: Sentence, now: list[Place]
) -> Finding | None:
    """江苏是…票房亚军，票房3557.61万元。浙江是…票房季军，票房3097.66万元。: one place in each of two sentences
    of one paragraph, numbered places (1-3) of one measure, in the order of their figures."""
    if previous is None or previous.paragraph != sentence.paragraph or len(placed) != 1:
        return None
    if len(now) != 1:
        return None
    a, b = placed[0], now[0]
    if a.axis != b.axis or not a.rank < b.rank <= 3:
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
_PLACE = lazy_compile(
    r"(?P<first>居首|首位|榜首|第一(?!季|批|次|大))|第(?P<n>[二三四五六七八九十]|\d{1,2})(?:名|位)?(?![至\d、季批次])"
    r"|(?P<next>紧跟在后|紧随其后)"
)
_FALL_STATEMENT = lazy_compile(r"跌|下滑|下降|回落")


def _placed(sentence: Sentence) -> list[Finding]:
    """Places stated one per statement (；) in one sentence, each beside one figure: a better place needs a
    figure no lower than a worse one's."""
    text = sentence.text
    placed: list[tuple[int, re.Match[str], re.Match[str]]] = []  # place, its marker, the figure
    start = 0
    for stop in [m.start() for m in re.finditer("；", text)] + [len(text)]:
        places = list(_PLACE.finditer(text, start, stop))
        figures = list(FIGURE.finditer(text, start, stop))
        if len(places) == 1 and len(figures) == 1 and not _FALL_STATEMENT.search(text, start, stop):
            mark = places[0]
            if mark.group("first"):
                place = 1
            elif mark.group("n"):
                n = mark.group("n")
                place = int(n) if n.isdigit() else chinese_number(n)
            else:
                place = placed[-1][0] + 1 if placed else 0
            if place:
                placed.append((place, mark, figures[0]))
        start = stop + 1
    for (p, pm, pf), (q, qm, qf) in zip(placed, placed[1:], strict=False):
        a, b = parse_number(pf.group("num")), parse_number(qf.group("num"))
        slack = tolerance(a, b)
        same_period = sentence.period_at(pf.start()) == sentence.period_at(qf.start())
        if p < q and same_period and b.value - a.value > slack:
            message = (
                f"「{pm.group(0)}」 is at {a.text}% but 「{qm.group(0)}」, placed after it, is at {b.text}%: a higher "
                f"place cannot have the lower figure; if the places are right, the second should be at most {a.text}%"
            )
            return [finding("error", "rank", message, sentence, pf.start(), qf.end())]
    return []


def _ends(sentence: Sentence, found: list[Place]) -> Finding | None:
    """Places said in words in one sentence (涨幅最大 … 涨幅最小, 居首 … 其次, 首位 … 末位), each with its figure: a better
    place of one ranking needs a figure no lower; the top riser no lower than any other, the top faller no higher."""
    for n, a in enumerate(found):
        for b in found[n + 1 :]:
            if sentence.period_at(a.figure_start) != sentence.period_at(b.figure_start):
                continue
            if a.axis == b.axis and a.rank != b.rank:
                hi, lo = (a, b) if a.rank < b.rank else (b, a)
                if lo.key - hi.key > _place_slack(hi, lo):
                    return _place_finding(sentence, hi, lo)
            elif {a.axis, b.axis} == {"rise", "fall"}:
                rise, fall = (a, b) if a.axis == "rise" else (b, a)
                if rise.rank == 1 and fall.signed - rise.signed > _place_slack(rise, fall):
                    return _place_finding(sentence, rise, fall)
                if fall.rank == 1 and fall.signed - rise.signed > _place_slack(rise, fall):
                    return _place_finding(sentence, rise, fall)
    return None


def _apart(sentence: Sentence) -> Finding | None:
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
            if bottom.key(high) - top.key(low) > _slack(low, high):
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


def _slack(a: Item, b: Item) -> float:
    """How far two printed figures of one list may seem out of order and still be in order. Rounding and truncation
    keep order, so figures printed to the same digit may not invert at all (ties are in order); figures printed to
    different digits may by one unit of the coarser (3.46% and 3.5%, or 3% truncated beside 3.6%)."""
    if a.value.decimals == b.value.decimals and a.unit == b.unit:
        return EPSILON * a.scale
    return max(tolerance(a.value) * a.scale, tolerance(b.value) * b.scale)


def _breaks(ranking: Ranking, keys: list[float], items: tuple[Item, ...]) -> list[tuple[int, int]]:
    """Pairs i < j where item j ranks above item i beyond rounding (keys largest first), nearest pairs first."""
    n = len(keys)
    pairs = [(i, i + d) for d in range(1, n) for i in range(n - d)]
    return [(i, j) for i, j in pairs if keys[j] - keys[i] > _slack(items[i], items[j])]


def _out_of_order(ranking: Ranking) -> Finding | None:
    items = ranking.items
    if ranking.head_only:
        return _beaten(ranking)
    keys = [ranking.key(i) for i in items]
    if ranking.direction == "up":
        keys = [-k for k in keys]
    down = _breaks(ranking, keys, items)
    if not down:
        return None
    up = _breaks(ranking, [-k for k in keys], items)
    if not up and (ranking.direction == "either" or len(items) >= 3):
        return None  # the whole list runs the other way: written from the other end, not a slip
    i, j = down[0]
    a, b = items[i], items[j]
    text = ranking.sentence.text
    quoted_a, quoted_b = _quoted(text, a), _quoted(text, b)
    promise = _PROMISE.get(ranking.direction, "in one direction")
    values = ", ".join(_shown(ranking, x) for x in items)
    message = (
        f"「{ranking.cue}」 promises a list {promise}, but 「{quoted_a}」 comes before 「{quoted_b}」 "
        f"({_shown(ranking, a)} then {_shown(ranking, b)}); the list reads {values}: one figure or one place is wrong"
    )
    return finding("error", "rank", message, ranking.sentence, min(a.start, b.start), max(a.end, b.end))


def _quoted(text: str, item: Item) -> str:
    """The item as printed, with its name when the name stands apart (甲、乙分别跌4.86%和4.71% -> 乙 4.71%)."""
    quoted = text[item.start : item.end]
    return quoted if item.name in quoted else f"{item.name} {quoted}"


def _shown(ranking: Ranking, item: Item) -> str:
    if item.unit != "%" or ranking.direction == "size":
        return f"{item.value.text}{item.unit}"
    v = ranking.signed(item)
    return f"{'-' if v < 0 and not item.value.text.startswith('-') else ''}{item.value.text}%"


def _beaten(ranking: Ranking) -> Finding | None:
    """A superlative's subject must rank above every item listed after it."""
    head, *rest = ranking.items
    top = ranking.key(head)
    for other in rest:
        if ranking.key(other) - top > _slack(head, other):
            text = ranking.sentence.text
            message = (
                f"「{_quoted(text, head)}」 is said to be {ranking.cue}, but 「{_quoted(text, other)}」 "
                f"in the same sentence {'fell further' if ranking.direction == 'falls' else 'did more'} "
                f"({_shown(ranking, head)} against {_shown(ranking, other)}): if {ranking.cue} is right, its figure "
                f"should be at {'most' if ranking.direction == 'falls' else 'least'} {_shown(ranking, other)}"
            )
            return finding("error", "rank", message, ranking.sentence, head.start, other.end)
    return None


# --- stated ranks (第N, N/31, 居首) against their universe, the figures of their peers, and each other --------


def check_stated_ranks(claims: Claims) -> list[Finding]:
    """A stated rank must lie in its universe, must not be beaten by more peers than it allows, must agree in
    order with another rank of the same ranking, and must be stated once per subject, period and ranking."""
    out: list[Finding] = []
    by_sentence = claims.returns_by_sentence
    beside = {id(k): _return_beside(k, by_sentence.get(k.sentence.index, [])) for k in claims.ranks}
    paragraphs = claims.returns_by_paragraph
    # a rank stated apart from its subject's return (公用事业及环保涨幅处于第17和第19名) takes the one return its
    # paragraph gives that subject for the rank's period
    near = {id(k): beside[id(k)] or _return_in_paragraph(k, paragraphs) for k in claims.ranks}
    for k in claims.ranks:
        if k.universe is not None and not 1 <= k.rank <= k.universe:
            message = (
                f"「{_quote(k)}」: place {k.rank} is outside its ranking of {k.universe} {_universe_word(k)}; "
                f"a place there runs from 1 to {k.universe}"
            )
            out.append(finding("error", "rank", message, k.sentence, k.start, k.end))
    ranked = [k for k in claims.ranks if _by_return(k) and k.subject is not None and near[id(k)] is not None]
    conflicts: list[tuple[RankClaim, RankClaim, Finding]] = []
    for i, a in enumerate(ranked):
        for b in ranked[i + 1 :]:
            if b.sentence.index - a.sentence.index > _NEAR:
                break
            found = _pair(a, b, near[id(a)], near[id(b)], firm=bool(beside[id(a)] and beside[id(b)]))
            if found is not None and a.subject.name == b.subject.name:  # type: ignore[union-attr]
                out.append(found)  # one subject ranked twice: told at the later statement
            elif found is not None:
                conflicts.append((a, b, found))
    return out + _blamed(conflicts) + _outranked(ranked, beside, paragraphs)


def _outranked(
    ranked: list[RankClaim], beside: dict[int, ReturnClaim | None], paragraphs: dict[int, list[ReturnClaim]]
) -> list[Finding]:
    """A rank N by return, when its paragraph states N or more peers (same level, same period) with a higher
    return: at least that many stand above it, so its place is at least one more."""
    out: list[Finding] = []
    for k in ranked:
        own = beside[id(k)]
        if own is None or k.subject is None:
            continue
        slack = tolerance(own.value)  # one unit: vendors round differently
        above: dict[str, ReturnClaim] = {}
        for r in paragraphs.get(k.sentence.paragraph, []):
            same = (
                r.entity.level == k.subject.level and r.entity.is_industry and r.entity.name != k.subject.name
            )
            if same and r.period == own.period and not r.guessed and r.value.value - own.value.value > slack:
                above.setdefault(r.entity.name, r)
        if len(above) >= k.rank:
            names = "、".join(f"{r.entity.name}({_pct(r)})" for r in above.values())
            message = (
                f"{k.subject.name} ({_pct(own)}) is said to be 「{_quote(k)}」, but {len(above)} industries of the same "
                f"level in this paragraph did better ({names}): its place is at least {len(above) + 1}"
            )
            out.append(finding("error", "rank", message, k.sentence, k.start, k.end))
    return out


def _blamed(conflicts: list[tuple[RankClaim, RankClaim, Finding]]) -> list[Finding]:
    """One finding per odd rank: each conflicting pair is told once, at the member in the most conflicts
    (ties: the lower place), so three ranks of which one is wrong give one finding, at that one."""
    counts: dict[int, int] = {}
    for a, b, _ in conflicts:
        counts[id(a)] = counts.get(id(a), 0) + 1
        counts[id(b)] = counts.get(id(b), 0) + 1
    out: list[Finding] = []
    told: set[int] = set()
    for a, b, found in conflicts:
        odd = max((a, b), key=lambda k: (counts[id(k)], k.rank))
        if id(odd) in told:
            continue
        told.add(id(odd))
        out.append(finding(found.severity, found.kind, found.message, odd.sentence, odd.start, odd.end))
    return out


# two ranks of one ranking are compared only within this many sentences of each other (one report's section)
_NEAR = 40


def _quote(k: RankClaim) -> str:
    return k.sentence.text[k.start : k.end]


def _universe_word(k: RankClaim) -> str:
    return "industries" if "行业" in k.sentence.text or k.classification else "members"


def _by_return(k: RankClaim) -> bool:
    """A rank by return (not by valuation, turnover, a scoped sub-list, or a fall's size)."""
    if (
        k.classification.startswith("scoped")
        or k.rank < 1
        or (k.universe is not None and k.rank > k.universe)
    ):
        return False
    if k.sentence.period_guessed(k.start):
        return False  # 从2月19日的高点算起…排名第11: which period it ranks is a guess
    lead = k.sentence.text[clause_start(k.sentence.text, k.start) : k.start]
    return "跌幅" not in lead.replace("涨跌幅", "")


def _return_beside(k: RankClaim, returns: list[ReturnClaim]) -> ReturnClaim | None:
    """The subject's own return stated last before the rank in its sentence, for the rank's period."""
    if k.subject is None:
        return None
    before = [r for r in returns if r.end <= k.start and r.entity.key == k.subject.key and not r.guessed]
    if not before or before[-1].period != k.period:
        return None
    between = k.sentence.text[before[-1].end : k.start]
    return None if _OTHER.search(between) else before[-1]


def _return_in_paragraph(k: RankClaim, paragraphs: dict[int, list[ReturnClaim]]) -> ReturnClaim | None:
    """The subject's return for the rank's period in the rank's paragraph, when the paragraph gives exactly one
    value for it and none in the rank's own sentence."""
    if k.subject is None or k.period is None:
        return None
    name = k.subject.name
    own = [r for r in paragraphs.get(k.sentence.paragraph, []) if r.entity.name == name and not r.guessed]
    if any(r.sentence is k.sentence for r in own):
        return None
    same = [r for r in own if r.period == k.period]
    return same[0] if same and len({r.value.value for r in same}) == 1 else None


def _pair(
    a: RankClaim, b: RankClaim, ra: ReturnClaim | None, rb: ReturnClaim | None, *, firm: bool
) -> Finding | None:
    """Two ranks of one ranking (same period and universe): the same subject ranked twice differently, or
    two subjects whose ranks and returns run opposite ways."""
    if (
        a.period != b.period
        or a.universe is None
        or a.universe != b.universe
        or a.subject is None
        or b.subject is None
    ):
        return None
    if a.classification != b.classification:
        return None
    if a.subject.name == b.subject.name:
        if not firm or a.rank == b.rank or ra is None or rb is None or ra.value.value != rb.value.value:
            return None  # the same ranking only when the same return stands beside both
        message = (
            f"{a.subject.name} has two places in one ranking of {a.universe} for one {_period_word(a)}: "
            f"「{_quote(a)}」 ({a.sentence.location}) and 「{_quote(b)}」, both beside the return {_pct(ra)}; "
            f"one of the two places is wrong"
        )
        return finding("error", "rank", message, b.sentence, b.start, b.end)
    if ra is None or rb is None or a.subject.level != b.subject.level:
        return None
    hi, lo = (a, b) if a.rank < b.rank else (b, a)
    rhi, rlo = (ra, rb) if hi is a else (rb, ra)
    slack = tolerance(rhi.value, rlo.value)  # one unit: vendors round differently
    if hi.rank == lo.rank or rlo.value.value - rhi.value.value <= slack:
        return None
    message = (
        f"in one ranking of {a.universe}, {_name(hi)} ({_pct(rhi)}, 「{_quote(hi)}」) is placed ahead of "
        f"{_name(lo)} ({_pct(rlo)}, 「{_quote(lo)}」): the lower return cannot have the higher place; "
        f"one of the places or returns is wrong"
    )
    return finding("error", "rank", message, b.sentence, b.start, b.end)


def _name(k: RankClaim) -> str:
    return k.subject.name if k.subject is not None else ""


def _period_word(k: RankClaim) -> str:
    return {"week": "week", "month": "month", "ytd": "year to date", "day": "day"}.get(
        str(k.period).split("@")[0], "period"
    )


def _pct(r: ReturnClaim) -> str:
    return f"{r.value.value:+.{r.value.decimals}f}%"
