from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sectorbrief.news.classify import Classifier, classify_items
from sectorbrief.news.digest import normalise_all
from sectorbrief.news.evaluate import evaluate
from sectorbrief.news.ingest import parse_record
from sectorbrief.news.models import NewsItem
from sectorbrief.news.segment import segment
from sectorbrief.news.themes import load_theme_set

EVAL = Path(__file__).parent / "data" / "eval.jsonl"


def _item(title: str, body: str = "") -> NewsItem:
    return NewsItem("t", title, body, "s", dt.date(2026, 7, 1))


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(load_theme_set("801770.SI"))


def test_held_out_accuracy_is_at_least_90_percent() -> None:
    records = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines() if line.strip()]
    themes = load_theme_set("801770.SI")
    assert len(records) >= 80 and {r["theme"] for r in records} == set(themes.labels)
    items, _ = normalise_all([parse_record(r, f"{EVAL} line {n}") for n, r in enumerate(records, 1)])
    result = evaluate(
        [r["theme"] for r in records], [c.theme for c in classify_items(items, themes)], themes.labels
    )
    assert result.accuracy >= 0.90, result.errors
    assert result.macro_f1 >= 0.85


def test_user_dictionary_keeps_company_and_index_names_whole() -> None:
    words = frozenset(load_theme_set("801770.SI").vocabulary())
    tokens = segment("中际旭创跑赢沪深300，光模块需求旺盛", words)
    assert "中际旭创" in tokens and "沪深300" in tokens and "光模块" in tokens


def test_short_terms_must_be_whole_words(classifier: Classifier) -> None:
    assert classifier.matcher.count("卫星城新房成交回暖")["卫星"] == 0
    assert classifier.matcher.count("卫星发射成功")["卫星"] == 1
    assert classifier.matcher.count("lpo and CPO、cpo")["CPO"] == 2


def test_result_carries_theme_confidence_and_evidence(classifier: Classifier) -> None:
    result = classifier.classify(_item("中际旭创1.6T光模块放量", "公司800G与1.6T光模块出货量环比增长。"))
    assert result.theme == "光通信"
    assert 0.5 < result.confidence <= 1.0
    assert {"光模块", "中际旭创", "1.6T"} <= set(result.evidence)
    other = classifier.classify(_item("生猪价格连续回升", "养殖企业盈利改善。"))
    assert other.theme == "其他" and other.evidence[0].startswith("no 801770.SI theme reached")
    assert set(result.to_json()) == {"id", "theme", "confidence", "evidence"}


def test_title_terms_weigh_more_than_body_terms(classifier: Classifier) -> None:
    result = classifier.classify(_item("量子通信骨干网开通", "项目由运营商承建。"))
    assert result.theme == "量子科技"


def test_a_lure_does_not_count_in_its_own_set_either() -> None:
    chemicals = Classifier(load_theme_set("801030.SI"))
    assert chemicals.classify(_item("纯碱期货大涨")).theme != "其他"
    assert chemicals.classify(_item("浮法玻璃挺价，纯碱成本高企")).theme == "其他"
