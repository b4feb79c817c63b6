"""A ratings file of 25 rows across industries and dates on the demo market."""

from __future__ import annotations

from pathlib import Path

# date, industry (name, code or bare number), rating. Month-end dates clip (08-31 + 6 -> 02-28/29),
# weekend dates fall back to the Friday, and 2026 dates past January run beyond the data (pending).
RATINGS = [
    ("2019-03-01", "通信", "强于大市"),
    ("2019-06-15", "801080.SI", "同步大市"),
    ("2019-08-30", "电子", "弱于大市"),
    ("2020-01-31", "801010", "强于大市"),
    ("2020-05-29", "银行", "同步大市"),
    ("2020-08-31", "计算机", "弱于大市"),
    ("2021-02-26", "医药生物", "强于大市"),
    ("2021-07-30", "801770.SI", "同步大市"),
    ("2021-12-31", "煤炭", "弱于大市"),
    ("2022-03-31", "食品饮料", "强于大市"),
    ("2022-08-31", "国防军工", "同步大市"),
    ("2022-11-30", "通信", "弱于大市"),
    ("2023-02-28", "电子", "强于大市"),
    ("2023-08-31", "计算机", "同步大市"),
    ("2023-10-14", "801770", "强于大市"),
    ("2024-01-31", "银行", "弱于大市"),
    ("2024-06-01", "通信", "同步大市"),
    ("2024-09-30", "电力设备", "强于大市"),
    ("2025-03-31", "有色金属", "弱于大市"),
    ("2025-08-31", "通信", "强于大市"),
    ("2025-12-31", "传媒", "同步大市"),
    ("2026-01-05", "农林牧渔", "同步大市"),
    ("2026-01-20", "通信", "同步大市"),
    ("2026-03-31", "电子", "强于大市"),
    ("2026-07-03", "银行", "弱于大市"),
]


def write_ratings(path: Path) -> Path:
    """RATINGS as a CSV file (date, industry, rating) at ``path``."""
    lines = ["date,industry,rating", *(",".join(row) for row in RATINGS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
