"""A list's entries that give each name its figure in brackets: ``易方达中证半导体材料设备主题ETF(16.18%)、
广发中证半导体材料设备主题ETF(16.0%)``.

Such an entry has no verb, so clause readers skip it, yet it states the named item's figure as plainly as
``易方达中证半导体材料设备主题ETF周度收益率最高,为16.18%`` does. The name is the run of letters and digits
right before the bracket, back to the list's separator (、, comma, colon); a name of fewer than four characters
(a code, 上涨(3.1%)) is not read.
"""

from __future__ import annotations

from typing import NamedTuple

from sectorbrief.check.lazy_regex import lazy_compile

_ENTRY = lazy_compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{4,})[(（]\s*[+-]?(?P<num>\d[\d,]*\.?\d*)\s*(?P<unit>%|点|元)\s*[)）]"
)
_VERBISH = lazy_compile(r"涨|跌|升|降|增|减|为|达|报|收")


class Entry(NamedTuple):
    name: str
    start: int  # where the name starts
    num_start: int
    end: int  # after the figure's unit, before the bracket closes
    number: str
    unit: str


def named_entries(text: str) -> list[Entry]:
    """The text's ``name(figure)`` entries whose name is not a verb's stretch (上涨(3.1%) is a gloss)."""
    if "(" not in text and "（" not in text:
        return []
    out = []
    for m in _ENTRY.finditer(text):
        name = m.group("name").lstrip("0123456789")
        if len(name) < 4 or _VERBISH.search(name[-2:]):
            continue
        out.append(
            Entry(
                name,
                m.end("name") - len(name),
                m.start("num"),
                m.end("unit"),
                m.group("num"),
                m.group("unit"),
            )
        )
    return out
