"""Rankings, one general way (see check/rankings.py for how a ranking is read):

- a ranked list's figures must be in the order its cue promises (涨幅前五 largest rise first, 跌幅前三 largest
  fall first); the slip is the one figure out of place, quoted with its neighbour;
- 后N/居后 lists may run from either end but must run one way; lists of another measure (十大权重, 成交金额前3名,
  资金净流入前五大) by that measure's figures;
- a superlative's subject above every peer the sentence gives (a group's lowest member for a leading group);
- stated ranks against their universe, the peers that beat them, and each other (check_stated_ranks);
- places and groups said in words against their figures (rules/rank_places.py), where nothing above spoke.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import clause_start, parse_number
from sectorbrief.check.claims import Claims, RankClaim, ReturnClaim, Sentence, chinese_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.ranked_items import FIGURE, Item
from sectorbrief.check.rankings import Ranking, rankings
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance
from sectorbrief.check.rules.rank_places import across, apart, ends, named_place, shared
from sectorbrief.check.rules.rank_places import slack as _slack
from sectorbrief.check.stated_places import Place, places

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
        last, earlier = before
        carried = (
            earlier[-1].axis if earlier and last is not None and last.paragraph == sentence.paragraph else ""
        )
        placed_here = places(sentence, carried)
        if not listed:
            grouped = apart(sentence) if "分别" in sentence.text else None
            told_here = (
                ends(sentence, placed_here)
                or grouped
                or across(*before, sentence, placed_here)
                or named_place(sentence, before[0])
                or (shared(sentence) if any(1 < p.rank < 90 for p in placed_here) else None)
            )
            out += [told_here] if told_here is not None else []
        before = (sentence, placed_here)
    return out


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
        if other.floor and (ranking.direction not in ("down", "falls") or ranking.key(other) <= 0):
            continue  # 跌逾3% beside a leader of rises: a bound on the wrong side says nothing
        # a bound (逾4%) is exact: only the head's own rounding is slack
        slack = tolerance(head.value) * head.scale if other.floor else _slack(head, other)
        if ranking.key(other) - top > slack:
            text = ranking.sentence.text
            bound = "at least " if other.floor else ""
            message = (
                f"「{_quoted(text, head)}」 is said to be {ranking.cue}, but 「{_quoted(text, other)}」 "
                f"in the same sentence {'fell further' if ranking.direction == 'falls' else 'did more'} "
                f"({_shown(ranking, head)} against {bound}{_shown(ranking, other)}): if {ranking.cue} is right, its "
                f"figure should be at {'most' if ranking.direction == 'falls' else 'least'} {_shown(ranking, other)}"
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
    out += [found for k in claims.ranks if (found := _worded(k)) is not None]
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


# the rank's group said in words right after it (排名第26位，涨幅居中 / 排名第6，涨幅靠前 / 第18位(中等偏下))
_GROUP_WORD = lazy_compile(
    r"[，,(（]\s*(?:排名|涨幅|跌幅|收益|表现|涨跌幅)?(?:相对|较为|整体)?(?:位于|处于|位居|居于)?"
    r"(?P<word>居中|中游|中等|中间|靠前|居前|前列|靠后|居后|末尾)(?!偏)"
)


# or right before it (涨幅居中，在28个行业中排名第26位)
_GROUP_BEFORE = lazy_compile(
    r"(?<![并非不未])(?:相对|较为|整体)?(?:位于|处于|位居|居于)?(?P<word>居中|中游|中等|中间|靠前|居前|前列|靠后|居后|末尾)"
    r"(?![偏的])[，,][^，,。；;%]{0,16}$"
)


def _worded(k: RankClaim) -> Finding | None:
    """A place N of M said to be in the middle (居中, 中游) must not be in its first or last tenth; one said to be near the
    top (靠前, 前列) must be in its first two thirds, near the bottom (靠后) in its last two thirds."""
    if k.universe is None or not 1 <= k.rank <= k.universe or k.universe < 10:
        return None
    text = k.sentence.text
    said = _GROUP_WORD.match(text, k.end) or _GROUP_BEFORE.search(text, max(0, k.start - 30), k.start)
    if said is None:
        return None
    word, n, m = said.group("word"), k.rank, k.universe
    tenth = -(-m // 10)
    if word in ("居中", "中游", "中等", "中间"):
        wrong, where = n <= tenth or n > m - tenth, f"between {tenth + 1} and {m - tenth}"
    elif word in ("靠前", "居前", "前列"):
        wrong, where = 3 * n > 2 * m, f"no lower than {2 * m // 3}"
    else:
        wrong, where = 3 * n < m, f"no higher than {-(-m // 3)}"
    if not wrong:
        return None
    begin, end = min(k.start, clause_start(text, said.start("word"))), max(k.end, said.end())
    quote = text[begin:end]
    message = (
        f"「{quote}」: place {n} of {m} is {'in the first' if 2 * n <= m else 'in the last'} "
        f"{min(n, m + 1 - n)} of the ranking, not 「{word}」; a place called {word} would be {where}, "
        f"or the word is wrong"
    )
    return finding("error", "rank", message, k.sentence, begin, end)


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
