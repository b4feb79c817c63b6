"""Market claims in report text: returns, excess returns (跑赢/跑输/超额/相对收益) and ranks.

Every figure gets a subject (an Entity, resolved through the alias table), a period (from its own
clause, see periods.py) and a kind. ``分别为 A、B、C`` lists are assigned position by position to
the subjects or the periods before them. Excess claims are extracted in excess.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from sectorbrief.check.claim_types import (
    FILLER,
    NUMBER,
    ExcessClaim,
    Number,
    RankClaim,
    ReturnClaim,
    clause_start,
    other_subject_between,
    parse_number,
)
from sectorbrief.check.entities import Entity, find_entities, universe_near
from sectorbrief.check.excess import BRACKET_RE, PCT_OF_RE, excess_claims, signed_return_after
from sectorbrief.check.fund_excess import FundExcess, fund_excess
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence, split_sentences
from sectorbrief.check.read import Paragraph

__all__ = ["NUMBER", "Claims", "ExcessClaim", "Number", "RankClaim", "ReturnClaim", "Sentence", "extract"]

_NUMBER_RE = lazy_compile(NUMBER)
_LIST = rf"{NUMBER}%?(?:\s*(?:和|、|与|及|/)\s*{NUMBER}%?)*"
_RETURN_RE = lazy_compile(
    r"(?P<verb>累计上涨|累计下跌|累计涨幅为?|累计跌幅为?|上涨|下跌|上升|下降|收涨|收跌|收升|跌去|周涨跌幅为?|"
    r"回落|下挫|下滑|走低|回调|上扬|走高|攀升|"
    r"周涨幅为?|周跌幅为?|涨跌幅为?|涨幅为?|跌幅为?|累计变化幅度为?|变化幅度为?|涨|跌|录得|周环比|分别(?=\s*[+-]?\d))"
    rf"(?:了|达到|达|约为|约|为|分别为|分别|是)?\s*(?P<nums>{NUMBER}%(?:\s*(?:和|、|与|及)\s*{NUMBER}%)*"
    r"|(?P<bare>\d+\.\d+)(?=\s*[，,；;]))"  # 休闲服务行业上涨6.66，行业跑赢市场7.82个百分点: a % left out
    r"(?!\s*(?:至(?!\s*[\d,.]+\s*点)|以上|以下|之间|左右|-|~))"  # 收跌0.22%至3988.22点 is a move and a close
)
_BARE_RETURN = lazy_compile(
    r"(?:\((?:申万|中信)\))?(?:行业|板块)?(?:指数)?(?:为)?\s*(?P<num>[+-]?\d+(?:\.\d+)?)%(?![的以])"
)
_CLOSE_RETURN = lazy_compile(
    rf"^[^，。；]{{0,12}}?收于[\d,.]+\s*点?\((?:周环比|周涨跌幅|涨跌幅)?(?P<num>{NUMBER})%\)"
)
# 收于2608.36点，较上期(9月25日)上涨1.05% / 收4633.49点，较上周+0.90%: the index's move since the last close.
# 收盘为27,626.48点，较上周(11月21日)的26,434.94点上涨1,191.54点，涨幅约为4.51%: the points, then the size.
_CLOSE_SINCE = lazy_compile(
    r"(?:指数)?\s*收(?:盘为|盘于|于)?\s*[\d,.]+\s*点\s*[，,]\s*较(?P<base>上期|上周|前一周|上一周)(?:\([^()]{0,16}\))?\s*"
    r"(?:的\s*[\d,.]+\s*点\s*(?:上涨|下跌|涨|跌)\s*[\d,.]+\s*点\s*[，,]\s*(?P<size>涨幅|跌幅)(?:约为|约|为)?)?"
    rf"\s*(?P<verb>上涨|下跌|涨|跌)?\s*(?P<num>{NUMBER})%"
)
_IN_BRACKETS = lazy_compile(
    r"(?:指数)?\s*(?:为|(?P<verb>上涨|下跌|涨|跌))?\s*(?P<num>[+-]?\d+(?:\.\d+)?)\s*%\)"
)
_WEIGHT = lazy_compile(r"\d%\s*$")
_ANAPHOR = lazy_compile(r"该(?:行业|板块|指数)|(?:行业|板块)整体")
_OF_RETURN = lazy_compile(r"(?:指数)?的(?P<num>[+-]?\d+(?:\.\d+)?)%(?!\s*个)")
_DIRECTED = lazy_compile(r"跑赢|跑输|落后|领先|强于|弱于|优于|于|、|和")
_NOUN_VERB = ("涨幅", "跌幅", "涨跌幅", "周涨跌幅", "周涨幅", "周跌幅", "累计涨幅", "累计跌幅", "跌去")
# 较上一交易日上涨1.24%: the day's move, from the day before, is the index's own return
_DAY_BASE = r"上一?个?交易日|前一?个?交易日|昨日"
_SINCE_DAY_BEFORE = lazy_compile(rf"较(?:{_DAY_BASE})")
# Between an index and its verb these mean the figure is not the index's return (成交额上涨20%).
_NOT_A_RETURN = lazy_compile(
    r"成交|换手|估值|市盈|PE|市值|融资|融券|利润|收入|营收|出货|价格|销量|产量|环比|同比|股息|资金|份额|净值|"
    rf"个股|标的|只|家|公司|相对|较(?![好差强弱佳优]|{_DAY_BASE})|超额|毛利|开工|利用率|库存|元/吨|吨"
)
# A sentence without a digit or a direction word holds no market claim (most of a report's prose).
_MAY_CLAIM = lazy_compile(r"\d|跑赢|跑输|强于|弱于|优于|劣于|好于|差于|落后|领先|不及|逊|涨幅榜第")
_NEGATIVE_VERBS = (
    "下跌",
    "跌",
    "下降",
    "收跌",
    "累计下跌",
    "跌幅",
    "周跌幅",
    "累计跌幅",
    "跌去",
    "回落",
    "下挫",
    "下滑",
    "走低",
    "回调",
)


@dataclass
class Claims:
    sentences: list[Sentence] = field(default_factory=list)
    returns: list[ReturnClaim] = field(default_factory=list)
    excess: list[ExcessClaim] = field(default_factory=list)
    ranks: list[RankClaim] = field(default_factory=list)
    # a fund's excess over its 业绩比较基准 with its two returns (tables and prose of fund reports)
    funds: list[FundExcess] = field(default_factory=list)
    verified: set[int] = field(default_factory=set)

    @property
    def count(self) -> int:
        return len(self.returns) + len(self.excess) + len(self.ranks) + len(self.funds)

    @cached_property
    def returns_by_sentence(self) -> dict[int, list[ReturnClaim]]:
        """The returns of each sentence (by ``Sentence.index``), in text order."""
        out: dict[int, list[ReturnClaim]] = {}
        for r in self.returns:
            out.setdefault(r.sentence.index, []).append(r)
        return out

    @cached_property
    def returns_by_paragraph(self) -> dict[int, list[ReturnClaim]]:
        """The returns of each paragraph, in text order (read after extraction, which alone adds returns)."""
        out: dict[int, list[ReturnClaim]] = {}
        for r in self.returns:
            out.setdefault(r.sentence.paragraph, []).append(r)
        return out

    def verify(self, *claims: object) -> None:
        """Record that a rule compared these claims with something."""
        self.verified.update(id(c) for c in claims)


def extract(paragraphs: list[Paragraph]) -> Claims:
    claims = Claims(sentences=split_sentences(paragraphs))
    universes: dict[int, tuple[int | None, str]] = {}  # the last ranking universe named in a paragraph
    previous: Sentence | None = None
    listed: list[Entity] = []  # the indices the sentence before listed (有色金属、国防军工、钢铁、…)
    owner: Entity | None = None  # the industry whose return the sentence before stated last
    sole: Entity | None = None  # that industry when it is the only one the sentence before gave a return
    for sentence in claims.sentences:
        same = previous is not None and previous.paragraph == sentence.paragraph
        before, last, only = (listed, owner, sole) if same else ([], None, None)
        previous, listed, owner, sole = sentence, [], None, None
        if not _MAY_CLAIM.search(sentence.text):
            continue
        entities = find_entities(sentence.text)
        listed = _last_list(sentence.text, entities)
        entities = _with_listed(sentence.text, entities, before)
        entities = _with_performance(sentence.text, entities, last)
        entities = _with_sector_word(sentence.text, entities, only)
        if not entities:
            # 行业PE为22倍在申万一级行业中排名第32位: a rank in a stated universe needs no named subject
            if _UNNAMED_RANK.search(sentence.text):
                claims.ranks.extend(k for k in _ranks(sentence, []) if k.universe is not None)
            continue
        returns = _returns(sentence, entities)
        claims.returns.extend(returns)
        owner = next((r.entity for r in reversed(returns) if r.entity.is_industry), None)
        sole = owner if len({r.entity.name for r in returns if r.entity.is_industry}) == 1 else None
        claims.excess.extend(excess_claims(sentence, entities, returns))
        ranks = _ranks(sentence, entities, universes.get(sentence.paragraph))
        claims.ranks.extend(ranks)
        for k in ranks:
            if k.universe is not None:
                universes[sentence.paragraph] = (k.universe, k.classification)
    claims.ranks = _with_paragraph_universe(claims.ranks)
    claims.funds = fund_excess(claims.sentences)
    return claims


def _with_paragraph_universe(ranks: list[RankClaim]) -> list[RankClaim]:
    """A rank with no universe of its own (行业排名33, a heading) takes the size of its paragraph's ranking when
    the paragraph states exactly one (… 在申万31个一级行业中排名第20位 in the next sentence), so a rank beyond it is
    read. Only the size: its classification stays unsaid, so it is not taken for that ranking's rank of the
    same period (a heading and a chart title may rank another span). A scoped rank (子行业, 估值), or any rank
    in a paragraph of two sizes (31 一级 and 124 二级), keeps none."""
    if all(k.universe is not None or k.classification for k in ranks):
        return ranks
    stated: dict[int, set[int]] = {}  # every ranking's size, scoped ones too (子行业 124 is another ranking)
    for k in ranks:
        if k.universe is not None:
            stated.setdefault(k.sentence.paragraph, set()).add(k.universe)
    out = []
    for k in ranks:
        one = stated.get(k.sentence.paragraph, set())
        if k.universe is None and not k.classification and len(one) == 1:
            k = replace(k, universe=next(iter(one)))  # its size only: which ranking it is stays unsaid
        out.append(k)
    return out


# A ranking universe named in a sentence (申万一级, 31个行业), or a rank given over its universe (涨幅排名同类
# 基金12/85): its ranks are read even with no index named.
_UNNAMED_RANK = lazy_compile(
    r"(?=[申中SC\d排])(?:(?:申万|中信|SW|CS)\s?(?:各|所有|全部)?(?:一级|二级)"
    r"|\d+个(?:申万|中信|SW|CS)?\s?(?:一级|二级)?(?:子)?(?:行业|板块)"
    r"|排名[\u4e00-\u9fff]{0,8}\d+/\d+(?![\d/]))"
)
# 这五个行业 / 上述5个行业: the indices the sentence before listed, by their count
_LISTED_ANAPHOR = lazy_compile(
    r"(?:这|上述|以上)(?P<n>[一二三四五六七八九十\d]+)个(?:申万一级|中信一级)?(?:行业|板块|指数)"
)


def _last_list(text: str, entities: list[Entity]) -> list[Entity]:
    """The last run of two or more indices joined by 、/和 (a list) in ``text``."""
    runs: list[list[Entity]] = []
    for e in entities:
        if e.level == "market":
            continue
        if runs and _LIST_GAP.fullmatch(text, runs[-1][-1].end, e.start):
            runs[-1].append(e)
        else:
            runs.append([e])
    lists = [run for run in runs if len(run) > 1]
    return lists[-1] if lists else []


def _with_listed(text: str, entities: list[Entity], listed: list[Entity]) -> list[Entity]:
    """``entities`` with 这五个行业 read as the five indices the sentence before listed, in their order, at
    the anaphor's place (而在2009年，这五个行业的涨幅分别为…); only when the count matches and the sentence
    names no index before it."""
    m = _LISTED_ANAPHOR.search(text) if listed else None
    if m is None or any(e.start < m.start() for e in entities):
        return entities
    count = int(m.group("n")) if m.group("n").isdigit() else chinese_number(m.group("n"))
    if count != len(listed):
        return entities
    named = [replace(e, start=m.start(), end=m.end()) for e in listed]
    return named + entities


# 这一表现明显强于大盘: the performance the sentence before described
_PERFORMANCE = lazy_compile(r"^(?:其中|而|但)?(?:这一|这种|此|该)(?:表现|走势|涨幅|跌幅)")


def _with_performance(text: str, entities: list[Entity], owner: Entity | None) -> list[Entity]:
    """``entities`` with 这一表现 opening the sentence read as the industry whose return the sentence before
    (same paragraph) stated last, at the anaphor's place; only when no index is named before it."""
    m = _PERFORMANCE.match(text) if owner is not None else None
    if m is None or owner is None or any(e.start < m.end() for e in entities):
        return entities
    return [replace(owner, start=m.start(), end=m.end()), *entities]


# 同期上证指数下跌0.02%，创业板指上涨0.46%，板块强于上证指数但弱于创业板指: the 板块 of the sentence before
_SECTOR_WORD = lazy_compile(
    r"(?:^|(?<=[，,；;]))\s*(?:其中|而|但|整体|总体)?(?:该|本)?(?:板块|行业)(?:整体|总体|本周|当周|同期)?(?:表现|走势)?"
    r"(?=跑赢|跑输|强于|弱于|优于|劣于|好于|差于)"
)


def _with_sector_word(text: str, entities: list[Entity], owner: Entity | None) -> list[Entity]:
    """``entities`` with a clause that opens with a bare 板块 / 行业 and its direction word read as the
    one industry the sentence before (same paragraph) gave a return for; only when the sentence names no
    industry of its own, so that 板块 can mean no other (not a sub-industry the sentence before also gave)."""
    if owner is None or "板块" not in text and "行业" not in text or any(e.is_industry for e in entities):
        return entities
    m = _SECTOR_WORD.search(text)
    if m is None:
        return entities
    at = replace(owner, start=m.start(), end=m.end())
    return sorted([*entities, at], key=lambda e: e.start)


def _returns(sentence: Sentence, entities: list[Entity]) -> list[ReturnClaim]:
    out: list[ReturnClaim] = []
    for chain in _chains(sentence.text):
        if len(chain) > 1:
            out.extend(_chain_returns(sentence, entities, chain))
        else:
            out.extend(_verb_return(sentence, entities, chain[0], out))
    taken = {r.entity.start for r in out}
    for e in entities:
        if e.start not in taken and e.level != "market":
            out.extend(_attached_return(sentence, e))
        elif e.start not in taken and (pct_of := PCT_OF_RE.match(sentence.text, e.end)):
            out.append(_pct_of_return(sentence, e, pct_of))  # 跑输大盘1.06%区间涨幅: the market's own return
    return out


def _pct_of_return(sentence: Sentence, e: Entity, pct_of: re.Match[str]) -> ReturnClaim:
    """国防军工板块2.21%的跌幅, 沪深300指数10.39%的涨幅, 大盘1.06%区间涨幅: the index's return, written before its
    size word."""
    value = _signed(pct_of.group("num"), -1.0 if pct_of.group("kind") == "跌幅" else 1.0)
    return ReturnClaim(e, value, sentence.period_at(e.start), sentence, e.start, pct_of.end(), True)


def _verb_return(
    sentence: Sentence, entities: list[Entity], m: re.Match[str], earlier: list[ReturnClaim]
) -> list[ReturnClaim]:
    text = sentence.text
    if m.group("bare") and not _PERCENT_LEFT_OUT.search(text, m.end()):
        return []  # a figure without % is a return only where the sentence goes on in percentage points
    verb = m.group("verb").removesuffix("为")  # 跌幅为7.25% reads as 跌幅7.25%
    values = _NUMBER_RE.findall(m.group("nums"))
    clause = clause_start(text, m.start())
    owners = [e for e in entities if clause <= e.start and e.end <= m.start() and e.level != "market"]
    # 跑赢上证综指、沪深300和创业板指，三者涨幅分别为…: a list the clause before names, whatever word leads it
    listed_before = False
    if len(values) > 1 and len(owners) < len(values):
        before = _list_before(text, entities, clause, len(values))
        owners, listed_before = (before, True) if before else (owners, False)
    if len(owners) > len(values):
        if len({o.start for o in owners}) < len(owners):
            return []  # 这五个行业 stands for five indices: one figure is none of theirs alone
        owners = owners[-len(values) :]
    if verb == "分别" and (len(owners) < 2 or not _TAG_ONLY.fullmatch(text, owners[-1].end, m.start())):
        return []  # 上证综指和创业板指分别-0.94%、-3.64%: a list of figures right after its indices only
    borrowed = not owners
    concluded = False  # the clause sums up the index its sentence narrates (最终周内累计下跌0.15%)
    if not owners and (verb in _NOUN_VERB or _ANAPHOR.search(text, clause, m.start())):
        owners = _previous_owner(text, entities, earlier, clause, m.start(), sentence.period_at(m.start()))
    elif not owners and _bare_clause(text, clause, m.start()):
        owners = _previous_owner(text, entities, earlier, clause, m.start(), sentence.period_at(m.start()))
        previous = clause_start(text, max(clause - 1, 0))
        # …本周上涨5.1%，本月上涨7.2%，年初以来上涨25.1%: a run of bare clauses, each of another period
        chained = (
            any(r.entity.start == owners[0].start and previous <= r.end <= clause for r in earlier)
            if owners
            else False
        )
        concluded = bool(owners) and _concludes(text, entities, owners[0], clause)
        if (
            owners
            and not chained
            and not concluded
            and (owners[0].start < previous or not _bare_clause(text, previous, owners[0].start))
        ):
            owners = []
    # an owner borrowed from further back than the clause just before is a guess (该行业 names it again)
    guessed = bool(
        borrowed
        and owners
        and owners[0].start < clause_start(text, max(clause - 1, 0))
        and not _ANAPHOR.search(text, clause, m.start())
        and not concluded
        and not _CLOSE_AND_POINTS.fullmatch(text, owners[0].end, clause)
    )
    periods: list[str | None] = [sentence.period_at(m.start())] * len(values)
    if periods[0] is None and owners and _SINCE_DAY_BEFORE.search(text, owners[-1].end, m.start()):
        periods = [sentence.tag("day")] * len(values)  # 较上一交易日上涨1.24%: the day's move
    if len(owners) == 1 and len(values) > 1:
        listed = sentence.periods_in(owners[0].end, m.start())
        if not listed:  # 本周、本月、年初至今申万电子行业指数涨幅分别为 …: the periods lead the clause
            listed = sentence.periods_in(clause_start(text, owners[0].start), owners[0].start)
        if not listed:  # …分别为0.5%、3.0%，沪深300涨幅分别为1.1%、1.8%: the periods of the list before
            listed = _periods_of_last_list(earlier, len(values))
        if len(listed) != len(values):
            return []
        owners, periods = owners * len(values), list(listed)
    if m.group("bare") and not all(o.level in ("l1", "l2") for o in owners):
        return []
    if len(owners) == 1 and any(
        r.entity.start == owners[0].start and r.period == periods[0] and clause <= r.start for r in earlier
    ):
        return []  # 零食板块上涨3.71%烘焙食品上涨0.77%: the index had its figure; the next is a name the table lacks
    if len(owners) != len(values) or _blocked(
        text, owners, max(owners[-1].end, clause) if owners else 0, m.start(), lead=not listed_before
    ):
        return []
    sign = -1.0 if verb in _NEGATIVE_VERBS else 1.0
    return [
        ReturnClaim(owner, _signed(raw, sign), period, sentence, owner.start, m.end(), guessed=guessed)
        for owner, raw, period in zip(owners, values, periods, strict=True)
    ]


# After a figure whose % was left out: the excess of the same sentence in percentage points or in %.
_PERCENT_LEFT_OUT = lazy_compile(
    r"(?:跑赢|跑输|领先|落后|超额)[^。；;]{0,20}?\d+(?:\.\d+)?\s*(?:个百分点|%|(?i:pct))"
)
_TAG_ONLY = lazy_compile(r"(?:指数|板块|行业)?\s*")
_CHAIN_GAP = lazy_compile(r"\s*[/、，,]\s*")
_AFTER_RESPECTIVELY = lazy_compile(r"分别[为是]?\s*$")  # 分别上涨1.23%/… or 分别为下跌18.68%、上涨13.64%…


def _chains(text: str) -> list[list[re.Match[str]]]:
    """Verb figures in runs: ``分别上涨1.23%/上涨1.43%/下跌0.19%`` is one list of moves, each with its
    verb, joined by / 、 or a comma after 分别; any other figure is a run of one."""
    chains: list[list[re.Match[str]]] = []
    for m in _RETURN_RE.finditer(text):
        if (
            chains
            and _AFTER_RESPECTIVELY.search(text, 0, chains[-1][0].start())
            and _CHAIN_GAP.fullmatch(text, chains[-1][-1].end(), m.start())
        ):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def _chain_returns(
    sentence: Sentence, entities: list[Entity], chain: list[re.Match[str]]
) -> list[ReturnClaim]:
    """The moves of a 分别 run go to as many indices named before it in its clause, in order; to none
    when the clause names more or fewer (中债十年期国债, a name the table lacks, breaks the list)."""
    text = sentence.text
    first = chain[0]
    clause = clause_start(text, first.start())
    owners = [e for e in entities if clause <= e.start and e.end <= first.start() and e.level != "market"]
    values = [
        (raw, -1.0 if m.group("verb").removesuffix("为") in _NEGATIVE_VERBS else 1.0, m)
        for m in chain
        for raw in _NUMBER_RE.findall(m.group("nums"))
    ]
    if len(owners) != len(values):
        return []
    return [
        ReturnClaim(
            owner,
            _signed(raw, sign),
            sentence.period_at(m.start()),
            sentence,
            owner.start,
            m.end(),
        )
        for owner, (raw, sign, m) in zip(owners, values, strict=True)
    ]


def _periods_of_last_list(earlier: list[ReturnClaim], count: int) -> list[str]:
    """The periods of the last ``count`` returns of the sentence when they are one index's per-period list."""
    last = earlier[-count:]
    periods = [r.period for r in last]
    if len(last) != count or len({r.entity.start for r in last}) != 1 or None in periods:
        return []
    return [p for p in periods if p is not None] if len(set(periods)) == count else []


def _signed(raw: str, sign: float) -> Number:
    number = parse_number(raw)
    value = sign * abs(number.value) if sign < 0 or not raw.startswith(("-", "+")) else number.value
    return Number(value, number.decimals, raw)


_LIST_GAP = lazy_compile(r"(?:指数|板块|行业)?(?:、|和|与|及|以及|/)")


def _list_before(text: str, entities: list[Entity], clause: int, count: int) -> list[Entity]:
    """The list of exactly ``count`` indices in the clause before ``clause`` (SW白酒、SW肉制品跌幅最多，
    分别下跌 …); none when that clause lists more or fewer (a name the table lacks breaks the list)."""
    previous = clause_start(text, max(clause - 1, 0))
    before = [e for e in entities if previous <= e.start and e.end <= clause and e.level != "market"]
    if len(before) != count:
        return []
    if any(not _LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(before, before[1:], strict=False)):
        return []
    return before


def _previous_owner(
    text: str, entities: list[Entity], earlier: list[ReturnClaim], clause: int, pos: int, period: str | None
) -> list[Entity]:
    """跌幅0.33% opening a clause belongs to the index named before it, if nothing was said of it since
    but its figures of other periods (沪深300本周上涨0.6%，年初以来上涨3.3%) and the clause names no
    other subject (中证民参军指数平均跌幅为6.12%: an index the table lacks)."""
    before = [e for e in entities if e.end <= clause and e.level != "market"]
    if not before or any(
        r.entity.start >= before[-1].start
        and (r.entity.start != before[-1].start or r.period == period or period is None)
        for r in earlier
    ):
        return []
    anaphor = _ANAPHOR.search(text, clause, pos)  # 该行业本周上涨7.08%: it names the index again
    if not anaphor and (_NAMED_IN_GAP.search(text, clause, pos) or not _bare_clause(text, clause, pos)):
        return []  # 医疗器械周涨幅4.26%: the clause names a subject of its own
    if other_subject_between(text, before[-1].end, pos) or _NOT_A_RETURN.search(
        text, anaphor.end() if anaphor else before[-1].end, pos
    ):
        return []  # 钢铁行业综合毛利249元/吨，7日涨幅4.0%: the figure is the margin's
    return before[-1:]


# 深成指报9874.10点，上涨58.92点，涨幅0.60%: between the index and its 涨幅 only its close and its move in
# points, so the figure is the index's, not a guess
_CLOSE_AND_POINTS = lazy_compile(
    r"(?:指数)?\s*(?:收报|报收|收于|收盘于?|报)\s*[\d,.]+\s*点\s*[，,]\s*"
    r"(?:上涨|下跌|涨|跌|上升|下降)\s*[\d,.]+\s*点\s*[，,]\s*"
)
_CONCLUDING = lazy_compile(r"最终|最后|终盘|全周来看|整体来看")


def _concludes(text: str, entities: list[Entity], owner: Entity, clause: int) -> bool:
    """医药生物表现先扬后抑，3月31日早盘板块冲高回落，4月1日续跌，最终周内累计下跌0.15%: a clause opening with
    最终 sums up the index its sentence narrates, when the clauses between name no other index and state no
    figure but dates."""
    between = _DAY.sub("", text[owner.end : clause])
    return (
        _CONCLUDING.match(text, clause) is not None
        and not any(owner.end <= e.start < clause for e in entities)
        and not any(c.isdigit() for c in between)
    )


_DAY = lazy_compile(r"(?:\d{1,2}月)?\d{1,2}日")


def _bare_clause(text: str, clause: int, pos: int) -> bool:
    """A clause that opens with its verb (…收于2214.55点，上涨0.44%): nothing but filler before it."""
    return not FILLER.sub("", PERIOD_RE.sub("", text[clause:pos]))


_NAMED_IN_GAP = lazy_compile(r"指数|板块|行业|组合|个股|股票|公司|基金|ETF|期货|价格|现货")


_COMPARED = lazy_compile(rf"跑赢|跑输|超越|落后|强于|弱于|优于|不及|逊于|相对|较(?!{_DAY_BASE})")


def _blocked(text: str, owners: list[Entity], after: int, pos: int, *, lead: bool = True) -> bool:
    """A 跑赢/跑输 word or a non-return noun (成交额, 估值) between the owner and the verb, or (``lead``) a
    跑赢/跑输 word just before the owner."""
    gap = text[after:pos]
    before = text[max(0, owners[0].start - 3, clause_start(text, owners[0].start)) : owners[0].start]
    return bool(_NOT_A_RETURN.search(gap) or _COMPARED.search((before if lead else "") + gap))


# A clause about another measure than the return: the figures attached to the indices it lists are that
# measure's (预期上调幅度较大的行业有有色金属(+4.4%)、计算机(+2.6%): EPS revisions, not returns).
_OTHER_MEASURE = lazy_compile(
    r"EPS|业绩|盈利|预期|上修|下修|上调|下调|资金|净流入|净流出|成交|估值|市盈率|市净率|权重|占比|仓位|持仓|股息|"
    r"利润|收入|营收|增速|ROE|毛利"
)


def _attached_return(sentence: Sentence, e: Entity) -> list[ReturnClaim]:
    """A figure attached to an index without a verb: 交通运输指数+1.21%, 沪深300(下跌0.54%), 收于X点(周环比+3.72%)."""
    text = sentence.text
    measure = _OTHER_MEASURE.search(text, 0, e.start)
    if measure and _OTHER_MEASURE.search(text, clause_start(text, e.start), e.start):
        return []
    b = BRACKET_RE.match(text, e.end)
    if b:
        sign = -1.0 if b.group("verb") in _NEGATIVE_VERBS else 1.0
        value = _signed(b.group("num"), sign)
        return [ReturnClaim(e, value, sentence.period_at(e.start), sentence, e.start, b.end(), True)]
    inside = (
        _IN_BRACKETS.match(text, e.end) if e.is_benchmark and text[e.start - 1 : e.start] == "(" else None
    )
    if inside:  # 上涨5.1%(沪深300 +0.8%): a benchmark's return in brackets beside the index's
        value = _signed(inside.group("num"), -1.0 if inside.group("verb") in _NEGATIVE_VERBS else 1.0)
        return [ReturnClaim(e, value, sentence.period_at(e.start), sentence, e.start, inside.end(), True)]
    signed = signed_return_after(text, e) if e.is_benchmark else None
    if signed:  # 表现优于沪深300指数-0.44%: the benchmark's own return
        value = parse_number(signed.group("num"))
        return [ReturnClaim(e, value, sentence.period_at(e.start), sentence, e.start, signed.end(), True)]
    of = _OF_RETURN.match(text, e.end)
    if of and e.is_benchmark:  # 跑赢沪深300的-1.15%: the benchmark's own return, not the excess
        return [
            ReturnClaim(
                e,
                parse_number(of.group("num")),
                sentence.period_at(e.start),
                sentence,
                e.start,
                of.end(),
                True,
            )
        ]
    since = _CLOSE_SINCE.match(text, e.end)
    if since:
        word = since.group("size") or since.group("verb")
        value = _signed(since.group("num"), -1.0 if word in _NEGATIVE_VERBS else 1.0)
        period = sentence.tag("week") if since.group("base") != "上期" else sentence.period_at(e.start)
        return [ReturnClaim(e, value, period, sentence, e.start, since.end())]
    close = _CLOSE_RETURN.match(text[e.end :])
    if close:
        value = parse_number(close.group("num"))
        return [
            ReturnClaim(
                e,
                value,
                sentence.tag("week") if "周" in close.group(0) else sentence.period_at(e.start),
                sentence,
                e.start,
                e.end + close.end(),
                True,
            )
        ]
    pct_of = PCT_OF_RE.match(text, e.end)
    if pct_of:  # 国防军工板块2.21%的跌幅, 沪深300指数10.39%的涨幅
        return [_pct_of_return(sentence, e, pct_of)]
    bare = _BARE_RETURN.match(text, e.end)
    weight = _WEIGHT.search(text, 0, e.start)  # 50%电子+25%有色金属: portfolio weights, not returns
    if (
        bare
        and not weight
        and e.level in ("l1", "l2")
        and not _DIRECTED.search(text, max(0, e.start - 4), e.start)
    ):
        return [
            ReturnClaim(
                e, parse_number(bare.group("num")), sentence.period_at(e.start), sentence, e.start, bare.end()
            )
        ]
    if (
        bare
        and e.level in ("benchmark", "generic")
        and bare.group("num")[0] in "+-"
        and not weight
        and _bare_clause(text, clause_start(text, e.start), e.start)
    ):  # 本周，沪深300指数-1.06%，wind医美指数-3.34%: an index opening its clause with a signed figure
        return [
            ReturnClaim(
                e, parse_number(bare.group("num")), sentence.period_at(e.start), sentence, e.start, bare.end()
            )
        ]
    return []


_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_RANK_RE = lazy_compile(
    r"(?:排名|排序|排|位列|位居|位于|处于|居|列|(?<=涨幅)榜(?=第))(?P<gap>[^，,。；]{0,24}?)(?P<rev>倒数)?"
    r"(?:第\s?(?P<n>\d+)\s?(?:位|名)?(?:/(?P<of>\d+))?(?![、\d])|第(?P<cn>[一二两三四五六七八九十]+)(?:位|名)?"
    r"|(?P<n2>\d+)(?:位|名)|(?P<n3>\d+)/(?P<of3>\d+)"
    r"|第(?P<head>\d+)(?=(?:、|和|与|及)\d)"  # 排名第13、26: a list of ranks under one 第, read as a list
    # 行业排名20。 / 排名16[3]: a bare number right after 排名 that ends its clause; 收益排名15、6、14名: a list
    r"|(?<=排名)\s?(?P<n4>\d{1,3})(?=\s*(?:[。；;，,]|\[|$))|(?<=排名)(?P<head2>\d+)(?=、\d)"
    # 位居首位 / 涨幅居首 / 涨幅榜首位: the first place; 排名垫底 / 位居末位: the last (read in _place)
    r"|(?P<first>榜首位|榜首|首位|(?<=居)首)|(?P<last>末位|垫底|(?<=居)末))"
)
# A ranking by return (涨幅, 涨跌幅, 表现, 收益) or by fall (跌幅 alone), said in a first or last place's clause.
_BY_RETURN = lazy_compile(r"涨跌幅|涨幅|表现|收益")
_BY_FALL = lazy_compile(r"(?<!涨)跌幅")
_PLACE_MOVE = lazy_compile(r"(?:上涨|下跌)(?=\s*\d+(?:\.\d+)?%)")
_DAY_PLACE = lazy_compile(r"单日|日内|当日|\d{1,2}日")
# 分列第3、第5和第9位 / 排名分别为第2、第7、第21、第1、第6。 (每项有第 when 位/名 is left out)
_RANK_LIST = lazy_compile(
    r"第?(?P<list>\d+(?:(?:、|和|与|及)第?\d+)+)(?:位|名)|第(?P<list2>\d+(?:(?:、|和|与|及)第\d+)+)(?=[。；;，,]|$)"
    r"|第(?P<list3>\d+(?:(?:、|和|与|及)\d+)+)(?=[。；;，,]|$)"  # 排名第13、26。: one 第 for the list
)
_SCOPED = lazy_compile(r"子行业|子板块|二级|三级|细分|行业内|板块内|TMT|内部")
# A move in rank (排名较上周上升3位) is not a rank.
_RANK_MOVE = lazy_compile(r"(?:上升|下降|提升|下滑|前进|后退)$")


def chinese_number(text: str) -> int:
    """一 .. 九十九 as an int (二十八 -> 28, 十三 -> 13)."""
    if "十" not in text:
        return _CN_DIGITS.get(text, 0)
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)


def _ranks(
    sentence: Sentence, entities: list[Entity], carried: tuple[int | None, str] | None = None
) -> list[RankClaim]:
    """Ranks with their subject and universe; a rank whose sentence names no universe nor 行业/板块 takes
    the universe of the paragraph's last ranked sentence (银行指数：…在申万31个行业中排名第18位；
    证券指数：…排名第27位), if the paragraph has one; otherwise it is not read."""
    out: list[RankClaim] = []
    text = sentence.text
    for m in _RANK_RE.finditer(text):
        if _RANK_MOVE.search(m.group("gap")):
            continue
        listed = _RANK_LIST.search(text, m.start())
        if listed and listed.start() < m.end():
            out.extend(_rank_list(sentence, entities, m, listed))
            continue
        if m.group("head") or m.group("head2"):
            continue  # 第1、2季度: not a list of ranks
        lead = text[clause_start(text, m.start()) : m.end()]
        universe, classification = universe_near(text[max(0, m.start() - 30) : m.end()])
        of = m.group("of") or m.group("of3")
        universe = int(of) if of else universe
        board = m.group(0).startswith("榜")  # 成为涨幅榜第二位: a place by return, in a universe left unsaid
        if universe is None and "行业" not in text and "板块" not in text and not board:
            if carried is None:
                continue
            universe, classification = carried
        raw = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4")
        if m.group("first") or m.group("last"):
            own = clause_start(text, m.start())
            before = text[clause_start(text, max(own - 1, 0)) : own]
            place = _place(text[own : m.end()], before, bool(m.group("first")), universe)
            if place is None or sentence.period_guessed(m.start()) or _DAY_PLACE.search(lead):
                continue  # 8月20日，板块单日涨跌幅排名跃居首位: a day's place in a week's text
            rank = place
        else:
            rank = int(raw) if raw else chinese_number(m.group("cn"))
        if m.group("rev"):
            if universe is None:
                continue
            rank = universe + 1 - rank
        if _SCOPED.search(lead) and "一级" not in lead and not (universe and 28 <= universe <= 31):
            classification = "scoped:" + classification
        metric = _rank_metric(text, m.start())
        if metric:  # 估值30.3倍，在31个申万一级行业中排名第12: a ranking by valuation, not by return
            classification = f"scoped:{metric}:{classification}"
        industries = [e for e in entities if e.start < m.start() and e.is_industry]
        subject = industries[-1] if industries else None
        if subject is not None and other_subject_between(text, subject.end, m.start()):
            subject = None
        out.append(
            RankClaim(
                subject,
                rank,
                universe,
                classification,
                sentence.period_at(m.start()),
                sentence,
                m.start(),
                m.end(),
            )
        )
    return out


def _place(clause: str, before: str, first: bool, universe: int | None) -> int | None:
    """The rank a first or last place says, in a ranking by return: 首位 is 1 and 末位/垫底 the universe's size
    when the clause ranks by return (涨幅/涨跌幅/表现/收益: 涨幅在28个申万一级行业中位居首位); by fall (跌幅 alone:
    跌幅在28个行业中位居首位) 首位 is the universe's size. With no such word in its clause, the clause ``before``
    says it: its size word, or its move (上涨3.4%，…位居首位; 下跌8.05%，…排名垫底; a fall's 首位 is not read,
    as it may be the first by fall). Only with a universe (a size is needed for the last place, and without one
    首位 is as often a fund flow's or a stock's place); else None. A last place by fall (跌幅榜末位) is not
    read: whether it means the smallest fall or the largest rise is unclear."""
    if universe is None:
        return None
    by_fall = _BY_FALL.search(clause) is not None
    if not by_fall and _BY_RETURN.search(clause) is None:
        by_fall = _BY_FALL.search(before) is not None
        move = _PLACE_MOVE.search(before)
        unsaid = move is None or (first and move.group(0) == "下跌")
        if not by_fall and _BY_RETURN.search(before) is None and unsaid:
            return None
    if first:
        return universe if by_fall else 1
    return None if by_fall else universe


# What else than a return a rank can order industries by (估值, 成交额, 换手率, 资金净流入 …).
_RANK_METRIC = lazy_compile(
    r"估值|市盈率|市净率|PE|PB|股息率|成交额|成交量|换手率|市值|净流入|净流出|资金|融资|持仓|仓位|盈利|利润"
)
_RANK_RETURN = lazy_compile(r"涨幅|跌幅|涨跌幅|收益|表现|上涨|下跌|[+-]?\d+(?:\.\d+)?%")


def _rank_metric(text: str, pos: int) -> str | None:
    """The other metric a rank at ``pos`` orders by: named in its clause or the clause before, with no
    return word or figure after it (医药板块整体估值30.3倍，在31个申万一级行业中排名第12)."""
    clause = clause_start(text, pos)
    lead = text[clause_start(text, max(clause - 1, 0)) : pos]
    metrics = list(_RANK_METRIC.finditer(lead))
    if not metrics or any(_RANK_RETURN.finditer(lead, metrics[-1].end())):
        return None
    return metrics[-1].group(0)


def _rank_list(
    sentence: Sentence, entities: list[Entity], m: re.Match[str], listed: re.Match[str]
) -> list[RankClaim]:
    """A list of ranks, one per period named before it (排名分别为第7、8、3名), else one per index
    of the list before it (通信、电子、计算机 … 分列第3、第5和第9位); otherwise none."""
    ranks = [
        int(n)
        for n in re.findall(r"\d+", listed.group("list") or listed.group("list2") or listed.group("list3"))
    ]
    universe, classification = universe_near(sentence.text[max(0, m.start() - 30) : m.end()])
    industries = [e for e in entities if e.start < m.start() and e.is_industry]
    periods: list[str | None] = list(sentence.periods_in(0, m.start()))
    if len(periods) == len(ranks):
        subjects = [industries[-1] if industries else None] * len(ranks)
    elif len(industries) >= len(ranks) and (
        len(industries) == len(ranks) or len({e.start for e in industries[-len(ranks) :]}) == len(ranks)
    ):  # 这五个行业 stands for five indices: four ranks are not theirs in order
        subjects, periods = list(industries[-len(ranks) :]), [sentence.period_at(m.start())] * len(ranks)
    else:
        return []
    return [
        RankClaim(subject, rank, universe, classification, period, sentence, m.start(), listed.end())
        for subject, rank, period in zip(subjects, ranks, periods, strict=True)
    ]
