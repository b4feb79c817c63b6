"""`make bench`: the figures the issues ask for, printed as a table.

Cold build wall time (a fresh process, start to exit), analytics over 52 weeks x 31 industries,
peak RSS; and, when their modules exist, per-format render times, news throughput, checker speed.
"""

from __future__ import annotations

import datetime as dt
import importlib
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = Path(sys.executable).with_name("sectorbrief")


def cold_build(formats: str, runs: int = 3) -> tuple[float, float]:
    """Median wall seconds of `sectorbrief build --formats F` in a fresh process, and peak RSS in MiB."""
    times = []
    for _ in range(runs):
        out = Path(tempfile.mkdtemp()) / "out"
        start = time.perf_counter()
        subprocess.run(
            [str(CLI), "build", "--out", str(out), "--formats", formats], check=True, capture_output=True
        )
        times.append(time.perf_counter() - start)
        shutil.rmtree(out.parent)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return statistics.median(times), peak


def analytics_52_weeks() -> tuple[float, int]:
    """Seconds to compute 52 consecutive weeks x 31 industries of returns, ranks and PE standing."""
    from sectorbrief.analytics.panel import weekly_panel
    from sectorbrief.calendar import trading_sessions, week_period, ytd_period
    from sectorbrief.market import Market
    from sectorbrief.sources.demo import load_demo_market
    from sectorbrief.taxonomy import sw2021

    market = Market.from_long(load_demo_market(), source="demo")
    sessions = trading_sessions(market.days)
    start = time.perf_counter()
    end = sessions.on_or_before(dt.date(2026, 7, 5))
    periods = []
    for _ in range(52):
        week = week_period(sessions, end)
        periods.append((week.base, ytd_period(sessions, end).base, end))
        end = week.base
    panel = weekly_panel(market.closes, market.pe_ttm, sw2021().industry_codes, periods)
    return time.perf_counter() - start, len(panel)


def optional(module: str, func: str) -> Callable[[], dict[str, float]] | None:
    """A bench function from scripts/ if that part of the project provides one."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return getattr(importlib.import_module(module), func)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def main() -> None:
    rows: list[tuple[str, str]] = []
    seconds, peak = cold_build("md")
    rows.append(("cold CLI build, md only (charts, news, check included; median of 3), s", f"{seconds:.3f}"))
    rows.append(("peak RSS of a build, MiB", f"{peak:.0f}"))
    seconds, count = analytics_52_weeks()
    rows.append((f"analytics, 52 weeks x 31 industries ({count} rows), s", f"{seconds:.3f}"))
    for module, func in (
        ("bench_store", "bench_store"),
        ("bench_render", "bench_render"),
        ("bench_news", "bench_news"),
        ("bench_check", "bench_check"),
        ("bench_batch", "bench_batch"),
    ):
        bench = optional(module, func)
        if bench is not None:
            rows.extend((name, f"{value:.3f}") for name, value in bench().items())
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
