"""One fact printed twice with two values, recognised by what it is stated with rather than by its value.

restatements.py flags two values of one (subject, measure, period) key only when they are one misprint apart,
because a key read from a clause's words is often two facts (two funds, two years). Here the evidence that two
statements are one fact is not their values but something else they share, so any disagreement is an error:

- an anchor: a move's percentage stated with its points (``恒指跌958点或3.4%``) or an index's level stated with
  its move (``名酒环比价格指数为99.85,下跌0.15%``). The same points or level (three significant digits or more,
  equal within the coarser printing) names one move of one index; its percentage must be the same too;
- a table's label: a two-cell row (``|期末基金份额净值| 0.9252元|``) and a sentence that states the label with
  a figure of the same unit right after it (``期末基金份额净值0.9252元``);
- a listed stock's code: its quote table's row (``理想汽车(02015) 115.4元 升4.91%``) and a sentence that quotes
  the stock by its code (``理想汽车(02015)升4.9%，报115.4元``, check/quotes.py) state one price and one move;
- a name's bracketed figure (``华证金融(-0.39%)``) in a summary and in the body, of one stated period (or none in
  either), when it is the text's one such disagreement and another name's bracketed figures are restated alike
  (the lists restate each other; they are not two periods' lists).

Two values must differ by more than the coarser printing's last digit (and a tenth more when either is 约/近).
This is a fallback rule: it speaks only where no earlier rule raised an error on the same sentence.
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.quotes import Quote, listed, quotes
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import EPSILON
from sectorbrief.check.rules.printings import agree, places, printing, yuan_scale
from sectorbrief.check.rules.restated import Stated, clashes

_NUM = r"[+-]?\d[\d,]*(?:\.\d+)?"
_UP = "累升|累涨|大涨|上涨|上升|飙升|反弹|涨|升"
_DOWN = "累跌|大跌|下跌|下挫|下滑|回落|挫|跌"
# 跌958点或3.4%, 上涨1,191点，涨幅约为4.51%
_POINTS = lazy_compile(
    rf"(?P<verb>{_UP}|{_DOWN})了?\s*(?P<anchor>\d[\d,]*(?:\.\d+)?)\s*点\s*[,，]?\s*(?:或|幅度)?\s*"
    rf"(?:(?:涨幅|跌幅|升幅|幅度)\s*(?:约为|约|为|达)?)?\s*(?P<q>约|近)?(?P<num>{_NUM})%"
)
# 价格指数为99.85,下跌0.15% / 收报3,921点，涨0.21%
_LEVEL = lazy_compile(
    rf"(?:指数为|指数报|收报|收于|收盘报)\s*(?P<anchor>\d[\d,]*(?:\.\d+)?)\s*(?:点|元)?\s*[,，]\s*"
    rf"(?P<verb>{_UP}|{_DOWN})了?\s*(?P<q>约|近)?(?P<num>{_NUM})%"
)
# 上涨3.66%至159.84元 / 涨0.21%，报3,921点: the move before the level it closed at
_MOVE_TO = lazy_compile(
    rf"(?P<verb>{_UP}|{_DOWN})了?\s*(?P<q>约|近)?(?P<num>{_NUM})%\s*[,，]?\s*(?:至|报|收报|收于)\s*"
    rf"(?P<anchor>\d[\d,]*(?:\.\d+)?)\s*(?:点|元)"
)
_MAY_ANCHOR = lazy_compile(r"\d\s*[点元]|指数为\d")
# |期末基金份额净值| 0.9252元|: a label and its one value
_ROW = lazy_compile(
    r"\|?\s*(?P<label>[\u4e00-\u9fffA-Za-z()（）]{4,16})\s*\|\s*(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<unit>(?:万亿|亿|万)?元|%|倍)\s*\|?"
)
_BRACKETED = lazy_compile(
    r"(?P<label>[\u4e00-\u9fffA-Za-z0-9]{2,12})[(（](?P<num>[+-]\d+(?:\.\d+)?|\d+\.\d+)%[)）]"
)
# 较基准(9.24%), 同比(+3.2%): a comparison's base, not a name
_NOT_A_NAME = lazy_compile(r"较|比|基准|为|达|至|约|近|超|增|降|涨|跌|分别")
_NOT_A_LABEL = lazy_compile(r"^(?:其中|以及|以上|合计|平均|同比|环比|指数|行业|板块)|\d")


def check_anchored_restatements(claims: Claims) -> list[Finding]:
    """An error for each fact the text states twice, by the same anchor, label or name, with two values."""
    stated: list[Stated] = []
    rows: dict[tuple[str, str], Stated] = {}
    for sentence in claims.sentences:
        text = sentence.text
        if _MAY_ANCHOR.search(text):
            stated += _anchored(sentence)
        if "|" in text:
            row = _row(sentence)
            if row is not None:
                rows.setdefault((row.key[1], row.key[2]), row)
    out = clashes(_by_anchor(stated))
    out += clashes(_quoted(claims.sentences))
    if rows:
        out += clashes(_labelled(claims.sentences, rows))
    bracketed = _bracketed(claims.sentences)
    out += _corroborated(clashes(bracketed), bracketed)
    return out


def _corroborated(found: list[Finding], groups: list[list[Stated]]) -> list[Finding]:
    """The one clash among a text's repeated bracketed figures, when another repeated name agrees: two lists
    that restate each other (a summary's and its section's) but for one figure, not two periods' lists."""
    repeated = [g for g in groups if len(g) > 1]
    agreeing = [g for g in repeated if all(agree(g[0], s) for s in g)]
    return found if len(found) == 1 and agreeing else []


def _anchored(sentence: Sentence) -> list[Stated]:
    out = []
    for pattern, kind in ((_POINTS, "points"), (_LEVEL, "level"), (_MOVE_TO, "level")):
        for m in pattern.finditer(sentence.text):
            anchor = m.group("anchor").replace(",", "")
            if len(anchor.replace(".", "").lstrip("0")) < 3:
                continue  # 84点 may be two indices' moves
            value, step = printing(m.group("num"))
            if re.fullmatch(_DOWN, m.group("verb")) and value > 0:
                value = -value
            out.append(
                Stated(
                    sentence,
                    (kind, anchor),
                    value,
                    step,
                    bool(m.group("q")),
                    f"{value:+.{places(step)}f}%",
                    m.start(),
                    m.end(),
                )
            )
    return out


def _by_anchor(stated: list[Stated]) -> list[list[Stated]]:
    """Statements grouped by anchors equal within the coarser printing (1,191点 and 1,191.54点)."""
    groups: list[list[Stated]] = []
    for s in stated:
        for group in groups:
            first = group[0]
            if first.key[0] == s.key[0] and _same_anchor(first.key[1], s.key[1]):
                group.append(s)
                break
        else:
            groups.append([s])
    return groups


def _same_anchor(a: str, b: str) -> bool:
    (x, dx), (y, dy) = printing(a), printing(b)
    return abs(x - y) < max(dx, dy) + EPSILON * max(x, y, 1.0)


def _quoted(sentences: list[Sentence]) -> list[list[Stated]]:
    """Each listed stock's price and its move: its quote table's row, then the sentences that quote it."""
    codes = {q.code for q in listed(sentences)}
    if not codes:
        return []
    read = list(quotes(sentences))
    groups: dict[tuple[str, ...], list[Stated]] = {}
    for q in sorted((q for q in read if q.code in codes), key=lambda q: not q.row):
        for what, raw, unit in (("price", q.price, "元"), ("move", q.move, "%")):
            if raw:
                value, step = printing(raw)
                shown = raw + unit if unit == "元" else f"{value:+.{places(step)}f}%"
                key = ("quote", q.code, what)
                groups.setdefault(key, []).append(_quote_stated(q, key, value, step, shown))
    return [g for g in groups.values() if len(g) > 1]


def _quote_stated(q: Quote, key: tuple[str, ...], value: float, step: float, shown: str) -> Stated:
    return Stated(q.sentence, key, value, step, False, shown, q.start, min(q.end, len(q.sentence.text)))


def _row(sentence: Sentence) -> Stated | None:
    m = _ROW.fullmatch(sentence.text.strip())
    if m is None or _NOT_A_LABEL.search(m.group("label")):
        return None
    value, step = printing(m.group("num"))
    unit = m.group("unit")
    scale = yuan_scale(unit)
    base = "元" if unit.endswith("元") else unit
    return Stated(
        sentence,
        ("row", m.group("label"), base),
        value * scale,
        step * scale,
        False,
        m.group("num") + unit,
        m.start("num"),
        m.end("unit"),
    )


def _labelled(sentences: list[Sentence], rows: dict[tuple[str, str], Stated]) -> list[list[Stated]]:
    """Each table label with the sentences that state it with a figure right after (期末基金份额净值0.9252元)."""
    groups = []
    for (label, base), row in rows.items():
        pattern = re.compile(
            r"(?<![\u4e00-\u9fffA-Za-z])"
            + re.escape(label)
            + r"(?:为|是|达|:|：)?\s*(?P<q>约|近)?(?P<num>[+-]?\d[\d,]*(?:\.\d+)?)\s*"
            r"(?P<unit>(?:万亿|亿|万)?元|%|倍)(?![/\d])"
        )
        group = [row]
        for sentence in sentences:
            if "|" in sentence.text or label not in sentence.text:
                continue
            for m in pattern.finditer(sentence.text):
                unit = m.group("unit")
                if ("元" if unit.endswith("元") else unit) != base:
                    continue
                value, step = printing(m.group("num"))
                scale = yuan_scale(unit)
                group.append(
                    Stated(
                        sentence,
                        row.key,
                        value * scale,
                        step * scale,
                        bool(m.group("q")),
                        m.group("num") + unit,
                        m.start(),
                        m.end(),
                    )
                )
        groups.append(group)
    return groups


def _bracketed(sentences: list[Sentence]) -> list[list[Stated]]:
    """A name's bracketed percentages (华证金融(-0.39%)) by name and period, where the text states no other
    figure of that name."""
    groups: dict[tuple[str, ...], list[Stated]] = {}
    for sentence in sentences:
        text = sentence.text
        if "%)" not in text and "%）" not in text:
            continue
        for m in _BRACKETED.finditer(text):
            label = m.group("label")
            if _NOT_A_NAME.search(label):
                continue
            value, step = printing(m.group("num"))
            key = ("bracket", label, str(sentence.period_at(m.start())))
            groups.setdefault(key, []).append(
                Stated(sentence, key, value, step, False, m.group("num") + "%", m.start(), m.end())
            )
    return list(groups.values())
