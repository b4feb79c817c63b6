"""Lists said to be in order of return must be in that order; unclaimed lists are not checked."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

SORTED = (  # real: f182a78a8f (holdout3, second list) and 4ebabc7739
    "子行业中，按区间涨跌幅排序，光伏发电+21.5%、电能综合服务+11.8%、热力服务+10.3%、风力发电+9.9%、"
    "燃气+6.7%、水力发电-4.5%、火力发电-6.7%。",
    "子板块涨跌幅，涨幅前五的为：磷肥及磷化工：6.26%；钛白粉：4.23%；油品石化贸易：4.23%；复合肥：3.42%；涤纶：3.07%。",
    "涨幅前三的行业为电子、计算机、通信，涨幅分别为5.1%、4.2%、3.3%。",
    "跌幅居前的行业依次为煤炭(-5.2%)、钢铁(-4.1%)、有色金属(-3.0%)。",
)


def test_lists_in_their_claimed_order_check_clean() -> None:
    for text in SORTED:
        assert not check_text(text).errors, text


def test_a_list_out_of_its_claimed_order_is_an_error() -> None:
    text = "按区间涨跌幅排序，水力发电+17.90%、电能综合服务+14.31%、火力发电+12.41%、燃气+1.05%、风力发电+2.56%。"
    errors = check_text(text).errors
    assert len(errors) == 1 and "风力发电 +2.56%" in errors[0].message
    assert len(check_text("涨幅前三的行业为电子、计算机、通信，涨幅分别为5.1%、4.2%、4.3%。").errors) == 1
    assert len(check_text("跌幅居前的行业依次为煤炭(-5.2%)、钢铁(-6.1%)、有色金属(-3.0%)。").errors) == 1


def test_a_list_without_an_order_claim_is_not_checked() -> None:
    assert not check_text("细分板块中，燃气+1.05%、风力发电+2.56%、水力发电+17.90%。").errors
    text = "涨幅前三名的是热电(1.35%)、新能源发电(1.10%)、水务(0.81%)；跌幅后三名的是燃机发电(-1.06%)、火电(-0.31%)。"
    assert not check_text(text).errors


def test_an_order_claim_without_a_direction_accepts_either_direction() -> None:
    text = "跌幅前五个股为会稽山(-6.32%)、安记食品(-7.05%)、均瑶生物(-7.23%)、金字火腿(-9.42%)、佳禾食品(-10.14%)。"
    assert not check_text(text).errors
    assert len(check_text(text.replace("(-7.23%)", "(-5.23%)")).errors) == 1
    text = "本周子板块按涨幅由高到低排序，造纸+3.0%、家具+1.2%、包装印刷+2.1%、文娱用品-2.6%。"
    assert len(check_text(text).errors) == 1
    assert len(check_text("按涨幅由高到低排序，造纸-2.6%、家具+1.2%、包装印刷+2.1%。").errors) == 1


def test_names_and_figures_joined_by_slashes() -> None:
    """7635208dc2 (holdout4b, real) and its mutation m4b-10 (汽车 and 通信 swapped)."""
    text = (
        "板块周表现：本周(2023/06/19-2023/06/21)，涨幅排名前五的板块分别为国防军工/汽车/通信/公用事业/机械设备，"
        "分别上涨：{}；"
    )
    assert check_text(text.format("2.8%/0.7%/0.3%/0.1%/0.0%")).errors == ()
    assert len(check_text(text.format("2.8%/0.3%/0.7%/0.1%/0.0%")).errors) == 1


def test_a_counted_best_or_worst_list_is_in_order() -> None:
    """d1632b5673 / 0a02f1fdea (holdout7, real): 表现最好的三个行业 and 表现最差的三个行业 are written in order;
    their mutations m78-32 (电力设备及新能源 9.8%) and m78-33 (石油石化 -3.6%) are not."""
    best = "本周收益率表现最好的三个行业是电子(9.3%)、电力设备及新能源({}%)、国防军工(7.8%)。"
    worst = "收益率表现最差的三个行业是银行(-3.2%)、石油石化({}%)、煤炭(-1.8%)。"
    assert check_text(best.format("8.8")).errors == () and check_text(worst.format("-2.6")).errors == ()
    assert "电力设备及新能源 9.8%" in check_text(best.format("9.8")).errors[0].message
    assert [f.kind for f in check_text(worst.format("-3.6")).errors] == ["rank"]


def test_a_best_list_without_a_count_is_not_an_order_claim() -> None:
    """表现最好的是 names one; 表现较好的有 lists without claiming an order."""
    assert check_text("表现较好的有电子(1.3%)、通信(2.8%)、传媒(0.7%)。").errors == ()


def test_a_bottom_list_named_in_order_then_its_falls() -> None:
    """0783e6621a (holdout8, real): 涨跌幅排名靠后的五个行业依次为…，其年度跌幅分别为… falls in order; its mutation
    m78-34 (电子 41.38 -> 41.83) does not."""
    text = (
        "2011年,涨跌幅排名靠后的五个行业依次为电气设备、有色金属、电子、机械设备、计算机,"
        "其年度跌幅分别为42.53%、41.81%、{}%、36.28%、34.46%。"
    )
    assert check_text(text.format("41.38")).errors == ()
    findings = check_text(text.format("41.83")).errors
    assert len(findings) == 1 and "larger fall" in findings[0].message and "41.83%" in findings[0].message


def test_a_stated_order_of_items_joined_by_arrows() -> None:
    """8cf4660fb3 (holdout7, real): 由大到小依次排序为 华东-0.12→东北-0.14→… is in order; m78-40 (西南 -0.19
    after 华南 -0.22) is not; figures without % are read when the items are joined by arrows."""
    text = "各个地区本周平均涨跌幅度由大到小依次排序为:华东-0.12→东北-0.14→华中-0.20→华南-0.22→西南{}→华北-0.34。"
    assert check_text(text.format("-0.29")).errors == ()
    findings = check_text(text.format("-0.19")).errors
    assert len(findings) == 1 and "西南 -0.19%" in findings[0].message


def test_names_then_their_place_then_their_figures() -> None:
    """c21: 甲、乙、丙涨幅居前，分别为 … names the list before saying it leads (holdout9's 38d891fc25 shape)."""
    text = "细分板块里，光伏设备、风电设备和电网设备涨幅居前，分别为{}；煤炭、钢铁、建材跌幅居前，分别为{}。"
    assert check_text(text.format("4.20%、2.75%、1.30%", "-3.90%、-2.10%、-1.45%")).errors == ()
    errors = check_text(text.format("4.20%、1.30%、2.75%", "-3.90%、-2.10%、-1.45%")).errors
    assert len(errors) == 1 and "电网设备 2.75%" in errors[0].message
    errors = check_text(text.format("4.20%、2.75%、1.30%", "-3.90%、-1.45%、-2.10%")).errors
    assert len(errors) == 1 and "建材 -2.10%" in errors[0].message
    # two names are not a ranking to check; a list without 居前 is not a claim
    assert check_text("光伏设备、风电设备涨幅居前，分别为1.30%、4.20%。").errors == ()
    assert check_text("光伏设备、风电设备、电网设备均上涨，分别为1.30%、4.20%、2.75%。").errors == ()


def test_a_list_headed_by_its_place_with_a_colon() -> None:
    """c21: 涨幅居前的有：/ 领涨板块：/ 涨幅前五个股：lists, items joined by 、 or only by spaces after brackets."""
    assert check_text("领涨行业：传媒(+6.1%)、计算机(+5.4%)、电子(+3.0%)。").errors == ()
    assert len(check_text("领涨行业：传媒(+6.1%)、计算机(+5.4%)、电子(+5.9%)。").errors) == 1
    spaced = "- 涨幅前四个股：甲科技(+22.0%) 乙材料(+{}%) 丙电气(+9.5%) 丁股份(+8.8%) [3]"
    assert check_text(spaced.format("14.2")).errors == ()
    assert "乙材料 +7.2%" in check_text(spaced.format("7.2")).errors[0].message
    glued = "跌幅居前：地产(-3.3%)建筑(-2.9%)银行({}%)"
    assert check_text(glued.format("-1.1")).errors == ()
    assert len(check_text(glued.format("-3.6")).errors) == 1
    # 涨幅靠前的包括 … only includes: it claims no order
    assert check_text("涨幅靠前的包括甲银行(+9.3%)、乙银行(+4.1%)、丙银行(+4.6%)。").errors == ()


@given(st.lists(st.integers(1, 999), min_size=3, max_size=6, unique=True))
def test_a_placed_list_is_clean_sorted_and_an_error_with_its_top_two_swapped(values: list[int]) -> None:
    names = ["电子", "通信", "传媒", "军工", "汽车", "机械"][: len(values)]
    ranked = sorted(values, reverse=True)

    def text(figures: list[int]) -> str:
        listed = "、".join(f"{v / 100:.2f}%" for v in figures)
        return f"本周{'、'.join(names)}涨幅居前，分别为{listed}。"

    assert check_text(text(ranked)).errors == ()
    swapped = [ranked[1], ranked[0], *ranked[2:]]
    assert len(check_text(text(swapped)).errors) == 1


def test_a_top_list_of_indices_under_its_heading() -> None:
    """c21: 行业指数前三：甲(a%)，乙(b%)，丙(c%) lists the best three; it must be in order."""
    text = "二级行业指数前三：中证光伏(+2.10%)，中证风电({}%)，中证储能(-0.45%)；"
    assert check_text(text.format("+0.35")).errors == ()
    assert "中证风电 +2.35%" in check_text(text.format("+2.35")).errors[0].message
    # a count without a colon and a list is not a top list
    assert check_text("本周指数前三个交易日上涨，光伏(+2.10%)，风电(+2.35%)，储能(-0.45%)。").errors == ()


def test_names_placed_in_other_words_then_their_figures() -> None:
    """c24: 收益排名靠前 / 较为靠后, 领涨 (涨幅分别为), 涨幅列前三 between the names and their 分别 figures."""
    best = "申万一级行业中，甲行业、乙行业和丙行业的收益排名靠前，分别为 {}；丁、戊和己收益排名较为靠后，分别为 {}。"
    assert check_text(best.format("5.10%、4.30%和 2.20%", "-6.80%、-5.90%和 -4.40%")).errors == ()
    errors = check_text(best.format("4.10%、4.30%和 2.20%", "-6.80%、-5.90%和 -4.40%")).errors
    assert len(errors) == 1 and "乙行业 4.30%" in errors[0].message
    errors = check_text(best.format("5.10%、4.30%和 2.20%", "-6.80%、-4.90%和 -5.40%")).errors
    assert len(errors) == 1 and "戊 -4.90%" in errors[0].message
    lead = "个股方面，甲股份、乙科技、丙电子、丁材料领涨，涨幅分别为12.50%、9.90%、{}%、7.10%。"
    assert check_text(lead.format("8.30")).errors == ()
    assert "丁材料 7.10%" in check_text(lead.format("6.30")).errors[0].message
    three = "细分板块中，数字媒体、出版、广告营销涨幅列前三，分别为3.90%、{}%、2.80%。"
    assert check_text(three.format("3.10")).errors == ()
    assert len(check_text(three.format("2.10")).errors) == 1
    # the names must be as many as the figures, and three or more
    assert check_text("甲、乙领涨，涨幅分别为2.10%、4.20%。").errors == ()
    assert check_text("甲、乙和丙收益排名靠前，分别为2.10%、4.20%。").errors == ()


def test_names_and_figures_then_their_place() -> None:
    """c24: 甲、乙、丙指数上涨幅度分别为 a%、b%、c%，涨幅相对居前: the place follows the figures."""
    text = "三级行业中，甲设备、乙机械、丙零部件指数上涨幅度分别为21.40%、{}%、15.20%，涨幅相对居前。"
    assert check_text(text.format("18.60")).errors == ()
    assert "丙零部件 15.20%" in check_text(text.format("12.60")).errors[0].message
    # 分别 figures with no place after them claim no order
    assert check_text("甲设备、乙机械、丙零部件指数分别上涨21.40%、12.60%、15.20%，表现分化。").errors == ()


def test_a_counted_top_list_of_stocks_and_a_descending_list_with_yici() -> None:
    """c24: 涨幅最高的前五名分别为 … (名, not 个行业) and 涨幅从高到低依次为 (依次 without 排序)."""
    top = "个股中，涨幅最高的前三名分别为甲股份(46.1%)、乙科技({}%)和丙传媒(22.7%)。"
    assert check_text(top.format("31.5")).errors == ()
    assert "丙传媒 22.7%" in check_text(top.format("21.5")).errors[0].message
    down = "子板块涨幅从高到低依次为：甲板块(+5.11%)、乙板块({}%)、丙板块(-0.42%)。"
    assert check_text(down.format("+1.20")).errors == ()
    assert len(check_text(down.format("-0.70")).errors) == 1


@given(st.lists(st.integers(1, 999), min_size=3, max_size=6, unique=True))
def test_a_list_placed_after_its_figures_is_clean_sorted_and_an_error_out_of_order(values: list[int]) -> None:
    names = ["甲设备", "乙机械", "丙材料", "丁电子", "戊化工", "己传媒"][: len(values)]
    ranked = sorted(values, reverse=True)

    def text(figures: list[int]) -> str:
        listed = "、".join(f"{v / 100:.2f}%" for v in figures)
        return f"本月{'、'.join(names)}涨幅分别为{listed}，涨幅居前。"

    assert check_text(text(ranked)).errors == ()
    assert check_text(text(ranked[::-1])).errors == ()  # smallest first is an order too
    middle = [ranked[0], ranked[-1], *ranked[1:-1]]  # the smallest second: not monotone
    assert len(check_text(text(middle)).errors) == 1


def test_names_in_order_then_their_moves_in_the_clauses_after() -> None:
    """c24: 按涨幅由大到小排名依次为：甲、乙、丙和丁，其中甲上涨a%，乙、丙和丁分别下跌b%、c%和d%."""
    text = "本月四个子行业按涨幅由大到小排名依次为：甲材料、乙设备、丙服务和丁制造，其中甲材料板块上涨2.40%，乙设备、丙服务和丁制造板块分别下跌{}。"
    assert check_text(text.format("0.35%、1.20%和3.05%")).errors == ()
    errors = check_text(text.format("1.35%、1.20%和3.05%")).errors
    assert len(errors) == 1 and "丙服务 -1.20%" in errors[0].message
    # a name without its move, or a move of a name not listed, leaves the list unread
    assert check_text("按涨幅由大到小排名依次为：甲、乙、丙，其中甲上涨2.40%，乙下跌3.20%。").errors == ()
    assert (
        check_text(
            "按涨幅由大到小排名依次为：甲、乙、丙，其中甲上涨2.40%，丁下跌0.20%，乙下跌3.20%，丙下跌1.00%。"
        ).errors
        == ()
    )


@given(st.lists(st.integers(-999, 999), min_size=3, max_size=5, unique=True))
def test_names_in_order_then_their_moves_check_as_the_moves_are_sorted(values: list[int]) -> None:
    names = ["甲材料", "乙设备", "丙服务", "丁制造", "戊化工"][: len(values)]

    def move(name: str, value: int) -> str:
        return f"{name}{'上涨' if value >= 0 else '下跌'}{abs(value) / 100:.2f}%"

    moves = "，".join(move(n, v) for n, v in zip(names, values, strict=True))
    text = f"本周子行业按涨幅由大到小排名依次为：{'、'.join(names)}，其中{moves}。"
    in_order = values == sorted(values, reverse=True)
    assert (check_text(text).errors == ()) == in_order


def test_names_joined_by_he_then_their_figures_after_a_counted_top_claim() -> None:
    """甲、乙和丙: the last name joined by 和 (or 及/与) is a name of its own, so three names meet three figures."""
    clean = "上周涨幅排名前三位的板块分别是军工、汽车和机械，涨幅分别为4.40%、3.90%和2.15%。"
    assert not check_text(clean).errors
    swapped = "上周涨幅排名前三位的板块分别是军工、汽车和机械，涨幅分别为3.90%、4.40%和2.15%。"
    errors = check_text(swapped).errors
    assert len(errors) == 1 and "汽车 4.40%" in errors[0].message
    moves = "涨幅前三位是SW家电、SW轻工与SW纺服，分别上涨2.20%、3.30%和1.10%。"
    assert len(check_text(moves).errors) == 1


def test_figures_given_by_a_size_word_without_fenbie() -> None:
    """跌幅居前的是甲、乙和丙，幅度为…: 幅度为 (or 跌幅为) gives the listed names their figures in turn."""
    assert not check_text("本月跌幅居前的是地产、建材和钢铁，幅度为6.05%、4.50%和4.45%。").errors
    errors = check_text("本月跌幅居前的是地产、建材和钢铁，幅度为4.50%、6.05%和4.45%。").errors
    assert len(errors) == 1 and "建材 6.05%" in errors[0].message
    # two names: nothing to order against a third, so no claim is checked
    assert not check_text("本月跌幅居前的是地产、建材，幅度为4.50%、6.05%。").errors


def test_a_counted_place_without_a_size_word_then_fenbie_moves() -> None:
    """甲、乙、丙位列前三位，分别上涨…: the place (位列/位居/名列前N) needs the moves given by 分别 right after."""
    assert not check_text("二级行业中游戏、出版、影视位列前三位，分别上涨6.34%、2.70%、1.35%。").errors
    errors = check_text("二级行业中游戏、出版、影视位列前三位，分别上涨2.70%、6.34%、1.35%。").errors
    assert len(errors) == 1 and "出版 6.34%" in errors[0].message and "游戏 2.70%" in errors[0].message
    # no 分别 figures after the place: not read
    assert not check_text("游戏、出版、影视位列前三位，游戏上涨2.70%，出版上涨6.34%，影视上涨1.35%。").errors


def test_a_stated_direction_with_fenbie() -> None:
    """涨跌幅由高到低分别为：… is a stated descending order like 由高到低依次为."""
    assert not check_text("各板块涨跌幅由高到低分别为：港口(6.80%)、航运(2.82%)、物流(1.13%)。").errors
    errors = check_text("各板块涨跌幅由高到低分别为：港口(2.80%)、航运(6.82%)、物流(1.13%)。").errors
    assert len(errors) == 1 and "航运 6.82%" in errors[0].message


@given(
    st.lists(st.integers(1, 999), min_size=3, max_size=5, unique=True),
    st.sampled_from(["和", "及", "与", "、"]),
)
def test_a_counted_top_list_joined_by_any_word_checks_as_its_figures_are_sorted(
    values: list[int], join: str
) -> None:
    names = ["煤炭", "电力", "钢铁", "化工", "石油"][: len(values)]
    listed = "、".join(names[:-1]) + join + names[-1]
    figures = "、".join(f"{v / 100:.2f}%" for v in values)
    text = f"本周涨幅排名前{len(values)}位的行业分别是{listed}，涨幅分别为{figures}。"
    in_order = values == sorted(values) or values == sorted(values, reverse=True)
    assert bool(check_text(text).errors) is not in_order


def test_bracketed_items_then_their_place() -> None:
    """甲(a%)、乙(b%)、丙(c%)涨幅居前: the items end right at their place; three or more are a list in order."""
    assert not check_text("个股方面，东升药业(5.15%)、西岭药业(4.97%)、南山药业(2.90%)涨幅居前。").errors
    errors = check_text("个股方面，东升药业(4.15%)、西岭药业(4.97%)、南山药业(2.90%)涨幅居前。").errors
    assert len(errors) == 1 and "西岭药业 4.97%" in errors[0].message
    # two items, or items that do not reach the place word, are not read
    assert not check_text("个股方面，东升药业(4.15%)和西岭药业(4.97%)涨幅居前。").errors
    assert not check_text("东升药业(4.15%)、西岭药业(4.97%)、南山药业(2.90%)，医药整体涨幅居前。").errors


def test_names_given_their_figures_with_fenbie_yi_then_their_place() -> None:
    """甲、乙和丙分别以a%、b%和c%的涨幅领涨: the names in the order of the figures."""
    assert not check_text("能源、材料和金融板块分别以3.64%、2.31%和1.26%的涨幅领涨。").errors
    errors = check_text("能源、材料和金融板块分别以2.31%、3.64%和1.26%的涨幅领涨。").errors
    assert len(errors) == 1 and "材料" in errors[0].message and "3.64%" in errors[0].message


def test_items_with_a_move_word_or_a_place_inside_them() -> None:
    """云南某业(周涨幅22.6%) and 第二名，某类7.87%: the move word and the place are not part of the name or figure;
    a fall's figure in the bracket is negative."""
    listed = "领涨个股为：东方铝业(周涨幅{}%)、北方锡业(+21.3%)和南方钨业(+20.1%)。"
    assert not check_text(listed.format("22.6")).errors
    errors = check_text(listed.format("20.6")).errors
    assert (
        len(errors) == 1 and "北方锡业 +21.3%" in errors[0].message and "东方铝业 20.6%" in errors[0].message
    )
    turnover = "本周成交量周转率前三名产业为，第一名，甲类{}%，第二名，乙类7.87%，第三名，丙类6.89%。"
    assert not check_text(turnover.format("16.70")).errors
    errors = check_text(turnover.format("6.70")).errors
    assert len(errors) == 1 and "乙类 7.87%" in errors[0].message and "a larger figure" in errors[0].message
    falls = "跌幅居前：东方制药(跌{}%)、北方制药(跌4.17%)、南方制药(跌3.20%)。"
    assert not check_text(falls.format("7.00")).errors
    assert len(check_text(falls.format("3.00")).errors) == 1


def test_a_list_that_includes_its_leaders_is_not_an_order_claim() -> None:
    """涨幅居前的个股包括… / 领涨个股包括…: among the leaders, in no stated order."""
    assert not check_text(
        "涨幅居前的个股包括东方股份(涨0.78%)、西方股份(涨1.96%)、南方股份(涨0.72%)。"
    ).errors
    assert not check_text("领涨个股包括东方铝业(周涨幅20.6%)、北方锡业(+21.3%)和南方钨业(+20.1%)。").errors


def test_a_top_list_of_another_measure_in_percent() -> None:
    """周转率前3名产业依序为甲a%、乙b%、丙c%: a top list from the largest down, whatever it measures."""
    text = "本周成交量周转率前3名产业依序为航运类{}%、化工类21.68%、光电类7.28%。"
    assert not check_text(text.format("23.23")).errors
    errors = check_text(text.format("20.23")).errors
    assert len(errors) == 1 and "化工类 21.68%" in errors[0].message


@given(st.lists(st.integers(1, 999), min_size=3, max_size=5, unique=True))
def test_bracketed_items_before_their_place_check_as_their_figures_are_sorted(values: list[int]) -> None:
    names = ["东升药业", "西岭药业", "南山药业", "北海药业", "中原药业"][: len(values)]
    items = "、".join(f"{n}({v / 100:.2f}%)" for n, v in zip(names, values, strict=True))
    in_order = values == sorted(values) or values == sorted(values, reverse=True)
    assert bool(check_text(f"个股方面，{items}涨幅居前。").errors) is not in_order


def test_a_special_treatment_stock_keeps_its_place_in_a_list() -> None:
    """*ST南尚(-5.41%): the leading * is part of the name, so the list goes on past it."""
    text = "跌幅前五：东才股份(-15.37%)、西芝股份(-7.26%)、*ST南尚({}%)、北易日盛(-4.1%)、中海发展(-3.2%)。"
    assert not check_text(text.format("-5.41")).errors
    errors = check_text(text.format("-8.41")).errors
    assert len(errors) == 1 and "*ST南尚 -8.41%" in errors[0].message


def test_a_bracketed_aside_before_yici() -> None:
    """涨跌幅排名靠后的五个行业(以下简称行业)依次为…: the aside does not break the claim."""
    text = "2011年，涨跌幅排名靠后的三个行业(以下简称行业)依次为电气设备、有色金属、电子，其年度跌幅分别为{}%、42.01%、40.88%。"
    assert not check_text(text.format("47.30")).errors
    errors = check_text(text.format("41.30")).errors
    assert len(errors) == 1 and "有色金属 42.01%" in errors[0].message


def test_a_place_said_within_a_named_ranking_then_fenbie_da() -> None:
    """甲、乙和丙涨幅在公用事业中排名前三，涨幅分别达…: where the ranking is stands between the size and the place."""
    text = "本周东方能源、南京公用和北新能源涨幅在公用事业中排名前三，涨幅分别达{}%、25.20%和21.15%。"
    assert not check_text(text.format("53.91")).errors
    errors = check_text(text.format("23.91")).errors
    assert len(errors) == 1 and "南京公用 25.20%" in errors[0].message
    # a longer count word before 依次 (的五个申万一级行业) still heads the list
    bottom = "2008年，涨跌幅排名靠后的三个申万一级行业依次为有色金属、国防军工、钢铁，其年度跌幅分别为77.30%、72.01%、{}%。"
    assert not check_text(bottom.format("70.88")).errors
    assert len(check_text(bottom.format("73.88")).errors) == 1


def test_bracketed_items_then_a_counted_place() -> None:
    """甲(a%)、…、戊(e%)涨幅排名前五 / 涨幅位列前三: the items end at a counted place, a list in order (m21-20's shape)."""
    text = "细分领域中，光学元件(+{}%)、被动元件(+4.10%)、面板(+2.95%)涨幅位列前三。"
    assert not check_text(text.format("5.20")).errors
    errors = check_text(text.format("3.20")).errors
    assert len(errors) == 1 and "被动元件 +4.10%" in errors[0].message
    # a place that opens another phrase (前三的行业中) is not the items' place
    assert not check_text(
        "光学元件(+3.20%)、被动元件(+4.10%)、面板(+2.95%)涨幅排名前三的行业中，电子最多。"
    ).errors


def test_an_uncounted_best_or_worst_list_said_in_order() -> None:
    """表现最差蓝筹，依次为甲(code)跌a%、…: the order is stated with 依次, a worst list by the size of the falls;
    the move word after a stock's code is neither the name nor lost from the figure's sign (m21-40's shape)."""
    worst = (
        "本季表现最差的成分股，依次为东方电子(00123)跌{}%、西部矿业(00456)跌15.2%、南方航空(00789)跌12.8%。"
    )
    assert not check_text(worst.format("19.6")).errors
    errors = check_text(worst.format("11.6")).errors
    assert len(errors) == 1 and "西部矿业(00456) -15.2%" in errors[0].message and "fall" in errors[0].message
    best = (
        "本季表现最佳的成分股，依次为东方电子(00123)升{}%、西部矿业(00456)升15.2%、南方航空(00789)升12.8%。"
    )
    assert not check_text(best.format("19.6")).errors
    assert len(check_text(best.format("11.6")).errors) == 1
    # without 依次 a best list names its members in no stated order
    assert not check_text(
        "本季表现最佳的成分股为东方电子(00123)升11.6%、西部矿业(00456)升15.2%、南方航空(00789)升12.8%。"
    ).errors


@given(st.lists(st.integers(1, 3000), min_size=3, max_size=5, unique=True))
def test_a_worst_list_said_in_order_checks_as_its_falls_are_sorted(values: list[int]) -> None:
    names = ["东方电子", "西部矿业", "南方航空", "北方稀土", "中原高速"][: len(values)]
    items = "、".join(
        f"{n}(0{i}123)跌{v / 100:.2f}%" for i, (n, v) in enumerate(zip(names, values, strict=True))
    )
    text = f"上半年表现最差蓝筹，依次为{items}。"
    in_order = values == sorted(values) or values == sorted(values, reverse=True)
    assert bool(check_text(text).errors) is not in_order
