"""Market data files and the store: read a 60k-row CSV (UTF-8 and its GBK twin), upsert it.

Run alone (`python scripts/bench_store.py`) or through `bench.py` as ``bench_store()``.
The file is 33 series (31 SW level-1 industries, 2 benchmarks) x 1,800 XSHG sessions, rows shuffled.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

SESSIONS = 1800


def market_csv(folder: Path) -> tuple[Path, Path]:
    """The UTF-8 file with English headers and its GBK twin with Chinese headers."""
    from sectorbrief.calendar import trading_sessions
    from sectorbrief.taxonomy import sw2021

    tax = sw2021()
    series = {index.code: index.name for index in (*tax.industries, *tax.benchmarks)}
    days = [d.isoformat() for d in trading_sessions([]).days if d.year >= 2019][:SESSIONS]
    rng = np.random.default_rng(0)
    frame = pd.DataFrame({"date": np.repeat(days, len(series)), "code": np.tile(list(series), len(days))})
    frame["name"] = frame["code"].map(series)
    frame["close"] = np.round(rng.uniform(1000, 5000, len(frame)), 2)
    frame["pe_ttm"] = np.where(
        frame["code"].isin(tax.benchmark_codes), np.nan, np.round(rng.uniform(5, 60, len(frame)), 4)
    )
    frame = frame.sample(frac=1, random_state=1)
    utf8, gbk = folder / "market.csv", folder / "market_gbk.csv"
    frame.to_csv(utf8, index=False)
    chinese = {
        "date": "日期",
        "code": "指数代码",
        "name": "指数名称",
        "close": "收盘价",
        "pe_ttm": "市盈率TTM",
    }
    frame.rename(columns=chinese).to_csv(gbk, index=False, encoding="gbk")
    return utf8, gbk


def median_seconds(action: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_store() -> dict[str, float]:
    from sectorbrief.sources.files import read_market_file
    from sectorbrief.store import Store

    with tempfile.TemporaryDirectory() as folder:
        utf8, gbk = market_csv(Path(folder))
        frame = read_market_file(utf8)
        rows = len(frame)
        figures = {
            f"read CSV, {rows} rows, UTF-8 (median of 5), s": median_seconds(lambda: read_market_file(utf8)),
            f"read CSV, {rows} rows, GBK + Chinese headers (median of 5), s": median_seconds(
                lambda: read_market_file(gbk)
            ),
        }
        with Store.open(Path(folder) / "store.duckdb") as store:
            start = time.perf_counter()
            store.upsert(frame, "bench")
            figures[f"upsert {rows} new rows into an empty store, s"] = time.perf_counter() - start
            figures[f"upsert the same {rows} rows again (all unchanged), s"] = median_seconds(
                lambda: store.upsert(frame, "bench"), runs=3
            )
    return figures


if __name__ == "__main__":
    for name, value in bench_store().items():
        print(f"{name:<62}  {value:.3f}")
