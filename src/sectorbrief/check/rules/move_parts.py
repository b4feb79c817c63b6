"""The reader of a move's parts in any measure: each stated part of one move with the direction it gives.

The grammar (a part is one of):

- a move: a direction verb right before its amount, in any unit (上涨/升/挫/增加 … then 约/逾/超 allowed, an
  optional sign, the figure, a scale 万/亿/兆 (4兆4,076.84亿元), a unit: %, 个百分点, 点, 元, 美元/盎司, 元/吨,
  吨 …, or a bare figure closing its clause: 上涨1.5，); its direction is the verb's (上涨 +, 下跌 −), except
  that a growth verb's written sign decides (增长-5.99% is a fall). A list of amounts after it (下降0.81点和
  1.07点) is one part of as many moves;
- a size: 涨幅/升幅/增幅 (+) or 跌幅/降幅 (−) with its percentage or list of them (涨幅-0.5% is a fall);
- a signed figure: 涨跌幅/变动/收益率 with an explicit sign, or a bracketed signed percentage (-11.6%);
- a heading: 涨幅以 / 跌幅以 / 涨幅最大为 before the one name whose move follows (or 涨幅 before the name whose move
  is then said 为最大: 涨幅食品类指数上涨3.25%为最大);
- two levels the move joins, stated before it: a chain index against its base 100 (环比价格指数为99.80), or a
  level against last period's (为62.88，环比(上周为61.38));
- a streak that takes in the period's move (连续第二周上升, 周线连2红, 五连阳), the other way when it ended
  (结束三连升, 终止七连升 say this period fell), with its unit (日, 周, 月, 年; none when unsaid). Not a streak
  that qualifies a name or an earlier time (连续多日上涨的煤炭指数, 连续四周上涨后的首次下跌);
- a bare word closing its clause (小幅上升，), which may sum up the move stated right after it;
- a word said of a whole group (均上涨, 全线下跌, 均录得负收益), which holds for each member whose move follows.

Which parts are one move is move_signs.py's to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.rules.common import printed

_RISE = (
    "上涨|上升|上扬|攀升|大涨|大升|劲升|急升|急涨|飙升|微升|微涨|小升|小涨|续升|续涨|倒升|走高|回升|反弹|增加|增长|"
    "提升|提高|收涨|净买入|净流入|涨|升|增|扬"
)
_FALL = (
    "下跌|下降|下挫|下滑|下泻|滑落|回落|大跌|重挫|急挫|急跌|急泻|微跌|小跌|续跌|续挫|倒跌|回吐|走低|减少|降低|收跌|"
    "回调|净卖出|净流出|跌|降|减|挫"
)
_RISES = frozenset(_RISE.split("|"))
GROWTH = ("增长", "增加", "提升", "提高", "上升", "增", "净买入", "净流入", "净卖出", "净流出")
_PRICE_UNIT = r"元/平方米|元/千克|元/公斤|元/吨|元/头|美元/吨|美元/桶|美元/盎司|美元|港元|日元|元"
UNIT = (
    rf"%|个百分点|pct|PCT|pp|bp|BP|个基点|基点|点|{_PRICE_UNIT}|万吨|吨|份|手|张|套|只|家|台|辆|万股|亿股|股|万人次|"
    "人次|万人|人|项|宗"
)
_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# more amounts of a list after the first (下降0.81点和1.07点, 降幅为0.82%和1.12%): each a part of its own move
_MORE = rf"(?:\s*(?:、|和|与|及|以及)\s*[+-]?{_FIGURE}\s*(?:万亿|亿|万|兆)?\s*(?:{UNIT})?)*"
_PART = lazy_compile(
    r"(?=[上下攀大劲急飙微小续倒走回反增提收涨升扬滑重减降跌挫变净以(\[（])(?:"
    # a move: 上涨151.98点 / 增加约1.14兆元 / 增加4兆4,076.84亿元 / 上涨-0.76% / 上涨1.5 (a bare figure closing its clause)
    rf"(?<![涨跌升降增减])(?P<verb>{_RISE}|{_FALL})(?:了)?\s*(?:约|逾|超过|超|近|达)?\s*(?P<vs>[+-])?\s*"
    rf"(?P<vn>{_FIGURE})\s*(?:(?P<vsc>万亿|亿|万|兆)(?:\s*{_FIGURE}\s*亿)?)?\s*"
    rf"(?:(?P<vu>{UNIT})(?![\d/])|(?=[，,。；;)）]|$))(?P<vl>{_MORE})"
    # a size: 涨幅约为1.28% / 跌幅0.13% / 降幅分别为6.7%、4.5%和2.7%
    r"|(?<![涨跌])(?P<size>涨幅|升幅|增幅|跌幅|降幅)(?:分别)?(?:仅为|仅|只有|约为|约|为|达到|高达|达|是|在)?\s*(?:超过|超|逾|近)?\s*"
    rf"(?P<ss>[+-])?\s*(?P<sn>\d+(?:\.\d+)?)\s*(?P<su>%|个百分点)(?P<sl>{_MORE})"
    # a size written before its word: 以12.51%的涨幅收官
    r"|以\s*(?P<bn>\d+(?:\.\d+)?)\s*%\s*的(?P<bsize>涨幅|升幅|跌幅|降幅)"
    # a heading: 涨幅以 (the name, then its move)
    r"|(?<![涨跌])(?P<head>涨幅|跌幅)(?:以|最大(?:的)?(?:则)?(?:为|是)|居首(?:的)?(?:为|是)"
    r"|(?=[^\d，。；;,]{1,16}?(?:上涨|下跌|涨|跌)\s*\d[^，。；;,]{0,10}?为?最[大小]))"
    # a size named for its rank or against another (涨幅居首, 跌幅最大, 跌幅大于中小板指数, 涨幅较上期收窄)
    r"|(?<![涨跌])(?P<ref>涨幅|升幅|跌幅|降幅)(?=[^，。；;,排的]{0,20}?"
    r"(?:最大|最小|最深|最高|最低|较大|较小|较高|较低|显著|明显|居首|居前|靠前|居后|靠后|垫底|领先|位居|前列|前茅|首位|"
    r"大于|小于|高于|低于|收窄|扩大|缩小)(?!的))"
    # a signed figure: 涨跌幅为-0.76% / (-11.6%)
    r"|(?:(?P<neutral>涨跌幅|变动|收益率)(?:为|是|录得)?\s*|(?P<open>[(\[（])\s*)(?P<ns>[+-])\s*(?P<nn>\d+(?:\.\d+)?)\s*%"
    r"(?(open)\s*[)\]）])"
    r")"
)
# two levels a move joins, before it: 为100.20 against the base 100 of a chain index (环比价格指数为100.20，上涨0.20%),
# or 为62.88 against 上周为61.38 (库容比为62.88，环比(上周为61.38)上涨1.5)
_LEVELS = lazy_compile(
    r"(?P<index>(?:(?P<chain>环比|同比|定基)[\u4e00-\u9fff]{0,8}?|价格(?:总)?)指数(?:为|是|报)\s*(?P<ix>\d{2,3}\.\d+))"
    rf"|为\s*(?P<now>{_FIGURE})\s*(?P<nu>{UNIT})?\s*[，,]?\s*(?:环比|同比)?\s*[(（]?\s*"
    rf"(?:上周|上月|上期|前一周|前值|去年同期|上年同期)(?:为|是)\s*(?P<then>{_FIGURE})\s*(?P<tu>{UNIT})?\s*[)）]?"
)
HINT = lazy_compile(
    rf"(?=[上下攀大劲急飙微小续倒走回反增提收涨升扬滑重减降跌挫净幅%])(?:(?:{_RISE}|{_FALL}|幅)[^，。；;\d]{{0,6}}\d"
    r"|%\s*的[涨跌升降]幅)"
)
# a streak that takes in the period's move: 连续第二周上升, 周线连2红, 五连阳, 结束三连升 (ended: the move goes the other way)
_N = r"(?:\d+|[一二三两四五六七八九十]+)"
_STREAK_RISE = "上涨|上升|收涨|走高|上扬|收红|收阳|升势|升市|涨势|净买入|净流入|升|涨|阳|红"
_STREAK_FALL = "下跌|下降|收跌|走低|下挫|收绿|收阴|收黑|跌势|跌市|净卖出|净流出|跌|降|阴|黑|绿"
_STREAK_RISES = frozenset(_STREAK_RISE.split("|"))
_STREAK = lazy_compile(
    r"(?=[结终止中打告周日月年已呈录实走为收连\d一二三两四五六七八九十])"
    r"(?P<ended>结束|终结|终止|止步|中断|打破|告别)?(?:了)?(?:此前|过去|之前)?(?:的)?"
    r"(?P<line>周线|日线|周K线|日K线|月线|年线)?(?:已经|已|再度)?(?:呈现|录得|实现了?|走出|为|收出)?"
    rf"(?:连续(?:第)?{_N}(?:个)?(?P<unit>交易日|日|天|周|月|年)(?:环比|同比|的)?(?P<w1>{_STREAK_RISE}|{_STREAK_FALL})"
    rf"|连{_N}(?P<unit2>日|周|天)?(?P<w2>{_STREAK_RISE}|{_STREAK_FALL})|{_N}连(?P<w3>{_STREAK_RISE}|{_STREAK_FALL})"
    rf"|连(?P<w4>升|跌|涨|降){_N}(?:个)?(?P<unit3>交易日|日|天|周|月|年))"
    r"(?:走势|势头|行情|格局)?(?![的后之])"
)
# a bare word that closes its clause and sums up the move the next clause states (小幅上升，涨幅1.73%)
_BARE_RISE = "上涨|上升|收涨|走高|回升|反弹|上扬|走强|翻红|收红|飘红"
_BARE_FALL = "下跌|下降|收跌|走低|回落|下挫|走弱|翻绿|收绿|飘绿"
_BARE_RISES = frozenset(_BARE_RISE.split("|"))
_BARE = lazy_compile(
    rf"(?=[上下收走回反翻飘])(?<![涨跌升降个家只])(?P<word>{_BARE_RISE}|{_BARE_FALL})(?=\s*[，,])"
)
# a clause whose word may not be its close's: two ways in a day, a forecast, or several subjects at once
# a word said of a whole group, whose member's move 其中/分别 then states (其余26个行业均上涨，其中电子上涨9.07%)
_ALL_RISE = "上涨|收涨|上升|走高|正收益|飘红|收红"
_ALL = lazy_compile(
    r"(?=[均全悉集普])(?:均|全线|悉数|全部|集体|普遍)(?:呈现|出现|录得|实现)?(?:小幅|大幅)?"
    rf"(?P<word>{_ALL_RISE}|下跌|收跌|下降|走低|负收益|飘绿|收绿)(?=\s*[，,])"
)
_STREAK_HINT = lazy_compile(r"连续|\d连|[一二三两四五六七八九十]连|连[升跌涨降]?[\d一二三两四五六七八九十]")
_UNIT_OF = {"交易日": "日", "天": "日", "日": "日", "周": "周", "月": "月", "年": "年", "周线": "周", "周K线": "周",
            "日线": "日", "日K线": "日", "月线": "月", "年线": "年"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Part:
    """One part of a move: its sign (+1 / −1), what it is (move, size, heading, signed), its unit, place, text."""

    sign: int
    kind: str
    unit: str
    scaled: bool
    start: int
    end: int
    text: str
    word: str
    count: int = 1
    written: str = ""  # a move's own sign and first figure as written (上涨-0.76% → -0.76%), when signed


def parts(text: str) -> list[Part]:
    """Every part of a move in ``text`` with a sign (a zero move or signed figure, and a fall's size written with a
    plus, are left out), and every streak that takes in the period's move, in order."""
    out = [p for p in map(_part, _PART.finditer(text)) if p is not None]
    if not out:
        return out
    if _LEVELS_HINT.search(text):
        out += [p for p in map(_levels, _LEVELS.finditer(text)) if p is not None]
    if _STREAK_HINT.search(text):
        out += [_streak(m) for m in _STREAK.finditer(text)]
    groups = []
    for m in _ALL.finditer(text):
        said = 1 if m.group("word") in _ALL_RISE.split("|") else -1
        groups.append(Part(said, "all", "", False, m.start(), m.end(), m.group(0), m.group("word")))
    out += groups
    for m in _BARE.finditer(text):
        if any(g.start <= m.start() < g.end for g in groups):
            continue  # 均上涨: the group's word, not a bare one
        said = 1 if m.group("word") in _BARE_RISES else -1
        out.append(Part(said, "bare", "", False, m.start(), m.end(), m.group(0), m.group("word")))
    out.sort(key=lambda p: p.start)
    return out


def _streak(m: re.Match[str]) -> Part:
    """A streak: its direction (the other way when it ended), its unit (日, 周 …; "" when unsaid) as the part's."""
    word = m.group("w1") or m.group("w2") or m.group("w3") or m.group("w4")
    said = 1 if word in _STREAK_RISES else -1
    unit = _UNIT_OF.get(m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("line") or "", "")
    start = m.start("ended") if m.group("ended") else m.start()
    kind = "ended streak" if m.group("ended") else "streak"
    return Part(-said if m.group("ended") else said, kind, unit, False, start, m.end(), m.group(0), word)


def _part(m: re.Match[str]) -> Part | None:
    text = m.group(0)
    if m.group("verb"):
        verb, sign = m.group("verb"), m.group("vs")
        said = 1 if verb in _RISES else -1
        if sign and verb in GROWTH:  # 增长-5.99%: negative growth, a fall; 净流出-3亿元: an inflow
            said = said if sign == "+" else -said
        if float(m.group("vn").replace(",", "")) == 0:
            return None
        more = m.group("vl")
        count = 1 + len(_MORE_ITEM.findall(more)) if more else 1
        unit = m.group("vu") or ""
        written = f"{sign}{m.group('vn')}{unit}" if sign else ""
        return Part(said, "move", unit, bool(m.group("vsc")), m.start(), m.end(), text, verb, count, written)
    if m.group("size"):
        rises = m.group("size") in ("涨幅", "升幅", "增幅")
        if not rises and m.group("ss") == "+":
            return None  # a zero size keeps its word's direction: 上涨0.07点，涨幅0.00%
        said = -1 if not rises or m.group("ss") == "-" else 1
        more = m.group("sl")
        count = 1 + len(_MORE_ITEM.findall(more)) if more else 1
        return Part(said, "size", m.group("su"), False, m.start(), m.end(), text, m.group("size"), count)
    if m.group("bsize"):
        said = 1 if m.group("bsize") in ("涨幅", "升幅") else -1
        return Part(said, "size", "%", False, m.start(), m.end(), text, m.group("bsize"))
    if m.group("head"):
        said = 1 if m.group("head") == "涨幅" else -1
        return Part(said, "heading", "", False, m.start(), m.end(), text, m.group("head"))
    if m.group("ref"):
        said = 1 if m.group("ref") in ("涨幅", "升幅") else -1
        rest = _CLAUSE_REST.match(m.string, m.end())
        end = rest.end() if rest else m.end()
        return Part(said, "sizeref", "", False, m.start(), end, m.string[m.start() : end], m.group("ref"))
    if float(m.group("nn")) == 0:
        return None
    kind = "bracket" if m.group("open") else "signed"
    return Part(1 if m.group("ns") == "+" else -1, kind, "%", False, m.start(), m.end(), text, "")


_CLAUSE_REST = lazy_compile(r"[^，。；;,\[]*")
_LEVELS_HINT = lazy_compile(r"(?:指数|周|月|期|值)(?:为|是|报)")
_MORE_ITEM = lazy_compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万亿|亿|万|兆)?")


def _levels(m: re.Match[str]) -> Part | None:
    """The direction two stated levels give (a chain index against its base 100, a level against last period's)."""
    if m.group("index"):
        value, half = printed(m.group("ix"))
        if not 50 < value < 150 or abs(value - 100) <= half:
            return None
        base = (
            "100" if m.group("chain") else "100?"
        )  # without 环比/定基: base 100 only if the move's size says so
        return Part(1 if value > 100 else -1, "levels", "", False, m.start(), m.end(), m.group(0), base)
    if (m.group("nu") or "") != (m.group("tu") or "") and m.group("nu") and m.group("tu"):
        return None
    (a, a_half), (b, b_half) = printed(m.group("now")), printed(m.group("then"))
    if abs(a - b) <= a_half + b_half:
        return None
    return Part(1 if a > b else -1, "levels", "", False, m.start(), m.end(), m.group(0), m.group("then"))
