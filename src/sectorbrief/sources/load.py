"""A Market from where the build options say: data files (merged), the local store, or the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from sectorbrief.market import Market


class MarketSpec(Protocol):
    """Where the market comes from (BuildOptions has this shape)."""

    @property
    def data(self) -> tuple[Path, ...] | None: ...
    @property
    def use_store(self) -> bool: ...
    @property
    def store(self) -> Path | None: ...


def load_market(spec: MarketSpec) -> Market:
    """The market ``spec`` names: data files (merged), the store, or the bundled synthetic demo."""
    if spec.data is not None:
        from sectorbrief.sources.files import read_market_files

        names = "、".join(path.name for path in spec.data)
        return Market.from_long(read_market_files(spec.data), source=f"文件 {names}")
    if spec.use_store:
        from sectorbrief.store import load_store

        frame, path = load_store(spec.store)
        return Market.from_long(frame, source=f"本地数据库 {path}")
    from sectorbrief.sources.demo import DEMO_SOURCE, load_demo_market

    return Market.from_long(load_demo_market(), source=DEMO_SOURCE, synthetic=True)
