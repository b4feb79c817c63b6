"""`ratings verify` output: the JSON contract, CSV rows, and a text table with the summary."""

from __future__ import annotations

import datetime as dt
import io
import json
import math
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


def to_text(rows: pd.DataFrame) -> str:
    """One line per rating (figures rounded to 2 decimals), then the summary by rating and industry."""
    names = {i.code: i.name for i in sw2021().industries}
    lines = ["日期        行业        评级      基期        到期        行业%    基准%    相对pp   结果"]
    for row in rows_records(rows):
        lines.append(
            f"{row['date']}  {names.get(row['industry'], row['industry']):<8}  {row['rating']}  "
            f"{row['base_session']}  {row['end_session'] or '—':<10}  {_figure(row['industry_pct']):>7}  "
            f"{_figure(row['benchmark_pct']):>7}  {_figure(row['relative_pp']):>7}  {VERDICT_WORDS[row['verdict']]}"
        )
    summary = summarise(rows)
    lines += ["", "按评级", _record_line("合计", summary["total"])]
    lines += [_record_line(rating, record) for rating, record in summary["by_rating"].items()]
    lines += ["按行业"]
    lines += [_record_line(names.get(code, code), record) for code, record in summary["by_industry"].items()]
    return "\n".join(lines)
