from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).parents[2] / "scripts" / "bench_news.py"


def test_bench_news_runs_and_reports_throughput() -> None:
    spec = importlib.util.spec_from_file_location("bench_news", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.bench_news(300)
    assert result["news_items"] == 300
    assert result["news_items_per_s"] > 0
    assert {"news_classify_s", "news_dedup_s", "news_jieba_startup_s", "news_total_s"} <= set(result)
    assert result["route_items"] == 300 and result["route_s"] > 0
