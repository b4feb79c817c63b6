import datetime as dt

from sectorbrief.narrative.market import comparison_clause, market_text, verdict
from tests.factories import make_facts, make_period

D = dt.date


def test_reference_week_sentences() -> None:
    text = market_text(make_facts())
    assert "沪深300下跌0.54%，创业板指下跌4.16%，申万通信行业指数下跌9.17%" in text.weekly_body
    assert "分别跑输沪深300和创业板指8.64和5.02个百分点" in text.weekly_body
    assert "在申万31个一级行业中排名第31位" in text.weekly_body
    assert text.weekly_headline.startswith("申万通信行业跑输沪深300和创业板指")
    assert "沪深300上涨4.58%，创业板指上涨25.50%，申万通信行业指数上涨54.50%" in text.ytd_body
    assert "分别跑赢沪深300和创业板指49.92和29.01个百分点" in text.ytd_body
    assert "排名第2位" in text.ytd_headline and "2026年初至7月3日" in text.ytd_body
    assert "PE-TTM为34.48倍，高于2023-2025年PE-TTM均值22.01倍" in text.valuation_body


def test_mixed_directions_split_into_two_clauses() -> None:
    excess = {"沪深300": 1.234, "创业板指": -2.345}
    assert comparison_clause(excess) == "跑赢沪深300 1.23个百分点，跑输创业板指2.35个百分点".replace(" ", "")
    assert verdict(excess) == "跑赢沪深300、跑输创业板指"
    assert comparison_clause({"沪深300": 0.001, "创业板指": 3.0}) == "与沪深300持平，跑赢创业板指3.00个百分点"


def test_short_week_names_its_sessions() -> None:
    facts = make_facts()
    facts.periods["weekly"] = make_period(1.0, 0.5, 0.2, 3, [D(2025, 9, 29), D(2025, 9, 30)], D(2025, 9, 26))
    text = market_text(facts)
    assert "仅2个交易日：9月29日、9月30日" in text.weekly_body


def test_valuation_below_mean_and_missing() -> None:
    facts = make_facts()
    assert facts.valuation is not None
    facts.valuation.pe_ttm = 18.0
    assert "低于2023-2025年PE-TTM均值" in market_text(facts).valuation_body
    facts.valuation = None
    assert "不作估值比较" in market_text(facts).valuation_body
