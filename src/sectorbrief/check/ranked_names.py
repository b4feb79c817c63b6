"""Figures given by name in a sentence, for rankings that name their order apart from their figures (按涨幅由大到小
排名依次为：甲、乙、丙，其中甲上涨3.01%，乙、丙分别下跌…), for a superlative's peers, and for places named in a list.
"""

from __future__ import annotations

from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.ranked_items import (
    BEGIN,
    LIST_NAME,
    NAME_JOIN,
    Item,
    listed_before,
    respectively,
    segments,
    sentence_end,
)

# 按涨幅由大到小排名依次为：造纸、家具、包装印刷和文娱用品，其中造纸板块上涨3.01%，家具、包装印刷和文娱用品板块分别下跌…:
# the cue orders names, and the sentence gives their figures elsewhere
_NAMES_AFTER_CUE = lazy_compile(
    rf"[\u4e00-\u9fff]{{0,6}}?(?:依次|依序|分别)?(?:为|是)?[：:]?\s*"
    rf"(?P<names>{LIST_NAME}(?:(?:、|和|及|与|>)(?:{LIST_NAME}))+)(?=[，,；;。]|$)"
)


SUFFIX = lazy_compile(r"(?:\((?:申万|中信)\)|板块|行业|指数)+$")


def named_order(text: str, pos: int, end: int) -> list[Item]:
    names = _NAMES_AFTER_CUE.match(text, pos)
    if names is None:
        return []
    listed = [SUFFIX.sub("", n) for n in NAME_JOIN.split(names.group("names").replace(">", "、"))]
    given = figures_by_name(text, names.end(), sentence_end(text, names.end()))
    if any(n not in listed for n in given):
        return []  # a figure of a name the order does not list: the figures are not the listed names' alone
    items = [given[n] for n in listed if n in given]
    return items if len(items) >= 2 and len(items) >= len(listed) - 1 else []


def given_for(given: dict[str, Item], name: str) -> Item | None:
    """The item given for ``name``, or for the longest given name it ends with (各板块表现包装印刷 -> 包装印刷)."""
    if name in given:
        return given[name]
    tails = [k for k in given if len(k) >= 2 and name.endswith(k)]
    return given[max(tails, key=len)] if tails else None


def figures_by_name(text: str, pos: int, end: int) -> dict[str, Item]:
    """Every item the text gives from ``pos`` (name-figure runs and names then 分别 figures), by bare name."""
    out: dict[str, Item] = {}
    starts = [pos] + [m.end() for m in BEGIN.finditer(text, pos, end)]
    for start in starts:
        for item in segments(text, start, end) or respectively(text, start, end, near=end - start):
            name = SUFFIX.sub("", FILLER_HEAD.sub("", item.name))
            if len(name) >= 2:
                out.setdefault(name, item)
    return out


def listed_by_name(text: str, end: int) -> dict[str, Item]:
    """The items of every names-then-分别-figures statement before ``end``, by bare name (the last list wins)."""
    out: dict[str, Item] = {}
    at = text.find("分别", 0, end)
    while at >= 0:
        items, _ = listed_before(text, at, end)
        if len(items) >= 3:
            out = {SUFFIX.sub("", FILLER_HEAD.sub("", i.name)): i for i in items}
        at = text.find("分别", at + 2, end)
    return out


FILLER_HEAD = lazy_compile(r"^(?:其中|同期|同时|此外|另外|而|则|本周|当周|本月|年初至今|今年以来)+")
