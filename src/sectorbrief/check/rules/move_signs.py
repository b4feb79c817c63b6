"""One move stated in several parts: every part must give it the same direction, whatever the measure.

Market prose states one subject's move of one period in several parts, in any unit, often with its level between
them: ``上涨151.98点,升幅1.07%``, ``滬綜指下跌3.07點,以2448.88點報收,跌幅為0.13%``, ``股價上漲1.9元、暫報41.8元、漲幅
達4.76%``, ``上升72万吨(-11.6%)``, ``上涨-0.76%``, ``全周恒指累計升226點或0.88%，連續第二周上升``, ``微跌1.72點或0.01%，
終止七連升``, ``中藥小幅收漲,本周漲幅0.62%``, ``环比价格指数为99.80，下跌0.20%``. Each part carries a direction (the
grammar of parts is move_parts.py's), and a word flipped in one of them leaves two parts disagreeing.

Which consecutive parts are one move (word → the two things it compares → the sign it asserts):

- a move and its size, or a move in one unit and in another (点 and %, 元 and %), or a move and the bracketed
  percentage right after it: one change; nothing may stand between them but commas and a restatement of the
  level (以2448.88点报收, 暂报41.8元, 收报…, 至…) — no other subject, period, measure or 分别. A list of amounts
  (下降0.81点和1.07点，降幅为0.82%和1.12%) goes with a list of as many;
- a move with its own written sign (上涨-0.76%): the word against the sign (a doubled sign, 跌-6.03%, agrees);
- a heading 涨幅以/跌幅以 and the move of the one name after it;
- two levels (a chain index and its base 100, a level and last period's) and the move right after them;
- a streak and the move of its period before it (the move's stretch of sentence names the streak's unit: 全周,
  本周 … for 周; none of 周/月/年 for 日), with only the move's 或 percentage, its level or a crossing between;
- a bare word closing its clause and the move right after it, in a clause with no second way, forecast or
  group (冲高回落, 一度, 预计, 均, 分化 …);
- a word said of a whole group (均上涨, 全线下跌, 均录得负收益) and a member's move that 其中 or 分别 introduces right after;

They must share a sign: an error quoting both. Not read: a hedged clause (预计, 若 …), a zero, two moves in the same
unit (a list: 上涨1%、下跌2%), and a change in 万/亿/兆 against a bare verb's percentage (成交额减少100亿元，上涨
0.85%: possibly another measure's; changes.py reads such a change with its size word by the amounts).
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import clause_start
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, printed
from sectorbrief.check.rules.direction_moves import HEDGE
from sectorbrief.check.rules.move_parts import GROWTH, HINT, UNIT, Part, parts

# what may stand between two parts of one move: commas and a restatement of its level
_AMOUNT = r"\d[\d,]*(?:\.\d+)?\s*(?:万亿|亿|万|兆)?\s*(?:(?:" + UNIT + r")(?:/[\u4e00-\u9fffA-Za-z]{1,4})?)?"
_GAP = lazy_compile(
    r"(?:[，,、\s]|(?:暂|全日|全天|当日|最终|终场|指数|股价)?"
    rf"(?:以|报收于|报收|收报|收于|收盘报|收盘于|收盘|收市报|收市|收在|暂报|报|来到|至|为)\s*{_AMOUNT}"
    r"\s*(?:报收|收盘|开出|收市|作收)?)*"
)
_NAME = lazy_compile(r"[^\d，。；;,、%()]{1,16}")
_TWO_WAYS = lazy_compile(
    r"冲高|探底|先|后|一度|盘中|早盘|早市|午后|尾盘|开盘|由|转|未|没有|预计|预期|有望|若|如果|曾|(?<!平)均|全线|全面|"
    r"普遍|多数|集体|纷纷|互现|分化|不一|或"
)
_BARE_GAP = lazy_compile(
    rf"(?:{_GAP.pattern}|本周|当周|全周|单周|周内|当日|全天|全日|今日|累计|分别|周?环比|[较比]上一?(?:周|期|月)|[较比]前一(?:周|交易日)|较昨日|[，,])*"
)
# the period words a move's clause names, by the streak's unit
_PERIOD_WORDS = {
    "周": lazy_compile(r"周|週"),
    "月": lazy_compile(r"月"),
    "年": lazy_compile(r"年"),
    "日": lazy_compile(r"^(?!.*(?:周|週|月|年))"),
}
# what may stand between a move and its streak: the move's 或 percentage, its level, and a verb of showing
_STREAK_GAP = lazy_compile(
    rf"(?:{_GAP.pattern}|或\s*\d+(?:\.\d+)?\s*%|(?:失守|跌破|站上|突破|重返|收复)\s*{_AMOUNT}(?:大?关口?|水平)?|并|且|已经|已|为|是|呈现|录得|实现了?|走出|创下|累计|累|共|[，,])*"
)
_REF_GAP = lazy_compile(r"(?:收官|作收)?\s*[，,]\s*(?:而|且|其|分别|(?:位居|位列|居)[^，。；;,\d]{0,6}?)?\s*")
_MEMBER_GAP = lazy_compile(r"\s*[，,]\s*(?:其中[^，。；;,\d、]{0,12}?|分别)\s*")
_PERIOD_PREFIX = lazy_compile(r"\s*[，,]\s*[周月年日]")
_LIST = lazy_compile(r"分别|依次|各自")


def check_move_signs(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        if HINT.search(sentence.text):
            out += [f for _, _, f in conflicts(sentence)]
    return out


def conflicts(sentence: Sentence) -> list[tuple[int, int, Finding]]:
    """(start, end, finding) of every move in ``sentence`` whose parts disagree in direction."""
    text = sentence.text
    found = parts(text)
    out = []
    for p in found:
        if p.kind == "move" and _doubled_against(p):
            out.append((p.start, p.end, _against_sign(sentence, p)))
    told: set[int] = set()  # a part already reported against one of its neighbours is not reported again
    for a, b in zip(found, found[1:], strict=False):
        if a.sign == b.sign or a.start in told or not _one_move(text, a, b):
            continue
        if HEDGE.search(text, clause_start(text, a.start), a.start):
            continue
        told |= {a.start, b.start}
        out.append((a.start, b.end, _both_ways(sentence, a, b)))
    return out


def _doubled_against(p: Part) -> bool:
    """上涨-0.76%: a rise or fall verb written with the other sign (not a growth verb, whose sign decides)."""
    return bool(p.written) and p.word not in GROWTH and (p.written[0] == "+") != (p.sign > 0)


def _one_move(text: str, a: Part, b: Part) -> bool:
    """Whether ``a`` and ``b`` are parts of one move: only commas and the level between, not a list."""
    gap = text[a.end : b.start]
    if _is_streak(a) or _is_streak(b):
        return _streak_of(text, a, b, gap)
    if a.kind == "all" or b.kind == "all":
        # 其余26个行业均上涨，其中电子上涨9.07% / 均录得负收益，分别下跌1.22%、1.63%: a member's move
        return a.kind == "all" and b.kind == "move" and _MEMBER_GAP.fullmatch(gap) is not None
    if a.kind == "bare" or b.kind == "bare":
        return a.kind == "bare" and b.kind in ("move", "size", "signed") and _sums_up(text, a, b, gap)
    if a.kind == "heading":
        return b.kind == "move" and _NAME.fullmatch(gap) is not None
    if b.kind == "sizeref" or a.kind == "sizeref":
        # 上涨3.36%，涨幅位居市场前列 / 跌幅显著，分别重挫4.83%和4.33% / 分别上涨2.25%、1.82%，涨幅居前: the size
        # of the move (or every move listed) next to it
        move = b if a.kind == "sizeref" else a
        return move.kind in ("move", "size") and _REF_GAP.fullmatch(gap) is not None
    if a.kind == "levels" or b.kind == "levels":
        if a.kind != "levels" or b.kind not in ("move", "size") or b.count > 1 or _GAP.fullmatch(gap) is None:
            return False
        return a.word != "100?" or _from_base(a.text, b.text)
    if a.count != b.count:
        return False  # 下降0.81点和1.07点，降幅为0.82%和1.12%: a list's parts go with a list of as many
    if b.kind == "size" and _PERIOD_PREFIX.fullmatch(gap):
        gap = gap.rstrip("周月年日")  # 较上周大涨793.79点，周涨幅约为2.78%: the move's own period named again
        lead = text[max(text.rfind(c, 0, a.start) for c in "；;") + 1 : a.start]
        if text[b.start - 1] not in lead:
            return False
    if b.kind == "heading" or _GAP.fullmatch(gap) is None:
        return False
    if b.kind == "bracket":
        return not gap  # 上升72万吨(-11.6%): the bracket right after the move
    if a.kind == b.kind and (a.kind != "move" or a.unit == b.unit or not (a.unit and b.unit)):
        return False  # 上涨1%、下跌2%: a list of moves, or two sizes
    if (a.scaled or b.scaled) and a.kind == b.kind == "move":
        return False  # 减少136.19亿元，上涨0.85%: possibly two measures
    return a.count > 1 or not _LIST.search(text, clause_start(text, a.start), a.start)


def _from_base(index: str, move: str) -> bool:
    """An index stated without 环比/同比/定基 is read against base 100 only when the move's size is its distance
    from 100 (名酒价格指数为106.01，上涨6.01%)."""
    level, size = re.search(r"\d+\.\d+", index), re.search(r"\d+(?:\.\d+)?(?=\s*%)", move)
    if level is None or size is None:
        return False
    (value, half), (step, step_half) = printed(level.group(0)), printed(size.group(0))
    return abs(abs(value - 100) - step) <= half + step_half + 1e-9


def _sums_up(text: str, bare: Part, move: Part, gap: str) -> bool:
    """Whether the bare word closing its clause sums up the move right after it: nothing but the level and a
    word of the same period between, and no second way, forecast or group in its clause."""
    if move.scaled or _BARE_GAP.fullmatch(gap) is None:
        return False
    return not _TWO_WAYS.search(text, clause_start(text, bare.start), bare.start)


def _is_streak(p: Part) -> bool:
    return p.kind.endswith("streak")


def _streak_of(text: str, a: Part, b: Part, gap: str) -> bool:
    """Whether the streak among ``a`` and ``b`` takes in the other, a move of the streak's period with only its 或
    percentage, level or a verb of showing between (全周恒指累计升226点或0.88%，连续第二周上升)."""
    streak, move = (a, b) if _is_streak(a) else (b, a)
    if move.kind not in ("move", "size") or _STREAK_GAP.fullmatch(gap) is None:
        return False
    if _LIST.search(text, clause_start(text, move.start), move.end):
        return False
    lead = text[max(text.rfind(c, 0, move.start) for c in "；;") + 1 : move.start]
    return not streak.unit or _PERIOD_WORDS[streak.unit].search(lead) is not None


def _said(sign: int) -> str:
    return "rose" if sign > 0 else "fell"


def _both_ways(sentence: Sentence, a: Part, b: Part) -> Finding:
    if _is_streak(a) or _is_streak(b):
        return _against_streak(sentence, a, b)
    if a.kind == "levels":
        return _against_levels(sentence, a, b)
    if b.kind == "bracket":
        return _against_bracket(sentence, a, b)
    if a.kind == "all":
        return _against_group(sentence, a, b)
    between = sentence.text[a.end : b.start].strip("，,、 ")
    level = f" (only 「{between}」 between them)" if between and a.kind != "heading" else ""
    return finding(
        "error",
        "contradiction",
        f"「{a.text}」 and 「{b.text}」 state one move{level} in opposite directions: 「{a.text}」 says it "
        f"{_said(a.sign)}, 「{b.text}」 says it {_said(b.sign)}; consistent would be 「{_flipped(b)}」, or "
        f"「{_flipped(a)}」 if the first word is the slip",
        sentence,
        a.start,
        b.end,
    )


def _against_streak(sentence: Sentence, a: Part, b: Part) -> Finding:
    streak, move = (a, b) if _is_streak(a) else (b, a)
    ended = streak.kind == "ended streak"
    takes = (
        "ends a streak, so this period's move went the other way" if ended else "takes in this period's move"
    )
    return finding(
        "error",
        "contradiction",
        f"「{streak.text}」 {takes} ({'a rise' if streak.sign > 0 else 'a fall'}), but 「{move.text}」 says it "
        f"{_said(move.sign)}; consistent would be 「{_flipped(move)}」, or the streak's word the other way",
        sentence,
        a.start,
        b.end,
    )


def _against_levels(sentence: Sentence, levels: Part, move: Part) -> Finding:
    base = "its base 100" if levels.word in ("100", "100?") else f"the earlier {levels.word}"
    return finding(
        "error",
        "contradiction",
        f"「{levels.text}」 puts the level {'above' if levels.sign > 0 else 'below'} {base}, "
        f"{'a rise' if levels.sign > 0 else 'a fall'}, but 「{move.text}」 right after it says it "
        f"{_said(move.sign)}; consistent would be 「{_flipped(move)}」, or the levels are wrong",
        sentence,
        levels.start,
        move.end,
    )


def _against_bracket(sentence: Sentence, move: Part, bracket: Part) -> Finding:
    amount = move.text[len(move.word) :].strip()
    return finding(
        "error",
        "contradiction",
        f"「{move.text}{bracket.text}」 says it {_said(move.sign)} by {amount} but the bracketed "
        f"{bracket.text.strip('()（）[] ')} says it {_said(bracket.sign)}; consistent would be 「{_flipped(move)}」 "
        f"(or {_flipped(bracket)} if the sign is the slip)",
        sentence,
        move.start,
        bracket.end,
    )


def _against_group(sentence: Sentence, group: Part, move: Part) -> Finding:
    member = sentence.text[group.end : move.start].strip("，, ")
    return finding(
        "error",
        "contradiction",
        f"「{group.text}」 says every one of the group {_said(group.sign)}, but 「{member}{move.text}」 after it says a "
        f"member {_said(move.sign)}; consistent would be 「{_flipped(move)}」, or the group's word the other way",
        sentence,
        group.start,
        move.end,
    )


def _against_sign(sentence: Sentence, p: Part) -> Finding:
    size = p.written[1:]
    return finding(
        "error",
        "contradiction",
        f"「{p.word}{p.written}」 says it {_said(p.sign)} but the figure {p.written} says it {_said(-p.sign)}; "
        f"consistent would be 「{_OPPOSITE.get(p.word, '下跌' if p.sign > 0 else '上涨')}{size}」 (or "
        f"「{p.word}{size}」 if the sign is the slip)",
        sentence,
        p.start,
        p.end,
    )


def _flipped(p: Part) -> str:
    """The part with its direction the other way: its word's opposite, or its sign's."""
    if p.kind in ("bracket", "signed"):
        return p.text.replace("+", "\0").replace("-", "+").replace("\0", "-")
    return p.text.replace(p.word, _OPPOSITE.get(p.word, "下降" if p.sign > 0 else "上升"), 1)


_OPPOSITE = {
    "上涨": "下跌", "下跌": "上涨", "上升": "下降", "下降": "上升", "增加": "减少", "减少": "增加", "增长": "下降",
    "提升": "下降", "提高": "降低", "降低": "提高", "回升": "回落", "回落": "回升", "下滑": "上升", "攀升": "下滑",
    "上扬": "下挫", "下挫": "上扬", "大涨": "大跌", "大跌": "大涨", "收涨": "收跌", "收跌": "收涨", "走高": "走低",
    "走低": "走高", "涨": "跌", "跌": "涨", "升": "跌", "挫": "升", "增": "减", "减": "增", "降": "升",
    "净买入": "净卖出", "净卖出": "净买入", "净流入": "净流出", "净流出": "净流入", "涨幅": "跌幅", "跌幅": "涨幅", "升幅": "跌幅", "降幅": "增幅", "增幅": "降幅",
}  # fmt: skip
