"""Rankings in report text, read one general way: a run of two or more (name, figure) items in one sentence
together with the order cue that says how they are ranked (涨幅前五：甲(+3.2%)、乙(+2.9%); 甲、乙、丙领涨，分别上涨
3.2%、2.9%、2.1%; 跌幅居前的是甲(-4.1%)，其次是乙(-3.9%); 甲上涨3.2%，乙上涨2.9%，涨幅居前).

An item is a name and one percentage, in any of the shapes a writer uses: bracketed (甲(+3.2%)), with a move word
(甲上涨3.2% / 甲跌幅3.2%), bare (甲3.2%), after a colon (甲：3.2%), or numbered (第一名，甲3.2%); or names first and
their figures after 分别 (甲、乙、丙分别上涨3.2%、2.9%、2.1%). Items are joined by 、，；和及与/>→ or 其次(是).

The cue's direction: gains (涨幅前N, 领涨, 居前, TOP N, 表现最好, 由高到低) rank the largest rise first; falls (跌幅前N,
领跌, 跌幅最大, 表现最差) the largest fall first; 后N/居后/靠后 may be written from either end; 由低到高 rises.
A figure is a fall when it is signed negative or its item says 下跌/跌/跌幅, and, under a fall cue, when it is
unsigned (a list of 跌幅 sizes).

A list ranked by another measure that its cue names (成交金额前3名, 十大权重, 资金净流入前五大, 换手率最高的三个)
is read with that measure's figures, amounts or percentages of one unit, largest first (outflows by their size).

Not read as ranked: lists that say they are examples (包括, 如, 例如, 等), lists ranked by another measure
(成交额, 市值, 换手, 资金 …) than their figures, and lists whose items name a period of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sectorbrief.check.claim_types import parse_number
from sectorbrief.check.claims import chinese_number
from sectorbrief.check.entities import find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import PERIOD_RE, Sentence
from sectorbrief.check.ranked_items import (
    BEGIN,
    COUNT,
    FALL_WORDS,
    FIGURE,
    NAME,
    NOT_A_NAME,
    REACHES,
    SEP,
    Item,
    items_after,
    items_before,
    respectively,
    segments,
    sentence_end,
)
from sectorbrief.check.ranked_names import FILLER_HEAD, SUFFIX, figures_by_name, given_for, named_order

_OTHER_MEASURES = r"成交额|成交金额|成交值|成交量|净流入|净流出|净买入|净卖出|市值|换手率|周转率|估值|市盈率|市净率|股息率|分位数|权重|持仓|占比"


# a change's size by its own word (换手率回落幅度居前 …，下降幅度分别为): rises, or falls given as sizes
_FALL_SIZE = r"(?:下降|回落|下跌|减少|下滑)幅度"
_MEASURE = rf"涨跌幅|涨幅|跌幅|升幅|降幅|{_FALL_SIZE}|(?:上升|上涨|回升|增长|增加)幅度|收益率|收益|回报率|回报|表现|涨|跌"
_FALL_MEASURE = lazy_compile(rf"跌幅|跌|降幅|{_FALL_SIZE}")


_PLACE = (
    rf"(?P<place>居前|靠前|前列|领先|居首|第{COUNT}(?:至|到|-|~)第?{COUNT}(?:名|位)|第一(?![季阶批大个次轮])|最大|最高|最多|最深|最好|最佳|最强|最差|最弱|最低|最小|"
    rf"居后|靠后|末位|垫底|(?:前|后|末){COUNT}(?:名|位|大|只|个)?|TOP\s*\d+|Top\s*\d+)"
)


# The measure, up to a few words (排名, 在…中), then the place; or a cue word of its own.
_CUE = lazy_compile(
    rf"(?P<measure>{_MEASURE})(?:榜|排名|排行|排序|相对|较为|位列|位居|居|列|在[^，,。；;、%\d]{{1,14}}?中)*{_PLACE}"
    r"|(?P<lead>领涨|领跌)"
    # 按区间涨跌幅排序，甲+17.90%、乙+14.31%…: sorted by the figures, from either end
    r"|按(?:区间|本周|周|当周|本月|月度?|年初至今|年内)?(?P<sort>涨跌幅|涨幅|跌幅|收益率)(?:排序|排列)(?!.{0,2}(?:从|由))"
    r"|(?P<down>从高到低|由高到低|从大到小|由大到小|降序)|(?P<up>从低到高|由低到高|从小到大|由小到大|升序)"
    rf"|(?<![\u4e00-\u9fff])(?P<bare>(?:前{COUNT}|TOP\s*\d+|Top\s*\d+))(?=[：:名位])"
    rf"|(?:指数|板块|行业|个股)(?P<bare2>前{COUNT})(?:名|位)?(?=\s*[：:])"
    # 甲、乙、丙位列前三位，分别上涨…: a counted place with no measure word
    rf"|(?:位列|位居|排名|排在|列)(?P<bare3>前{COUNT})(?:名|位)?"
    # 周转率前三名产业为：甲7.87%、…: a top list of a measure given in percent, by that measure
    rf"|(?P<pct>周转率|换手率|回报率|增速|增幅)(?:排名)?(?P<bare4>前{COUNT})(?:名|位|大)?"
    # 成交金额前3名依序为… / 资金净流入前五大行业依次为… / 十大权重分别为…: a top list of another measure, by it
    rf"|(?P<om>{_OTHER_MEASURES})[^，,。；;%\d涨跌升降幅收]{{0,6}}?(?:前{COUNT}(?:名|位|大)?|(?:TOP|Top)\s*\d+|最高|最大|最多|居前|靠前|前列)"
    rf"|(?:十|前{COUNT})大(?P<om2>权重股?|重仓股?|成分股|持仓股?)"
    # 甲、乙、丙收益率次之，分别为…: names following a leader together, their figures given 分别 in falling order
    rf"|(?P<nmeasure>{_MEASURE})?(?P<next>次之|紧随其后|紧跟其后)(?=[，,]\s*(?:其)?[\u4e00-\u9fff]{{0,5}}?分别)"
)


# A quick test for a cue anywhere in a sentence (the pre-filter).
_MAY_RANK = lazy_compile(
    r"前|后|末|次之|TOP|Top|领涨|领跌|居首|最|到低|到高|到大|到小|降序|升序|排序|排列|位列|>|十大|第.{1,3}[至到-]"
)


# Between a cue and its list: a list of examples, or a list ranked by another measure.
_UNORDERED = lazy_compile(r"包括|包含|例如|比如|如(?![下此])|诸如|主要有|等")


_OTHER_MEASURE = lazy_compile(
    r"成交|市值|换手|资金|净流|流入|流出|持仓|权重|占比|估值|市盈|PE|PB|股息|利润|营收|收入|规模|份额|融资|周转|"
    r"销量|产量|价格|票房|净值|振幅|贡献|仓位|配置|评级|家数"
)


@dataclass(frozen=True, slots=True)
class Ranking:
    """Two or more items and the cue that orders them: ``direction`` is "down" (largest signed figure first),
    "falls" (largest fall first), "up" (smallest first), "either" (后N lists, written from either end) or "size"
    (largest outflow first, signed or not);
    ``sizes`` when unsigned figures are sizes of falls (a 跌幅 list with no sign in it)."""

    sentence: Sentence
    cue: str
    cue_start: int
    direction: str
    sizes: bool
    items: tuple[Item, ...]
    head_only: bool = False  # a superlative's subject first: only it must rank above every item after it

    def signed(self, item: Item) -> float:
        """The item's figure with its sign: negative when signed so, said to fall, or a fall size."""
        v = item.value.value
        if item.signed:
            return v
        if item.word in FALL_WORDS or (self.sizes and item.word not in _RISE_WORDS):
            return -abs(v)
        return v

    def key(self, item: Item) -> float:
        """The figure the ranking orders by, largest first (an amount in its unit's scale)."""
        if self.direction == "size":
            return abs(item.value.value) * item.scale
        v = self.signed(item) * item.scale
        return -v if self.direction in ("falls", "up") else v


_RISE_WORDS = ("上涨", "涨", "收涨", "大涨", "涨幅", "升", "上升", "升幅")


def rankings(sentence: Sentence) -> list[Ranking]:
    """Every ranking the sentence states: each cue with the items it heads or follows."""
    text = sentence.text
    if ("%" not in text and "元" not in text and "倍" not in text) or not (
        _MAY_RANK.search(text) or ">" in text
    ):
        return []
    cues = list(_CUE.finditer(text))
    out: list[Ranking] = []
    taken = 0
    for n, cue in enumerate(cues):
        direction = _direction(cue)
        if direction is None or cue.start() < taken or _describes(text, cue):
            continue
        # names following together (乙、丙紧随其后，分别…) go on with the list before them, they do not end it
        later = [c for c in cues[n + 1 :] if not c.group("next") and not _describes(text, c)]
        limit = later[0].start() if later else sentence_end(text, cue.end())
        end = min(limit, sentence_end(text, cue.end()))
        floor = max(taken, cues[n - 1].end() if n else 0)
        group = respectively(text, cue.start(), end, near=0) if cue.group("lead") else []
        head = _subject(text, floor, cue, end) if len(group) < 2 else _lowest(group, direction)
        measure = bool(cue.group("om") or cue.group("om2"))
        if measure:
            items = items_after(text, cue.end(), end, measure=True)
        elif cue.group(
            "bare3"
        ):  # 甲、乙、丙位列前三位: ranked only by figures given 分别, in the names' order
            items = respectively(text, cue.end(), end, near=40, heads=True)
        elif head is None:
            items = items_after(text, cue.end(), end)
        else:
            items = [head, *_rest(text, max(head.end, *(i.end for i in group), cue.end()), end)]
            items += _peers_before(text, floor, head, group)
        if len(items) < 2 and not measure and not _OPENS_PHRASE.match(text, cue.end()):
            items = items_before(text, floor, cue.start())
        if len(items) < 2 and not measure:
            items = named_order(text, cue.end(), end)
        if measure and items and not _of_measure(cue.group(0), items[0]):
            continue  # 成交额前三：甲(+1.2%)…: percentages beside an amount's ranking are another measure's
        if (
            len(items) < 2
            or _excluded(text, cue, items)
            or (len(items) == 2 and head is None and not _counted(cue))
        ):
            continue
        if (
            head is None
            and _A_SET.fullmatch(cue.group(0))
            and not _COUNTED.search(text, cue.start(), items[0].start)
        ):
            continue  # 表现最佳的成分股为甲、乙、丙: the best, named in no stated order
        items = items[: _stated_count(text, cue, items[0].start) or len(items)]
        taken = max(i.end for i in items)
        head_only = head is not None and not _SECOND.search(text, head.end, items[-1].end)
        if not head_only:
            items = [i for i in items if not i.floor]  # a bound says nothing of its place among the rest
            if len(items) < 2:
                continue
        # a superlative ranks its subject among its own kind only (not 恒生 beside 沪深300, a stock), unless a
        # > chain goes on from it (餐饮板块涨跌幅第一(+12.39%)，免税>景区>出境游>酒店，涨跌幅分别为…)
        if head_only and not _CHAINED_ON.match(text, items[0].end, items[1].start if len(items) > 1 else 0):
            kind = _peer_kind(_named(text, items[0]))
            items = [i for i in items if _peer_kind(_named(text, i)) == kind]
            if len(items) < 2:
                continue
        out.append(
            Ranking(
                sentence, cue.group(0), cue.start(), direction, _sizes(cue, items), tuple(items), head_only
            )
        )
    return out + (_chains(sentence, taken) if ">" in text else [])


# 总市值位居A股前30位的大秦铁路，更是…: another measure's place said of the one name after it, a description
_DESCRIBED = lazy_compile(
    r"的(?P<name>[^，,。；;%\d：:]{1,12}?)[，,](?!\s*(?:其)?[\u4e00-\u9fff]{0,5}?(?:分别|依次|依序))"
)


def _describes(text: str, cue: re.Match[str]) -> bool:
    """Whether a cue of another measure only describes the one name after it (…前30位的大秦铁路，), ranking nothing."""
    said = _DESCRIBED.match(text, cue.end()) if cue.group("om") else None
    return said is not None and not said.group("name").endswith(("为", "是", "有", "包括", "包含"))


_AMOUNT_MEASURE = lazy_compile(r"成交额|成交金额|成交值|成交量|净流入|净流出|净买入|净卖出|市值")
_PERCENT_MEASURE = lazy_compile(r"权重|换手率|周转率|分位数|占比")


def _of_measure(cue: str, first: Item) -> bool:
    """Whether the list's figures are of the measure its cue names: amounts for 成交额 or 净流入, percentages for
    权重 or 换手率 (either for 估值 or 持仓)."""
    if _AMOUNT_MEASURE.search(cue):
        return first.unit != "%"
    if _PERCENT_MEASURE.search(cue):
        return first.unit == "%"
    return True


def _peers_before(text: str, floor: int, head: Item, group: list[Item]) -> list[Item]:
    """The items the sentence gives before a superlative's subject (卡车和汽车零部件跌幅分别为5.24%和5.36%，客车行业
    8.85%的跌幅领跌): its peers too, when no other order cue stands between."""
    first = min([head.start, *(i.start for i in group)])
    if _CUE.search(text, 0, first) or PERIOD_RE.search(text, floor, first):
        return []
    given = figures_by_name(text, floor, first)
    return [i for i in given.values() if i.end <= first and i not in group]


def _lowest(group: list[Item], direction: str) -> Item:
    """The group's member the ranking puts lowest (科创50、中证1000领涨12.3%、8.7%: 中证1000), which every item
    after the group must not beat."""
    probe = Ranking(Sentence("", "", 0), "", 0, direction, False, tuple(group))
    return min(group, key=probe.key)


def _chains(sentence: Sentence, taken: int) -> list[Ranking]:
    """甲(32.7%)>乙(29.5%)>丙(27.6%): items joined by > are in falling order by their own sign."""
    text = sentence.text
    first = text.find(">", taken)
    if first < 0:
        return []
    start = max(taken, *(text.rfind(m, 0, first) + 1 for m in "，,；;：:。"))
    end = sentence_end(text, first)
    items = []
    for begin in [start] + [m.end() for m in BEGIN.finditer(text, start, first)]:
        items = segments(text, begin, end)
        if len(items) >= 2:
            break
    joined = [i for n, i in enumerate(items) if n == 0 or ">" in text[items[n - 1].end : i.start]]
    if len(joined) < 2:
        names = _NAME_CHAIN.search(text, start, end)
        if names is None or names.start() > first:
            return []
        listed = [SUFFIX.sub("", n) for n in names.group(0).split(">")]
        given = figures_by_name(text, names.end(), end)
        joined = [i for i in (given_for(given, n) for n in listed) if i is not None]
        if len(joined) < len(listed):
            return []
    if len(joined) < 2 or PERIOD_RE.search(text, joined[0].figure, joined[-1].end):
        return []
    return [Ranking(sentence, ">", first, "down", False, tuple(joined))]


_NAME_CHAIN = lazy_compile(
    r"[\u4e00-\u9fffA-Za-z]{2,12}(?:\s*>\s*[\u4e00-\u9fffA-Za-z]{2,12})+(?=[，,；;。]|$)"
)


# Indices of markets other than the A-share one: a superlative about one market says nothing of another's.
_FOREIGN = lazy_compile(
    r"(?P<hk>恒生|恒指|港股|H股|国企指数)|(?P<us>纳斯达克|纳指|标普|道琼斯|道指|美股|费城)|(?P<jp>日经|东证)"
    r"|(?P<eu>富时|DAX|CAC|斯托克|欧洲|英国|德国|法国)|(?P<other>韩国|KOSPI|台湾|加权|印度|越南|孟买|澳洲|巴西|俄罗斯)"
)


_GROUP = lazy_compile(r"板块|指数|行业|概念|ETF|基金|大盘|市场|[A-Z]股|港股|美股|类")


def _named(text: str, item: Item) -> str:
    """The text naming an item: before its figure, or its name when a 分别 list gives names then figures."""
    return text[item.start : item.figure] if item.start < item.figure else item.name


def _peer_kind(name: str) -> tuple[str, str]:
    """What a superlative's peers must share with its subject: the level the alias table gives the name
    (a benchmark, a level-1 or level-2 industry; a name it does not know is a stock, compared with names it
    does not know either, or a board, index or fund, compared with nothing) and its market."""
    found = find_entities(name)
    group = None if found else _GROUP.search(name)
    if group is not None:  # 水务板块 beside 海螺水泥: a board among stocks, a kind of its own;
        return f"{group.group(0)}?", "?"  # 客车行业 beside 卡车行业: two industries the table lacks, one kind
    level = found[-1].level if found else "unknown"
    m = _FOREIGN.search(name)
    return level, str(m.lastgroup) if m else "a"


_COUNT_SAID = lazy_compile(rf"前(?P<n>{COUNT})|(?:TOP|Top)\s*(?P<t>\d+)|(?P<k>{COUNT})(?:个|名|只|家|大)")


def _stated_count(text: str, cue: re.Match[str], first: int) -> int | None:
    """How many items a counted cue promises (涨幅前五, 表现最好的三个行业, TOP3): a list reads no further."""
    if first < cue.start():
        return None
    m = _COUNT_SAID.search(text, cue.start(), first)
    if m is None:
        return None
    raw = m.group("n") or m.group("t") or m.group("k")
    n = int(raw) if raw.isdigit() else chinese_number(raw)
    return n if n >= 2 else None


# after a superlative's figure, the names of a > chain right after it (its rest, given 分别)
_CHAINED_ON = lazy_compile(r"\)?\s*[，,]\s*[^，,。；;%\d]{1,16}?>")


_SECOND = lazy_compile(r"其次|次之|紧随其后|紧跟其后|依次|再次")


# 国有行涨幅最大(+3.30%) / 石油工程板块本周涨幅最大，为8.92% / 申能股份领涨1.05%: the figure right after the cue
_HEAD_FIGURE = lazy_compile(
    r"\s*(?:[，,]\s*)?(?:周涨幅|涨幅|跌幅|环比增长|增长|增幅)?(?:为|达到|达|了|高达)?\s*"
)


# 西安饮食周涨幅14.53%领涨 / 晶瑞股份以11.63%的涨幅领涨: the figure right before it
_SUBJECT_TAIL = lazy_compile(
    r"(?:指数|板块|行业)?(?:本周|当周|周内|年内|年初至今)?(?:周涨幅|涨幅|跌幅|涨跌幅|周涨跌幅)?(?:为|达|了)?$"
)


_SUPERLATIVE = ("最大", "最高", "最好", "最佳", "最强", "居首", "第一", "最深", "最差", "最弱")


def _subject(text: str, floor: int, cue: re.Match[str], end: int) -> Item | None:
    """The superlative's own subject and figure (甲涨幅最大(+3.3%) / 甲领涨1.05% / 甲周涨幅14.53%领涨)."""
    if not (cue.group("lead") or cue.group("place") in _SUPERLATIVE):
        return None
    start = max([floor] + [text.rfind(m, floor, cue.start()) + 1 for m in "，,；;：:。、"])
    lead = text[start : cue.start()]
    after = _HEAD_FIGURE.match(text, cue.end())
    figure = FIGURE.match(text, after.end()) if after else None
    if figure is not None and figure.end() <= end:
        name = NAME.match(FILLER_HEAD.sub("", _SUBJECT_TAIL.sub("", lead)))
        if name is None or not name.group("name").strip() or NOT_A_NAME.search(name.group("name")):
            return None
        start += len(lead) - len(FILLER_HEAD.sub("", lead))
        said = _MEASURE_WORD.search(after.group(0)) if after else None
        word = figure.group("word") or (said.group(0) if said else "")
        if not word and _direction(cue) == "falls":
            word = "跌幅"  # 煤炭领跌，为5.21%: an unsigned figure of the fall's leader is its size
        return Item(
            name.group("name").strip(),
            parse_number(figure.group("num")),
            word,
            start + name.start("name"),
            figure.end(),
            figure.start("num"),
        )
    if _NAMED_AFTER.match(text, cue.end()):
        return None
    if not lead.strip() and start > floor + 1:  # 甲上涨4.34%，表现最佳，…: the clause before is the subject's
        cue_at, start = (
            start - 1,
            max([floor] + [text.rfind(m, floor, start - 1) + 1 for m in "，,；;：:。、"]),
        )
        if _CUE.search(text, start, cue_at):
            return None  # 涨幅最大为甲…，跌幅最大则是乙…: the clause before has a superlative of its own
    else:
        cue_at = cue.start()
    before = segments(text, start, cue_at)
    if len(before) == 1 and REACHES.fullmatch(text, before[0].end, cue_at):
        return before[0]
    if len(before) == 1 and (said := _SIZE_BEFORE.fullmatch(text, before[0].end, cue_at)):
        head = before[0]  # 客车行业8.85%的跌幅领跌 / 新易盛以8.3%的涨幅领涨: the figure is the said measure's
        return replace(head, name=head.name.removesuffix("以").strip(), word=said.group(1))
    return None


# a head's figure of the measure written after it: 8.85%的跌幅领跌, 以8.3%的涨幅领涨
_SIZE_BEFORE = lazy_compile(r"\s*的(涨幅|跌幅)\s*$")


_MEASURE_WORD = lazy_compile(r"跌幅|涨幅|增长|增幅")


_NAMED_AFTER = lazy_compile(r"的?(?:个股|股票|公司|板块|行业|指数|品种|标的)|的?(?:为|是|者)|则(?:是|为)")


def _rest(text: str, pos: int, end: int) -> list[Item]:
    """The items after a superlative's subject: after a separator, a run of items or names then 分别 figures."""
    comma = text.find("，", pos, end)
    sep = SEP.match(text, pos)
    at = comma + 1 if comma >= 0 else sep.end() if sep else pos
    return segments(text, at, end, bounds=True) or respectively(text, at, end, near=30)


# 涨幅排名前三的行业中，…: the place opens another phrase, it is not the items' place before it
_OPENS_PHRASE = lazy_compile(r"的?[\u4e00-\u9fff]{0,6}中")


_A_SET = lazy_compile(r"(?:表现|收益|回报)[^\d]*最(?:佳|好|差|弱|强)")


_COUNTED = lazy_compile(rf"[前后末]{COUNT}|{COUNT}(?:个|名|只|家)|TOP|Top|依次|依序")


def _counted(cue: re.Match[str]) -> bool:
    """A cue that ranks even two items: a counted place (前二, TOP2), a stated direction (由高到低) or 依次;
    two names 涨幅居前 or 领涨 are often given in no order."""
    bare = cue.group("bare") or cue.group("bare2") or cue.group("bare3") or cue.group("bare4")
    bare = bare or cue.group("om") or cue.group("om2")
    return bool(cue.group("down") or cue.group("up") or cue.group("sort") or bare) or bool(
        _COUNTED.search(cue.group(0))
    )


def _sizes(cue: re.Match[str], items: list[Item]) -> bool:
    measure = cue.group("measure") or cue.group("sort") or ""
    falls = bool(_FALL_MEASURE.fullmatch(measure)) or cue.group("lead") == "领跌"
    return falls and not any(i.signed or i.word in _RISE_WORDS for i in items)


def _direction(cue: re.Match[str]) -> str | None:
    if cue.group("down"):
        return "down"
    if cue.group("up"):
        return "up"
    if cue.group("lead"):
        return "falls" if cue.group("lead") == "领跌" else "down"
    if cue.group("next"):
        return "falls" if _FALL_MEASURE.fullmatch(cue.group("nmeasure") or "") else "down"
    if cue.group("sort"):
        return "either"
    if cue.group("bare") or cue.group("bare2") or cue.group("bare3") or cue.group("bare4"):
        return "down"
    if cue.group("om") or cue.group("om2"):
        return "size" if "出" in cue.group(0) or "卖" in cue.group(0) else "down"
    place, measure = cue.group("place"), cue.group("measure")
    if place[0] in "后末" or place in ("居后", "靠后", "垫底"):
        return "either"
    if place in ("最低", "最小"):
        return None  # 跌幅最小 / 涨幅最低: the other end, often a single item
    if _FALL_MEASURE.fullmatch(measure) or place in ("最差", "最弱"):
        return "falls"
    return "down"


# a top place heading the names it gives, their figures after 等 (居前的概念有甲、乙、丙等，…分别为)
_TOP_NAMES = lazy_compile(
    r"(?<=居前|靠前|前列)的[\u4e00-\u9fff]{0,4}?(?:有|为|是)(?:[^，,。；;%\d等]|\(\d{4,6}\))+等(?=[，,][^，,。；;%\d]{0,10}?分别)"
)


def _excluded(text: str, cue: re.Match[str], items: list[Item]) -> bool:
    """A list of examples, a list ranked by another measure, or items with periods of their own."""
    first, last = items[0], items[-1]
    lo, hi = (cue.end(), first.figure) if first.start >= cue.end() else (last.end, cue.start())
    between = text[lo:hi]
    # 成交量周转率前三名: a measure the cue names itself is the one its percentages give
    measure = cue.group("pct") or cue.group("om") or cue.group("om2")
    # 换手率回落幅度居前: a change's size (幅度) is the measure its figures give, whatever changed before the cue
    change = "幅度" in (cue.group("measure") or "")
    head = "" if measure or change else text[max(0, min(cue.start(), first.start) - 12) : cue.end()]
    unordered = _UNORDERED.search(between)
    counted = cue.group("om2") or (cue.group("om") and _COUNTED.search(cue.group(0)))
    if counted and unordered and unordered.group(0) in ("包括", "包含"):
        unordered = (
            None  # 前十大权重包括：… / 成交金额前3名类股包括…: a top-N list is the top N, in their order
        )
    top_names = _TOP_NAMES.match(text, cue.end()) if unordered and unordered.group(0) == "等" else None
    if unordered and top_names and top_names.end() == lo + unordered.end():
        unordered = None  # 净流出资金居前的概念有甲、乙、丙等，净流出资金分别为…: the first of the top, given in order
    if unordered or (not measure and _OTHER_MEASURE.search(between + head)):
        return True
    if text.startswith("等", last.end):
        return True
    return PERIOD_RE.search(text, first.figure, last.end) is not None
