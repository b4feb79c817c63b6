"""A move word written with a figure of the opposite sign: ``禾迈股份本周上涨-0.76%``, ``下跌+1.2%``.

The word says one direction and the sign right after it the other, so one of the two is wrong: an
error. Read: 上涨, 涨, 大涨, 收涨, 下跌, 跌, 大跌, 收跌 directly followed (了 allowed) by a signed
percentage or point figure. A doubled sign (``跌-6.03%``, a template's style) agrees and is not read;
nor are 涨跌/涨跌幅 (``涨跌幅为-0.76%``, a signed change), nor growth words (``增长-5.99%`` is negative
growth, an ordinary way to write a fall).
"""

from __future__ import annotations

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_MOVE = lazy_compile(
    r"(?<![涨跌/、])(?P<word>上涨|大涨|收涨|涨|下跌|大跌|收跌|跌)了?\s*(?P<sign>[+-])\s*(?P<n>\d+(?:\.\d+)?)(?P<unit>%|点|个百分点)"
)
_HINT = lazy_compile(r"[涨跌]了?\s*[+-]\s*\d")


def check_sign_words(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        text = sentence.text
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
