"""Lists said to be in order of return (按区间涨跌幅排序, 涨幅前五的为, 依次为) must be in that order.

Only an explicit claim is checked: a sorting phrase (or a counted best/worst list: 表现最好的三个行业是) followed by at least three ``name figure%`` items
(水力发电+17.90%、电能综合服务+14.31%、…, or 磷肥及磷化工：6.26%；钛白粉：4.23%；…), or names and
then ``分别为`` their figures. The list must be monotone in its figures (a 跌幅 list in their size):
largest first when the text says so (由高到低), else either way, since 跌幅前五 lists are often
written smallest first. Names need not be in the alias table: the claim is about the list itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import NUMBER, Number, clause_start, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.ranked_items import respectively, sentence_end
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance

_COUNT = r"[一二三四五六七八九十\d]+"
_CLAIM = lazy_compile(
    r"按(?:区间|本周|周|当周|本月|月度?|年初至今|年内)?(?P<s1>涨跌幅|涨幅|跌幅)(?P<down>从高到低|由高到低|从大到小|由大到小|降序)?"
    r"(?:排序|排名)"
    rf"|(?P<s2>涨跌幅|涨幅|跌幅)(?:居|排名|排行)?前{_COUNT}(?:名|位)?(?:的)?[\u4e00-\u9fff]{{0,4}}?(?:分别|依次|依序)?(?:为|是|(?=\s*[：:]))"
    # 成交量周转率前3名产业依序为甲23.23%、乙21.68%、…: a top list of another measure given in percent
    rf"|(?P<s8>周转率|换手率|回报率)前{_COUNT}(?:名|位|大)?(?:产业|行业|板块|个股|股票|基金)?[，,]?\s*(?:分别|依次|依序)?(?:为|是)"
    # 涨跌幅排名靠后的五个行业(以下简称行业)依次为: a bracketed aside before 依次 is no part of the claim
    r"|(?P<s3>涨跌幅|涨幅|跌幅)(?:排名)?(?:靠前|居前|领先|最大|靠后|居后)的[\u4e00-\u9fff]{0,10}?(?:\([^()]{1,12}\))?"
    r"(?:分别|依次)(?:为|是)"
    # 涨幅居前的有：医药(+11.9%)、…; 跌幅居前：电子(-3.28%)…; 领涨板块：计算机(+44.03%)、…: a list headed by its place
    r"|(?P<s6>涨幅|跌幅)(?:居前|靠前)(?:的)?\s*(?:[\u4e00-\u9fff]{1,4}?)?(?:有|为|是)?(?=\s*[：:])"
    r"|(?P<s7>涨幅|跌幅)(?:居前|靠前)的\s*[\u4e00-\u9fff]{0,4}?(?:有|为|是)"
    # (a list that 包括 its leaders says only that they are among them, not in which order: not read)
    r"|(?P<lead>领涨|领跌)(?:板块|行业|个股|公司)(?:有|为|是)?(?=\s*[：:])"
    # 一级行业指数前三：华证金融(-0.39%)，…: a heading's top list of indices, by their return
    rf"|(?P<top>指数|板块|行业)前{_COUNT}(?:名|位)?(?=\s*[：:])"
    # 平均涨跌幅度由大到小依次排序为：华东-0.12→东北-0.14→…: a stated order without 按
    # 涨幅从高到低依次为：A(+11.59%)> B(+3.46%)> …: the same with 依次 alone
    r"|(?P<s5>涨跌幅|涨幅|跌幅)度?(?P<down2>从高到低|由高到低|从大到小|由大到小)(?:(?:依次)?(?:排序|排列|排名)|依次|分别)(?:为|是)"
    # 收益率表现最好的三个行业是电子(9.3%)、…: a counted best or worst list
    # 涨幅最高的前五名分别为上海电影(126.06%)、…: a counted top list of stocks
    rf"|(?P<s4>收益率|涨跌幅|涨幅|跌幅)?(?:表现)?最(?:好|佳|差|高|大|低|强|弱)的(?:前)?{_COUNT}"
    r"(?:个(?:申万|中信)?(?:一级|二级)?(?:行业|板块|指数)|名(?:个股|股票|公司)?|只(?:个股|股票))(?:分别|依次)?(?:为|是)"
    # 上半年表现最差蓝筹，依次为甲跌24.3%、乙跌20.7%、…: a best or worst list uncounted, in the order 依次 says
    r"|(?P<s9>)表现最(?:好|佳|差)的?[\u4e00-\u9fff]{0,4}?[，,]?\s*(?:依次|依序)(?:为|是)"
)
# A name holds no 的/是/为 (跌幅后三名的是燃机发电 opens another list, not an item of this one).
# *ST农尚: a stock under special treatment keeps its leading * (one or two)
_NAME = r"\*{0,2}(?:(?![的是为])[\u4e00-\u9fffA-Za-z])(?:(?![的是为])[\u4e00-\u9fffA-Za-z0-9()]){0,15}?"
# 第二名，电子零组件类7.87%: a place before the name is not part of it; 云南锗业(周涨幅22.6%) / 华业香料(涨1.96%至30.72元):
# a move word inside the bracket (a fall's figure is then negative), and the price the move ended at
_ITEM = lazy_compile(
    rf"(?:第[一二三四五六七八九十\d]+名[，,：:]?\s*)?(?P<name>{_NAME})\s*[：:]?\s*"
    r"(?:\((?:周|本周|当周|年内)?(?P<word>涨跌幅|涨幅|跌幅|上涨|下跌|涨|跌)\s*|\(?)"
    rf"(?P<num>{NUMBER})%(?:至\d+(?:\.\d+)?元)?(?:\s*\))?"
)
_FALL_WORDS = ("跌幅", "下跌", "跌")
_CODED_MOVE = lazy_compile(r"(?P<name>.+\(\d{4,6}\))(?P<word>上涨|下跌|升|涨|跌)")
_SEP = lazy_compile(r"\s*(?:、|，|,|；|;|和|以及|及)\s*")
_VALUES = lazy_compile(rf"(?P<nums>{NUMBER}%(?:\s*(?:、|，|,|和|及|/)\s*{NUMBER}%)+)")


_SIZE_GROUPS = ("s1", "s2", "s3", "s5", "s6", "s7", "s8")


@dataclass(frozen=True)
class Ordered:
    """A list the text says is in order of ``size`` (涨幅, 涨跌幅 or 跌幅); ``descending`` when it says
    which way (由高到低), else either way counts as in order (跌幅前五 is often listed smallest first)."""

    sentence: Sentence
    size: str
    items: list[tuple[str, Number, int, int]]
    descending: bool = False


def ordered_lists(sentence: Sentence) -> list[Ordered]:
    out: list[Ordered] = []
    text = sentence.text
    for claim in _CLAIM.finditer(text):
        size = next((claim.group(g) for g in _SIZE_GROUPS if claim.group(g)), None)
        lead = claim.group("lead")
        if lead:
            size = "跌幅" if lead == "领跌" else "涨幅"
        if (
            size is None
        ):  # a best or worst list: by 跌幅 when it says so (or 最差 its falls), else by signed return
            worst = claim.group("s9") is not None and "最差" in claim.group(0)
            size = "跌幅" if claim.group("s4") == "跌幅" or worst else "涨跌幅"
        pos = re.compile(r"\s*[：:，,]?\s*").match(text, claim.end()).end()  # type: ignore[union-attr]
        items = (
            listed_items(text, pos)
            or names_then_values(text, pos)
            or _arrowed(text, pos)
            or _names_then_moves(text, pos)
        )
        if (
            items and "跌幅分别" in text[pos : items[-1][3]]
        ):  # 靠后的五个行业依次为…，其年度跌幅分别为42.53%、…
            size = "跌幅"
        if len(items) >= 3:
            out.append(Ordered(sentence, size, items, bool(claim.group("down") or claim.group("down2"))))
    return out + _named_first(sentence) + _items_before(sentence)


# 快递、铁路运输、高速公路涨幅居前，分别为3.16%、1.67%、1.09%; 银行、煤炭和食品饮料收益排名靠前，分别为…;
# A、B、C领涨，涨幅分别为…; A、B、C涨幅列前三，分别为…: the names lead, then their place, then 分别 figures
# 涨幅在电力及公用事业中排名前三: where the ranking is may stand between the size and the place
_PLACE = rf"(?:在[^，,。；;、]{{1,16}}?中)?(?:排名)?(?:相对|较为)?(?:居前|靠前|居后|靠后|(?:列|居|排名)前{_COUNT}(?:名|位)?)"
# 甲、乙、丙位列前三位，分别上涨…: a counted place with no size word, its figures moves or 涨跌幅
_PLACED = lazy_compile(
    rf"(?=[涨跌收领位名表])(?:(?P<size>涨跌幅|涨幅|跌幅|收益率|收益|表现){_PLACE}|(?P<lead>领涨|领跌)"
    rf"|(?:位列|位居|名列)前{_COUNT}(?:名|位)?(?=[，,]\s*(?:其)?(?:涨跌幅|涨幅|跌幅)?分别(?:为|是)?(?:上涨|下跌|[+-]?\d)))"
    r"[，,]\s*(?:其)?(?:涨跌幅|涨幅|跌幅|收益率|收益|幅度)?分别(?:为|是|上涨|下跌|达到|达)?了?[：:]?\s*"
)
# A、B、C指数上涨幅度分别为32.88%、22.63%、26.46%，涨幅相对居前: the place after the figures
_PLACED_AFTER = lazy_compile(rf"(?=[，,])[，,]\s*(?P<size>涨跌幅|涨幅|跌幅|收益率|收益){_PLACE}")
_GIVEN = lazy_compile(
    r"(?:其)?(?:涨跌幅|涨幅|跌幅|收益率|收益|上涨幅度|下跌幅度|幅度)?分别(?:为|是|上涨|下跌)?了?[：:]?\s*"
)
_NAMES_TAIL = lazy_compile(
    r"(?:等)?(?:板块|行业|个股|子行业|指数)?(?:的)?\s*(?:周|本周|当周|今日|本月)?\s*"
    r"(?:的)?(?:涨跌幅|涨幅|跌幅|收益率|收益|上涨幅度|下跌幅度|幅度)?\s*$"
)
# 子行业中 / 其中 before the first name: where the list is, not a name
_NAMES_HEAD = lazy_compile(
    r"^\s*(?:其中|[\u4e00-\u9fff]{0,6}?(?:子行业|子板块|行业|板块|指数)中"
    r"|\d{0,2}月?(?:申万|中信|SW)?(?:一级|二级|三级)子?(?:行业|板块)中?)(?=[\u4e00-\u9fffA-Za-z]{2})"
)
_NAME_JOIN = lazy_compile(r"、|和|及|与|/")
_PLACE_HINT = lazy_compile("居前|靠前|居后|靠后|列前|居前|排名前|领涨|领跌")


def _named_first(sentence: Sentence) -> list[Ordered]:
    """Names, then their place (涨幅居前, 收益排名靠前, 领涨, 涨幅列前三), then their figures after 分别; or
    names, 分别 figures, then the place: one list in order of that size, when the names and the figures
    are as many (three or more)."""
    text = sentence.text
    if not _PLACE_HINT.search(text):
        return []
    out = []
    for m in _PLACED.finditer(text):
        values = _VALUES.match(text, m.end())
        lead = text[clause_start(text, m.start()) : m.start()]
        if values is not None and lead:
            out += _paired(sentence, _size(m), lead, m.start() - len(lead), values)
    for m in _PLACED_AFTER.finditer(text):
        clause = clause_start(text, m.start())
        given = _GIVEN.search(text, clause, m.start())
        values = _VALUES.match(text, given.end(), m.start()) if given else None
        if given is not None and values is not None and values.end() == m.start():
            out += _paired(sentence, _size(m), text[clause : given.start()], clause, values)
    return out


# 甲(4.15%)、乙(3.97%)、丙(3.90%)涨幅居前: bracketed items, then their place; 甲(+6.52%)、…、戊(+3.72%)
# 涨幅排名前五: the place counted
_PLACED_ITEMS = lazy_compile(
    r"(?=[)）])[)）]\s*(?P<size>涨跌幅|涨幅|跌幅|表现)(?:相对|较为)?"
    rf"(?:居前|靠前|居后|靠后|(?:排名|位列|列|居)前{_COUNT}(?:名|位)?(?![\u4e00-\u9fff\d]{{0,2}}[的个只家]))"
)
# 甲、乙和丙分别以a%、b%和c%的涨幅领涨: names, then their figures with 分别以, then the place
_BY_EACH = lazy_compile(
    rf"(?=分)分别以(?P<nums>{NUMBER}%(?:\s*(?:、|，|,|和|及)\s*{NUMBER}%)+)的(?P<size>涨幅|跌幅|涨跌幅)"
    r"(?:领涨|领跌|居前|靠前|居后|靠后)"
)


def _items_before(sentence: Sentence) -> list[Ordered]:
    """Bracketed ``name(figure%)`` items that end right at their place (涨幅居前), three or more; and names given
    their figures with 分别以 … 的涨幅 before their place (领涨)."""
    text = sentence.text
    if not _PLACE_HINT.search(text):
        return []
    out = []
    for m in _PLACED_ITEMS.finditer(text):
        end = m.start() + 1
        clause = clause_start(text, end)
        for first in _ITEM.finditer(text, clause, end):
            items = listed_items(text, first.start())
            if items and items[-1][3] == end:
                if len(items) >= 3:
                    name = _NAMES_HEAD.sub("", items[0][0]) or items[0][0]
                    out.append(Ordered(sentence, _size(m), [(name, *items[0][1:]), *items[1:]]))
                break
    for m in _BY_EACH.finditer(text):
        lead = text[clause_start(text, m.start()) : m.start()]
        if lead:
            out += _paired(sentence, _size(m), lead, m.start() - len(lead), m)
    return out


def _size(place: re.Match[str]) -> str:
    """The size a placed list is in order of: 跌幅 for 跌幅 and 领跌, 涨幅 for 涨幅 and 领涨, else the
    signed return (收益, 涨跌幅)."""
    word = place.group("size") or ("跌幅" if place.groupdict().get("lead") == "领跌" else "涨幅")
    return word if word in ("涨幅", "跌幅") else "涨跌幅"


def _paired(sentence: Sentence, size: str, lead: str, start: int, values: re.Match[str]) -> list[Ordered]:
    """The names in ``lead`` paired with the figures ``values`` matched, when as many and three or more."""
    names = [n.strip() for n in _NAME_JOIN.split(_NAMES_TAIL.sub("", _NAMES_HEAD.sub("", lead))) if n.strip()]
    numbers = [parse_number(v) for v in re.findall(NUMBER, values.group("nums"))]
    if len(numbers) != len(names) or len(names) < 3:
        return []
    return [
        Ordered(sentence, size, [(n, v, start, values.end()) for n, v in zip(names, numbers, strict=True)])
    ]


def listed_items(text: str, pos: int) -> list[tuple[str, Number, int, int]]:
    """The ``name figure%`` items listed from ``pos`` on (小金属(+11.67%)、铝(+9.12%)和…): name, figure, span."""
    items = []
    while True:
        m = _ITEM.match(text, pos)
        if m is None:
            break
        number, name, word = parse_number(m.group("num")), m.group("name"), m.group("word")
        coded = _CODED_MOVE.fullmatch(name)  # 比亚迪电子(00285)跌24.3%: the move word after a stock's code
        if coded is not None:
            name, word = coded.group("name"), coded.group("word")
        if word in _FALL_WORDS and number.text[0] not in "+-":
            number = parse_number("-" + number.text)
        items.append((name, number, m.start(), m.end()))
        sep = _SEP.match(text, m.end()) or _bracketed_next(text, m)
        if sep is None:
            break
        pos = sep.end()
    return items


_SPACE = lazy_compile(r"\s*")


def _bracketed_next(text: str, item: re.Match[str]) -> re.Match[str] | None:
    """The gap to the next item when bracketed items follow each other with only spaces between
    (万辰集团(+41.1%) 紫燕食品(+18.8%), 有色金属(4.44%)煤炭(4.41%)); None unless both are bracketed."""
    if text[item.end() - 1 : item.end()] != ")":
        return None
    gap = _SPACE.match(text, item.end())
    after = _ITEM.match(text, gap.end()) if gap else None
    return gap if after is not None and text[after.end() - 1 : after.end()] == ")" else None


_ARROWED = lazy_compile(rf"(?P<name>{_NAME})\s*[：:]?\s*(?P<num>{NUMBER})%?")
_ARROW = lazy_compile(r"\s*(?:→|->)\s*")


def _arrowed(text: str, pos: int) -> list[tuple[str, Number, int, int]]:
    """``华东-0.12→东北-0.14→华中-0.20``: three or more items joined by arrows, with or without %."""
    items = []
    while (m := _ARROWED.match(text, pos)) is not None:
        items.append((m.group("name"), parse_number(m.group("num")), m.start(), m.end()))
        arrow = _ARROW.match(text, m.end())
        if arrow is None:
            break
        pos = arrow.end()
    return items if len(items) >= 3 else []


# 依次为：造纸、家具、包装印刷和文娱用品，其中造纸上涨3.01%，家具、包装印刷和文娱用品分别下跌1.27%、1.42%和2.57%
_ORDER_NAMES = lazy_compile(
    r"(?:依次)?(?:为|是)?\s*[：:]?\s*(?P<names>[\u4e00-\u9fffA-Za-z、和及与 ]{3,80}?)(?=[，,；;。]|$)"
)
_MOVE = lazy_compile(
    r"(?:其中)?(?P<names>[\u4e00-\u9fffA-Za-z、和及与]{1,60}?)(?:子板块|板块|行业|指数)?(?P<each>分别)?"
    rf"(?P<verb>上涨|下跌|收涨|收跌)了?\s*(?P<nums>{NUMBER}%(?:\s*(?:、|和|及)\s*{NUMBER}%)*)"
)
_CLAUSE_MARK = lazy_compile(r"[，,；;]")


def _names_then_moves(text: str, pos: int) -> list[tuple[str, Number, int, int]]:
    """Names in their stated order, then each one's move in the clauses after (其中甲上涨a%，乙、丙分别下跌
    b%、c%): the items in the stated order, when every name's move is given once and no figure is left over."""
    listed = _ORDER_NAMES.match(text, pos)
    if listed is None:
        return []
    names = [n.strip() for n in _NAME_JOIN.split(listed.group("names")) if n.strip()]
    if len(names) < 3 or len(set(names)) != len(names):
        return []
    moves: dict[str, Number] = {}
    at = listed.end()
    while len(moves) < len(names) and (mark := _CLAUSE_MARK.match(text, at)) is not None:
        move = _MOVE.match(text, mark.end())
        if move is None:
            break
        movers = [n.strip() for n in _NAME_JOIN.split(move.group("names")) if n.strip()]
        numbers = [parse_number(v) for v in re.findall(NUMBER, move.group("nums"))]
        if len(movers) != len(numbers) or (len(movers) > 1 and not move.group("each")):
            return []
        falls = move.group("verb") in ("下跌", "收跌")
        for name, number in zip(movers, numbers, strict=True):
            if name not in names or name in moves:
                return []
            moves[name] = parse_number("-" + number.text.lstrip("+-")) if falls else number
        at = move.end()
    if len(moves) != len(names):
        return []
    return [(n, moves[n], listed.start("names"), at) for n in names]


def names_then_values(text: str, pos: int) -> list[tuple[str, Number, int, int]]:
    """Names from ``pos`` joined by 、/和/及/与 or /, then as many figures given by 分别 or a size word
    (甲、乙和丙，涨幅分别为a%、b%和c%; 乙及丙，分别升a%及b%; 国防军工/汽车/通信，分别上涨：2.8%/0.7%/0.3%; 跌幅居前的是
    甲、乙和丙，幅度为…): name, figure, span; else none. Read by the one reader of names then figures,
    ranked_items.respectively."""
    items = respectively(text, pos, sentence_end(text, pos), near=40, at=True)
    return [(i.name, i.value, pos, items[-1].end) for i in items]


_ORDER_HINT = lazy_compile("排序|排列|前|分别|最|到小|到低|领")  # one scan, not eight


def check_order(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if not _ORDER_HINT.search(sentence.text):
            continue
        for listed in ordered_lists(sentence):
            found = _first_out_of_order(listed)
            if found is not None:
                out.append(found)
    return out


def _first_out_of_order(listed: Ordered) -> Finding | None:
    values = [n.value for _, n, _, _ in listed.items]
    falls = listed.size == "跌幅"
    if falls and any(v > 0 for v in values) and any(v < 0 for v in values):
        return None  # a 跌幅 list with both signs: what its order means is unclear
    sizes = [abs(v) for v in values] if falls else values
    pairs = list(zip(listed.items, listed.items[1:], sizes, sizes[1:], strict=False))
    gaps = [tolerance(a[1], b[1]) / 2 for a, b, _, _ in pairs]
    if not listed.descending and all(y >= x - gap for (_, _, x, y), gap in zip(pairs, gaps, strict=True)):
        return None  # in order, smallest first
    for ((name_a, a, _, _), (name_b, b, start, end), x, y), gap in zip(pairs, gaps, strict=True):
        if y > x + gap:
            word = "fall" if falls else "return" if listed.size in ("涨幅", "涨跌幅") else "figure"
            return finding(
                "error",
                "rank",
                f"the list is said to be in order of {listed.size}, but {name_b} {b.text}% comes after "
                f"{name_a} {a.text}%: a larger {word} should come first (move {name_b} before {name_a}, "
                f"or check the figures)",
                listed.sentence,
                start,
                end,
            )
    return None
