"""A move word written with a figure of the opposite sign: ``禾迈股份本周上涨-0.76%``, ``下跌+1.2%``.

The word says one direction and the sign right after it the other, so one of the two is wrong: an
error. Read: 上涨, 涨, 大涨, 收涨, 下跌, 跌, 大跌, 收跌 directly followed (了 allowed) by a signed
percentage or point figure. A doubled sign (``跌-6.03%``, a template's style) agrees and is not read;
nor are 涨跌/涨跌幅 (``涨跌幅为-0.76%``, a signed change), nor growth words (``增长-5.99%`` is negative
growth, an ordinary way to write a fall).

The same holds for a move of an amount in any unit with its percentage signed in brackets right after it
(``周环比上升72万吨(-11.6%)``, ``环比上涨39元/吨(+5.5%)``): the bracket states the same move, so its sign must
agree with the word (上升/增加/增长 … against 下降/减少/下滑 …).
"""

from __future__ import annotations

import re

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_MOVE = lazy_compile(
    r"(?<![涨跌/、])(?P<word>上涨|大涨|收涨|涨|下跌|大跌|收跌|跌)了?\s*(?P<sign>[+-])\s*(?P<n>\d+(?:\.\d+)?)(?P<unit>%|点|个百分点)"
)
_HINT = lazy_compile(r"[涨跌]了?\s*[+-]\s*\d")
_RISE = "上涨|上升|增加|增长|提升|提高|回升|攀升|上行|上扬|反弹|涨|升|增"
_FALL = "下跌|下降|减少|降低|下滑|回落|下行|下挫|回调|缩减|跌|降|减"
# a move of an amount with its own percentage in brackets: 上升72万吨(-11.6%)
_BRACKETED = lazy_compile(
    rf"(?<![涨跌/、])(?P<word>{_RISE}|{_FALL})了?\s*(?P<amount>\d[\d,]*(?:\.\d+)?\s*[^\d\s()，。；;,%]{{0,6}}?)"
    r"\s*\(\s*(?P<sign>[+-])\s*(?P<n>\d+(?:\.\d+)?)%\s*\)"
)
_BRACKET_HINT = lazy_compile(r"\(\s*[+-]\s*\d+(?:\.\d+)?%\s*\)")


def check_sign_words(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
        if "(" in text and _BRACKET_HINT.search(text) is not None:
            out += _bracketed(sentence)
        if _HINT.search(text) is None:
            continue
        for m in _MOVE.finditer(text):
            rise = "涨" in m.group("word")
            if rise == (m.group("sign") == "+") or float(m.group("n")) == 0:
                continue
            figure = f"{m.group('sign')}{m.group('n')}{m.group('unit')}"
            said, meant = ("rose", "fell") if rise else ("fell", "rose")
            right = f"{'下跌' if rise else '上涨'}{m.group('n')}{m.group('unit')}"
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"「{m.group(0)}」 says it {said} but the figure {figure} says it {meant}; consistent would be "
                    f"「{right}」 (or 「{m.group('word')}{m.group('n')}{m.group('unit')}」 if the sign is the slip)",
                    sentence,
                    m.start(),
                    m.end(),
                )
            )
    return out


def _bracketed(sentence: Sentence) -> list[Finding]:
    """A move of an amount whose bracketed percentage has the other sign: 上升72万吨(-11.6%)."""
    out: list[Finding] = []
    for m in _BRACKETED.finditer(sentence.text):
        rise = re.fullmatch(_RISE, m.group("word")) is not None
        if rise == (m.group("sign") == "+") or float(m.group("n")) == 0:
            continue
        said, meant = ("rose", "fell") if rise else ("fell", "rose")
        other = _OPPOSITE.get(m.group("word"), "下降" if rise else "上升")
        out.append(
            finding(
                "error",
                "contradiction",
                f"「{m.group(0)}」 says it {said} by {m.group('amount')} but the bracketed "
                f"{m.group('sign')}{m.group('n')}% says it {meant}; consistent would be 「{other}{m.group('amount')}」 "
                f"(or ({'+' if rise else '-'}{m.group('n')}%) if the sign is the slip)",
                sentence,
                m.start(),
                m.end(),
            )
        )
    return out


_OPPOSITE = {
    "上涨": "下跌", "下跌": "上涨", "上升": "下降", "下降": "上升", "增加": "减少", "减少": "增加", "增长": "下降",
    "提升": "下降", "提高": "降低", "降低": "提高", "回升": "回落", "回落": "回升", "下滑": "上升", "攀升": "下滑",
    "上行": "下行", "下行": "上行", "涨": "跌", "跌": "涨", "升": "降", "降": "升", "增": "减", "减": "增",
}  # fmt: skip
