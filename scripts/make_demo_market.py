"""Generate the bundled SYNTHETIC demo market: src/sectorbrief/data/demo_market.parquet.

None of these numbers is real market data. Every series is a geometric random walk (a common
market factor times a beta, plus industry noise with slowly varying volatility and fat tails),
pinned in log space to a few chosen levels by spreading the gap evenly over each segment (a
Brownian-bridge correction), so no anchor day shows a jump. The anchors reproduce the demo week of
DESIGN.md exactly: weekly (base 2026-06-26) and YTD (base 2025-12-31) returns to 2026-07-03.

PE-TTM is close / eps, with eps interpolated (log-linearly) between quarterly knots of a slowly
trending, always positive earnings path. For 通信 the eps is rescaled by a constant, plus a linear
ramp over 2026 only, so that the PE on 2026-07-03 and the 2023-2025 mean hit the demo figures.

Deterministic: fixed seeds (one numpy stream per series) and parquet written without pandas
metadata, so two runs in one environment give identical bytes.

    python scripts/make_demo_market.py [--out PATH]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from sectorbrief.calendar import _xshg_days
from sectorbrief.market import COLUMNS, normalise
from sectorbrief.taxonomy import sw2021

log = logging.getLogger("make_demo_market")

SEED = 20260703
FIRST = dt.date(2019, 1, 2)
LAST = dt.date(2026, 7, 3)
YEAR_END = dt.date(2025, 12, 31)  # YTD base
WEEK_BASE = dt.date(2026, 6, 26)  # weekly base
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "sectorbrief" / "data" / "demo_market.parquet"

MARKET_VOL = 1.05  # % daily, the market factor (= 沪深300) before the volatility regime
TAIL_DF = 5  # Student-t degrees of freedom of the daily shocks
SHOCK_CAP = 6.5  # % soft cap (tanh) on a daily move, before the anchors' drift


@dataclass(frozen=True)
class Spec:
    """One series: levels, risk, the demo-week returns and the PE it starts and ends 2025 at."""

    code: str
    start: float  # close on 2019-01-02
    year_end: float  # close on 2025-12-31
    vol: float  # % daily, total
    beta: float  # to the market factor
    weekly: float  # % return 2026-06-26 -> 2026-07-03
    ytd: float  # % return 2025-12-31 -> 2026-07-03
    pe_start: float = float("nan")  # PE-TTM on 2019-01-02 (NaN: no PE, a benchmark)
    pe_year_end: float = float("nan")  # PE-TTM on 2025-12-31 before any rescaling
    waypoints: tuple[tuple[str, float], ...] = ()  # extra (date, close) pins before 2025-12-31


# The chosen demo returns. 通信, 沪深300 and 创业板指 are the seed report's figures (DESIGN.md);
# the other 30 are invented: 通信 is last of 31 for the week, second for YTD (behind 电子).
#     code        start  2025-12-31  vol  beta  weekly%    ytd%    PE start  PE 2025-12-31
SPECS: tuple[Spec, ...] = (
    Spec("801010.SI", 2420, 2810, 1.40, 0.80, 1.12, 6.35, 30, 26),  # 农林牧渔
    Spec("801030.SI", 2710, 3980, 1.50, 1.00, -1.86, 18.42, 15, 26),  # 基础化工
    Spec("801040.SI", 2290, 2380, 1.50, 0.95, 0.47, 9.78, 8, 19),  # 钢铁
    Spec("801050.SI", 2830, 6450, 1.85, 1.10, -2.73, 41.26, 30, 22),  # 有色金属
    Spec("801080.SI", 2210, 5960, 2.10, 1.30, -4.58, 61.37, 28, 50),  # 电子
    Spec("801110.SI", 4420, 8530, 1.35, 1.00, 0.93, 3.14, 13, 15),  # 家用电器
    Spec("801120.SI", 9120, 17200, 1.50, 0.95, 2.41, -6.82, 27, 23),  # 食品饮料
    Spec("801130.SI", 1610, 1560, 1.35, 0.85, -0.35, 2.07, 22, 25),  # 纺织服饰
    Spec("801140.SI", 1790, 2210, 1.45, 0.95, -0.88, 4.96, 20, 25),  # 轻工制造
    Spec("801150.SI", 6980, 8470, 1.45, 0.90, -1.47, 12.63, 30, 35),  # 医药生物
    Spec("801160.SI", 1990, 2430, 1.00, 0.70, 0.62, 1.48, 17, 18),  # 公用事业
    Spec("801170.SI", 2110, 2290, 1.10, 0.80, 0.18, -1.95, 13, 15),  # 交通运输
    Spec("801180.SI", 4830, 2240, 1.65, 0.95, 3.26, -12.40, 9, 30),  # 房地产
    Spec("801200.SI", 2930, 2510, 1.40, 0.90, -0.61, -4.27, 20, 34),  # 商贸零售
    Spec("801210.SI", 5520, 9010, 1.55, 0.95, -1.12, 5.71, 35, 40),  # 社会服务
    Spec("801230.SI", 2310, 2780, 1.75, 0.90, -2.19, 14.86, 40, 60),  # 综合
    Spec("801710.SI", 4510, 5040, 1.50, 0.95, 1.57, -3.33, 10, 22),  # 建筑材料
    Spec("801720.SI", 2020, 2110, 1.30, 0.90, 0.29, -8.56, 9, 10),  # 建筑装饰
    Spec("801730.SI", 4030, 9480, 2.00, 1.25, -3.64, 27.90, 25, 35),  # 电力设备
    Spec("801740.SI", 1090, 1820, 2.00, 1.15, -4.97, 22.35, 55, 70),  # 国防军工
    Spec("801750.SI", 3310, 5520, 2.20, 1.25, -3.92, 19.04, 45, 72),  # 计算机
    Spec("801760.SI", 1060, 910, 2.10, 1.10, -2.46, 16.21, 25, 45),  # 传媒
    Spec("801770.SI", 1870, 4380, 2.05, 1.15, -9.1749, 54.5045, 38, 24),  # 通信 (seed)
    Spec(
        "801780.SI",
        3020,
        4510,
        1.00,
        0.60,
        1.83,
        0.62,
        6,
        6.5,  # 银行
        waypoints=(("2025-08-25", 4750),),
    ),
    Spec("801790.SI", 1480, 2020, 1.60, 1.15, -0.14, 7.48, 14, 15),  # 非银金融
    Spec("801880.SI", 3980, 7520, 1.75, 1.10, -1.71, 10.95, 15, 28),  # 汽车
    Spec("801890.SI", 1020, 1910, 1.65, 1.10, -2.94, 24.67, 25, 32),  # 机械设备
    Spec("801950.SI", 2280, 3610, 1.55, 0.85, 3.71, -9.14, 8, 11),  # 煤炭
    Spec("801960.SI", 2430, 2310, 1.20, 0.80, 2.05, -0.87, 12, 11),  # 石油石化
    Spec("801970.SI", 1690, 1790, 1.45, 0.95, -0.52, 8.29, 22, 25),  # 环保
    Spec("801980.SI", 3480, 5530, 1.55, 0.85, -1.29, -14.73, 40, 35),  # 美容护理
    Spec(
        "399006.SZ",
        1250,
        3150,
        1.70,
        1.30,
        -4.1551,
        25.4955,  # 创业板指 (seed)
        waypoints=(
            ("2021-07-22", 3450),
            ("2022-10-11", 2250),
            ("2024-09-13", 1650),
            ("2024-10-18", 2250),
            ("2025-04-08", 1850),
        ),
    ),
)
# 沪深300 (seed) is the market factor; its waypoints give it a synthetic, history-like cycle.
HS300 = Spec(
    "000300.SH",
    3010,
    4620,
    1.05,
    1.00,
    -0.5351,
    4.5820,
    waypoints=(
        ("2019-04-19", 4100),
        ("2019-08-06", 3640),
        ("2020-01-13", 4200),
        ("2020-03-23", 3530),
        ("2020-07-13", 4850),
        ("2021-02-10", 5800),
        ("2021-07-28", 4850),
        ("2021-12-13", 4980),
        ("2022-04-26", 3780),
        ("2022-07-05", 4480),
        ("2022-10-31", 3500),
        ("2023-01-30", 4200),
        ("2023-10-23", 3450),
        ("2024-02-05", 3180),
        ("2024-05-20", 3700),
        ("2024-09-13", 3160),
        ("2024-10-18", 3950),
        ("2025-01-13", 3730),
        ("2025-04-08", 3650),
        ("2025-09-18", 4550),
    ),
)

TONGXIN = "801770.SI"
PE_TARGET_END = 34.4812  # 通信 PE-TTM on 2026-07-03
PE_TARGET_MEAN = 22.0131  # 通信 mean daily PE-TTM over 2023-2025
PE_WINDOW = (2023, 2025)


def sessions() -> pd.DatetimeIndex:
    """XSHG sessions from FIRST to LAST inclusive."""
    days = [d for d in _xshg_days() if FIRST <= d <= LAST]
    return pd.DatetimeIndex([pd.Timestamp(d) for d in days]).as_unit("ns")


def position(days: pd.DatetimeIndex, day: dt.date | str) -> int:
    """Index of the last session on or before ``day``."""
    return int(days.searchsorted(pd.Timestamp(day), side="right")) - 1


def regime(rng: np.random.Generator, n: int) -> np.ndarray:
    """A slowly varying volatility multiplier (about 0.7 to 1.5): exp of a smooth AR(1)."""
    noise = rng.standard_normal(n)
    state = np.empty(n)
    state[0] = 0.0
    for t in range(1, n):
        state[t] = 0.985 * state[t - 1] + 0.045 * noise[t]
    return np.exp(state - state.mean())


def shocks(rng: np.random.Generator, vol: np.ndarray) -> np.ndarray:
    """Fat-tailed daily log shocks (Student-t) with standard deviation ``vol`` (in %), as fractions."""
    unit = rng.standard_t(TAIL_DF, size=vol.shape[0]) / np.sqrt(TAIL_DF / (TAIL_DF - 2))
    return unit * vol / 100.0


def soft_cap(steps: np.ndarray) -> np.ndarray:
    """Squash daily log steps smoothly (tanh) so none exceeds SHOCK_CAP percent."""
    cap = SHOCK_CAP / 100.0
    return cap * np.tanh(steps / cap)


def bridge(steps: np.ndarray, anchors: list[tuple[int, float]]) -> np.ndarray:
    """Log path (index 0 .. n-1) from daily log steps, pinned to (position, log level) anchors.

    ``steps[t]`` is the move into session t (steps[0] is ignored). Between consecutive anchors the
    gap between the target and the free path is spread evenly over the segment's steps.
    """
    out = steps.copy()
    out[0] = 0.0
    anchors = sorted(anchors)
    for (left, low), (right, high) in zip(anchors, anchors[1:], strict=False):
        segment = slice(left + 1, right + 1)
        out[segment] += (high - low - out[segment].sum()) / (right - left)
    level = anchors[0][1] + np.cumsum(out)
    return level


def demo_anchors(days: pd.DatetimeIndex, spec: Spec) -> list[tuple[int, float]]:
    """Start, waypoint, 2025-12-31, 2026-06-26 and 2026-07-03 log levels of one series."""
    end = np.log(spec.year_end) + np.log1p(spec.ytd / 100.0)
    pins = [(position(days, day), float(np.log(level))) for day, level in spec.waypoints]
    return pins + [
        (0, float(np.log(spec.start))),
        (position(days, YEAR_END), float(np.log(spec.year_end))),
        (position(days, WEEK_BASE), float(end - np.log1p(spec.weekly / 100.0))),
        (position(days, LAST), float(end)),
    ]


def market_path(days: pd.DatetimeIndex, vol_regime: np.ndarray) -> np.ndarray:
    """Log level of the market factor (沪深300): random walk through waypoints and the anchors."""
    rng = np.random.default_rng([SEED, 0])
    steps = soft_cap(shocks(rng, MARKET_VOL * vol_regime))
    return bridge(steps, demo_anchors(days, HS300))


def series_path(
    days: pd.DatetimeIndex, spec: Spec, market: np.ndarray, vol_regime: np.ndarray, stream: int
) -> np.ndarray:
    """Close of one series: beta times the market's daily moves plus its own noise, pinned."""
    rng = np.random.default_rng([SEED, stream])
    own_vol = np.sqrt(max(spec.vol**2 - (spec.beta * MARKET_VOL) ** 2, 0.09))
    own = shocks(rng, own_vol * vol_regime)
    steps = soft_cap(spec.beta * np.diff(market, prepend=market[0]) + own)
    return np.exp(bridge(steps, demo_anchors(days, spec)))


def quarter_ends(first: pd.Timestamp, last: pd.Timestamp) -> pd.DatetimeIndex:
    return pd.date_range(first, last + pd.offsets.QuarterEnd(2), freq="QE")


def eps_path(days: pd.DatetimeIndex, spec: Spec, close: np.ndarray, stream: int) -> np.ndarray:
    """Positive, slowly trending earnings per index point, log-linear between quarterly knots.

    The trend runs from close/PE at the start to close/PE on 2025-12-31 and carries on past it;
    each quarter's figure wobbles around it (a bridged random walk, ~3% a quarter).
    """
    rng = np.random.default_rng([SEED, 1000 + stream])
    year_end = position(days, YEAR_END)
    log0 = np.log(close[0] / spec.pe_start)
    log1 = np.log(close[year_end] / spec.pe_year_end)
    t_days = (days - days[0]).days.to_numpy(dtype=float)
    t_end = t_days[year_end]
    knots = quarter_ends(days[0], days[-1])
    t_knots = np.concatenate([[0.0], (knots - days[0]).days.to_numpy(dtype=float)])
    wobble = np.concatenate([[0.0], np.cumsum(rng.normal(0.0, 0.03, len(knots)))])
    wobble -= np.minimum(t_knots / t_end, 1.0) * np.interp(t_end, t_knots, wobble)
    log_knots = log0 + (log1 - log0) * t_knots / t_end + wobble
    return np.exp(np.interp(t_days, t_knots, log_knots))


def calibrate_tongxin(days: pd.DatetimeIndex, pe: np.ndarray) -> np.ndarray:
    """Rescale 通信's PE so its 2023-2025 mean and its last value are the demo figures exactly.

    pe * a * (1 + b * ramp): a constant everywhere (no jump at any year boundary) and a ramp that
    is 0 up to 2025-12-31 and rises linearly to 1 on the last session (eps changes smoothly).
    """
    years = days.year
    window = (years >= PE_WINDOW[0]) & (years <= PE_WINDOW[1])
    a = PE_TARGET_MEAN / pe[window].mean()
    year_end = position(days, YEAR_END)
    ramp = np.clip((np.arange(len(days)) - year_end) / (len(days) - 1 - year_end), 0.0, 1.0)
    b = PE_TARGET_END / (pe[-1] * a) - 1.0
    log.info("通信 PE rescale: a=%.4f, ramp b=%+.4f over 2026", a, b)
    return pe * a * (1.0 + b * ramp)


def build_frame() -> pd.DataFrame:
    """The whole demo market as a normalised long frame."""
    days = sessions()
    taxonomy = sw2021()
    vol_regime = regime(np.random.default_rng([SEED, 999]), len(days))
    market = market_path(days, vol_regime)
    parts = [long_rows(days, HS300.code, taxonomy.name_of(HS300.code), np.exp(market), None)]
    for stream, spec in enumerate(SPECS, start=1):
        close = series_path(days, spec, market, vol_regime, stream)
        pe = None
        if not np.isnan(spec.pe_start):
            pe = close / eps_path(days, spec, close, stream)
            if spec.code == TONGXIN:
                pe = calibrate_tongxin(days, pe)
        parts.append(long_rows(days, spec.code, taxonomy.name_of(spec.code), close, pe))
    frame = normalise(pd.concat(parts, ignore_index=True))
    expected = set(taxonomy.industry_codes) | set(taxonomy.benchmark_codes)
    assert set(frame["code"]) == expected, "the specs must cover the taxonomy exactly"
    return frame


def long_rows(
    days: pd.DatetimeIndex, code: str, name: str, close: np.ndarray, pe: np.ndarray | None
) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": days,
            "code": code,
            "name": name,
            "close": close,
            "pe_ttm": np.full(len(days), np.nan) if pe is None else pe,
        }
    )


def to_table(frame: pd.DataFrame) -> pa.Table:
    """An Arrow table with fixed types and no schema metadata (no pandas/version stamps)."""
    schema = pa.schema(
        [
            ("date", pa.timestamp("ns")),
            ("code", pa.string()),
            ("name", pa.string()),
            ("close", pa.float64()),
            ("pe_ttm", pa.float64()),
        ]
    )
    table = pa.Table.from_pandas(frame.loc[:, COLUMNS], schema=schema, preserve_index=False)
    return table.replace_schema_metadata(None)


def write_parquet(frame: pd.DataFrame, path: Path) -> None:
    """Write atomically: a temp file beside ``path``, then rename into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        pq.write_table(
            to_table(frame),
            tmp,
            compression="zstd",
            compression_level=9,
            use_dictionary=["code", "name"],
            write_statistics=False,
        )
        os.chmod(tmp, 0o644)  # mkstemp makes it owner-only
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    frame = build_frame()
    write_parquet(frame, args.out)
    log.info(
        "wrote %s: %d rows, %d bytes, %.2f s",
        args.out,
        len(frame),
        args.out.stat().st_size,
        time.perf_counter() - started,
    )


if __name__ == "__main__":
    main()
