"""Counts of rising and falling stocks against the shares and ratios stated beside them."""

from __future__ import annotations

from sectorbrief.check import check_text

# real, consistent (holdout2 32edf92016, holdout5b e465edc6b8, holdout5c 97c17bcb6e, holdout6 243b1a2fad)
CONSISTENT = (
    "可交易A股中，上涨的有3934只，占比73.04%，下跌的1384只。",
    "从个股看，传媒(中信)板块的38只个股中，昨日飘红者共计22只，占比达58%，其中，天舟文化、华谊嘉信封死涨停板；"
    "昨日下跌的有14只个股，占比为37%，跌幅首位为东方财富，下跌了2.68%。",
    "鲁股表现同样不佳，135只正常交易的鲁股中，仅有23只上涨，占比仅为17%，其中山东华鹏、银座股份和金雷风电三只股票涨停；"
    "112只鲁股下跌，占比达83%，积成电子、新能泰山和科达股份领跌，跌幅超过8%。",
    "不含当日上市新股，可交易A股中，上涨的有2875只，占比61.43%，其中，上午收盘涨停的有53只，下跌的有1596只，上午跌停的有13只。",
)


def test_consistent_real_counts_check_clean() -> None:
    for text in CONSISTENT:
        assert not check_text(text).errors, text


def test_a_share_of_a_stated_total_must_be_the_count_over_it() -> None:
    """85cf21e1c8 (holdout6, real): 217 of 2320 is 9.35%, not 6.5%."""
    text = "据羊城晚报记者统计，两市2320家上市公司中，仅有217只个股上涨，占比仅6.5%，其余多数下跌，少数停牌。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "9.35%" in errors[0].message and "6.5%" in errors[0].snippet
    assert not check_text(text.replace("6.5%", "9.4%")).errors
    assert not check_text(text.replace("占比仅6.5%", "占比不足10%")).errors
    assert len(check_text(text.replace("占比仅6.5%", "占比超10%")).errors) == 1
    variant = "传媒(中信)板块的38只个股中，昨日飘红者共计22只，占比达68%。"
    assert len(check_text(variant).errors) == 1


def test_a_share_without_a_total_is_bounded_by_the_counts_of_the_sentence() -> None:
    """2f3b8198c7 (holdout6, real): 4596 of at least 4596 + 588 stocks is at most 88.7%, not 超90%."""
    text = "全市场4596只个股下跌，占比超90%，仅588家上涨。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "88.66%" in errors[0].message
    assert not check_text(text.replace("超90%", "超85%")).errors
    assert not check_text(text.replace("超90%", "近90%")).errors  # 近 allows a twentieth more
    assert len(check_text("两市上涨的有3934只，占比83.04%，下跌的1384只。").errors) == 1


def test_counts_of_other_populations_or_subsets_bound_nothing() -> None:
    # 认购证 and 认沽证 are two populations (holdout5c f7ae3f4364's form); counts of a subset or of limit moves
    assert not check_text("认购证有5602只下跌，占90.43%；认沽证则有1363只上升，占19.57%。").errors
    assert not check_text("全市场120只个股上涨超过5%，占比超90%，588家下跌。").errors
    assert not check_text("全市场70只个股涨停，占比超90%，10只跌停。").errors
    assert not check_text("上证50成分股中40只上涨，占比80%，创业板300只下跌。").errors


def test_a_rise_fall_ratio_must_match_the_counts() -> None:
    """2f3b8198c7 (holdout6, real): 588:4596 is 1:7.82, not 1:7.95."""
    text = "全市场4596只个股下跌，仅588家上涨，涨跌比达到1:7.95的极端水平。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "1:7.82" in errors[0].message
    assert not check_text(text.replace("1:7.95", "1:7.82")).errors
    assert not check_text(text.replace("涨跌比达到1:7.95", "跌涨比达到7.82:1")).errors
    assert len(check_text(text.replace("涨跌比达到1:7.95", "涨跌比为588:4796")).errors) == 1
    assert not check_text("两市上涨个股2284只，下跌个股2714只，涨跌比约为1:1.2。").errors
    # two counts of one direction: which one the ratio uses is unknown
    assert not check_text("沪市上涨个股984只，深市上涨个股1300只，两市下跌个股2714只，涨跌比为1:1.5。").errors


def test_rough_counts_and_counts_of_another_population_are_not_read() -> None:
    # 超4000只 may be 4600: a bound computed from it would be a guess
    assert not check_text("全市场超4000只个股下跌，占比超90%，仅500只上涨。").errors
    assert not check_text("全市场近4000只个股下跌，涨跌比为1:9，仅400只上涨。").errors
    # the 800 risers of 创业板 are not a count of the 5000 stocks
    assert not check_text("全市场5000只个股中，上涨3000只；创业板上涨800只，占比61.5%。").errors
