"""Excess-return claims: 跑赢/跑输/强于/低于 … a benchmark by N, 相对X的超额收益 N, orphan 超额收益 N.

A benchmark's own return in brackets after it (跑输沪深300(涨幅4.97%)3.54个百分点) is skipped, not
read as the excess. ``分别跑赢上证综指1.78、1.19和0.47个百分点`` pairs each value with the
subject of the return list before it; a direction word with no figure (跑输上证综指) is a claim
about the sign only (value None).
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import (
    FILLER,
    NUMBER,
    ExcessClaim,
    Number,
    ReturnClaim,
    clause_start,
    clause_subject_at,
    parse_number,
)
from sectorbrief.check.entities import Entity
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.taxonomy.aliases import aliases

_NUMBER_RE = lazy_compile(NUMBER)
_DIRECTION_RE = lazy_compile(
    r"跑赢|跑输|超越|落后于|落后|领先于|领先|强于|弱于|优于|劣于|好于|差于|逊色于|逊于|不及|低于|高于|大于|小于|超过|少于"
)
NEGATIVE_WORDS = (
    "跑输",
    "相对下跌",
    "落后",
    "落后于",
    "弱于",
    "劣于",
    "差于",  # 表现差于大盘指数: the opposite of 好于
    "不及",
    "逊于",
    "逊色于",
    "低于",
    "超跌",
    "涨幅低于",
    "涨幅小于",
    "涨幅少于",
    "跌幅高于",
    "跌幅大于",
    "跌幅超过",
)
# A comparison of sizes: 跌幅高于上证指数 fell more (did worse), 跌幅小于 fell less (did better).
_COMPARATIVE = ("高于", "低于", "大于", "小于", "超过", "少于")
_SIZE_WORD = lazy_compile(r"涨跌幅|涨幅|跌幅")
_RELATIVE_RE = lazy_compile(r"相对于|相对|相较于|相较|较")
_EXCESS_WORD = lazy_compile(r"(?:的)?(?:超额收益率?|超额回报|超额|相对收益率?|相对涨幅|收益率?差|超跌|超涨)")
_NUMS_RE = lazy_compile(
    rf"\s*(?:分别)?(?:为|达到?|是|约|高达)?\s*(?P<nums>{NUMBER}(?P<pct>%)?(?:\s*(?:和|、|与|及|/)\s*{NUMBER}%?)*)"
    r"\s*(?P<unit>个百分点|(?i:个pct|pcts|pct|pp)|个点|%|百分点)?"
)
# A move relative to a benchmark (相对于沪深300指数下跌3.52%, 相较沪深300指数下跌-1.07PCT): the excess.
_RELATIVE_MOVE = lazy_compile(
    rf"(?:指数)?(?:的)?\s*(?P<verb>上涨|下跌)(?=\s*{NUMBER}\s*(?:%|个百分点|(?i:pct)))"
)
# The market named by a word after 跑赢/跑输 (跑赢市场约3.93个百分点, 跑输市场(沪深300)1.38个百分点).
# Only before a figure, a bracket or the clause's end (a colon, a bold mark): 好于市场预期 compares with
# expectations, not returns.
_MARKET_WORD = lazy_compile(r"\s*(?:市场|大势)(?:指数)?(?=\s*(?:约|超|近|达)?\s*[-+\d(，,。；;：:*]|\s*$)")
# A benchmark named in brackets: 大盘(沪深300), or after the figure 3.93个百分点(沪深300上涨0.56%).
_BRACKET_NAME = lazy_compile(r"\s*\(")
_WHEN = r"(?:本周|上周|当周|同期|本月|当月|年初至今|今年以来|年内)"
BRACKET_RE = lazy_compile(
    rf"(?:指数)?(?:的)?{_WHEN}?(?:涨幅|涨跌幅|收益率|收益|表现)?"
    rf"\(\s*{_WHEN}?(?:的)?\s*(?P<verb>上涨|下跌|涨幅为?|跌幅为?|涨跌幅为?|涨|跌)?\s*(?P<num>{NUMBER})\s*%\s*\)"
)
# The benchmark's own return written before the excess: 跑输沪深300指数10.39%的涨幅20.08个百分点.
# Also with 区间 for 的 (跑输大盘1.06%区间涨幅).
PCT_OF_RE = lazy_compile(
    rf"(?:指数)?(?P<num>{NUMBER})%(?:的|(?=区间))(?:区间|周|月|年)?(?P<kind>涨跌幅|涨幅|跌幅)"
)
_LIST_LEAD = lazy_compile(r"(?:\s|了|同期|于)*")
_AFTER_ENTITY = lazy_compile(r"(?:指数)?(?:大盘|大市)?(?:的)?(?:涨幅|涨跌幅|收益率|表现)?")  # 沪深300大盘
_JOINER = lazy_compile(r"\s*(?:和|、|与|及|以及)\s*")
_ORPHAN_RE = lazy_compile(
    r"(?<!相对)(?<!相较)(?P<word>超额收益率?|超额回报|相对收益率?|超额(?=\s*(?:为|达)?\s*[+-]?\d))"
)


_SIGNED_AFTER = lazy_compile(r"(?:指数)?\s*(?P<num>[+-]\d+(?:\.\d+)?)\s*%(?!\s*(?:个|的))")
_WORD_BEFORE = lazy_compile(rf"(?:{_DIRECTION_RE.pattern})$")


def signed_return_after(text: str, entity: Entity) -> re.Match[str] | None:
    """The benchmark's own return written after it with a sign the direction word before it contradicts
    (优于沪深300指数-0.44%, 跑输大盘+1.2%): an outperformance is never negative, so it is not the excess."""
    word = _WORD_BEFORE.search(text, clause_start(text, entity.start), entity.start)
    m = _SIGNED_AFTER.match(text, entity.end)
    if word is None or m is None or word.group(0) in _COMPARATIVE:
        return None
    negative = word.group(0) in NEGATIVE_WORDS
    return m if (m.group("num").startswith("-") != negative) else None


def excess_claims(
    sentence: Sentence, entities: list[Entity], returns: list[ReturnClaim]
) -> list[ExcessClaim]:
    out: list[ExcessClaim] = []
    text = sentence.text
    for m in _DIRECTION_RE.finditer(text):
        if any(e.start < m.start() < e.end for e in out):
            continue  # a later word of a run (分别跑赢1.43pct、跑赢4.42pct) read with the first
        meant = _negated(text, m.start(), _sized(text, m.start(), m.group(0)))
        if meant:
            out.extend(_after(sentence, entities, returns, m.end(), m.start(), meant))
    for m in _RELATIVE_RE.finditer(text):
        benches, pos = entity_list(text, m.end(), entities)
        if not benches or not all(b.is_benchmark for b in benches):
            continue
        word = _EXCESS_WORD.match(text, pos)
        move = None if word else _RELATIVE_MOVE.match(text, pos)
        if word or move:  # 相对沪深300的超额收益1.2%; 相对于沪深300指数上涨3.45% (a move relative to it)
            meant = word.group(0) if word else "相对" + move.group("verb")  # type: ignore[union-attr]
            out.extend(_after(sentence, entities, returns, m.end(), m.start(), meant))
    return out + _orphans(sentence, entities, returns, [(e.start, e.end) for e in out])


_NEGATION = lazy_compile(r"(?:未能|没能|没有|并未|未|不能|无法|难以)$")
_OPPOSITE = {
    "跑赢": "跑输",
    "领先": "落后",
    "领先于": "落后于",
    "强于": "弱于",
    "优于": "劣于",
    "好于": "劣于",
    "超越": "落后",
}


def _negated(text: str, pos: int, word: str) -> str:
    """未能跑赢大市 claims the opposite of 跑赢: read as 跑输 (a negated 跑输 is left unread)."""
    if not word or not _NEGATION.search(text, max(0, pos - 2), pos):
        return word
    return _OPPOSITE.get(word, "")


def _sized(text: str, pos: int, word: str) -> str:
    """The direction word as meant: 跌幅高于 (fell more) for 高于 after 跌幅 in its clause; "" for a
    size word (大于, 超过) that no 涨幅/跌幅 qualifies, which compares something else."""
    if word not in _COMPARATIVE:
        return word
    sizes = [m.group(0) for m in _SIZE_WORD.finditer(text, clause_start(text, pos), pos)]
    size = sizes[-1] if sizes else ""
    if size in ("涨幅", "跌幅"):
        return size + word
    return word if word in ("高于", "低于") else ""


def _numbers(text: str, pos: int) -> re.Match[str] | None:
    """Figures with a unit (1.78、1.19和0.47个百分点, -0.5%、1.8%和-0.99%) from ``pos``, else None."""
    nums = _NUMS_RE.match(text, pos)
    return nums if nums and (nums.group("unit") or "%" in nums.group("nums")) else None


def entity_list(text: str, pos: int, entities: list[Entity]) -> tuple[list[Entity], int]:
    """Entities joined by 和/、 from ``pos`` (a bracketed return after one is skipped)."""
    by_start = {e.start: e for e in entities}
    found: list[Entity] = []
    while True:
        pos = _LIST_LEAD.match(text, pos).end()  # type: ignore[union-attr]
        entity = by_start.get(pos)
        if entity is None:
            break
        found.append(entity)
        pos = entity.end
        b = BRACKET_RE.match(text, pos) or PCT_OF_RE.match(text, pos)
        pos = b.end() if b else _AFTER_ENTITY.match(text, pos).end()  # type: ignore[union-attr]
        joiner = _JOINER.match(text, pos)
        if not joiner or joiner.end() not in by_start:
            break
        pos = joiner.end()
    return found, pos


def _after(
    sentence: Sentence, entities: list[Entity], returns: list[ReturnClaim], pos: int, start: int, word: str
) -> list[ExcessClaim]:
    """The claims made by one direction word: its benchmarks, its figures, its subjects."""
    text = sentence.text
    pairs: list[tuple[Entity, Number | None, str]] = []
    benches, pos = entity_list(text, pos, entities)
    if not benches and word in _DIRECTION_WORDS:
        benches, pos = _market_word(text, pos)
    if not benches:  # 与沪指相比仍跑输1.76个百分点: the benchmark stands before the word
        benches = _compared_before(text, entities, start)
    while benches:
        if len(benches) == 1 and benches[0].level == "market":
            benches, pos = _named_in_brackets(text, pos, entities, benches)  # 大盘(沪深300)
        excess_word = _EXCESS_WORD.match(text, pos)
        if excess_word:
            pos = excess_word.end()
            word = word if word in NEGATIVE_WORDS or "超跌" not in excess_word.group(0) else "超跌"
        move = _RELATIVE_MOVE.match(text, pos) if word.startswith("相对") else None
        pos = move.end() if move else pos
        nums = _numbers(text, pos)
        if nums and text[pos - 1 : pos] == "的" and not nums.group("unit"):
            nums = None  # 跑赢沪深300的-1.15%: that is the benchmark's return, the claim is the direction
        if nums and not excess_word and len(benches) == 1 and signed_return_after(text, benches[0]):
            nums = None  # 优于沪深300指数-0.44%: the benchmark's return, the claim is the direction
        values = [parse_number(v) for v in _NUMBER_RE.findall(nums.group("nums"))] if nums else []
        unit = (nums.group("unit") or "%") if nums else ""
        if nums and len(benches) == 1 and text.endswith("分别", 0, start):
            while more := _run_more(text, nums.end(), word):  # 分别跑赢1.43pct、跑赢4.42pct
                values.append(parse_number(more.group("num")))
                nums = more
        if not values:
            pairs += [(b, None, "") for b in benches if b.is_benchmark]
            break
        if len(benches) == 1 and benches[0].level == "market":  # 3.93个百分点(沪深300上涨0.56%)
            benches, _ = _named_in_brackets(text, nums.end(), entities, benches)  # type: ignore[union-attr]
        if len(values) == len(benches):
            pairs += [(b, v, unit) for b, v in zip(benches, values, strict=True)]
        elif len(benches) == 1:
            pairs += [(benches[0], v, unit) for v in values]
        pos = nums.end()  # type: ignore[union-attr]
        joiner = _JOINER.match(text, pos)
        benches, pos = entity_list(text, joiner.end(), entities) if joiner else ([], pos)
    if not pairs or not all(b.is_benchmark for b, _, _ in pairs):
        return []
    subjects = _subjects(sentence, entities, returns, start, len(pairs))
    guessed = _guessed(sentence, entities, returns, subjects, start)
    periods = _periods(sentence, returns, subjects, [b for b, _, _ in pairs], start)
    negative = word in NEGATIVE_WORDS
    relative = not _DIRECTION_RE.fullmatch(_SIZE_WORD.sub("", word)) and word not in ("超跌", "相对下跌")
    out = []
    for subject, (bench, value, unit), period in zip(subjects, pairs, periods, strict=True):
        if subject is None and value is None:
            continue
        direction = (1 if value is None or value.value >= 0 else -1) if relative else (-1 if negative else 1)
        end = start + len(word) if value is None else _end_of(text, value, start)
        out.append(
            ExcessClaim(subject, bench, value, direction, unit, period, sentence, start, end, word, guessed)
        )
    return out


def _end_of(text: str, value: Number, start: int) -> int:
    """Where the quote of ``value`` (first written after ``start``) ends, its unit included (0.47个百分点)."""
    end = text.find(value.text, start) + len(value.text)
    return _UNIT_AFTER.match(text, end).end()  # type: ignore[union-attr]


_DIRECTION_WORDS = frozenset(_DIRECTION_RE.pattern.split("|")) - set(_COMPARATIVE)


def _market_word(text: str, pos: int) -> tuple[list[Entity], int]:
    """跑赢市场 / 跑输大势: the market, as 大盘 is (the benchmark its paragraph names), else nothing."""
    m = _MARKET_WORD.match(text, pos)
    return ([Entity(m.start(), m.end(), "", "大盘", "market")], m.end()) if m else ([], pos)


def _named_in_brackets(
    text: str, pos: int, entities: list[Entity], benches: list[Entity]
) -> tuple[list[Entity], int]:
    """The benchmark a bracket at ``pos`` opens with (市场(沪深300), 3.93个百分点(沪深300上涨0.56%)) instead
    of the market word ``benches``; a bracket that names none leaves them as they are."""
    m = _BRACKET_NAME.match(text, pos)
    named = next((e for e in entities if m and e.start == m.end()), None)
    if named is None or named.level != "benchmark":
        return benches, pos
    close = re.match(r"(?:指数)?\s*\)", text[named.end :])
    return [named], named.end + close.end() if close else pos


def _periods(
    sentence: Sentence,
    returns: list[ReturnClaim],
    subjects: list[Entity | None],
    benches: list[Entity],
    pos: int,
) -> list[str | None]:
    """One period per figure. Several figures of one subject against one benchmark are one per period
    (本周、年初至今 … 超额收益分别为-0.6%、1.2%): the periods of that subject's return list before them,
    else the period words of their clause; None each when neither has as many (never one period twice)."""
    count = len(subjects)
    if (
        count == 1
        or len({(s.start if s else -1, b.start) for s, b in zip(subjects, benches, strict=True)}) > 1
    ):
        return [sentence.period_at(pos)] * count
    subject = subjects[0]
    listed = [
        r.period for r in returns if subject is not None and r.entity.start == subject.start and r.start < pos
    ]
    if len(listed) == count and len(set(listed)) == count:
        return listed
    words: list[str | None] = list(sentence.periods_in(clause_start(sentence.text, pos), pos))
    return words if len(words) == count else [None] * count


_UNIT_AFTER = lazy_compile(r"(?:\s*(?:个百分点|(?i:个pct|pcts|pct|pp)|个点|%|百分点))?")
_COMPARED_LEAD = lazy_compile(r"(?:与|和|同|跟|相比于?|相较于?|相对于?|对比|较之?)$")
_COMPARED_GAP = lazy_compile(
    r"(?:指数)?\s*(?:相比|相较|比较|而言)?[，,]?(?:仍然|依然|仍|均|则|也|分别|明显|大幅|小幅|略微?)*"
)


def _run_more(text: str, pos: int, word: str) -> re.Match[str] | None:
    """The next figure of a run that repeats its direction word: ``、跑赢4.42pct`` after ``跑赢1.43pct``."""
    return re.compile(rf"\s*[、，,]\s*{re.escape(word)}\s*(?P<num>{NUMBER})\s*{_UNITS}").match(text, pos)


_UNITS = r"(?:个百分点|(?i:个pct|pcts|pct|pp)|个点|%|百分点)"
_RELATIVE_CLAUSE = lazy_compile(r"(?:相对于?|相较于?|相比于?|对比)$")


def _compared_before(text: str, entities: list[Entity], pos: int) -> list[Entity]:
    """The benchmark of ``与沪指相比仍跑输``: named right before the word, after 与/相比/较; or the whole
    clause before (相对上证综指，分别跑赢1.43pct、跑赢4.42pct)."""
    clause = clause_start(text, pos)
    if clause > 0 and re.fullmatch(r"\s*(?:分别|均|则|也)?\s*", text[clause:pos]):
        previous = clause_start(text, clause - 1)
        named = [e for e in entities if previous <= e.start and e.end <= clause - 1]
        if (
            len(named) == 1
            and named[0].is_benchmark
            and _RELATIVE_CLAUSE.search(text, previous, named[0].start)
            and re.fullmatch(r"(?:指数)?\s*(?:而言|来看)?", text[named[0].end : clause - 1])
        ):
            return named
    before = [e for e in entities if clause <= e.start and e.end <= pos]
    if not before or not before[-1].is_benchmark:
        return []
    bench = before[-1]
    if not _COMPARED_GAP.fullmatch(text, bench.end, pos) or not _COMPARED_LEAD.search(
        text, clause, bench.start
    ):
        return []
    return [bench]


def _subjects(
    sentence: Sentence, entities: list[Entity], returns: list[ReturnClaim], pos: int, count: int
) -> list[Entity | None]:
    """Who out- or under-performed, one per (benchmark, figure) pair.

    Several figures against one benchmark (分别跑赢上证综指1.78、1.19和0.47个百分点) go to the
    subjects of the last return list of that length; otherwise one subject: the index just before
    the word in its clause, else the last industry with a return before it in the sentence.
    """
    clause = clause_start(sentence.text, pos)
    named = [e for e in entities if clause <= e.start < pos and e.is_industry]
    if count > 1 and len(named) == count:
        return list(named)
    prior = [r.entity for r in returns if r.start < pos and r.entity.is_industry]
    if count > 1 and len(prior) >= count:
        run = prior[-count:]
        if len({e.start for e in run}) == count:
            return list(run)
    subject = named[-1] if named else (prior[-1] if prior else None)
    if subject is None:
        before = [e for e in entities if e.start < pos and e.is_industry]
        subject = before[-1] if before else None
    return [subject] * count


def _guessed(
    sentence: Sentence,
    entities: list[Entity],
    returns: list[ReturnClaim],
    subjects: list[Entity | None],
    pos: int,
) -> bool:
    """True when a subject is neither named in the claim's own clause, nor the owner of the industry
    return(s) stated last before it in the sentence, nor the last industry named before it there; or
    when a clause between opens with a subject of its own (医药商业则“一骑绝尘”，…，周度表现也明显好于大盘)."""
    text = sentence.text
    clause = clause_start(text, pos)
    if all(s is not None and clause <= s.start < pos for s in subjects):
        return False
    starts = {s.start for s in subjects if s is not None}
    if not starts:
        return False
    if _unnamed_lead(text, entities, clause, pos):
        return True  # 国有大行跑赢沪深300: the clause's own subject is a name the table lacks
    prior = [r for r in returns if r.start < pos and r.entity.is_industry]
    run = prior[-len(starts) :] if len(prior) >= len(starts) else []
    if run and {r.entity.start for r in run} == starts:
        return _other_subject_between(text, run[-1].end, pos, entities)
    named = [e for e in entities if e.end <= pos and e.is_industry]
    if len(starts) == 1 and named and named[-1].start in starts:
        return _other_subject_between(text, named[-1].end, pos, entities)
    return True


_LEAD_NAME = lazy_compile(r"[\u4e00-\u9fffA-Za-z]{2,}")
_NOT_A_NAME = lazy_compile(
    r"的|相对|相较|较|与|和|同|跟|相比|比较|而言|仍然|依然|仍|明显|略微?|进一步|再度|继续|超额|收益|未能|没能|没有|并未|未|"
    r"涨跌幅|涨幅|跌幅|走势|股价|行情|上涨|下跌|收涨|收跌|领涨|领跌|走强|走弱|反弹|回调|幅度|较大|较小|显著|总体|全部|多数|"
    r"不仅|不但|远远|远|逆势|逆市|都|亦|同样|相应|依旧|稍|还|更|再次|再|持续|连续|但|且|并|从而|因此|所以|故|"
    r"大盘|市场|同比|环比|一|个|幅|度|上|下"
)


def _unnamed_lead(text: str, entities: list[Entity], clause: int, pos: int) -> bool:
    """True when the clause opens with words that name a subject the alias table does not know
    (…；国有大行跑赢沪深300 …), before the direction word and without any index named there."""
    if any(clause <= e.start < pos for e in entities):
        return False
    lead = _NOT_A_NAME.sub("", FILLER.sub("", PERIOD_RE.sub("", text[clause:pos])))
    name = _LEAD_NAME.search(lead)
    return name is not None and name.group(0) not in aliases().names  # 传媒跑赢 …: a short alias


_COMMA_OR_SEMICOLON = lazy_compile(r"[，,；;]")
_OWN_SUBJECT = lazy_compile(r"[，,；;]\s*(?P<name>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:则|也|亦|更是|同样)")


def _other_subject_between(text: str, start: int, end: int, entities: list[Entity]) -> bool:
    """A clause between ``start`` and ``end`` opens with a subject of its own: a name and a topic word
    (…；医药商业则 …), or a name the table lacks with its own move (…；半导体下跌1.2%，跑输沪深300)."""
    if _OWN_SUBJECT.search(text, start, end):
        return True
    known = {e.start for e in entities}
    return any(
        m.end() not in known and clause_subject_at(text, m.end(), end)
        for m in _COMMA_OR_SEMICOLON.finditer(text, start, end)
    )


def _orphans(
    sentence: Sentence, entities: list[Entity], returns: list[ReturnClaim], taken: list[tuple[int, int]]
) -> list[ExcessClaim]:
    """超额收益 with no benchmark beside it: the sentence's benchmarks with returns, in order."""
    text = sentence.text
    benches: dict[tuple[str, str], Entity] = {}
    for r in returns:
        if r.entity.is_benchmark:
            benches.setdefault(r.entity.key, r.entity)
    if not benches:
        benches = {e.key: e for e in entities if e.is_benchmark and e.level != "market"}
    out: list[ExcessClaim] = []
    for m in _ORPHAN_RE.finditer(text):
        nums = _numbers(text, m.end())
        if not nums or any(a <= m.start() < b + 1 for a, b in taken):
            continue
        values = [parse_number(v) for v in _NUMBER_RE.findall(nums.group("nums"))]
        respectively = "分别" in text[m.end() : nums.start("nums")]
        listed = _listed(sentence, returns, m.start(), len(values)) if respectively else []
        if listed:
            out += [
                ExcessClaim(
                    own.entity,
                    bench.entity,
                    value,
                    1 if value.value >= 0 else -1,
                    nums.group("unit") or "%",
                    own.period,
                    sentence,
                    m.start(),
                    _end_of(text, value, m.end()),
                    m.group("word"),
                )
                for (own, bench), value in zip(listed, values, strict=True)
            ]
            continue
        if len(values) != len(benches):
            continue
        subject = _subjects(sentence, entities, returns, m.start(), 1)[0]
        guessed = _guessed(sentence, entities, returns, [subject], m.start())
        for bench, value in zip(benches.values(), values, strict=True):
            direction = 1 if value.value >= 0 else -1
            out.append(
                ExcessClaim(
                    subject,
                    bench,
                    value,
                    direction,
                    nums.group("unit") or "%",
                    sentence.period_at(m.start()),
                    sentence,
                    m.start(),
                    nums.end(),
                    m.group("word"),
                    guessed,
                )
            )
    return out


_NAMED_BETWEEN = lazy_compile(r"对|相对|相较|较|指数|板块|行业")


def _listed(
    sentence: Sentence, returns: list[ReturnClaim], pos: int, count: int
) -> list[tuple[ReturnClaim, ReturnClaim]]:
    """The (industry, benchmark) returns that a 分别 list of ``count`` > 1 excess figures with no benchmark
    beside it refers to, in order (沪深300上涨1.92%，公用事业上涨0.07%，环保下跌1.62%，周相对收益率分别为
    -1.85%和-3.54%): the sentence states one benchmark's return and, before the list, exactly ``count``
    industries' returns, all of the list's period, and names nothing between the last of them and the
    list (物业指数对恒生中国企业指数和沪深300的相对收益分别为 … names benchmarks of its own). Else []."""
    if count < 2:
        return []
    period = sentence.period_at(pos)
    before = [r for r in returns if r.period == period and r.end <= pos]
    benches = [r for r in before if r.entity.is_benchmark]
    others = [r for r in before if not r.entity.is_benchmark]
    if (
        len({b.entity.name for b in benches}) != 1
        or benches[0].entity.level == "market"
        or len(others) != count
        or not all(r.entity.is_industry for r in others)
        or len({r.entity.name for r in others}) != count
        or _NAMED_BETWEEN.search(sentence.text, before[-1].end, pos)
    ):
        return []
    return [(own, benches[-1]) for own in others]
