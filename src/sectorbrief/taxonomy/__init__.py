"""Shenwan (SW 2021) level-1 industries and the benchmark indices, as package data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from sectorbrief.errors import UsageError
from sectorbrief.yamltext import safe_load


@dataclass(frozen=True)
class Index:
    """One index: its code (801770.SI, 000300.SH) and its Chinese name (通信, 沪深300)."""

    code: str
    name: str


@dataclass(frozen=True)
class Taxonomy:
    industries: tuple[Index, ...]
    benchmarks: tuple[Index, ...]

    @property
    def industry_codes(self) -> list[str]:
        return [i.code for i in self.industries]

    @property
    def benchmark_codes(self) -> list[str]:
        return [b.code for b in self.benchmarks]

    def name_of(self, code: str) -> str:
        for index in (*self.industries, *self.benchmarks):
            if index.code == code:
                return index.name
        raise KeyError(code)

    def resolve_industry(self, text: str) -> Index:
        """Find an industry by name (通信), code (801770.SI) or bare number (801770)."""
        key = text.strip().upper()
        for index in self.industries:
            if key in (index.name, index.code, index.code.split(".")[0]):
                return index
        names = "、".join(i.name for i in self.industries)
        raise UsageError(f"unknown industry {text!r}: use a SW level-1 name or code ({names})")


@cache
def sw2021() -> Taxonomy:
    """The 31 SW 2021 level-1 industries and the two benchmarks (沪深300, 创业板指)."""
    text = resources.files(__package__).joinpath("sw2021.yaml").read_text(encoding="utf-8")
    raw = safe_load(text)
    return Taxonomy(
        industries=tuple(Index(**row) for row in raw["industries"]),
        benchmarks=tuple(Index(**row) for row in raw["benchmarks"]),
    )
