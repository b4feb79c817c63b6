"""A leader and the names said to follow it (其次为 …) must be in falling order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.check import check_text

# real, consistent (holdout5b 601e87283c; holdout5c 4f2f2d9382, b1492eae8c)
CONSISTENT = (
    "其中，国有行涨幅最大(+3.30%)，其次是城商行(+1.21%)、股份行(+0.95%)和农商行(+0.45%)。",
    "回顾全年表现，恒指成份股当中，表现最佳的是药明生物(2269)，累升212.62%，其次为小米(1810)及美团(3690)，分别升207.97%及189.1%。",
    "而表现最差的是中信(0267)，累跌47.31%，其次为中海油(0883)及中海外(0688)，分别跌44.59%及44.44%。",
    "蓝筹股中，今年表现最差的是富士康(02038.HK)，全年跌八成半，收报2.57元，其次是中信泰富(00267.HK)，跌近八成一，报8.38元。",
)

REAL = "分板块看，所有子板块均上涨，其中铅锌板块领涨，周涨幅达12.87%，其次为小金属(+11.67%)、金属新材料(+9.02%)和铝(+9.12%)。"


def test_consistent_real_runner_up_lists_check_clean() -> None:
    for text in CONSISTENT:
        assert not check_text(text).errors, text


def test_a_follower_out_of_order_is_an_error() -> None:
    """074e3654a1 (holdout6, real): 铝 +9.12% listed after 金属新材料 +9.02%."""
    errors = check_text(REAL).errors
    assert len(errors) == 1 and "铝 +9.12%" in errors[0].message and "+9.02%" in errors[0].snippet
    assert not check_text(
        REAL.replace("金属新材料(+9.02%)和铝(+9.12%)", "铝(+9.12%)和金属新材料(+9.02%)")
    ).errors
    # the leader's own figure counts: a follower above it is out of order
    assert len(check_text(REAL.replace("12.87%", "10.87%").replace("(+9.02%)", "(+9.20%)")).errors) == 1
    assert len(check_text("本周煤炭板块涨幅最大，上涨6.1%，随后是钢铁(+3.2%)、有色金属(+4.0%)。").errors) == 1


def test_falls_are_ordered_by_size() -> None:
    ok = "煤炭板块领跌，跌幅为5.21%，其次为有色金属(-4.50%)、钢铁(-4.33%)。"
    assert not check_text(ok).errors
    assert len(check_text(ok.replace("(-4.50%)、钢铁(-4.33%)", "(-4.33%)、钢铁(-4.50%)")).errors) == 1


def test_without_a_leader_or_with_mixed_signs_nothing_is_claimed() -> None:
    assert not check_text("电子上涨2.1%，其次为小金属(+1.67%)、铝(+9.12%)。").errors
    assert not check_text("煤炭板块领跌，跌幅为5.21%，其次为有色金属(-4.50%)、钢铁(+4.33%)。").errors


def test_a_leader_with_several_figures_lends_none_to_the_list() -> None:
    # 本周 and 年初至今: which of the two the followers are ordered against is unclear; they are still ordered
    text = "半导体领涨，本周上涨5.0%，年初至今上涨20.1%，其次为消费电子(+4.2%)、元件(+3.9%)。"
    assert not check_text(text).errors
    assert len(check_text(text.replace("(+3.9%)", "(+4.9%)")).errors) == 1


def test_a_follower_after_its_own_clause_and_a_leader_before_the_superlative() -> None:
    """650c73543a (holdout4b, real): 0.08% at the top of the list with 0.47% 紧随其后."""
    text = (
        "昨日，银行板块表现再度垫底，中信银行指数昨日仅微涨0.08%，涨幅位居中信一级行业指数涨幅榜首位，"
        "紧随其后的还有中信非银行金融指数，全日涨幅也仅为0.47%。"
    )
    errors = check_text(text).errors
    assert len(errors) == 1 and "首位" in errors[0].snippet and "中信银行指数 0.08%" in errors[0].message
    assert not check_text(text.replace("0.47%", "0.07%")).errors
    # the follower's figure of another period, or two figures after it: no single follower figure
    assert not check_text(text.replace("全日涨幅也仅为0.47%", "年初至今涨幅为10.47%")).errors
    assert not check_text(text.replace("全日涨幅也仅为0.47%", "全日涨幅0.05%，本月涨幅3.47%")).errors


def test_a_standout_leader_then_its_runner_up() -> None:
    """c21: 表现比较突出的是X(a% )，其次是Y(b% ) names X first; the bracket may hold a space before its close."""
    text = "本周表现较为突出的板块是中信煤炭(8.40% )，其次是中信钢铁({}% )。"
    assert check_text(text.format("6.15")).errors == ()
    errors = check_text(text.format("9.15")).errors
    assert len(errors) == 1 and "9.15%" in errors[0].message


def test_a_leader_by_its_figure_then_one_close_behind() -> None:
    """c21: X以a%的涨幅位居首位；紧跟在后，Y涨幅为b%: Y's b cannot exceed a; names are read around the figures."""
    text = "近五年中，传媒以2.4%的平均涨幅位居首位；紧跟在后，游戏平均涨幅为{}%；其余行业均下跌。"
    assert check_text(text.format("1.9")).errors == ()
    errors = check_text(text.format("2.9")).errors
    assert len(errors) == 1 and "游戏 2.9%" in errors[0].message and "传媒 2.4%" in errors[0].message


def test_a_runner_up_named_by_its_place_after_a_leader() -> None:
    """c21: X以a%涨幅居首；Y排名第二，涨幅b%: the second cannot have risen more than the first."""
    text = "今年一季度，传媒以12.5%涨幅居首；计算机排名第二，涨幅{}%；排名第三的是通信。"
    assert check_text(text.format("9.7")).errors == ()
    errors = check_text(text.format("13.7")).errors
    assert len(errors) == 1 and "计算机 13.7%" in errors[0].message
    # no leader before it: a rank alone is not compared
    assert check_text("今年一季度，计算机排名第二，涨幅13.7%。").errors == ()


@given(st.integers(1, 999), st.integers(1, 999))
def test_a_runner_up_by_place_is_an_error_exactly_when_it_rose_more(first: int, second: int) -> None:
    text = f"本月，传媒以{first / 10:.1f}%涨幅居首；计算机排名第二，涨幅{second / 10:.1f}%。"
    assert bool(check_text(text).errors) == (second - first > 0)


def test_a_leader_said_to_stand_out_in_more_words() -> None:
    """c25: 表现尤为突出 (尤其/格外) names a leader as 表现突出 does; 紧随其后 names the next."""
    text = "从细分行业看，光学元件的表现尤为突出，涨幅达到{}%，紧随其后的是被动元件，涨幅也高达11.41%。"
    assert check_text(text.format("15.04")).errors == ()
    errors = check_text(text.format("11.04")).errors
    assert (
        len(errors) == 1 and "被动元件 11.41%" in errors[0].message and "光学元件 11.04%" in errors[0].message
    )


def test_followers_named_then_given_their_moves_with_fenbie() -> None:
    """其次为乙及丙，分别升a%及b%: the followers' names, then their figures in turn; the leader named after its
    place (表现最佳的是甲(代码)，累升x%) is named so in the finding."""
    text = "全年成份股中表现最佳的是东方集团(2269)，累升212.62%，其次为南方集团(1810)及北方集团(3690)，分别升{}%及189.1%。"
    assert check_text(text.format("207.97")).errors == ()
    errors = check_text(text.format("217.97")).errors
    assert (
        len(errors) == 1
        and "南方集团(1810) 217.97%" in errors[0].message
        and "东方集团 212.62%" in errors[0].message
    )
    falls = "表现最差的是东方集团，累跌{}%，其次为南方集团及北方集团，分别跌44.59%及44.44%。"
    assert check_text(falls.format("47.31")).errors == ()
    assert len(check_text(falls.format("43.31")).errors) == 1
    # as many names as figures, or nothing is read
    assert (
        check_text("表现最差的是东方集团，累跌43.31%，其次为南方集团及北方集团，分别跌44.59%。").errors == ()
    )


def test_tenths_in_words_are_figures_of_the_list() -> None:
    """holdout5c b1492eae8c (real, consistent, in CONSISTENT above): Hong Kong prose gives falls in tenths (八成半 =
    85%, 八成一 = 81%); a follower written to fall more than the worst is out of order."""
    errors = check_text(CONSISTENT[3].replace("跌近八成一", "跌近八成九")).errors
    assert len(errors) == 1 and "跌近八成九" in errors[0].snippet
    assert "中信泰富(00267.HK) 89% (八成九) comes after 富士康 85% (八成半)" in errors[0].message
    # a bare 三成 is too coarse to rank; 成交 is no figure
    assert not check_text("表现最差的是甲，全年跌三成，其次是乙，跌近三成二。").errors
    assert not check_text("表现最差的是甲，全年跌八成半，其次是乙，九成交易日下跌。").errors
