"""`news fetch` against a fake akshare that returns frames with akshare's own columns and dtypes
(akshare/stock_feature/stock_info.py, akshare/news/news_stock.py); no network."""

from __future__ import annotations

import datetime as dt
import json
import sys
import types
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app
from sectorbrief.news.live import parse_cls

runner = CliRunner()
TELEGRAPH = (
    "【海上风电招标提速】财联社7月1日电，上半年国内风电招标规模保持高位，其中海上风电项目占比明显提升。"
)


def cls_frame() -> pd.DataFrame:
    """As stock_info_global_cls builds it: 发布日期 holds datetime.date, 发布时间 datetime.time."""
    stamps = pd.to_datetime(pd.Series([1782871200, 1782957600, 1783476000]), unit="s", utc=True)
    local = stamps.dt.tz_convert("Asia/Shanghai")
    return pd.DataFrame(
        {
            "标题": ["海上风电招标提速", "", "旧闻"],
            "内容": [TELEGRAPH, "第十一批药品集采开标，中选价格降幅趋于温和。", "很早以前的一条电报。"],
            "发布日期": local.dt.date,
            "发布时间": local.dt.time,
        }
    )


def em_global_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "标题": ["海上风电招标提速", "飞天茅台批价企稳"],
            "摘要": [TELEGRAPH, "本周飞天茅台散瓶批价基本持平，五粮液普五批价小幅回升。"],
            "发布时间": ["2026-07-01 10:00:00", "2026-07-02 09:30:00"],
            "链接": ["https://finance.eastmoney.com/a/1.html", "https://finance.eastmoney.com/a/2.html"],
        }
    )


def em_stock_frame(symbol: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "关键词": [symbol, symbol],
            "新闻标题": ["宁德时代固态电池中试线投产", "宁德时代固态电池中试线投产"],
            "新闻内容": ["宁德时代固态电池中试线陆续投产。", "宁德时代固态电池中试线陆续投产。"],
            "发布时间": ["2026-07-03 08:00:00", "2026-07-03 08:00:00"],
            "文章来源": ["证券时报", float("nan")],
            "新闻链接": ["http://finance.eastmoney.com/a/3.html", "http://finance.eastmoney.com/a/3.html"],
        }
    )


@pytest.fixture
def fake_akshare(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType("akshare")
    module.stock_info_global_cls = lambda symbol="全部": cls_frame()  # type: ignore[attr-defined]
    module.stock_info_global_em = em_global_frame  # type: ignore[attr-defined]
    module.stock_news_em = lambda symbol="603777": em_stock_frame(symbol)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "akshare", module)
    return module


def test_cls_dates_come_from_the_date_column() -> None:
    items = parse_cls(cls_frame())
    assert [i.published for i in items] == [dt.date(2026, 7, 1), dt.date(2026, 7, 2), dt.date(2026, 7, 8)]
    assert items[1].title == "" and items[1].body.startswith("第十一批")


def test_fetch_writes_the_week_deduplicated(fake_akshare: types.ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "week.jsonl"
    args = ["news", "fetch", "--start", "2026-06-29", "--end", "2026-07-05", "--out", str(out)]
    result = runner.invoke(app, [*args, "--symbols", "300750"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    bodies = [r["body"] for r in rows]
    assert bodies.count(TELEGRAPH) == 1  # telegraph and newsflash carried one event
    assert sum("固态电池" in b for b in bodies) == 1  # the per-stock duplicate is gone
    assert "很早以前的一条电报。" not in bodies  # outside the week
    assert all(set(r) == {"id", "title", "body", "source", "published", "url"} for r in rows)
    assert all("2026-06-29" <= r["published"] <= "2026-07-05" for r in rows)
    routed = runner.invoke(app, ["news", "route", str(out), "--format", "jsonl"])
    assert routed.exit_code == 0 and "801730.SI" in routed.stdout


def test_without_akshare_exit_2_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "akshare", None)
    result = runner.invoke(app, ["news", "fetch"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "sectorbrief: error: akshare is not installed; install the live extra: pip install 'sectorbrief[live]'"
    ]


def test_offline_exit_2_with_one_line(fake_akshare: types.ModuleType, tmp_path: Path) -> None:
    def refuse(*_: object, **__: object) -> pd.DataFrame:
        raise ConnectionError("Max retries exceeded")

    fake_akshare.stock_info_global_cls = refuse  # type: ignore[attr-defined]
    fake_akshare.stock_info_global_em = refuse  # type: ignore[attr-defined]
    out = tmp_path / "week.jsonl"
    result = runner.invoke(app, ["news", "fetch", "--out", str(out)])
    assert result.exit_code == 2 and not out.exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no news source answered" in lines[0]


def test_changed_columns_are_named(fake_akshare: types.ModuleType) -> None:
    fake_akshare.stock_info_global_em = lambda: em_global_frame().rename(columns={"摘要": "summary"})  # type: ignore[attr-defined]
    result = runner.invoke(app, ["news", "fetch"])
    assert result.exit_code == 2 and "stock_info_global_em: columns 摘要 missing" in result.stderr
