from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from sectorbrief.news import Digest
from sectorbrief.news.keypoints import numbers_in


def test_demo_has_nine_sections_in_taxonomy_order(demo_digest: Digest) -> None:
    themes = [item.theme for item in demo_digest.items]
    assert len(themes) == 9
    assert Counter(themes) == {"光通信": 4, "智算中心": 2, "卫星互联网": 1, "量子科技": 2}
    assert themes == sorted(themes, key=["光通信", "智算中心", "卫星互联网", "量子科技"].index)


def test_items_run_by_date_within_a_theme(demo_digest: Digest) -> None:
    for theme in {item.theme for item in demo_digest.items}:
        dates = [item.published for item in demo_digest.items if item.theme == theme]
        assert dates == sorted(dates)


def test_duplicate_event_is_one_item_citing_both_outlets(demo_digest: Digest) -> None:
    merged = [item for item in demo_digest.items if len(item.ids) > 1]
    assert len(merged) == 1
    assert merged[0].ids == ["demo-05", "demo-06"]
    assert merged[0].sources == ["IT之家", "财联社"]
    assert "（资料来源：IT之家、财联社）" in demo_digest.to_markdown()


def test_non_telecom_items_are_left_out(demo_digest: Digest) -> None:
    assert [e.id for e in demo_digest.excluded] == ["demo-11", "demo-12"]
    text = demo_digest.to_markdown()
    assert "乘用车" not in text and "白酒" not in text


def test_typo_is_normalised_and_reported(demo_digest: Digest) -> None:
    assert len(demo_digest.warnings) == 1
    assert "demo-02" in demo_digest.warnings[0] and "'CP0'" in demo_digest.warnings[0]
    assert demo_digest.provenance()["warnings"] == demo_digest.warnings
    assert "CP0" not in demo_digest.to_markdown()
    assert "CPO（共封装光学）" in "\n".join(demo_digest.items[1].body)


def test_key_point_numbers_are_copied_verbatim(demo_digest: Digest, demo_news: Path) -> None:
    records = {r["id"]: r for r in map(json.loads, demo_news.read_text(encoding="utf-8").splitlines())}
    for item in demo_digest.items:
        source_text = " ".join(records[i]["title"] + records[i]["body"] for i in item.ids)
        for number in numbers_in(item.key_point):
            assert number in source_text, (item.key_point, number)


def test_key_points_and_section_titles_are_formatted(demo_digest: Digest) -> None:
    points = demo_digest.key_points()
    assert points[0].startswith("(1) 光通信: 康宁")
    assert (
        points[1] == "(2) 光通信: 花旗预计2028年全球光互连市场规模将达到920亿美元，未来三年复合增速高达65%。"
    )
    assert all(point.endswith("。") and "\n" not in point for point in points)
    assert demo_digest.section_titles()[6] == "3.7 卫星互联网: 我国成功发射卫星互联网低轨22组卫星"
    markdown = demo_digest.to_markdown()
    assert markdown.count("（资料来源：") == 9
    assert "### 3.9 量子科技: 工信部成立量子信息标准委" in markdown


def test_provenance_counts(demo_digest: Digest) -> None:
    prov = demo_digest.provenance()
    assert prov["news_items"] == 12
    assert prov["digest_items"] == 9
    assert prov["merged"] == {"demo-05": ["demo-05", "demo-06"]}
