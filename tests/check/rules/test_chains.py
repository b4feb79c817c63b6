from sectorbrief.check import check_text

_PAPER = (
    "分子行业看，各板块表现造纸>包装印刷>家用轻工，其中造纸板块收于2623.47点，上涨1.50%；"
    "包装印刷板块收于2799.43点，上涨{}%，家用轻工收于2381.61点，上涨0.76%。"
)


def test_a_chain_with_the_figures_given_later_in_the_sentence() -> None:
    """c0ee7fe73d (holdout4a, real) and its mutation m4a-04: 包装印刷 1.11% keeps the order, 1.71% breaks it."""
    assert check_text(_PAPER.format("1.11")).errors == ()
    findings = check_text(_PAPER.format("1.71")).errors
    assert [f.kind for f in findings] == ["rank"] and "造纸 > 包装印刷" in findings[0].message


def test_a_chain_followed_by_its_figures() -> None:
    """616795cd90 (holdout4a, real): both chains keep their order; swapping two figures breaks one."""
    text = (
        "社会服务：餐饮板块涨跌幅第一(+12.39%)，免税>景区>出境游>酒店，涨跌幅分别为+10.95%、+10.44%、+7.76%、+4.21%。\n"
        "商贸零售：专业市场经营板块涨跌幅第一(+15.69%)，一般零售>电商及服务>专营连锁>贸易，涨跌幅分别为{}。"
    )
    assert check_text(text.format("+12.31%、+11.96%、+5.80%、+5.61%")).errors == ()
    findings = check_text(text.format("+12.31%、+5.80%、+11.96%、+5.61%")).errors
    assert len(findings) == 1 and "电商及服务" in findings[0].message


def test_a_chain_that_is_not_about_returns_is_not_read() -> None:
    assert check_text("估值分位：白酒>啤酒>调味品，其中白酒上涨1.20%，啤酒上涨3.40%。").errors == ()


def test_a_chain_whose_names_carry_their_own_figures() -> None:
    """8354e6b3ce (holdout5a, real) orders express companies by volume growth; its mutation m5a-03 puts
    圆通 above 申通. a16c9a39de (holdout5b, real) orders SW level-3 boards with signs and long names."""
    text = "5月快递业务量同比增速，韵达(32.7%)>申通 (29.5%)>圆通({}%)>行业(23.8%)>顺丰(21.9%，剔除丰网)。"
    assert not check_text(text.format("27.6")).errors
    errors = check_text(text.format("30.6")).errors
    assert len(errors) == 1 and "申通 > 圆通" in errors[0].message
    ok = (
        "涨跌幅依次为：SW通信应用增值服务(+11.59%)> SW通信线缆及配套(+3.46%)> SW通信网络设备及器件(+2.02%)> "
        "SW其他通信设备(+0.77%)> SW通信工程及服务(-1.25%)> SW通信终端及配件(-1.64%)。"
    )
    assert not check_text(ok).errors


def test_a_chain_whose_figures_follow_the_index_standing_for_each_name() -> None:
    """219f665987 (holdout7, real): 小盘(恒生小型股 +3.6%)>大盘(恒生大型股+3.3%)>中盘(恒生中型股+3.2%) is in order;
    its mutation m78-37 (中盘 +3.4%) is not."""
    text = "风格方面,小盘(恒生小型股 +3.6%)>大盘(恒生大型股+3.3%)>中盘(恒生中型股+{}%)。"
    assert check_text(text.format("3.2")).errors == ()
    findings = check_text(text.format("3.4")).errors
    assert [f.kind for f in findings] == ["rank"] and "大盘 > 中盘" in findings[0].message
