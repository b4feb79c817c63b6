"""Superlatives (涨幅最大, 领涨, 跌幅最重, 领跌) against the other returns stated beside them.

Read within one sentence only: ``航运上涨1.37%，公路货运跌幅最重达-3.01%，快递跌幅-4.08%`` says 公路货运
fell the most while a sibling listed in the same sentence, for the same period, fell more. Siblings are
clauses that open with a name and its move (``快递跌幅-4.08%``, ``高速公路板块下跌2.67%``); a clause that
names a benchmark, the market, a stock, a company or a fund is not a sibling, nor one whose name is an
index of another level than the superlative's (a level-1 industry 领涨 beside its own level-2 child).
Names need not be in the alias table: SW level-3 boards (公路货运, 快递) are compared as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.entities import aliases
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.ranked_items import listed_before, sentence_end
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

_NAME = (
    r"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,9}?)(?:Ⅱ|Ⅲ|II|III)?(?:\((?:申万|中信|SW)\))?"
)
_TAG = r"(?:板块|行业|指数|子板块|子行业)?"
_TOP = r"涨幅最大|涨幅最高|涨幅居首|涨幅第一|领涨"
_BOTTOM = r"跌幅最大|跌幅最重|跌幅最深|跌幅居首|跌幅第一|领跌"
_FILL = r"(?:本周|全周|周内|当周|本月|累计|区间)*"
_FIGURE = rf"{_FILL}(?:(?P<kind>涨幅|跌幅|上涨|下跌|涨|跌))?(?:了|达到|达|为|是)?\s*(?P<num>{NUMBER})%"
# 公路货运跌幅最重达-3.01% / 公路货运涨幅最高，达6.73% / 生物制品领涨，本周累计上涨6.29% /
# 银行板块涨3.75%领跑
_SUPERLATIVE = lazy_compile(
    rf"(?<![\u4e00-\u9fffA-Za-z0-9]){_NAME}{_TAG}{_FILL}(?:(?P<word>{_TOP}|{_BOTTOM})[，,]?\s*{_FIGURE}"
    rf"|(?P<kind2>上涨|下跌|涨|跌)(?:了|达)?(?P<num2>{NUMBER})%[，,]?(?P<word2>{_TOP}|{_BOTTOM}|领跑))"
)
# 涨幅最大的是银行板块，上涨3.75% / 表现最好的为医疗服务板块，周内累计上涨9.82% / 以5.01%的涨幅领涨
_BEST = r"涨幅最大|涨幅最高|表现最好|表现最佳|领涨"
_WORST = r"跌幅最大|跌幅最深|跌幅最重|表现最差|领跌"
_NAMED_AFTER = lazy_compile(
    rf"(?P<word>{_BEST}|{_WORST})的(?:板块|行业|子行业|子板块|二级行业|一级行业)?(?:是|为){_NAME}{_TAG}"
    rf"(?:[，,]|\(|（)?\s*{_FIGURE}"
)
# 以5.01%的涨幅领涨, or without 以: 客车行业8.85%的跌幅领跌
_WITH = lazy_compile(
    rf"(?<![\u4e00-\u9fffA-Za-z0-9]){_NAME}{_TAG}{_FILL}以?(?P<num>{NUMBER})%的(?P<kind>涨幅|跌幅)"
    rf"(?P<word>领涨|领跌|领跑|居首)"
)
# 快递跌幅-4.08% / 高速公路板块下跌2.67% / 航运上涨1.37%
_SIBLING = lazy_compile(
    rf"{_NAME}{_TAG}(?:本周|周|当周|本月|月)?(?P<verb>涨跌幅|涨幅|跌幅|上涨|下跌|收涨|收跌|回落|下挫|上扬|涨|跌)"
    rf"(?:了|达到|达|为|是|约)?\s*(?P<num>{NUMBER})%(?![\u4e00-\u9fff]{{0,2}}(?:以上|左右|至))"
)
# 乙和丙分别上涨9.85%和8.21%: a clause that opens with several names and gives their moves with 分别
_NOT_A_PEER = lazy_compile(
    r"指|大盘|市场|A股|两市|上证|深证|深成|创业板|科创|沪深|中证|恒生|恒指|个股|股份|控股|公司|集团|基金|ETF|龙头|成分|成份|标的"
)
# 子板块中公路货运 -> 公路货运, 其他通信设备小幅 -> 其他通信设备
_LEAD = lazy_compile(
    r"^(?:.*?(?:子板块|子行业|板块|行业|细分领域|细分|二级|三级)中|其中|同期|此外|另外|而|但|则|本周|上周|当周|本月|上月|今年以来|年初至今)+"
)
_TRAIL = lazy_compile(
    r"(?:小幅|大幅|微幅|明显|继续|持续|再度|一度|逆势|分别|均|也|则|累计|全周|本周|上周|当周|周)+$"
)
_CLASS = lazy_compile(r"^(?:申万|中信|SW)")
# Unknown names are boards only when the sentence says so before the superlative, and names no stocks.
_BOARDS = lazy_compile(r"板块|子行业|细分|二级|三级")
_STOCKS = lazy_compile(r"个股|公司|股份|控股|集团|\d+只|\d+家")
_FALLS = ("跌幅", "下跌", "收跌", "回落", "下挫", "跌")


def _name(raw: str) -> str:
    return _CLASS.sub("", _TRAIL.sub("", _LEAD.sub("", raw))) or raw


@dataclass(frozen=True)
class Move:
    name: str
    value: Number
    signed: float
    period: str | None
    start: int
    end: int


def _signed(verb: str | None, number: Number) -> float:
    if verb in _FALLS:
        return -abs(number.value)
    return number.value


def superlatives(sentence: Sentence) -> list[tuple[Move, bool]]:
    """The superlatives of ``sentence``: the move claimed to be the largest (True) or the lowest."""
    out = []
    matches = [
        *_SUPERLATIVE.finditer(sentence.text),
        *_NAMED_AFTER.finditer(sentence.text),
        *_WITH.finditer(sentence.text),
    ]
    for m in matches:
        groups = m.groupdict()
        word = groups.get("word") or groups["word2"]
        top = re.fullmatch(f"{_TOP}|{_BEST}|领跑|居首", word) is not None and groups.get("kind") != "跌幅"
        raw = groups.get("num") or groups["num2"]
        number = parse_number(raw)
        kind = groups.get("kind") or groups.get("kind2")
        verb = kind or ("跌" if not top and not raw.startswith(("-", "+")) else None)
        move = Move(
            _name(m.group("name")),
            number,
            _signed(verb, number),
            sentence.period_at(m.start()),
            m.start(),
            m.end(),
        )
        out.append((move, top))
    return out


def siblings(sentence: Sentence, taken: tuple[int, int]) -> list[Move]:
    """Clauses that open with a name and its move, outside the superlative's own span."""
    text = sentence.text
    out = []
    for m in _SIBLING.finditer(text):
        if m.start() < taken[1] and taken[0] < m.end():
            continue
        opener = m.start() == 0 or text[m.start() - 1] in "，,；;、：:。 "
        if not opener or _NOT_A_PEER.search(m.group("name")):
            continue
        if m.group("name").endswith("分别") and text[m.start() - 1 : m.start()] == "、":
            continue  # 甲、乙分别下跌a%、b%: the last name of a list, not 乙's move (_listed_siblings reads it)
        number = parse_number(m.group("num"))
        out.append(
            Move(
                _name(m.group("name")),
                number,
                _signed(m.group("verb"), number),
                sentence.period_at(m.start()),
                m.start(),
                m.end(),
            )
        )
    return out + _listed_siblings(sentence, taken)


def _listed_siblings(sentence: Sentence, taken: tuple[int, int]) -> list[Move]:
    """The names of a 分别 clause (乙和丙分别上涨9.85%和8.21%) with their moves, when as many as the figures: read
    by the one reader of names then figures, ranked_items.listed_before."""
    text = sentence.text
    out = []
    for said in _MOVED_EACH.finditer(text) if "分别" in text else ():
        items, start = listed_before(text, said.start(), sentence_end(text, said.end()))
        if not items or (start < taken[1] and taken[0] < items[-1].end):
            continue
        names = [_name(i.name) for i in items]
        if any(_NOT_A_PEER.search(n) for n in names):
            continue
        period = sentence.period_at(start)
        verb = said.group("verb")
        for name, item in zip(names, items, strict=True):
            out.append(Move(name, item.value, _signed(verb, item.value), period, start, items[-1].end))
    return out


# 分别上涨 / 分别下跌了: a list's moves, each by its verb
_MOVED_EACH = lazy_compile(r"分别(?P<verb>上涨|下跌|收涨|收跌|涨|跌)了?")


def _level(name: str) -> str | None:
    """The alias table's level for ``name`` (l1, l2, benchmark), None for a name it does not know."""
    known = aliases().names.get(name)
    return known.level if known else None


def check_superlatives(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "最" not in sentence.text and "领" not in sentence.text and "居首" not in sentence.text:
            continue
        for move, top in superlatives(sentence):
            if _NOT_A_PEER.search(move.name):
                continue
            level = _level(move.name)
            if level is None and not _BOARDS.search(sentence.text, 0, move.start):
                continue  # names the table does not know are compared only as boards (子板块…)
            if level is None and _STOCKS.search(sentence.text):
                continue
            peers = [
                s
                for s in siblings(sentence, (move.start, move.end))
                if s.period == move.period and s.name != move.name and _level(s.name) == level
            ]
            beaten = [s for s in peers if beats(s, move, top)]
            if beaten:
                out.append(_finding(sentence, move, top, beaten[0]))
    return out


def beats(other: Move, move: Move, top: bool) -> bool:
    """``other`` did better (``top``) or worse than ``move`` by more than their rounding allows."""
    gap = tolerance(other.value, move.value) / 2
    return other.signed > move.signed + gap if top else other.signed < move.signed - gap


def _finding(sentence: Sentence, move: Move, top: bool, other: Move) -> Finding:
    claim = "risen the most" if top else "fallen the most"
    than = "more" if top else "lower"
    return finding(
        "error",
        "rank",
        f"{move.name} is said to have {claim} ({move.signed:+.{move.value.decimals}f}%), but {other.name}, "
        f"listed in the same sentence for the same period, did {than}: "
        f"{other.signed:+.{other.value.decimals}f}%; the superlative or one of the figures is wrong",
        sentence,
        move.start,
        move.end,
    )
