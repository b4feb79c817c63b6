"""One wrong return that breaks several excess figures is one finding, not one per excess figure."""

from __future__ import annotations

from sectorbrief.check import check_text

REAL = (  # fxbaogao.com/detail/2922988: 医药生物 下跌2.05% here, 上涨0.15% two clauses later
    "本周医药生物指数下跌2.05%，细分子板块中化学制药表现突出。本周上证综指下跌0.62%，报3560.37，"
    "中小板上涨2.71%，报9887.82，创业板上涨4.08%，报3418.96。医药生物同比上涨0.15%，报11117.03，"
    "表现强于上证0.77个pct，弱于中小板2.56个pct，弱于创业板3.93个pct。"
)


def test_one_wrong_return_is_reported_once_with_the_value_the_excess_figures_imply() -> None:
    errors = check_text(REAL).errors
    assert len(errors) == 1
    assert "医药生物 -2.05%" in errors[0].message and "医药生物 0.15%" in errors[0].message
    assert all(word in errors[0].message for word in ("0.77", "2.56", "3.93"))


def test_two_independent_slips_stay_two_findings() -> None:
    text = "本周电子行业上涨2.00%，沪深300上涨1.00%，创业板指上涨0.50%，跑赢沪深300 1.50个百分点，跑赢创业板指1.00个百分点。"
    errors = check_text(text).errors
    assert len(errors) == 2, errors


def test_a_wrong_benchmark_return_is_folded_too() -> None:
    text = (
        "本周沪深300上涨3.00%。电子行业上涨2.00%，跑赢沪深300 1.00个百分点；"
        "计算机行业上涨1.50%，跑赢沪深300 0.50个百分点。"
    )
    errors = check_text(text).errors
    assert len(errors) == 1 and "沪深300 1.00%" in errors[0].message, errors
