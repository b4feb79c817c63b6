"""Places said in words, each with its subject's one figure, in one sentence: 快递板块涨幅最大(+4.4%)，机场板块涨幅最小
(+0.1%) / 盛邦安全涨20.01%，涨幅居首；昱能科技下跌12.88%，跌幅居首 / 国防军工净流入规模居首，全天净流入5.14亿元，其次是
有色金属行业，净流入资金为3.61亿元 / 中芯国际成交额30.7亿元，位居首位；呈和科技成交额556.7万元，位居末位.

A place word (居首, 首位, 榜首, 居冠, 第一名, 领涨, 涨幅最大, 表现最好; 其次, 次席, 亚军, 第二名; 季军, 第三名; 末位, 垫底,
排名最后, 涨幅最小, 表现最差; 领跌) is read with the measure it ranks: the last measure word before it in its statement
(涨幅/上涨 rises, 跌幅/下跌 falls, or another measure such as 成交额, 换手率, 净流入), or the measure of the statement
before (其次是乙…). Its statement runs to the next ；, or to the first comma after it that closes a figure; it must hold
exactly one figure of its measure (a percentage for returns and rates, an amount for 成交额 or 净流入).

Read by rules/rankings.py, which holds places of one ranking against their figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sectorbrief.check.claim_types import NUMBER, SCALES, parse_number
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence

_OPEN = "(?<=[幅率额值量入出现])"
PLACE = lazy_compile(
    rf"(?P<top>位居首位|居首位|居首|首位|榜首|居冠|(?:排名|位居|位列|排)第(?:一|1)(?![\d十])|第(?:一|1)名|领涨|领跑|"
    rf"{_OPEN}最(?:大|高|多|好|佳|优|强))"
    r"|(?P<second>其次|次之|紧随其后|紧跟其后|紧追其后|紧随在后|紧跟在后|紧追在后|次席|亚军|居次|第(?:二|2)(?:名|位|大)|(?:排名|位列|位居|排)第(?:二|2)(?![\d十]))"
    r"|(?P<third>季军|第(?:三|3)(?:名|位|大)|(?:排名|位列|位居|排)第(?:三|3)(?![\d十]))"
    rf"|(?P<bottom>末位|垫底|排名最后|排行最后|排在最后|倒数第一|{_OPEN}最(?:小|低|少|差|弱))"
    r"|(?P<falls>领跌)"
    # 第八名 … 第九名 … 第十名: a numbered place further down (not 倒数第四, not 第10-15名)
    r"|(?<!倒数)第(?P<nth>[四五六七八九]|十[一二三四五六七八九]?|[4-9]|1\d)(?:名|位)(?![\d至到、\-~])"
)


# A quick test for a place word anywhere in a sentence (the pre-filter, after one for a unit).
MAY_PLACE = lazy_compile(
    r"紧随|紧跟|紧追|居首|首位|榜首|居冠|第一|领涨|领跑|领跌|最|其次|次之|次席|亚军|居次|第二|季军|第三|末位|垫底|倒数"
    r"|第[四五六七八九十4-9]|第1\d"
)


_RISE = "涨跌幅|涨幅|升幅|上涨|涨|升|表现|收益率|收益|回报率|回报"
_FALL = "跌幅|降幅|回落幅度|下跌|跌|回撤"
_AMOUNTS = "成交额|成交金额|成交值|成交量|净流入|净流出|净买入|净卖出|市值|票房|销量"
_RATES = "换手率|周转率|市盈率|市净率|股息率|权重|占比"
MEASURE = lazy_compile(rf"(?P<amount>{_AMOUNTS})|(?P<rate>{_RATES})|(?P<fall>{_FALL})|(?P<rise>{_RISE})")


FIGURE = lazy_compile(
    rf"(?<![\d.,兆])(?P<num>[+-]?\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{NUMBER})\s*(?P<unit>%|(?P<scale>万亿|亿|万)?(?:元|美元|港元)|(?:亿|万)(?![场人次吨台辆套件家只个])|倍|万手|万股|亿股)"
)


# figures of something else beside a place (占比58%, 跑赢大盘0.7%, 较前一周增加…, 收盘价39.79元, 分位数)
_NOT_ITS = lazy_compile(
    r"(?:占|跑赢|跑输|超额|相对|较|比|分位|价|报|至|超过|超|逾|近|约|不足)[^，,；;\d]{0,6}$"
)


_FALL_SAID = lazy_compile(r"(?:下跌|跌|下挫|回落|下滑|下降|收跌)[^，,；;\d]{0,4}$")
_RISE_SAID = lazy_compile(r"(?:上涨|涨|上升|升|收涨)[^，,；;\d]{0,4}$")


@dataclass(frozen=True, slots=True)
class Place:
    """A place in one ranking: ``rank`` 1, 2, 3 or 99 (the last); ``axis`` the measure ("rise", "fall", or the
    measure word); ``key`` the figure that ranking orders by, largest first (a fall's size on the fall axis)."""

    rank: int
    axis: str
    word: str
    word_start: int
    key: float
    signed: float
    start: int  # where the place's statement starts
    figure_start: int
    figure_end: int
    figure_text: str
    decimals: int
    scale: float
    # names following the top together (乙与丙紧追在后，各涨…): ``key`` is the best of them
    several: bool = False


def places(sentence: Sentence, carried: str = "") -> list[Place]:
    """Every place the sentence states with exactly one figure of its measure; ``carried`` is the measure of the
    place the sentence before ended on (第一名，半导体类4,603.30亿元。第二名，…: a numbered place goes on with it)."""
    text = sentence.text
    if not ("%" in text or "元" in text or "亿" in text or "倍" in text) or not MAY_PLACE.search(text):
        return []
    marks = list(PLACE.finditer(text))
    if len(marks) == 1 and not (
        marks[0].group("second")
        or marks[0].group("third")
        or marks[0].group("top")
        or "第" in marks[0].group(0)
    ):
        return []  # one place word, not a top or numbered one: nothing to hold it against here or in the next sentence
    out: list[Place] = []
    axis = ""
    start = _clause_start(text, marks[0].start(), 0) if marks else 0
    for n, mark in enumerate(marks):
        nxt = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        later = marks[n + 2].start() if n + 2 < len(marks) else len(text)
        stop = _statement_end(text, start, mark.end(), nxt, later)
        follows = (
            (axis or carried) if mark.group("second") or mark.group("third") or mark.group("nth") else ""
        )
        axis = stated_axis(text, start, mark) or follows or _axis_after(text, mark.end(), stop)
        following = mark.group(0) in _FOLLOWING
        each = "分别" in text[start:stop]
        # 下跌3.5%，排名第十四位: a numbered place beside a fall may count returns or falls; not read
        readable = axis and (following or not each) and not (mark.group("nth") and axis == "fall")
        place = _place(text, start, stop, mark, axis, several=following) if readable else None
        if place is not None and out and place.rank in (2, 3) and out[-1].rank >= 90 and out[-1].axis == axis:
            place = replace(place, rank=100 - place.rank)  # 表现最差的是甲…，其次为乙: second from the bottom
        if place is not None:
            out.append(place)
        start = stop + 1
    return out


@dataclass(frozen=True, slots=True)
class BarePlace:
    """A top or bottom place of returns said with no figure of its own (其中乙涨幅最大): ``top`` for the highest
    return (涨幅最大, 领涨), else the lowest (跌幅最大, 领跌, 涨幅最小, 表现最差); its statement spans start..stop."""

    word: str
    word_start: int
    top: bool
    start: int
    stop: int


def bare_places(sentence: Sentence) -> list[BarePlace]:
    """The sentence's top and bottom places of returns whose statements give no percentage."""
    text = sentence.text
    if not MAY_PLACE.search(text):
        return []
    marks = list(PLACE.finditer(text))
    out: list[BarePlace] = []
    start = _clause_start(text, marks[0].start(), 0) if marks else 0
    for n, mark in enumerate(marks):
        nxt = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        later = marks[n + 2].start() if n + 2 < len(marks) else len(text)
        stop = _statement_end(text, start, mark.end(), nxt, later)
        own = max(start, *(text.rfind(c, 0, mark.start()) + 1 for c in "，,；;：:"))  # the place's own clause
        axis = stated_axis(text, own, mark)
        end = mark.group("bottom") or mark.group("falls") or mark.group("top")
        if (
            axis in ("rise", "fall")
            and end
            and "%" not in text[own:stop]
            and not (axis == "fall" and mark.group("bottom"))
        ):
            top = axis == "rise" and bool(mark.group("top"))
            out.append(BarePlace(mark.group(0), mark.start(), top, own, stop))
        start = stop + 1
    return out


def _clause_start(text: str, pos: int, floor: int) -> int:
    """The start of the clause before the one holding ``pos`` (甲上涨3.2%，涨幅居首: the subject's clause)."""
    cuts = [m.end() for m in re.finditer(r"[，,；;：:]", text[floor:pos])]
    if len(cuts) >= 2:
        return floor + cuts[-2]
    return floor


_SEMI = lazy_compile(r"[；;]")
_COMMA = lazy_compile(r"[，,]")


def _statement_end(text: str, start: int, after: int, nxt: int, later: int) -> int:
    """Where a place's statement ends: the last ； before the next place, else the first comma after the place
    that closes a figure, and never past the clause of the next place. A figure in the clause right before the next
    place is that place's when the next place has no figure after it (甲垫底，乙上涨0.08%，涨幅居首：乙's)."""
    semis = [m.start() for m in _SEMI.finditer(text, after, nxt)]
    if semis:
        return semis[-1]
    commas = [m.start() for m in _COMMA.finditer(text, after, nxt)]
    last = nxt >= len(text)  # the last place: its statement runs to the next ； or the sentence's end
    limit = _stop(text, after, len(text)) if last else commas[-1] if commas else nxt
    for n, c in enumerate(commas):
        if c > limit:
            break
        if FIGURE.search(text, start, c):
            if n and c == limit and not FIGURE.search(text, nxt, _stop(text, nxt, later)):
                return commas[
                    n - 1
                ]  # the figure before the next place, which has none after it, is the next's
            return c
    return limit


def _stop(text: str, pos: int, later: int) -> int:
    semi = _SEMI.search(text, pos, later)
    return semi.start() if semi else later


def nth(said: str) -> int:
    """第八 -> 8, 第十二 -> 12, 第14 -> 14."""
    if said.isdigit():
        return int(said)
    digits = "一二三四五六七八九"
    if said.startswith("十"):
        return 10 + (digits.index(said[1]) + 1 if len(said) > 1 else 0)
    return digits.index(said) + 1


def stated_axis(text: str, start: int, mark: re.Match[str]) -> str:
    """The measure a place word ranks: rise, fall, or another measure's word, from the last said before it."""
    if mark.group("falls"):
        return "fall"
    if mark.group(0) in ("领涨", "领跑") or mark.group(0)[-2:] in (
        "最好",
        "最佳",
        "最优",
        "最强",
        "最差",
        "最弱",
    ):
        return "rise"
    said = list(MEASURE.finditer(text, start, mark.start()))[-1:]
    if not said:
        return ""
    return _axis_of(said[0])


def _axis_after(text: str, pos: int, stop: int) -> str:
    """The measure said after the place (排名第一的是芒果超媒，A股市值为1226.68亿元)."""
    said = MEASURE.search(text, pos, stop)
    return _axis_of(said) if said else ""


def _axis_of(said: re.Match[str]) -> str:
    if said.group("amount") or said.group("rate"):
        return said.group(0)
    return "fall" if said.group("fall") else "rise"


# words that place the names after them right below the place before (其次, 紧随其后): one name or several
_FOLLOWING = ("其次", "紧随其后", "紧跟其后", "紧追其后", "紧随在后", "紧跟在后", "紧追在后")
_EACH = lazy_compile(r"(?:的?(?:是|为|有)(?:[^，,。；;%\d(]|\(\d{4,6}\)){1,40}?)?[，,]?\s*(?:各|分别|均)")


def _place(
    text: str,
    start: int,
    stop: int,
    mark: re.Match[str],
    axis: str,
    *,
    several: bool = False,
    one: bool = False,
) -> Place | None:
    """The place's one figure of its measure; with ``several``, the figures of names that follow the top together
    (乙与丙紧追在后，各涨0.82%和0.19%: the best of them, said 各 or 分别 right after the place)."""
    amount = axis not in ("rise", "fall") and MEASURE.fullmatch(axis).group("amount") is not None  # type: ignore[union-attr]
    found = [
        f
        for f in FIGURE.finditer(text, start, stop)
        if (f.group("unit") != "%") == amount
        and not _NOT_ITS.search(text, max(start, f.start() - 8), f.start())
    ]
    if several and _EACH.match(text, mark.end()) is not None:
        return _best(text, start, mark, axis, found) if len(found) > 1 else None
    if len(found) != 1 or ("分别" in text[start:stop] and not one):
        return None  # two names given one figure 分别: no single place
    f = found[0]
    number = parse_number(f.group("num").replace(",", ""))
    scale = SCALES.get(f.group("scale") or "", 1.0) if amount else 1.0
    before = text[max(start, f.start() - 8) : f.start()]
    v = number.value
    if (
        number.text[0] not in "+-"
        and axis in ("rise", "fall")
        and (_FALL_SAID.search(before) or (axis == "fall" and not _RISE_SAID.search(before)))
    ):
        v = -abs(v)  # 下跌12.88% / 跌幅最大，为3.76%: a fall's size
    outflow = "出" in axis or "卖" in axis
    key = abs(v) * scale if outflow else -v if axis == "fall" else v * scale
    word = mark.group(0)
    rank = 1 if mark.group("top") or mark.group("falls") else 2 if mark.group("second") else 3
    rank = nth(mark.group("nth")) if mark.group("nth") else rank
    rank = 99 if mark.group("bottom") else rank
    if word[-2:] in ("最差", "最弱"):
        rank = 99
    return Place(
        rank, axis, word, mark.start(), key, v, start, f.start(), f.end(), f.group(0), number.decimals, scale
    )


def _best(text: str, start: int, mark: re.Match[str], axis: str, found: list[re.Match[str]]) -> Place | None:
    """Names following the top together, read as one place whose key is the best of their figures."""
    if axis not in ("rise", "fall"):
        return None
    bounds = zip([mark.end()] + [f.end() for f in found], found, strict=False)
    best = [
        p
        for after, f in bounds
        if (p := _place(text, max(after, f.start() - 8), f.end(), mark, axis, one=True)) is not None
    ]
    if len(best) != len(found):
        return None
    top = max(best, key=lambda p: p.key)
    return replace(top, start=start, several=True)
