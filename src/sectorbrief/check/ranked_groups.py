"""Two groups of one ranking in one sentence, the top and the bottom, each with its figures: 采掘、机械设备和农林牧渔
指数的日均换手率居前，分别为4.57%、4.37%和4.37%；金融服务、公用事业和交通运输指数的日均换手率较低，分别为1.89%、2.09%
和2.11% / 估值分位数最高的三个行业为…，分别为…，较低的三个行业为…，分别为… / 甲、乙涨幅居前，分别上涨…；丙、丁跌幅居前，
分别下跌….

A group's cue is a measure (涨幅, 跌幅, 换手率, 估值, 成交额 …) then a place of a group (居前, 靠前, 前列, 较高, 最高, 领先;
居后, 靠后, 较低, 最低, 垫底); its items are names then 分别 figures, after the cue or before it. A 跌幅 group at the top
(跌幅居前) is the bottom of the returns. Read by rules/rankings.py: every figure of the top group must be no lower than
every figure of the bottom group.
"""

from __future__ import annotations

from dataclasses import dataclass

from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.periods import Sentence
from sectorbrief.check.ranked_items import FALL_WORDS, Item, respectively, sentence_end

_CUE = lazy_compile(
    r"(?P<measure>涨跌幅|涨幅|升幅|跌幅|降幅|换手率|周转率|估值|分位数|市盈率|市净率|成交额|成交金额|净流入|净流出)"
    r"[^，,。；;%\d]{0,4}?(?P<place>(?P<top>居前|靠前|前列|较高|最高|领先|较大|最大)|(?P<bottom>居后|靠后|较低|最低|垫底|较小|最小))"
)


MAY_GROUP = lazy_compile(r"居前|靠前|前列|较高|最高|领先|较大|最大|居后|靠后|较低|最低|垫底|较小|最小")


@dataclass(frozen=True, slots=True)
class Group:
    """Names of one end of a ranking with their figures: ``top`` when the group is the better end, ``axis`` the
    measure (returns for 涨幅 and 跌幅 alike)."""

    cue: str
    cue_start: int
    top: bool
    axis: str
    items: tuple[Item, ...]

    def key(self, item: Item) -> float:
        """The figure the ranking orders by: a return with its sign (a fall's size made negative), or the amount."""
        v = item.value.value * item.scale
        if self.axis == "returns" and not item.signed and (item.word in FALL_WORDS or self.falls):
            return -abs(v)
        return v

    @property
    def falls(self) -> bool:
        return self.cue.startswith(("跌幅", "降幅"))


def groups(sentence: Sentence) -> list[Group]:
    """Every group the sentence names with two or more figures given 分别."""
    text = sentence.text
    if "分别" not in text or not MAY_GROUP.search(text):
        return []
    out: list[Group] = []
    for cue in _CUE.finditer(text):
        measure = cue.group("measure")
        falls = measure in ("跌幅", "降幅")
        if falls and cue.group("bottom") or measure in ("涨跌幅",) and cue.group("place") in ("较大", "较小"):
            continue  # 跌幅较小: the middle of the returns, not an end
        returns = measure in ("涨跌幅", "涨幅", "升幅", "跌幅", "降幅")
        end = sentence_end(text, cue.end())
        items = respectively(text, cue.end(), end, near=6, measure=not returns)
        if len(items) < 2:
            continue
        top = bool(cue.group("top")) != falls
        axis = "returns" if returns else measure
        out.append(Group(cue.group(0), cue.start(), top, axis, tuple(items)))
    return out
