"""The names reports use for indices: SW level-1 industries, their level-2 industries, benchmarks.

aliases() -> Aliases, read once from aliases.yaml (package data). Every name maps to a canonical
one: 电新 -> 电力设备, 沪指 -> 上证指数, 造纸II -> 造纸 (level 2, parent 轻工制造), 饲料业 -> 饲料.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from sectorbrief.taxonomy import sw2021
from sectorbrief.yamltext import safe_load


@dataclass(frozen=True)
class Name:
    """What a written name stands for: the canonical name, its level and its level-1 parent."""

    canonical: str
    level: str  # "l1", "l2" or "benchmark"
    parent: str = ""


@dataclass(frozen=True)
class Aliases:
    names: dict[str, Name]
    market: tuple[str, ...]

    def by_length(self) -> list[str]:
        """Every written name, longest first (for a regex alternation)."""
        return sorted(self.names, key=len, reverse=True)


@cache
def aliases() -> Aliases:
    raw = safe_load(resources.files(__package__).joinpath("aliases.yaml").read_text(encoding="utf-8"))
    level1 = {i.name for i in sw2021().industries}
    unknown = (set(raw["industries"]) | set(raw["level2"])) - level1
    if unknown:
        raise ValueError(f"aliases.yaml names industries that are not SW level 1: {sorted(unknown)}")
    names: dict[str, Name] = {}
    for parent, children in raw["level2"].items():
        for child in children:
            names[child] = Name(child, "l2", parent)
            if not child.endswith("业"):  # 饲料业, 动物保健业: the trade named with 业
                names.setdefault(child + "业", Name(child, "l2", parent))
    for name, others in raw["industries"].items():
        for written in (name, *others):
            names[written] = Name(name, "l1", name)
    for name, others in raw["benchmarks"].items():
        for written in (name, *others):
            names[written] = Name(name, "benchmark")
    return Aliases(names, tuple(raw["market"]))


def index_name(written: str) -> str:
    """The canonical name of a written benchmark (沪指 -> 上证指数, 恒指 -> 恒生指数, 道指 -> 道琼斯工业指数,
    with or without 指数), or ``written`` itself when the table does not know it."""
    names = aliases().names
    for form in (written, written.removesuffix("指数")):
        name = names.get(form)
        if name is not None and name.level == "benchmark":
            return name.canonical
    return written
