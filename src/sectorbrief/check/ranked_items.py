"""The items of a ranked list in report text: a name and one percentage each, in the shapes writers use
(甲(+3.2%), 甲上涨3.2%, 甲3.2%, 甲：3.2%, 第一名，甲3.2%), or names first and their figures after 分别
(甲、乙、丙分别上涨3.2%、2.9%、2.1%). Read by rankings.py after an order cue, or before one.

A list ranked by another measure (成交额前三名, 十大权重, 净流入前五大) is read with ``measure=True``: its figures may
be amounts with a unit (半导体类5670.25亿元，占30.67%；航运类4320.51亿元 / 电子(240.76亿元)、有色金属(103.65亿元，涨
2.67%)) as well as percentages, and a share said after an amount (，占30.67%) belongs to its item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, SCALES, Number, parse_number
from sectorbrief.check.lazy_regex import lazy_compile

COUNT = r"(?:[一二三四五六七八九十两]{1,3}|\d{1,2})"


# a stock's code with its market (美高梅中国(2282.HK)) keeps its dot
_NAME_CHARS = r"(?:[\u4e00-\u9fffA-Za-z0-9()*·&\-\s]|\.(?=[A-Z]{2,3}\)))"


FIGURE = lazy_compile(
    rf"(?P<open>\(\s*)?(?:周|本周|当周|区间)?(?P<word>涨跌幅|涨幅|跌幅|上涨|下跌|收涨|收跌|大涨|大跌|涨|跌)?"
    rf"(?:了|为|达到|达|约)?\s*(?P<num>{NUMBER})\s*%(?(open)\s*\)|)"
)


# A figure of another measure: a percentage or an amount with its unit, thousands separated or not; bracketed,
# it may carry a remark of its own (有色金属(103.65亿元，涨2.67%)).
AMOUNT = lazy_compile(
    r"(?P<open>\(\s*(?:占[\u4e00-\u9fff]{0,4}?比|占比|权重|占)?)?(?P<word>)(?:为|达到|达|约|是|高达)?\s*(?<![\d兆.,])(?P<num>[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+-]?\d+(?:\.\d+)?)"
    r"\s*(?P<unit>%|(?:万亿|亿|万)?(?:元|美元|港元)|亿|万|倍|万手|万股|亿股)"
    r"(?(open)(?:\s*[，,][^()]{0,24}?)?\s*\)|)"
)


# the share an amount is also given as (，占全体上市股票交易金额30.67% / ，占比18.34%): part of its item
_SHARE = lazy_compile(
    r"[，,]?\s*(?:交易金额|成交金额|成交额)?占(?:比|比重)?[\u4e00-\u9fff]{0,16}?(?:为|达)?\s*\d+(?:\.\d+)?%(?:居冠|居次|居首)?"
)


SEP = lazy_compile(
    r"\)?\s*(?:、|，|,|；|;|以及|和|及|与|/|>|→|＞)\s*(?:其次(?:是|为)?|紧随其后的?(?:是|为)?|再次是)?[：:，,]?\s*"
)


_BRACKET_SEP = lazy_compile(r"\s*")  # 有色金属(4.44%)煤炭(4.14%): bracketed items need no separator


LEAD_IN = lazy_compile(
    r"^(?:.*?(?:的是|的还有|的有|的为|分别为|分别是|依次为|依次是|依序为|依次|依序|分别|[：:]|其次是|其次为|其次|包括|为|是)[\s：:，,]*"
    r"|[，,\s]+)"
)


NAME = lazy_compile(
    rf"\s*(?:第{COUNT}(?:名|位)?[，,：:]?\s*)?(?P<name>{_NAME_CHARS}{{1,20}}?)\s*[：:，,]?\s*$"
)


# a later item's name opens no new statement (跌幅后三名的是…, 表现较弱的有…)
_ABOUT = lazy_compile(r"(?:超过|超|逾|近|约|不足|接近)$")


# 金沙中国涨逾3% / 乙跌超过2%: the move's size is at least the figure
_FLOOR = lazy_compile(r"(?P<word>上涨|下跌|大涨|大跌|涨|跌)(?:超过|超|逾)$")


NOT_A_NAME = lazy_compile(r"的|是|分别|依次|排名|前\d|后\d|其中")


FALL_WORDS = ("跌幅", "下跌", "跌", "收跌", "大跌", "降", "下降", "降幅")


_RESPECTIVELY = lazy_compile(
    r"(?:涨跌幅|涨幅|跌幅|幅度|收益率)?分别(?:为|是|上涨|下跌|增长|下降|上升|达到|达|录得|收涨|收跌|涨|跌|升|降|净?(?:流入|流出|买入|卖出))?了?[：:]?\s*"
    r"|(?:涨跌幅|涨幅|跌幅|幅度|收益率)(?:为|是|达到|达|依次为|依次是)[：:]?\s*"
    # 科创50、中证1000领涨12.3%、8.7% / 上证指数、创业板指上涨3.8%、4.5%: a move word before a list of figures
    r"|(?:领涨|领跌|上涨|下跌|上升|下降|涨|跌|升)(?=\s*[+-]?\d+(?:\.\d+)?%\s*(?:、|和|及)\s*[+-]?\d)"
)


_VALUE = lazy_compile(rf"(?P<word>上涨|下跌|上升|下降|涨|跌|升|降)?\s*(?P<num>{NUMBER})\s*%")


_MEASURE_VALUE = lazy_compile(
    rf"(?P<word>上升|下降|增长|减少|增加)?\s*(?P<num>{NUMBER})\s*(?P<unit>%|(?:万亿|亿|万)(?:元|美元|港元)?|元|倍)"
)


_VALUE_SEP = lazy_compile(r"\s*(?:、|，|,|和|及|与|/)\s*")


LIST_NAME = r"[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9()]{0,15}"


@dataclass(frozen=True, slots=True)
class Item:
    name: str
    value: Number
    word: str  # the move word said with the figure (上涨, 跌幅 …), or ""
    start: int  # where the item's text starts (its name, or its figure for names-then-figures lists)
    end: int
    figure: int  # where its figure starts
    unit: str = "%"  # the figure's unit: %, or an amount's (亿元, 万手, 倍 …)
    floor: bool = False  # the figure is a lower bound of its size (金沙中国涨逾3%)

    @property
    def signed(self) -> bool:
        return self.value.text[0] in "+-"

    @property
    def kind(self) -> str:
        """What the figure counts, so that only figures of one kind are ranked together: %, money, 倍, 手, 股."""
        return _kind(self.unit)

    @property
    def scale(self) -> float:
        """What the printed number is multiplied by (亿元: 1e8)."""
        return SCALES.get(self.unit.rstrip("元美港手股倍"), 1.0)


def _kind(unit: str) -> str:
    return "%" if unit == "%" else "元" if unit.endswith("元") or unit in ("亿", "万") else unit[-1]


def items_after(text: str, pos: int, end: int, *, measure: bool = False) -> list[Item]:
    """Items read from ``pos``: a run of name-figure segments, or names then 分别 figures."""
    items = segments(text, pos, end, measure=measure)
    if items:
        sep = SEP.match(text, items[-1].end)
        more = respectively(text, sep.end(), end, near=30, heads=True, measure=measure) if sep else []
        if more and more[0].start > items[-1].end:
            return items + more
    if len(items) >= 2:
        return items
    return respectively(text, pos, end, near=40, heads=True, measure=measure)


def sentence_end(text: str, pos: int) -> int:
    m = _STOP.search(text, pos)
    return m.start() if m else len(text)


_STOP = lazy_compile(r"[。！？!?]")


def segments(text: str, pos: int, end: int, *, measure: bool = False, bounds: bool = False) -> list[Item]:
    """A run of name-figure items from ``pos``; with ``bounds``, a move said to be at least its figure
    (涨逾3%) is an item too, marked ``floor``."""
    items: list[Item] = []
    bracketed = False
    pattern = AMOUNT if measure else FIGURE
    while pos < end:
        figure = pattern.search(text, pos, end)
        if figure is None:
            break
        lead = text[pos : figure.start()]
        offset = 0
        if not items:
            lead_in = LEAD_IN.match(lead)
            offset = lead_in.end() if lead_in else 0
            if len(lead) - offset > 20 or offset > 30:
                break
        elif NOT_A_NAME.search(lead) or bool(figure.group("open")) != bracketed:
            break  # a new statement, or an item of another shape (…(+5%)、乙(+4%)，沪深300上涨6%): the list ended
        floor = _FLOOR.search(lead) if bounds and not measure and not figure.group("open") else None
        if floor is not None:
            lead = lead[: floor.start()]
        elif _ABOUT.search(lead):
            break  # 跌超5% / 涨逾6%: a bound, not a figure to rank
        name = NAME.match(lead, offset)
        if name is None or not name.group("name").strip():
            break
        bracketed = bool(figure.group("open"))
        unit = figure.group("unit") if measure else "%"
        if items and _kind(unit) != items[0].kind:
            break  # a figure of another kind (成交额120亿元 after weights): the list ended
        items.append(
            Item(
                name.group("name").strip(),
                parse_number(figure.group("num").replace(",", "")),
                floor.group("word") if floor else figure.group("word") or "",
                pos + name.start("name"),
                figure.end(),
                figure.start("num"),
                unit,
                floor is not None,
            )
        )
        after = figure.end()
        if measure and unit != "%" and (share := _SHARE.match(text, after, end)) is not None:
            after = share.end()
        sep = SEP.match(text, after) or (_BRACKET_SEP.match(text, after) if figure.group("open") else None)
        if sep is None or sep.end() >= end:
            break
        pos = sep.end()
    return items


def items_before(text: str, floor: int, cue: int) -> list[Item]:
    """Items that end right before the cue (甲(+3.2%)、乙(+2.9%)涨幅居前; 甲、乙、丙分别上涨a%、b%、c%，涨幅居前),
    read from a clause start after ``floor``."""
    start = max([floor] + [text.rfind(m, floor, cue) + 1 for m in "。；;：:"])
    if not REACHES.search(text, start, cue):
        return []
    for begin in [start] + [m.end() for m in BEGIN.finditer(text, start, cue)]:
        items = segments(text, begin, cue)
        if len(items) < 2:
            items = respectively(text, begin, cue, near=cue - begin)
        if len(items) >= 2 and REACHES.fullmatch(text, items[-1].end, cue):
            return items
    return []


BEGIN = lazy_compile(r"[，,]\s*|其中[，,]?\s*|%\s*")


REACHES = lazy_compile(
    r"\s*\)?\s*[，,]?\s*(?:的?(?:行业|板块|个股|指数))?(?:本周|当周|周内|年内)?(?:涨幅|跌幅|涨跌幅|表现)?$"
)


# between a cue and the names it heads (涨幅前三名的板块分别为甲、乙、丙，涨幅分别为…)
_HEADS = lazy_compile(r"\s*(?:的?[\u4e00-\u9fff]{0,6}?)?(?:分别|依次|依序)?(?:为|是|有)?[：:]?\s*")


def respectively(
    text: str, pos: int, end: int, *, near: int, heads: bool = False, measure: bool = False, at: bool = False
) -> list[Item]:
    """甲、乙、丙(涨幅居前，)分别上涨a%、b%、c%: the names (after the cue or just before it) and the figures; with
    ``at``, only names that start at ``pos``."""
    for said in _RESPECTIVELY.finditer(text, pos, end):
        if said.start() - pos > near:
            return []
        found = _listed(text, said, max(pos - 60, 0), end, measure=measure)
        if found is None:
            continue
        items, names_start = found
        if not items:
            return []
        if at and names_start != pos:
            return []
        if heads and names_start >= pos and not _HEADS.fullmatch(text, pos, names_start):
            return []
        return items
    return []


def listed_before(text: str, said: int, end: int) -> tuple[list[Item], int]:
    """The names just before the 分别 (or 涨幅为, 上涨 …) at ``said`` and the figures after it, with where the names
    start (乙和丙分别上涨9.85%和8.21%); none when the names and the figures do not pair up."""
    m = _RESPECTIVELY.match(text, said, end)
    found = _listed(text, m, max(said - 60, 0), end) if m else None
    return found if found is not None else ([], said)


def _listed(
    text: str, said: re.Match[str], floor: int, end: int, *, measure: bool = False
) -> tuple[list[Item], int] | None:
    """The items of one names-then-figures statement: None when fewer than two figures follow ``said``, no items
    when no run of as many names ends right before it."""
    values = _values(text, said.end(), end, measure=measure)
    if len(values) < 2:
        return None
    found = _names_before(text, floor, said.start(), len(values))
    if found is None:
        return [], said.start()
    names, names_start = found
    word = "跌幅" if "跌" in said.group(0) and "涨跌" not in said.group(0) else ""
    word = "上涨" if "涨" in said.group(0) and "涨跌" not in said.group(0) else word
    items = [
        Item(
            n,
            parse_number(v.group("num")),
            v.group("word") or word,
            v.start(),
            v.end(),
            v.start("num"),
            v.group("unit") if measure else "%",
        )
        for n, v in zip(names, values, strict=True)
    ]
    return items, names_start


def _values(text: str, at: int, end: int, *, measure: bool = False) -> list[re.Match[str]]:
    values: list[re.Match[str]] = []
    pattern = _MEASURE_VALUE if measure else _VALUE
    while (m := pattern.match(text, at)) is not None and m.end() <= end:
        if values and measure and m.group("unit") != values[0].group("unit"):
            break
        values.append(m)
        sep = _VALUE_SEP.match(text, m.end())
        if sep is None:
            break
        at = sep.end()
    return values


NAME_JOIN = lazy_compile(r"、|/|和|及|与")


def names_before(text: str, pos: int, k: int) -> tuple[list[str], int] | None:
    """The run of exactly ``k`` names (甲、乙和丙) that ends within a short cue of ``pos``, and where it starts."""
    return _names_before(text, max(pos - 60, 0), pos, k)


_CHAIN_JOIN = lazy_compile(r"\s*>\s*")


def _names_before(text: str, floor: int, pos: int, k: int) -> tuple[list[str], int] | None:
    """The last run of exactly ``k`` names joined by 、/和/及, or by > alone (一般零售>电商及服务>专营连锁>贸易),
    that ends within a short cue of ``pos``."""
    chain = (_CHAIN_JOIN, r"\s*>\s*", r"(?!\s*>|[\u4e00-\u9fffA-Za-z0-9()]*>)")
    plain = (NAME_JOIN, r"、|/|和|及|与", r"(?![、/]|和|及|与|[\u4e00-\u9fffA-Za-z0-9()]*[、/])")
    runs = []  # the last run of each kind; the one nearer ``pos`` is the list's
    for split, join, ends in [chain, plain] if ">" in text[floor:pos] else [plain]:
        run = re.compile(rf"(?:{LIST_NAME})(?:(?:{join})(?:{LIST_NAME})){{{k - 1}}}{ends}")
        found = None
        for m in run.finditer(text, floor, pos):
            found = m
        if found is not None:
            runs.append((found.end(), found, split))
    if not runs:
        return None
    _, found, split = max(runs, key=lambda r: r[0])
    return _names_run(found, split, pos, k)


def _names_run(
    found: re.Match[str], split: re.Pattern[str], pos: int, k: int
) -> tuple[list[str], int] | None:
    """The names of a run found before ``pos``, and where they start (after a lead-in such as 其中)."""
    text = found.string
    if "%" in text[found.end() : pos] or pos - found.end() > 24:
        return None
    parts = split.split(found.group(0))
    if len(parts) != k:
        return None
    lead = LEAD_IN.match(parts[0])
    cut = lead.end() if lead and lead.end() < len(parts[0]) else 0
    parts[0] = parts[0][cut:]
    return parts, found.start() + cut
