"""`ratings verify` output: the JSON contract, CSV rows, and a text table with the summary."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import unicodedata
from typing import Any

import pandas as pd

from sectorbrief.narrative.format import num
from sectorbrief.ratings.summary import summarise
from sectorbrief.taxonomy import sw2021

VERDICT_WORDS = {"hit": "兑现", "miss": "未兑现", "pending": "待定"}


def _plain(value: Any) -> Any:
    """JSON-ready: dates as YYYY-MM-DD, NaN and None as null, floats unrounded."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return value


def rows_records(rows: pd.DataFrame) -> list[dict[str, Any]]:
    return [{key: _plain(value) for key, value in row.items()} for row in rows.to_dict("records")]


def to_json(rows: pd.DataFrame, context: dict[str, Any]) -> str:
    """{"rows": [...], "summary": {...}}, unrounded (the contract of `ratings verify --format json`);
    the summary also carries ``context`` (the rules and the market data used)."""
    summary = summarise(rows) | context
    return json.dumps({"rows": rows_records(rows), "summary": summary}, ensure_ascii=False, indent=2)


def to_csv(rows: pd.DataFrame) -> str:
    buffer = io.StringIO()
    pd.DataFrame(rows_records(rows), columns=rows.columns).to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def _figure(value: Any, unit: str = "") -> str:
    return "—" if value is None or (isinstance(value, float) and math.isnan(value)) else num(value) + unit


def _record_line(label: str, record: dict[str, Any]) -> str:
    rate = _figure(record["hit_rate"], "%")
    return (
        f"  {label}: {record['count']} 条，已判定 {record['decided']}，兑现 {record['hits']}，"
        f"待定 {record['pending']}，兑现率 {rate}，平均相对收益 {_figure(record['mean_relative_pp'], 'pp')}"
    )


def _pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(width - used, 0)
    return fill + text if right else text + fill


HEADER = ("日期", "行业", "评级", "基期", "到期", "行业%", "基准%", "相对pp", "结果")
WIDTHS = (10, 8, 8, 10, 10, 8, 8, 8, 6)
RIGHT = {5, 6, 7}


def _table_line(cells: tuple[str, ...]) -> str:
    padded = (_pad(c, w, right=i in RIGHT) for i, (c, w) in enumerate(zip(cells, WIDTHS, strict=True)))
    return "  ".join(padded).rstrip()


def to_text(rows: pd.DataFrame) -> str:
    """One line per rating (figures rounded to 2 decimals), then the summary by rating and industry."""
    names = {i.code: i.name for i in sw2021().industries}
    lines = [_table_line(HEADER)]
    for row in rows_records(rows):
        cells = (
            row["date"],
            names.get(row["industry"], row["industry"]),
            row["rating"],
            row["base_session"],
            row["end_session"] or "—",
            _figure(row["industry_pct"]),
            _figure(row["benchmark_pct"]),
            _figure(row["relative_pp"]),
            VERDICT_WORDS[row["verdict"]],
        )
        lines.append(_table_line(cells))
    summary = summarise(rows)
    lines += ["", "按评级", _record_line("合计", summary["total"])]
    lines += [_record_line(rating, record) for rating, record in summary["by_rating"].items()]
    lines += ["按行业"]
    lines += [_record_line(names.get(code, code), record) for code, record in summary["by_industry"].items()]
    return "\n".join(lines)
