"""One figure, two values: the same return, excess or named figure stated differently in two places."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.claims import Claims, ExcessClaim, Number, ReturnClaim
from sectorbrief.check.entities import Entity, find_entities
from sectorbrief.check.figures import Figure, extract_figures
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

T = TypeVar("T")


def _first_conflicts(
    items: Iterable[T], key: Callable[[T], Hashable | None], differs: Callable[[T, T], bool]
) -> list[tuple[T, T]]:
    """(majority, outlier) pairs: within one key, each item whose value differs from the most-stated one.

    The value stated most often (the first stated on a tie) is taken as meant; every other value is
    reported where it stands, against the first place that states the majority value.
    """
    groups: dict[Hashable, list[list[T]]] = {}
    for item in items:
        k = key(item)
        if k is None:
            continue
        clusters = groups.setdefault(k, [])
        for cluster in clusters:
            if not differs(cluster[0], item):
                cluster.append(item)
                break
        else:
            clusters.append([item])
    pairs: list[tuple[T, T]] = []
    for clusters in groups.values():
        if len(clusters) < 2:
            continue
        major = max(clusters, key=len)
        pairs.extend((major[0], item) for cluster in clusters if cluster is not major for item in cluster)
    return pairs


def _verify_repeated(claims: Claims, items: list[Any], key: Callable[[Any], Hashable]) -> None:
    """Claims whose key is stated more than once were compared with each other."""
    keys = [key(i) for i in items]  # once each: a key labels its entities
    counts = Counter(keys)
    claims.verify(*(i for i, k in zip(items, keys, strict=True) if counts[k] > 1))


def _n(e: ExcessClaim) -> Number:
    assert e.value is not None
    return e.value


def _v(e: ExcessClaim) -> float:
    return _n(e).value


def _figure_differs(a: Figure, b: Figure) -> bool:
    """Approximate figures differ by more than a quarter; figures printed alike (same scale and
    decimals) differ when they print differently, since one value rounds to one print; else by more
    than both rounding tolerances."""
    gap = abs(a.value - b.value)
    if a.approximate or b.approximate:
        return gap > 0.25 * max(abs(a.value), abs(b.value))
    if a.scale == b.scale and a.number.decimals == b.number.decimals:
        return a.number.value != b.number.value
    return gap > a.tolerance + b.tolerance + 1e-9 * max(abs(a.value), 1.0)


def _labeller(claims: Claims) -> Callable[[Entity], str]:
    """Entity labels where 通信行业 and 申万通信 are one index when the document names only one 通信."""
    classes: dict[str, set[str]] = {}
    named = [r.entity for r in claims.returns] + [e.subject for e in claims.excess if e.subject is not None]
    for entity in named:  # 中信环保指数跑输沪深300 names 中信 even where no return of it is read
        classes.setdefault(entity.name, set()).add(entity.cls)

    short = _short_names(claims.sentences)

    def label(entity: Entity) -> str:
        if entity.cls == "" and entity.name in short:
            return short[entity.name]
        named = classes.get(entity.name, set()) - {""}
        return entity.name + (next(iter(named)) if entity.cls == "" and len(named) == 1 else entity.cls)

    return label


# 中证新能源汽车产业指数(简称“新能车指数”) / (以下简称"新能车"): the short name the text goes on to use
_SHORT_NAME = lazy_compile(r"\s*\((?:以下)?简称\s*[“\"「『]?(?P<short>[^”\"」』()，,。]{2,12})[”\"」』]?\)")


def _short_names(sentences: list[Sentence]) -> dict[str, str]:
    """Each short name a text introduces for an index (``X指数(简称“Y指数”)``), as that index's name."""
    out: dict[str, str] = {}
    for sentence in sentences:
        if "简称" not in sentence.text:
            continue
        entities = find_entities(sentence.text)
        for e in entities:
            m = _SHORT_NAME.match(sentence.text, e.end)
            named = find_entities(m.group("short")) if m else []
            if m and len(named) == 1 and named[0].end == len(m.group("short")) and named[0].name != e.name:
                out[named[0].name] = e.name
    return out


def _direction_conflicts(
    claims: Claims, key: Callable[[ExcessClaim], tuple[str, str, str | None]]
) -> list[Finding]:
    """One index said to beat and to trail one benchmark over one period (本周建筑板块继续跑赢大盘 … 本周上涨0.1%，
    明显跑输大盘), where at least one of the two states no figure (two figures are compared above). Both
    must be firm, and neither compared with its two returns by the arithmetic rule (which then says which
    word is wrong); the word stated first is taken as meant."""
    groups: dict[tuple[str, str, str | None], list[ExcessClaim]] = {}
    for e in claims.excess:
        if (
            e.subject is not None
            and e.period is not None
            and e.direction != 0
            and not _COMPARATIVE_WORD.search(e.word)  # 跌幅低于…: which way depends on what is compared
        ):
            groups.setdefault(key(e), []).append(e)
    # only an index and period with both words stated needs the (slower) firmness checks
    firm = [
        e
        for group in groups.values()
        if len({e.direction for e in group}) > 1
        for e in group
        if _firm(e) and not _rating(e)
    ]
    first: dict[tuple[str, str, str | None], ExcessClaim] = {}
    out = []
    for e in firm:
        k = key(e)
        a = first.setdefault(k, e)
        if a.direction == e.direction or (a.value is not None and e.value is not None):
            continue
        if id(a) in claims.verified or id(e) in claims.verified:
            continue  # a word held against its two returns already: that rule says which one is wrong
        claims.verify(a, e)
        out.append(
            finding(
                "error",
                "contradiction",
                f"{e.subject.label if e.subject else ''} {e.word} {e.benchmark.label} ({e.period}) here but "
                f"{a.word} at {a.sentence.location} (「{a.sentence.text[a.start : a.end]}」); one of the two is wrong",
                e.sentence,
                e.start,
                e.end,
            )
        )
    return out


_COMPARATIVE_WORD = lazy_compile(r"高于|低于|大于|小于|超过|少于")
# 投资建议：强于大市(维持) / 行业评级：优于大市: a rating, not the index's performance
_RATING_BEFORE = lazy_compile(r"(?:评级|建议|观点)\s*[：:]?\s*$")
_RATING_AFTER = lazy_compile(r"\s*[(（]?\s*(?:维持|首次|上调|下调|调高|调低)")


def _rating(e: ExcessClaim) -> bool:
    """The claim's word is a rating (投资建议：强于大市(维持)), not a comparison of returns."""
    text = e.sentence.text
    word = text.find(e.word, e.start, e.end)
    word = e.start if word < 0 else word
    return bool(
        _RATING_BEFORE.search(text, max(0, word - 8), word) or _RATING_AFTER.match(text, e.benchmark.end)
    )


def _market_benchmarks(claims: Claims) -> Callable[[ExcessClaim], Entity | None]:
    """What 大盘 (跑赢大盘2.49pct) stands for in an excess claim: the one benchmark its paragraph names in
    returns or excess claims, else the one benchmark the whole text names; None when there are several."""
    named: dict[int | None, dict[str, Entity]] = {}
    for entity, paragraph in [(r.entity, r.sentence.paragraph) for r in claims.returns] + [
        (e.benchmark, e.sentence.paragraph) for e in claims.excess
    ]:
        if entity.level == "benchmark":
            named.setdefault(paragraph, {})[entity.name] = entity
            named.setdefault(None, {})[entity.name] = entity

    def meant(e: ExcessClaim) -> Entity | None:
        here = named.get(e.sentence.paragraph, {})
        every = here or named.get(None, {})
        return next(iter(every.values())) if len(every) == 1 else None

    return meant


_HEDGED = lazy_compile(r"(?:约|近|逾|超过|接近|将近)\s*[+-]?\d+(?:\.\d+)?%$")


def _return_differs(a: ReturnClaim, b: ReturnClaim) -> bool:
    """Two returns differ beyond rounding; a hedged one (上涨约20%) only by more than a quarter."""
    gap = abs(a.value.value - b.value.value)
    if any(_HEDGED.search(r.sentence.text, r.start, r.end) for r in (a, b)):
        return gap > 0.25 * max(abs(a.value.value), abs(b.value.value))
    return gap > tolerance(a.value, b.value) / 2


def _firm(claim: ReturnClaim | ExcessClaim) -> bool:
    """Subject and period both stated, not guessed: the subject named in (or just before) the claim's
    clause, of a family that is not guessed, the period not carried past a time the period table cannot
    read."""
    subject = claim.entity if isinstance(claim, ReturnClaim) else claim.subject
    return (
        not claim.guessed
        and (
            not claim.sentence.period_guessed(claim.end - 1)
            or _SINCE_LAST_WEEK.search(claim.sentence.text, claim.start, claim.end) is not None
        )
        and not (subject is not None and _other_market_before(claim.sentence, subject))
    )


# 收盘为…点，较上周(11月21日)的…点上涨…: the claim states its own period, whatever date the clause names
_SINCE_LAST_WEEK = lazy_compile(r"较(?:上周|前一周|上一周)")
_OTHER_MARKET = lazy_compile(
    r"港股|香港|恒生|H股|美股|纳斯达克|纳指|标普|道琼斯|中概|台股|日股|欧股|GICS|海外"
)
_A_SHARE = lazy_compile(r"A股|申万|中信|沪深|上证|深证|创业板|科创|万得全A|北证")


def _other_market_before(sentence: Sentence, subject: Entity) -> bool:
    """An unclassified index (电子板块) named after another market (二、港股市场：…恒生指数…，其中电子板块…)
    in its sentence, with no A-share name between: which market's index it is, is a guess."""
    if subject.cls or subject.level in ("benchmark", "market"):
        return False
    before = sentence.text[: subject.start]
    other = [m.end() for m in _OTHER_MARKET.finditer(before)]
    return bool(other) and not _A_SHARE.search(before, other[-1])


def check_contradictions(claims: Claims, figures: list[Figure] | None = None) -> list[Finding]:
    """Returns, excess and named figures (``figures``, else extracted here) stated with two values."""
    out: list[Finding] = []
    label = _labeller(claims)
    returns = [r for r in claims.returns if r.period is not None]
    _verify_repeated(claims, returns, lambda r: (label(r.entity), r.period))
    for a, b in _first_conflicts(
        returns,
        lambda r: (label(r.entity), r.period),
        _return_differs,
    ):
        out.append(
            finding(
                "error" if _firm(a) and _firm(b) else "warning",
                "contradiction",
                f"{b.entity.label} {b.period} return {b.value.text}% here but {a.value.text}% at "
                f"{a.sentence.location} (「{a.sentence.text[a.start : a.end]}」); one of the two is wrong",
                b.sentence,
                b.start,
                b.end,
            )
        )
    out += _undated_conflicts(claims, label)
    out += _range_conflicts(claims, label)
    market = _market_benchmarks(claims)
    stated = [
        e
        for e in claims.excess
        if e.subject is not None
        and e.period is not None
        and e.value is not None
        and (e.benchmark.level != "market" or market(e) is not None)
    ]

    def excess_key(e: ExcessClaim) -> tuple[str, str, str | None]:
        """Subject, benchmark and period; 大盘 is the benchmark it stands for, or 大盘 when that is not known."""
        bench = (market(e) or e.benchmark) if e.benchmark.level == "market" else e.benchmark
        return (label(e.subject) if e.subject else "", label(bench), e.period)

    _verify_repeated(claims, stated, excess_key)
    for x, y in _first_conflicts(
        stated,
        excess_key,
        lambda a, b: abs(a.direction * abs(_v(a)) - b.direction * abs(_v(b))) > tolerance(_n(a), _n(b)) / 2,
    ):
        out.append(
            finding(
                "error" if _firm(x) and _firm(y) else "warning",
                "contradiction",
                f"excess over {y.benchmark.label} ({y.period}) is {y.word} {_n(y).text} here but "
                f"{x.word} {_n(x).text} at {x.sentence.location}",
                y.sentence,
                y.start,
                y.end,
            )
        )
    out += _direction_conflicts(claims, excess_key)
    dated = [f for f in (extract_figures(claims.sentences) if figures is None else figures) if f.period]
    _verify_repeated(claims, dated, lambda f: f.key)
    for f, g in _first_conflicts(dated, lambda f: f.key, _figure_differs):
        out.append(
            finding(
                "error",
                "contradiction",
                f"{g.subject} {g.metric} ({g.period}) is {g.number.text}{_unit(g)} here but "
                f"{f.number.text}{_unit(f)} at {f.sentence.location}",
                g.sentence,
                g.start,
                g.end,
            )
        )
    return out


_DATE = lazy_compile(r"\d{1,2}月\d{1,2}日")
_HEADLINE = 60  # characters of a headline line at most


# Periods a one-day story gives as background (近一个月下跌1.61%，今年来累计下跌7.48%): they do not make it a
# review of a longer period, as a week's or a month's figure would.
_BACKGROUND = ("day", "span", "ytd")


def one_day_headline(claims: Claims) -> Sentence | None:
    """The text's headline when the text is one day's story: no return has a period but a day's or a
    background one (近一个月, 今年来), at most one date is named in a sentence with a percentage (an index's
    基日 is not the story's day), and the first sentence is short and without a full stop (its line break
    ends it)."""
    if not claims.sentences or any(
        r.period is not None and r.period.split("@")[0].split(":")[0] not in _BACKGROUND
        for r in claims.returns
    ):
        return None
    if len({d for s in claims.sentences if "%" in s.text for d in _DATE.findall(s.text)}) > 1:
        return None
    head = claims.sentences[0]
    if len(head.text) > _HEADLINE or re.search(r"[。；;]", head.text):
        return None
    return head


def _undated_conflicts(claims: Claims, label: Callable[[Entity], str]) -> list[Finding]:
    """A headline's return against its story's, neither with a period, in a text about one day at most
    (科创50指数涨3.53% … 科创50指数1月21日收盘报1535.39点，涨幅3.35%). Only in a text where no return has a
    period and at most one date is named, so each figure is the text's one move of that index; the
    headline is the text's first sentence, short and without a full stop (its line break ends it)."""
    head = one_day_headline(claims)
    if head is None:
        return []
    # the one date the text may name is the day both figures are of, so its period is no guess
    undated = [
        r
        for r in claims.returns
        if not (r.guessed or r.bracketed or _other_market_before(r.sentence, r.entity))
        and (r.period is None or r.period.split("@")[0] == "day")  # not the background's 近一个月
    ]
    out = []
    for a, b in _first_conflicts(undated, lambda r: _board(r.entity, label), _return_differs):
        if (a.sentence is head) == (b.sentence is head):
            continue
        out.append(
            finding(
                "error",
                "contradiction",
                f"{b.entity.label} return {b.value.text}% here but {a.value.text}% at {a.sentence.location} "
                f"(「{a.sentence.text[a.start : a.end]}」), the headline and its story about one day; one of the "
                "two is wrong",
                b.sentence,
                b.start,
                b.end,
            )
        )
    return out


def _board(entity: Entity, label: Callable[[Entity], str]) -> str:
    """A one-day story's board by its name: 锂电池概念板块指数 in the story is the headline's 锂电池行业指数 (a
    quote app's board is called either)."""
    name = label(entity)
    return name.removesuffix("概念") if entity.level == "generic" else name


def _range_conflicts(claims: Claims, label: Callable[[Entity], str]) -> list[Finding]:
    """Returns with no period word under one stated date range of their own paragraph (9月22日-9月26日，食品
    饮料行业下跌2.49% … 申万食品饮料行业下跌2.49%): the range is their period, so one index has one return there.
    Both must be firm (named in their clause, not bracketed, not another market's)."""
    stated: dict[str, int] = {}
    ranged: list[ReturnClaim] = []
    by_sentence = claims.returns_by_sentence
    for sentence in claims.sentences:
        if sentence.dated and sentence.dated in sentence.text:
            stated[sentence.dated] = sentence.paragraph
        if stated.get(sentence.dated) != sentence.paragraph:
            continue
        ranged += [
            r
            for r in by_sentence.get(sentence.index, [])
            if r.period is None and not r.bracketed and _firm(r)
        ]
    out = []
    for a, b in _first_conflicts(ranged, lambda r: (label(r.entity), r.sentence.dated), _return_differs):
        out.append(
            finding(
                "error",
                "contradiction",
                f"{b.entity.label} return over {b.sentence.dated} is {b.value.text}% here but {a.value.text}% at "
                f"{a.sentence.location} (「{a.sentence.text[a.start : a.end]}」); one of the two is wrong",
                b.sentence,
                b.start,
                b.end,
            )
        )
    return out


_SCALE_WORDS = {value: word for word, value in SCALES.items()}


def _unit(f: Figure) -> str:
    return _SCALE_WORDS.get(f.scale, "") + f.unit
