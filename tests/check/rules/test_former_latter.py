from sectorbrief.check import check_text

_LEISURE = "该指数8月8日以来震荡反弹，累计涨幅4.97%，同期上证综指涨幅为3.8%，前者{}后者{}个百分点。"


def test_former_and_latter_are_the_two_returns_before_them() -> None:
    """70f89e62b9 (holdout4, real): 4.97 - 3.8 = 1.17."""
    assert check_text(_LEISURE.format("跑赢", "1.17")).errors == ()
    assert len(check_text(_LEISURE.format("跑赢", "1.71")).errors) == 1
    assert len(check_text(_LEISURE.format("跑输", "1.17")).errors) == 1


def test_falls_are_negative() -> None:
    text = "本周板块下跌2.40%，同期沪深300下跌1.10%，前者落后后者1.30个百分点。"
    assert check_text(text).errors == ()
