"""The one inline markup report text may carry: **bold**, split into runs every writer can set."""

from __future__ import annotations

import re
from dataclasses import dataclass

BOLD = re.compile(r"\*\*(.+?)\*\*")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


def runs(text: str) -> list[Run]:
    """'a **b** c' -> [Run('a '), Run('b', bold=True), Run(' c')]; empty runs dropped."""
    out: list[Run] = []
    position = 0
    for match in BOLD.finditer(text):
        if match.start() > position:
            out.append(Run(text[position : match.start()]))
        out.append(Run(match.group(1), bold=True))
        position = match.end()
    if position < len(text):
        out.append(Run(text[position:]))
    return out


def plain(text: str) -> str:
    return BOLD.sub(r"\1", text)
