"""Wording slips around a figure: both directions for one number (下跌上涨0.90%)."""

from __future__ import annotations

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding

_UP = "上涨|上升|收涨|涨"
_DOWN = "下跌|下降|收跌|跌"
_BOTH = lazy_compile(rf"(?=[上下收涨跌])(?:(?:{_DOWN})(?:{_UP})\s*\d|(?:{_UP})(?:{_DOWN})\s*\d)")


def check_wording(claims: Claims) -> list[Finding]:
    out = []
    for sentence in claims.sentences:
        for m in _BOTH.finditer(sentence.text):
            if "涨跌" in m.group(0):
                continue
            out.append(
                finding(
                    "error",
                    "contradiction",
                    f"'{m.group(0)[:-1]}' gives one figure both directions: keep 上涨 or 下跌, not both",
                    sentence,
                    m.start(),
                    m.end(),
                )
            )
    return out
