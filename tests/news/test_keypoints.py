from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.news.keypoints import key_point, lead_sentence, numbers_in, section_title
from sectorbrief.news.models import NewsItem


def _item(title: str, body: str) -> NewsItem:
    return NewsItem("k", title, body, "s", dt.date(2026, 7, 1))


def test_title_plus_the_clause_with_the_key_figure() -> None:
    item = _item(
        "磷化铟大厂AXT与Coherent签订3年供应协议",
        "当地时间7月2日，AXT宣布与Coherent签约，Coherent将预付22,288,500美元。",
    )
    assert key_point(item) == "磷化铟大厂AXT与Coherent签订3年供应协议，Coherent将预付22,288,500美元。"


def test_without_title_the_lead_sentence_is_used() -> None:
    item = _item("", "据彭博社报道，Meta正筹划推出云基础设施服务。其一为模型托管。")
    assert lead_sentence(item.body) == "Meta正筹划推出云基础设施服务"
    assert section_title(item) == "Meta正筹划推出云基础设施服务"
    assert key_point(item) == "Meta正筹划推出云基础设施服务。"


def test_long_lead_is_cut_at_a_clause() -> None:
    body = (
        "近日，"
        + "某公司发布公告称" * 3
        + "，拟投资建设智算中心项目，项目位于西部枢纽节点，总规划算力规模较大，预计分三期建设完成。"
    )
    title = section_title(_item("", body))
    assert len(title) <= 40 and body.find(title) > 0


@given(
    st.lists(st.decimals(min_value=0, max_value=10**6, places=2).map(str), min_size=1, max_size=5),
    st.sampled_from(["%", "亿元", "万只", "GW", "倍"]),
)
def test_every_number_in_a_key_point_is_in_the_item(values: list[str], unit: str) -> None:
    body = "，".join(f"指标{n}达到{v}{unit}" for n, v in enumerate(values)) + "。"
    item = _item("某公司发布数据", body)
    point = key_point(item)
    for number in numbers_in(point):
        assert number in item.title + item.body
