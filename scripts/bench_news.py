"""Throughput of the news step: classify + dedup of n synthetic items (default 10,000), and routing
of n mixed items (sentences of the bundled demo feed across 20 industries, recombined) to industries.

`bench_news()` returns seconds and items per second; `make bench` calls it. Run alone:
    .venv/bin/python scripts/bench_news.py [N]
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
import time
from importlib import resources

from sectorbrief.news.classify import Classifier
from sectorbrief.news.dedup import clusters
from sectorbrief.news.models import NewsItem
from sectorbrief.news.route import default_router
from sectorbrief.news.scoring import shared_words
from sectorbrief.news.segment import tokenizer
from sectorbrief.news.themes import load_theme_set

SUBJECTS = [
    "中际旭创",
    "新易盛",
    "天孚通信",
    "中国移动",
    "中国电信",
    "国盾量子",
    "银河航天",
    "润泽科技",
    "某车企",
    "某药企",
    "英伟达",
    "Coherent",
]
PHRASES = [
    "发布{n}G光模块新品，单通道速率提升{p}%",
    "宣布建设智算中心，规划算力{n}PFlops，总投资{m}亿元",
    "低轨卫星组网进展顺利，本年度累计发射{n}颗卫星",
    "量子计算原型机实现{n}个量子比特，保真度达到{p}%",
    "5G-A用户数突破{n}万户，ARPU同比增长{p}%",
    "新能源汽车销量同比增长{p}%，单月交付{n}辆",
    "创新药获批上市，年内销售额有望达到{m}亿元",
    "上半年营收同比增长{p}%，净利润{m}亿元",
    "CPO交换机样机送测，功耗较可插拔方案降低{p}%",
    "液冷服务器出货{n}台，数据中心PUE降至1.{p}",
]
FILLER = "业内人士认为，相关进展有望带动产业链上下游需求，行业景气度持续提升，后续值得关注订单落地节奏与产能爬坡情况。"


def synthetic_items(n: int, seed: int = 7) -> list[NewsItem]:
    """``n`` varied items of 200–500 characters; about one in ten repeats an earlier event."""
    rng = random.Random(seed)
    items: list[NewsItem] = []
    for i in range(n):
        if items and rng.random() < 0.1:
            base = rng.choice(items)
            items.append(NewsItem(f"b{i}", base.title, base.body + "（转载）", "转载网", base.published))
            continue
        sentences = [
            rng.choice(SUBJECTS)
            + rng.choice(PHRASES).format(n=rng.randint(2, 9999), p=rng.randint(1, 99), m=rng.randint(1, 500))
            for _ in range(rng.randint(3, 6))
        ]
        body = "。".join(sentences) + "。" + FILLER * rng.randint(1, 3)
        items.append(
            NewsItem(
                f"b{i}",
                sentences[0],
                body,
                "示例网",
                dt.date(2026, 7, 1) + dt.timedelta(days=rng.randint(0, 4)),
            )
        )
    return items


def bench_news(n: int = 10_000) -> dict[str, float]:
    """Wall seconds for jieba startup, classify, dedup and all three, CPU seconds (less sensitive to
    other load on the machine) and items/second, on ``n`` items."""
    themes = load_theme_set("801770.SI")
    items = synthetic_items(n)
    classifier = Classifier(themes)
    cpu = time.process_time()
    started = time.perf_counter()
    tokenizer(shared_words())
    startup = time.perf_counter() - started
    started = time.perf_counter()
    labels = [classifier.classify(item) for item in items]
    classify_s = time.perf_counter() - started
    started = time.perf_counter()
    clusters([item.text for item in items], [c.theme for c in labels])
    dedup_s = time.perf_counter() - started
    total = startup + classify_s + dedup_s
    cpu_s = time.process_time() - cpu
    return {
        "news_items": float(n),
        "news_jieba_startup_s": startup,
        "news_classify_s": classify_s,
        "news_dedup_s": dedup_s,
        "news_total_s": total,
        "news_cpu_s": cpu_s,
        "news_items_per_s": n / total,
        **bench_route(n),
    }


def mixed_items(n: int, seed: int = 11) -> list[NewsItem]:
    """``n`` items of 3–6 sentences drawn from the demo feed's items (many industries and none),
    each with a figure changed so that no two texts are alike."""
    feed = resources.files("sectorbrief.data").joinpath("demo_feed.jsonl").read_text(encoding="utf-8")
    sentences = [
        s for line in feed.splitlines() for s in json.loads(line)["body"].replace("\n", "").split("。") if s
    ]
    rng = random.Random(seed)
    items = []
    for i in range(n):
        chosen = [
            rng.choice(sentences) + f"，环比变化{rng.randint(1, 99)}%" for _ in range(rng.randint(3, 6))
        ]
        items.append(
            NewsItem(f"m{i}", chosen[0][:30], "。".join(chosen) + "。", "示例网", dt.date(2026, 7, 1))
        )
    return items


def bench_route(n: int = 10_000) -> dict[str, float]:
    """Wall and CPU seconds to route ``n`` mixed items to their industries (segmenter start-up included)."""
    items = mixed_items(n)
    cpu = time.process_time()
    started = time.perf_counter()
    router = default_router()
    routed = [router.route(item) for item in items]
    wall = time.perf_counter() - started
    return {
        "route_items": float(len(routed)),
        "route_s": wall,
        "route_cpu_s": time.process_time() - cpu,
        "route_items_per_s": n / wall,
    }


if __name__ == "__main__":
    for key, value in bench_news(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000).items():
        print(f"{key}: {value:.3f}")
