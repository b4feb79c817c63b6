"""One ranking, one place: two titles cannot both hold it."""

from __future__ import annotations

import pytest

from sectorbrief.check import check_text

# real: holdout7 c447dc6183 (a box-office weekly, 2018 week 23)
REAL = (
    "上周电影票房排行榜上，单周票房冠军仍然是奇幻喜剧片《超时空同居》。\n"
    "《复仇者联盟3》在结束高考的考生助攻下，环比暴涨113%后反超另两部新片回升至季军，单周票房7441万元，上映月余累计票房23.45亿元。\n"
    "印度女权主题影片《厕所英雄》单周排名第三，上映首周票房为5818万元。\n"
    "喜剧电影《幸福马上来》上映首周斩获4556万元票房，单周排名第四位。另一新片《深海越狱》单周排名第五，首周三天票房4044万元。"
)


def test_two_films_in_third_place_for_one_week_is_an_error() -> None:
    errors = check_text(REAL).errors
    assert len(errors) == 1 and errors[0].kind == "rank"
    assert "季军" in errors[0].message and "排名第三" in errors[0].message


@pytest.mark.parametrize(
    "text",
    [
        "本周票房冠军为《甲》，单周票房1.2亿元。《乙》本周排名第一，票房9000万元。",
        "《甲》本周销量排名第二。《乙》本周销量位列第二位，《丙》本周销量排名第三。",
    ],
)
def test_variants_of_one_place_given_twice_are_errors(text: str) -> None:
    assert [f.kind for f in check_text(text).errors] == ["rank"], text


@pytest.mark.parametrize(
    "text",
    [
        REAL.replace("回升至季军", "回升至亚军"),
        # the same title twice, another period, a tie, a span of places
        "《甲》蝉联单周票房冠军。本周票房冠军仍是《甲》。",
        "《甲》单周票房排名第三。《乙》累计票房排名第三。",
        "《甲》与《乙》并列本周票房第三。",
        "《甲》和《乙》分别占据本周票房第四和五名。",
    ],
)
def test_distinct_places_or_rankings_raise_no_error(text: str) -> None:
    assert not check_text(text).errors, text


# real: holdout7 0e6949f925 (provinces, week 43): places said of the name opening the clause
PROVINCES = (
    "广东是本周全国省市电影票房、场次和人次冠军，票房产出达到1861.54万元。\n"
    "江苏是本周全国省市电影票房、场次和人次亚军，票房产出达到1302.50万元。\n"
    "浙江是本周全国省市电影票房、场次和人次季军，产出票房达到1233.71万元。\n"
    "湖南是本周全国省市票房第八名，票房产出达到614.38万元；第九名上海产出票房532.88万元。"
)


def test_places_of_named_subjects_are_read() -> None:
    assert not check_text(PROVINCES).findings
    errors = check_text(PROVINCES.replace("人次季军", "人次亚军")).errors
    assert len(errors) == 1 and "浙江" in errors[0].message and "江苏" in errors[0].message


def test_what_is_no_number_is_not_a_place() -> None:
    assert not check_text("《甲》本周票房排名第三三。《乙》本周票房排名第三。").findings
