from sectorbrief.check import check_text


def test_a_rise_listed_among_the_largest_falls_of_a_signed_list() -> None:
    text = "今年涨跌情况\n涨幅居前:有色金属(69.59%)通信(50.53%)电子(38.80%)\n跌幅居前:食品饮料(-4.40%)石油石化(2.81%)"
    findings = check_text(text).errors
    assert [f.kind for f in findings] == ["contradiction"] and "石油石化" in findings[0].message


def test_signed_fall_lists_and_lists_written_in_sizes_pass() -> None:
    for text in (
        "跌幅居前:电子(-7.14%)传媒(-6.27%)汽车(-5.99%)",
        "跌幅居前:食品饮料(-5.21%)煤炭(-3.83%)石油石化(-0.22%)",
        "跌幅居前的行业为电子(7.14%)、传媒(6.27%)、汽车(5.99%)。",
    ):
        assert check_text(text).errors == (), text


def test_a_counted_list_may_run_into_risers() -> None:
    """跌幅前五 when only three fell: the last two are the smallest rises, not a slip."""
    text = "跌幅前五的行业为煤炭(-1.20%)、银行(-0.50%)、电力(-0.10%)、石油石化(0.20%)、钢铁(0.30%)。"
    assert check_text(text).errors == ()


def test_an_explicit_rise_in_an_uncounted_fall_list() -> None:
    """8fc7ec1df0 (holdout5a, real) and its mutation m5a-08 (-0.7% printed +0.7%)."""
    text = "三级板块涨跌幅：跌幅居前：医疗研发外包(-4.0%)、化学制剂(-1.7%)、医疗设备({}%)[1][5]"
    assert not check_text(text.format("-0.7")).errors
    errors = check_text(text.format("+0.7")).errors
    assert len(errors) == 1 and "医疗设备(+0.7%)" in errors[0].snippet


_BOARDS = (
    "港股通行业中,27个行业上涨,2个行业下跌,1个基本持平。涨幅居前的有:医药(+11.9%)、综合(+8.0%)、计算机(+7.9%)、"
    "商贸零售(+7.2%)、汽车(+6.8%);{}的有:建材(-0.8%)、房地产(-0.2%)。"
)


def test_a_list_headed_by_its_direction_holds_members_of_that_direction() -> None:
    """219f665987 (holdout7, real): 下跌的有 lists two falls; m78-15 heads them 上涨的有 (one finding for the
    heading); one member signed the other way is reported itself."""
    assert check_text(_BOARDS.format("下跌")).errors == ()
    findings = check_text(_BOARDS.format("上涨")).errors
    assert len(findings) == 1 and "holds only falls" in findings[0].message
    one = check_text("本周下跌的行业有：建材(-0.8%)、房地产(+0.2%)。").errors
    assert len(one) == 1 and "房地产 +0.2%" in one[0].message


def test_a_leading_list_may_mix_signs() -> None:
    """涨幅居前 in a falling week may list a small fall after small rises: not a direction heading."""
    assert check_text("涨幅居前的有：银行(+0.3%)、煤炭(-0.1%)、公用事业(-0.2%)。").errors == ()
