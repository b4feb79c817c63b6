from __future__ import annotations

import pytest

from sectorbrief.facts import Facts
from sectorbrief.narrative.view import draft_view
from sectorbrief.news import Digest
from tests.factories import make_facts, make_period


@pytest.fixture
def demo_facts() -> Facts:
    return make_facts()


def test_draft_view_states_the_week_in_house_style(demo_facts: Facts, demo_digest: Digest) -> None:
    text = draft_view(demo_facts, demo_digest)
    assert text.startswith("【草稿】") and "草稿：" in text
    assert "沪深300下跌0.54%，创业板指下跌4.16%，申万通信行业指数下跌9.17%" in text
    assert "分别跑输沪深300和创业板指8.64和5.02个百分点" in text
    assert "在申万31个一级行业中排名第31位" in text
    assert (
        "年初至今沪深300上涨4.58%，创业板指上涨25.50%，申万通信行业指数上涨54.50%，"
        "分别跑赢沪深300和创业板指49.92和29.01个百分点，在申万31个一级行业中排名第2位" in text
    )
    assert "PE-TTM为34.48倍，高于2023-2025年均值22.01倍" in text
    assert "光通信4条、智算中心2条、卫星互联网1条、量子科技2条" in text
    assert "花旗" not in text and "康宁推出玻璃基光互连技术" in text
    assert "\n" not in text


def test_mixed_directions_get_two_clauses_and_no_news_is_fine() -> None:
    facts = make_facts(make_period(-1.0, -2.125, 0.5, 10)).model_copy(update={"valuation": None})
    text = draft_view(facts, None)
    assert "跑赢沪深300 1.13个百分点".replace(" ", "") in text
    assert "跑输创业板指1.50个百分点" in text
    assert "产业层面" not in text and "PE-TTM" not in text
