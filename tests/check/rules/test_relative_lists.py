from sectorbrief.check import check_text

_CONSUMER = (
    "本周(11.1-11.8)中信消费者服务行业涨跌幅、商业贸易行业涨跌幅分别为6.94%、9.93%，相对上证综指，"
    "分别跑赢1.43pct、跑赢4.42pct，相对沪深300 分别跑赢1.44pct、跑赢{}pct，在中信一级行业中排名第12、4。"
)


def test_two_excess_figures_that_imply_two_returns_for_one_benchmark() -> None:
    """616795cd90 (holdout4a, real) and its mutation m4a-10 (4.43 -> 4.83: 5.50 vs 5.10 for 沪深300)."""
    assert check_text(_CONSUMER.format("4.43")).errors == ()
    findings = check_text(_CONSUMER.format("4.83")).errors
    assert [f.kind for f in findings] == ["arithmetic"] and "5.10" in findings[0].message


def test_mixed_words_and_one_decimal_figures_that_agree() -> None:
    """9744d1d323 (holdout4a, real): 跑输 and 跑赢 in one list, one-decimal figures."""
    text = (
        "本周(3.3-3.10)中信消费者服务涨跌幅、商业贸易涨跌幅分别为-5.85%、-3.31%，相对上证综指，分别跑输 2.9pct、"
        "跑输 0.35pct，相对沪深 300分别跑输 1.9pct、跑赢 0.65pct，在中信一级行业中排名第 26、13。"
    )
    assert check_text(text).errors == ()
