"""A market frame with the demo week's figures, for the data rule and the CLI --data tests."""

from __future__ import annotations

import pandas as pd

from sectorbrief.taxonomy import sw2021

WEEK_BASE, YEAR_BASE, END = "2026-06-26", "2025-12-31", "2026-07-03"
RETURNS = {"801770.SI": (-9.1749, 54.5045), "000300.SH": (-0.5351, 4.5820), "399006.SZ": (-4.1551, 25.4955)}


def demo_frame(*, telecom_end: float | None = None) -> pd.DataFrame:
    rows = []
    others = [i for i in sw2021().industries if i.code != "801770.SI"]
    returns = dict(RETURNS)
    for n, industry in enumerate(others):  # weekly all above -9.17; one YTD above 54.50
        returns[industry.code] = (-8.0 + n * 0.3, 60.0 if n == 0 else 10.0 + n)
    names = {i.code: i.name for i in (*sw2021().industries, *sw2021().benchmarks)}
    for code, (week, ytd) in returns.items():
        end = 1000.0
        if code == "801770.SI" and telecom_end is not None:
            end = telecom_end
        pe = 34.48 if code == "801770.SI" else float("nan")
        rows += [
            (YEAR_BASE, code, names[code], 1000.0 / (1 + ytd / 100), float("nan")),
            (WEEK_BASE, code, names[code], 1000.0 / (1 + week / 100), float("nan")),
            (END, code, names[code], end, pe),
        ]
    rows += [(day, "801770.SI", "通信", 500.0, 22.01) for day in ("2023-03-01", "2024-03-01", "2025-03-03")]
    return pd.DataFrame(rows, columns=["date", "code", "name", "close", "pe_ttm"])
