from sectorbrief.check import check_text

_TRANSPORT = "2025年9月15日至20日，交通运输行业涨幅{}%，表现优于沪深300指数-0.44%。"


def test_a_signed_figure_after_outperformance_is_the_benchmarks_return() -> None:
    """4d33476b0e (holdout4a, real) and its mutation m4a-05: 0.38 beats -0.44, -0.58 does not."""
    assert check_text(_TRANSPORT.format("0.38")).errors == ()
    findings = check_text(_TRANSPORT.format("-0.58")).errors
    assert [f.kind for f in findings] == ["arithmetic"] and "-0.14" in findings[0].message


def test_an_excess_in_points_or_without_a_sign_is_not_read_as_the_benchmarks_return() -> None:
    assert check_text("本周电子行业下跌1.20%，跑赢沪深300指数0.80个百分点，沪深300下跌2.00%。").errors == ()
    assert check_text("本周电子行业下跌1.20%，跑输大盘-0.50%。").errors == ()
