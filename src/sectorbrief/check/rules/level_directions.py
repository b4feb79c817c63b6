"""A direction word against the two levels of any measure it orders, read with the level reader (levels.py).

For any measure (an index's points, a market value in 兆/亿, a PE in x, a price per 吨, a share count in 份 …):

- from-to: ``由 2010 年 16 万吨年产量，增至 2021 年 63 万吨``, ``从6124点的制高点一路下滑，跌至…的1665点``,
  ``PB从2.554x下行至2.550x`` (the verb right before 至/到 governs), and a span under its size word
  (``涨幅152%(从2050点至5178点)``);
- against a base: ``市值为89兆9,453.81亿元，较上周(…)市值85兆5,376.97亿元增加…``, ``攀升至55.89元(…)，较开板价格
  24.07元上涨132%`` (the base's figure right before the verb, the level the clause or the clause before states);
- a turn from the level stated just before: ``午后跌至全日低位26535，…，收市反弹至26572`` (反弹/回升 from a low,
  回落/回调 from a high: the last level of the same measure in the sentence, within a fifth of it);
- several said to move one way with their figures listed: ``券商与保险指数呈现同步下跌态势，分别为-0.6%和-4%``
  and ``名酒价格上涨的有：口子窖酒上涨1.49%，…`` (every listed figure must go the word's way);
- a net flow against its own rate: ``净流出0.04亿元，净流入率为-3.72%``;
- a period's first and last levels against the percentage move stated after them whose size they give
  (``水泥价格指数月初为98.94点，月末为97.04，水泥价格环比上涨1.92%``: 98.94 to 97.04 is a fall of 1.92%;
  ``从年初的5261.56点跌至年末的1820.81点，全年跌幅达65.39%``).

A gap at the open (高开/低开) against the close before it is read by open_gaps.py.

An error when the stated figures go the other way beyond their printed rounding; a hedged clause (预计, 若 …)
is not read. A fallback rule: it speaks only where no earlier rule raised an error on the sentence.
"""

from __future__ import annotations

import re

from sectorbrief.check.claim_types import clause_start, parse_number
from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import corners, finding, printed, printed_from
from sectorbrief.check.rules.direction_moves import HEDGE
from sectorbrief.check.rules.levels import Level, amount, level, level_before, levels_in, order, same_measure

_RISE = "上升|增加|增长|提升|提高|回升|上涨|攀升|上调|抬升|走高|上行|反弹|飙升|跃升|大涨|放大|升|增|涨"
_FALL = "下降|减少|降低|回落|下跌|下滑|下调|走低|下行|下挫|回调|暴跌|大跌|缩水|萎缩|缩减|跌|降|减"
_SIZE = "扩大|收窄|缩小"  # a size's move: 跌幅由3%收窄至1% compares the sizes
_CTX = r"(?:[^，。；;,\d]|\d{4}\s*年|\d{1,2}\s*月|\d{1,2}\s*日)"
_NOT_AFTER = r"(?![\d年月日号位名季])"
_FROM_TO = lazy_compile(
    rf"(?:由|从)\s*{_CTX}{{0,14}}?(?<![第\d.,])(?:{amount('a')}){_NOT_AFTER}"
    rf"(?P<mid>[^\d，。；;,]{{0,8}}?(?:[，,][^\d，。；;,]{{0,4}}?)?)(?P<verb>{_SIZE}|{_RISE}|{_FALL})(?:至|到)\s*"
    rf"{_CTX}{{0,14}}?(?<![第\d.,])(?:{amount('b')}){_NOT_AFTER}"
)
_SPAN = lazy_compile(
    r"(?P<verb>涨幅|跌幅|升幅|降幅)[^，。；;()]{0,10}?\(\s*(?:从|由)"
    rf"(?:{amount('a')})\s*(?:至|到)\s*(?:{amount('b')})\s*\)"
)
_SINCE = lazy_compile(
    rf"[较比](?P<base>(?:\d{{4}}\s*年|\d{{1,2}}\s*[月日]|[^，。；;,()]){{0,12}}?)(?:\([^()]{{0,24}}\)[^，。；;,()\d]{{0,6}}?)?(?<![\d.,兆])(?:{amount('b')})"
    rf"{_NOT_AFTER}\s*(?:\([^()]{{0,24}}\))?\s*(?:有所|明显|大幅|小幅|略有|进一步|显著|继续)?"
    rf"(?P<verb>{_RISE}|{_FALL})"
)
_TURN = lazy_compile(
    r"(?P<verb>反弹|回升|回落|回调|回吐|回软)(?:至|到)\s*(?:全日|日内|盘中)?(?:高位|低位|高点|低点)?\s*"
    rf"(?<![\d.,])(?:{amount('b')}){_NOT_AFTER}"
)
_TURN_RISES = ("反弹", "回升")


def check_level_directions(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "至" in text or "到" in text:
            out += _from_to(sentence)
            if "回" in text or "反弹" in text:
                out += _turns(sentence)
        if ("较" in text or "比" in text) and _SINCE.search(text):
            out += _since(sentence)
        if "分别" in text or "的有" in text:
            out += _together(sentence)
        if "净流" in text and "率" in text:
            out += _flows(sentence)
        if "初" in text and "末" in text:
            out += _ends(sentence)
    return out


def _rises(verb: str) -> bool:
    return re.fullmatch(_RISE, verb) is not None or verb in ("涨幅", "升幅", "扩大")


_OPPOSITE = {
    "上升": "下降", "下降": "上升", "增加": "减少", "减少": "增加", "增长": "下降", "上涨": "下跌", "下跌": "上涨",
    "上行": "下行", "下行": "上行", "回升": "回落", "回落": "回升", "下滑": "上升", "攀升": "下滑", "提升": "下降",
    "提高": "降低", "降低": "提高", "扩大": "收窄", "收窄": "扩大", "缩小": "扩大", "升": "降", "降": "升",
    "增": "减", "减": "增", "涨": "跌", "跌": "涨", "涨幅": "跌幅", "跌幅": "涨幅",
}  # fmt: skip


def _opposite(verb: str, rise: bool) -> str:
    """The word that would fit: the verb's opposite (上升 -> 下降), else a generic pair."""
    return _OPPOSITE.get(verb, "下降/减少" if rise else "上升/增加")


def _tail(text: str, m: re.Match[str]) -> str:
    """至 or 到 after a from-to's verb (下降至), nothing after a size word."""
    after = text[m.end("verb") : m.end("verb") + 1]
    return after if after in ("至", "到") else ""


def _size(x: Level) -> Level:
    return Level(abs(x.value), x.half, x.unit, x.text, x.start, x.end)


def _word(rise: bool) -> str:
    return "a rise" if rise else "a fall"


def _contradicts(sentence: Sentence, start: int, verb: str, a: Level, b: Level) -> bool:
    """Whether ``verb`` says the other way than the move from ``a`` to ``b`` (not in a hedged clause)."""
    if not same_measure(a, b) or HEDGE.search(sentence.text, clause_start(sentence.text, start), start):
        return False
    if re.fullmatch(_SIZE, verb):
        a, b = _size(a), _size(b)
    said = order(a, b)
    return said != 0 and (said > 0) != _rises(verb)


def _from_to(sentence: Sentence) -> list[Finding]:
    text = sentence.text
    out = []
    for m in [*_FROM_TO.finditer(text), *_SPAN.finditer(text)]:
        a, b = level(m, "a"), level(m, "b")
        if not a.unit and not (m.group("as") or m.group("am")):
            a = Level(a.value * _scale_of(b, m), a.half * _scale_of(b, m), b.unit, a.text, a.start, a.end)
        if not _contradicts(sentence, m.start(), m.group("verb"), a, b):
            continue
        rise = _rises(m.group("verb"))
        out.append(
            finding(
                "error",
                "arithmetic",
                f"'{m.group('verb')}' says {_word(rise)}, but 「{text[m.start() : m.end()]}」 runs from {a.text} to "
                f"{b.text}, {_word(not rise)}; consistent would be {_opposite(m.group('verb'), rise)}{_tail(text, m)}, or the two "
                "figures the other way round",
                sentence,
                m.start(),
                m.end(),
            )
        )
    return out


def _scale_of(b: Level, m: re.Match[str]) -> float:
    """The scale the to-level is written in, for a from-level that leaves its scale to it (由16增至51.9万吨)."""
    number = float(m.group("b").replace(",", ""))
    return b.value / number if number and not m.group("bm") else 1.0


def _since(sentence: Sentence) -> list[Finding]:
    text = sentence.text
    out = []
    for m in _SINCE.finditer(text):
        base = level(m, "b")
        if not base.unit or base.unit == "%" or text[: base.start].rstrip().endswith("的"):
            continue  # 较沪深300超跌: a name's figure; a percentage or 较…的 base is direction_moves.py's
        now = level_before(text, m.start(), base.unit)
        if now is None or not _contradicts(sentence, m.start(), m.group("verb"), base, now):
            continue
        rise = _rises(m.group("verb"))
        out.append(
            finding(
                "error",
                "arithmetic",
                f"'{m.group('verb')}' says {_word(rise)} from 「{text[m.start() : base.end]}」, but the level stated "
                f"before it is {now.text} (「{text[max(0, now.start - 8) : now.end]}」), {_word(not rise)} from "
                f"{base.text}; consistent would be {'下降/减少' if rise else '上升/增加'}",
                sentence,
                min(now.start, m.start()),
                m.end(),
            )
        )
    return out


def _turns(sentence: Sentence) -> list[Finding]:
    """反弹至 / 回落至 a level against the last level of the same measure stated before it in the sentence."""
    text = sentence.text
    out = []
    for m in _TURN.finditer(text):
        b = level(m, "b")
        before = [
            x
            for x in levels_in(text, 0, m.start())
            if (x.unit in ("", "点") if b.unit in ("", "点") else x.unit == b.unit)
            and x.value > 0
            and 0.8 <= b.value / x.value <= 1.25
        ]
        if not before:
            continue
        a = before[-1]
        if not _contradicts(sentence, m.start(), m.group("verb"), a, b):
            continue
        rise = m.group("verb") in _TURN_RISES
        out.append(
            finding(
                "error",
                "arithmetic",
                f"'{m.group('verb')}至{m.group('b')}' says {_word(rise)} from the level stated just before "
                f"(「{text[max(0, a.start - 8) : a.end]}」), but {a.text} to {b.text} is {_word(not rise)}; "
                f"consistent would be {'回落' if rise else '反弹/回升'}",
                sentence,
                a.start,
                m.end(),
            )
        )
    return out


_NUM = r"[+-]?\d+(?:\.\d+)?"
_TOGETHER = lazy_compile(
    r"(?:同步|均|全线|悉数|齐|一致|集体|全部|都)(?:小幅|大幅|明显)?"
    r"(?P<word>上涨|下跌|收涨|收跌|走高|走低|回落|上扬|下挫|上升|下降|增长|减少)(?:的)?(?:态势|趋势|走势)?"
    rf"[，,]\s*(?:涨跌幅|涨幅|跌幅|增速|增幅)?(?:分别|依次)(?:为|是|录得)?\s*"
    rf"(?P<list>{_NUM}\s*%(?:\s*(?:、|和|与|及|/)\s*{_NUM}\s*%)+)"
)
_HEADER = lazy_compile(r"(?P<word>上涨|下跌|上升|下降|走高|走低)的[\u4e00-\u9fff]{0,6}?有[:：]")
_ITEM = lazy_compile(
    rf"(?P<verb>上涨|下跌|上升|下降|涨|跌)\s*(?P<n>{_NUM})\s*%|\(\s*(?P<s>[+-]\d+(?:\.\d+)?)\s*%\s*\)"
)
_RISE_WORDS = ("上涨", "收涨", "走高", "上扬", "上升", "增长")


def _together(sentence: Sentence) -> list[Finding]:
    """Figures listed under a word said of all of them (同步下跌，分别为…; 上涨的有：…) that go the other way."""
    text = sentence.text
    out = []
    for m in _TOGETHER.finditer(text):
        rise = m.group("word") in _RISE_WORDS
        values = re.findall(_NUM, m.group("list"))
        signed = any(v.startswith("-") for v in values)
        wrong = [
            v for v in values if (float(v) < 0 if rise else float(v) > 0 and (signed or v.startswith("+")))
        ]
        if wrong and not HEDGE.search(text, clause_start(text, m.start()), m.start()):
            out.append(_listed(sentence, m, m.group("word"), rise, f"{wrong[0]}%", m.end()))
    for m in _HEADER.finditer(text):
        rise = m.group("word") in _RISE_WORDS
        end = min(
            (i for i in (text.find("；", m.end()), text.find("。", m.end())) if i >= 0), default=len(text)
        )
        for item in _ITEM.finditer(text, m.end(), end):
            if item.group("s"):
                goes_up = float(item.group("s")) > 0
            else:
                goes_up = item.group("verb") in ("上涨", "上升", "涨") and float(item.group("n")) != 0
                if item.group("verb") in ("下跌", "下降", "跌") and float(item.group("n")) == 0:
                    continue
            if goes_up != rise:
                start = max(m.end(), clause_start(text, item.start()))
                out.append(_listed(sentence, m, m.group("word"), rise, text[start : item.end()], item.end()))
                break
    return out


def _listed(sentence: Sentence, m: re.Match[str], word: str, rise: bool, item: str, end: int) -> Finding:
    return finding(
        "error",
        "contradiction",
        f"「{m.group(0)}」 says every one listed {'rose' if rise else 'fell'}, but 「{item}」 among them "
        f"{'fell' if rise else 'rose'}; the word or the figure is wrong",
        sentence,
        m.start(),
        end,
    )


_FLOW = lazy_compile(
    r"净(?P<dir>流入|流出)(?:资金|金额|额|规模)?(?:为|达|约)?\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:万亿|亿|万)?元"
    r"[^。；;]{0,12}?净流入率(?:为|达|约)?\s*(?P<r>[+-]?\d+(?:\.\d+)?)%"
)


def _flows(sentence: Sentence) -> list[Finding]:
    """净流入 X with a negative 净流入率, or 净流出 X with a positive one: the two give the flow opposite signs."""
    out = []
    for m in _FLOW.finditer(sentence.text):
        rate, amount = float(m.group("r")), float(m.group("n").replace(",", ""))
        inflow = m.group("dir") == "流入"
        between = sentence.text[m.end("n") : m.start("r")]
        if rate == 0 or amount == 0 or (rate > 0) == inflow or between.count("净流") > 1:
            continue
        out.append(
            finding(
                "error",
                "contradiction",
                f"「{m.group(0)}」: a net {'inflow' if inflow else 'outflow'} of {m.group('n')} with a net-inflow "
                f"rate of {m.group('r')}% give the flow opposite signs; consistent would be "
                f"净{'流出' if inflow else '流入'}, or the rate's sign the other way",
                sentence,
                m.start(),
                m.end(),
            )
        )
    return out


_AT = r"(?:的|为|报|是|在|收于|收报|达到?|录得)?\s*"
_ENDS = lazy_compile(
    rf"(?P<p>月|年|周|季度|季|期|旬)初{_AT}(?<![\d.,])(?:{amount('a')}){_NOT_AFTER}"
    rf"[^。；;!?]{{0,24}}?(?P=p)末{_AT}(?<![\d.,])(?:{amount('b')}){_NOT_AFTER}"
    rf"(?P<gap>[^。；;!?\d]{{0,20}}?)(?P<verb>涨幅|跌幅|升幅|降幅|{_RISE}|{_FALL})(?:了|为|达|约|达到)?\s*"
    r"(?P<n>\d+(?:\.\d+)?)\s*%"
)

_PERIOD = {
    "月": "month",
    "年": "year",
    "周": "week",
    "季度": "quarter",
    "季": "quarter",
    "期": "period",
    "旬": "ten days",
}


def _ends(sentence: Sentence) -> list[Finding]:
    """A period's first and last levels (月初为98.94点，月末为97.04) against the percentage move right after them:
    firm when the move's size is theirs and its word the other way."""
    text = sentence.text
    out = []
    for m in _ENDS.finditer(text):
        a, b = level(m, "a"), level(m, "b")
        if not same_measure(a, b) or a.value <= 0 or "同比" in m.group("gap"):
            continue
        low, high = corners(lambda x: (x[1] / x[0] - 1) * 100, (printed(m.group("a")), printed(m.group("b"))))
        stated = parse_number(m.group("n"))
        size = sorted((abs(low), abs(high))) if low * high > 0 else [0.0, max(abs(low), abs(high))]
        if not printed_from(stated, *size) or not _contradicts(sentence, m.start(), m.group("verb"), a, b):
            continue
        rise = _rises(m.group("verb"))
        out.append(
            finding(
                "error",
                "arithmetic",
                f"'{text[m.start('verb') : m.end()]}' says {_word(rise)}, but the {_PERIOD[m.group('p')]} ran from "
                f"{a.text} (「{m.group('p')}初」) to {b.text} (「{m.group('p')}末」), {_word(not rise)} of "
                f"{abs((b.value / a.value - 1) * 100):.2f}%; consistent would be "
                f"{_opposite(m.group('verb'), rise)}{m.group('n')}%",
                sentence,
                m.start(),
                m.end(),
            )
        )
    return out
