"""Excess returns against the returns they are the difference of: z = x − y, and the direction word.

Returns are indexed once by (paragraph, index name), so each excess claim looks up its two returns
in constant time. When only the subject's return is stated, the excess implies the benchmark's
return; two excess claims over one benchmark and period that imply different returns disagree.
"""

from __future__ import annotations

from collections import defaultdict

from sectorbrief.check.claims import Claims, ExcessClaim, Number, ReturnClaim, Sentence
from sectorbrief.check.entities import Entity
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding, Severity
from sectorbrief.check.rules.common import finding, fmt, tolerance
from sectorbrief.check.rules.shared_return import Failure, by_root_cause


class ReturnIndex:
    """Return claims by (paragraph, name); 大盘 resolves to the one benchmark its paragraph names."""

    def __init__(self, claims: Claims) -> None:
        self._by_name: dict[tuple[int, str], list[ReturnClaim]] = defaultdict(list)
        self._benchmarks: dict[int, dict[str, Entity]] = defaultdict(dict)
        self._in_sentence: dict[int, list[ReturnClaim]] = defaultdict(list)  # benchmark returns by sentence
        for r in claims.returns:
            self._by_name[(r.sentence.paragraph, r.entity.name)].append(r)
            if r.entity.level == "benchmark":
                self._benchmarks[r.sentence.paragraph][r.entity.name] = r.entity
                self._in_sentence[r.sentence.index].append(r)

    def benchmarks_in(self, sentence: Sentence) -> list[ReturnClaim]:
        """The benchmarks' returns stated in ``sentence``."""
        return self._in_sentence.get(sentence.index, [])

    def benchmarks_around(self, sentence: Sentence) -> list[ReturnClaim]:
        """The benchmarks' returns stated in ``sentence``, else in the sentences just before and after it in
        its paragraph (本周上证指数上涨1.10%，沪深300指数上涨1.30%。电力设备板块上涨0.20%，跑赢大盘。)."""
        here = self.benchmarks_in(sentence)
        if len({r.entity.name for r in here}) > 1:
            return here
        near = [
            r
            for i in (sentence.index - 1, sentence.index + 1)
            for r in self._in_sentence.get(i, [])
            if r.sentence.paragraph == sentence.paragraph
        ]
        return here + near

    def resolve(self, entity: Entity, paragraph: int) -> Entity | None:
        if entity.level != "market":
            return entity
        named = self._benchmarks.get(paragraph, {})
        if not named and self._by_name.get((paragraph, entity.name)):
            return (
                entity  # 跑输大盘1.06%区间涨幅: the market's own return, stated where no benchmark is named
            )
        return next(iter(named.values())) if len(named) == 1 else None

    def find(self, entity: Entity, excess: ExcessClaim) -> ReturnClaim | None:
        """The return of ``entity`` that ``excess`` refers to: same sentence first, then its paragraph."""
        resolved = self.resolve(entity, excess.sentence.paragraph)
        if resolved is None:
            return None
        found = [
            r
            for r in self._by_name.get((excess.sentence.paragraph, resolved.name), [])
            if _same(r.entity, resolved) and (r.sentence is excess.sentence or r.period == excess.period)
        ]
        # same sentence and period first (本周、年初至今 … 分别为 lists), then the period's earlier return
        here = [r for r in found if r.sentence is excess.sentence]
        timely = [r for r in here if r.period == excess.period]
        if timely:
            return min(timely, key=lambda r: abs(r.start - excess.start))
        earlier = [r for r in found if r.sentence.index < excess.sentence.index and r.period == excess.period]
        if earlier:
            return earlier[-1]
        # a return of another stated period is another figure (本周…上涨1.0%；年初以来…跑赢15.1个百分点)
        here = [r for r in here if None in (r.period, excess.period)]
        if here:
            return min(here, key=lambda r: abs(r.start - excess.start))
        later = [r for r in found if r.period == excess.period or None in (r.period, excess.period)]
        return later[0] if later else None

    def in_next_month(self, excess: ExcessClaim) -> tuple[ReturnClaim, ReturnClaim] | None:
        """The two returns of a figureless 强于/弱于 in a sentence dated by a month of a year the period table
        does not read (2025年6月，通信行业指数弱于沪深300指数。), from the next sentence of its paragraph when
        that one states both for a month (通信行业指数6月上涨13.15%，…沪深300指数(+2.50%))."""
        if excess.subject is None or _YEAR_MONTH.search(excess.sentence.text, 0, excess.start) is None:
            return None
        benchmark = self.resolve(excess.benchmark, excess.sentence.paragraph)
        if benchmark is None:
            return None
        pair = []
        for entity in (excess.subject, benchmark):
            named = [
                r
                for r in self._by_name.get((excess.sentence.paragraph, entity.name), [])
                if _same(r.entity, entity)
                and r.sentence.index == excess.sentence.index + 1
                and (r.period or "").startswith("month")
            ]
            if len(named) != 1:
                return None
            pair.append(named[0])
        mine, theirs = pair
        return (mine, theirs) if mine.period == theirs.period else None


# 2025年6月，… : a month of a year opening the sentence, which the period table leaves unread
_YEAR_MONTH = lazy_compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:份)?\s*[，,]")


def _same(a: Entity, b: Entity) -> bool:
    return a.name == b.name and (a.cls == b.cls or "" in (a.cls, b.cls))


def check_arithmetic(claims: Claims) -> list[Finding]:
    index = ReturnIndex(claims)
    out: list[Finding] = []
    failures: list[Failure] = []
    implied: dict[tuple[int, str, str | None], list[tuple[float, ExcessClaim, ReturnClaim]]] = defaultdict(
        list
    )
    for excess in claims.excess:
        if excess.subject is None:
            continue
        mine = index.find(excess.subject, excess)
        theirs = index.find(excess.benchmark, excess)
        if (mine is None or theirs is None) and excess.value is None and excess.period is None:
            mine, theirs = index.in_next_month(excess) or (mine, theirs)
        if mine is not None and theirs is not None:
            claims.verify(excess, mine, theirs)
            found = _check_one(excess, mine, theirs)
            if found:
                failures.append(Failure(excess, mine, theirs, found))
        elif mine is not None and excess.value is None and excess.benchmark.level == "market":
            out += _against_every_benchmark(excess, mine, claims, index)
        elif mine is not None and excess.value is not None:
            bench = index.resolve(excess.benchmark, excess.sentence.paragraph) or excess.benchmark
            key = (excess.sentence.paragraph, bench.label, excess.period)
            implied[key].append((mine.value.value - _stated(excess), excess, mine))
    out += by_root_cause(failures)
    for group in implied.values():
        out += _implied_disagree(claims, group)
    return out


def _against_every_benchmark(
    excess: ExcessClaim, mine: ReturnClaim, claims: Claims, index: ReturnIndex
) -> list[Finding]:
    """强于大盘 / 弱于大盘 with no figure where its sentence (or, failing that, the sentences just before and after
    it in its paragraph) states several benchmarks' returns (当日上证指数下跌0.07%，深证成指下跌0.36%): 大盘 is
    each of them, so the word is wrong when the subject's return is on the
    other side of every one, beyond rounding. Their periods must be the claim's, or a day's when the claim
    states none (a one-day wrap); the subject's return must be stated in the same sentence."""
    if excess.guessed:
        return []
    if mine.sentence is not excess.sentence:  # 这一表现明显强于大盘: the sentence before stated the return
        before = mine.sentence.index == excess.sentence.index - 1
        if not (before and mine.sentence.paragraph == excess.sentence.paragraph and mine.period is not None):
            return []
    period = mine.period if mine.period is not None else excess.period
    theirs = {
        r.entity.name: r
        for r in index.benchmarks_around(excess.sentence)
        if r.period == period or (period is None and (r.period or "").split("@")[0] == "day")
    }
    if len(theirs) < 2:
        return []
    gaps = [(mine.value.value - r.value.value, r) for r in theirs.values()]
    if any(
        abs(gap) <= tolerance(mine.value, r.value) or (gap > 0) == (excess.direction > 0) for gap, r in gaps
    ):
        return []
    claims.verify(excess, mine, *theirs.values())
    subject = excess.subject.label if excess.subject else ""
    basis = ", ".join(
        f"{subject} {signed(mine.value)}% − {r.entity.label} {signed(r.value)}% = {fmt(gap)} pp"
        for gap, r in gaps
    )
    return [
        finding(
            _severity(excess),
            "arithmetic",
            f"'{excess.word}' {excess.benchmark.label} disagrees with every index the sentence gives for it: "
            f"{basis}; consistent would be {_direction(gaps[0][0])}",
            excess.sentence,
            excess.start,
            excess.end,
        )
    ]


def _stated(excess: ExcessClaim) -> float:
    assert excess.value is not None
    return excess.direction * abs(excess.value.value)


def _basis(excess: ExcessClaim, mine: ReturnClaim, theirs: ReturnClaim) -> str:
    subject = excess.subject.label if excess.subject else ""
    expected = mine.value.value - theirs.value.value
    return (
        f"{subject} {signed(mine.value)}% (at {mine.sentence.location}, 「{quote(mine)}」) − "
        f"{excess.benchmark.label} {signed(theirs.value)}% (at {theirs.sentence.location}, 「{quote(theirs)}」) "
        f"= {fmt(expected)} pp"
    )


def signed(number: Number) -> str:
    return f"{number.value:+.{number.decimals}f}"


def quote(claim: ReturnClaim) -> str:
    text = claim.sentence.text[claim.start : claim.end]
    return text if len(text) <= 24 else "…" + text[-23:]


def _check_one(excess: ExcessClaim, mine: ReturnClaim, theirs: ReturnClaim) -> Finding | None:
    expected = mine.value.value - theirs.value.value
    numbers = [mine.value, theirs.value] + ([excess.value] if excess.value else [])
    tol = tolerance(*numbers)
    s = excess.sentence
    if abs(expected) > tol and (expected > 0) != (excess.direction > 0):
        word = "跑赢/强于" if expected > 0 else "跑输/弱于"
        return finding(
            _severity(excess),
            "arithmetic",
            f"'{excess.word}' disagrees with the sign: {_basis(excess, mine, theirs)}; "
            f"consistent would be {word} {fmt(abs(expected))}",
            s,
            excess.start,
            excess.end,
        )
    if excess.value is not None and abs(_stated(excess) - expected) > tol:
        return finding(
            _severity(excess),
            "arithmetic",
            f"excess stated {excess.word} {excess.value.text} but {_basis(excess, mine, theirs)}; "
            f"consistent would be {fmt(abs(expected))} (tolerance {tol:.2f})",
            s,
            excess.start,
            excess.end,
        )
    return None


def _severity(excess: ExcessClaim) -> Severity:
    """An error only when the claim's subject is firmly resolved; a guessed subject makes it a warning."""
    return "warning" if excess.guessed else "error"


def _anchored(
    claims: Claims, group: list[tuple[float, ExcessClaim, ReturnClaim]], tol: float
) -> tuple[float, ExcessClaim, ReturnClaim] | None:
    """The one member of ``group`` whose implied benchmark return the document states for that benchmark
    (in any paragraph: 同期沪深300指数上涨1.62% in the summary), else None."""
    bench = group[0][1].benchmark
    stated = [
        r.value.value for r in claims.returns if r.entity.level == "benchmark" and r.entity.name == bench.name
    ]
    hits = [item for item in group if any(abs(item[0] - v) <= tol for v in stated)]
    return hits[0] if len(hits) == 1 else None


def _direction(excess: float) -> str:
    return "跑赢/强于" if excess > 0 else "跑输/弱于"


def _implied_disagree(claims: Claims, group: list[tuple[float, ExcessClaim, ReturnClaim]]) -> list[Finding]:
    """Excess figures over one benchmark whose implied benchmark returns disagree."""
    if len(group) < 2:
        return []
    numbers: list[Number] = []
    for _, e, r in group:
        numbers += [r.value] + ([e.value] if e.value else [])
    tol = 2 * tolerance(*numbers)
    values = sorted(v for v, _, _ in group)
    middle = values[len(values) // 2]
    agree = [(v, e, r) for v, e, r in group if abs(v - middle) <= tol]
    if len(agree) < 2 and len(group) > 2:
        return []
    for _, e, r in group:
        claims.verify(e, r)
    out = []
    reference = agree[0] if agree else group[0]
    if len(agree) < 2:  # no majority: the one whose implied return the document states elsewhere is right
        anchored = _anchored(claims, group, tol)
        reference = anchored or reference
    for v, e, r in group:
        if abs(v - reference[0]) <= tol:
            continue
        ref_v, ref_e, ref_r = reference
        out.append(
            finding(
                "warning" if e.guessed or ref_e.guessed else "error",
                "arithmetic",
                f"{e.subject.label if e.subject else ''} {signed(r.value)}% and {e.word} "
                f"{e.benchmark.label} {e.value.text if e.value else ''} imply {e.benchmark.label} "
                f"{fmt(v)}%, but {ref_e.subject.label if ref_e.subject else ''} {signed(ref_r.value)}% and "
                f"{ref_e.word} {ref_e.value.text if ref_e.value else ''} (at {ref_e.sentence.location}) imply "
                f"{fmt(ref_v)}%; consistent would be {_direction(r.value.value - ref_v)} "
                f"{fmt(abs(r.value.value - ref_v))}",
                e.sentence,
                e.start,
                e.end,
            )
        )
    return out
