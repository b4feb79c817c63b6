"""One day's story giving a stock's move, or its headline's fund flow, two different values.

A daily wrap (one headline, at most one date, no period but the day's: contradictions.one_day_headline)
describes each stock's move once per day, however often it names it: ``储能板块震荡拉升 阳光电源上涨3.66%至
159.84元`` and later ``阳光电源成交额160.91亿元 股价上涨3.86%`` cannot both hold. Read:

- a stock: a name the text sets off as a stock, opening a bullet or clause before its turnover
  (``- 阳光电源成交额160.91亿元 股价上涨3.66%``) or named as the sector's leader (``领先个股为嘉亨家化，``);
  its moves are that name followed by a move and a percentage, anywhere in the text (``阳光电源上涨3.66%至
  159.84元``, ``股价上涨3.66%``, ``嘉亨家化领涨板块，收盘价40.28元，涨幅6.45%``);
- a fund flow: ``主力资金净流出6685.81万元`` (主力/游资/散户/北向资金, 净流入/净流出) stated once in the headline and
  once in the story.

Two values of one stock's move, or of one flow in headline and story, that differ beyond rounding are an
error quoting both.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import NUMBER, Number, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance
from sectorbrief.check.rules.contradictions import one_day_headline

_STOCK = lazy_compile(
    r"(?:^|(?<=[^\u4e00-\u9fff]))(?P<name>[\u4e00-\u9fff]{2,6})成交额[\d.]+[亿万]元[，,]?\s*股价"
    rf"(?P<verb>上涨|下跌|大涨|大跌|微涨|微跌|涨|跌)(?P<num>{NUMBER})%"
)
# 领先个股为嘉亨家化，涨幅达6.45%: the sector's leading stock, named by the story
_LEADER = lazy_compile(r"(?:领涨|领先|领跌)个股(?:为|是)(?P<name>[\u4e00-\u9fff]{2,6})[，,]")
_MOVE = (
    r"(?:股价)?(?:(?P<verb>上涨|下跌|大涨|大跌|微涨|微跌|涨|跌)|(?P<kind>涨幅|跌幅)(?:达到|达|为)?)"
    r"(?P<num>\d+(?:\.\d+)?)%"
)
# between a stock's name and its move: its lead of the sector, close and turnover (嘉亨家化领涨板块，收盘价40.28元，)
_BEFORE_MOVE = (
    r"(?:领涨板块|领跌板块|领涨|领跌)?[，,]?\s*(?:收盘价[\d.]+元[，,]?\s*)?(?:成交额[\d.]+[亿万]元[，,]?\s*)?"
)
_FLOW = lazy_compile(
    rf"(?P<what>(?:主力|游资|散户|北向)(?:资金)?)净(?P<way>流入|流出)(?P<num>{NUMBER})(?P<unit>亿元|万元|元)"
)


def check_one_day_repeats(claims: Claims) -> list[Finding]:
    if not any("成交额" in s.text or "净流" in s.text for s in claims.sentences):
        return []
    head = one_day_headline(claims)
    if head is None:
        return []
    return _stock_moves(claims.sentences) + _flows(head, claims.sentences)


def _signed(verb: str, raw: str) -> Number:
    number = parse_number(raw)
    return Number(-abs(number.value), number.decimals, number.text) if "跌" in verb else number


def _stock_moves(sentences: list[Sentence]) -> list[Finding]:
    names = {m.group("name") for s in sentences for m in _STOCK.finditer(s.text)}
    names |= {m.group("name") for s in sentences for m in _LEADER.finditer(s.text)}
    out = []
    for name in sorted(names):
        pattern = re.compile(re.escape(name) + _BEFORE_MOVE + _MOVE)
        moves = [(s, m) for s in sentences for m in pattern.finditer(s.text)]
        if not moves:
            continue
        first, fm = moves[0]
        a = _signed(fm.group("verb") or fm.group("kind"), fm.group("num"))
        for s, m in moves[1:]:
            b = _signed(m.group("verb") or m.group("kind"), m.group("num"))
            if abs(a.value - b.value) > tolerance(a, b) / 2:
                out.append(
                    finding(
                        "error",
                        "contradiction",
                        f"{name}'s move on the story's one day is {m.group(0)} here but "
                        f"{fm.group(0)} at {first.location}; one of the two is wrong",
                        s,
                        m.start(),
                        m.end(),
                    )
                )
                break
    return out


def _flows(head: Sentence, sentences: list[Sentence]) -> list[Finding]:
    out = []
    for h in _FLOW.finditer(head.text):
        key = (h.group("what"), h.group("way"), h.group("unit"))
        body = [
            (s, m)
            for s in sentences
            if s is not head
            for m in _FLOW.finditer(s.text)
            if (m.group("what"), m.group("way"), m.group("unit")) == key
        ]
        if len(body) != 1:
            continue  # the story states that flow for several things, or not at all
        s, m = body[0]
        a, b = parse_number(h.group("num")), parse_number(m.group("num"))
        if a.value != b.value and abs(a.value - b.value) > tolerance(a, b) / 2:
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"{m.group(0)} here but {h.group(0)} in the headline at {head.location}, about one day; "
                    "one of the two is wrong",
                    s,
                    m.start(),
                    m.end(),
                )
            )
    return out
