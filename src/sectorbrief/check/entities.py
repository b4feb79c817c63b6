"""Index names in report text: benchmarks (沪深300, 创业板指…) and industries (申万通信行业指数…).

An entity's key is (classification, name): ("", "沪深300"), ("申万", "通信"), ("", "通信") when a
report says only 通信行业. Classification-free industry keys are resolved per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sectorbrief.taxonomy import sw2021

BENCHMARK_ALIASES: dict[str, str] = {
    "沪深300": "沪深300",
    "创业板指": "创业板指",
    "创业板综": "创业板综",
    "上证指数": "上证指数",
    "上证综指": "上证指数",
    "上证50": "上证50",
    "深证成指": "深证成指",
    "深证综指": "深证综指",
    "中证500": "中证500",
    "中证800": "中证800",
    "中证1000": "中证1000",
    "中证2000": "中证2000",
    "中证A500": "中证A500",
    "中证全指": "中证全指",
    "科创50": "科创50",
    "科创100": "科创100",
    "万得全A": "万得全A",
    "Wind全A": "万得全A",
    "北证50": "北证50",
    "恒生指数": "恒生指数",
    "恒生科技": "恒生科技",
    "纳斯达克": "纳斯达克",
    "标普500": "标普500",
}
CITIC_LEVEL1 = (
    "石油石化",
    "煤炭",
    "有色金属",
    "电力及公用事业",
    "钢铁",
    "基础化工",
    "建筑",
    "建材",
    "轻工制造",
    "机械",
    "电力设备及新能源",
    "国防军工",
    "汽车",
    "商贸零售",
    "消费者服务",
    "家电",
    "纺织服装",
    "医药",
    "食品饮料",
    "农林牧渔",
    "银行",
    "非银行金融",
    "房地产",
    "交通运输",
    "电子",
    "通信",
    "计算机",
    "传媒",
    "综合",
    "综合金融",
)
SW_SHORT_NAMES: dict[str, str] = {
    "建材": "建筑材料",
    "家电": "家用电器",
    "非银": "非银金融",
    "军工": "国防军工",
    "医药": "医药生物",
    "有色": "有色金属",
    "化工": "基础化工",
    "纺服": "纺织服饰",
    "轻工": "轻工制造",
    "机械": "机械设备",
    "电新": "电力设备",
    "商贸": "商贸零售",
    "社服": "社会服务",
    "公用": "公用事业",
    "交运": "交通运输",
    "地产": "房地产",
    "美护": "美容护理",
    "食饮": "食品饮料",
    "建筑": "建筑装饰",
}
UNIVERSE = {("申万", "一级"): 31, ("中信", "一级"): 30}
# A bare industry name (电子板块) counts only after one of these, so 消费电子板块 or 光通信板块 is not 电子/通信.
_BEFORE_BARE = "周月年日天期今内中的和与及看好注配于而但则其为是在从对较股即"
# 申万通信设备指数 is not 申万通信: a known name running on into a longer indexed name.
_LONGER = r"(?:(?![及和与的在跑赢输涨跌中各级个])[\u4e00-\u9fff]){1,4}?(?:行业指数|行业|板块|指数)"
_GENERIC_STOP = re.compile(r"[各个级行业指数板块中的在与和及排名第位涨跌幅年月日周上下本当同]")


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    cls: str
    name: str

    @property
    def is_benchmark(self) -> bool:
        return self.cls == "" and self.name in BENCHMARK_ALIASES.values()

    @property
    def key(self) -> tuple[str, str]:
        return (self.cls, self.name)

    @property
    def label(self) -> str:
        return f"{self.cls}{self.name}"


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@cache
def industry_names() -> tuple[str, ...]:
    names = {i.name for i in sw2021().industries} | set(CITIC_LEVEL1) | set(SW_SHORT_NAMES)
    return tuple(sorted(names, key=len, reverse=True))


def _industry(cls: str, name: str) -> tuple[str, str]:
    """A short name (建材, 家电) is the SW industry unless the text says 中信."""
    return cls, (name if cls == "中信" else SW_SHORT_NAMES.get(name, name))


@cache
def _pattern() -> re.Pattern[str]:
    known = _alternation(list(industry_names()))
    bench = _alternation(list(BENCHMARK_ALIASES))
    suffix = r"(?:行业指数|行业|板块|指数|\((?:申万|中信)\)|Ⅰ)"
    return re.compile(
        rf"(?P<bench>{bench})(?:指数|数)?"
        rf"|(?P<cls>申万|中信|SW|CS)(?:一级|二级|三级)?(?:行业)?(?P<known>{known})(?:{suffix}|(?!{_LONGER}))"
        rf"|(?P<cls2>申万|中信)(?:一级|二级|三级)?(?P<generic>[\u4e00-\u9fffA-Za-z]{{2,6}}?)(?:行业指数|行业|板块|指数)"
        rf"|(?<![\u4e00-\u9fff])(?P<bare>{known})(?P<tag>{suffix})"
        rf"|(?<=[{_BEFORE_BARE}])(?P<bare2>{known})(?P<tag2>{suffix})"
    )


_CLS = {"SW": "申万", "CS": "中信"}


def find_entities(sentence: str) -> list[Entity]:
    """Index mentions in ``sentence``, left to right, non-overlapping."""
    found: list[Entity] = []
    for m in _pattern().finditer(sentence):
        if m.group("bench"):
            found.append(Entity(m.start(), m.end(), "", BENCHMARK_ALIASES[m.group("bench")]))
        elif m.group("known"):
            cls, name = _industry(_CLS.get(m.group("cls"), m.group("cls")), m.group("known"))
            found.append(Entity(m.start(), m.end(), cls, name))
        elif m.group("generic"):
            if not _GENERIC_STOP.search(m.group("generic")):
                found.append(Entity(m.start(), m.end(), m.group("cls2"), m.group("generic")))
        else:
            tag = m.group("tag") or m.group("tag2")
            cls = "申万" if "申万" in tag else "中信" if "中信" in tag else ""
            cls, name = _industry(cls, m.group("bare") or m.group("bare2"))
            found.append(Entity(m.start(), m.end(), cls, name))
    return found


_EXPLICIT_UNIVERSE = re.compile(r"(申万|中信)?(?:全部|所有)?(\d+)个(?:申万|中信)?(一级|二级)?(?:行业|板块)")
_IMPLIED_UNIVERSE = re.compile(r"(申万|中信)(?:各|所有|全部)?(一级|二级)")


def universe_near(text: str) -> tuple[int | None, str]:
    """The size of the ranking universe a text states (``申万31个一级行业``) or implies (申万一级), nearest its end."""
    explicit = list(_EXPLICIT_UNIVERSE.finditer(text))
    implied = list(_IMPLIED_UNIVERSE.finditer(text))
    if explicit and (not implied or explicit[-1].start() >= implied[-1].start()):
        m = explicit[-1]
        return int(m.group(2)), f"{m.group(1) or ''}{m.group(3) or ''}"
    if implied:
        m = implied[-1]
        return UNIVERSE.get((m.group(1), m.group(2))), m.group(1) + m.group(2)
    return None, ""
