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


# a245b5cbf2 (pool B, real): lists headed by their direction without a colon
HEADED = "交运子板块涨跌互现,上涨的板块有机场(3.56%)、铁路(1.99%)、航空运输(0.05%),下跌的板块有公交(-3.01%)、航运(-2.09%)"
# c046e9b8eb (pool B, real): members and figures before the word said of all of them
BEFORE = (
    "子行业中,零食(0.61%)、肉制品(2.72%)呈上涨态势,啤酒(-7.01%)、保健品(-4.81%)、乳品(-4.35%)、烘焙食品(-4.29%)、"
    "白酒(-3.74%)、软饮料(-2.65%)、调味发酵品(-1.74%)、其他酒类(-1.56%)均呈下跌态势。"
)


def test_real_directed_lists_in_both_orders_pass() -> None:
    assert not check_text(HEADED).errors and not check_text(BEFORE).errors


def test_unsigned_rises_under_a_fall_heading_are_an_error_where_falls_carry_a_sign() -> None:
    errors = check_text(HEADED.replace("上涨的板块有", "下跌的板块有")).errors
    assert len(errors) == 1 and "the list under 下跌的 holds only rises (机场 3.56%" in errors[0].message


def test_a_member_before_the_word_going_the_other_way_is_an_error() -> None:
    errors = check_text(BEFORE.replace("呈上涨态势", "呈下跌态势")).errors
    assert len(errors) == 1
    assert (
        "「零食(0.61%)、肉制品(2.72%)呈下跌」 says every one listed fell, but 「零食(0.61%)」"
        in errors[0].message
    )
    errors = check_text(BEFORE.replace("均呈下跌态势", "均呈上涨态势")).errors
    assert (
        len(errors) == 1
        and "says every one listed rose, but 「啤酒(-7.01%)」 among them fell" in errors[0].message
    )


def test_unsigned_members_where_no_fall_is_signed_are_sizes() -> None:
    assert not check_text("零食(0.61%)、肉制品(2.72%)呈下跌态势。").errors
