from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from sectorbrief.news.digest import normalise_all
from sectorbrief.news.ingest import parse_record
from sectorbrief.news.models import NewsItem
from sectorbrief.news.route import Router, default_router, route_items
from sectorbrief.news.themes import ThemeSet, bundled_theme_sets
from sectorbrief.taxonomy import sw2021

LABELLED = Path(__file__).parent / "data" / "routing.jsonl"
"""Real news excerpts, verbatim with their address; ``split`` dev, heldout or holdout2 (never tuned on;
holdout2 was labelled before any run, to fill 综合 and the industries with fewer than four items)."""


def _item(title: str, body: str = "") -> NewsItem:
    return NewsItem("t", title, body, "s", dt.date(2026, 7, 1))


@pytest.fixture(scope="module")
def router() -> Router:
    return default_router()


@pytest.fixture(scope="module")
def labelled() -> list[tuple[str | None, str, NewsItem]]:
    records = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    items, _ = normalise_all([parse_record(r, f"{LABELLED} line {n}") for n, r in enumerate(records, 1)])
    return [(r["industry"], r["split"], item) for r, item in zip(records, items, strict=True)]


def keyword_baseline(sets: tuple[ThemeSet, ...], k: int = 5) -> dict[str, list[str]]:
    """Each industry's ``k`` heaviest terms (file order breaks ties): the baseline's only words."""
    out: dict[str, list[str]] = {}
    for themes in sets:
        terms = [(w, n, t) for n, (t, w) in enumerate(x for th in themes.themes for x in th.terms.items())]
        out[themes.industry] = [t for _, _, t in sorted(terms, key=lambda r: (-r[0], r[1]))[:k]]
    return out


def baseline_route(keywords: dict[str, list[str]], item: NewsItem) -> str | None:
    hits = {code: sum(item.text.count(w) for w in words) for code, words in keywords.items()}
    code, best = max(hits.items(), key=lambda kv: kv[1])
    return code if best else None


def accuracy(pairs: list[tuple[str | None, str | None]]) -> float:
    return sum(e == p for e, p in pairs) / len(pairs)


def test_every_industry_has_its_own_set_of_at_least_three_described_themes() -> None:
    sets = {s.industry: s for s in bundled_theme_sets()}
    assert set(sets) == set(sw2021().industry_codes)
    for code, themes in sets.items():
        assert len(themes.themes) >= 3, code
        assert all(t.terms for t in themes.themes), code
        if code != "801770.SI":  # the telecom set is kept exactly as the reference report has it
            assert all(t.description for t in themes.themes), code


def test_no_two_industries_claim_a_distinctive_term_at_one_weight() -> None:
    """A distinctive term (weight ≥ 3) shared by two industries must differ in weight, so the
    router's rule (higher score wins) decides; equal weights would leave only the code-order tie rule."""
    router = default_router()
    clashes = {
        term: owners
        for term, owners in router.weights.items()
        if len(owners) > 1
        and max(owners.values()) >= 3
        and list(owners.values()).count(max(owners.values())) > 1
    }
    assert clashes == {}


def test_routes_by_the_industry_terms(router: Router) -> None:
    assert router.route(_item("飞天茅台批价企稳，五粮液普五回升")).industry == "801120.SI"
    assert router.route(_item("海上风电招标提速，风机价格企稳")).industry == "801730.SI"
    assert router.route(_item("第十一批药品集采开标，中选价格降幅温和")).industry == "801150.SI"


def test_macro_and_sport_go_to_no_industry(router: Router) -> None:
    assert router.route(_item("国家统计局：二季度GDP同比增长5.2%")).industry is None
    assert router.route(_item("世界杯小组赛收官，多支强队晋级淘汰赛")).industry is None


def test_an_item_about_two_industries_names_both_and_picks_the_higher_score(router: Router) -> None:
    route = router.route(_item("宁德时代发布新一代动力电池，比亚迪新车型率先搭载"))
    scores = router.scores(_item("宁德时代发布新一代动力电池，比亚迪新车型率先搭载"))
    assert route.industry == "801730.SI" and [code for code, _ in route.also] == ["801880.SI"]
    assert sum(p for p, _ in scores["801730.SI"]) > sum(p for p, _ in scores["801880.SI"])


def test_equal_scores_go_to_the_larger_single_term_then_the_lower_code() -> None:
    a = ThemeSet("801010.SI", ())
    sets = (
        ThemeSet("801050.SI", (_theme({"铜价": 4.0}),)),
        ThemeSet("801040.SI", (_theme({"钢价": 2.0, "钢厂": 2.0}),)),
        ThemeSet("801030.SI", (_theme({"纯碱": 4.0}),)),
    )
    router = Router((a, *sets))
    assert router.route(_item("", "铜价 钢价 钢厂")).industry == "801050.SI"  # 4 = 2 + 2: larger term
    assert router.route(_item("", "铜价 纯碱")).industry == "801030.SI"  # all equal: lower code


def test_equal_scores_and_terms_go_to_the_longer_more_specific_term() -> None:
    sets = (
        ThemeSet("801880.SI", (_theme({"自动驾驶": 4.0}),)),
        ThemeSet("801890.SI", (_theme({"人形机器人": 4.0}),)),
    )
    assert Router(sets).route(_item("", "自动驾驶技术可在人形机器人中复用")).industry == "801890.SI"


def test_a_lure_does_not_count_for_its_industry_next_to_its_context_word(router: Router) -> None:
    assert router.route(_item("", "纯碱期货大涨，氯碱装置检修")).industry == "801030.SI"
    assert router.route(_item("", "浮法玻璃厂挺价，纯碱成本仍高")).industry == "801710.SI"
    assert router.route(_item("", "金店足金首饰报价随金价上调")).industry == "801130.SI"
    assert router.route(_item("", "特斯拉人形机器人Optimus量产在即")).industry == "801890.SI"
    assert router.route(_item("", "特斯拉上海超级工厂交付新车")).industry == "801880.SI"


def test_industries_named_in_a_list_count_half(router: Router) -> None:
    """Two or more industries named as industries are a list of users, not the item's subject."""
    route = router.route(_item("", "钢材下游消费中，建筑行业用钢约占一半，其次是机械行业"))
    assert route.industry == "801040.SI"
    assert router.route(_item("建筑行业订单回暖")).industry == "801720.SI"


def _theme(terms: dict[str, float]):  # type: ignore[no-untyped-def]
    from sectorbrief.news.themes import Theme

    return Theme("t", terms)


def test_accuracy_on_real_news_beats_the_five_keyword_baseline(
    router: Router, labelled: list[tuple[str | None, str, NewsItem]]
) -> None:
    routes = route_items([item for _, _, item in labelled], router)
    keywords = keyword_baseline(bundled_theme_sets())
    ours = {
        s: [(e, r.industry) for (e, sp, _), r in zip(labelled, routes, strict=True) if sp == s]
        for s in ("dev", "heldout", "holdout2")
    }
    base = [(e, baseline_route(keywords, item)) for e, _, item in labelled]
    everything = ours["dev"] + ours["heldout"] + ours["holdout2"]
    assert accuracy(everything) >= 0.9
    assert accuracy(ours["dev"]) >= 0.9
    assert accuracy(ours["heldout"]) >= 0.9  # seen since the lure rules: see docs/news.md
    assert accuracy(ours["holdout2"]) >= 0.9  # 28/29 on its first run, never tuned on
    assert accuracy(everything) > accuracy(base) + 0.2


def test_the_labelled_set_covers_every_industry_with_hard_items(
    labelled: list[tuple[str | None, str, NewsItem]],
) -> None:
    """≥ 4 items per industry, ≥ 10 belonging to none, ≥ 20 % marked hard."""
    records = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = Counter(r["industry"] for r in records)
    assert all(counts[code] >= 4 for code in sw2021().industry_codes), counts
    assert counts[None] >= 10
    assert sum(r["hard"] for r in records) >= 0.2 * len(records)
    assert all(r["url"].startswith("http") for r in records)
